// schema.ValidationAnalyzer.<Kind>: what Istio's admission webhook would reject or warn about, per Istio kind, and
// for VirtualServices the rules and matches that can never be reached.
#include "../schemavalidation.h"
#include "istioanalyzers.h"

#include <QJsonDocument>

namespace meshscope::analysis {
namespace {

QString routeName(const QJsonObject& route, int index, bool http)
{
    const QString name = json::str(route, "name");
    if (http && !name.isEmpty())
        return QLatin1Char('"') + name + QLatin1Char('"');
    return QStringLiteral("#%1").arg(index);
}

QString matchName(const QJsonObject& match, int index, bool http)
{
    return routeName(match, index, http);
}

// A match as text without its name, to find matches that are the same.
QString matchKey(QJsonObject match)
{
    match.remove(QLatin1String("name"));
    return QString::fromUtf8(QJsonDocument(match).toJson(QJsonDocument::Compact));
}

// "exact:GET" / "prefix:/api" of a string match with exact or prefix; empty otherwise.
QString exactOrPrefix(const QJsonObject& stringMatch)
{
    if (!json::str(stringMatch, "exact").isEmpty())
        return QStringLiteral("exact:") + json::str(stringMatch, "exact");
    if (!json::str(stringMatch, "prefix").isEmpty())
        return QStringLiteral("prefix:") + json::str(stringMatch, "prefix");
    return {};
}

struct PrefixMatch
{
    QString route;
    QString match;
    QString prefix;
    qint64 port = 0;
    QString method;
    QString authority;
    QHash<QString, QString> headers;
    QHash<QString, QString> queryParams;
    QHash<QString, QString> withoutHeaders;
};

QHash<QString, QString> exactOrPrefixMap(const QJsonObject& map)
{
    QHash<QString, QString> result;
    for (auto it = map.begin(); it != map.end(); ++it)
        result.insert(it.key(), exactOrPrefix(it.value().toObject()));
    return result;
}

// Each of a's entries is in b with a value that b's value is a prefix of.
bool covers(const QHash<QString, QString>& a, const QHash<QString, QString>& b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.constEnd())
            return false;
        if (*it != *other && !it->startsWith(*other))
            return false;
    }
    return true;
}

// The earlier prefix match a takes every request the later match b would.
bool covered(const PrefixMatch& a, const PrefixMatch& b)
{
    if (!b.prefix.startsWith(a.prefix) || a.port != b.port)
        return false;
    if (a.method != b.method && !a.method.startsWith(b.method))
        return false;
    if (a.authority != b.authority && !a.authority.startsWith(b.authority))
        return false;
    return covers(a.headers, b.headers) && covers(a.queryParams, b.queryParams)
        && covers(a.withoutHeaders, b.withoutHeaders);
}

class RouteReporter
{
public:
    RouteReporter(AnalysisContext& context, const ResourcePtr& vs)
        : m_context(context)
        , m_vs(vs)
    { }
    void unreachable(const QString& rule, const QString& reason)
    {
        m_context.report("IST0130", m_vs, { rule, reason });
    }
    void ineffective(const QString& rule, const QString& match, const QString& earlier)
    {
        m_context.report("IST0131", m_vs, { rule, match, earlier });
    }

private:
    AnalysisContext& m_context;
    const ResourcePtr& m_vs;
};

void analyzeRoutes(const QJsonArray& routes, bool http, RouteReporter& report)
{
    QHash<QString, int> seen; // match → the rule it was first seen in
    int emptyMatch = -1;
    QList<PrefixMatch> prefixes;
    for (int rule = 0; rule < routes.size(); ++rule) {
        if (!routes.at(rule).isObject())
            continue;
        const QJsonObject route = routes.at(rule).toObject();
        const QJsonArray matches = json::arr(route, "match");
        if (matches.isEmpty()) {
            if (emptyMatch >= 0)
                report.unreachable(
                    routeName(route, rule, http), QStringLiteral("only the last rule can have no matches"));
            emptyMatch = rule;
            continue;
        }
        int duplicates = 0;
        for (int index = 0; index < matches.size(); ++index) {
            if (emptyMatch >= 0) {
                report.unreachable(
                    routeName(route, rule, http), QStringLiteral("route without matches defined before"));
                continue;
            }
            const QJsonObject match = matches.at(index).toObject();
            const QString key = matchKey(match);
            const auto earlier = seen.constFind(key);
            if (earlier != seen.constEnd()) {
                report.ineffective(routeName(route, rule, http), matchName(match, index, http),
                    routeName(routes.at(*earlier).toObject(), *earlier, http));
                ++duplicates;
                continue;
            }
            seen.insert(key, rule);
            const QString prefix = json::str(json::obj(match, "uri"), "prefix");
            if (http && !prefix.isEmpty()) {
                PrefixMatch entry;
                entry.route = routeName(route, rule, http);
                entry.match = matchName(match, index, http);
                entry.prefix = prefix;
                entry.port = json::integer(match, "port");
                entry.method = exactOrPrefix(json::obj(match, "method"));
                if (entry.method.isEmpty())
                    entry.method = QStringLiteral("exact:GET");
                entry.authority = exactOrPrefix(json::obj(match, "authority"));
                entry.headers = exactOrPrefixMap(json::obj(match, "headers"));
                entry.queryParams = exactOrPrefixMap(json::obj(match, "queryParams"));
                entry.withoutHeaders = exactOrPrefixMap(json::obj(match, "withoutHeaders"));
                prefixes.append(entry);
            }
        }
        if (duplicates == matches.size())
            report.unreachable(routeName(route, rule, http), QStringLiteral("all matches used by prior rules"));
    }
    for (int i = 0; i + 1 < prefixes.size(); ++i) {
        for (int j = i + 1; j < prefixes.size(); ++j) {
            const PrefixMatch& a = prefixes.at(i);
            const PrefixMatch& b = prefixes.at(j);
            if (b.prefix == a.prefix || !covered(a, b))
                continue;
            report.ineffective(b.route, b.match + QStringLiteral(" of prefix ") + b.prefix,
                a.match + QStringLiteral(" of prefix ") + a.prefix + QStringLiteral(" on ") + a.route);
        }
    }
}

class ValidationAnalyzer : public Analyzer
{
public:
    explicit ValidationAnalyzer(Kind kind)
        : m_kind(kind)
    { }
    QString name() const override { return QStringLiteral("schema.ValidationAnalyzer.") + kindName(m_kind); }
    QString description() const override
    {
        return QStringLiteral("Reports what Istio's validation would reject or warn about in %1 resources")
            .arg(kindName(m_kind));
    }
    QList<Kind> inputs() const override { return { m_kind }; }

    void analyze(AnalysisContext& context) const override
    {
        context.snapshot().forEach(m_kind, [&](const ResourcePtr& resource) {
            for (const SchemaFinding& finding : validateSchema(*resource))
                context.report(finding.warning ? "IST0133" : "IST0106", resource, { finding.text });
            if (m_kind == Kind::VirtualService) {
                RouteReporter report(context, resource);
                const QJsonObject spec = resource->spec();
                analyzeRoutes(json::arr(spec, "http"), true, report);
                analyzeRoutes(json::arr(spec, "tcp"), false, report);
                analyzeRoutes(json::arr(spec, "tls"), false, report);
            }
        });
    }

private:
    Kind m_kind;
};

} // namespace

void addSchemaAnalyzers(AnalyzerList& list)
{
    for (const Kind kind : istioKinds())
        list.append(std::make_shared<ValidationAnalyzer>(kind));
}

} // namespace meshscope::analysis
