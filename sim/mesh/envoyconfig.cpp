#include "envoyconfig.h"

#include "envoyconfig_p.h"

#include <QSet>
#include <algorithm>

namespace meshscope::sim {

namespace envoyjson {

namespace {
const QString kTypePrefix = QStringLiteral("type.googleapis.com/");
} // namespace

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

} // namespace envoyjson

using namespace envoyjson;

namespace {
const QByteArray kRedacted = QByteArrayLiteral("[redacted]");
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

namespace {

// The Envoy release that Istio's proxy of istioVersion is built on, as Envoy's bootstrap node reports it.
QJsonObject envoyBuildVersion()
{
    const QJsonObject version { { QStringLiteral("major_number"), 1 }, { QStringLiteral("minor_number"), 36 },
        { QStringLiteral("patch"), 2 } };
    const QJsonObject metadata { { QStringLiteral("build.type"), QStringLiteral("RELEASE") },
        { QStringLiteral("revision.status"), QStringLiteral("Clean") },
        { QStringLiteral("ssl.version"), QStringLiteral("BoringSSL") } };
    return QJsonObject { { QStringLiteral("version"), version }, { QStringLiteral("metadata"), metadata } };
}

} // namespace

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
        { QStringLiteral("metadata"), metadata }, { QStringLiteral("user_agent_name"), QStringLiteral("envoy") },
        { QStringLiteral("user_agent_build_version"), envoyBuildVersion() } };
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
