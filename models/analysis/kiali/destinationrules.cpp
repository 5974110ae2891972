// Kiali's DestinationRule checks: two rules for one host and subset (KIA0201), hosts and subset labels that match
// nothing (KIA0202, KIA0203, KIA0209), mTLS settings a wider rule overrides (KIA0204), mTLS rules without the
// PeerAuthentication they need (KIA0205 … KIA0208) and exportTo (KIA0005).
#include "kialicommon.h"
#include "kialiservices.h"

#include <map>

namespace meshscope::analysis::kiali {
namespace {

bool nonLocalMtls(const Resource& dr)
{
    return meshWideMode(dr) == QLatin1String("ISTIO_MUTUAL")
        || namespaceWideMode(dr, dr.ns) == QLatin1String("ISTIO_MUTUAL");
}

QString appLabel(const Labels& labels)
{
    if (labels.contains(QStringLiteral("app.kubernetes.io/name")))
        return labels.value(QStringLiteral("app.kubernetes.io/name"));
    return labels.value(QStringLiteral("app"));
}

class DestinationRuleChecker : public KialiChecker
{
public:
    DestinationRuleChecker()
        : KialiChecker("kiali.DestinationRuleChecker",
            "Kiali's DestinationRule validations: hosts, subsets, overlapping rules, mTLS and exportTo",
            { Kind::DestinationRule, Kind::VirtualService, Kind::ServiceEntry, Kind::Service, Kind::PeerAuthentication,
                Kind::Sidecar, Kind::Namespace, Kind::Deployment, Kind::Pod })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        const std::shared_ptr<const KialiFacts> factsHeld = KialiFacts::of(snapshot);
        const KialiFacts& facts = *factsHeld;
        const std::shared_ptr<const KubeServiceHosts> serviceHostsHeld = KubeServiceHosts::of(snapshot);
        const KubeServiceHosts& serviceHosts = *serviceHostsHeld;
        const bool allowAny = json::str(json::obj(snapshot.meshConfig(), "outboundTrafficPolicy"), "mode")
            != QLatin1String("REGISTRY_ONLY");
        for (const QString& ns : facts.namespacesWith({ Kind::DestinationRule })) {
            const QList<ResourcePtr> own = istioObjectsIn(snapshot, Kind::DestinationRule, ns);
            if (own.isEmpty())
                continue;
            const MeshView view = facts.view(ns);
            const ServiceEntryHosts entryHosts(view.serviceEntries);
            for (const ResourcePtr& dr : own) {
                disabledNamespaceWide(context, dr, view);
                disabledMeshWide(context, dr, view);
                reportExportTo(context, dr, facts);
                namespaceWide(context, dr, view);
                meshWide(context, dr, view);
                noDestination(context, dr, view, facts, entryHosts, serviceHosts, allowAny);
            }
            // Rules for hosts the namespace's Sidecar does not import cannot conflict here.
            MeshView scoped = view;
            scoped.destinationRules = view.scope.filter(view.destinationRules);
            multiMatch(context, scoped, ns);
            trafficPolicy(context, scoped, ns);
        }
    }

private:
    static const QString& tlsModePath()
    {
        static const QString path = QStringLiteral("spec/trafficPolicy/tls/mode");
        return path;
    }

    static void disabledNamespaceWide(AnalysisContext& context, const ResourcePtr& dr, const MeshView& view)
    {
        if (namespaceWideMode(*dr, dr->ns) != QLatin1String("DISABLE"))
            return;
        bool namespaceDisables = false;
        for (const ResourcePtr& pa : view.peerAuthentications) {
            const QString mode = peerAuthnWideMode(*pa);
            if (mode == QLatin1String("STRICT")) {
                context.reportCheck("KIA0207", dr, tlsModePath());
                return;
            }
            if (mode == QLatin1String("PERMISSIVE"))
                return;
            if (mode == QLatin1String("DISABLE"))
                namespaceDisables = true;
        }
        if (namespaceDisables)
            return;
        for (const ResourcePtr& pa : view.meshPeerAuthentications) {
            if (peerAuthnWideMode(*pa) == QLatin1String("STRICT")) {
                context.reportCheck("KIA0208", dr, tlsModePath());
                return;
            }
        }
    }

    static void disabledMeshWide(AnalysisContext& context, const ResourcePtr& dr, const MeshView& view)
    {
        if (meshWideMode(*dr) != QLatin1String("DISABLE"))
            return;
        for (const ResourcePtr& pa : view.meshPeerAuthentications) {
            if (peerAuthnWideMode(*pa) == QLatin1String("STRICT")) {
                context.reportCheck("KIA0208", dr, tlsModePath());
                return;
            }
        }
    }

    static bool enables(const QString& mode)
    {
        return mode == QLatin1String("STRICT") || mode == QLatin1String("PERMISSIVE");
    }

    static void namespaceWide(AnalysisContext& context, const ResourcePtr& dr, const MeshView& view)
    {
        if (namespaceWideMode(*dr, dr->ns) != QLatin1String("ISTIO_MUTUAL") || view.autoMtls)
            return;
        for (const QList<ResourcePtr>* list : { &view.peerAuthentications, &view.meshPeerAuthentications }) {
            for (const ResourcePtr& pa : *list) {
                if (enables(peerAuthnWideMode(*pa)))
                    return;
            }
        }
        context.reportCheck("KIA0206", dr, tlsModePath());
    }

    static void meshWide(AnalysisContext& context, const ResourcePtr& dr, const MeshView& view)
    {
        if (meshWideMode(*dr) != QLatin1String("ISTIO_MUTUAL") || view.autoMtls)
            return;
        for (const ResourcePtr& pa : view.meshPeerAuthentications) {
            if (enables(peerAuthnWideMode(*pa)))
                return;
        }
        context.reportCheck("KIA0205", dr, tlsModePath());
    }

    static bool hasMatchingService(const Host& host, const QString& itemNamespace, const KialiFacts& facts,
        const ServiceEntryHosts& entryHosts, const KubeServiceHosts& serviceHosts)
    {
        if (host.isWildcard())
            return true;
        const auto [service, ns] = twoPartHost(host);
        if (ns == itemNamespace) {
            for (const Workload& workload : facts.workloads(ns)) {
                if (appLabel(workload.labels) == service && !appLabel(workload.labels).isEmpty())
                    return true;
            }
        }
        return entryHosts.matches(host.toString()) || serviceHosts.isValidForNamespace(host.toString(), itemNamespace);
    }

    static bool hasMatchingWorkload(const Snapshot& snapshot, const Host& host, const Labels& subsetLabels,
        const KialiFacts& facts, const MeshView& view)
    {
        if (host.isWildcard())
            return true;
        const auto [service, ns] = twoPartHost(host);
        Labels selector;
        if (const ResourcePtr svc = snapshot.find(Kind::Service, ns, service))
            selector = json::stringMap(svc->spec().value(QLatin1String("selector")));
        const LabelSet subset(subsetLabels);
        if (!selector.isEmpty()) {
            const LabelSet serviceSelector(selector);
            for (const Workload& workload : facts.workloads(ns)) {
                if (serviceSelector.matches(workload.labels) && subset.matches(workload.labels))
                    return true;
            }
            return false;
        }
        for (const ResourcePtr& entry : view.serviceEntries) {
            for (const QJsonValue& endpoint : json::arr(entry->spec(), "endpoints")) {
                if (subset.matches(json::stringMap(endpoint.toObject().value(QLatin1String("labels")))))
                    return true;
            }
        }
        return false;
    }

    // A VirtualService visible here routes to host and subset.
    static bool subsetReferenced(const ResourcePtr& dr, const QString& subset, const MeshView& view)
    {
        const QString host = json::str(dr->spec(), "host");
        for (const ResourcePtr& vs : view.virtualServices) {
            const Host vsHost = getHost(host, vs->ns, view.namespaces);
            for (const char* kind : { "http", "tcp", "tls" }) {
                for (const QJsonValue& rule : json::arr(vs->spec(), kind)) {
                    for (const QJsonValue& route : json::arr(rule.toObject(), "route")) {
                        const QJsonObject destination = json::obj(route.toObject(), "destination");
                        const Host drHost = getHost(json::str(destination, "host"), dr->ns, view.namespaces);
                        if (filterByHost(vsHost.toString(), vsHost.ns, drHost.service, drHost.ns)
                            && json::str(destination, "subset") == subset)
                            return true;
                    }
                }
            }
        }
        return false;
    }

    static void noDestination(AnalysisContext& context, const ResourcePtr& dr, const MeshView& view,
        const KialiFacts& facts, const ServiceEntryHosts& entryHosts, const KubeServiceHosts& serviceHosts,
        bool allowAny)
    {
        const Host host = getHost(json::str(dr->spec(), "host"), dr->ns, view.namespaces);
        if (!hasMatchingService(host, dr->ns, facts, entryHosts, serviceHosts)) {
            context.reportCheck("KIA0202", dr, QStringLiteral("spec/host"), allowAny ? int(Level::Warning) : -1);
            return;
        }
        const QJsonArray subsets = json::arr(dr->spec(), "subsets");
        bool hasLabel = false;
        QList<int> withoutLabels;
        for (int i = 0; i < subsets.size(); ++i) {
            const QJsonObject subset = subsets.at(i).toObject();
            const Labels labels = json::stringMap(subset.value(QLatin1String("labels")));
            if (labels.isEmpty()) {
                withoutLabels << i;
                continue;
            }
            if (hasMatchingWorkload(context.snapshot(), host, labels, facts, view)) {
                hasLabel = true;
                continue;
            }
            // Only an error when some VirtualService routes to the subset.
            context.reportCheck("KIA0203", dr, QStringLiteral("spec/subsets[%1]").arg(i),
                subsetReferenced(dr, json::str(subset, "name"), view) ? -1 : int(Level::Info));
        }
        for (const int i : std::as_const(withoutLabels))
            context.reportCheck(
                "KIA0209", dr, QStringLiteral("spec/subsets[%1]").arg(i), hasLabel ? int(Level::Info) : -1);
    }

    static bool hostsOverlap(const QString& a, const QString& b)
    {
        return a == b || a == QLatin1String("*") || b == QLatin1String("*") || hostWithinWildcardHost(b, a)
            || hostWithinWildcardHost(a, b);
    }

    static void multiMatch(AnalysisContext& context, const MeshView& view, const QString& ns)
    {
        // host → subset ("~" for a rule without subsets) → rules
        std::map<QString, std::map<QString, QList<ResourcePtr>>> seen;
        QStringList wildcards; // the keys of seen that are wildcard hosts
        QSet<QString> reported;
        const auto report = [&](const ResourcePtr& dr, const ResourcePtr& other) {
            if (dr->ns == ns && !reported.contains(dr->key())) {
                reported.insert(dr->key());
                context.reportCheck("KIA0201", dr, QStringLiteral("spec/host"));
                context.addRelated({ other->key() });
            }
        };
        const auto collide = [&](const ResourcePtr& a, const ResourcePtr& b) {
            report(a, b);
            report(b, a);
        };
        for (const ResourcePtr& dr : view.destinationRules) {
            if (nonLocalMtls(*dr))
                continue;
            QStringList subsets;
            for (const QJsonValue& subset : json::arr(dr->spec(), "subsets"))
                subsets << json::str(subset.toObject(), "name");
            if (subsets.isEmpty())
                subsets << QStringLiteral("~");
            const QString host = getHost(json::str(dr->spec(), "host"), dr->ns, view.namespaces).toString();
            // The hosts seen so far that overlap this one: the same, a wildcard covering it, or all when this one is
            // a wildcard.
            QStringList overlapping;
            if (host.startsWith(QLatin1Char('*'))) {
                for (const auto& entry : seen) {
                    if (hostsOverlap(host, entry.first))
                        overlapping << entry.first;
                }
            } else {
                if (seen.count(host))
                    overlapping << host;
                for (const QString& wildcard : std::as_const(wildcards)) {
                    if (hostsOverlap(host, wildcard))
                        overlapping << wildcard;
                }
            }
            for (const QString& hostKey : std::as_const(overlapping)) {
                const auto& existing = seen.at(hostKey);
                if (subsets == QStringList { QStringLiteral("~") }) {
                    for (const auto& entry : existing) {
                        for (const ResourcePtr& other : entry.second)
                            collide(dr, other);
                    }
                }
                if (const auto all = existing.find(QStringLiteral("~")); all != existing.end()) {
                    for (const ResourcePtr& other : all->second)
                        collide(dr, other);
                }
                for (const QString& subset : std::as_const(subsets)) {
                    if (const auto same = existing.find(subset); same != existing.end()) {
                        for (const ResourcePtr& other : same->second)
                            collide(dr, other);
                    }
                }
            }
            if (host.startsWith(QLatin1Char('*')) && !seen.count(host))
                wildcards << host;
            for (const QString& subset : std::as_const(subsets))
                seen[host][subset].append(dr);
        }
    }

    static void trafficPolicy(AnalysisContext& context, const MeshView& view, const QString& ns)
    {
        QList<ResourcePtr> mtls; // mesh- or namespace-wide rules enabling mTLS
        QList<ResourcePtr> mutual; // rules enabling mTLS for their host
        for (const ResourcePtr& dr : view.destinationRules) {
            if (nonLocalMtls(*dr))
                mtls.append(dr);
            if (destinationRuleMode(*dr) == QLatin1String("ISTIO_MUTUAL"))
                mutual.append(dr);
        }
        for (const ResourcePtr& dr : view.destinationRules) {
            if (dr->ns != ns)
                continue;
            const Host drHost = parseHost(json::str(dr->spec(), "host"), dr->ns);
            QStringList same;
            for (const ResourcePtr& other : mtls) {
                const Host otherHost = parseHost(json::str(other->spec(), "host"), dr->ns);
                if (otherHost.service == QLatin1String("*.local")
                    || (otherHost.cluster == drHost.cluster && otherHost.ns == drHost.ns))
                    same << other->key();
            }
            for (const ResourcePtr& other : std::as_const(mutual)) {
                if (other->key() == dr->key())
                    continue;
                const QString otherHost = json::str(other->spec(), "host");
                if ((otherHost == QStringLiteral("*.%1.%2").arg(drHost.ns, drHost.cluster)
                        || otherHost == drHost.toString()))
                    same << other->key();
            }
            if (same.isEmpty())
                continue;
            const QJsonObject policy = json::obj(dr->spec(), "trafficPolicy");
            bool portTls = false;
            for (const QJsonValue& port : json::arr(policy, "portLevelSettings"))
                portTls = portTls || json::has(port.toObject(), "tls");
            if (!json::has(dr->spec(), "trafficPolicy") || (!json::has(policy, "tls") && !portTls)) {
                context.reportCheck("KIA0204", dr, QStringLiteral("spec/trafficPolicy"));
                context.addRelated(same);
            }
        }
    }
};

} // namespace

void addDestinationRuleCheckers(AnalyzerList& list)
{
    list.append(std::make_shared<DestinationRuleChecker>());
}

} // namespace meshscope::analysis::kiali
