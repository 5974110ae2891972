// Kiali's DestinationRule checks: two rules for one host and subset (KIA0201), hosts and subset labels that match
// nothing (KIA0202, KIA0203, KIA0209), mTLS settings a wider rule overrides (KIA0204), mTLS rules without the
// PeerAuthentication they need (KIA0205 … KIA0208) and exportTo (KIA0005).
#include "kialicommon.h"
#include "kialiservices.h"

#include <algorithm>

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

// What the overlap and mTLS checks need of every DestinationRule, computed once per snapshot rather than once per
// namespace validated.
struct RuleIndex
{
    struct Rule
    {
        ResourcePtr dr;
        QString host; // as Kiali completes it
        QStringList subsets; // "~" for a rule without subsets
        bool nonLocalMtls = false;
        bool mutual = false; // trafficPolicy.tls.mode ISTIO_MUTUAL
    };
    QList<Rule> rules; // in the snapshot's order
    QHash<const Resource*, qsizetype> position;
    QHash<QString, QList<qsizetype>> byHost;
    QList<qsizetype> wildcards; // rules whose host is a wildcard

    static std::shared_ptr<const RuleIndex> of(const Snapshot& snapshot, const KialiFacts& facts)
    {
        return snapshot.derived<RuleIndex>(
            QStringLiteral("kiali.destinationRules"), { Kind::DestinationRule, Kind::Namespace }, [&] {
                auto index = std::make_shared<RuleIndex>();
                snapshot.forEach(Kind::DestinationRule, [&](const ResourcePtr& dr) {
                    Rule rule;
                    rule.dr = dr;
                    rule.host = getHost(json::str(dr->spec(), "host"), dr->ns, facts.namespaces()).toString();
                    for (const QJsonValue& subset : json::arr(dr->spec(), "subsets"))
                        rule.subsets << json::str(subset.toObject(), "name");
                    if (rule.subsets.isEmpty())
                        rule.subsets << QStringLiteral("~");
                    rule.nonLocalMtls = nonLocalMtls(*dr);
                    rule.mutual = destinationRuleMode(*dr) == QLatin1String("ISTIO_MUTUAL");
                    const qsizetype at = index->rules.size();
                    index->position.insert(dr.get(), at);
                    index->byHost[rule.host].append(at);
                    if (rule.host.startsWith(QLatin1Char('*')))
                        index->wildcards.append(at);
                    index->rules.append(std::move(rule));
                });
                return std::const_pointer_cast<const RuleIndex>(index);
            });
    }
    const Rule* find(const Resource* dr) const
    {
        const auto it = position.constFind(dr);
        return it == position.constEnd() ? nullptr : &rules.at(*it);
    }
};

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
        const std::shared_ptr<const RuleIndex> rules = RuleIndex::of(snapshot, facts);
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
            multiMatch(context, scoped, ns, *rules);
            trafficPolicy(context, scoped, ns, *rules);
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

    static bool subsetsCollide(const QStringList& a, const QStringList& b)
    {
        const QStringList none { QStringLiteral("~") }; // a rule without subsets covers them all
        if (a == none || b == none)
            return true;
        for (const QString& subset : a) {
            if (b.contains(subset))
                return true;
        }
        return false;
    }

    // Two rules of the namespace's view for overlapping hosts, one of them without subsets or both with a subset of
    // the same name: each rule of the namespace that collides is reported once, with the first rule it collides with.
    static void multiMatch(AnalysisContext& context, const MeshView& view, const QString& ns, const RuleIndex& index)
    {
        QSet<const Resource*> visible;
        for (const ResourcePtr& dr : view.destinationRules)
            visible.insert(dr.get());
        for (const ResourcePtr& dr : view.destinationRules) {
            const RuleIndex::Rule* mine = dr->ns == ns ? index.find(dr.get()) : nullptr;
            if (!mine || mine->nonLocalMtls)
                continue;
            QList<qsizetype> candidates;
            if (mine->host.startsWith(QLatin1Char('*'))) {
                for (qsizetype i = 0; i < index.rules.size(); ++i)
                    candidates << i;
            } else {
                candidates = index.byHost.value(mine->host) + index.wildcards;
                std::sort(candidates.begin(), candidates.end());
            }
            for (const qsizetype at : std::as_const(candidates)) {
                const RuleIndex::Rule& other = index.rules.at(at);
                if (other.dr == dr || other.nonLocalMtls || !visible.contains(other.dr.get())
                    || !hostsOverlap(mine->host, other.host) || !subsetsCollide(mine->subsets, other.subsets))
                    continue;
                context.reportCheck("KIA0201", dr, QStringLiteral("spec/host"));
                context.addRelated({ other.dr->key() });
                break;
            }
        }
    }

    static void trafficPolicy(AnalysisContext& context, const MeshView& view, const QString& ns, const RuleIndex& index)
    {
        QList<ResourcePtr> mtls; // mesh- or namespace-wide rules enabling mTLS
        QList<ResourcePtr> mutual; // rules enabling mTLS for their host
        for (const ResourcePtr& dr : view.destinationRules) {
            const RuleIndex::Rule* rule = index.find(dr.get());
            if (rule && rule->nonLocalMtls)
                mtls.append(dr);
            if (rule && rule->mutual)
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
