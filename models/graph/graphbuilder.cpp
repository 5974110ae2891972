#include "graphbuilder.h"

#include "graphappenders_p.h"
#include "graphhealth.h"
#include "graphtrafficmap_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <cmath>

namespace meshscope::graph {

using namespace detail;

namespace {

QString protocolOfMetric(const QString& metric, bool* isRequests)
{
    static const QRegularExpression grpcMessages(QStringLiteral("^istio_(request|response)_messages_total$"));
    *isRequests = false;
    if (grpcMessages.match(metric).hasMatch())
        return QStringLiteral("grpc");
    if (metric.startsWith(QLatin1String("istio_tcp")))
        return QStringLiteral("tcp");
    *isRequests = true;
    return {};
}

// Kiali's HandleResponseCode.
QString responseCode(const QString& protocol, const QString& code, bool grpcStatusOk, const QString& grpcStatus)
{
    if (code == QLatin1String("0"))
        return QStringLiteral("-");
    const bool httpError = code.startsWith(QLatin1Char('4')) || code.startsWith(QLatin1Char('5'));
    if (protocol != QLatin1String("grpc") || httpError || !grpcStatusOk)
        return code;
    return grpcStatus;
}

// Kiali's edgeTSHash (sha256 of metric, both endpoints' labels, code, flags, host) as a 64-bit hash computed
// without building the string: this runs for every sample.
size_t seriesHash(const QString& metric, const Endpoint& s, const Endpoint& d, const QString& code,
    const QString& flags, const QString& host)
{
    const size_t source
        = qHashMulti(0, s.cluster, s.serviceNamespace, s.service, s.workloadNamespace, s.workload, s.app, s.version);
    const size_t dest
        = qHashMulti(0, d.cluster, d.serviceNamespace, d.service, d.workloadNamespace, d.workload, d.app, d.version);
    return qHashMulti(0, metric, source, dest, code, flags, host);
}

void addDestService(Node& node, const QString& cluster, const QString& ns, const QString& service)
{
    if (!isOK(service))
        return;
    const ServiceRef ref { cluster, ns, service };
    if (!node.destServices.contains(ref))
        node.destServices.append(ref);
}

// Kiali's addEdgeTraffic: false when this series was already applied to the edge (reported by both proxies).
// Source and dest are the same node for a self edge.
bool addEdgeTraffic(TrafficMap& map, size_t seriesKey, double value, const QString& protocol, const QString& code,
    const QString& flags, const QString& host, TrafficNode& source, TrafficNode& dest)
{
    TrafficEdge& edge = map.edge(source, dest.node.id, protocol);
    if (edge.seriesKeys.contains(seriesKey))
        return false;
    edge.seriesKeys.insert(seriesKey);
    addToRates(protocol, value, code, flags, host, source, dest, edge);
    return true;
}

// Node ids by the identity of an endpoint's strings. The fast parser shares equal label values, so most samples
// name endpoints seen before and need no id built (several string allocations) for them. Only for the time one
// result is read: every endpoint string is one of its label values or a constant, so equal data pointers and
// sizes mean equal text, and no string is freed and its memory reused for another text meanwhile.
class NodeIdCache
{
public:
    explicit NodeIdCache(GraphType type)
        : m_type(type)
    { }

    NodeId idOf(const Endpoint& e)
    {
        const Key key { { e.cluster.constData(), e.serviceNamespace.constData(), e.service.constData(),
                            e.workloadNamespace.constData(), e.workload.constData(), e.app.constData(),
                            e.version.constData() },
            { e.cluster.size(), e.serviceNamespace.size(), e.service.size(), e.workloadNamespace.size(),
                e.workload.size(), e.app.size(), e.version.size() } };
        auto it = m_ids.constFind(key);
        if (it == m_ids.cend())
            it = m_ids.insert(key, nodeId(e, m_type));
        return *it;
    }

private:
    struct Key
    {
        std::array<const QChar*, 7> data;
        std::array<qsizetype, 7> size;
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed) { return qHashBits(&key, sizeof key, seed); }
    };
    static_assert(sizeof(Key) == 14 * sizeof(void*), "no padding: the key is hashed as bytes");

    GraphType m_type;
    QHash<Key, NodeId> m_ids;
};

// Ambient waypoints as "cluster/namespace/workload" (Kiali's waypoint map, from Kubernetes).
using Waypoints = QSet<QString>;

// Returns how many samples had a value no rate can have (NaN, ±Inf, negative): they are left out.
int populate(TrafficMap& map, const QString& metric, const PromResult& result, const GraphOptions& options,
    const Waypoints& waypoints)
{
    bool isRequests = false;
    QString protocol = protocolOfMetric(metric, &isRequests);
    SampleLabels::Index labelIndex;
    NodeIdCache ids(options.type);
    int invalid = 0;
    for (const PromSample& sample : result.vector) {
        const double value = sample.value;
        if (!std::isfinite(value) || value < 0) {
            ++invalid;
            continue;
        }
        if (!(value > 0) && !options.includeIdleEdges)
            continue;
        const SampleLabels m(sample.metric, &labelIndex);
        SampleEndpoints ends;
        if (!readEndpoints(m, options, &ends))
            continue;
        QString flags;
        if (isRequests || protocol == QLatin1String("tcp")) {
            if (!m.has(SampleLabels::ResponseFlags))
                continue;
            flags = m.value(SampleLabels::ResponseFlags);
        }
        QString code;
        QString sampleProtocol = protocol;
        if (isRequests) {
            if (!m.has(SampleLabels::RequestProtocol) || !m.has(SampleLabels::ResponseCode))
                continue;
            sampleProtocol = m.value(SampleLabels::RequestProtocol);
            if ((sampleProtocol == QLatin1String("grpc") && options.rateGrpc != RateGrpc::Requests)
                || (sampleProtocol == QLatin1String("http") && options.rateHttp != RateHttp::Requests)) {
                continue;
            }
            code = responseCode(sampleProtocol, m.value(SampleLabels::ResponseCode),
                m.has(SampleLabels::GrpcResponseStatus), m.value(SampleLabels::GrpcResponseStatus));
        }
        Endpoint& src = ends.source;
        Endpoint& dst = ends.dest;
        // ztunnel-reported TCP can have a waypoint at either end; waypoints are workloads, never apps.
        bool sourceIsWaypoint = false, destIsWaypoint = false;
        if (protocol == QLatin1String("tcp") && m.value(SampleLabels::App) == QLatin1String("ztunnel")) {
            sourceIsWaypoint = waypoints.contains(
                src.cluster + QLatin1Char('/') + src.workloadNamespace + QLatin1Char('/') + src.workload);
            destIsWaypoint = waypoints.contains(
                dst.cluster + QLatin1Char('/') + dst.workloadNamespace + QLatin1Char('/') + dst.workload);
        }
        if (sourceIsWaypoint)
            src.app.clear();
        if (destIsWaypoint)
            dst.app.clear();
        bool inject = false;
        if (options.wantsServiceNodes() && isOK(dst.service) && dst.service != QLatin1String("PassthroughCluster")
            && !sourceIsWaypoint && !destIsWaypoint) {
            const NodeId destId = ids.idOf(dst);
            if (!destId.ok)
                continue;
            inject = destId.type != NodeType::Service;
        }
        const NodeId sourceId = ids.idOf(src);
        TrafficNode* source = map.add(src, options.type, sourceId);
        if (!source)
            continue;
        source->node.isWaypoint = source->node.isWaypoint || sourceIsWaypoint;
        const qsizetype known = map.nodes.size();
        const NodeId destId = ids.idOf(dst);
        TrafficNode* dest = map.add(dst, options.type, destId);
        if (!dest)
            continue;
        dest->node.isWaypoint = dest->node.isWaypoint || destIsWaypoint;
        // Kiali's edgeTSHash: metric, both endpoints' labels, code, flags, host.
        const size_t seriesKey = seriesHash(metric, src, dst, code, flags, ends.host);
        if (inject) {
            const Endpoint serviceEnd { dst.cluster, dst.serviceNamespace, dst.service, {}, {}, {}, {} };
            TrafficNode* service = map.add(serviceEnd, options.type, ids.idOf(serviceEnd));
            if (!service)
                continue;
            service->node.isInjected = true;
            // Inserting a node may move the others: look them up again.
            source = map.find(sourceId.id);
            dest = map.find(destId.id);
            if (addEdgeTraffic(map, seriesKey, value, sampleProtocol, code, flags, ends.host, *source, *service)) {
                addDestService(service->node, dst.cluster, dst.serviceNamespace, dst.service);
                addEdgeTraffic(map, seriesKey, value, sampleProtocol, code, flags, ends.host, *service, *dest);
                addDestService(dest->node, dst.cluster, dst.serviceNamespace, dst.service);
            }
            continue;
        }
        if (map.nodes.size() != known) // inserting the dest may have moved the source
            source = map.find(sourceId.id);
        if (addEdgeTraffic(map, seriesKey, value, sampleProtocol, code, flags, ends.host, *source, *dest))
            addDestService(dest->node, dst.cluster, dst.serviceNamespace, dst.service);
    }
    return invalid;
}

// Kiali's outsider finalizer.
void markOutsiders(TrafficMap& map, const QStringList& requested, const QStringList& accessible)
{
    for (TrafficNode& t : map.nodes) {
        Node& n = t.node;
        const bool outside = !requested.contains(n.namespace_);
        const bool inaccessible = !accessible.contains(n.namespace_);
        switch (n.type) {
        case NodeType::Unknown:
            n.isInaccessible = true;
            break;
        case NodeType::Service:
            if (n.namespace_ == QLatin1String("unknown") || n.isEgressCluster) {
                n.isInaccessible = true;
                break;
            }
            [[fallthrough]];
        default:
            if (outside) {
                n.isOutside = true;
                n.isInaccessible = inaccessible;
            }
            break;
        }
    }
}

// Kiali's ambient appender (waypoints shown): edges from a waypoint are "from" edges; a "from" edge back to a node
// that sends to the waypoint is folded into that node's "to" edge (one bi-directional edge in the view).
void handleWaypoints(TrafficMap& map)
{
    QSet<QString> waypointIds;
    for (TrafficNode& t : map.nodes) {
        if (!t.node.isWaypoint)
            continue;
        waypointIds.insert(t.node.id);
        t.node.hasMissingSidecar = false;
        for (TrafficEdge& e : t.edges)
            e.waypointDirection = QStringLiteral("from");
    }
    if (waypointIds.isEmpty())
        return;
    for (const QString& id : std::as_const(map.order)) {
        TrafficNode& n = map.nodes[id];
        for (TrafficEdge& toEdge : n.edges) {
            if (!waypointIds.contains(toEdge.dest) || toEdge.dest == id)
                continue;
            toEdge.waypointDirection = QStringLiteral("to");
            map.nodes[toEdge.dest].edges.removeIf([&](const TrafficEdge& fromEdge) { return fromEdge.dest == id; });
        }
    }
}

// Kiali's traffic generator finalizer: a node with outgoing edges and no incoming edge is a root.
void markRoots(TrafficMap& map)
{
    QSet<QString> destinations;
    for (const TrafficNode& t : std::as_const(map.nodes)) {
        for (const TrafficEdge& e : t.edges)
            destinations.insert(e.dest);
    }
    for (TrafficNode& t : map.nodes)
        t.node.isRoot = !t.edges.isEmpty() && !destinations.contains(t.node.id);
}

// Kiali's ReduceToServiceGraph: service nodes (plus non-service roots with edges to services) only; a service's
// edges to workloads are replaced by those workloads' edges to services.
void reduceToServiceGraph(TrafficMap& map)
{
    TrafficMap reduced;
    for (const QString& id : std::as_const(map.order)) {
        TrafficNode n = map.nodes.value(id);
        if (n.node.type != NodeType::Service) {
            if (!n.node.isRoot)
                continue;
            QList<TrafficEdge> serviceEdges;
            for (const TrafficEdge& e : std::as_const(n.edges)) {
                const TrafficNode* dest = map.find(e.dest);
                if (dest && dest->node.type == NodeType::Service)
                    serviceEdges.append(e);
            }
            if (serviceEdges.isEmpty())
                continue;
            resetOutgoing(n.node);
            for (const TrafficEdge& e : std::as_const(serviceEdges))
                addOutgoing(n.node, e);
            n.edges = serviceEdges;
            reduced.order.append(id);
            reduced.nodes.insert(id, n);
            continue;
        }
        resetOutgoing(n.node);
        const QList<TrafficEdge> workloadEdges = n.edges;
        n.edges.clear();
        for (const TrafficEdge& toWorkload : workloadEdges) {
            const TrafficNode* workload = map.find(toWorkload.dest);
            if (!workload)
                continue;
            for (const TrafficEdge& toService : workload->edges) {
                const TrafficNode* dest = map.find(toService.dest);
                if (!dest || dest->node.type != NodeType::Service)
                    continue;
                TrafficEdge* existing = nullptr;
                for (TrafficEdge& e : n.edges) {
                    if (e.dest == toService.dest && e.protocol == toService.protocol)
                        existing = &e;
                }
                addOutgoing(n.node, toService);
                if (existing)
                    aggregateEdge(toService, *existing);
                else
                    n.edges.append(toService);
            }
        }
        reduced.order.append(id);
        reduced.nodes.insert(id, n);
    }
    map = reduced;
}

// Kiali's boxByApp: a box for every app with more than one node.
void boxByApp(Graph& graph)
{
    QMap<QString, QList<qsizetype>> boxes;
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const Node& n = graph.nodes[i];
        if (!n.app.isEmpty() && n.app != QLatin1String("unknown"))
            boxes[QStringLiteral("box_%1_%2_%3").arg(n.cluster, n.namespace_, n.app)].append(i);
    }
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        if (it->size() < 2)
            continue;
        const Node& first = graph.nodes[it->first()];
        Node box;
        box.id = it.key();
        box.type = NodeType::Box;
        box.boxKind = QStringLiteral("app");
        box.cluster = first.cluster;
        box.namespace_ = first.namespace_;
        box.app = first.app;
        for (qsizetype index : *it) {
            Node& member = graph.nodes[index];
            member.parent = box.id;
            box.isOutside = box.isOutside || member.isOutside;
            box.isInaccessible = box.isInaccessible || member.isInaccessible;
        }
        graph.nodes.append(box);
    }
}

// Takes the edge's maps over (the traffic map is thrown away after): rates and responses become the edge's
// without a copy, the responses turned from rates into percent where they are.
Edge finishEdge(TrafficEdge& t, const QString& sourceId, const Node& source, ResponseTimeStat stat)
{
    Edge e;
    e.source = sourceId;
    e.dest = std::move(t.dest);
    e.protocol = std::move(t.protocol);
    e.rates = std::move(t.rates);
    e.responseTimeMs = t.responseTime;
    // The view labels edges by statistic: the one the response-time query asked for lands under its key.
    if (t.responseTime >= 0)
        e.responseTimes.insert(responseTimeKey(stat), t.responseTime);
    e.throughput = t.throughput;
    e.mtlsPercent = t.mtlsPercent;
    e.sourcePrincipal = std::move(t.sourcePrincipal);
    e.destPrincipal = std::move(t.destPrincipal);
    e.waypointDirection = std::move(t.waypointDirection);
    const double total = e.rates.value(e.protocol);
    if (total <= 0)
        return e;
    const bool http = e.protocol == QLatin1String("http");
    if (http || e.protocol == QLatin1String("grpc")) {
        static const QString httpErrors[]
            = { QStringLiteral("http4xx"), QStringLiteral("http5xx"), QStringLiteral("httpNoResponse") };
        static const QString grpcErrors[] = { QStringLiteral("grpcErr"), QStringLiteral("grpcNoResponse") };
        static const QString httpPercentErr = QStringLiteral("httpPercentErr"),
                             grpcPercentErr = QStringLiteral("grpcPercentErr"),
                             httpPercentReq = QStringLiteral("httpPercentReq"),
                             grpcPercentReq = QStringLiteral("grpcPercentReq"), httpOut = QStringLiteral("httpOut"),
                             grpcOut = QStringLiteral("grpcOut");
        double errors = 0;
        if (http) {
            for (const QString& key : httpErrors)
                errors += e.rates.value(key);
        } else {
            for (const QString& key : grpcErrors)
                errors += e.rates.value(key);
        }
        if (errors > 0)
            e.rates[http ? httpPercentErr : grpcPercentErr] = errors / total * 100;
        const double out = source.rates.value(http ? httpOut : grpcOut);
        if (out > 0)
            e.rates[http ? httpPercentReq : grpcPercentReq] = total / out * 100;
    }
    e.responses = std::move(t.responses);
    for (Edge::CodeDetail& detail : e.responses) {
        for (double& value : detail.flags)
            value = value / total * 100;
        for (double& value : detail.hosts)
            value = value / total * 100;
    }
    return e;
}

} // namespace

Graph buildGraph(const GraphOptions& options, const QList<QueryResponse>& responses, const MeshInventory* inventory,
    QStringList* warnings)
{
    TrafficMap map;
    Waypoints waypoints;
    if (inventory) {
        for (const InventoryWorkload& w : inventory->workloads) {
            if (w.waypoint)
                waypoints.insert((w.cluster.isEmpty() ? inventory->cluster : w.cluster) + QLatin1Char('/')
                    + w.namespace_ + QLatin1Char('/') + w.name);
        }
    }
    // Every query of a refresh may carry the same warning (a Thanos partial response): say it once.
    const auto warn = [warnings](const QString& text) {
        if (warnings && !warnings->contains(text))
            warnings->append(text);
    };
    int invalid = 0;
    for (const QueryResponse& response : responses) {
        if (!response.result.ok()) {
            warn(response.result.error);
            continue;
        }
        for (const QString& warning : response.result.warnings)
            warn(warning);
        if (response.query.kind == QueryKind::Traffic)
            invalid += populate(map, response.query.metric, response.result, options, waypoints);
    }
    if (invalid > 0)
        warn(QCoreApplication::translate("meshscope::graph::GraphBuilder",
            "Prometheus returned %n traffic sample(s) with a NaN, infinite or negative rate; they were left out.",
            nullptr, invalid));
    flushPendingRates(map);
    applyTelemetryAppenders(map, options, responses);

    QStringList requested = options.node ? QStringList { options.node->namespace_ } : options.namespaces;
    if (inventory)
        applyInventoryAppenders(map, options, *inventory);
    const QStringList accessible = inventory && inventory->knowsNamespaces ? inventory->namespaces : requested;
    markOutsiders(map, requested, accessible);
    if (inventory)
        applyLabeler(map, *inventory);
    handleWaypoints(map);
    markRoots(map);
    if (options.type == GraphType::Service && !options.node)
        reduceToServiceGraph(map);

    Graph graph;
    graph.type = options.type;
    graph.timestamp = options.queryTime;
    graph.durationSeconds = options.durationSeconds;
    graph.nodes.reserve(map.order.size());
    for (const QString& id : std::as_const(map.order)) {
        TrafficNode& t = map.nodes[id];
        for (TrafficEdge& e : t.edges)
            graph.edges.append(finishEdge(e, id, t.node, options.responseTimeStat));
        graph.nodes.append(std::move(t.node)); // the map is thrown away: no copy to build and free
    }
    if (options.boxByApp && (options.type == GraphType::App || options.type == GraphType::VersionedApp))
        boxByApp(graph);
    applyHealth(graph, options.health);
    rankNodes(graph);
    return graph;
}

} // namespace meshscope::graph
