// The listeners of a proxy's config dump.
#include "envoyconfig.h"
#include "envoyconfig_p.h"

namespace meshscope::sim {

using namespace envoyjson;

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

} // namespace meshscope::sim
