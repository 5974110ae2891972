#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The traffic graph as Kiali models it (graph/types.go), independent of how it is drawn.
// Built by models/graph (from Prometheus + Kubernetes), drawn by views/graph, printed by `meshscope graph`.
namespace meshscope::graph {

enum class GraphType
{
    App,
    VersionedApp,
    Workload,
    Service
};
enum class NodeType
{
    App,
    Service,
    Workload,
    Unknown,
    Aggregate,
    Box
};
enum class Health
{
    None,
    Healthy,
    Degraded,
    Failure
}; // None: no traffic to judge

QString toString(GraphType type); // Kiali's spelling: app, versionedApp, workload, service
bool graphTypeFromString(const QString& text, GraphType* type);
QString toString(NodeType type); // app, service, workload, unknown, aggregate, box
QString toString(Health health); // "", Healthy, Degraded, Failure

struct ServiceRef
{
    QString cluster;
    QString namespace_;
    QString name;
    friend bool operator==(const ServiceRef&, const ServiceRef&) = default;
};

struct Node
{
    // Kiali's internal id, e.g. "wl_east_bookinfo_reviews-v1", "svc_east_bookinfo_reviews", "unknown_source".
    // Stable across refreshes, so the view keys positions by it.
    QString id;
    NodeType type = NodeType::Unknown;
    QString cluster;
    QString namespace_;
    QString workload;
    QString app;
    QString version;
    QString service;
    QList<ServiceRef> destServices;

    // Kiali's node rate keys with their values: httpIn, httpIn3xx, httpIn4xx, httpIn5xx, httpInNoResponse,
    // httpOut, grpcIn, grpcInErr, grpcOut, tcpIn, tcpOut (requests/s or bytes/s).
    QMap<QString, double> rates;

    bool isRoot = false; // traffic enters here (ingress gateway, unknown source)
    bool isOutside = false; // namespace not requested
    bool isInaccessible = false;
    bool isIdle = false; // no traffic in the window (idle-node appender)
    bool isDead = false;
    bool isGateway = false; // ingress/egress gateway
    QString isServiceEntry; // "", "MESH_EXTERNAL" or "MESH_INTERNAL"
    QStringList serviceEntryHosts; // isServiceEntry: the ServiceEntry's hosts
    // Badges from Kubernetes (Kiali's istio appender).
    bool hasVirtualService = false;
    bool hasCircuitBreaker = false;
    bool hasFaultInjection = false;
    bool hasTrafficShifting = false;
    bool hasRequestRouting = false;
    bool hasMissingSidecar = false;
    Health health = Health::None;
    // Added by graph-model (Kiali fields the golden files and the export need):
    QString parent; // id of the box (compound) node this node sits in, e.g. "box_east_bookinfo_reviews"
    QString boxKind; // box nodes only: "app" (Kiali's isBox)
    bool isInjected = false; // service node injected between a source and the workload that served it
    bool isWaypoint = false; // ambient waypoint proxy
    bool isEgressCluster = false; // PassthroughCluster / BlackHoleCluster service node
    bool hasRequestTimeout = false;
    bool hasTcpTrafficShifting = false;
    bool hasMirroring = false;
    QStringList virtualServices; // names of the VirtualServices behind hasVirtualService
    QMap<QString, int> trafficWeights; // hasTrafficShifting: subset/host → weight from the VirtualService
    QMap<QString, QString>
        labels; // Kubernetes labels but app and version (Kiali's labeler), for `label:x` in find/hide
    int rank = 0; // Kiali's rank by inbound edges: 1 (most) … at most 100; 0 = not ranked

    double rate(const QString& key) const { return rates.value(key); }
    QString displayName() const; // what the graph labels the node with (workload, app[:version] or service)
};

struct Edge
{
    QString source; // Node::id
    QString dest; // Node::id
    QString protocol; // "http", "grpc" or "tcp"

    // Kiali's edge rate keys: http, http3xx, http4xx, http5xx, httpNoResponse, httpPercentErr, httpPercentReq,
    // grpc, grpcErr, grpcPercentErr, grpcPercentReq, tcp (requests/s, bytes/s or percent).
    QMap<QString, double> rates;
    // Per response code: response-flags → percent of this edge's requests, and hosts → percent (Kiali's
    // "responses": {"200": {"flags": {"-": 100.0}, "hosts": {"details:9080": 100.0}}}).
    struct CodeDetail
    {
        QMap<QString, double> flags;
        QMap<QString, double> hosts;
    };
    QMap<QString, CodeDetail> responses;

    double responseTimeMs = -1; // per the response-time appender's quantile (or average); -1 when unknown
    // The same value under the key of the statistic that was queried (responseTimeKey: "avg", "0.5", "0.95",
    // "0.99"), so a label asking for another statistic stays blank instead of showing the wrong one.
    QMap<QString, double> responseTimes;
    double throughput = -1; // bytes/s (http), -1 when unknown
    double mtlsPercent = -1; // percent of traffic with connection_security_policy="mutual_tls"; -1 unknown
    Health health = Health::None;
    QString sourcePrincipal; // first seen by the security-policy appender (added by graph-model)
    QString destPrincipal;
    QString waypointDirection; // "to" / "from" for edges to / from an ambient waypoint (the "from" half is folded)

    QString id() const { return source + QLatin1Char('.') + dest + QLatin1Char('.') + protocol; }
    double rate(const QString& key) const { return rates.value(key); }
    double requestRate() const; // http/grpc requests per second, or tcp bytes per second
    double errorPercent() const; // httpPercentErr / grpcPercentErr, 0 for tcp
    double requestPercent() const; // httpPercentReq / grpcPercentReq
};

struct Graph
{
    GraphType type = GraphType::VersionedApp;
    qint64 timestamp = 0; // query time, seconds since the epoch
    int durationSeconds = 600;
    QList<Node> nodes;
    QList<Edge> edges;

    const Node* node(const QString& id) const; // nullptr when there is none
    const Edge* edge(const QString& id) const; // by Edge::id()
};

} // namespace meshscope::graph
