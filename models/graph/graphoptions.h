#pragma once

#include "graphhealth.h"
#include "graphtypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

// What a traffic graph request asks for: Kiali's graph options (graph/options.go) plus Meshscope's namespace
// batching. GraphQueries turns it into PromQL, GraphBuilder into a Graph.
namespace meshscope::graph {

enum class RateHttp
{
    None,
    Requests
};
enum class RateGrpc
{
    None,
    Requests,
    Sent,
    Received,
    Total
};
enum class RateTcp
{
    None,
    Sent,
    Received,
    Total
};
// Kiali's ambientTraffic: which reporters count (waypoint|source/destination) and whether ztunnel TCP is in.
enum class AmbientTraffic
{
    None,
    Total,
    Waypoint,
    Ztunnel
};
// Kiali's responseTime option: the statistic the response-time appender puts on edges.
enum class ResponseTimeStat
{
    Avg,
    P50,
    P95,
    P99
};
// The key of Edge::responseTimes a statistic lands under: "avg", "0.5", "0.95", "0.99".
QString responseTimeKey(ResponseTimeStat stat);

// The node of a node (detail) graph: its neighbourhood instead of whole namespaces.
struct NodeFocus
{
    NodeType type = NodeType::Workload; // Workload, App (version optional) or Service
    QString cluster; // empty: any cluster
    QString namespace_;
    QString name; // workload, app or service name
    QString version; // app nodes only; empty = all versions
};

struct GraphOptions
{
    GraphType type = GraphType::VersionedApp;
    QStringList namespaces;
    int durationSeconds = 600; // the rate window, Kiali's `duration`
    qint64 queryTime = 0; // unix seconds; 0 = now
    RateHttp rateHttp = RateHttp::Requests;
    RateGrpc rateGrpc = RateGrpc::Requests;
    RateTcp rateTcp = RateTcp::Sent;
    AmbientTraffic ambient = AmbientTraffic::Total;
    bool injectServiceNodes = false; // forced on for the service graph
    bool includeIdleEdges = false; // drops Kiali's "> 0" from the traffic queries
    // true (Meshscope's default): one query per kind for all namespaces (namespace=~"a|b"), so the number of
    // queries per refresh does not grow with the namespaces. false: Kiali's per-namespace queries, verbatim.
    bool batchNamespaces = true;
    // Namespaces labelled istio.io/dataplane-mode=ambient get Kiali's extra source-reported ingress query.
    QStringList ambientNamespaces;
    // Kiali's external_services.prometheus.query_scope: label matchers added to every selector.
    QList<std::pair<QString, QString>> queryScope;
    QString istioNamespace = QStringLiteral("istio-system");
    std::optional<NodeFocus> node; // set: a node graph

    // Appenders that need Prometheus (each adds a fixed number of queries, see graphqueries.h).
    bool responseTime = true;
    ResponseTimeStat responseTimeStat = ResponseTimeStat::P95;
    bool throughput = true;
    bool throughputRequest = false; // Kiali's throughputType: false = response bytes, true = request bytes
    bool securityPolicy = true;
    bool boxByApp = true; // app boxes (Kiali always boxes app and versionedApp graphs)
    HealthConfig health; // rate tolerances for node/edge health

    bool wantsServiceNodes() const { return injectServiceNodes || type == GraphType::Service; }
    bool requestTraffic() const { return rateHttp == RateHttp::Requests || rateGrpc == RateGrpc::Requests; }
};

// Kiali's duration strings ("30s", "5m", "1h", "1d") ↔ seconds. Returns -1 on a malformed value.
int parseDuration(const QString& text);

} // namespace meshscope::graph
