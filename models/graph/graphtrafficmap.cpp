#include "graphtrafficmap_p.h"

#include <QRegularExpression>

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
    const NodeId id = nodeId(e, type);
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
    return &nodes.insert(id.id, TrafficNode { node, {} }).value();
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
    Node& source, Node& dest, TrafficEdge& edge)
{
    if (value <= 0)
        return;
    if (protocol == QLatin1String("grpc")) {
        addValue(source.rates, QStringLiteral("grpcOut"), value);
        addValue(dest.rates, QStringLiteral("grpcIn"), value);
        addValue(edge.rates, QStringLiteral("grpc"), value);
        addResponse(edge, code, flags, host, value);
        if (code == QLatin1String("-")) {
            addValue(dest.rates, QStringLiteral("grpcInNoResponse"), value);
            addValue(edge.rates, QStringLiteral("grpcNoResponse"), value);
        } else {
            // Older Istio telemetry may use HTTP codes for gRPC.
            const bool error = code.size() == 3 ? isHttpError(code) : (code != QLatin1String("0") && !code.isEmpty());
            if (error) {
                addValue(dest.rates, QStringLiteral("grpcInErr"), value);
                addValue(edge.rates, QStringLiteral("grpcErr"), value);
            }
        }
    } else if (protocol == QLatin1String("http")) {
        addValue(source.rates, QStringLiteral("httpOut"), value);
        addValue(dest.rates, QStringLiteral("httpIn"), value);
        addValue(edge.rates, QStringLiteral("http"), value);
        addResponse(edge, code, flags, host, value);
        // 2xx is not stored: total − noResponse − 3xx − 4xx − 5xx.
        QString bucket;
        if (code == QLatin1String("-"))
            bucket = QStringLiteral("NoResponse");
        else if (code.startsWith(QLatin1Char('3')))
            bucket = QStringLiteral("3xx");
        else if (code.startsWith(QLatin1Char('4')))
            bucket = QStringLiteral("4xx");
        else if (code.startsWith(QLatin1Char('5')))
            bucket = QStringLiteral("5xx");
        if (!bucket.isEmpty()) {
            addValue(dest.rates, QStringLiteral("httpIn") + bucket, value);
            addValue(edge.rates, QStringLiteral("http") + bucket, value);
        }
    } else if (protocol == QLatin1String("tcp")) {
        addValue(source.rates, QStringLiteral("tcpOut"), value);
        addValue(dest.rates, QStringLiteral("tcpIn"), value);
        addValue(edge.rates, QStringLiteral("tcp"), value);
        addResponse(edge, QStringLiteral("-"), flags, host, value);
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

bool readEndpoints(const PromLabels& m, const GraphOptions& options, SampleEndpoints* out, bool requireDestService)
{
    // One lookup per label with keys built once (this runs for every sample of every query).
    enum Label
    {
        SourceNs,
        SourceWorkload,
        SourceApp,
        SourceVersion,
        DestServiceNs,
        DestServiceName,
        DestWorkloadNs,
        DestWorkload,
        DestApp,
        DestVersion,
        DestService,
        SourceCluster,
        DestCluster,
        LabelCount
    };
    static const QString keys[LabelCount] = { QStringLiteral("source_workload_namespace"),
        QStringLiteral("source_workload"), QStringLiteral("source_canonical_service"),
        QStringLiteral("source_canonical_revision"), QStringLiteral("destination_service_namespace"),
        QStringLiteral("destination_service_name"), QStringLiteral("destination_workload_namespace"),
        QStringLiteral("destination_workload"), QStringLiteral("destination_canonical_service"),
        QStringLiteral("destination_canonical_revision"), QStringLiteral("destination_service"),
        QStringLiteral("source_cluster"), QStringLiteral("destination_cluster") };
    QString values[LabelCount];
    bool present[LabelCount] = {};
    for (int label = 0; label < LabelCount; ++label) {
        const auto it = m.constFind(keys[label]);
        present[label] = it != m.cend();
        if (present[label])
            values[label] = *it;
        else if (label < DestService || (label == DestService && requireDestService))
            return false;
    }
    const bool sourceClusterOk = present[SourceCluster];
    const bool destClusterOk = present[DestCluster];
    Endpoint source;
    source.cluster = sourceClusterOk ? values[SourceCluster] : QStringLiteral("unknown");
    source.workloadNamespace = values[SourceNs];
    source.serviceNamespace = source.workloadNamespace;
    source.workload = values[SourceWorkload];
    source.app = values[SourceApp];
    source.version = values[SourceVersion];
    // Bad source telemetry: a namespace but neither workload nor app; or a namespace with an unknown cluster.
    if (isOK(source.workloadNamespace) && !isOK(source.workload) && !isOK(source.app))
        return false;
    if (isOK(source.workloadNamespace) && sourceClusterOk && !isOK(source.cluster))
        return false;

    Endpoint dest;
    dest.cluster = destClusterOk ? values[DestCluster] : QStringLiteral("unknown");
    dest.serviceNamespace = values[DestServiceNs];
    dest.service = values[DestServiceName];
    dest.workloadNamespace = values[DestWorkloadNs];
    dest.workload = values[DestWorkload];
    dest.app = values[DestApp];
    dest.version = values[DestVersion];
    const QString destService = values[DestService];

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
    out->source = source;
    out->dest = dest;
    out->host = destService;
    return true;
}

} // namespace meshscope::graph::detail
