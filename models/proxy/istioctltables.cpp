#include "gotext.h"
#include "goyaml.h"
#include "istioctlwriter_p.h"

namespace meshscope::istioctl {

using namespace detail;
using gotext::TabWriter;

namespace {

void row(TabWriter* writer, std::initializer_list<QString> cells)
{
    std::string line;
    bool first = true;
    for (const QString& cell : cells) {
        if (!first)
            line.push_back('\t');
        first = false;
        line += utf8(cell);
    }
    line.push_back('\n');
    writer->write(line);
}

QString dashIfEmpty(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

Output clusterSummary(const EnvoyConfigDump& dump, const ClusterFilter& filter, bool typed)
{
    QString error;
    const auto list = sortedClusters(dump, &error);
    if (!error.isEmpty())
        return { {}, error };
    TabWriter writer(0, 8, 5);
    writer.write(typed ? "NAME\tSERVICE FQDN\tPORT\tSUBSET\tDIRECTION\tTYPE\tDESTINATION RULE\n"
                       : "SERVICE FQDN\tPORT\tSUBSET\tDIRECTION\tTYPE\tDESTINATION RULE\n");
    for (const EnvoyCluster* cluster : list) {
        if (!filter.matches(*cluster))
            continue;
        if (cluster->subsetKey) {
            const QString port = QString::number(cluster->port);
            const QString subset = dashIfEmpty(cluster->subset);
            if (typed)
                row(&writer,
                    { QStringLiteral("cluster/") + cluster->name, cluster->serviceFqdn, port, subset,
                        cluster->direction, cluster->type, cluster->destinationRule });
            else
                row(&writer,
                    { cluster->serviceFqdn, port, subset, cluster->direction, cluster->type,
                        cluster->destinationRule });
        } else if (typed && !cluster->name.isEmpty()) {
            const QString name = QStringLiteral("cluster/") + cluster->name;
            row(&writer,
                { name, name, QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), cluster->type,
                    cluster->destinationRule });
        } else {
            row(&writer,
                { cluster->name, QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), cluster->type,
                    cluster->destinationRule });
        }
    }
    return { writer.flush(), {} };
}

Output listenerSummary(const EnvoyConfigDump& dump, const ListenerFilter& filter, bool typed)
{
    QString error;
    std::vector<const EnvoyListener*> list = listenerList(dump, &error);
    if (!error.isEmpty())
        return { {}, error };
    std::vector<const EnvoyListener*> kept;
    for (const EnvoyListener* listener : list) {
        if (filter.matches(*listener))
            kept.push_back(listener);
    }
    gotext::sortSlice(kept, [](const EnvoyListener* a, const EnvoyListener* b) {
        if (a->port != b->port)
            return a->port < b->port;
        if (a->address != b->address)
            return gotext::stringLess(a->address, b->address);
        return gotext::stringLess(a->type, b->type);
    });
    TabWriter writer(0, 8, 1);
    std::string header = "ADDRESSES\tPORT";
    if (typed)
        header = "NAME\t" + header;
    header += filter.verbose ? "\tMATCH\tDESTINATION\n" : "\tTYPE\n";
    writer.write(header);
    for (const EnvoyListener* listener : kept) {
        const QString addresses = listener->addresses.join(QLatin1Char(','));
        const QString port = QString::number(listener->port);
        const QString name = QStringLiteral("listener/") + listener->name;
        if (!filter.verbose) {
            if (typed)
                row(&writer, { name, addresses, port, listener->type });
            else
                row(&writer, { addresses, port, listener->type });
            continue;
        }
        std::vector<EnvoyFilterChain> chains(listener->chains.cbegin(), listener->chains.cend());
        gotext::sortSlice(chains, [](const EnvoyFilterChain& a, const EnvoyFilterChain& b) {
            return gotext::stringLess(b.destination, a.destination);
        });
        for (const EnvoyFilterChain& chain : chains) {
            if (typed)
                row(&writer, { name, addresses, port, chain.match, chain.destination });
            else
                row(&writer, { addresses, port, chain.match, chain.destination });
        }
    }
    return { writer.flush(), {} };
}

Output routeSummary(const EnvoyConfigDump& dump, const RouteFilter& filter, bool typed)
{
    QString error;
    const std::vector<int> order = sortedRouteConfigs(dump, &error);
    if (!error.isEmpty())
        return { {}, error };
    TabWriter writer(0, 8, 5);
    writer.write(filter.verbose ? "NAME\tVHOST NAME\tDOMAINS\tMATCH\tVIRTUAL SERVICE\n" : "NAME\tVIRTUAL HOSTS\n");
    for (const int index : order) {
        const EnvoyRouteConfig& config = dump.routeConfigs.at(index);
        if (!filter.name.isEmpty() && filter.name != config.name)
            continue;
        const QString name = typed ? QStringLiteral("route/") + config.name : config.name;
        if (!filter.verbose) {
            row(&writer, { name, QString::number(config.virtualHosts) });
            continue;
        }
        for (const EnvoyRouteEntry& route : dump.routes) {
            if (route.routeConfigIndex != index || route.passthrough)
                continue;
            row(&writer, { name, route.virtualHost, route.domainsText, route.match, route.virtualService });
        }
    }
    return { writer.flush(), {} };
}

Output endpointSummary(const EnvoyConfigDump& dump, const EndpointFilter& filter, bool typed)
{
    TabWriter writer(0, 8, 5);
    writer.write("NAME\tSTATUS\tLOCALITY\tCLUSTER\n");
    for (const Assignment& assignment : sortedAssignments(dump, filter)) {
        for (const EnvoyEndpoint* endpoint : assignment.endpoints) {
            const QString address = typed ? QStringLiteral("endpoint/") + endpoint->address : endpoint->address;
            row(&writer, { address, endpoint->health, endpoint->locality, endpoint->cluster });
        }
    }
    return { writer.flush(), {} };
}

Output secretSummary(const EnvoyConfigDump& dump, const QDateTime& now, bool typed)
{
    if (!dump.secretsSection.isValid())
        return { {}, noSection("SecretsConfigDump") };
    if (dump.secretsSection.field("dynamic_active_secrets").size() == 0
        && dump.secretsSection.field("dynamic_warming_secrets").size() == 0)
        return { "No active or warming secrets found.\n", {} };
    if (dump.secrets.isEmpty())
        return { "No secret items to show.\n", {} };
    bool allHaveTrustDomain = true;
    for (const EnvoySecret& secret : dump.secrets)
        allHaveTrustDomain &= !secret.trustDomain.isEmpty();
    TabWriter writer(0, 5, 5);
    writer.write(allHaveTrustDomain
            ? "RESOURCE NAME\tTYPE\tSTATUS\tVALID CERT\tSERIAL NUMBER\tNOT AFTER\tNOT BEFORE\tTRUST DOMAIN\n"
            : "RESOURCE NAME\tTYPE\tSTATUS\tVALID CERT\tSERIAL NUMBER\tNOT AFTER\tNOT BEFORE\n");
    for (const EnvoySecret& secret : dump.secrets) {
        const QString name = typed ? QStringLiteral("secret/") + secret.name : secret.name;
        const QString valid = secret.validAt(now) ? QStringLiteral("true") : QStringLiteral("false");
        const QString notAfter = secret.hasCertificate ? secret.notAfter.toString(Qt::ISODate) : QString();
        const QString notBefore = secret.hasCertificate ? secret.notBefore.toString(Qt::ISODate) : QString();
        if (allHaveTrustDomain)
            row(&writer,
                { name, secret.type, secret.state, valid, secret.serialNumber, notAfter, notBefore,
                    secret.trustDomain });
        else
            row(&writer, { name, secret.type, secret.state, valid, secret.serialNumber, notAfter, notBefore });
    }
    return { writer.flush(), {} };
}

Output bootstrapSummary(const EnvoyConfigDump& dump)
{
    if (!dump.bootstrapSection.isValid())
        return { {}, noSection("BootstrapConfigDump") };
    TabWriter writer(0, 8, 1);
    if (!dump.istioVersion.isEmpty())
        row(&writer, { QStringLiteral("Istio Version:"), dump.istioVersion });
    if (!dump.istioProxySha.isEmpty())
        row(&writer, { QStringLiteral("Istio Proxy Version:"), dump.istioProxySha });
    row(&writer, { QStringLiteral("Envoy Version:"), dump.envoyVersion });
    return { writer.flush(), {} };
}

Output ecdsSummary(const EnvoyConfigDump& dump)
{
    if (dump.ecdsSections.isEmpty())
        return { {}, noSection("EcdsConfigDump") };
    std::vector<const EnvoyEcdsFilter*> list;
    for (const EnvoyEcdsFilter& filter : dump.ecds)
        list.push_back(&filter);
    gotext::sortSlice(list, [](const EnvoyEcdsFilter* a, const EnvoyEcdsFilter* b) {
        const QString aType = a->json.field("typed_config")["@type"].toString();
        const QString bType = b->json.field("typed_config")["@type"].toString();
        if (aType == bType)
            return gotext::stringLess(a->name, b->name);
        return gotext::stringLess(aType, bType);
    });
    TabWriter writer(0, 8, 5);
    writer.write("ECDS NAME\tTYPE\n");
    for (const EnvoyEcdsFilter* filter : list)
        row(&writer, { filter->name, filter->type });
    return { writer.flush(), {} };
}

} // namespace

bool ClusterFilter::matches(const EnvoyCluster& cluster) const
{
    if (fqdn.isEmpty() && port == 0 && subset.isEmpty() && direction.isEmpty())
        return true;
    const QString& name = cluster.name;
    if (!fqdn.isEmpty() && !name.contains(fqdn))
        return false;
    if (!direction.isEmpty() && !name.contains(direction))
        return false;
    if (!subset.isEmpty() && !name.contains(subset))
        return false;
    if (port != 0 && !name.contains(QStringLiteral("|%1|").arg(port)))
        return false;
    return true;
}

bool ListenerFilter::matches(const EnvoyListener& listener) const
{
    if (address.isEmpty() && port == 0 && type.isEmpty())
        return true;
    if (!address.isEmpty()) {
        bool found = false;
        for (const QString& candidate : listener.addresses)
            found |= gotext::equalFold(candidate, address);
        if (!found)
            return false;
    }
    if (port != 0 && listener.port != port)
        return false;
    if (!type.isEmpty() && !gotext::equalFold(listener.type, type))
        return false;
    return true;
}

bool EndpointFilter::matches(const EnvoyEndpoint& endpoint, bool fromClusters) const
{
    if (address.isEmpty() && port == 0 && cluster.isEmpty() && status.isEmpty())
        return true;
    if (!address.isEmpty()) {
        bool found = false;
        for (const QString& candidate : endpoint.addresses)
            found |= gotext::equalFold(candidate, address);
        if (fromClusters)
            found = gotext::equalFold(endpoint.address, address);
        if (!found)
            return false;
    }
    if (port != 0 && endpoint.port != port)
        return false;
    if (!cluster.isEmpty() && !gotext::equalFold(endpoint.cluster, cluster))
        return false;
    if (!status.isEmpty() && !gotext::equalFold(endpoint.health, status))
        return false;
    return true;
}

Output clusters(const EnvoyConfigDump& dump, const ClusterFilter& filter, Format format)
{
    return format == Format::Short ? clusterSummary(dump, filter, false) : clusterDump(dump, filter, format);
}

Output listeners(const EnvoyConfigDump& dump, const ListenerFilter& filter, Format format)
{
    return format == Format::Short ? listenerSummary(dump, filter, false) : listenerDump(dump, filter, format);
}

Output routes(const EnvoyConfigDump& dump, const RouteFilter& filter, Format format)
{
    return format == Format::Short ? routeSummary(dump, filter, false) : routeDump(dump, filter, format);
}

Output endpoints(const EnvoyConfigDump& dump, const EndpointFilter& filter, Format format)
{
    return format == Format::Short ? endpointSummary(dump, filter, false) : endpointDump(dump, filter, format);
}

Output hostEndpoints(const EnvoyHostStatuses& clusters, const EndpointFilter& filter, Format format)
{
    if (format != Format::Short)
        return hostEndpointDump(clusters, filter, format);
    std::vector<const EnvoyEndpoint*> list;
    for (const EnvoyEndpoint& endpoint : clusters.endpoints) {
        if (filter.matches(endpoint, true))
            list.push_back(&endpoint);
    }
    gotext::sortSlice(list, [](const EnvoyEndpoint* a, const EnvoyEndpoint* b) {
        if (a->address == b->address) {
            if (a->port == b->port)
                return gotext::stringLess(a->cluster, b->cluster);
            return a->port < b->port;
        }
        return gotext::stringLess(a->address, b->address);
    });
    TabWriter writer(0, 8, 5);
    writer.write("ENDPOINT\tSTATUS\tOUTLIER CHECK\tCLUSTER\n");
    for (const EnvoyEndpoint* endpoint : list) {
        const QString address = endpoint->port != 0
            ? endpoint->address + QLatin1Char(':') + QString::number(endpoint->port)
            : endpoint->address;
        row(&writer,
            { address, endpoint->health, endpoint->failedOutlierCheck ? QStringLiteral("FAILED") : QStringLiteral("OK"),
                endpoint->cluster });
    }
    return { writer.flush(), {} };
}

Output secrets(const EnvoyConfigDump& dump, Format format, const QDateTime& now)
{
    return format == Format::Short ? secretSummary(dump, now, false) : secretDump(dump, format);
}

Output ecds(const EnvoyConfigDump& dump, Format format)
{
    return format == Format::Short ? ecdsSummary(dump) : ecdsDump(dump, format);
}

Output bootstrap(const EnvoyConfigDump& dump, Format format)
{
    return format == Format::Short ? bootstrapSummary(dump) : bootstrapDump(dump, format);
}

Output all(const EnvoyConfigDump& dump, const QByteArray& rawDump, const AllFilters& filters, Format format,
    const QDateTime& now)
{
    if (format != Format::Short) {
        if (format == Format::Json)
            return { rawDump.toStdString() + '\n', {} };
        return { goyaml::jsonToYaml(dump.root) + '\n', {} };
    }
    Output out;
    // Like istioctl, stop at the first section that fails, keeping what was printed before it.
    const auto section = [&](const char* title, const Output& part) {
        if (!out.error.isEmpty())
            return;
        if (filters.withHeaders)
            out.text += std::string("------ ") + title + " ------\n\n";
        if (!part.ok())
            out.error = part.error;
        else
            out.text += part.text;
    };
    section("BOOTSTRAP INFO", bootstrapSummary(dump));
    const std::string separator = "\n";
    const auto next = [&](const char* title, const Output& part) {
        if (out.error.isEmpty())
            out.text += separator;
        section(title, part);
    };
    next("CLUSTER INFO", clusterSummary(dump, filters.cluster, true));
    next("LISTENER INFO", listenerSummary(dump, filters.listener, true));
    next("ROUTE INFO", routeSummary(dump, filters.route, true));
    next("SECRET INFO", secretSummary(dump, now, true));
    next("ENDPOINTS INFO", endpointSummary(dump, filters.endpoint, true));
    return out;
}

} // namespace meshscope::istioctl
