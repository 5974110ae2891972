#include "graphappenders_p.h"

#include <QJsonArray>

// Kiali's Kubernetes-backed appenders (graph/telemetry/istio/appender/): serviceEntry (graphserviceentries.cpp),
// deadNode, idleNode, istio (badges, gateways) and meshCheck (missing sidecar), applied in Kiali's order.
namespace meshscope::graph::detail {

namespace {

QString objectNamespace(const QJsonObject& o)
{
    return o[QStringLiteral("metadata")][QStringLiteral("namespace")].toString();
}
QString objectName(const QJsonObject& o)
{
    return o[QStringLiteral("metadata")][QStringLiteral("name")].toString();
}
QJsonObject spec(const QJsonObject& o)
{
    return o.value(QStringLiteral("spec")).toObject();
}

// An Istio host as written in config, resolved like Istio does: short names live in the object's namespace.
QString fqdn(const QString& host, const QString& objectNs)
{
    const qsizetype dots = host.count(QLatin1Char('.'));
    if (host.startsWith(QLatin1Char('*')))
        return host;
    if (dots == 0)
        return host + QLatin1Char('.') + objectNs + QStringLiteral(".svc.cluster.local");
    if (dots == 1)
        return host + QStringLiteral(".svc.cluster.local");
    if (host.endsWith(QLatin1String(".svc")))
        return host + QStringLiteral(".cluster.local");
    return host;
}

bool hostMatchesService(const QString& host, const QString& objectNs, const QString& service, const QString& ns)
{
    const QString wanted = service + QLatin1Char('.') + ns + QStringLiteral(".svc.cluster.local");
    const QString resolved = fqdn(host, objectNs);
    if (resolved == QLatin1String("*"))
        return true;
    if (resolved.startsWith(QLatin1String("*.")))
        return wanted.endsWith(resolved.mid(1));
    return resolved == wanted;
}

bool hasCircuitBreaker(const QJsonObject& trafficPolicy)
{
    return trafficPolicy.contains(QStringLiteral("connectionPool"))
        || trafficPolicy.contains(QStringLiteral("outlierDetection"));
}

// The services a node stands for: itself for a service node, its destination services otherwise.
QList<ServiceRef> servicesOf(const Node& n)
{
    if (n.type == NodeType::Service)
        return { ServiceRef { n.cluster, n.namespace_, n.service } };
    return n.destServices;
}

void applyDestinationRules(TrafficMap& map, const MeshInventory& inventory)
{
    for (TrafficNode& t : map.nodes) {
        Node& n = t.node;
        const QList<ServiceRef> services = servicesOf(n);
        for (const QJsonObject& dr : inventory.destinationRules) {
            const QJsonObject s = spec(dr);
            const QString host = s.value(QStringLiteral("host")).toString();
            bool matches = false;
            for (const ServiceRef& ref : services)
                matches = matches || hostMatchesService(host, objectNamespace(dr), ref.name, ref.namespace_);
            if (!matches)
                continue;
            if (hasCircuitBreaker(s.value(QStringLiteral("trafficPolicy")).toObject()))
                n.hasCircuitBreaker = true;
            for (const QJsonValue& subset : s.value(QStringLiteral("subsets")).toArray()) {
                if (!hasCircuitBreaker(subset[QStringLiteral("trafficPolicy")].toObject()))
                    continue;
                // Versioned nodes only get the badge of their own subset.
                const QString version = subset[QStringLiteral("labels")][QStringLiteral("version")].toString();
                if (n.version.isEmpty() || version.isEmpty() || version == n.version)
                    n.hasCircuitBreaker = true;
            }
        }
    }
}

void applyVirtualServices(TrafficMap& map, const MeshInventory& inventory)
{
    for (TrafficNode& t : map.nodes) {
        Node& n = t.node;
        if (n.type != NodeType::Service)
            continue;
        // Kiali: the first VirtualService (in list order) that routes to the service.
        for (const QJsonObject& vs : inventory.virtualServices) {
            const QJsonObject s = spec(vs);
            bool routes = false;
            for (const char* kind : { "http", "tcp", "tls" }) {
                for (const QJsonValue& route : s.value(QLatin1String(kind)).toArray()) {
                    for (const QJsonValue& destination : route[QStringLiteral("route")].toArray()) {
                        const QString host
                            = destination[QStringLiteral("destination")][QStringLiteral("host")].toString();
                        routes = routes || hostMatchesService(host, objectNamespace(vs), n.service, n.namespace_);
                    }
                }
            }
            if (!routes)
                continue;
            n.hasVirtualService = true;
            n.virtualServices.append(objectName(vs));
            const QJsonArray http = s.value(QStringLiteral("http")).toArray();
            n.hasRequestRouting = http.size() > 1;
            for (const QJsonValue& route : http) {
                const QJsonArray destinations = route[QStringLiteral("route")].toArray();
                if (destinations.size() > 1) {
                    n.hasTrafficShifting = true;
                    for (const QJsonValue& d : destinations) {
                        const QJsonObject dest = d[QStringLiteral("destination")].toObject();
                        const QString subset = dest.value(QStringLiteral("subset")).toString();
                        n.trafficWeights.insert(
                            subset.isEmpty() ? dest.value(QStringLiteral("host")).toString() : subset,
                            d[QStringLiteral("weight")].toInt());
                    }
                }
                n.hasRequestRouting = n.hasRequestRouting || route.toObject().contains(QStringLiteral("match"));
                n.hasFaultInjection = n.hasFaultInjection || route.toObject().contains(QStringLiteral("fault"));
                n.hasRequestTimeout = n.hasRequestTimeout || route.toObject().contains(QStringLiteral("timeout"));
                n.hasMirroring = n.hasMirroring || route.toObject().contains(QStringLiteral("mirror"))
                    || route.toObject().contains(QStringLiteral("mirrors"));
            }
            for (const QJsonValue& route : s.value(QStringLiteral("tcp")).toArray()) {
                if (route[QStringLiteral("route")].toArray().size() > 1)
                    n.hasTcpTrafficShifting = true;
            }
            break;
        }
    }
}

const InventoryWorkload* findWorkload(const MeshInventory& inventory, const QString& ns, const QString& name)
{
    for (const InventoryWorkload& w : inventory.workloads) {
        if (w.namespace_ == ns && w.name == name)
            return &w;
    }
    return nullptr;
}

bool selectorMatches(const QJsonObject& selector, const QMap<QString, QString>& labels)
{
    if (selector.isEmpty())
        return false;
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (labels.value(it.key()) != it.value().toString())
            return false;
    }
    return true;
}

void applyWorkloadFlags(TrafficMap& map, const MeshInventory& inventory, const QString& istioNamespace)
{
    for (TrafficNode& t : map.nodes) {
        Node& n = t.node;
        if (n.type != NodeType::Workload && n.type != NodeType::App)
            continue;
        QList<const InventoryWorkload*> workloads;
        for (const InventoryWorkload& w : inventory.workloads) {
            if (w.namespace_ != n.namespace_)
                continue;
            const bool same = !n.workload.isEmpty()
                ? w.name == n.workload
                : (w.app == n.app && (n.version.isEmpty() || w.version == n.version));
            if (same)
                workloads.append(&w);
        }
        for (const InventoryWorkload* w : std::as_const(workloads)) {
            for (const QJsonObject& gateway : inventory.gateways) {
                if (selectorMatches(spec(gateway).value(QStringLiteral("selector")).toObject(), w->labels))
                    n.isGateway = true;
            }
            n.isGateway = n.isGateway || w->gateway;
            // meshCheck: no sidecar (and not a gateway), control-plane namespace skipped.
            if (!w->sidecar && !n.isGateway && n.namespace_ != istioNamespace)
                n.hasMissingSidecar = true;
        }
    }
}

// deadNode: nodes without traffic whose workload is gone are removed; with 0 pods they are flagged isDead.
void removeDeadNodes(TrafficMap& map, const MeshInventory& inventory, const QStringList& accessible)
{
    bool changed = true;
    while (changed) {
        changed = false;
        QSet<QString> hasIncoming;
        for (const TrafficNode& t : std::as_const(map.nodes)) {
            for (const TrafficEdge& e : t.edges)
                hasIncoming.insert(e.dest);
        }
        for (const QString& id : QStringList(map.order)) {
            TrafficNode& t = map.nodes[id];
            const Node& n = t.node;
            bool alive = false;
            for (double rate : n.rates)
                alive = alive || rate > 0;
            if (alive || n.type == NodeType::Aggregate || n.isIdle)
                continue;
            bool remove = false;
            if (n.type == NodeType::Service) {
                remove = t.edges.isEmpty() && n.isServiceEntry.isEmpty() && !n.isEgressCluster;
            } else if ((n.type != NodeType::Unknown && n.workload.isEmpty()) || !accessible.contains(n.namespace_)) {
                continue;
            } else if (n.type == NodeType::Unknown) {
                remove = true;
            } else {
                const InventoryWorkload* w = findWorkload(inventory, n.namespace_, n.workload);
                if (!w)
                    remove = true;
                else if (w->pods == 0)
                    t.node.isDead = true;
            }
            if (remove) {
                map.remove(id);
                changed = true;
            }
        }
        if (changed) {
            for (TrafficNode& t : map.nodes) {
                t.edges.removeIf([&](const TrafficEdge& e) { return !map.nodes.contains(e.dest); });
            }
        }
    }
}

void addIdleNodes(TrafficMap& map, const GraphOptions& options, const MeshInventory& inventory)
{
    const QStringList& namespaces = options.namespaces;
    if (options.wantsServiceNodes()) {
        for (const InventoryService& s : inventory.services) {
            if (!namespaces.contains(s.namespace_))
                continue;
            const Endpoint e { s.cluster.isEmpty() ? inventory.cluster : s.cluster, s.namespace_, s.name, {}, {}, {},
                {} };
            if (!map.find(nodeId(e, options.type).id)) {
                if (TrafficNode* added = map.add(e, options.type))
                    added->node.isIdle = true;
            }
        }
    }
    if (options.type == GraphType::Service)
        return;
    for (const InventoryWorkload& w : inventory.workloads) {
        if (!namespaces.contains(w.namespace_))
            continue;
        const Endpoint e { w.cluster.isEmpty() ? inventory.cluster : w.cluster, w.namespace_, {}, w.namespace_, w.name,
            w.app, w.version };
        if (!map.find(nodeId(e, options.type).id)) {
            if (TrafficNode* added = map.add(e, options.type))
                added->node.isIdle = true;
        }
    }
}

} // namespace

void applyInventoryAppenders(TrafficMap& map, const GraphOptions& options, const MeshInventory& inventory)
{
    const QStringList accessible = inventory.knowsNamespaces ? inventory.namespaces : options.namespaces;
    applyServiceEntries(map, options.type, inventory, accessible);
    if (!inventory.workloads.isEmpty())
        removeDeadNodes(map, inventory, accessible);
    if (inventory.includeIdleNodes && !options.node)
        addIdleNodes(map, options, inventory);
    applyDestinationRules(map, inventory);
    applyVirtualServices(map, inventory);
    applyWorkloadFlags(map, inventory, options.istioNamespace);
}

} // namespace meshscope::graph::detail
