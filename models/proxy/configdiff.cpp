#include "configdiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <map>

namespace meshscope {
namespace {

struct ConfigDiffText
{
    Q_DECLARE_TR_FUNCTIONS(ConfigDiff)
};

bool ignored(std::string_view key)
{
    // Bookkeeping of the dump, not configuration.
    return key == "version_info" || key == "versionInfo" || key == "last_updated" || key == "lastUpdated";
}

QString compact(const JsonRef& value)
{
    return value.isValid() ? QString::fromUtf8(value.toCompactJson()) : QString();
}

// Named list elements are matched by name; the key shown in the path.
QString elementName(const JsonRef& element)
{
    if (!element.isObject())
        return {};
    for (const char* key : { "name", "cluster_name", "clusterName" }) {
        if (element[key].isString())
            return element[key].toString();
    }
    return {};
}

bool allNamed(const JsonRef& array)
{
    QSet<QString> names;
    for (std::uint32_t i = 0; i < array.size(); ++i) {
        const QString name = elementName(array.at(i));
        if (name.isEmpty() || names.contains(name))
            return false;
        names.insert(name);
    }
    return array.size() > 0;
}

class FieldComparer
{
public:
    FieldComparer(QList<FieldDifference>* out, int max)
        : m_out(out)
        , m_max(max)
    { }
    bool truncated() const { return m_truncated; }

    void compare(const QString& path, const JsonRef& expected, const JsonRef& actual)
    {
        if (expected == actual)
            return;
        if (expected.isObject() && actual.isObject()) {
            for (std::uint32_t i = 0; i < expected.size(); ++i) {
                const std::string_view key = expected.keyAt(i);
                if (ignored(key))
                    continue;
                compare(join(path, QString::fromUtf8(key)), expected.at(i), actual[key]);
            }
            for (std::uint32_t i = 0; i < actual.size(); ++i) {
                const std::string_view key = actual.keyAt(i);
                if (!ignored(key) && !expected.contains(key))
                    compare(join(path, QString::fromUtf8(key)), JsonRef(), actual.at(i));
            }
            return;
        }
        if (expected.isArray() && actual.isArray()) {
            if (allNamed(expected) && allNamed(actual)) {
                QHash<QString, std::uint32_t> actualByName;
                for (std::uint32_t i = 0; i < actual.size(); ++i)
                    actualByName.insert(elementName(actual.at(i)), i);
                QSet<QString> seen;
                for (std::uint32_t i = 0; i < expected.size(); ++i) {
                    const QString name = elementName(expected.at(i));
                    seen.insert(name);
                    const auto it = actualByName.constFind(name);
                    compare(path + QStringLiteral("[%1]").arg(name), expected.at(i),
                        it == actualByName.constEnd() ? JsonRef() : actual.at(*it));
                }
                for (std::uint32_t i = 0; i < actual.size(); ++i) {
                    const QString name = elementName(actual.at(i));
                    if (!seen.contains(name))
                        compare(path + QStringLiteral("[%1]").arg(name), JsonRef(), actual.at(i));
                }
                return;
            }
            const std::uint32_t n = std::max(expected.size(), actual.size());
            for (std::uint32_t i = 0; i < n; ++i)
                compare(path + QStringLiteral("[%1]").arg(i), expected.at(i), actual.at(i));
            return;
        }
        add(path, expected, actual);
    }

private:
    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    void add(const QString& path, const JsonRef& expected, const JsonRef& actual)
    {
        if (int(m_out->size()) >= m_max) {
            m_truncated = true;
            return;
        }
        FieldDifference difference;
        difference.path = path;
        difference.expected = compact(expected);
        difference.actual = compact(actual);
        difference.kind = !actual.isValid() ? FieldDifference::Kind::OnlyExpected
            : !expected.isValid()           ? FieldDifference::Kind::OnlyActual
                                            : FieldDifference::Kind::Changed;
        m_out->append(difference);
    }

    QList<FieldDifference>* m_out;
    int m_max;
    bool m_truncated = false;
};

// name → resource, for one kind.
using Resources = std::map<QString, JsonRef>;

Resources clustersOf(const EnvoyConfigDump& dump)
{
    Resources out;
    for (const EnvoyCluster& cluster : dump.clusters) {
        if (cluster.state == EnvoyResourceState::Active)
            out.emplace(cluster.name, cluster.json);
    }
    return out;
}

Resources listenersOf(const EnvoyConfigDump& dump)
{
    Resources out;
    for (const EnvoyListener& listener : dump.listeners) {
        if (listener.state == EnvoyResourceState::Active)
            out.emplace(listener.name, listener.json);
    }
    return out;
}

Resources routesOf(const EnvoyConfigDump& dump)
{
    Resources out;
    for (const EnvoyRouteConfig& config : dump.routeConfigs) {
        if (config.dynamic)
            out.emplace(config.name, config.json);
    }
    return out;
}

void diffKind(ConfigDiff* diff, const QString& kind, const Resources& expected, const Resources& actual, int maxFields)
{
    for (const auto& [name, resource] : expected) {
        ++diff->compared;
        const auto other = actual.find(name);
        ResourceDifference difference;
        difference.kind = kind;
        difference.name = name;
        difference.expected = resource;
        if (other == actual.end()) {
            difference.status = ResourceDifference::Status::Missing;
            ++diff->missing;
            diff->resources.append(difference);
            continue;
        }
        difference.actual = other->second;
        FieldComparer comparer(&difference.fields, maxFields);
        comparer.compare({}, resource, other->second);
        if (difference.fields.isEmpty())
            continue;
        difference.truncated = comparer.truncated();
        difference.status = ResourceDifference::Status::Changed;
        ++diff->changed;
        diff->resources.append(difference);
    }
    for (const auto& [name, resource] : actual) {
        if (expected.count(name))
            continue;
        ++diff->compared;
        ResourceDifference difference;
        difference.kind = kind;
        difference.name = name;
        difference.actual = resource;
        difference.status = ResourceDifference::Status::Extra;
        ++diff->extra;
        diff->resources.append(difference);
    }
}

} // namespace

QString resourceStatusText(ResourceDifference::Status status)
{
    switch (status) {
    case ResourceDifference::Status::Missing:
        return ConfigDiffText::tr("missing");
    case ResourceDifference::Status::Extra:
        return ConfigDiffText::tr("extra");
    case ResourceDifference::Status::Changed:
        return ConfigDiffText::tr("changed");
    }
    return {};
}

ConfigDiff diffConfigDumps(const EnvoyConfigDump& expected, const EnvoyConfigDump& actual, int maxFields)
{
    ConfigDiff diff;
    if (!expected.root.isValid() || !actual.root.isValid())
        return diff;
    diff.valid = true;
    diffKind(&diff, QStringLiteral("cluster"), clustersOf(expected), clustersOf(actual), maxFields);
    diffKind(&diff, QStringLiteral("listener"), listenersOf(expected), listenersOf(actual), maxFields);
    diffKind(&diff, QStringLiteral("route"), routesOf(expected), routesOf(actual), maxFields);
    return diff;
}

} // namespace meshscope
