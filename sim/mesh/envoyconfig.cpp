#include "envoyconfig.h"

#include <QSet>
#include <algorithm>

namespace meshscope::sim {

namespace {

const QString kTypePrefix = QStringLiteral("type.googleapis.com/");
const QByteArray kRedacted = QByteArrayLiteral("[redacted]");

QJsonObject socketAddress(const QString& address, int port)
{
    return QJsonObject { { QStringLiteral("socket_address"),
        QJsonObject { { QStringLiteral("address"), address }, { QStringLiteral("port_value"), port } } } };
}

QJsonObject typed(const char* type, QJsonObject object)
{
    object.insert(QStringLiteral("@type"), QString(kTypePrefix + QLatin1String(type)));
    return object;
}

QString clusterName(const QString& direction, int port, const QString& subset, const QString& host)
{
    return direction + QLatin1Char('|') + QString::number(port) + QLatin1Char('|') + subset + QLatin1Char('|') + host;
}

QString objectPath(const QString& kindPath, const QString& nsName)
{
    return QStringLiteral("/apis/networking.istio.io/v1/namespaces/") + nsName.section(QLatin1Char('/'), 0, 0)
        + QLatin1Char('/') + kindPath + QLatin1Char('/') + nsName.section(QLatin1Char('/'), 1);
}

QJsonObject stringMatchJson(const QJsonObject& match)
{
    QJsonObject result;
    if (match.contains(QLatin1String("exact")))
        result.insert(QStringLiteral("exact"), match.value(QLatin1String("exact")));
    else if (match.contains(QLatin1String("prefix")))
        result.insert(QStringLiteral("prefix"), match.value(QLatin1String("prefix")));
    else if (match.contains(QLatin1String("regex")))
        result.insert(QStringLiteral("safe_regex"),
            QJsonObject { { QStringLiteral("regex"), match.value(QLatin1String("regex")) } });
    return result;
}

} // namespace

QString ProxyIdentity::id() const
{
    if (!pod)
        return QString();
    return (router ? QStringLiteral("router~") : QStringLiteral("sidecar~")) + pod->ip + QLatin1Char('~') + pod->name
        + QLatin1Char('.') + pod->ns + QLatin1Char('~') + pod->ns + QStringLiteral(".svc.cluster.local");
}

EnvoyConfig::EnvoyConfig(
    const MeshTopology& topology, const ProxyIdentity& proxy, const QString& versionInfo, const QString& lastUpdated)
    : m_topology(topology)
    , m_proxy(proxy)
    , m_versionInfo(versionInfo)
    , m_lastUpdated(lastUpdated)
{
    collectClusters();
    collectListeners();
}

void EnvoyConfig::collectClusters()
{
    // Bootstrap clusters of every istio-proxy.
    for (const char* name : { "agent", "prometheus_stats", "sds-grpc", "xds-grpc" }) {
        ClusterInfo cluster;
        cluster.name = QLatin1String(name);
        cluster.type = QStringLiteral("STATIC");
        cluster.isStatic = true;
        m_clusters.append(cluster);
    }
    for (const char* name : { "BlackHoleCluster", "PassthroughCluster", "InboundPassthroughCluster" }) {
        ClusterInfo cluster;
        cluster.name = QLatin1String(name);
        cluster.type = cluster.name == QLatin1String("BlackHoleCluster") ? QStringLiteral("STATIC")
                                                                         : QStringLiteral("ORIGINAL_DST");
        m_clusters.append(cluster);
    }
    QSet<int> httpPorts;
    for (const MeshService& service : m_topology.services()) {
        for (const ServicePort& port : service.ports) {
            ClusterInfo cluster;
            cluster.name = clusterName(QStringLiteral("outbound"), port.port, QString(), service.fqdn());
            cluster.type = QStringLiteral("EDS");
            cluster.serviceFqdn = service.fqdn();
            cluster.serviceName = service.name;
            cluster.serviceNamespace = service.ns;
            cluster.port = port.port;
            cluster.targetPort = port.targetPort;
            cluster.pods = m_topology.podsOf(service);
            m_clusters.append(cluster);
            if (port.isHttp())
                httpPorts.insert(port.port);
            // One more cluster per DestinationRule subset.
            for (const QJsonObject* rule : m_topology.destinationRulesFor(service.fqdn())) {
                const QJsonObject metadata = rule->value(QLatin1String("metadata")).toObject();
                const QString ns = metadata.value(QLatin1String("namespace")).toString();
                const QJsonObject spec = rule->value(QLatin1String("spec")).toObject();
                const QString ruleName = ns + QLatin1Char('/') + metadata.value(QLatin1String("name")).toString();
                m_clusters.last().destinationRule = ruleName;
                for (const QJsonValue& subset : spec.value(QLatin1String("subsets")).toArray()) {
                    ClusterInfo subsetCluster = cluster;
                    subsetCluster.subset = subset.toObject().value(QLatin1String("name")).toString();
                    subsetCluster.name
                        = clusterName(QStringLiteral("outbound"), port.port, subsetCluster.subset, service.fqdn());
                    subsetCluster.destinationRule = ruleName;
                    subsetCluster.pods = m_topology.podsOf(service, MeshTopology::labelsOf(subset.toObject()));
                    m_clusters.append(subsetCluster);
                }
            }
        }
    }
    for (const MeshServiceEntry& entry : m_topology.serviceEntries()) {
        for (const QString& host : entry.hosts) {
            for (const ServicePort& port : entry.ports) {
                ClusterInfo cluster;
                cluster.name = clusterName(QStringLiteral("outbound"), port.port, QString(), host);
                cluster.type = entry.resolution == QLatin1String("DNS") ? QStringLiteral("STRICT_DNS")
                                                                        : QStringLiteral("ORIGINAL_DST");
                cluster.serviceFqdn = host;
                cluster.serviceName = host;
                cluster.serviceNamespace = entry.ns;
                cluster.port = port.port;
                cluster.targetPort = port.port;
                m_clusters.append(cluster);
            }
        }
    }
    // Inbound clusters: the ports of the services this pod serves.
    if (m_proxy.pod && !m_proxy.router) {
        QSet<int> seen;
        for (const MeshService& service : m_topology.services()) {
            if (service.ns != m_proxy.pod->ns || service.selector.isEmpty()
                || !MeshTopology::labelsMatch(service.selector, m_proxy.pod->labels))
                continue;
            for (const ServicePort& port : service.ports) {
                if (seen.contains(port.targetPort))
                    continue;
                seen.insert(port.targetPort);
                ClusterInfo cluster;
                cluster.name = clusterName(QStringLiteral("inbound"), port.targetPort, QString(), QString());
                cluster.type = QStringLiteral("ORIGINAL_DST");
                cluster.serviceFqdn = service.fqdn();
                cluster.serviceName = service.name;
                cluster.serviceNamespace = service.ns;
                cluster.port = port.targetPort;
                cluster.targetPort = port.targetPort;
                m_clusters.append(cluster);
            }
        }
    }
    m_httpPorts = QList<int>(httpPorts.begin(), httpPorts.end());
    std::sort(m_httpPorts.begin(), m_httpPorts.end());
}

void EnvoyConfig::collectListeners()
{
    m_listeners.append(ListenerInfo { QStringLiteral("0.0.0.0_15090"), QStringLiteral("0.0.0.0"), 15090, true });
    m_listeners.append(ListenerInfo { QStringLiteral("0.0.0.0_15021"), QStringLiteral("0.0.0.0"), 15021, true });
    if (m_proxy.router) {
        m_listeners.append(ListenerInfo { QStringLiteral("0.0.0.0_8080"), QStringLiteral("0.0.0.0"), 8080, false });
        return;
    }
    m_listeners.append(ListenerInfo { QStringLiteral("virtualOutbound"), QStringLiteral("0.0.0.0"), 15001, false });
    m_listeners.append(ListenerInfo { QStringLiteral("virtualInbound"), QStringLiteral("0.0.0.0"), 15006, false });
    for (int port : m_httpPorts)
        m_listeners.append(ListenerInfo {
            QStringLiteral("0.0.0.0_") + QString::number(port), QStringLiteral("0.0.0.0"), port, false });
    for (const MeshService& service : m_topology.services()) {
        for (const ServicePort& port : service.ports) {
            if (!port.isHttp() && !service.clusterIP.isEmpty() && service.clusterIP != QLatin1String("None"))
                m_listeners.append(ListenerInfo { service.clusterIP + QLatin1Char('_') + QString::number(port.port),
                    service.clusterIP, port.port, false });
        }
    }
}

QJsonObject EnvoyConfig::bootstrapDump() const
{
    QJsonObject metadata { { QStringLiteral("ISTIO_VERSION"), QLatin1String(istioVersion) },
        { QStringLiteral("ISTIO_PROXY_SHA"), QLatin1String(proxySha) },
        { QStringLiteral("CLUSTER_ID"), QStringLiteral("Kubernetes") },
        { QStringLiteral("MESH_ID"), QStringLiteral("cluster.local") } };
    if (m_proxy.pod) {
        metadata.insert(QStringLiteral("NAME"), m_proxy.pod->name);
        metadata.insert(QStringLiteral("NAMESPACE"), m_proxy.pod->ns);
        metadata.insert(QStringLiteral("INSTANCE_IPS"), m_proxy.pod->ip);
        metadata.insert(QStringLiteral("SERVICE_ACCOUNT"), m_proxy.pod->serviceAccount);
        QJsonObject labels;
        for (auto it = m_proxy.pod->labels.begin(); it != m_proxy.pod->labels.end(); ++it)
            labels.insert(it.key(), it.value());
        metadata.insert(QStringLiteral("LABELS"), labels);
    }
    if (m_proxy.workload)
        metadata.insert(QStringLiteral("WORKLOAD_NAME"), m_proxy.workload->name);
    const QJsonObject node { { QStringLiteral("id"), m_proxy.id() },
        { QStringLiteral("cluster"),
            m_proxy.workload ? m_proxy.workload->app + QLatin1Char('.') + m_proxy.workload->ns : QString() },
        { QStringLiteral("metadata"), metadata }, { QStringLiteral("user_agent_name"), QStringLiteral("envoy") } };
    QJsonArray staticClusters;
    for (const ClusterInfo& cluster : m_clusters) {
        if (cluster.isStatic)
            staticClusters.append(clusterJson(cluster));
    }
    const QJsonObject bootstrap { { QStringLiteral("node"), node },
        { QStringLiteral("static_resources"), QJsonObject { { QStringLiteral("clusters"), staticClusters } } },
        { QStringLiteral("dynamic_resources"),
            QJsonObject { { QStringLiteral("lds_config"), QJsonObject { { QStringLiteral("ads"), QJsonObject() } } },
                { QStringLiteral("cds_config"), QJsonObject { { QStringLiteral("ads"), QJsonObject() } } },
                { QStringLiteral("ads_config"),
                    QJsonObject { { QStringLiteral("api_type"), QStringLiteral("GRPC") },
                        { QStringLiteral("transport_api_version"), QStringLiteral("V3") } } } } },
        { QStringLiteral("admin"),
            QJsonObject { { QStringLiteral("address"), socketAddress(QStringLiteral("127.0.0.1"), 15000) } } } };
    return typed("envoy.admin.v3.BootstrapConfigDump",
        QJsonObject { { QStringLiteral("bootstrap"), bootstrap }, { QStringLiteral("last_updated"), m_lastUpdated } });
}

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

namespace {

QJsonObject httpConnectionManager(const QString& statPrefix, const QJsonObject& routeSource, bool inlineRoute)
{
    QJsonObject hcm { { QStringLiteral("stat_prefix"), statPrefix },
        { QStringLiteral("http_filters"),
            QJsonArray {
                QJsonObject { { QStringLiteral("name"), QStringLiteral("envoy.filters.http.fault") },
                    { QStringLiteral("typed_config"), typed("envoy.extensions.filters.http.fault.v3.HTTPFault", {}) } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("istio.stats") },
                    { QStringLiteral("typed_config"),
                        typed("udpa.type.v1.TypedStruct",
                            QJsonObject { { QStringLiteral("type_url"),
                                              QStringLiteral("type.googleapis.com/stats.PluginConfig") },
                                { QStringLiteral("value"), QJsonObject() } }) } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("envoy.filters.http.router") },
                    { QStringLiteral("typed_config"),
                        typed("envoy.extensions.filters.http.router.v3.Router", {}) } } } } };
    hcm.insert(inlineRoute ? QStringLiteral("route_config") : QStringLiteral("rds"), routeSource);
    return QJsonObject { { QStringLiteral("name"), QStringLiteral("envoy.filters.network.http_connection_manager") },
        { QStringLiteral("typed_config"),
            typed("envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager", hcm) } };
}

QJsonObject tcpProxy(const QString& cluster)
{
    return QJsonObject { { QStringLiteral("name"), QStringLiteral("envoy.filters.network.tcp_proxy") },
        { QStringLiteral("typed_config"),
            typed("envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy",
                QJsonObject { { QStringLiteral("stat_prefix"), cluster }, { QStringLiteral("cluster"), cluster } }) } };
}

QJsonObject inlineRouteTo(const QString& name, const QString& prefix, const QString& cluster)
{
    return QJsonObject {
        { QStringLiteral("name"), name },
        { QStringLiteral("virtual_hosts"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("backend") },
                { QStringLiteral("domains"), QJsonArray { QStringLiteral("*") } },
                { QStringLiteral("routes"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("match"), QJsonObject { { QStringLiteral("prefix"), prefix } } },
                        { QStringLiteral("route"), QJsonObject { { QStringLiteral("cluster"), cluster } } } } } } } } }
    };
}

QJsonObject percentage(double percent)
{
    return QJsonObject { { QStringLiteral("numerator"), qint64(percent * 10000) },
        { QStringLiteral("denominator"), QStringLiteral("MILLION") } };
}

} // namespace

QJsonObject EnvoyConfig::listenerJson(const ListenerInfo& listener) const
{
    QJsonObject json { { QStringLiteral("name"), listener.name },
        { QStringLiteral("address"), socketAddress(listener.address, listener.port) } };
    QJsonArray chains;
    if (listener.port == 15090) {
        chains.append(QJsonObject { { QStringLiteral("filters"),
            QJsonArray { httpConnectionManager(QStringLiteral("stats"),
                inlineRouteTo(QString(), QStringLiteral("/stats/prometheus"), QStringLiteral("prometheus_stats")),
                true) } } });
    } else if (listener.port == 15021) {
        chains.append(QJsonObject { { QStringLiteral("filters"),
            QJsonArray { httpConnectionManager(QStringLiteral("agent"),
                inlineRouteTo(QString(), QStringLiteral("/healthz/ready"), QStringLiteral("agent")), true) } } });
    } else if (listener.name == QLatin1String("virtualOutbound")) {
        json.insert(QStringLiteral("use_original_dst"), true);
        chains.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("PassthroughFilterChain") },
            { QStringLiteral("filters"), QJsonArray { tcpProxy(QStringLiteral("PassthroughCluster")) } } });
    } else if (listener.name == QLatin1String("virtualInbound")) {
        for (const ClusterInfo& cluster : m_clusters) {
            if (!cluster.name.startsWith(QLatin1String("inbound|")))
                continue;
            chains.append(QJsonObject { { QStringLiteral("filter_chain_match"),
                                            QJsonObject { { QStringLiteral("destination_port"), cluster.port } } },
                { QStringLiteral("filters"),
                    QJsonArray {
                        httpConnectionManager(QStringLiteral("inbound_0.0.0.0_") + QString::number(cluster.port),
                            inlineRouteTo(cluster.name, QStringLiteral("/"), cluster.name), true) } },
                { QStringLiteral("name"), QString(QStringLiteral("0.0.0.0_") + QString::number(cluster.port)) } });
        }
        chains.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("virtualInbound") },
            { QStringLiteral("filters"), QJsonArray { tcpProxy(QStringLiteral("InboundPassthroughCluster")) } } });
    } else if (listener.address == QLatin1String("0.0.0.0")) {
        const QString routeName = m_proxy.router ? QStringLiteral("http.") + QString::number(listener.port)
                                                 : QString::number(listener.port);
        json.insert(QStringLiteral("bind_to_port"), m_proxy.router);
        chains.append(QJsonObject { { QStringLiteral("filters"),
            QJsonArray { httpConnectionManager(QStringLiteral("outbound_0.0.0.0_") + QString::number(listener.port),
                QJsonObject { { QStringLiteral("route_config_name"), routeName },
                    { QStringLiteral("config_source"),
                        QJsonObject { { QStringLiteral("ads"), QJsonObject() },
                            { QStringLiteral("resource_api_version"), QStringLiteral("V3") } } } },
                false) } } });
    } else {
        json.insert(QStringLiteral("bind_to_port"), false);
        for (const ClusterInfo& cluster : m_clusters) {
            if (cluster.port == listener.port && cluster.subset.isEmpty()
                && cluster.name.startsWith(QLatin1String("outbound|"))
                && m_topology.findService(cluster.serviceFqdn, QString())
                && m_topology.findService(cluster.serviceFqdn, QString())->clusterIP == listener.address) {
                chains.append(QJsonObject { { QStringLiteral("filters"), QJsonArray { tcpProxy(cluster.name) } } });
                break;
            }
        }
    }
    json.insert(QStringLiteral("filter_chains"), chains);
    json.insert(QStringLiteral("traffic_direction"),
        listener.name == QLatin1String("virtualInbound") ? QStringLiteral("INBOUND") : QStringLiteral("OUTBOUND"));
    return typed("envoy.config.listener.v3.Listener", json);
}

QJsonObject EnvoyConfig::listenersDump() const
{
    QJsonArray staticListeners;
    QJsonArray dynamicListeners;
    for (const ListenerInfo& listener : m_listeners) {
        if (listener.isStatic)
            staticListeners.append(QJsonObject { { QStringLiteral("listener"), listenerJson(listener) },
                { QStringLiteral("last_updated"), m_lastUpdated } });
        else
            dynamicListeners.append(QJsonObject { { QStringLiteral("name"), listener.name },
                { QStringLiteral("active_state"),
                    QJsonObject { { QStringLiteral("version_info"), m_versionInfo },
                        { QStringLiteral("listener"), listenerJson(listener) },
                        { QStringLiteral("last_updated"), m_lastUpdated } } } });
    }
    return typed("envoy.admin.v3.ListenersConfigDump",
        QJsonObject { { QStringLiteral("version_info"), m_versionInfo },
            { QStringLiteral("static_listeners"), staticListeners },
            { QStringLiteral("dynamic_listeners"), dynamicListeners } });
}

QJsonArray EnvoyConfig::routesFor(const MeshService& service, int port) const
{
    QJsonArray routes;
    const QString operation = service.fqdn() + QLatin1Char(':') + QString::number(port) + QStringLiteral("/*");
    const QJsonObject* vs = m_topology.virtualServiceFor(service.fqdn(), m_proxy.pod ? m_proxy.pod->ns : service.ns);
    const QJsonArray httpRoutes
        = vs ? vs->value(QLatin1String("spec")).toObject().value(QLatin1String("http")).toArray() : QJsonArray();
    if (httpRoutes.isEmpty()) {
        routes.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("default") },
            { QStringLiteral("match"), QJsonObject { { QStringLiteral("prefix"), QStringLiteral("/") } } },
            { QStringLiteral("route"),
                QJsonObject { { QStringLiteral("cluster"),
                                  clusterName(QStringLiteral("outbound"), port, QString(), service.fqdn()) },
                    { QStringLiteral("timeout"), QStringLiteral("0s") } } },
            { QStringLiteral("decorator"), QJsonObject { { QStringLiteral("operation"), operation } } } });
        return routes;
    }
    return virtualServiceRoutes(*vs, port, operation);
}

QJsonArray EnvoyConfig::virtualServiceRoutes(
    const QJsonObject& virtualService, int port, const QString& operation) const
{
    QJsonArray routes;
    const QJsonObject* vs = &virtualService;
    const QJsonArray httpRoutes = vs->value(QLatin1String("spec")).toObject().value(QLatin1String("http")).toArray();
    const QJsonObject metadata = vs->value(QLatin1String("metadata")).toObject();
    const QString vsNs = metadata.value(QLatin1String("namespace")).toString();
    const QJsonObject istioMetadata { { QStringLiteral("filter_metadata"),
        QJsonObject { { QStringLiteral("istio"),
            QJsonObject { { QStringLiteral("config"),
                objectPath(QStringLiteral("virtual-service"),
                    vsNs + QLatin1Char('/') + metadata.value(QLatin1String("name")).toString()) } } } } } };
    for (const QJsonValue& value : httpRoutes) {
        const QJsonObject httpRoute = value.toObject();
        QJsonArray weighted;
        for (const QJsonValue& destinationValue : httpRoute.value(QLatin1String("route")).toArray()) {
            const QJsonObject destination = destinationValue.toObject().value(QLatin1String("destination")).toObject();
            const QString host = MeshTopology::toFqdn(destination.value(QLatin1String("host")).toString(), vsNs);
            int destinationPort
                = destination.value(QLatin1String("port")).toObject().value(QLatin1String("number")).toInt(port);
            const MeshService* service = m_topology.findService(host, vsNs);
            if (destinationPort == 0 && service && !service->ports.isEmpty())
                destinationPort = service->ports.first().port; // a gateway route without a port
            weighted.append(QJsonObject { { QStringLiteral("name"),
                                              clusterName(QStringLiteral("outbound"), destinationPort,
                                                  destination.value(QLatin1String("subset")).toString(), host) },
                { QStringLiteral("weight"), destinationValue.toObject().value(QLatin1String("weight")).toInt(100) } });
        }
        QJsonObject action { { QStringLiteral("timeout"), QStringLiteral("0s") } };
        if (weighted.size() == 1)
            action.insert(QStringLiteral("cluster"), weighted.first().toObject().value(QLatin1String("name")));
        else
            action.insert(
                QStringLiteral("weighted_clusters"), QJsonObject { { QStringLiteral("clusters"), weighted } });
        QJsonArray matches = httpRoute.value(QLatin1String("match")).toArray();
        if (matches.isEmpty())
            matches.append(QJsonObject());
        for (const QJsonValue& matchValue : matches) {
            const QJsonObject match = matchValue.toObject();
            QJsonObject envoyMatch;
            const QJsonObject uri = match.value(QLatin1String("uri")).toObject();
            if (uri.contains(QLatin1String("exact")))
                envoyMatch.insert(QStringLiteral("path"), uri.value(QLatin1String("exact")));
            else if (uri.contains(QLatin1String("regex")))
                envoyMatch.insert(QStringLiteral("safe_regex"),
                    QJsonObject { { QStringLiteral("regex"), uri.value(QLatin1String("regex")) } });
            else
                envoyMatch.insert(
                    QStringLiteral("prefix"), uri.value(QLatin1String("prefix")).toString(QStringLiteral("/")));
            QJsonArray headers;
            const QJsonObject headerMatches = match.value(QLatin1String("headers")).toObject();
            for (auto it = headerMatches.begin(); it != headerMatches.end(); ++it)
                headers.append(QJsonObject { { QStringLiteral("name"), it.key() },
                    { QStringLiteral("string_match"), stringMatchJson(it.value().toObject()) } });
            if (!headers.isEmpty())
                envoyMatch.insert(QStringLiteral("headers"), headers);
            QJsonObject route { { QStringLiteral("match"), envoyMatch }, { QStringLiteral("route"), action },
                { QStringLiteral("metadata"), istioMetadata },
                { QStringLiteral("decorator"), QJsonObject { { QStringLiteral("operation"), operation } } } };
            if (httpRoute.contains(QLatin1String("name")))
                route.insert(QStringLiteral("name"), httpRoute.value(QLatin1String("name")));
            const QJsonObject fault = httpRoute.value(QLatin1String("fault")).toObject();
            if (!fault.isEmpty()) {
                QJsonObject envoyFault;
                const QJsonObject abort = fault.value(QLatin1String("abort")).toObject();
                if (!abort.isEmpty())
                    envoyFault.insert(QStringLiteral("abort"),
                        QJsonObject {
                            { QStringLiteral("http_status"), abort.value(QLatin1String("httpStatus")).toInt(503) },
                            { QStringLiteral("percentage"),
                                percentage(abort.value(QLatin1String("percentage"))
                                               .toObject()
                                               .value(QLatin1String("value"))
                                               .toDouble(100)) } });
                const QJsonObject delay = fault.value(QLatin1String("delay")).toObject();
                if (!delay.isEmpty())
                    envoyFault.insert(QStringLiteral("delay"),
                        QJsonObject {
                            { QStringLiteral("fixed_delay"), delay.value(QLatin1String("fixedDelay")).toString() },
                            { QStringLiteral("percentage"),
                                percentage(delay.value(QLatin1String("percentage"))
                                               .toObject()
                                               .value(QLatin1String("value"))
                                               .toDouble(100)) } });
                route.insert(QStringLiteral("typed_per_filter_config"),
                    QJsonObject { { QStringLiteral("envoy.filters.http.fault"),
                        typed("envoy.extensions.filters.http.fault.v3.HTTPFault", envoyFault) } });
            }
            routes.append(route);
        }
    }
    return routes;
}

QJsonArray EnvoyConfig::virtualHostsForPort(int port) const
{
    QJsonArray hosts;
    for (const MeshService& service : m_topology.services()) {
        bool servesPort = false;
        for (const ServicePort& p : service.ports)
            servesPort = servesPort || (p.port == port && p.isHttp());
        if (!servesPort)
            continue;
        const QString portText = QLatin1Char(':') + QString::number(port);
        QJsonArray domains { service.fqdn(), QString(service.fqdn() + portText) };
        if (m_proxy.pod && service.ns == m_proxy.pod->ns)
            domains << service.name << QString(service.name + portText);
        const QString shortName = service.name + QLatin1Char('.') + service.ns;
        domains << shortName << QString(shortName + portText);
        if (!service.clusterIP.isEmpty() && service.clusterIP != QLatin1String("None"))
            domains << service.clusterIP << QString(service.clusterIP + portText);
        hosts.append(QJsonObject { { QStringLiteral("name"), QString(service.fqdn() + portText) },
            { QStringLiteral("domains"), domains }, { QStringLiteral("routes"), routesFor(service, port) },
            { QStringLiteral("include_request_attempt_count"), true } });
    }
    hosts.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("allow_any") },
        { QStringLiteral("domains"), QJsonArray { QStringLiteral("*") } },
        { QStringLiteral("routes"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("allow_any") },
                { QStringLiteral("match"), QJsonObject { { QStringLiteral("prefix"), QStringLiteral("/") } } },
                { QStringLiteral("route"),
                    QJsonObject { { QStringLiteral("cluster"), QStringLiteral("PassthroughCluster") },
                        { QStringLiteral("timeout"), QStringLiteral("0s") } } } } } } });
    return hosts;
}

QJsonObject EnvoyConfig::routesDump() const
{
    QJsonArray staticConfigs;
    for (const ClusterInfo& cluster : m_clusters) {
        if (cluster.name.startsWith(QLatin1String("inbound|")))
            staticConfigs.append(
                QJsonObject { { QStringLiteral("route_config"),
                                  typed("envoy.config.route.v3.RouteConfiguration",
                                      inlineRouteTo(cluster.name, QStringLiteral("/"), cluster.name)) },
                    { QStringLiteral("last_updated"), m_lastUpdated } });
    }
    QJsonArray dynamicConfigs;
    const QList<int> ports = m_proxy.router ? QList<int> { 8080 } : m_httpPorts;
    for (int port : ports) {
        const QString name = m_proxy.router ? QStringLiteral("http.8080") : QString::number(port);
        QJsonArray hosts = m_proxy.router ? QJsonArray() : virtualHostsForPort(port);
        if (m_proxy.router) {
            // The gateway routes by the VirtualServices bound to a Gateway.
            for (const QJsonObject& vs : m_topology.virtualServices()) {
                const QJsonObject spec = vs.value(QLatin1String("spec")).toObject();
                const QJsonArray gateways = spec.value(QLatin1String("gateways")).toArray();
                if (gateways.isEmpty()
                    || (gateways.size() == 1 && gateways.first().toString() == QLatin1String("mesh")))
                    continue;
                for (const QJsonValue& host : spec.value(QLatin1String("hosts")).toArray())
                    hosts.append(
                        QJsonObject { { QStringLiteral("name"), QString(host.toString() + QStringLiteral(":80")) },
                            { QStringLiteral("domains"),
                                QJsonArray { host.toString(), QString(host.toString() + QStringLiteral(":*")) } },
                            { QStringLiteral("routes"),
                                virtualServiceRoutes(vs, 0, host.toString() + QStringLiteral(":8080/*")) } });
            }
        }
        dynamicConfigs.append(QJsonObject { { QStringLiteral("version_info"), m_versionInfo },
            { QStringLiteral("route_config"),
                typed("envoy.config.route.v3.RouteConfiguration",
                    QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("virtual_hosts"), hosts },
                        { QStringLiteral("validate_clusters"), false } }) },
            { QStringLiteral("last_updated"), m_lastUpdated } });
    }
    return typed("envoy.admin.v3.RoutesConfigDump",
        QJsonObject { { QStringLiteral("static_route_configs"), staticConfigs },
            { QStringLiteral("dynamic_route_configs"), dynamicConfigs } });
}

QJsonObject EnvoyConfig::secretsDump(const QByteArray& certificateChainPem, const QByteArray& rootCertPem) const
{
    const QJsonObject workloadSecret {
        { QStringLiteral("name"), QStringLiteral("default") },
        { QStringLiteral("tls_certificate"),
            QJsonObject { { QStringLiteral("certificate_chain"),
                              QJsonObject { { QStringLiteral("inline_bytes"),
                                  QString::fromLatin1(certificateChainPem.toBase64()) } } },
                // Envoy never shows key material: it prints base64("[redacted]").
                { QStringLiteral("private_key"),
                    QJsonObject { { QStringLiteral("inline_bytes"), QString::fromLatin1(kRedacted.toBase64()) } } } } }
    };
    const QJsonObject rootSecret { { QStringLiteral("name"), QStringLiteral("ROOTCA") },
        { QStringLiteral("validation_context"),
            QJsonObject { { QStringLiteral("trusted_ca"),
                QJsonObject { { QStringLiteral("inline_bytes"), QString::fromLatin1(rootCertPem.toBase64()) } } } } } };
    QJsonArray secrets;
    for (const QJsonObject& secret : { workloadSecret, rootSecret })
        secrets.append(QJsonObject { { QStringLiteral("name"), secret.value(QLatin1String("name")) },
            { QStringLiteral("version_info"), m_lastUpdated }, { QStringLiteral("last_updated"), m_lastUpdated },
            { QStringLiteral("secret"), typed("envoy.extensions.transport_sockets.tls.v3.Secret", secret) } });
    return typed(
        "envoy.admin.v3.SecretsConfigDump", QJsonObject { { QStringLiteral("dynamic_active_secrets"), secrets } });
}

QJsonObject EnvoyConfig::configDump(const QString& resource, bool includeEds, const QByteArray& certificateChainPem,
    const QByteArray& rootCertPem) const
{
    QList<QJsonObject> sections { bootstrapDump(), clustersDump() };
    if (includeEds)
        sections.append(endpointsDump());
    sections << listenersDump() << typed("envoy.admin.v3.ScopedRoutesConfigDump", {}) << routesDump()
             << secretsDump(certificateChainPem, rootCertPem);
    QJsonArray configs;
    if (resource.isEmpty()) {
        for (const QJsonObject& section : sections)
            configs.append(section);
        return QJsonObject { { QStringLiteral("configs"), configs } };
    }
    // ?resource=dynamic_active_clusters: the items of that field, each typed as the nested message.
    static const QHash<QString, QString> itemTypes { { QStringLiteral("static_clusters"),
                                                         QStringLiteral("StaticCluster") },
        { QStringLiteral("dynamic_active_clusters"), QStringLiteral("DynamicCluster") },
        { QStringLiteral("dynamic_warming_clusters"), QStringLiteral("DynamicCluster") },
        { QStringLiteral("static_listeners"), QStringLiteral("StaticListener") },
        { QStringLiteral("dynamic_listeners"), QStringLiteral("DynamicListener") },
        { QStringLiteral("static_route_configs"), QStringLiteral("StaticRouteConfig") },
        { QStringLiteral("dynamic_route_configs"), QStringLiteral("DynamicRouteConfig") },
        { QStringLiteral("dynamic_active_secrets"), QStringLiteral("DynamicSecret") },
        { QStringLiteral("static_endpoint_configs"), QStringLiteral("StaticEndpointConfig") },
        { QStringLiteral("dynamic_endpoint_configs"), QStringLiteral("DynamicEndpointConfig") } };
    const QString itemType = itemTypes.value(resource);
    for (const QJsonObject& section : sections) {
        if (itemType.isEmpty() || !section.contains(resource))
            continue;
        const QString sectionType = section.value(QLatin1String("@type")).toString();
        for (const QJsonValue& item : section.value(resource).toArray()) {
            QJsonObject object = item.toObject();
            object.insert(QStringLiteral("@type"), QString(sectionType + QLatin1Char('.') + itemType));
            configs.append(object);
        }
        return QJsonObject { { QStringLiteral("configs"), configs } };
    }
    return QJsonObject();
}

} // namespace meshscope::sim
