#include "graphappenders_p.h"

#include <QHash>
#include <cmath>

namespace meshscope::graph::detail {

namespace {

struct EdgeKey
{
    QString source, dest, protocol;
    friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
};
size_t qHash(const EdgeKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.source, key.dest, key.protocol);
}

// The service node Kiali puts between source and workload when injecting, or an empty id.
QString injectedServiceId(const Endpoint& dest, const GraphOptions& options)
{
    if (!options.wantsServiceNodes() || !isOK(dest.service))
        return {};
    const NodeId destId = nodeId(dest, options.type);
    if (!destId.ok || destId.type == NodeType::Service)
        return {};
    return nodeId(Endpoint { dest.cluster, dest.serviceNamespace, dest.service, {}, {}, {}, {} }, options.type).id;
}

// Response time (first value wins: destination-reported queries come first) and throughput (summed).
void collectPerEdge(
    const QList<QueryResponse>& responses, QueryKind kind, const GraphOptions& options, QHash<EdgeKey, double>* values)
{
    for (const QueryResponse& response : responses) {
        if (response.query.kind != kind || !response.result.ok())
            continue;
        SampleLabels::Index labelIndex; // per result: its label names stay alive while it is read
        for (const PromSample& sample : response.result.vector) {
            if (std::isnan(sample.value) || std::isinf(sample.value))
                continue;
            const SampleLabels labels(sample.metric, &labelIndex);
            SampleEndpoints ends;
            if (!readEndpoints(labels, options, &ends))
                continue;
            const QString protocol
                = kind == QueryKind::Throughput ? QStringLiteral("http") : labels.value(SampleLabels::RequestProtocol);
            if (kind == QueryKind::ResponseTime && protocol.isEmpty())
                continue;
            const NodeId dest = nodeId(ends.dest, options.type);
            if (!dest.ok)
                continue;
            // With an injected service node the value goes on service → workload only (kiali-2297).
            const QString service = injectedServiceId(ends.dest, options);
            const QString source = service.isEmpty() ? nodeId(ends.source, options.type).id : service;
            if (source.isEmpty())
                continue;
            const EdgeKey key { source, dest.id, protocol };
            if (kind == QueryKind::Throughput)
                (*values)[key] += sample.value;
            else if (!values->contains(key))
                values->insert(key, sample.value);
        }
    }
}

struct Policies
{
    QMap<QString, double> rateByPolicy; // a later sample with the same policy overwrites (Kiali)
    QString sourcePrincipal, destPrincipal;
};

void collectSecurity(const QList<QueryResponse>& responses, const GraphOptions& options, QHash<EdgeKey, Policies>* out)
{
    for (const QueryResponse& response : responses) {
        if (response.query.kind != QueryKind::SecurityPolicy || !response.result.ok())
            continue;
        SampleLabels::Index labelIndex; // per result: its label names stay alive while it is read
        for (const PromSample& sample : response.result.vector) {
            if (!(sample.value > 0))
                continue;
            const SampleLabels labels(sample.metric, &labelIndex);
            SampleEndpoints ends;
            if (!readEndpoints(labels, options, &ends, false))
                continue;
            QString policy = labels.value(SampleLabels::ConnectionSecurityPolicy);
            if (policy.isEmpty())
                policy = QStringLiteral("unknown");
            const NodeId source = nodeId(ends.source, options.type);
            const NodeId dest = nodeId(ends.dest, options.type);
            if (!source.ok || !dest.ok)
                continue;
            QList<EdgeKey> keys;
            const QString service = injectedServiceId(ends.dest, options);
            if (service.isEmpty()) {
                keys.append({ source.id, dest.id, {} });
            } else {
                keys.append({ source.id, service, {} });
                keys.append({ service, dest.id, {} });
            }
            for (const EdgeKey& key : keys) {
                Policies& p = (*out)[key];
                p.rateByPolicy[policy] = sample.value;
                if (p.sourcePrincipal.isEmpty())
                    p.sourcePrincipal = labels.value(SampleLabels::SourcePrincipal);
                if (p.destPrincipal.isEmpty())
                    p.destPrincipal = labels.value(SampleLabels::DestPrincipal);
            }
        }
    }
}

} // namespace

void applyTelemetryAppenders(TrafficMap& map, const GraphOptions& options, const QList<QueryResponse>& responses)
{
    QHash<EdgeKey, double> responseTimes, throughputs;
    QHash<EdgeKey, Policies> security;
    collectPerEdge(responses, QueryKind::ResponseTime, options, &responseTimes);
    collectPerEdge(responses, QueryKind::Throughput, options, &throughputs);
    collectSecurity(responses, options, &security);
    for (TrafficNode& node : map.nodes) {
        for (TrafficEdge& edge : node.edges) {
            const EdgeKey key { node.node.id, edge.dest, edge.protocol };
            if (auto it = responseTimes.constFind(key); it != responseTimes.cend())
                edge.responseTime = *it;
            if (edge.protocol == QLatin1String("http")) {
                if (auto it = throughputs.constFind(key); it != throughputs.cend())
                    edge.throughput = *it;
            }
            if (auto it = security.constFind(EdgeKey { node.node.id, edge.dest, {} }); it != security.cend()) {
                double total = 0;
                for (double rate : it->rateByPolicy)
                    total += rate;
                const double mtls = it->rateByPolicy.value(QStringLiteral("mutual_tls"));
                edge.mtlsPercent = total > 0 ? mtls / total * 100 : 0;
                edge.sourcePrincipal = it->sourcePrincipal;
                edge.destPrincipal = it->destPrincipal;
            }
        }
    }
}

} // namespace meshscope::graph::detail
