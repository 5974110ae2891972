#include "hostnames.h"

#include "snapshot.h"

namespace meshscope::analysis {
namespace hosts {

bool isWildcard(const QString& host)
{
    return host.startsWith(QLatin1Char('*'));
}

bool matches(const QString& a, const QString& b)
{
    const bool aWild = isWildcard(a);
    const bool bWild = isWildcard(b);
    if (aWild) {
        if (bWild) {
            if (a.size() < b.size())
                return QStringView(b).mid(1).endsWith(QStringView(a).mid(1));
            return QStringView(a).mid(1).endsWith(QStringView(b).mid(1));
        }
        return b.endsWith(QStringView(a).mid(1));
    }
    if (bWild)
        return a.endsWith(QStringView(b).mid(1));
    return a == b;
}

bool subsetOf(const QString& a, const QString& b)
{
    const bool aWild = isWildcard(a);
    const bool bWild = isWildcard(b);
    if (aWild) {
        if (!bWild || a.size() < b.size())
            return false;
        return QStringView(a).mid(1).endsWith(QStringView(b).mid(1));
    }
    if (bWild)
        return a.endsWith(QStringView(b).mid(1));
    return a == b;
}

QStringList namesForNamespace(const QStringList& hostList, const QString& ns)
{
    QStringList result;
    for (const QString& host : hostList) {
        const qsizetype slash = host.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            const QString hostNamespace = host.left(slash);
            if (hostNamespace != ns && hostNamespace != QLatin1String("*"))
                continue;
            result.append(host.mid(slash + 1));
        } else {
            result.append(host);
        }
    }
    return result;
}

QString toFqdn(const QString& ns, const QString& host)
{
    if (!host.startsWith(QLatin1Char('*')) && !host.contains(QLatin1Char('.')))
        return host + QLatin1Char('.') + ns + QLatin1String(".svc.cluster.local");
    return host;
}

QPair<QString, QString> namespaceAndNameOfFqdn(const QString& fqdn)
{
    static const QLatin1String suffix(".svc.cluster.local");
    if (!fqdn.endsWith(suffix))
        return {};
    const QStringView rest = QStringView(fqdn).chopped(suffix.size());
    // Greedy like istioctl's pattern ^(.+)\.(.+)\.svc\.cluster\.local$: the namespace is after the last dot.
    const qsizetype dot = rest.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == rest.size() - 1)
        return {};
    return { rest.mid(dot + 1).toString(), rest.left(dot).toString() };
}

QPair<QString, QString> resourceNameOfHost(const QString& defaultNamespace, const QString& host)
{
    QPair<QString, QString> name = namespaceAndNameOfFqdn(host);
    if (name.first.isEmpty())
        return { defaultNamespace, host };
    return name;
}

} // namespace hosts

namespace {

QList<ServicePortInfo> portsOf(const QJsonArray& ports)
{
    QList<ServicePortInfo> result;
    for (const QJsonValue& value : ports) {
        const QJsonObject port = value.toObject();
        const qint64 number = json::has(port, "number") ? json::integer(port, "number") : json::integer(port, "port");
        result.append({ number, json::str(port, "name"), json::str(port, "protocol") });
    }
    return result;
}

QString scoped(const QString& scope, const QString& fqdn)
{
    return scope + QLatin1Char('/') + fqdn;
}

} // namespace

ServiceHostIndex::ServiceHostIndex(const Snapshot& snapshot)
{
    snapshot.forEach(Kind::ServiceEntry, [&](const ResourcePtr& entry) {
        const QJsonObject spec = entry->spec();
        auto target = std::make_shared<HostTarget>();
        target->resource = entry;
        target->ports = portsOf(json::arr(spec, "ports"));
        target->workloadSelector = json::stringMap(json::obj(spec, "workloadSelector").value(QLatin1String("labels")));
        const QStringList exportTo = json::strings(spec.value(QLatin1String("exportTo")));
        for (const QString& host : json::strings(spec.value(QLatin1String("hosts")))) {
            if (exportTo.isEmpty()) {
                add(QStringLiteral("*"), entry->ns, host, target);
                continue;
            }
            for (const QString& scope : exportTo) {
                if (scope == QLatin1String("*")) {
                    add(scope, entry->ns, host, target);
                    break;
                }
                add(scope == QLatin1String(".") ? entry->ns : scope, entry->ns, host, target);
            }
        }
    });
    snapshot.forEach(Kind::Service, [&](const ResourcePtr& service) {
        auto target = std::make_shared<HostTarget>();
        target->resource = service;
        target->ports = portsOf(json::arr(service->spec(), "ports"));
        const QString exportTo = service->annotations.value(QStringLiteral("networking.istio.io/exportTo"));
        QStringList scopes;
        if (exportTo.isEmpty()) {
            scopes << QStringLiteral("*");
        } else {
            for (const QString& part : exportTo.split(QLatin1Char(','))) {
                const QString scope = part.trimmed();
                scopes << (scope == QLatin1String(".") ? service->ns : scope);
            }
        }
        for (const QString& scope : std::as_const(scopes))
            add(scope, service->ns, service->name, target);
    });
}

void ServiceHostIndex::add(
    const QString& scope, const QString& ns, const QString& host, const std::shared_ptr<HostTarget>& target)
{
    const QString fqdn = hosts::toFqdn(ns, host);
    const QString key = scoped(scope, fqdn);
    if (hosts::isWildcard(fqdn) && !m_byScopedFqdn.contains(key))
        m_wildcards.append({ key, target });
    m_byScopedFqdn.insert(key, target);
}

const HostTarget* ServiceHostIndex::find(
    const QString& sourceNamespace, const QStringList& exportTo, const QString& host) const
{
    const QString fqdn = hosts::toFqdn(sourceNamespace, host);
    if (const auto it = m_byScopedFqdn.constFind(scoped(QStringLiteral("*"), fqdn)); it != m_byScopedFqdn.constEnd())
        return it->get();
    if (exportTo.isEmpty()) {
        if (const auto it = m_byScopedFqdn.constFind(scoped(sourceNamespace, fqdn)); it != m_byScopedFqdn.constEnd())
            return it->get();
    } else {
        for (const QString& scope : exportTo) {
            const QString key = scoped(scope == QLatin1String(".") ? sourceNamespace : scope, fqdn);
            if (const auto it = m_byScopedFqdn.constFind(key); it != m_byScopedFqdn.constEnd())
                return it->get();
        }
    }
    const QStringView hostWithoutWildcard = hosts::isWildcard(host) ? QStringView(host).mid(1) : QStringView(host);
    for (const auto& [key, target] : m_wildcards) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        const QStringView scope = QStringView(key).left(slash);
        if (scope != QLatin1String("*") && scope != sourceNamespace)
            continue;
        // The current target of the key: a later entry may have replaced the first one.
        if (hostWithoutWildcard.endsWith(QStringView(key).mid(slash + 2)))
            return m_byScopedFqdn.value(key).get();
    }
    return nullptr;
}

} // namespace meshscope::analysis
