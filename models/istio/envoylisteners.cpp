#include "envoylisteners.h"

#include <QSet>

namespace meshscope {
namespace {

const char httpConnectionManager[] = "envoy.filters.network.http_connection_manager";
const char tcpProxy[] = "envoy.filters.network.tcp_proxy";

QString text(const JsonRef& ref)
{
    return ref.toString();
}

QStringList strings(const JsonRef& array)
{
    QStringList out;
    for (std::uint32_t i = 0; i < array.size(); ++i)
        out << array.at(i).toString();
    return out;
}

// istioctl looks for the name in the filter's serialized config; any string of the config counts here.
bool mentions(const JsonRef& value, std::string_view needle)
{
    if (value.isString())
        return value.stringView().find(needle) != std::string_view::npos;
    for (std::uint32_t i = 0; i < value.size(); ++i) {
        if (mentions(value.at(i), needle))
            return true;
    }
    return false;
}

QList<JsonRef> filterChains(const JsonRef& listener)
{
    QList<JsonRef> chains;
    const JsonRef list = listener.field("filter_chains");
    for (std::uint32_t i = 0; i < list.size(); ++i)
        chains << list.at(i);
    if (listener.field("default_filter_chain").isObject())
        chains << listener.field("default_filter_chain");
    return chains;
}

QString listenerType(const QList<JsonRef>& chains)
{
    int http = 0, tcp = 0;
    for (const JsonRef& chain : chains) {
        const JsonRef filters = chain.field("filters");
        for (std::uint32_t i = 0; i < filters.size(); ++i) {
            const JsonRef filter = filters.at(i);
            const std::string_view name = filter.field("name").stringView();
            if (name == httpConnectionManager)
                ++http;
            else if (name == tcpProxy && !mentions(filter.field("typed_config"), "BlackHoleCluster"))
                ++tcp;
        }
    }
    if (http > 0)
        return tcp == 0 ? QStringLiteral("HTTP") : QStringLiteral("HTTP+TCP");
    return tcp > 0 ? QStringLiteral("TCP") : QStringLiteral("UNKNOWN");
}

QString describeChainMatch(const JsonRef& match)
{
    QStringList parts;
    const QStringList serverNames = strings(match.field("server_names"));
    if (!serverNames.isEmpty())
        parts << QStringLiteral("SNI: ") + serverNames.join(QLatin1Char(','));
    const QString transport = text(match.field("transport_protocol"));
    if (!transport.isEmpty())
        parts << QStringLiteral("Trans: ") + transport;
    const QStringList protocols = strings(match.field("application_protocols"));
    if (!protocols.isEmpty()) {
        static const QList<std::pair<QString, QStringList>> known = {
            { QStringLiteral("App: HTTP TLS"),
                { QStringLiteral("http/1.0"), QStringLiteral("http/1.1"), QStringLiteral("h2c"),
                    QStringLiteral("istio-http/1.0"), QStringLiteral("istio-http/1.1"), QStringLiteral("istio-h2") } },
            { QStringLiteral("App: Istio HTTP Plain"),
                { QStringLiteral("istio"), QStringLiteral("istio-http/1.0"), QStringLiteral("istio-http/1.1"),
                    QStringLiteral("istio-h2") } },
            { QStringLiteral("App: TCP TLS"), { QStringLiteral("istio-peer-exchange"), QStringLiteral("istio") } },
            { QStringLiteral("App: HTTP"),
                { QStringLiteral("http/1.0"), QStringLiteral("http/1.1"), QStringLiteral("h2c") } },
        };
        QString description = QStringLiteral("App: ") + protocols.join(QLatin1Char(','));
        for (const auto& [name, list] : known) {
            if (list == protocols)
                description = name;
        }
        parts << description;
    }
    const JsonRef destinationPort = match.field("destination_port");
    const QString port = destinationPort.isValid() && !destinationPort.isNull() ? QStringLiteral(":%1").arg(
                             destinationPort.isObject() ? destinationPort["value"].toInt() : destinationPort.toInt())
                                                                                : QString();
    const JsonRef ranges = match.field("prefix_ranges");
    if (ranges.size() > 0) {
        QStringList prefixes;
        for (std::uint32_t i = 0; i < ranges.size(); ++i) {
            const JsonRef range = ranges.at(i);
            const JsonRef length = range.field("prefix_len");
            prefixes << QStringLiteral("%1/%2")
                            .arg(text(range.field("address_prefix")))
                            .arg(length.isObject() ? length["value"].toInt() : length.toInt());
        }
        parts << QStringLiteral("Addr: ") + prefixes.join(QLatin1Char(',')) + port;
    } else if (!port.isEmpty()) {
        parts << QStringLiteral("Addr: *") + port;
    }
    return parts.isEmpty() ? QStringLiteral("ALL") : parts.join(QStringLiteral("; "));
}

QString clusterDestination(const QString& cluster)
{
    return cluster.contains(QLatin1String("Cluster")) ? cluster : QStringLiteral("Cluster: ") + cluster;
}

// A route configuration that sends everything to one cluster is described by that cluster.
QString matchAllCluster(const JsonRef& configuration)
{
    const JsonRef hosts = configuration.field("virtual_hosts");
    if (hosts.size() != 1)
        return {};
    const JsonRef host = hosts.at(0);
    const QStringList domains = strings(host.field("domains"));
    if (domains != QStringList { QStringLiteral("*") })
        return {};
    const JsonRef routes = host.field("routes");
    if (routes.size() != 1)
        return {};
    const JsonRef route = routes.at(0);
    if (route.field("match").field("prefix").stringView() != "/")
        return {};
    const JsonRef action = route.field("route");
    if (!action.isObject() || !action.field("cluster").isString())
        return {};
    return clusterDestination(text(action.field("cluster")));
}

QString describeInlineRoutes(const JsonRef& configuration)
{
    const QString all = matchAllCluster(configuration);
    if (!all.isEmpty())
        return all;
    QStringList hosts;
    const JsonRef list = configuration.field("virtual_hosts");
    for (std::uint32_t i = 0; i < list.size(); ++i) {
        const JsonRef host = list.at(i);
        const QStringList domains = strings(host.field("domains"));
        const QString domainText
            = domains == QStringList { QStringLiteral("*") } ? QString() : domains.join(QLatin1Char('/'));
        QStringList matches;
        const JsonRef routes = host.field("routes");
        for (std::uint32_t r = 0; r < routes.size(); ++r)
            matches << describeRouteMatch(routes.at(r).field("match"));
        const QString routeText = matches.join(QStringLiteral(", "));
        hosts << (domainText.isEmpty() ? routeText : domainText + QLatin1Char(' ') + routeText);
    }
    return QStringLiteral("Inline Route: ") + hosts.join(QStringLiteral("; "));
}

EnvoyFilterChain describeChain(const JsonRef& chain)
{
    EnvoyFilterChain out;
    out.name = text(chain.field("name"));
    out.match = describeChainMatch(chain.field("filter_chain_match"));
    out.destination = QStringLiteral("Non-HTTP/Non-TCP");
    const JsonRef filters = chain.field("filters");
    for (std::uint32_t i = 0; i < filters.size(); ++i) {
        const JsonRef filter = filters.at(i);
        const std::string_view name = filter.field("name").stringView();
        const JsonRef config = filter.field("typed_config");
        if (name == httpConnectionManager) {
            if (config.field("route_config").isObject()) {
                out.destination = describeInlineRoutes(config.field("route_config"));
            } else if (!config.field("rds").field("route_config_name").stringView().empty()) {
                out.routeConfig = text(config.field("rds").field("route_config_name"));
                out.destination = QStringLiteral("Route: ") + out.routeConfig;
            } else {
                out.destination = QStringLiteral("HTTP");
            }
            return out;
        }
        if (name == tcpProxy && !mentions(config, "BlackHoleCluster")) {
            out.destination = clusterDestination(text(config.field("cluster")));
            return out;
        }
    }
    return out;
}

} // namespace

QStringList envoyEndpointAddresses(const JsonRef& endpoint)
{
    QList<JsonRef> addresses { endpoint.field("address") };
    const JsonRef additional = endpoint.field("additional_addresses");
    for (std::uint32_t i = 0; i < additional.size(); ++i)
        addresses << additional.at(i).field("address");
    QStringList out;
    for (const JsonRef& address : addresses) {
        const JsonRef socket = address.field("socket_address");
        if (socket.isObject()) {
            out << text(socket.field("address")) + QLatin1Char(':')
                    + QString::number(socket.field("port_value").toInt());
            continue;
        }
        if (address.field("pipe").isObject()) {
            out << text(address.field("pipe").field("path"));
            continue;
        }
        const JsonRef internal = address.field("envoy_internal_address");
        if (internal.field("server_listener_name").isString()) {
            out << QStringLiteral("envoy://%1/%2")
                       .arg(text(internal.field("server_listener_name")), text(internal.field("endpoint_id")));
            continue;
        }
        out << QStringLiteral("unknown");
    }
    return out;
}

EnvoyListener describeListener(const JsonRef& listener)
{
    EnvoyListener out;
    out.name = text(listener.field("name"));
    const JsonRef address = listener.field("address");
    const JsonRef socket = address.field("socket_address");
    if (socket.isObject())
        out.address = text(socket.field("address"));
    else if (address.field("pipe").isObject())
        out.address = text(address.field("pipe").field("path"));
    out.port = int(socket.field("port_value").toInt());
    out.addresses << out.address;
    const JsonRef additional = listener.field("additional_addresses");
    for (std::uint32_t i = 0; i < additional.size(); ++i)
        out.addresses << text(additional.at(i).field("address").field("socket_address").field("address"));
    const QList<JsonRef> chains = filterChains(listener);
    out.type = listenerType(chains);
    for (const JsonRef& chain : chains)
        out.chains << describeChain(chain);
    out.internal = listener.field("internal_listener").isValid();
    out.json = listener;
    return out;
}

QString describeRouteMatch(const JsonRef& match)
{
    QStringList conditions;
    const QString prefix = text(match.field("prefix"));
    if (!prefix.isEmpty())
        conditions << prefix + QLatin1Char('*');
    const QString separated = text(match.field("path_separated_prefix"));
    if (!separated.isEmpty())
        conditions << QStringLiteral("PathPrefix:") + separated;
    const QString path = text(match.field("path"));
    if (!path.isEmpty())
        conditions << path;
    if (match.field("safe_regex").isObject())
        conditions << QStringLiteral("regex ") + text(match.field("safe_regex").field("regex"));
    return conditions.join(QLatin1Char(' '));
}

QString describeRouteDomains(const QStringList& domains)
{
    if (domains.isEmpty())
        return {};
    if (domains.size() == 1)
        return domains.first();
    QStringList withoutPort;
    for (const QString& domain : domains) {
        if (!domain.contains(QLatin1Char(':')))
            withoutPort << domain;
        else if (domain.count(QLatin1Char(':')) > 2 && domain.endsWith(QLatin1Char(']')))
            withoutPort << domain; // a bare IPv6 address
    }
    // Leave out "a.svc.cluster.local" and "a.svc" when "a" is there too.
    const QSet<QString> unique(withoutPort.cbegin(), withoutPort.cend());
    QStringList kept;
    for (const QString& domain : withoutPort) {
        bool redundant = false;
        for (const QLatin1String suffix : { QLatin1String(".svc.cluster.local"), QLatin1String(".svc") }) {
            if (domain.endsWith(suffix) && unique.contains(domain.chopped(suffix.size())))
                redundant = true;
        }
        if (!redundant)
            kept << domain;
    }
    if (kept.size() > 2)
        return kept.mid(0, 2).join(QStringLiteral(", ")) + QStringLiteral(" + %1 more...").arg(kept.size() - 2);
    return kept.join(QStringLiteral(", "));
}

QList<EnvoyRouteEntry> describeRouteConfiguration(const JsonRef& configuration)
{
    QList<EnvoyRouteEntry> rows;
    const QString configName = text(configuration.field("name"));
    const JsonRef hosts = configuration.field("virtual_hosts");
    for (std::uint32_t h = 0; h < hosts.size(); ++h) {
        const JsonRef host = hosts.at(h);
        EnvoyRouteEntry base;
        base.routeConfig = configName;
        base.virtualHost = text(host.field("name"));
        base.domains = strings(host.field("domains"));
        base.domainsText = describeRouteDomains(base.domains);
        const JsonRef routes = host.field("routes");
        if (routes.size() == 0) {
            base.match = QStringLiteral("/*");
            base.virtualService = QStringLiteral("404");
            base.noRoutes = true;
            rows << base;
            continue;
        }
        for (std::uint32_t r = 0; r < routes.size(); ++r) {
            const JsonRef route = routes.at(r);
            EnvoyRouteEntry row = base;
            row.match = describeRouteMatch(route.field("match"));
            const JsonRef action = route.field("route");
            row.cluster = text(action.field("cluster"));
            const JsonRef weighted = action.field("weighted_clusters").field("clusters");
            for (std::uint32_t w = 0; w < weighted.size(); ++w) {
                const JsonRef cluster = weighted.at(w);
                row.weightedClusters.append({ text(cluster.field("name")), int(cluster.field("weight").toInt()) });
            }
            row.passthrough = action.isObject() && action.field("cluster").stringView() == "PassthroughCluster";
            row.virtualServicePath = istioConfigPath(route);
            row.virtualService = istioManagement(route);
            row.json = route;
            rows << row;
        }
    }
    return rows;
}

} // namespace meshscope
