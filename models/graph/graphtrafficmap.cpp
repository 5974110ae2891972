#include "graphtrafficmap_p.h"

#include <QRegularExpression>
#include <algorithm>

namespace meshscope::graph::detail {

namespace {
const QString kUnknown = QStringLiteral("unknown");
}

bool isOK(const QString& value)
{
    return !value.isEmpty() && value != kUnknown;
}

bool isOKVersion(const QString& value)
{
    return isOK(value) && value != QLatin1String("latest");
}

NodeId nodeId(const Endpoint& e, GraphType type)
{
    const QString ns = isOK(e.workloadNamespace) ? e.workloadNamespace : e.serviceNamespace;
    const QString prefix = e.cluster + QLatin1Char('_') + ns + QLatin1Char('_');
    // The special "unknown" source node, then one "unknown" service per namespace for bad destinations.
    if (ns == kUnknown && e.workload == kUnknown && e.app == kUnknown && e.service.isEmpty())
        return { e.cluster + QStringLiteral("_unknown_source"), NodeType::Unknown, true };
    if (e.workload == kUnknown && e.app == kUnknown && e.service == kUnknown)
        return { QStringLiteral("svc_") + prefix + kUnknown, NodeType::Service, true };
    const bool workloadOk = isOK(e.workload);
    const bool appOk = isOK(e.app);
    const bool serviceOk = isOK(e.service);
    if (!workloadOk && !appOk && !serviceOk)
        return {};
    // Service graphs are built as workload graphs first.
    if (type == GraphType::Workload || type == GraphType::Service) {
        if (!workloadOk) {
            return { QStringLiteral("svc_") + prefix + (serviceOk ? e.service : kUnknown), NodeType::Service, true };
        }
        return { QStringLiteral("wl_") + prefix + e.workload, NodeType::Workload, true };
    }
    if (appOk) {
        if (type == GraphType::VersionedApp) {
            if (workloadOk)
                return { QStringLiteral("vapp_") + prefix + e.workload, NodeType::App, true };
            if (isOKVersion(e.version))
                return { QStringLiteral("vapp_") + prefix + e.app + QLatin1Char('_') + e.version, NodeType::App, true };
        }
        return { QStringLiteral("app_") + prefix + e.app, NodeType::App, true };
    }
    if (workloadOk)
        return { QStringLiteral("wl_") + prefix + e.workload, NodeType::Workload, true };
    return { QStringLiteral("svc_") + prefix + e.service, NodeType::Service, true };
}

TrafficNode* TrafficMap::find(const QString& id)
{
    auto it = nodes.find(id);
    return it == nodes.end() ? nullptr : &it.value();
}

TrafficNode* TrafficMap::add(const Endpoint& e, GraphType type)
{
    return add(e, type, nodeId(e, type));
}

TrafficNode* TrafficMap::add(const Endpoint& e, GraphType type, const NodeId& id)
{
    if (!id.ok)
        return nullptr;
    if (TrafficNode* existing = find(id.id))
        return existing;
    // Kiali's NewNodeExplicit: fields trimmed by node type.
    Node node;
    node.id = id.id;
    node.type = id.type;
    node.cluster = e.cluster;
    node.namespace_ = isOK(e.workloadNamespace) ? e.workloadNamespace : e.serviceNamespace;
    node.workload = e.workload;
    node.app = e.app;
    node.version = e.version;
    node.service = e.service;
    switch (id.type) {
    case NodeType::App:
        if (type != GraphType::VersionedApp) {
            node.workload.clear();
            node.version.clear();
        }
        node.service.clear();
        break;
    case NodeType::Service:
        node.app.clear();
        node.workload.clear();
        node.version.clear();
        node.isEgressCluster
            = node.service == QLatin1String("PassthroughCluster") || node.service == QLatin1String("BlackHoleCluster");
        break;
    case NodeType::Workload:
        if (node.app == kUnknown)
            node.app.clear();
        if (node.version == kUnknown)
            node.version.clear();
        node.service.clear();
        break;
    default:
        break;
    }
    order.append(id.id);
    return &nodes.insert(id.id, TrafficNode { std::move(node), {}, {} }).value();
}

TrafficEdge& TrafficMap::edge(TrafficNode& source, const QString& dest, const QString& protocol)
{
    for (TrafficEdge& existing : source.edges) {
        if (existing.dest == dest && existing.protocol == protocol)
            return existing;
    }
    TrafficEdge created;
    created.dest = dest;
    created.protocol = protocol;
    source.edges.append(created);
    return source.edges.last();
}

void TrafficMap::remove(const QString& id)
{
    nodes.remove(id);
    order.removeAll(id);
}

void addValue(QMap<QString, double>& rates, const QString& key, double value)
{
    if (value <= 0)
        return;
    rates[key] += value;
}

namespace {

void addResponse(TrafficEdge& edge, QString code, const QString& flags, const QString& host, double value)
{
    if (code.isEmpty())
        code = QStringLiteral("-");
    Edge::CodeDetail& detail = edge.responses[code];
    if (!flags.isEmpty())
        detail.flags[flags] += value;
    if (!host.isEmpty())
        detail.hosts[host] += value;
}

bool isHttpError(const QString& code)
{
    return code.startsWith(QLatin1Char('4')) || code.startsWith(QLatin1Char('5'));
}

} // namespace

void addToRates(const QString& protocol, double value, const QString& code, const QString& flags, const QString& host,
    TrafficNode& source, TrafficNode& dest, TrafficEdge& edge)
{
    if (value <= 0)
        return;
    using R = RateSlot;
    if (protocol == QLatin1String("grpc")) {
        source.pending.add(R::GrpcOut, value);
        dest.pending.add(R::GrpcIn, value);
        edge.pending.add(R::Grpc, value);
        addResponse(edge, code, flags, host, value);
        if (code == QLatin1String("-")) {
            dest.pending.add(R::GrpcInNoResponse, value);
            edge.pending.add(R::GrpcNoResponse, value);
        } else {
            // Older Istio telemetry may use HTTP codes for gRPC.
            const bool error = code.size() == 3 ? isHttpError(code) : (code != QLatin1String("0") && !code.isEmpty());
            if (error) {
                dest.pending.add(R::GrpcInErr, value);
                edge.pending.add(R::GrpcErr, value);
            }
        }
    } else if (protocol == QLatin1String("http")) {
        source.pending.add(R::HttpOut, value);
        dest.pending.add(R::HttpIn, value);
        edge.pending.add(R::Http, value);
        addResponse(edge, code, flags, host, value);
        // 2xx is not stored: total − noResponse − 3xx − 4xx − 5xx.
        if (code == QLatin1String("-")) {
            dest.pending.add(R::HttpInNoResponse, value);
            edge.pending.add(R::HttpNoResponse, value);
        } else if (code.startsWith(QLatin1Char('3'))) {
            dest.pending.add(R::HttpIn3xx, value);
            edge.pending.add(R::Http3xx, value);
        } else if (code.startsWith(QLatin1Char('4'))) {
            dest.pending.add(R::HttpIn4xx, value);
            edge.pending.add(R::Http4xx, value);
        } else if (code.startsWith(QLatin1Char('5'))) {
            dest.pending.add(R::HttpIn5xx, value);
            edge.pending.add(R::Http5xx, value);
        }
    } else if (protocol == QLatin1String("tcp")) {
        source.pending.add(R::TcpOut, value);
        dest.pending.add(R::TcpIn, value);
        edge.pending.add(R::Tcp, value);
        addResponse(edge, QStringLiteral("-"), flags, host, value);
    }
}

namespace {

void flush(PendingRates& pending, QMap<QString, double>& rates)
{
    // Kiali's names for the slots, in RateSlot order.
    static const QString names[int(RateSlot::Count)] = { QStringLiteral("grpcOut"), QStringLiteral("grpcIn"),
        QStringLiteral("grpc"), QStringLiteral("grpcInNoResponse"), QStringLiteral("grpcNoResponse"),
        QStringLiteral("grpcInErr"), QStringLiteral("grpcErr"), QStringLiteral("httpOut"), QStringLiteral("httpIn"),
        QStringLiteral("http"), QStringLiteral("httpInNoResponse"), QStringLiteral("httpNoResponse"),
        QStringLiteral("httpIn3xx"), QStringLiteral("http3xx"), QStringLiteral("httpIn4xx"), QStringLiteral("http4xx"),
        QStringLiteral("httpIn5xx"), QStringLiteral("http5xx"), QStringLiteral("tcpOut"), QStringLiteral("tcpIn"),
        QStringLiteral("tcp") };
    for (int slot = 0; slot < int(RateSlot::Count); ++slot) {
        addValue(rates, names[slot], pending.sum[slot]);
        pending.sum[slot] = 0;
    }
}

} // namespace

void flushPendingRates(TrafficMap& map)
{
    for (TrafficNode& t : map.nodes) {
        flush(t.pending, t.node.rates);
        for (TrafficEdge& e : t.edges)
            flush(e.pending, e.rates);
    }
}

void addOutgoing(Node& source, const TrafficEdge& edge)
{
    for (const char* protocol : { "grpc", "http", "tcp" }) {
        const QString key = QLatin1String(protocol);
        if (edge.rates.contains(key))
            addValue(source.rates, key + QStringLiteral("Out"), edge.rates.value(key));
    }
}

void resetOutgoing(Node& source)
{
    source.rates.remove(QStringLiteral("grpcOut"));
    source.rates.remove(QStringLiteral("httpOut"));
    source.rates.remove(QStringLiteral("tcpOut"));
}

void aggregateEdge(const TrafficEdge& from, TrafficEdge& into)
{
    // Kiali's AggregateEdgeTraffic, plus the no-response rates it forgets (so error % survives the service graph).
    for (auto it = from.rates.cbegin(); it != from.rates.cend(); ++it) {
        if (!it.key().contains(QLatin1String("Percent")))
            addValue(into.rates, it.key(), it.value());
    }
    for (auto code = from.responses.cbegin(); code != from.responses.cend(); ++code) {
        Edge::CodeDetail& detail = into.responses[code.key()];
        for (auto f = code->flags.cbegin(); f != code->flags.cend(); ++f)
            detail.flags[f.key()] += f.value();
        for (auto h = code->hosts.cbegin(); h != code->hosts.cend(); ++h)
            detail.hosts[h.key()] += h.value();
    }
}

} // namespace meshscope::graph::detail

namespace meshscope::graph::detail {

namespace {

// The label names in the map's order (QString's <), each with its slot.
const QList<std::pair<QString, SampleLabels::Label>>& sortedLabelNames()
{
    static const QList<std::pair<QString, SampleLabels::Label>> names = [] {
        using L = SampleLabels;
        QList<std::pair<QString, SampleLabels::Label>> list { { QStringLiteral("app"), L::App },
            { QStringLiteral("connection_security_policy"), L::ConnectionSecurityPolicy },
            { QStringLiteral("destination_canonical_revision"), L::DestCanonicalRevision },
            { QStringLiteral("destination_canonical_service"), L::DestCanonicalService },
            { QStringLiteral("destination_cluster"), L::DestCluster },
            { QStringLiteral("destination_principal"), L::DestPrincipal },
            { QStringLiteral("destination_service"), L::DestService },
            { QStringLiteral("destination_service_name"), L::DestServiceName },
            { QStringLiteral("destination_service_namespace"), L::DestServiceNamespace },
            { QStringLiteral("destination_workload"), L::DestWorkload },
            { QStringLiteral("destination_workload_namespace"), L::DestWorkloadNamespace },
            { QStringLiteral("grpc_response_status"), L::GrpcResponseStatus },
            { QStringLiteral("request_protocol"), L::RequestProtocol },
            { QStringLiteral("response_code"), L::ResponseCode },
            { QStringLiteral("response_flags"), L::ResponseFlags },
            { QStringLiteral("source_canonical_revision"), L::SourceCanonicalRevision },
            { QStringLiteral("source_canonical_service"), L::SourceCanonicalService },
            { QStringLiteral("source_cluster"), L::SourceCluster },
            { QStringLiteral("source_principal"), L::SourcePrincipal },
            { QStringLiteral("source_workload"), L::SourceWorkload },
            { QStringLiteral("source_workload_namespace"), L::SourceWorkloadNamespace } };
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        return list;
    }();
    return names;
}

} // namespace

SampleLabels::SampleLabels(const PromLabels& labels, Index* index)
{
    if (!index || !readLikeLast(labels, *index))
        readByName(labels, index);
}

const QString& SampleLabels::value(Label label) const
{
    static const QString absent;
    return m_values[label] ? *m_values[label] : absent;
}

// Same names (by pointer) in the same order as the previous sample: no string comparisons at all.
bool SampleLabels::readLikeLast(const PromLabels& labels, const Index& index)
{
    if (labels.size() != index.m_last.size())
        return false;
    qsizetype i = 0;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it, ++i) {
        const Index::Slot& slot = index.m_last[i];
        if (it.key().constData() != slot.name) {
            std::fill(std::begin(m_values), std::end(m_values), nullptr);
            return false;
        }
        if (slot.label >= 0)
            m_values[slot.label] = &it.value();
    }
    return true;
}

void SampleLabels::readByName(const PromLabels& labels, Index* index)
{
    if (index)
        index->m_last.clear();
    // Both sequences are sorted: walk them side by side.
    const auto& names = sortedLabelNames();
    qsizetype k = 0;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        int order = 1;
        while (k < names.size() && (order = it.key().compare(names[k].first)) > 0)
            ++k;
        const int label = order == 0 ? int(names[k].second) : -1;
        if (label >= 0)
            m_values[label] = &it.value();
        if (index)
            index->m_last.append({ it.key().constData(), label });
    }
}

bool readEndpoints(const SampleLabels& m, const GraphOptions& options, SampleEndpoints* out, bool requireDestService)
{
    using L = SampleLabels;
    const auto has = [&m](L::Label label) { return m.has(label); };
    // Every label but destination_service must be there; that one only when asked for.
    for (L::Label label : { L::SourceWorkloadNamespace, L::SourceWorkload, L::SourceCanonicalService,
             L::SourceCanonicalRevision, L::DestServiceNamespace, L::DestServiceName, L::DestWorkloadNamespace,
             L::DestWorkload, L::DestCanonicalService, L::DestCanonicalRevision }) {
        if (!has(label))
            return false;
    }
    if (requireDestService && !has(L::DestService))
        return false;
    const bool sourceClusterOk = has(L::SourceCluster);
    const bool destClusterOk = has(L::DestCluster);
    Endpoint source;
    source.cluster = sourceClusterOk ? m.value(L::SourceCluster) : kUnknown;
    source.workloadNamespace = m.value(L::SourceWorkloadNamespace);
    source.serviceNamespace = source.workloadNamespace;
    source.workload = m.value(L::SourceWorkload);
    source.app = m.value(L::SourceCanonicalService);
    source.version = m.value(L::SourceCanonicalRevision);
    // Bad source telemetry: a namespace but neither workload nor app; or a namespace with an unknown cluster.
    if (isOK(source.workloadNamespace) && !isOK(source.workload) && !isOK(source.app))
        return false;
    if (isOK(source.workloadNamespace) && sourceClusterOk && !isOK(source.cluster))
        return false;

    Endpoint dest;
    dest.cluster = destClusterOk ? m.value(L::DestCluster) : kUnknown;
    dest.serviceNamespace = m.value(L::DestServiceNamespace);
    dest.service = m.value(L::DestServiceName);
    dest.workloadNamespace = m.value(L::DestWorkloadNamespace);
    dest.workload = m.value(L::DestWorkload);
    dest.app = m.value(L::DestCanonicalService);
    dest.version = m.value(L::DestCanonicalRevision);
    const QString& destService = m.value(L::DestService);

    // HandleDestination: requests through the egress gateway (kiali#2999), then istio#29373.
    // The egress gateway's host, computed once per istio namespace (this runs for every sample).
    thread_local QString egressNamespace, egressHost;
    if (egressHost.isEmpty() || egressNamespace != options.istioNamespace) {
        egressNamespace = options.istioNamespace;
        egressHost = QStringLiteral("istio-egressgateway.%1.svc.cluster.local").arg(egressNamespace);
    }
    if (destService == egressHost && destService == dest.service) {
        const QString egress = QStringLiteral("istio-egressgateway");
        dest = Endpoint { source.cluster, options.istioNamespace, egress, options.istioNamespace, egress, egress,
            QStringLiteral("latest") };
    } else if (!isOK(dest.cluster) && isOK(source.cluster) && isOK(dest.serviceNamespace)) {
        dest.cluster = source.cluster;
    }
    // Bad destination telemetry: an IP address as service with no workload; or a namespace with unknown cluster.
    static const QRegularExpression ipAddress(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+(:\\d+)?$"));
    if (!isOK(dest.workload) && isOK(destService) && isOK(dest.service) && destService == dest.service
        && ipAddress.match(dest.service).hasMatch()) {
        return false;
    }
    if (isOK(dest.serviceNamespace) && destClusterOk && !isOK(dest.cluster))
        return false;
    out->source = std::move(source);
    out->dest = std::move(dest);
    out->host = destService;
    return true;
}

} // namespace meshscope::graph::detail
