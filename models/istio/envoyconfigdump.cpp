#include "envoyconfigdump.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meshscope {
namespace {

QJsonValue at(const QJsonValue& root, std::initializer_list<const char*> path)
{
    QJsonValue value = root;
    for (const char* key : path)
        value = value.toObject().value(QLatin1String(key));
    return value;
}

// "/apis/networking.istio.io/v1/namespaces/bookinfo/virtual-service/reviews" → "reviews.bookinfo"
QString istioConfigRef(const QJsonObject& withMetadata)
{
    const QStringList parts = at(withMetadata, { "metadata", "filter_metadata", "istio", "config" })
                                  .toString()
                                  .split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype ns = parts.indexOf(QLatin1String("namespaces"));
    if (ns < 0 || ns + 3 >= parts.size())
        return {};
    return parts.at(ns + 3) + QLatin1Char('.') + parts.at(ns + 1);
}

QString socketAddress(const QJsonValue& address, int* port)
{
    const QJsonObject socket = at(address, { "socket_address" }).toObject();
    if (!socket.isEmpty()) {
        *port = socket.value(QLatin1String("port_value")).toInt();
        return socket.value(QLatin1String("address")).toString();
    }
    const QString pipe = at(address, { "pipe", "path" }).toString();
    if (!pipe.isEmpty())
        return pipe;
    return at(address, { "envoy_internal_address", "server_listener_name" }).toString();
}

void readClusters(const QJsonObject& dump, EnvoyConfigDump* out)
{
    for (const char* list : { "static_clusters", "dynamic_active_clusters", "dynamic_warming_clusters" }) {
        for (const QJsonValue& entry : dump.value(QLatin1String(list)).toArray()) {
            const QJsonObject cluster = entry.toObject().value(QLatin1String("cluster")).toObject();
            EnvoyCluster parsed = parseClusterName(cluster.value(QLatin1String("name")).toString());
            if (parsed.name.isEmpty())
                continue;
            parsed.type = cluster.value(QLatin1String("type")).toString();
            if (parsed.type.isEmpty())
                parsed.type = at(cluster, { "cluster_type", "name" }).toString();
            if (parsed.type.isEmpty())
                parsed.type = QStringLiteral("EDS");
            parsed.destinationRule = istioConfigRef(cluster);
            parsed.dynamic = qstrcmp(list, "static_clusters") != 0;
            out->clusters.append(parsed);
        }
    }
}

void readListeners(const QJsonObject& dump, EnvoyConfigDump* out)
{
    for (const QJsonValue& entry : dump.value(QLatin1String("static_listeners")).toArray()) {
        const QJsonObject listener = entry.toObject().value(QLatin1String("listener")).toObject();
        EnvoyListener parsed;
        parsed.name = listener.value(QLatin1String("name")).toString();
        parsed.address = socketAddress(listener.value(QLatin1String("address")), &parsed.port);
        parsed.state = QStringLiteral("active");
        out->listeners.append(parsed);
    }
    for (const QJsonValue& entry : dump.value(QLatin1String("dynamic_listeners")).toArray()) {
        const QJsonObject dynamic = entry.toObject();
        EnvoyListener parsed;
        parsed.name = dynamic.value(QLatin1String("name")).toString();
        parsed.dynamic = true;
        for (const char* state : { "active_state", "warming_state", "draining_state" }) {
            const QJsonObject holder = dynamic.value(QLatin1String(state)).toObject();
            if (holder.isEmpty())
                continue;
            parsed.state = QString::fromLatin1(state).section(QLatin1Char('_'), 0, 0);
            parsed.address = socketAddress(at(holder, { "listener", "address" }), &parsed.port);
            break;
        }
        if (dynamic.contains(QLatin1String("error_state")))
            parsed.state = QStringLiteral("error");
        out->listeners.append(parsed);
    }
}

void readRouteConfig(const QJsonObject& config, EnvoyConfigDump* out)
{
    const QString configName = config.value(QLatin1String("name")).toString();
    for (const QJsonValue& hostValue : config.value(QLatin1String("virtual_hosts")).toArray()) {
        const QJsonObject host = hostValue.toObject();
        QStringList domains;
        for (const QJsonValue& domain : host.value(QLatin1String("domains")).toArray())
            domains << domain.toString();
        for (const QJsonValue& routeValue : host.value(QLatin1String("routes")).toArray()) {
            const QJsonObject route = routeValue.toObject();
            EnvoyRouteEntry entry;
            entry.routeConfig = configName;
            entry.virtualHost = host.value(QLatin1String("name")).toString();
            entry.domains = domains;
            const QJsonObject match = route.value(QLatin1String("match")).toObject();
            if (match.contains(QLatin1String("prefix")))
                entry.match = match.value(QLatin1String("prefix")).toString() + QLatin1Char('*');
            else if (match.contains(QLatin1String("path")))
                entry.match = match.value(QLatin1String("path")).toString();
            else
                entry.match = at(match, { "safe_regex", "regex" }).toString();
            const QJsonObject action = route.value(QLatin1String("route")).toObject();
            entry.cluster = action.value(QLatin1String("cluster")).toString();
            for (const QJsonValue& weighted : at(action, { "weighted_clusters", "clusters" }).toArray()) {
                const QJsonObject cluster = weighted.toObject();
                const QJsonValue weight = cluster.value(QLatin1String("weight"));
                // proto3 JSON may write uint32 as a number or a string
                entry.weightedClusters.append({ cluster.value(QLatin1String("name")).toString(),
                    weight.isString() ? weight.toString().toInt() : weight.toInt() });
            }
            entry.virtualService = istioConfigRef(route);
            out->routes.append(entry);
        }
    }
}

void readRoutes(const QJsonObject& dump, EnvoyConfigDump* out)
{
    for (const char* list : { "static_route_configs", "dynamic_route_configs" }) {
        for (const QJsonValue& entry : dump.value(QLatin1String(list)).toArray())
            readRouteConfig(entry.toObject().value(QLatin1String("route_config")).toObject(), out);
    }
}

void readEndpoints(const QJsonObject& dump, EnvoyConfigDump* out)
{
    for (const char* list : { "static_endpoint_configs", "dynamic_endpoint_configs" }) {
        for (const QJsonValue& entry : dump.value(QLatin1String(list)).toArray()) {
            const QJsonObject assignment = entry.toObject().value(QLatin1String("endpoint_config")).toObject();
            const QString cluster = assignment.value(QLatin1String("cluster_name")).toString();
            for (const QJsonValue& localityValue : assignment.value(QLatin1String("endpoints")).toArray()) {
                const QJsonObject locality = localityValue.toObject();
                const QJsonObject where = locality.value(QLatin1String("locality")).toObject();
                QStringList parts;
                for (const char* key : { "region", "zone", "sub_zone" }) {
                    if (where.contains(QLatin1String(key)))
                        parts << where.value(QLatin1String(key)).toString();
                }
                for (const QJsonValue& lbValue : locality.value(QLatin1String("lb_endpoints")).toArray()) {
                    const QJsonObject lb = lbValue.toObject();
                    EnvoyEndpoint endpoint;
                    endpoint.cluster = cluster;
                    int port = 0;
                    endpoint.address = socketAddress(at(lb, { "endpoint", "address" }), &port);
                    if (port > 0)
                        endpoint.address += QLatin1Char(':') + QString::number(port);
                    endpoint.health = lb.value(QLatin1String("health_status")).toString(QStringLiteral("HEALTHY"));
                    endpoint.locality = parts.join(QLatin1Char('/'));
                    endpoint.weight = lb.value(QLatin1String("load_balancing_weight")).toInt(1);
                    out->endpoints.append(endpoint);
                }
            }
        }
    }
}

void readSecrets(const QJsonObject& dump, EnvoyConfigDump* out)
{
    for (const char* list : { "static_secrets", "dynamic_active_secrets", "dynamic_warming_secrets" }) {
        for (const QJsonValue& entry : dump.value(QLatin1String(list)).toArray()) {
            const QJsonObject secret = entry.toObject().value(QLatin1String("secret")).toObject();
            EnvoySecret parsed;
            parsed.name = entry.toObject().value(QLatin1String("name")).toString();
            if (parsed.name.isEmpty())
                parsed.name = secret.value(QLatin1String("name")).toString();
            parsed.type = secret.contains(QLatin1String("validation_context")) ? QStringLiteral("CA")
                                                                               : QStringLiteral("Cert Chain");
            parsed.state
                = qstrcmp(list, "dynamic_warming_secrets") == 0 ? QStringLiteral("WARMING") : QStringLiteral("ACTIVE");
            out->secrets.append(parsed); // key material is never copied out
        }
    }
}

} // namespace

EnvoyCluster parseClusterName(const QString& name)
{
    EnvoyCluster cluster;
    cluster.name = name;
    const QStringList parts = name.split(QLatin1Char('|'));
    if (parts.size() == 4) {
        cluster.direction = parts.at(0);
        cluster.port = parts.at(1).toInt();
        cluster.subset = parts.at(2);
        cluster.serviceFqdn = parts.at(3);
    }
    return cluster;
}

EnvoyConfigDump parseEnvoyConfigDump(const QByteArray& body)
{
    EnvoyConfigDump result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue configs = document.object().value(QLatin1String("configs"));
    if (!document.isObject() || !configs.isArray()) {
        result.error
            = QCoreApplication::translate("EnvoyConfigDump", "The config dump is not a ConfigDump JSON object (%1)")
                  .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("no configs array")
                                                                    : parseError.errorString());
        return result;
    }
    for (const QJsonValue& value : configs.toArray()) {
        const QJsonObject config = value.toObject();
        const QString type = config.value(QLatin1String("@type")).toString();
        if (type.endsWith(QLatin1String(".BootstrapConfigDump"))) {
            const QJsonObject node = at(config, { "bootstrap", "node" }).toObject();
            result.nodeId = node.value(QLatin1String("id")).toString();
            result.istioVersion = at(node, { "metadata", "ISTIO_VERSION" }).toString();
            const QJsonObject version = at(node, { "user_agent_build_version", "version" }).toObject();
            if (!version.isEmpty())
                result.envoyVersion = QStringLiteral("%1.%2.%3")
                                          .arg(version.value(QLatin1String("major_number")).toInt())
                                          .arg(version.value(QLatin1String("minor_number")).toInt())
                                          .arg(version.value(QLatin1String("patch")).toInt());
        } else if (type.endsWith(QLatin1String(".ClustersConfigDump"))) {
            readClusters(config, &result);
        } else if (type.endsWith(QLatin1String(".ListenersConfigDump"))) {
            readListeners(config, &result);
        } else if (type.endsWith(QLatin1String(".RoutesConfigDump"))) {
            readRoutes(config, &result);
        } else if (type.endsWith(QLatin1String(".EndpointsConfigDump"))) {
            readEndpoints(config, &result);
        } else if (type.endsWith(QLatin1String(".SecretsConfigDump"))) {
            readSecrets(config, &result);
        } else if (type.endsWith(QLatin1String(".EcdsConfigDump"))) {
            for (const QJsonValue& filter : config.value(QLatin1String("ecds_filters")).toArray())
                result.ecdsFilters << at(filter, { "ecds_filter", "name" }).toString();
        }
    }
    return result;
}

} // namespace meshscope
