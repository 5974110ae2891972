#include "graphpagequery.h"

#include "models/graph/graphlayout.h"

namespace meshscope::graph {

namespace {

const QString kNamespaces = QStringLiteral("namespaces");
const QString kType = QStringLiteral("type");
const QString kDuration = QStringLiteral("duration");
const QString kRefresh = QStringLiteral("refresh");
const QString kServiceNodes = QStringLiteral("serviceNodes");
const QString kEdgeLabel = QStringLiteral("edgeLabel");
const QString kIdleNodes = QStringLiteral("idleNodes");
const QString kBadges = QStringLiteral("badges");
const QString kAnimation = QStringLiteral("animation");
const QString kSecurity = QStringLiteral("security");
const QString kLayout = QStringLiteral("layout");

// Edge labels by name, so a reordered enum does not change what a saved setting means.
const QList<std::pair<EdgeLabel, QString>>& edgeLabelNames()
{
    static const QList<std::pair<EdgeLabel, QString>> names { { EdgeLabel::None, QStringLiteral("none") },
        { EdgeLabel::RequestRate, QStringLiteral("requestRate") },
        { EdgeLabel::RequestPercent, QStringLiteral("requestPercent") },
        { EdgeLabel::ResponseTimeAvg, QStringLiteral("responseTimeAvg") },
        { EdgeLabel::ResponseTimeP50, QStringLiteral("responseTimeP50") },
        { EdgeLabel::ResponseTimeP95, QStringLiteral("responseTimeP95") },
        { EdgeLabel::ResponseTimeP99, QStringLiteral("responseTimeP99") },
        { EdgeLabel::Throughput, QStringLiteral("throughput") },
        { EdgeLabel::ErrorPercent, QStringLiteral("errorPercent") } };
    return names;
}

} // namespace

GraphOptions GraphPageQuery::options() const
{
    GraphOptions o;
    o.type = type;
    o.namespaces = namespaces;
    o.durationSeconds = durationSeconds;
    o.injectServiceNodes = injectServiceNodes;
    o.responseTimeStat = responseTimeStatFor(display.edgeLabel);
    o.health.tolerances = health;
    return o;
}

bool GraphPageQuery::sameFetch(const GraphPageQuery& other) const
{
    return namespaces == other.namespaces && type == other.type && durationSeconds == other.durationSeconds
        && injectServiceNodes == other.injectServiceNodes
        && responseTimeStatFor(display.edgeLabel) == responseTimeStatFor(other.display.edgeLabel)
        && toString(health) == toString(other.health);
}

bool GraphPageQuery::sameLayout(const GraphPageQuery& other) const
{
    QStringList mine = namespaces, theirs = other.namespaces;
    mine.sort();
    theirs.sort();
    return mine == theirs && type == other.type && injectServiceNodes == other.injectServiceNodes
        && layoutEngine == other.layoutEngine;
}

bool operator==(const GraphPageQuery& a, const GraphPageQuery& b)
{
    return a.sameFetch(b) && a.namespaces == b.namespaces && a.refreshSeconds == b.refreshSeconds
        && a.display == b.display && a.layoutEngine == b.layoutEngine;
}

QVariantMap GraphPageQuery::toSettings() const
{
    QString label;
    for (const auto& [mode, name] : edgeLabelNames()) {
        if (mode == display.edgeLabel)
            label = name;
    }
    return { { kNamespaces, namespaces }, { kType, toString(type) }, { kDuration, durationSeconds },
        { kRefresh, refreshSeconds }, { kServiceNodes, injectServiceNodes }, { kEdgeLabel, label },
        { kIdleNodes, display.idleNodes }, { kBadges, display.badges }, { kAnimation, display.animation },
        { kSecurity, display.security }, { kLayout, layoutEngine } };
}

GraphPageQuery GraphPageQuery::withSettings(const QVariantMap& settings) const
{
    GraphPageQuery q = *this;
    auto boolean = [&settings](const QString& key, bool fallback) {
        const QVariant value = settings.value(key);
        // QSettings' INI files give "true"/"false" strings back.
        return value.isValid() ? value.toString() == QLatin1String("true") || value.toInt() == 1 : fallback;
    };
    if (settings.contains(kNamespaces))
        q.namespaces = settings.value(kNamespaces).toStringList();
    graphTypeFromString(settings.value(kType).toString(), &q.type);
    if (const int seconds = settings.value(kDuration).toInt(); seconds > 0)
        q.durationSeconds = seconds;
    bool ok = false;
    if (const int seconds = settings.value(kRefresh).toInt(&ok); ok && seconds >= 0)
        q.refreshSeconds = seconds;
    q.injectServiceNodes = boolean(kServiceNodes, q.injectServiceNodes);
    for (const auto& [mode, name] : edgeLabelNames()) {
        if (name == settings.value(kEdgeLabel).toString())
            q.display.edgeLabel = mode;
    }
    q.display.idleNodes = boolean(kIdleNodes, q.display.idleNodes);
    q.display.badges = boolean(kBadges, q.display.badges);
    q.display.animation = boolean(kAnimation, q.display.animation);
    q.display.security = boolean(kSecurity, q.display.security);
    const QString engine = settings.value(kLayout).toString();
    if (engine.isEmpty() || layoutEngines().contains(engine))
        q.layoutEngine = settings.contains(kLayout) ? engine : q.layoutEngine;
    return q;
}

} // namespace meshscope::graph
