#include "kialicommon.h"

#include "kialicheckers.h"

#include <algorithm>

namespace meshscope::analysis {

AnalyzerList createKialiCheckers()
{
    AnalyzerList list;
    kiali::addVirtualServiceCheckers(list);
    kiali::addDestinationRuleCheckers(list);
    kiali::addSecurityCheckers(list);
    kiali::addGatewayCheckers(list);
    kiali::addServiceEntryCheckers(list);
    return list;
}

namespace kiali {

QString Host::toString() const
{
    if (!complete)
        return service;
    if (!cluster.isEmpty())
        return service + QLatin1Char('.') + ns + QLatin1Char('.') + cluster;
    return service + QLatin1Char('.') + ns;
}

Host parseHost(const QString& name, const QString& ns)
{
    const QStringList parts = name.split(QLatin1Char('.'));
    Host host;
    host.service = parts.first();
    if (parts.size() > 1) {
        if (parts.size() > 2 && parts.mid(2).join(QLatin1Char('.')) == identityDomain) {
            host.cluster = identityDomain;
            host.complete = true;
        }
        if (host.complete)
            host.ns = parts.at(1);
        else
            host.service = name;
    } else {
        host.ns = ns;
        host.cluster = identityDomain;
        host.complete = true;
    }
    return host;
}

Host getHost(const QString& name, const QString& ns, const QStringList& namespaces)
{
    const QStringList parts = name.split(QLatin1Char('.'));
    if (parts.size() == 2 && (parts.at(1) == ns || namespaces.contains(parts.at(1))))
        return { parts.at(0), parts.at(1), identityDomain, true };
    if (parts.size() == 3 && parts.at(2) == QLatin1String("svc"))
        return { parts.at(0), parts.at(1), identityDomain, true };
    return parseHost(name, ns);
}

bool filterByHost(
    const QString& host, const QString& hostNamespace, const QString& serviceName, const QString& serviceNamespace)
{
    if (host == serviceName && hostNamespace == serviceNamespace)
        return true;
    const QString twoParts = serviceName + QLatin1Char('.') + serviceNamespace;
    return host == twoParts || host == twoParts + QLatin1String(".svc")
        || host == twoParts + QLatin1Char('.') + identityDomain;
}

bool hostWithinWildcardHost(const QString& subdomain, const QString& wildcard)
{
    if (wildcard == QLatin1String("*"))
        return true;
    if (!wildcard.startsWith(QLatin1String("*.")))
        return false;
    return subdomain.endsWith(QStringView(wildcard).mid(1));
}

Host parseGatewayAsHost(const QString& gateway, const QString& ns)
{
    Host host { gateway, ns, identityDomain, true };
    if (gateway.contains(QLatin1Char('.'))) {
        const QStringList parts = gateway.split(QLatin1Char('.'));
        host.service = parts.at(0);
        host.ns = parts.at(1);
        if (parts.size() > 2)
            host.cluster = parts.mid(2).join(QLatin1Char('.'));
    } else if (gateway.contains(QLatin1Char('/'))) {
        const QStringList parts = gateway.split(QLatin1Char('/'));
        host.ns = parts.at(0);
        host.service = parts.at(1);
    }
    return host;
}

QPair<QString, QString> twoPartHost(const Host& host)
{
    if (!host.complete) {
        const QStringList parts = host.service.split(QLatin1Char('.'));
        if (parts.size() > 1)
            return { parts.at(0), parts.at(1) };
    }
    return { host.service, host.ns };
}

QString peerAuthnMode(const Resource& pa)
{
    const QJsonObject spec = pa.spec();
    if (!json::has(spec, "mtls"))
        return {};
    const QString mode = json::str(json::obj(spec, "mtls"), "mode");
    return mode.isEmpty() ? QStringLiteral("UNSET") : mode;
}

QString peerAuthnWideMode(const Resource& pa)
{
    return json::has(pa.spec(), "selector") ? QString() : peerAuthnMode(pa);
}

QString destinationRuleMode(const Resource& dr)
{
    const QJsonObject policy = json::obj(dr.spec(), "trafficPolicy");
    if (!json::has(policy, "tls"))
        return {};
    const QString mode = json::str(json::obj(policy, "tls"), "mode");
    return mode.isEmpty() ? QStringLiteral("DISABLE") : mode;
}

QString destinationRuleModeForHost(const Resource& dr, const QString& host)
{
    const QString drHost = json::str(dr.spec(), "host");
    if (drHost.isEmpty() || drHost != host)
        return {};
    return destinationRuleMode(dr);
}

QString meshWideMode(const Resource& dr)
{
    return destinationRuleModeForHost(dr, QStringLiteral("*.local"));
}

QString namespaceWideMode(const Resource& dr, const QString& ns)
{
    return destinationRuleModeForHost(dr, QStringLiteral("*.") + ns + QLatin1Char('.') + identityDomain);
}

ImportScope::ImportScope(const QString& ns, const Resource* sidecar, const QStringList& namespaces)
    : m_namespaces(namespaces)
{
    if (ns.isEmpty() || !sidecar)
        return;
    for (const QJsonValue& listener : json::arr(sidecar->spec(), "egress")) {
        for (const QString& host : json::strings(listener.toObject().value(QLatin1String("hosts")))) {
            const qsizetype slash = host.indexOf(QLatin1Char('/'));
            if (slash < 0)
                continue;
            Egress egress { host.left(slash), host.mid(slash + 1), false };
            if (egress.ns.startsWith(QLatin1Char('~'))) {
                egress.exclude = true;
                egress.ns = egress.ns.mid(1);
                if (egress.ns.isEmpty())
                    egress.ns = QStringLiteral("*");
            }
            if (egress.ns == QLatin1String("."))
                egress.ns = ns;
            m_egress.append(egress);
        }
    }
    m_limited = !m_egress.isEmpty();
}

bool ImportScope::matches(
    const Egress& egress, const Host& host, const QString& raw, const QString& configNamespace) const
{
    if (egress.ns != QLatin1String("*") && (host.complete ? host.ns : configNamespace) != egress.ns)
        return false;
    if (egress.dns == QLatin1String("*") || egress.dns == raw)
        return true;
    if (!host.complete)
        return egress.dns == host.service || hostWithinWildcardHost(host.service, egress.dns);
    const QString fqdn = host.toString();
    if (egress.dns == fqdn || egress.dns == host.service || egress.dns == host.service + QLatin1Char('.') + host.ns)
        return true;
    if (hostWithinWildcardHost(fqdn, egress.dns) || hostWithinWildcardHost(raw, egress.dns))
        return true;
    return host.isWildcard() && hostWithinWildcardHost(egress.dns, fqdn);
}

bool ImportScope::importsHost(const QString& hostName, const QString& configNamespace) const
{
    if (!m_limited)
        return true;
    if (hostName.isEmpty())
        return false;
    const Host host = getHost(hostName, configNamespace, m_namespaces);
    bool included = false;
    for (const Egress& egress : m_egress)
        included = included || (!egress.exclude && matches(egress, host, hostName, configNamespace));
    if (!included)
        return false;
    for (const Egress& egress : m_egress) {
        if (egress.exclude && matches(egress, host, hostName, configNamespace))
            return false;
    }
    return true;
}

QList<ResourcePtr> ImportScope::filter(const QList<ResourcePtr>& objects) const
{
    if (!m_limited)
        return objects;
    QList<ResourcePtr> result;
    for (const ResourcePtr& object : objects) {
        const QJsonObject spec = object->spec();
        const QStringList hostList = object->kind == Kind::DestinationRule
            ? QStringList { json::str(spec, "host") }
            : json::strings(spec.value(QLatin1String("hosts")));
        for (const QString& host : hostList) {
            if (importsHost(host, object->ns)) {
                result.append(object);
                break;
            }
        }
    }
    return result;
}

KialiFacts::KialiFacts(const Snapshot& snapshot)
    : m_snapshot(snapshot)
{
    snapshot.forEach(Kind::Namespace, [&](const ResourcePtr& ns) {
        m_namespaces.append(ns->name);
        if (ns->labels.value(QStringLiteral("istio.io/dataplane-mode")) == QLatin1String("ambient"))
            m_ambientNamespaces.insert(ns->name);
    });
    const QJsonObject mesh = snapshot.meshConfig();
    m_rootNamespace = json::str(mesh, "rootNamespace");
    if (m_rootNamespace.isEmpty())
        m_rootNamespace = snapshot.istioNamespace();
    m_autoMtls = mesh.value(QLatin1String("enableAutoMtls")).toBool(true);
    m_trustDomains << (json::str(mesh, "trustDomain").isEmpty() ? QStringLiteral("cluster.local")
                                                                : json::str(mesh, "trustDomain"));
    for (const QString& alias : json::strings(mesh.value(QLatin1String("trustDomainAliases")))) {
        if (!m_trustDomains.contains(alias))
            m_trustDomains << alias;
    }
    m_defaultExportTo.insert(
        Kind::VirtualService, json::strings(mesh.value(QLatin1String("defaultVirtualServiceExportTo"))));
    m_defaultExportTo.insert(
        Kind::DestinationRule, json::strings(mesh.value(QLatin1String("defaultDestinationRuleExportTo"))));
    m_defaultExportTo.insert(Kind::ServiceEntry, json::strings(mesh.value(QLatin1String("defaultServiceExportTo"))));
    // Workloads: the controllers' pod templates, and pods no controller owns.
    const auto addWorkload = [&](const ResourcePtr& resource, const QJsonObject& podSpec, const Labels& labels) {
        QString account = json::str(podSpec, "serviceAccountName");
        if (account.isEmpty())
            account = QStringLiteral("default");
        m_workloads[resource->ns].append({ resource, resource->ns, resource->name, labels, { account } });
    };
    for (const Kind kind : { Kind::Deployment, Kind::StatefulSet, Kind::DaemonSet }) {
        snapshot.forEach(kind, [&](const ResourcePtr& controller) {
            const QJsonObject templ = json::obj(controller->spec(), "template");
            addWorkload(controller, json::obj(templ, "spec"),
                json::stringMap(json::obj(templ, "metadata").value(QLatin1String("labels"))));
        });
    }
    snapshot.forEach(Kind::Pod, [&](const ResourcePtr& pod) {
        if (json::arr(json::obj(pod->object, "metadata"), "ownerReferences").isEmpty())
            addWorkload(pod, pod->spec(), pod->labels);
    });
    QSet<QString> principals;
    for (auto it = m_workloads.begin(); it != m_workloads.end(); ++it) {
        for (const Workload& workload : std::as_const(*it)) {
            for (const QString& account : workload.serviceAccounts) {
                for (const QString& domain : std::as_const(m_trustDomains)) {
                    QString principal = domain + QStringLiteral("/ns/") + it.key() + QStringLiteral("/sa/") + account;
                    if (!principals.contains(principal)) {
                        principals.insert(principal);
                        m_serviceAccounts.append(std::move(principal));
                    }
                }
            }
        }
    }
}

std::shared_ptr<const KialiFacts> KialiFacts::of(const Snapshot& snapshot)
{
    return snapshot.derived<KialiFacts>(QStringLiteral("kiali.facts"),
        { Kind::Namespace, Kind::Deployment, Kind::StatefulSet, Kind::DaemonSet, Kind::Pod, Kind::MeshConfig },
        [&] { return std::make_shared<const KialiFacts>(snapshot); });
}

const QList<Workload>& KialiFacts::workloads(const QString& ns) const
{
    static const QList<Workload> none;
    const auto it = m_workloads.constFind(ns);
    return it == m_workloads.constEnd() ? none : *it;
}

QStringList KialiFacts::namespacesWith(const QList<Kind>& kinds) const
{
    QStringList result = m_namespaces;
    for (const Kind kind : kinds) {
        m_snapshot.forEach(kind, [&](const ResourcePtr& resource) {
            if (!result.contains(resource->ns))
                result.append(resource->ns);
        });
    }
    return result;
}

bool KialiFacts::visible(const Resource& object, const QString& ns) const
{
    if (m_ambientNamespaces.contains(object.ns))
        return object.ns == ns;
    QStringList exportTo = json::strings(object.spec().value(QLatin1String("exportTo")));
    if (exportTo.isEmpty())
        exportTo = m_defaultExportTo.value(object.kind);
    if (exportTo.isEmpty())
        return true;
    for (const QString& target : std::as_const(exportTo)) {
        if (target == QLatin1String("*") || target == ns || (target == QLatin1String(".") && object.ns == ns)
            || (target != QLatin1String(".") && target != QLatin1String("*") && !m_namespaces.contains(target)))
            return true;
    }
    return false;
}

namespace {

// Each DestinationRule, VirtualService and ServiceEntry with whether it is visible in every namespace, so that a
// namespace's view only evaluates exportTo for the others.
struct ExportIndex
{
    struct Entry
    {
        ResourcePtr object;
        bool everywhere = false;
    };
    QHash<Kind, QList<Entry>> entries;
};

} // namespace

MeshView KialiFacts::view(const QString& ns) const
{
    MeshView view;
    view.ns = ns;
    view.namespaces = m_namespaces;
    view.rootNamespace = m_rootNamespace;
    view.autoMtls = m_autoMtls;
    m_snapshot.forEach(Kind::PeerAuthentication, [&](const ResourcePtr& pa) {
        if (!m_rootNamespace.isEmpty() && pa->ns == m_rootNamespace)
            view.meshPeerAuthentications.append(pa);
        if (pa->ns == ns)
            view.peerAuthentications.append(pa);
    });
    if (!m_ambientNamespaces.contains(ns)) {
        // The Sidecar without selector of the namespace, else of the root namespace.
        ResourcePtr sidecar;
        for (const QString& owner : { ns, m_rootNamespace }) {
            if (sidecar || owner.isEmpty())
                continue;
            m_snapshot.forEach(Kind::Sidecar, [&](const ResourcePtr& candidate) {
                if (candidate->ns != owner
                    || !json::obj(json::obj(candidate->spec(), "workloadSelector"), "labels").isEmpty())
                    return true;
                sidecar = candidate;
                return false;
            });
        }
        view.scope = ImportScope(ns, sidecar.get(), m_namespaces);
    }
    const auto index = m_snapshot.derived<ExportIndex>(QStringLiteral("kiali.exports"),
        { Kind::DestinationRule, Kind::VirtualService, Kind::ServiceEntry, Kind::Namespace, Kind::MeshConfig }, [&] {
            auto built = std::make_shared<ExportIndex>();
            for (const Kind kind : { Kind::DestinationRule, Kind::VirtualService, Kind::ServiceEntry }) {
                m_snapshot.forEach(kind, [&](const ResourcePtr& object) {
                    QStringList exportTo = json::strings(object->spec().value(QLatin1String("exportTo")));
                    if (exportTo.isEmpty())
                        exportTo = m_defaultExportTo.value(kind);
                    const bool everywhere = !m_ambientNamespaces.contains(object->ns)
                        && (exportTo.isEmpty() || exportTo.contains(QStringLiteral("*")));
                    built->entries[kind].append({ object, everywhere });
                });
            }
            return std::const_pointer_cast<const ExportIndex>(built);
        });
    const QList<QPair<Kind, QList<ResourcePtr>*>> visibleKinds { { Kind::DestinationRule, &view.destinationRules },
        { Kind::VirtualService, &view.virtualServices }, { Kind::ServiceEntry, &view.serviceEntries } };
    for (const auto& [kind, list] : visibleKinds) {
        for (const ExportIndex::Entry& entry : index->entries.value(kind)) {
            if (entry.everywhere || visible(*entry.object, ns))
                list->append(entry.object);
        }
    }
    return view;
}

} // namespace kiali
} // namespace meshscope::analysis
