// The clusters and endpoints (EDS) of a proxy's config dump.
#include "envoyconfig.h"
#include "envoyconfig_p.h"

namespace meshscope::sim {

using namespace envoyjson;

QJsonObject EnvoyConfig::clusterJson(const ClusterInfo& cluster) const
{
    QJsonObject json { { QStringLiteral("name"), cluster.name }, { QStringLiteral("type"), cluster.type },
        { QStringLiteral("connect_timeout"), QStringLiteral("10s") } };
    if (cluster.type == QLatin1String("EDS")) {
        json.insert(QStringLiteral("eds_cluster_config"),
            QJsonObject { { QStringLiteral("eds_config"),
                              QJsonObject { { QStringLiteral("ads"), QJsonObject() },
                                  { QStringLiteral("initial_fetch_timeout"), QStringLiteral("0s") },
                                  { QStringLiteral("resource_api_version"), QStringLiteral("V3") } } },
                { QStringLiteral("service_name"), cluster.name } });
    } else if (cluster.type == QLatin1String("ORIGINAL_DST")) {
        json.insert(QStringLiteral("lb_policy"), QStringLiteral("CLUSTER_PROVIDED"));
    } else {
        json.insert(QStringLiteral("load_assignment"), loadAssignment(cluster));
    }
    if (!cluster.serviceFqdn.isEmpty()) {
        QJsonObject istio { { QStringLiteral("services"),
            QJsonArray { QJsonObject { { QStringLiteral("host"), cluster.serviceFqdn },
                { QStringLiteral("name"), cluster.serviceName },
                { QStringLiteral("namespace"), cluster.serviceNamespace } } } } };
        if (!cluster.destinationRule.isEmpty())
            istio.insert(
                QStringLiteral("config"), objectPath(QStringLiteral("destination-rule"), cluster.destinationRule));
        if (!cluster.subset.isEmpty())
            istio.insert(QStringLiteral("subset"), cluster.subset);
        json.insert(QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("filter_metadata"), QJsonObject { { QStringLiteral("istio"), istio } } } });
    }
    if (cluster.name.startsWith(QLatin1String("outbound|")) && cluster.type == QLatin1String("EDS"))
        json.insert(QStringLiteral("transport_socket_matches"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("tlsMode-istio") },
                             { QStringLiteral("match"),
                                 QJsonObject { { QStringLiteral("tlsMode"), QStringLiteral("istio") } } } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("tlsMode-disabled") },
                    { QStringLiteral("match"), QJsonObject() } } });
    return typed("envoy.config.cluster.v3.Cluster", json);
}

QJsonObject EnvoyConfig::loadAssignment(const ClusterInfo& cluster) const
{
    QJsonArray lbEndpoints;
    if (cluster.isStatic || cluster.name == QLatin1String("BlackHoleCluster")) {
        const int port = cluster.name == QLatin1String("agent") ? 15020
            : cluster.name == QLatin1String("prometheus_stats") ? 15000
                                                                : 0;
        if (port > 0)
            lbEndpoints.append(QJsonObject { { QStringLiteral("endpoint"),
                QJsonObject { { QStringLiteral("address"), socketAddress(QStringLiteral("127.0.0.1"), port) } } } });
        else if (cluster.isStatic)
            lbEndpoints.append(QJsonObject { { QStringLiteral("endpoint"),
                QJsonObject { { QStringLiteral("address"),
                    QJsonObject { { QStringLiteral("pipe"),
                        QJsonObject { { QStringLiteral("path"),
                            cluster.name == QLatin1String("sds-grpc")
                                ? QStringLiteral("./var/run/secrets/workload-spiffe-uds/socket")
                                : QStringLiteral("./etc/istio/proxy/XDS") } } } } } } } });
    }
    for (int podIndex : cluster.pods) {
        const MeshPod& pod = m_topology.pods()[podIndex];
        const MeshWorkload& workload = m_topology.workloads()[pod.workload];
        lbEndpoints.append(QJsonObject {
            { QStringLiteral("endpoint"),
                QJsonObject { { QStringLiteral("address"), socketAddress(pod.ip, cluster.targetPort) },
                    { QStringLiteral("health_check_config"), QJsonObject() } } },
            { QStringLiteral("health_status"), QStringLiteral("HEALTHY") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("filter_metadata"),
                    QJsonObject { { QStringLiteral("istio"),
                        QJsonObject { { QStringLiteral("workload"),
                            QString(workload.name + QLatin1Char(';') + workload.ns + QLatin1Char(';') + workload.app
                                + QLatin1Char(';') + workload.version + QStringLiteral(";Kubernetes")) } } } } } } },
            { QStringLiteral("load_balancing_weight"), 1 } });
    }
    QJsonArray endpoints;
    if (!lbEndpoints.isEmpty())
        endpoints.append(QJsonObject { { QStringLiteral("locality"), QJsonObject() },
            { QStringLiteral("lb_endpoints"), lbEndpoints }, { QStringLiteral("load_balancing_weight"), 1 } });
    return QJsonObject { { QStringLiteral("cluster_name"), cluster.name }, { QStringLiteral("endpoints"), endpoints } };
}

QJsonObject EnvoyConfig::clustersDump() const
{
    QJsonArray staticClusters;
    QJsonArray dynamicClusters;
    for (const ClusterInfo& cluster : m_clusters) {
        if (cluster.isStatic)
            staticClusters.append(QJsonObject { { QStringLiteral("cluster"), clusterJson(cluster) },
                { QStringLiteral("last_updated"), m_lastUpdated } });
        else
            dynamicClusters.append(QJsonObject { { QStringLiteral("version_info"), m_versionInfo },
                { QStringLiteral("cluster"), clusterJson(cluster) },
                { QStringLiteral("last_updated"), m_lastUpdated } });
    }
    return typed("envoy.admin.v3.ClustersConfigDump",
        QJsonObject { { QStringLiteral("version_info"), m_versionInfo },
            { QStringLiteral("static_clusters"), staticClusters },
            { QStringLiteral("dynamic_active_clusters"), dynamicClusters } });
}

QJsonObject EnvoyConfig::endpointsDump() const
{
    QJsonArray staticConfigs;
    QJsonArray dynamicConfigs;
    for (const ClusterInfo& cluster : m_clusters) {
        const QJsonObject config { { QStringLiteral("endpoint_config"),
            typed("envoy.config.endpoint.v3.ClusterLoadAssignment", loadAssignment(cluster)) } };
        if (cluster.isStatic)
            staticConfigs.append(config);
        else if (cluster.type == QLatin1String("EDS")) {
            QJsonObject dynamic = config;
            dynamic.insert(QStringLiteral("version_info"), m_versionInfo);
            dynamic.insert(QStringLiteral("last_updated"), m_lastUpdated);
            dynamicConfigs.append(dynamic);
        }
    }
    return typed("envoy.admin.v3.EndpointsConfigDump",
        QJsonObject { { QStringLiteral("static_endpoint_configs"), staticConfigs },
            { QStringLiteral("dynamic_endpoint_configs"), dynamicConfigs } });
}

} // namespace meshscope::sim
