#pragma once

#include "graphoptions.h"

#include <QList>
#include <QString>

// The PromQL of a graph refresh: Kiali's exact queries (graph/telemetry/istio/istio.go and the appenders),
// each wrapped in round(…,0.001) like Kiali does.
//
// The number of queries is fixed per refresh and independent of the number of nodes. With batchNamespaces
// (the default) it is also independent of the number of namespaces: every namespace matcher becomes
// namespace=~"a|b". With the defaults (http+grpc requests, tcp sent, response time, throughput, mTLS) a
// refresh sends 12 queries:
//   traffic          3 × istio_requests_total (unserviced requests to the namespaces' services, source-reported;
//                      incoming, destination-reported; outgoing, source-reported)
//                  + 3 × istio_tcp_received_bytes_total (the same three; Istio's L4 naming is reversed)
//                  (+1 source-reported query when ambient namespaces are requested; +3 per extra gRPC-message or
//                   TCP metric when the rate options ask for them)
//   responseTime     2 × histogram_quantile over istio_request_duration_milliseconds_bucket (destination-, then
//                      source-reported), or 2 × sum/count for the average
//   throughput       2 × istio_response_bytes_sum (or request bytes)
//   securityPolicy   2 × OR of the traffic metrics grouped by connection_security_policy and principals
// Without batching (Kiali's own behaviour) the traffic and appender queries repeat per namespace.
namespace meshscope::graph {

enum class QueryKind
{
    Traffic,
    ResponseTime,
    Throughput,
    SecurityPolicy
};

struct GraphQuery
{
    QueryKind kind = QueryKind::Traffic;
    QString metric; // traffic: the Istio metric, which decides the protocol (requests, gRPC messages or tcp)
    QString promql; // exactly what is sent to Prometheus
};

QList<GraphQuery> graphQueries(const GraphOptions& options);

// Kiali's group-by label lists (exposed for tests and the series queries).
QString requestsGroupBy();
QString tcpGroupBy();

} // namespace meshscope::graph
