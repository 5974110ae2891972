#include "graphqueries.h"

namespace meshscope::graph {

namespace {

const QString kRequests = QStringLiteral("istio_requests_total");
const QString kRequestMessages = QStringLiteral("istio_request_messages_total");
const QString kResponseMessages = QStringLiteral("istio_response_messages_total");
const QString kTcpSent = QStringLiteral("istio_tcp_sent_bytes_total");
const QString kTcpReceived = QStringLiteral("istio_tcp_received_bytes_total");

const QString kWorkloadLabels = QStringLiteral(
    "source_cluster,source_workload_namespace,source_workload,source_canonical_service,source_canonical_revision,"
    "destination_cluster,destination_service_namespace,destination_service,destination_service_name,"
    "destination_workload_namespace,destination_workload,destination_canonical_service,"
    "destination_canonical_revision");

QString quoted(const QString& value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// A set of namespaces as PromQL matchers: one namespace gives Kiali's exact `="ns"`, several give `=~"a|b"`.
struct Namespaces
{
    QStringList names;
    bool single() const { return names.size() == 1; }
    QString joined() const { return names.join(QLatin1Char('|')); }
    QString eq(const QString& label) const
    {
        return label + (single() ? QStringLiteral("=") : QStringLiteral("=~")) + quoted(joined());
    }
    QString neq(const QString& label) const
    {
        return label + (single() ? QStringLiteral("!=") : QStringLiteral("!~")) + quoted(joined());
    }
    // The `.ns.` part of a destination_service host regex (backslashes doubled: PromQL string escaping).
    QString hostPart() const { return single() ? names.first() : QLatin1Char('(') + joined() + QLatin1Char(')'); }
};

// Kiali's GetReporter / GetApp (graph/telemetry/istio/util/util.go).
QString reporter(const QString& which, AmbientTraffic ambient)
{
    if (ambient == AmbientTraffic::Waypoint || ambient == AmbientTraffic::Total)
        return QStringLiteral("reporter=~\"waypoint|%1\"").arg(which);
    return QStringLiteral("reporter=\"%1\"").arg(which);
}

QString appFragment(AmbientTraffic ambient)
{
    if (ambient == AmbientTraffic::Waypoint || ambient == AmbientTraffic::None)
        return QStringLiteral("app!=\"ztunnel\",");
    return {};
}

QString scoped(QString query, const GraphOptions& options)
{
    // Kiali's AddQueryScope: every '{' gets the scope matchers; then round(…,0.001) like Kiali's PromQuery.
    if (!options.queryScope.isEmpty()) {
        QString scope = QStringLiteral("{");
        for (const auto& [label, value] : options.queryScope)
            scope += label + QLatin1Char('=') + quoted(value) + QLatin1Char(',');
        query.replace(QLatin1Char('{'), scope);
    }
    return QStringLiteral("round(%1,0.001)").arg(query);
}

struct QueryWriter
{
    const GraphOptions& options;
    QList<GraphQuery>& out;
    QString window() const { return QString::number(options.durationSeconds) + QLatin1Char('s'); }
    QString idle() const { return options.includeIdleEdges ? QString() : QStringLiteral("> 0"); }

    void add(QueryKind kind, const QString& metric, const QString& query)
    {
        out.append({ kind, metric, scoped(query, options) });
    }
    // sum(rate(M{selector} [600s])) by (groupBy) > 0 — the traffic query shape (note the space before '[').
    void traffic(const QString& metric, const QString& selector, const QString& groupBy)
    {
        add(QueryKind::Traffic, metric,
            QStringLiteral("sum(rate(%1{%2} [%3])) by (%4) %5").arg(metric, selector, window(), groupBy, idle()));
    }

    // Namespace graph (buildNamespaceTrafficMap): requests and gRPC messages.
    void requestLike(const QString& metric, const QString& groupBy, const Namespaces& ns, const Namespaces& ambientNs)
    {
        const AmbientTraffic a = options.ambient;
        traffic(metric,
            reporter(QStringLiteral("source"), a) + QLatin1Char(',')
                + ns.neq(QStringLiteral("source_workload_namespace"))
                + QStringLiteral(",destination_workload_namespace=\"unknown\",destination_workload=\"unknown\","
                                 "destination_service=~\"^.+\\\\.")
                + ns.hostPart() + QStringLiteral("\\\\..+$\""),
            groupBy);
        if (!ambientNs.names.isEmpty()) {
            traffic(metric,
                QStringLiteral("reporter=\"source\",") + ambientNs.neq(QStringLiteral("source_workload_namespace"))
                    + QLatin1Char(',') + ambientNs.eq(QStringLiteral("destination_workload_namespace")),
                groupBy);
        }
        traffic(metric,
            reporter(QStringLiteral("destination"), a) + QLatin1Char(',')
                + ns.eq(QStringLiteral("destination_workload_namespace")),
            groupBy);
        traffic(metric,
            reporter(QStringLiteral("source"), a) + QLatin1Char(',')
                + ns.eq(QStringLiteral("source_workload_namespace")),
            groupBy);
    }

    void tcp(const QString& metric, const Namespaces& ns)
    {
        const AmbientTraffic a = options.ambient;
        const QString app = appFragment(a);
        traffic(metric,
            app + reporter(QStringLiteral("source"), a) + QLatin1Char(',')
                + ns.neq(QStringLiteral("source_workload_namespace"))
                + QStringLiteral(",destination_workload_namespace=\"unknown\",destination_workload=\"unknown\","
                                 "destination_service=~\"^.+\\\\.")
                + ns.hostPart() + QStringLiteral("\\\\..+$\""),
            tcpGroupBy());
        traffic(metric,
            app + reporter(QStringLiteral("destination"), a) + QLatin1Char(',')
                + ns.eq(QStringLiteral("destination_workload_namespace")),
            tcpGroupBy());
        traffic(metric,
            app + reporter(QStringLiteral("source"), a) + QLatin1Char(',')
                + ns.eq(QStringLiteral("source_workload_namespace")),
            tcpGroupBy());
    }

    QStringList grpcMessageMetrics() const
    {
        switch (options.rateGrpc) {
        case RateGrpc::Sent:
            return { kRequestMessages };
        case RateGrpc::Received:
            return { kResponseMessages };
        case RateGrpc::Total:
            return { kRequestMessages, kResponseMessages };
        default:
            return {};
        }
    }
    // "L4 telemetry is backwards" (istio/istio#32399): tcp "sent" is istio_tcp_received_bytes_total.
    QStringList tcpMetrics() const
    {
        switch (options.rateTcp) {
        case RateTcp::Sent:
            return { kTcpReceived };
        case RateTcp::Received:
            return { kTcpSent };
        case RateTcp::Total:
            return { kTcpSent, kTcpReceived };
        case RateTcp::None:
            break;
        }
        return {};
    }

    void namespaceTraffic(const Namespaces& ns, const Namespaces& ambientNs)
    {
        const QString messagesGroupBy = kWorkloadLabels;
        if (options.requestTraffic())
            requestLike(kRequests, requestsGroupBy(), ns, ambientNs);
        for (const QString& metric : grpcMessageMetrics())
            requestLike(metric, messagesGroupBy, ns, ambientNs);
        for (const QString& metric : tcpMetrics())
            tcp(metric, ns);
    }

    // Node graph (buildNodeTrafficMap): destination telemetry in, source telemetry out.
    void nodeTraffic(const NodeFocus& node, bool ambientNamespace)
    {
        const AmbientTraffic a = options.ambient;
        const QString destCluster
            = node.cluster.isEmpty() ? QString() : QStringLiteral(",destination_cluster=") + quoted(node.cluster);
        const QString sourceCluster
            = node.cluster.isEmpty() ? QString() : QStringLiteral(",source_cluster=") + quoted(node.cluster);
        const QString ns = quoted(node.namespace_);
        QString in, out;
        switch (node.type) {
        case NodeType::Workload:
            in = QStringLiteral(",destination_workload_namespace=%1,destination_workload=%2")
                     .arg(ns, quoted(node.name));
            out = QStringLiteral(",source_workload_namespace=%1,source_workload=%2").arg(ns, quoted(node.name));
            break;
        case NodeType::App:
            in = QStringLiteral(",destination_service_namespace=%1,destination_canonical_service=%2")
                     .arg(ns, quoted(node.name));
            out = QStringLiteral(",source_workload_namespace=%1,source_canonical_service=%2")
                      .arg(ns, quoted(node.name));
            if (!node.version.isEmpty()) {
                in += QStringLiteral(",destination_canonical_revision=") + quoted(node.version);
                out += QStringLiteral(",source_canonical_revision=") + quoted(node.version);
            }
            break;
        default: // service: incoming only
            in = QStringLiteral(",destination_service_namespace=%1,destination_service=~\"^%2\\\\.%3\\\\..*$\"")
                     .arg(ns, node.name, node.namespace_);
            break;
        }
        const QString inReporter
            = reporter(ambientNamespace ? QStringLiteral("source|destination") : QStringLiteral("destination"), a);
        const QString outReporter = reporter(QStringLiteral("source"), a);
        auto requestLikeNode = [&](const QString& metric, const QString& groupBy) {
            if (node.type == NodeType::Service) {
                traffic(metric,
                    outReporter + destCluster
                        + QStringLiteral(
                            ",destination_workload=\"unknown\",destination_service=~\"^%1\\\\.%2\\\\..*$\"")
                              .arg(node.name, node.namespace_),
                    groupBy);
                traffic(metric, reporter(QStringLiteral("destination"), a) + destCluster + in, groupBy);
                return;
            }
            traffic(metric, inReporter + destCluster + in, groupBy);
            traffic(metric, outReporter + sourceCluster + out, groupBy);
        };
        if (options.requestTraffic())
            requestLikeNode(kRequests, requestsGroupBy());
        for (const QString& metric : grpcMessageMetrics())
            requestLikeNode(metric, kWorkloadLabels);
        const QString app = appFragment(a);
        for (const QString& metric : tcpMetrics()) {
            traffic(metric, app + QStringLiteral("reporter=\"destination\"") + destCluster + in, tcpGroupBy());
            if (node.type != NodeType::Service)
                traffic(metric, app + QStringLiteral("reporter=\"source\"") + sourceCluster + out, tcpGroupBy());
        }
    }

    // Appenders (graph/telemetry/istio/appender/*.go).
    void responseTime(const Namespaces& ns, const Namespaces& ambientNs)
    {
        const QString win = window();
        const QString metricBucket = QStringLiteral("istio_request_duration_milliseconds_bucket");
        const QString groupBy = kWorkloadLabels + QStringLiteral(",request_protocol");
        const QString dest = reporter(QStringLiteral("destination"), options.ambient) + QLatin1Char(',')
            + ns.eq(QStringLiteral("destination_service_namespace"));
        const QString source = reporter(QStringLiteral("source"), options.ambient) + QLatin1Char(',')
            + ns.eq(QStringLiteral("source_workload_namespace"));
        QStringList selectors;
        if (!ambientNs.names.isEmpty()) {
            selectors << QStringLiteral("reporter=\"source\",")
                    + ambientNs.neq(QStringLiteral("source_workload_namespace")) + QLatin1Char(',')
                    + ambientNs.eq(QStringLiteral("destination_service_namespace"));
        }
        selectors << dest << source;
        if (options.responseTimeStat == ResponseTimeStat::Avg) {
            const QString sum = QStringLiteral("istio_request_duration_milliseconds_sum");
            const QString count = QStringLiteral("istio_request_duration_milliseconds_count");
            for (const QString& selector : selectors) {
                add(QueryKind::ResponseTime, sum,
                    QStringLiteral("sum(rate(%1{%2}[%3])) by (%4) / sum(rate(%5{%2}[%3])) by (%4) > 0")
                        .arg(sum, selector, win, groupBy, count));
            }
            return;
        }
        const QString quantile = options.responseTimeStat == ResponseTimeStat::P50 ? QStringLiteral("0.50")
            : options.responseTimeStat == ResponseTimeStat::P99                    ? QStringLiteral("0.99")
                                                                                   : QStringLiteral("0.95");
        for (const QString& selector : selectors) {
            add(QueryKind::ResponseTime, metricBucket,
                QStringLiteral("histogram_quantile(%1, sum(rate(%2{%3}[%4])) by (le,%5)) > 0")
                    .arg(quantile, metricBucket, selector, win, groupBy));
        }
    }

    void throughput(const Namespaces& ns)
    {
        const bool request = options.throughputRequest;
        const QString metric
            = request ? QStringLiteral("istio_request_bytes_sum") : QStringLiteral("istio_response_bytes_sum");
        const QString rep
            = reporter(request ? QStringLiteral("source") : QStringLiteral("destination"), options.ambient);
        add(QueryKind::Throughput, metric,
            QStringLiteral("sum(rate(%1{%2,%3,%4}[%5])) by (%6) > 0")
                .arg(metric, rep, ns.neq(QStringLiteral("source_workload_namespace")),
                    ns.eq(QStringLiteral("destination_service_namespace")), window(), kWorkloadLabels));
        add(QueryKind::Throughput, metric,
            QStringLiteral("sum(rate(%1{%2,%3}[%4])) by (%5) > 0")
                .arg(metric, rep, ns.eq(QStringLiteral("source_workload_namespace")), window(), kWorkloadLabels));
    }

    void securityPolicy(const Namespaces& ns)
    {
        const QString groupBy = QStringLiteral(
            "source_cluster,source_workload_namespace,source_workload,source_canonical_service,source_canonical_"
            "revision,"
            "source_principal,destination_cluster,destination_service_namespace,destination_service_name,"
            "destination_workload_namespace,destination_workload,destination_canonical_service,"
            "destination_canonical_revision,destination_principal,connection_security_policy");
        const QString dest = reporter(QStringLiteral("destination"), options.ambient);
        QStringList requestMetrics;
        if (options.requestTraffic())
            requestMetrics << kRequests;
        if (options.rateGrpc == RateGrpc::Sent || options.rateGrpc == RateGrpc::Total)
            requestMetrics << kRequestMessages;
        if (options.rateGrpc == RateGrpc::Received || options.rateGrpc == RateGrpc::Total)
            requestMetrics << kResponseMessages;
        // Note: unlike the traffic queries, this appender reads tcp "sent" from istio_tcp_sent_bytes_total.
        QStringList tcp;
        if (options.rateTcp == RateTcp::Sent || options.rateTcp == RateTcp::Total)
            tcp << kTcpSent;
        if (options.rateTcp == RateTcp::Received || options.rateTcp == RateTcp::Total)
            tcp << kTcpReceived;
        const QString app = appFragment(options.ambient);
        for (int inside = 0; inside < 2; ++inside) {
            const QString nsSelector = inside ? ns.eq(QStringLiteral("source_workload_namespace"))
                                              : ns.neq(QStringLiteral("source_workload_namespace")) + QLatin1Char(',')
                    + ns.eq(QStringLiteral("destination_service_namespace"));
            QStringList parts;
            for (const QString& metric : requestMetrics) {
                parts << QStringLiteral("sum(rate(%1{%2,%3}[%4])) by (%5) > 0")
                             .arg(metric, dest, nsSelector, window(), groupBy);
            }
            for (const QString& metric : tcp) {
                parts << QStringLiteral("sum(rate(%1{%2%3,%4}[%5])) by (%6) > 0")
                             .arg(metric, app, dest, nsSelector, window(), groupBy);
            }
            if (inside && (options.ambient == AmbientTraffic::Total || options.ambient == AmbientTraffic::Ztunnel)) {
                parts << QStringLiteral("sum(rate(%1{app=\"ztunnel\",reporter=\"source\",%2}[%3])) by (%4) > 0")
                             .arg(kTcpSent, nsSelector, window(), groupBy);
            }
            if (parts.isEmpty())
                continue;
            QString query = QLatin1Char('(') + parts.first() + QLatin1Char(')');
            for (qsizetype i = 1; i < parts.size(); ++i)
                query += QStringLiteral(" OR (") + parts[i] + QLatin1Char(')');
            add(QueryKind::SecurityPolicy, QString(), query);
        }
    }

    void appenders(const Namespaces& ns, const Namespaces& ambientNs)
    {
        if (options.responseTime && options.requestTraffic())
            responseTime(ns, ambientNs);
        if (options.throughput && options.rateHttp == RateHttp::Requests)
            throughput(ns);
        if (options.securityPolicy)
            securityPolicy(ns);
    }
};

} // namespace

QString requestsGroupBy()
{
    return kWorkloadLabels + QStringLiteral(",request_protocol,response_code,grpc_response_status,response_flags");
}

QString tcpGroupBy()
{
    return QStringLiteral("app,") + kWorkloadLabels + QStringLiteral(",response_flags");
}

QList<GraphQuery> graphQueries(const GraphOptions& options)
{
    QList<GraphQuery> queries;
    QueryWriter writer { options, queries };
    if (options.node) {
        const bool ambient = options.ambientNamespaces.contains(options.node->namespace_);
        writer.nodeTraffic(*options.node, ambient);
        writer.appenders(Namespaces { { options.node->namespace_ } },
            Namespaces { ambient ? QStringList { options.node->namespace_ } : QStringList {} });
        return queries;
    }
    QStringList namespaces = options.namespaces;
    namespaces.removeDuplicates();
    namespaces.removeAll(QString());
    if (namespaces.isEmpty())
        return queries;
    auto ambientOf = [&](const QStringList& names) {
        QStringList ambient;
        for (const QString& name : names) {
            if (options.ambientNamespaces.contains(name))
                ambient << name;
        }
        return Namespaces { ambient };
    };
    if (options.batchNamespaces) {
        writer.namespaceTraffic(Namespaces { namespaces }, ambientOf(namespaces));
        writer.appenders(Namespaces { namespaces }, ambientOf(namespaces));
        return queries;
    }
    for (const QString& name : namespaces)
        writer.namespaceTraffic(Namespaces { { name } }, ambientOf({ name }));
    for (const QString& name : namespaces)
        writer.appenders(Namespaces { { name } }, ambientOf({ name }));
    return queries;
}

QString responseTimeKey(ResponseTimeStat stat)
{
    switch (stat) {
    case ResponseTimeStat::Avg:
        return QStringLiteral("avg");
    case ResponseTimeStat::P50:
        return QStringLiteral("0.5");
    case ResponseTimeStat::P99:
        return QStringLiteral("0.99");
    case ResponseTimeStat::P95:
        break;
    }
    return QStringLiteral("0.95");
}

int parseDuration(const QString& text)
{
    static const QList<std::pair<QChar, int>> units = { { QLatin1Char('s'), 1 }, { QLatin1Char('m'), 60 },
        { QLatin1Char('h'), 3600 }, { QLatin1Char('d'), 86400 }, { QLatin1Char('w'), 7 * 86400 } };
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 2)
        return -1;
    for (const auto& [unit, factor] : units) {
        if (trimmed.endsWith(unit)) {
            bool ok = false;
            const qint64 value = trimmed.chopped(1).toLongLong(&ok);
            if (!ok || value <= 0 || value * factor > 366LL * 86400)
                return -1;
            return int(value * factor);
        }
    }
    return -1;
}

} // namespace meshscope::graph
