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

QByteArray clustersText(const EnvoyConfig& config, const MeshTopology& topology)
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
            out += host + "hostname::\n" + host + "health_flags::healthy\n" + host + "weight::1\n" + host + "region::\n"
                + host + "zone::\n" + host + "sub_zone::\n" + host + "canary::false\n" + host + "priority::0\n" + host
                + "success_rate::-1\n" + host + "local_origin_success_rate::-1\n";
        }
    }
    return out;
}

QJsonObject clustersJson(const EnvoyConfig& config, const MeshTopology& topology)
{
    QJsonArray statuses;
    for (const ClusterInfo& cluster : config.clusters()) {
        QJsonArray hosts;
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
                { QStringLiteral("health_status"),
                    QJsonObject { { QStringLiteral("eds_health_status"), QStringLiteral("HEALTHY") } } },
                { QStringLiteral("weight"), 1 }, { QStringLiteral("locality"), QJsonObject() } });
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

QByteArray envoyStats(const MeshWorkload* workload, const XdsState::Push& push)
{
    QByteArray out;
    out += "# TYPE envoy_server_live gauge\nenvoy_server_live{} 1\n";
    out += "# TYPE envoy_cluster_manager_cds_version gauge\nenvoy_cluster_manager_cds_version{} "
        + QByteArray::number(push.version) + '\n';
    out += "# TYPE envoy_listener_manager_lds_update_success counter\nenvoy_listener_manager_lds_update_success{} "
        + QByteArray::number(push.version) + '\n';
    Q_UNUSED(workload);
    return out;
}

} // namespace

SimHttpReply envoyAdminReply(
    MeshContext& context, const QString& ns, const QString& podName, const QString& path, const QUrlQuery& query)
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
        return json ? jsonReply(clustersJson(generated, *topology))
                    : SimHttpReply::text(200, clustersText(generated, *topology));
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
                + envoyStats(liveWorkload, push));
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
    return SimHttpReply::text(404,
        "invalid path. admin commands are: /clusters /config_dump /listeners /ready /server_info /stats/prometheus\n");
}

} // namespace meshscope::sim
