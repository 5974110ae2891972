// Kiali's gateway checks. Istio Gateways: two gateways serving one host on one port (KIA0301), selectors without a
// workload (KIA0302). Gateway API: listeners and addresses two Gateways share (KIA1501, KIA1502), listeners of one
// Gateway that repeat (KIA1503), routes to missing Gateways or Services (KIA1401, KIA1402) and ReferenceGrants from
// namespaces that do not exist (KIA1601).
#include "kialicommon.h"
#include "kialiservices.h"

#include <map>

namespace meshscope::analysis::kiali {
namespace {

class GatewayChecker : public KialiChecker
{
public:
    // Selectors match pods in any namespace.
    bool runsOnPart() const override { return false; }
    GatewayChecker()
        : KialiChecker("kiali.GatewayChecker", "Kiali's Gateway validations: shared hosts and selectors",
            { Kind::Gateway, Kind::Deployment, Kind::Pod, Kind::Namespace })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const std::shared_ptr<const KialiFacts> factsHeld = KialiFacts::of(context.snapshot());
        const KialiFacts& facts = *factsHeld;
        struct Host
        {
            ResourcePtr gateway;
            int server;
            int index;
            QString name;
            QString target; // the namespace the host is for, "*" for all
        };
        std::map<QString, QList<Host>> byPortAndSelector;
        context.snapshot().forEach(Kind::Gateway, [&](const ResourcePtr& gateway) {
            const QJsonObject spec = gateway->spec();
            const QString selector = LabelSet(json::stringMap(spec.value(QLatin1String("selector")))).toString();
            const QJsonArray servers = json::arr(spec, "servers");
            for (int s = 0; s < servers.size(); ++s) {
                const QJsonObject server = servers.at(s).toObject();
                const QString key
                    = QString::number(json::integer(json::obj(server, "port"), "number")) + QLatin1Char('|') + selector;
                const QStringList hostList = json::strings(server.value(QLatin1String("hosts")));
                for (int h = 0; h < hostList.size(); ++h) {
                    Host host { gateway, s, h, hostList.at(h), QStringLiteral("*") };
                    const QStringList parts = hostList.at(h).split(QLatin1Char('/'));
                    if (parts.size() > 1) {
                        host.name = parts.at(1);
                        host.target = parts.at(0) == QLatin1String(".") ? gateway->ns : parts.at(0);
                    }
                    byPortAndSelector[key].append(host);
                }
            }
            // A selector no workload matches (in any namespace).
            const LabelSet workloadSelector(json::stringMap(spec.value(QLatin1String("selector"))));
            bool matched = false;
            for (const QString& ns : facts.namespacesWith({ Kind::Gateway })) {
                for (const Workload& workload : facts.workloads(ns))
                    matched = matched || workloadSelector.matches(workload.labels);
            }
            if (!matched)
                context.reportCheck("KIA0302", gateway, QStringLiteral("spec/selector"));
        });
        QSet<QString> reported;
        const auto report = [&](const Host& host) {
            const QString path = QStringLiteral("spec/servers[%1]/hosts[%2]").arg(host.server).arg(host.index);
            if (reported.contains(host.gateway->key() + path))
                return;
            reported.insert(host.gateway->key() + path);
            context.reportCheck("KIA0301", host.gateway, path);
        };
        for (const auto& [key, hosts] : byPortAndSelector) {
            for (int i = 0; i + 1 < hosts.size(); ++i) {
                const Host& host = hosts.at(i);
                bool duplicate = false;
                for (int j = i + 1; j < hosts.size(); ++j) {
                    const Host& other = hosts.at(j);
                    if (host.target != other.target && host.target != QLatin1String("*")
                        && other.target != QLatin1String("*"))
                        continue;
                    if (!sameHost(host.name, other.name))
                        continue;
                    duplicate = true;
                    if (other.gateway->key() != host.gateway->key())
                        report(other);
                }
                if (duplicate)
                    report(host);
            }
        }
    }

private:
    // Kiali's rule: "*" clashes with everything, other hosts only with themselves (ignoring case).
    static bool sameHost(const QString& a, const QString& b)
    {
        return a == QLatin1String("*") || b == QLatin1String("*") || a.compare(b, Qt::CaseInsensitive) == 0;
    }
};

struct ParentRef
{
    QString name;
    QString ns;
    QString kind;
    QString group;
};

class KubernetesGatewayChecker : public KialiChecker
{
public:
    KubernetesGatewayChecker()
        : KialiChecker("kiali.K8sGatewayChecker",
            "Kiali's Gateway API validations: gateways, routes and reference grants",
            { Kind::KubernetesGateway, Kind::HTTPRoute, Kind::GRPCRoute, Kind::ReferenceGrant, Kind::Service,
                Kind::Namespace })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        const std::shared_ptr<const KialiFacts> factsHeld = KialiFacts::of(snapshot);
        const KialiFacts& facts = *factsHeld;
        const QList<ResourcePtr> gateways = snapshot.all(Kind::KubernetesGateway);
        for (const ResourcePtr& gateway : gateways)
            multiMatch(context, gateway, gateways);
        for (const Kind kind : { Kind::HTTPRoute, Kind::GRPCRoute }) {
            snapshot.forEach(kind, [&](const ResourcePtr& route) {
                parents(context, route, gateways);
                backends(context, route);
            });
        }
        snapshot.forEach(Kind::ReferenceGrant, [&](const ResourcePtr& grant) {
            const QJsonArray from = json::arr(grant->spec(), "from");
            for (int i = 0; i < from.size(); ++i) {
                if (!facts.hasNamespace(json::str(from.at(i).toObject(), "namespace")))
                    context.reportCheck("KIA1601", grant, QStringLiteral("spec/from[%1]/namespace").arg(i));
            }
        });
    }

private:
    static bool sameListener(const QJsonObject& a, const QJsonObject& b)
    {
        return json::has(a, "hostname") && json::has(b, "hostname")
            && json::str(a, "hostname") == json::str(b, "hostname")
            && json::integer(a, "port") == json::integer(b, "port")
            && json::str(a, "protocol") == json::str(b, "protocol");
    }

    static void multiMatch(AnalysisContext& context, const ResourcePtr& gateway, const QList<ResourcePtr>& gateways)
    {
        const QJsonObject spec = gateway->spec();
        for (const QJsonValue& value : json::arr(spec, "addresses")) {
            const QJsonObject address = value.toObject();
            for (const ResourcePtr& other : gateways) {
                if (other->name == gateway->name)
                    continue;
                for (const QJsonValue& otherValue : json::arr(other->spec(), "addresses")) {
                    const QJsonObject otherAddress = otherValue.toObject();
                    if (json::has(address, "type") && json::has(otherAddress, "type")
                        && !json::str(address, "value").isEmpty()
                        && json::str(address, "type") == json::str(otherAddress, "type")
                        && json::str(address, "value") == json::str(otherAddress, "value")) {
                        context.reportCheck("KIA1502", gateway, QStringLiteral("spec/addresses/value"));
                        context.addRelated({ other->key() });
                    }
                }
            }
        }
        const QJsonArray listeners = json::arr(spec, "listeners");
        for (int index = 0; index < listeners.size(); ++index) {
            const QJsonObject listener = listeners.at(index).toObject();
            QStringList colliding;
            for (const ResourcePtr& other : gateways) {
                if (other->name == gateway->name)
                    continue;
                for (const QJsonValue& otherListener : json::arr(other->spec(), "listeners")) {
                    if (sameListener(listener, otherListener.toObject()))
                        colliding << other->key();
                }
            }
            if (!colliding.isEmpty()) {
                context.reportCheck("KIA1501", gateway, QStringLiteral("spec/listeners[%1]/hostname").arg(index));
                context.addRelated(colliding);
            }
            for (int i = 0; i < listeners.size(); ++i) {
                const QJsonObject other = listeners.at(i).toObject();
                if (json::str(listener, "name") != json::str(other, "name") && sameListener(listener, other))
                    context.reportCheck("KIA1503", gateway, QStringLiteral("spec/listeners[%1]/name").arg(i));
            }
        }
    }

    static ParentRef parentRef(const QJsonObject& ref, const QString& routeNamespace)
    {
        ParentRef parent { json::str(ref, "name"), json::str(ref, "namespace"), json::str(ref, "kind"),
            json::str(ref, "group") };
        if (parent.ns.isEmpty())
            parent.ns = routeNamespace;
        // What the API server fills in when the route leaves them out.
        if (!ref.contains(QLatin1String("kind")))
            parent.kind = QStringLiteral("Gateway");
        if (!ref.contains(QLatin1String("group")))
            parent.group = QStringLiteral("gateway.networking.k8s.io");
        return parent;
    }

    static bool sharedWith(const Resource& gateway, const QString& ns, const Snapshot& snapshot)
    {
        const ResourcePtr namespaceObject = snapshot.find(Kind::Namespace, QString(), ns);
        if (!namespaceObject)
            return false;
        for (const QJsonValue& value : json::arr(gateway.spec(), "listeners")) {
            const QJsonObject namespaces = json::obj(json::obj(value.toObject(), "allowedRoutes"), "namespaces");
            const QString from = json::str(namespaces, "from");
            if (from == QLatin1String("All"))
                return true;
            if (from == QLatin1String("Selector") && json::has(namespaces, "selector")
                && LabelSelector::fromJson(namespaces.value(QLatin1String("selector")))
                       .matches(namespaceObject->labels))
                return true;
        }
        return false;
    }

    static void parents(AnalysisContext& context, const ResourcePtr& route, const QList<ResourcePtr>& gateways)
    {
        const QJsonArray refs = json::arr(route->spec(), "parentRefs");
        for (int index = 0; index < refs.size(); ++index) {
            const ParentRef parent = parentRef(refs.at(index).toObject(), route->ns);
            if (parent.name.isEmpty() || parent.kind != QLatin1String("Gateway")
                || parent.group != QLatin1String("gateway.networking.k8s.io"))
                continue;
            bool found = false;
            for (const ResourcePtr& gateway : gateways) {
                if (gateway->name != parent.name || gateway->ns != parent.ns)
                    continue;
                found = gateway->ns == route->ns || sharedWith(*gateway, route->ns, context.snapshot());
                if (found)
                    break;
            }
            if (!found)
                context.reportCheck(
                    "KIA1401", route, QStringLiteral("spec/parentRefs[%1]/name/%2").arg(index).arg(parent.name));
        }
    }

    static bool grantAllows(const Snapshot& snapshot, const QString& from, const QString& to, const QString& fromKind)
    {
        bool allowed = false;
        snapshot.forEach(Kind::ReferenceGrant, [&](const ResourcePtr& grant) {
            if (grant->ns != to)
                return true;
            bool fromMatch = false;
            for (const QJsonValue& value : json::arr(grant->spec(), "from")) {
                fromMatch = fromMatch
                    || (json::str(value.toObject(), "namespace") == from
                        && json::str(value.toObject(), "kind") == fromKind);
            }
            if (!fromMatch)
                return true;
            for (const QJsonValue& value : json::arr(grant->spec(), "to")) {
                if (json::str(value.toObject(), "kind") == QLatin1String("Service")) {
                    allowed = true;
                    return false;
                }
            }
            return true;
        });
        return allowed;
    }

    static void checkReference(
        AnalysisContext& context, const ResourcePtr& route, const QJsonObject& ref, const QString& path)
    {
        const QString name = json::str(ref, "name");
        QString ns = json::str(ref, "namespace");
        if (ns.isEmpty())
            ns = route->ns;
        const Snapshot& snapshot = context.snapshot();
        const bool exists = snapshot.exists(Kind::Service, ns, name);
        const bool bad = name.contains(QLatin1Char('.')) || (ns == route->ns && !exists)
            || (ns != route->ns && (!grantAllows(snapshot, route->ns, ns, kindName(route->kind)) || !exists));
        if (bad)
            context.reportCheck("KIA1402", route, path);
    }

    static void backends(AnalysisContext& context, const ResourcePtr& route)
    {
        const QJsonObject spec = route->spec();
        const QJsonArray parentsRefs = json::arr(spec, "parentRefs");
        for (int i = 0; i < parentsRefs.size(); ++i) {
            const QJsonObject ref = parentsRefs.at(i).toObject();
            if (json::str(ref, "kind") == QLatin1String("Service"))
                checkReference(context, route, ref, QStringLiteral("spec/parentRefs[%1]/name").arg(i));
        }
        const QJsonArray rules = json::arr(spec, "rules");
        for (int k = 0; k < rules.size(); ++k) {
            const QJsonArray refs = json::arr(rules.at(k).toObject(), "backendRefs");
            for (int i = 0; i < refs.size(); ++i) {
                const QJsonObject ref = refs.at(i).toObject();
                // The API server makes a backend without a kind a Service.
                if (!ref.contains(QLatin1String("kind")) || json::str(ref, "kind") == QLatin1String("Service"))
                    checkReference(
                        context, route, ref, QStringLiteral("spec/rules[%1]/backendRefs[%2]/name").arg(k).arg(i));
            }
        }
    }
};

} // namespace

void addGatewayCheckers(AnalyzerList& list)
{
    list.append(std::make_shared<GatewayChecker>());
    list.append(std::make_shared<KubernetesGatewayChecker>());
}

} // namespace meshscope::analysis::kiali
