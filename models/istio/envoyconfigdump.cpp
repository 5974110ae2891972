#include "envoyconfigdump.h"

#include "envoylisteners.h"
#include "envoysecrets.h"
#include "models/proxy/gotext.h"

#include <QCoreApplication>
#include <algorithm>
#include <climits>

namespace meshscope {
namespace {

bool typeIs(const JsonRef& object, std::string_view suffix)
{
    const std::string_view type = object["@type"].stringView();
    return type.size() >= suffix.size() && type.substr(type.size() - suffix.size()) == suffix;
}

QString text(const JsonRef& ref)
{
    return ref.toString();
}

// Enum fields may be written by name or by number.
QString clusterType(const JsonRef& cluster)
{
    const JsonRef type = cluster.field("type");
    if (type.isString())
        return type.toString();
    static const char* const names[] = { "STATIC", "STRICT_DNS", "LOGICAL_DNS", "EDS", "ORIGINAL_DST" };
    const std::int64_t number = type.toInt(0);
    return number >= 0 && number < 5 ? QString::fromLatin1(names[number]) : QString::number(number);
}

void readClusters(const JsonRef& section, EnvoyConfigDump* out)
{
    struct List
    {
        const char* name;
        EnvoyResourceState state;
    };
    // istioctl's order: dynamic active, then static; warming ones follow for the inspector.
    for (const List& list : { List { "dynamic_active_clusters", EnvoyResourceState::Active },
             List { "static_clusters", EnvoyResourceState::Static },
             List { "dynamic_warming_clusters", EnvoyResourceState::Warming } }) {
        const JsonRef entries = section.field(list.name);
        for (std::uint32_t i = 0; i < entries.size(); ++i) {
            const JsonRef entry = entries.at(i);
            const JsonRef cluster = entry.field("cluster");
            if (!cluster.isObject())
                continue;
            EnvoyCluster parsed = parseClusterName(text(cluster.field("name")));
            parsed.type = clusterType(cluster);
            parsed.destinationRulePath = istioConfigPath(cluster);
            parsed.destinationRule = istioManagement(cluster);
            parsed.state = list.state;
            parsed.dynamic = list.state != EnvoyResourceState::Static;
            parsed.versionInfo = text(entry.field("version_info"));
            parsed.lastUpdated = text(entry.field("last_updated"));
            parsed.json = cluster;
            out->clusters.append(parsed);
        }
    }
}

void readListeners(const JsonRef& section, EnvoyConfigDump* out)
{
    const auto add = [out](const JsonRef& listener, EnvoyResourceState state, const JsonRef& holder) {
        EnvoyListener parsed = describeListener(listener);
        parsed.state = state;
        parsed.dynamic = state != EnvoyResourceState::Static;
        parsed.versionInfo = text(holder.field("version_info"));
        parsed.lastUpdated = text(holder.field("last_updated"));
        out->listeners.append(parsed);
    };
    const JsonRef dynamic = section.field("dynamic_listeners");
    QList<std::pair<JsonRef, EnvoyResourceState>> inactive;
    for (std::uint32_t i = 0; i < dynamic.size(); ++i) {
        const JsonRef entry = dynamic.at(i);
        const JsonRef active = entry.field("active_state");
        if (active.field("listener").isObject()) {
            add(active.field("listener"), EnvoyResourceState::Active, active);
            continue;
        }
        for (const auto& [field, state] : { std::pair { "warming_state", EnvoyResourceState::Warming },
                 std::pair { "draining_state", EnvoyResourceState::Draining } }) {
            if (entry.field(field).field("listener").isObject()) {
                inactive.append({ entry.field(field), state });
                break;
            }
        }
        if (entry.field("error_state").isObject() && !entry.field("warming_state").isValid()
            && !entry.field("draining_state").isValid()) {
            EnvoyListener failed;
            failed.name = text(entry.field("name"));
            failed.state = EnvoyResourceState::Error;
            failed.dynamic = true;
            failed.json = entry;
            out->listeners.append(failed);
        }
    }
    const JsonRef statics = section.field("static_listeners");
    for (std::uint32_t i = 0; i < statics.size(); ++i) {
        const JsonRef entry = statics.at(i);
        if (entry.field("listener").isObject())
            add(entry.field("listener"), EnvoyResourceState::Static, entry);
    }
    for (const auto& [holder, state] : inactive)
        add(holder.field("listener"), state, holder);
}

void readRoutes(const JsonRef& section, EnvoyConfigDump* out)
{
    int configIndex = 0;
    for (const char* list : { "dynamic_route_configs", "static_route_configs" }) {
        const JsonRef entries = section.field(list);
        const bool dynamic = qstrcmp(list, "dynamic_route_configs") == 0;
        for (std::uint32_t i = 0; i < entries.size(); ++i) {
            const JsonRef entry = entries.at(i);
            const JsonRef config = entry.field("route_config");
            if (!config.isObject())
                continue;
            EnvoyRouteConfig routeConfig;
            routeConfig.name = text(config.field("name"));
            routeConfig.virtualHosts = int(config.field("virtual_hosts").size());
            routeConfig.dynamic = dynamic;
            routeConfig.versionInfo = text(entry.field("version_info"));
            routeConfig.lastUpdated = text(entry.field("last_updated"));
            routeConfig.json = config;
            out->routeConfigs.append(routeConfig);
            QList<EnvoyRouteEntry> rows = describeRouteConfiguration(config);
            for (EnvoyRouteEntry& row : rows) {
                row.routeConfigIndex = configIndex;
                row.dynamic = dynamic;
                row.versionInfo = text(entry.field("version_info"));
                row.lastUpdated = text(entry.field("last_updated"));
            }
            out->routes.append(rows);
            ++configIndex;
        }
    }
}

QString localityText(const JsonRef& locality)
{
    // istioctl: region, then /zone and /sub_zone only while they are set
    QString result = text(locality.field("region"));
    const QString zone = text(locality.field("zone"));
    if (zone.isEmpty())
        return result;
    result += QLatin1Char('/') + zone;
    const QString subZone = text(locality.field("sub_zone"));
    if (subZone.isEmpty())
        return result;
    return result + QLatin1Char('/') + subZone;
}

QString healthName(const JsonRef& status)
{
    if (status.isString())
        return status.toString();
    static const char* const names[] = { "UNKNOWN", "HEALTHY", "UNHEALTHY", "DRAINING", "TIMEOUT", "DEGRADED" };
    const std::int64_t number = status.toInt(0);
    return number >= 0 && number < 6 ? QString::fromLatin1(names[number]) : QString::number(number);
}

void readEndpoints(const JsonRef& section, EnvoyConfigDump* out)
{
    for (const char* list : { "dynamic_endpoint_configs", "static_endpoint_configs" }) {
        const JsonRef entries = section.field(list);
        for (std::uint32_t i = 0; i < entries.size(); ++i) {
            const JsonRef assignment = entries.at(i).field("endpoint_config");
            if (!assignment.isObject())
                continue;
            const int assignmentIndex = int(out->endpointAssignments.size());
            out->endpointAssignments.append(assignment);
            const QString cluster = text(assignment.field("cluster_name"));
            const JsonRef localities = assignment.field("endpoints");
            for (std::uint32_t l = 0; l < localities.size(); ++l) {
                const JsonRef locality = localities.at(l);
                const QString where = localityText(locality.field("locality"));
                const JsonRef lbEndpoints = locality.field("lb_endpoints");
                for (std::uint32_t e = 0; e < lbEndpoints.size(); ++e) {
                    const JsonRef lb = lbEndpoints.at(e);
                    EnvoyEndpoint endpoint;
                    endpoint.cluster = cluster;
                    endpoint.assignmentIndex = assignmentIndex;
                    endpoint.addresses = envoyEndpointAddresses(lb.field("endpoint"));
                    endpoint.address = endpoint.addresses.join(QLatin1Char(','));
                    endpoint.port = int(
                        lb.field("endpoint").field("address").field("socket_address").field("port_value").toInt());
                    endpoint.health = healthName(lb.field("health_status"));
                    endpoint.locality = where;
                    endpoint.weight = int(lb.field("load_balancing_weight").toInt(1));
                    endpoint.json = lb;
                    out->endpoints.append(endpoint);
                }
            }
        }
    }
}

void readEcds(const JsonRef& section, EnvoyConfigDump* out)
{
    const JsonRef filters = section.field("ecds_filters");
    for (std::uint32_t i = 0; i < filters.size(); ++i) {
        const JsonRef config = filters.at(i).field("ecds_filter");
        EnvoyEcdsFilter filter;
        filter.name = text(config.field("name"));
        filter.type = text(config.field("typed_config")["@type"]);
        if (filter.type.startsWith(QLatin1String("type.googleapis.com/")))
            filter.type = filter.type.mid(20);
        filter.json = config;
        out->ecds.append(filter);
        out->ecdsFilters << filter.name;
    }
}

void readBootstrap(const JsonRef& section, EnvoyConfigDump* out)
{
    const JsonRef node = section.field("bootstrap").field("node");
    out->nodeId = text(node.field("id"));
    const JsonRef metadata = node.field("metadata");
    out->istioVersion = text(metadata["ISTIO_VERSION"]);
    out->istioProxySha = text(metadata["ISTIO_PROXY_SHA"]);
    const QStringList shaParts = out->istioProxySha.split(QLatin1Char(':'));
    if (shaParts.size() > 1)
        out->istioProxySha = shaParts.at(1);
    const JsonRef build = node.field("user_agent_build_version");
    const JsonRef version = build.field("version");
    QString envoy = QStringLiteral("%1.%2.%3")
                        .arg(version.field("major_number").toInt())
                        .arg(version.field("minor_number").toInt())
                        .arg(version.field("patch").toInt());
    const JsonRef buildMetadata = build.field("metadata");
    if (buildMetadata.contains("build.label"))
        envoy += QLatin1Char('-') + text(buildMetadata["build.label"]);
    for (const char* key : { "revision.status", "build.type", "ssl.version" }) {
        if (buildMetadata.contains(key))
            envoy += QLatin1Char('/') + text(buildMetadata[key]);
    }
    out->envoyVersion = envoy;
}

} // namespace

QString envoyResourceStateText(EnvoyResourceState state)
{
    switch (state) {
    case EnvoyResourceState::Static:
        return QStringLiteral("static");
    case EnvoyResourceState::Active:
        return QStringLiteral("active");
    case EnvoyResourceState::Warming:
        return QStringLiteral("warming");
    case EnvoyResourceState::Draining:
        return QStringLiteral("draining");
    case EnvoyResourceState::Error:
        return QStringLiteral("error");
    }
    return {};
}

EnvoyCluster parseClusterName(const QString& name)
{
    EnvoyCluster cluster;
    cluster.name = name;
    cluster.subsetKey = name.count(QLatin1Char('|')) >= 3;
    // Istio's ParseSubsetKey: dir|port|subset|hostname, or the DNS SRV form with "_." separators.
    const QString separator = name.startsWith(QLatin1String("outbound_")) || name.startsWith(QLatin1String("inbound_"))
        ? QStringLiteral("_.")
        : QStringLiteral("|");
    QString rest = name;
    const auto cut = [&](QString* head) {
        const qsizetype at = rest.indexOf(separator);
        if (at < 0)
            return false;
        *head = rest.left(at);
        rest = rest.mid(at + separator.size());
        return true;
    };
    QString direction, port, subset;
    if (!cut(&direction))
        return cluster;
    cluster.direction = direction;
    if (!cut(&port))
        return cluster;
    cluster.port = int(std::clamp<std::int64_t>(gotext::atoi(port), INT_MIN, INT_MAX));
    if (!cut(&subset))
        return cluster;
    cluster.subset = subset;
    if (!rest.contains(separator))
        cluster.serviceFqdn = rest;
    return cluster;
}

QString istioConfigPath(const JsonRef& resource)
{
    return resource.field("metadata").field("filter_metadata")["istio"]["config"].toString();
}

QString istioManagement(const JsonRef& resource)
{
    const JsonRef istio = resource.field("metadata").field("filter_metadata")["istio"];
    return istio.contains("config") ? istioConfigReference(istio["config"].toString()) : QString();
}

QString istioConfigReference(const QString& configPath)
{
    if (!configPath.startsWith(QLatin1String("/apis/networking.istio.io/")))
        return QStringLiteral("<unknown>");
    const QStringList pieces = configPath.split(QLatin1Char('/'));
    if (pieces.size() != 8)
        return {};
    return pieces.at(7) + QLatin1Char('.') + pieces.at(5);
}

EnvoyConfigDump readEnvoyConfigDump(const JsonRef& root)
{
    EnvoyConfigDump result;
    result.root = root;
    const JsonRef configs = root["configs"];
    if (!root.isObject() || !configs.isArray()) {
        result.error = QCoreApplication::translate("EnvoyConfigDump",
            "The config dump is not a ConfigDump JSON object "
            "(no configs array)");
        return result;
    }
    for (std::uint32_t i = 0; i < configs.size(); ++i) {
        const JsonRef config = configs.at(i);
        if (typeIs(config, ".BootstrapConfigDump"))
            result.bootstrapSection = config;
        else if (typeIs(config, ".ClustersConfigDump"))
            result.clustersSection = config;
        else if (typeIs(config, ".ListenersConfigDump"))
            result.listenersSection = config;
        else if (typeIs(config, ".RoutesConfigDump"))
            result.routesSection = config;
        else if (typeIs(config, ".EndpointsConfigDump"))
            result.endpointsSection = config;
        else if (typeIs(config, ".SecretsConfigDump"))
            result.secretsSection = config;
        else if (typeIs(config, ".EcdsConfigDump"))
            result.ecdsSections.append(config);
    }
    if (result.bootstrapSection.isValid())
        readBootstrap(result.bootstrapSection, &result);
    readClusters(result.clustersSection, &result);
    readListeners(result.listenersSection, &result);
    readRoutes(result.routesSection, &result);
    readEndpoints(result.endpointsSection, &result);
    result.secrets = readEnvoySecrets(result.secretsSection);
    for (const JsonRef& section : result.ecdsSections)
        readEcds(section, &result);
    return result;
}

EnvoyConfigDump parseEnvoyConfigDump(const QByteArray& body)
{
    const JsonParseResult parsed = parseJsonTree(body);
    if (!parsed.error.isEmpty()) {
        EnvoyConfigDump result;
        result.error = QCoreApplication::translate("EnvoyConfigDump", "The config dump is %1").arg(parsed.error);
        return result;
    }
    return readEnvoyConfigDump(parsed.root);
}

EnvoyHostStatuses parseEnvoyClustersJson(const QByteArray& body)
{
    EnvoyHostStatuses result;
    const JsonParseResult parsed = parseJsonTree(body);
    if (!parsed.error.isEmpty() || !parsed.root.isObject()) {
        result.error = QCoreApplication::translate("EnvoyConfigDump", "Envoy's /clusters answer is %1")
                           .arg(parsed.error.isEmpty() ? QCoreApplication::translate("EnvoyConfigDump", "not an object")
                                                       : parsed.error);
        return result;
    }
    result.root = parsed.root;
    const JsonRef statuses = parsed.root.field("cluster_statuses");
    for (std::uint32_t c = 0; c < statuses.size(); ++c) {
        const JsonRef cluster = statuses.at(c);
        const QString name = text(cluster.field("name"));
        const JsonRef hosts = cluster.field("host_statuses");
        for (std::uint32_t h = 0; h < hosts.size(); ++h) {
            const JsonRef host = hosts.at(h);
            EnvoyEndpoint endpoint;
            endpoint.cluster = name;
            endpoint.assignmentIndex = int(c);
            const JsonRef address = host.field("address");
            const JsonRef socket = address.field("socket_address");
            // istioctl's /clusters rules: the socket address, unix://path, envoy://listener/id, else "unknown"
            if (socket.isObject()) {
                endpoint.address = text(socket.field("address"));
                endpoint.port = int(socket.field("port_value").toInt());
            } else if (address.field("pipe").isObject()) {
                endpoint.address = QStringLiteral("unix://") + text(address.field("pipe").field("path"));
            } else if (address.field("envoy_internal_address").field("server_listener_name").isString()) {
                const JsonRef internal = address.field("envoy_internal_address");
                endpoint.address
                    = QStringLiteral("envoy://%1/%2")
                          .arg(text(internal.field("server_listener_name")), text(internal.field("endpoint_id")));
            } else {
                endpoint.address = QStringLiteral("unknown");
            }
            endpoint.addresses = { endpoint.address };
            const JsonRef health = host.field("health_status");
            endpoint.health = healthName(health.field("eds_health_status"));
            endpoint.failedOutlierCheck = health.field("failed_outlier_check").toBool();
            endpoint.locality = localityText(host.field("locality"));
            endpoint.weight = int(host.field("weight").toInt(1));
            endpoint.json = host;
            result.endpoints.append(endpoint);
        }
    }
    return result;
}

} // namespace meshscope
