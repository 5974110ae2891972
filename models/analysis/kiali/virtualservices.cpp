// Kiali's VirtualService checks: destination hosts (KIA1101), gateways (KIA1102, KIA1108), route weights and repeated
// destinations (KIA1104, KIA1105), subsets (KIA1107), exportTo (KIA0005) and hosts claimed twice (KIA1106).
#include "kialicommon.h"
#include "kialiservices.h"

#include <map>
#include <optional>

namespace meshscope::analysis::kiali {
namespace {

class VirtualServiceChecker : public KialiChecker
{
public:
    VirtualServiceChecker()
        : KialiChecker("kiali.VirtualServiceChecker",
            "Kiali's VirtualService validations: hosts, gateways, weights, subsets, exportTo, shared hosts",
            { Kind::VirtualService, Kind::DestinationRule, Kind::ServiceEntry, Kind::Service, Kind::Gateway,
                Kind::Sidecar, Kind::Namespace })
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
        QSet<QString> gateways; // Istio gateways as Kiali names them
        snapshot.forEach(Kind::Gateway,
            [&](const ResourcePtr& gateway) { gateways.insert(parseHost(gateway->name, gateway->ns).toString()); });
        // Namespaces that see the same DestinationRules (all of them, unless exportTo or a Sidecar narrows what
        // they see) share one subset map, built once instead of once per namespace.
        std::optional<QList<ResourcePtr>> subsetRules;
        SubsetMap subsets;
        for (const QString& ns : facts.namespacesWith({ Kind::VirtualService })) {
            const QList<ResourcePtr> own = istioObjectsIn(snapshot, Kind::VirtualService, ns);
            if (own.isEmpty())
                continue;
            const MeshView view = facts.view(ns);
            const ServiceEntryHosts entryHosts(view.serviceEntries);
            MeshView imported = view;
            imported.destinationRules = view.scope.filter(view.destinationRules);
            if (!subsetRules || *subsetRules != imported.destinationRules) {
                subsets = subsetMap(imported);
                subsetRules = imported.destinationRules;
            }
            for (const ResourcePtr& vs : own) {
                noHost(context, vs, facts, entryHosts, serviceHosts, allowAny);
                noGateway(context, vs, gateways);
                routes(context, vs, facts.namespaces());
                if (importedVirtualService(*vs, view.scope))
                    subsetPresence(context, vs, facts.namespaces(), subsets);
                exportTo(context, vs, facts);
            }
            MeshView scoped = view;
            scoped.virtualServices = view.scope.filter(view.virtualServices);
            singleHost(context, scoped, ns);
        }
    }

private:
    static bool importedVirtualService(const Resource& vs, const ImportScope& scope)
    {
        if (!scope.isLimited())
            return true;
        for (const QString& host : json::strings(vs.spec().value(QLatin1String("hosts")))) {
            if (scope.importsHost(host, vs.ns))
                return true;
        }
        return false;
    }

    // The subsets DestinationRules define: by "service|namespace|subset" of their host, and those of wildcard
    // hosts, which are matched by suffix.
    struct SubsetMap
    {
        QSet<QString> byService;
        QList<QPair<QString, QString>> wildcards; // host text, subset
    };

    static SubsetMap subsetMap(const MeshView& view)
    {
        SubsetMap map;
        for (const ResourcePtr& dr : view.destinationRules) {
            const Host host = getHost(json::str(dr->spec(), "host"), dr->ns, view.namespaces);
            const QString text = host.toString();
            for (const QJsonValue& subset : json::arr(dr->spec(), "subsets")) {
                const QString name = json::str(subset.toObject(), "name");
                map.byService.insert(host.service + QLatin1Char('|') + host.ns + QLatin1Char('|') + name);
                if (text.startsWith(QLatin1Char('*')))
                    map.wildcards.append({ text, name });
            }
        }
        return map;
    }

    // Kiali's FilterByHost, turned around: the services a host written in namespace ns can name.
    static QStringList servicesNamedBy(const QString& host, const QString& ns)
    {
        QStringList result { host + QLatin1Char('|') + ns };
        const QStringList parts = host.split(QLatin1Char('.'));
        const QString rest = parts.mid(2).join(QLatin1Char('.'));
        if (parts.size() == 2 || (parts.size() > 2 && (rest == QLatin1String("svc") || rest == identityDomain)))
            result << parts.at(0) + QLatin1Char('|') + parts.at(1);
        return result;
    }

    template <typename Fn> static void forEachDestination(const QJsonObject& spec, Fn&& fn)
    {
        for (const char* kind : { "http", "tcp", "tls" }) {
            const QJsonArray rules = json::arr(spec, kind);
            for (int i = 0; i < rules.size(); ++i) {
                const QJsonArray routes = json::arr(rules.at(i).toObject(), "route");
                for (int j = 0; j < routes.size(); ++j)
                    fn(QString::fromLatin1(kind), i, j, routes.at(j).toObject());
            }
        }
    }

    static void noHost(AnalysisContext& context, const ResourcePtr& vs, const KialiFacts& facts,
        const ServiceEntryHosts& entryHosts, const KubeServiceHosts& serviceHosts, bool allowAny)
    {
        forEachDestination(vs->spec(), [&](const QString& kind, int i, int j, const QJsonObject& route) {
            const QString host = json::str(json::obj(route, "destination"), "host");
            if (host.isEmpty())
                return;
            const QString fqdn = getHost(host, vs->ns, facts.namespaces()).toString();
            if (entryHosts.matchesSuffix(fqdn) || serviceHosts.isValidForNamespace(fqdn, vs->ns))
                return;
            context.reportCheck("KIA1101", vs,
                QStringLiteral("spec/%1[%2]/route[%3]/destination/host").arg(kind).arg(i).arg(j),
                allowAny ? int(Level::Warning) : -1);
        });
    }

    static void checkGateways(AnalysisContext& context, const ResourcePtr& vs, const QStringList& names,
        const QSet<QString>& gateways, const QString& location)
    {
        for (int index = 0; index < names.size(); ++index) {
            const QString& gate = names.at(index);
            if (gate == QLatin1String("mesh"))
                continue;
            if (gate.contains(QLatin1Char('.')))
                context.reportCheck("KIA1108", vs, QStringLiteral("spec/gateways[%1]").arg(index));
            const Host host = parseGatewayAsHost(gate, vs->ns);
            bool found = false;
            for (const QString& gateway : gateways) {
                const Host gatewayHost = parseHost(gateway, vs->ns);
                if (filterByHost(host.toString(), host.ns, gateway, gatewayHost.ns)) {
                    found = true;
                    break;
                }
            }
            if (!found)
                context.reportCheck("KIA1102", vs, QStringLiteral("%1/gateways[%2]").arg(location).arg(index));
        }
    }

    static void noGateway(AnalysisContext& context, const ResourcePtr& vs, const QSet<QString>& gateways)
    {
        const QJsonObject spec = vs->spec();
        checkGateways(
            context, vs, json::strings(spec.value(QLatin1String("gateways"))), gateways, QStringLiteral("spec"));
        const QJsonArray rules = json::arr(spec, "http");
        for (int i = 0; i < rules.size(); ++i) {
            for (const QJsonValue& match : json::arr(rules.at(i).toObject(), "match"))
                checkGateways(context, vs, json::strings(match.toObject().value(QLatin1String("gateways"))), gateways,
                    QStringLiteral("spec/http[%1]/match").arg(i));
        }
    }

    static void routes(AnalysisContext& context, const ResourcePtr& vs, const QStringList& namespaces)
    {
        for (const char* kind : { "http", "tcp", "tls" }) {
            const QJsonArray rules = json::arr(vs->spec(), kind);
            for (int i = 0; i < rules.size(); ++i) {
                const QJsonArray destinations = json::arr(rules.at(i).toObject(), "route");
                if (destinations.size() == 1) {
                    const qint64 weight = json::integer(destinations.at(0).toObject(), "weight");
                    if (weight > 0 && weight < 100)
                        context.reportCheck("KIA1104", vs,
                            QStringLiteral("spec/%1[%2]/route[0]/weight").arg(QLatin1String(kind)).arg(i));
                }
                std::map<QString, QList<int>> collisions;
                for (int j = 0; j < destinations.size(); ++j) {
                    const QJsonObject destination = json::obj(destinations.at(j).toObject(), "destination");
                    collisions[getHost(json::str(destination, "host"), vs->ns, namespaces).toString()
                        + json::str(destination, "subset")]
                        .append(j);
                }
                for (const auto& [key, indexes] : collisions) {
                    if (indexes.size() < 2)
                        continue;
                    for (const int j : indexes)
                        context.reportCheck("KIA1105", vs,
                            QStringLiteral("spec/%1[%2]/route[%3]/host").arg(QLatin1String(kind)).arg(i).arg(j));
                }
            }
        }
    }

    static void subsetPresence(
        AnalysisContext& context, const ResourcePtr& vs, const QStringList& namespaces, const SubsetMap& subsets)
    {
        forEachDestination(vs->spec(), [&](const QString& kind, int i, int j, const QJsonObject& route) {
            const QJsonObject destination = json::obj(route, "destination");
            const QString host = json::str(destination, "host");
            const QString subset = json::str(destination, "subset");
            if (host.isEmpty() || subset.isEmpty())
                return;
            const Host vsHost = getHost(host, vs->ns, namespaces);
            const QString vsHostText = vsHost.toString();
            for (const QString& service : servicesNamedBy(vsHostText, vsHost.ns)) {
                if (subsets.byService.contains(service + QLatin1Char('|') + subset))
                    return;
            }
            for (const auto& [drHostText, drSubset] : subsets.wildcards) {
                if (drSubset == subset && hostWithinWildcardHost(vsHostText, drHostText))
                    return;
            }
            context.reportCheck(
                "KIA1107", vs, QStringLiteral("spec/%1[%2]/route[%3]/destination").arg(kind).arg(i).arg(j));
        });
    }

    static void exportTo(AnalysisContext& context, const ResourcePtr& vs, const KialiFacts& facts)
    {
        reportExportTo(context, vs, facts);
    }

    // Two VirtualServices on the same gateway claiming the same host (or one claiming all hosts of a namespace).
    static void singleHost(AnalysisContext& context, const MeshView& view, const QString& ns)
    {
        // gateway → cluster → namespace → service → VirtualServices
        std::map<QString, std::map<QString, std::map<QString, std::map<QString, QList<ResourcePtr>>>>> counter;
        for (const ResourcePtr& vs : view.virtualServices) {
            const QJsonObject spec = vs->spec();
            QStringList gateways = json::strings(spec.value(QLatin1String("gateways")));
            if (gateways.isEmpty())
                gateways << QStringLiteral("no-gateway");
            for (const QString& name : json::strings(spec.value(QLatin1String("hosts")))) {
                const Host host = getHost(name, vs->ns, view.namespaces);
                for (const QString& gateway : std::as_const(gateways))
                    counter[gateway][host.cluster][host.ns][host.service].append(vs);
            }
        }
        QSet<QString> reported;
        const auto report = [&](const ResourcePtr& vs) {
            if (vs->ns != ns || reported.contains(vs->key()))
                return;
            reported.insert(vs->key());
            context.reportCheck("KIA1106", vs, QStringLiteral("spec/hosts"));
        };
        for (const auto& [gateway, clusters] : counter) {
            for (const auto& [cluster, namespaces] : clusters) {
                for (const auto& [hostNamespace, services] : namespaces) {
                    const auto wildcard = services.find(QStringLiteral("*"));
                    const bool namespaceWildcard = wildcard != services.end() && !wildcard->second.isEmpty();
                    for (const auto& [service, virtualServices] : services) {
                        for (const ResourcePtr& vs : virtualServices) {
                            if (virtualServices.size() > 1 || (namespaceWildcard && services.size() > 1))
                                report(vs);
                        }
                    }
                }
            }
        }
    }
};

} // namespace

void addVirtualServiceCheckers(AnalyzerList& list)
{
    list.append(std::make_shared<VirtualServiceChecker>());
}

} // namespace meshscope::analysis::kiali
