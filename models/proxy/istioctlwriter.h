#pragma once

#include "models/istio/envoyconfigdump.h"

#include <QDateTime>
#include <string>

// `istioctl proxy-config` output, byte for byte, from a parsed config dump: the summary tables (Go tabwriter
// layout, istioctl's sort orders, filters and placeholders) and the JSON/YAML dumps.
namespace meshscope::istioctl {

enum class Format
{
    Short,
    Json,
    Yaml,
};

struct Output
{
    std::string text;
    QString error; // istioctl's error, e.g. "no clusters found"; text holds what was printed before it
    bool ok() const { return error.isEmpty(); }
};

// The filter flags, with istioctl's matching rules.
struct ClusterFilter
{
    QString fqdn; // substring of the name
    int port = 0; // "|port|" in the name
    QString subset; // substring of the name
    QString direction; // substring of the name
    bool matches(const EnvoyCluster& cluster) const;
};
struct ListenerFilter
{
    QString address; // equal (ignoring case) to an address
    int port = 0;
    QString type; // HTTP, TCP, HTTP+TCP (ignoring case)
    bool verbose = true; // one row per filter chain with MATCH and DESTINATION
    bool matches(const EnvoyListener& listener) const;
};
struct RouteFilter
{
    QString name; // the route configuration's name
    bool verbose = true; // one row per route
};
struct EndpointFilter
{
    QString address; // ip:port (config dump) or ip (/clusters), ignoring case
    int port = 0;
    QString cluster; // ignoring case
    QString status; // HEALTHY, UNHEALTHY, … ignoring case
    bool matches(const EnvoyEndpoint& endpoint, bool fromClusters) const;
};

Output clusters(const EnvoyConfigDump& dump, const ClusterFilter& filter, Format format);
Output listeners(const EnvoyConfigDump& dump, const ListenerFilter& filter, Format format);
Output routes(const EnvoyConfigDump& dump, const RouteFilter& filter, Format format);
// Endpoints of a config dump's EDS section (istioctl's `eds`, and `endpoints` of `all`).
Output endpoints(const EnvoyConfigDump& dump, const EndpointFilter& filter, Format format);
// Endpoints of Envoy's /clusters?format=json (istioctl's `endpoints`): STATUS and OUTLIER CHECK.
Output hostEndpoints(const EnvoyHostStatuses& clusters, const EndpointFilter& filter, Format format);
// VALID CERT is judged at now.
Output secrets(const EnvoyConfigDump& dump, Format format, const QDateTime& now);
Output ecds(const EnvoyConfigDump& dump, Format format);
// Short: Istio, Istio proxy and Envoy versions; JSON/YAML: the bootstrap section.
Output bootstrap(const EnvoyConfigDump& dump, Format format);

struct AllFilters
{
    ClusterFilter cluster;
    ListenerFilter listener;
    RouteFilter route;
    EndpointFilter endpoint;
    bool withHeaders = false;
};
// `proxy-config all`: the summaries one after another (NAME columns prefixed by the type), or for JSON/YAML the
// whole dump as given (rawDump).
Output all(const EnvoyConfigDump& dump, const QByteArray& rawDump, const AllFilters& filters, Format format,
    const QDateTime& now);

// The order istioctl sorts clusters (and endpoint assignments) by: service FQDN, subset, port, direction.
bool clusterNameLess(const QString& a, const QString& b);

} // namespace meshscope::istioctl
