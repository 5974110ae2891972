#include "envoyadmin.h"

#include "sim/mesh/envoyconfig.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace meshscope::sim {

SimHttpReply connectionRefused(const MeshPod* pod, int port)
{
    return SimHttpReply::text(503,
        QByteArrayLiteral("error trying to reach service: dial tcp ") + (pod ? pod->ip.toUtf8() : QByteArray("0.0.0.0"))
            + ':' + QByteArray::number(port) + ": connect: connection refused");
}

namespace {

SimHttpReply jsonReply(const QJsonObject& object)
{
    return SimHttpReply::json(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// The loggers an istio-proxy's Envoy has, all at Istio's default level until changed.
const QStringList& envoyLoggers()
{
    static const QStringList names { QStringLiteral("admin"), QStringLiteral("aws"), QStringLiteral("assert"),
        QStringLiteral("backtrace"), QStringLiteral("client"), QStringLiteral("config"), QStringLiteral("connection"),
        QStringLiteral("conn_handler"), QStringLiteral("dns"), QStringLiteral("ext_authz"), QStringLiteral("file"),
        QStringLiteral("filter"), QStringLiteral("forward_proxy"), QStringLiteral("grpc"), QStringLiteral("hc"),
        QStringLiteral("health_checker"), QStringLiteral("http"), QStringLiteral("http2"), QStringLiteral("init"),
        QStringLiteral("io"), QStringLiteral("jwt"), QStringLiteral("lua"), QStringLiteral("main"),
        QStringLiteral("misc"), QStringLiteral("pool"), QStringLiteral("rbac"), QStringLiteral("router"),
        QStringLiteral("runtime"), QStringLiteral("stats"), QStringLiteral("secret"), QStringLiteral("tracing"),
        QStringLiteral("upstream"), QStringLiteral("udp"), QStringLiteral("wasm"), QStringLiteral("xds") };
    return names;
}

const QStringList& envoyLevels()
{
    static const QStringList levels { QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
        QStringLiteral("warning"), QStringLiteral("error"), QStringLiteral("critical"), QStringLiteral("off") };
    return levels;
}

// GET lists the levels; POST ?level=L sets every logger, POST ?name=L one (Envoy's admin /logging).
SimHttpReply loggingReply(
    MeshContext& context, const QString& proxyKey, const QUrlQuery& query, const QByteArray& method)
{
    QMap<QString, QString>& levels = context.loggerLevels[proxyKey];
    if (levels.isEmpty()) {
        for (const QString& name : envoyLoggers())
            levels.insert(name, QStringLiteral("warning"));
    }
    const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    if (!items.isEmpty() && method != "POST")
        return SimHttpReply::text(405, "This endpoint requires POST.\n");
    for (const auto& [name, value] : items) {
        const QString level = value == QLatin1String("warn") ? QStringLiteral("warning") : value;
        if (!envoyLevels().contains(level))
            return SimHttpReply::text(404, "error: unknown logger level\n");
        if (name == QLatin1String("level")) {
            for (QString& current : levels)
                current = level;
        } else if (levels.contains(name)) {
            levels[name] = level;
        } else {
            return SimHttpReply::text(404, "error: unknown logger name\n");
        }
    }
    QByteArray out = "active loggers:\n";
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        out += "  " + it.key().toUtf8() + ": " + it.value().toUtf8() + '\n';
    return SimHttpReply::text(200, out);
}

QByteArray clustersText(const MeshContext& context, const EnvoyConfig& config, const MeshTopology& topology)
{
    QByteArray out;
    for (const ClusterInfo& cluster : config.clusters()) {
        const QByteArray name = cluster.name.toUtf8();
        out += name + "::observability_name::" + name + '\n';
        for (const char* priority : { "default_priority", "high_priority" }) {
            const bool high = priority[0] == 'h';
            for (const char* limit : { "max_connections", "max_pending_requests", "max_requests", "max_retries" })
                out += name + "::" + priority + "::" + limit + "::" + (high ? "1024" : "4294967295") + '\n';
        }
        out += name + "::added_via_api::" + (cluster.isStatic ? "false" : "true") + '\n';
        if (cluster.type == QLatin1String("EDS"))
            out += name + "::eds_service_name::" + name + '\n';
        for (int podIndex : cluster.pods) {
            const MeshPod& pod = topology.pods()[podIndex];
            const QByteArray host = name + "::" + pod.ip.toUtf8() + ':' + QByteArray::number(cluster.targetPort) + "::";
            for (const char* stat : { "cx_active", "cx_connect_fail", "cx_total", "rq_active", "rq_error", "rq_success",
                     "rq_timeout", "rq_total" })
                out += host + stat + "::0\n";
            const EndpointHealth health
                = endpointHealth(context, topology, cluster.serviceNamespace, cluster.serviceName, cluster.serviceFqdn);
            const QByteArray flags = health.failedOutlierCheck ? "/failed_outlier_check"
                : health.status != QLatin1String("HEALTHY")    ? "/failed_eds_health"
                                                               : "healthy";
            out += host + "hostname::\n" + host + "health_flags::" + flags + "\n" + host + "weight::1\n" + host
                + "region::\n" + host + "zone::\n" + host + "sub_zone::\n" + host + "canary::false\n" + host
                + "priority::0\n" + host + "success_rate::-1\n" + host + "local_origin_success_rate::-1\n";
        }
    }
    return out;
}

QJsonObject clustersJson(const MeshContext& context, const EnvoyConfig& config, const MeshTopology& topology)
{
    QJsonArray statuses;
    for (const ClusterInfo& cluster : config.clusters()) {
        QJsonArray hosts;
        const EndpointHealth health
            = endpointHealth(context, topology, cluster.serviceNamespace, cluster.serviceName, cluster.serviceFqdn);
        QJsonObject healthStatus { { QStringLiteral("eds_health_status"), health.status } };
        if (health.failedOutlierCheck)
            healthStatus.insert(QStringLiteral("failed_outlier_check"), true);
        for (int podIndex : cluster.pods) {
            const MeshPod& pod = topology.pods()[podIndex];
            hosts.append(QJsonObject { { QStringLiteral("address"),
                                           QJsonObject { { QStringLiteral("socket_address"),
                                               QJsonObject { { QStringLiteral("address"), pod.ip },
                                                   { QStringLiteral("port_value"), cluster.targetPort } } } } },
                { QStringLiteral("stats"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("cx_active") },
                                     { QStringLiteral("type"), QStringLiteral("GAUGE") } },
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("rq_total") } } } },
                { QStringLiteral("health_status"), healthStatus }, { QStringLiteral("weight"), 1 },
                { QStringLiteral("locality"), QJsonObject() } });
        }
        QJsonObject status { { QStringLiteral("name"), cluster.name },
            { QStringLiteral("added_via_api"), !cluster.isStatic },
            { QStringLiteral("observability_name"), cluster.name }, { QStringLiteral("host_statuses"), hosts } };
        if (cluster.type == QLatin1String("EDS"))
            status.insert(QStringLiteral("eds_service_name"), cluster.name);
        statuses.append(status);
    }
    return QJsonObject { { QStringLiteral("cluster_statuses"), statuses } };
}

QByteArray envoyStats(
    const MeshContext& context, const EnvoyConfig& config, const MeshTopology& topology, const XdsState::Push& push)
{
    QByteArray out;
    // Outlier detection's ejections, per cluster (Envoy's own counters for the Stats view).
    QByteArray ejections;
    for (const ClusterInfo& cluster : config.clusters()) {
        const EndpointHealth health
            = endpointHealth(context, topology, cluster.serviceNamespace, cluster.serviceName, cluster.serviceFqdn);
        if (health.failedOutlierCheck && !cluster.pods.isEmpty())
            ejections += "envoy_cluster_outlier_detection_ejections_active{cluster_name=\"" + cluster.name.toUtf8()
                + "\"} " + QByteArray::number(cluster.pods.size()) + '\n';
    }
    if (!ejections.isEmpty())
        out += "# TYPE envoy_cluster_outlier_detection_ejections_active gauge\n" + ejections;
    out += "# TYPE envoy_server_live gauge\nenvoy_server_live{} 1\n";
    out += "# TYPE envoy_cluster_manager_cds_version gauge\nenvoy_cluster_manager_cds_version{} "
        + QByteArray::number(push.version) + '\n';
    out += "# TYPE envoy_listener_manager_lds_update_success counter\nenvoy_listener_manager_lds_update_success{} "
        + QByteArray::number(push.version) + '\n';
    return out;
}

} // namespace

EndpointHealth endpointHealth(const MeshContext& context, const MeshTopology& topology, const QString& serviceNs,
    const QString& serviceName, const QString& serviceFqdn)
{
    EndpointHealth health;
    const ServiceFault* fault
        = serviceName.isEmpty() ? nullptr : context.traffic->faults().find(serviceNs, serviceName);
    if (!fault)
        return health;
    if (fault->errorRate >= 1.0) {
        health.status = QStringLiteral("UNHEALTHY");
        return health;
    }
    if (fault->errorRate < 0.5)
        return health;
    for (const QJsonObject* rule : topology.destinationRulesFor(serviceFqdn)) {
        const QJsonObject policy
            = rule->value(QLatin1String("spec")).toObject().value(QLatin1String("trafficPolicy")).toObject();
        health.failedOutlierCheck |= policy.contains(QLatin1String("outlierDetection"));
    }
    return health;
}

SimHttpReply envoyAdminReply(MeshContext& context, const QString& ns, const QString& podName, const QString& path,
    const QUrlQuery& query, const QByteArray& method)
{
    const std::shared_ptr<const MeshTopology> live = context.traffic->topologySnapshot();
    const MeshPod* livePod = live->findPod(ns, podName);
    const MeshWorkload* liveWorkload = livePod ? &live->workloads()[livePod->workload] : nullptr;
    if (!livePod || !(livePod->hasSidecar || (liveWorkload && liveWorkload->isGateway)))
        return connectionRefused(livePod, 15000);

    const QString proxyKey = podName + QLatin1Char('.') + ns;
    const XdsState::Push push = context.xds->pushOf(proxyKey, live);
    // A STALE proxy answers from the topology of the push it acknowledged.
    const MeshTopology* topology = push.topology.get();
    const MeshPod* pod = topology->findPod(ns, podName);
    if (!pod) { // the pod is newer than the push
        topology = live.get();
        pod = livePod;
    }
    const MeshWorkload* workload = &topology->workloads()[pod->workload];
    const ProxyIdentity identity { pod, workload, workload->isGateway };
    const auto config = [&] { return EnvoyConfig(*topology, identity, push.versionInfo(), push.lastUpdated()); };
    const bool json = query.queryItemValue(QStringLiteral("format")) == QLatin1String("json");

    if (path == QLatin1String("/config_dump")) {
        const QJsonObject dump = config().configDump(query.queryItemValue(QStringLiteral("resource")),
            query.hasQueryItem(QStringLiteral("include_eds")), context.workloadCertificatePem,
            context.rootCertificatePem);
        if (dump.isEmpty())
            return SimHttpReply::text(404,
                "The resource " + query.queryItemValue(QStringLiteral("resource")).toUtf8()
                    + " was not found in the config dump.\n");
        return jsonReply(dump);
    }
    if (path == QLatin1String("/clusters")) {
        const EnvoyConfig generated = config();
        return json ? jsonReply(clustersJson(context, generated, *topology))
                    : SimHttpReply::text(200, clustersText(context, generated, *topology));
    }
    if (path == QLatin1String("/listeners")) {
        const EnvoyConfig generated = config();
        if (json) {
            QJsonArray statuses;
            for (const ListenerInfo& listener : generated.listeners())
                statuses.append(QJsonObject { { QStringLiteral("name"), listener.name },
                    { QStringLiteral("local_address"),
                        QJsonObject { { QStringLiteral("socket_address"),
                            QJsonObject { { QStringLiteral("address"), listener.address },
                                { QStringLiteral("port_value"), listener.port } } } } } });
            return jsonReply(QJsonObject { { QStringLiteral("listener_statuses"), statuses } });
        }
        QByteArray out;
        for (const ListenerInfo& listener : generated.listeners())
            out += listener.name.toUtf8() + "::" + listener.address.toUtf8() + ':' + QByteArray::number(listener.port)
                + '\n';
        return SimHttpReply::text(200, out);
    }
    if (path == QLatin1String("/stats/prometheus")) {
        SimHttpReply reply = SimHttpReply::text(200,
            context.traffic->registry().exposition(IstioMetrics::ownerOf(liveWorkload))
                + envoyStats(context, config(), *topology, push));
        reply.contentType = "text/plain; version=0.0.4; charset=utf-8";
        return reply;
    }
    if (path == QLatin1String("/server_info")) {
        const qint64 uptime = context.started.secsTo(QDateTime::currentDateTimeUtc());
        const QJsonObject bootstrap = config().bootstrapDump().value(QLatin1String("bootstrap")).toObject();
        return jsonReply(QJsonObject {
            { QStringLiteral("version"),
                QString(QLatin1String(EnvoyConfig::proxySha) + QStringLiteral("/1.36.0/Clean/RELEASE/BoringSSL")) },
            { QStringLiteral("state"), QStringLiteral("LIVE") },
            { QStringLiteral("hot_restart_version"), QStringLiteral("disabled") },
            { QStringLiteral("command_line_options"),
                QJsonObject { { QStringLiteral("base_id"), QStringLiteral("0") }, { QStringLiteral("concurrency"), 2 },
                    { QStringLiteral("config_path"), QStringLiteral("etc/istio/proxy/envoy-rev.json") },
                    { QStringLiteral("log_level"), QStringLiteral("warning") },
                    { QStringLiteral("service_cluster"),
                        bootstrap.value(QLatin1String("node")).toObject().value(QLatin1String("cluster")) },
                    { QStringLiteral("service_node"), identity.id() },
                    { QStringLiteral("drain_time"), QStringLiteral("45s") } } },
            { QStringLiteral("node"), bootstrap.value(QLatin1String("node")) },
            { QStringLiteral("uptime_current_epoch"), QString(QString::number(uptime) + QLatin1Char('s')) },
            { QStringLiteral("uptime_all_epochs"), QString(QString::number(uptime) + QLatin1Char('s')) } });
    }
    if (path == QLatin1String("/ready"))
        return SimHttpReply::text(200, "LIVE\n");
    if (path == QLatin1String("/logging"))
        return loggingReply(context, proxyKey, query, method);
    return SimHttpReply::text(404,
        "invalid path. admin commands are: /clusters /config_dump /listeners /logging /ready /server_info "
        "/stats/prometheus\n");
}

} // namespace meshscope::sim
