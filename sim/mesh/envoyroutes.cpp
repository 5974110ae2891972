// The route configurations of a proxy's config dump, from the live VirtualServices.
#include "envoyconfig.h"
#include "envoyconfig_p.h"

namespace meshscope::sim {

using namespace envoyjson;

namespace {

QJsonObject percentage(double percent)
{
    return QJsonObject { { QStringLiteral("numerator"), qint64(percent * 10000) },
        { QStringLiteral("denominator"), QStringLiteral("MILLION") } };
}

} // namespace

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

} // namespace meshscope::sim
