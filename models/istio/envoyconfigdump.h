#pragma once

#include "jsontree.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace meshscope {

// An Envoy /config_dump (and istiod's /debug/config_dump?proxyID=) taken apart into the rows of istioctl's
// proxy-config tables. Every row keeps its resource (JsonRef into the dump) for the JSON views and diffs.

// Where a resource sits in its section of the dump.
enum class EnvoyResourceState
{
    Static,
    Active, // dynamic_active_* / active_state
    Warming,
    Draining,
    Error,
};
QString envoyResourceStateText(EnvoyResourceState state); // "static", "active", …

struct EnvoyCluster
{
    QString name; // outbound|9080|v2|reviews.bookinfo.svc.cluster.local
    bool subsetKey = false; // the name has more than three '|' parts (istioctl then shows its pieces)
    QString direction; // outbound, inbound, inbound-vip; empty otherwise
    int port = 0;
    QString subset;
    QString serviceFqdn;
    QString type; // STATIC (when absent), EDS, ORIGINAL_DST, STRICT_DNS, LOGICAL_DNS
    QString destinationRule; // "name.namespace" from filter_metadata.istio.config, "<unknown>", or empty
    QString destinationRulePath; // the config path itself
    EnvoyResourceState state = EnvoyResourceState::Static;
    bool dynamic = false;
    QString versionInfo;
    QString lastUpdated;
    JsonRef json; // the Cluster
};

struct EnvoyFilterChain
{
    QString name;
    QString match; // istioctl's description: "SNI: …; Trans: tls; App: HTTP; Addr: *:9080", or "ALL"
    QString destination; // "Route: 9080", "Cluster: …", "Inline Route: …", "PassthroughCluster", …
    QString routeConfig; // the RDS route config name, when the destination is one
};

struct EnvoyListener
{
    QString name;
    QString address; // the socket or pipe address
    QStringList addresses; // address and additional addresses, as istioctl lists them
    int port = 0;
    QString type; // HTTP, TCP, HTTP+TCP, UNKNOWN
    QList<EnvoyFilterChain> chains; // the filter chains (and the default chain last)
    bool internal = false; // an internal listener
    EnvoyResourceState state = EnvoyResourceState::Static;
    bool dynamic = false;
    QString versionInfo;
    QString lastUpdated;
    JsonRef json; // the Listener of its active (or else warming/draining) state
};

struct EnvoyRouteEntry
{
    QString routeConfig; // RouteConfiguration name, e.g. "9080"
    int routeConfigIndex = 0; // which route configuration of the dump (rows of one share it)
    QString virtualHost;
    QStringList domains;
    QString domainsText; // istioctl's summary of the domains
    QString match; // istioctl's description: "/get*", "PathPrefix:/get", "regex …", or "/*" for no routes
    QString cluster; // single destination
    QList<std::pair<QString, int>> weightedClusters; // cluster, weight
    QString virtualService; // "name.namespace" from filter_metadata.istio.config, "<unknown>", or "404"
    QString virtualServicePath; // the config path itself
    bool passthrough = false; // routes to PassthroughCluster (istioctl leaves these out)
    bool noRoutes = false; // a virtual host without routes (istioctl shows "/*" → 404)
    bool dynamic = false;
    QString versionInfo;
    QString lastUpdated;
    JsonRef json; // the Route (invalid for a virtual host without routes)
};

struct EnvoyRouteConfig
{
    QString name;
    int virtualHosts = 0;
    bool dynamic = false;
    QString versionInfo;
    QString lastUpdated;
    JsonRef json; // the RouteConfiguration
};

struct EnvoyEndpoint
{
    QString cluster;
    // The ClusterLoadAssignment of the dump (or the cluster status of /clusters) it belongs to.
    int assignmentIndex = -1;
    QString address; // as istioctl prints it: ip:port, a pipe path, envoy://listener/id; joined with ','
    QStringList addresses;
    int port = 0;
    QString health; // HEALTHY, UNHEALTHY, DRAINING, TIMEOUT, DEGRADED, UNKNOWN
    QString locality; // region/zone/subzone
    int weight = 1;
    bool failedOutlierCheck = false; // ejected by outlier detection (/clusters only)
    JsonRef json; // the LbEndpoint, or the host status of /clusters
};

struct EnvoySecret
{
    QString name;
    QString type; // "Cert Chain" or "CA"; empty when there is no certificate
    QString state; // ACTIVE or WARMING
    QString trustDomain; // SPIFFE trust domain (from the validator config or the certificate)
    bool hasCertificate = false;
    QString serialNumber; // as istioctl prints it (%032x)
    QDateTime notBefore, notAfter;
    QList<QSslCertificate> chain; // every certificate of the PEM data; key material is never read
    bool validAt(const QDateTime& now) const { return hasCertificate && now > notBefore && now < notAfter; }
    JsonRef json; // the dynamic secret entry
};

struct EnvoyEcdsFilter
{
    QString name;
    QString type; // the typed_config's type without "type.googleapis.com/"
    JsonRef json; // the TypedExtensionConfig
};

struct EnvoyConfigDump
{
    JsonRef root;
    QString error;
    // The sections by type (istioctl reads the last of each; ECDS may come in several).
    JsonRef bootstrapSection, clustersSection, listenersSection, routesSection, endpointsSection, secretsSection;
    QList<JsonRef> ecdsSections;

    QString nodeId;
    QString istioVersion;
    QString istioProxySha;
    QString envoyVersion; // istioctl's form: 1.18.3/Clean/RELEASE/BoringSSL
    QList<EnvoyCluster> clusters;
    QList<EnvoyListener> listeners;
    QList<EnvoyRouteConfig> routeConfigs; // dynamic, then static
    QList<EnvoyRouteEntry> routes; // rows of routeConfigs (routeConfigIndex)
    QList<JsonRef> endpointAssignments; // ClusterLoadAssignments: dynamic, then static (only with include_eds)
    QList<EnvoyEndpoint> endpoints; // rows of endpointAssignments (assignmentIndex)
    QList<EnvoySecret> secrets;
    QList<EnvoyEcdsFilter> ecds;
    QStringList ecdsFilters; // names, in dump order
};

// Safe on any thread; malformed input gives error, never a crash.
EnvoyConfigDump parseEnvoyConfigDump(const QByteArray& body);
// The same from an already parsed document.
EnvoyConfigDump readEnvoyConfigDump(const JsonRef& root);

// outbound|9080|v2|reviews.bookinfo.svc.cluster.local → its parts (fields stay empty for other names), as
// Istio's ParseSubsetKey does (also the DNS SRV form outbound_.9080_.v2_.reviews…).
EnvoyCluster parseClusterName(const QString& name);

// istioctl's rendering of filter_metadata.istio.config: "name.namespace" for a networking.istio.io path,
// "<unknown>" for any other path, empty when there is none.
QString istioConfigReference(const QString& configPath);
// The path in a resource's metadata.filter_metadata.istio.config.
QString istioConfigPath(const JsonRef& resource);
// istioctl's DESTINATION RULE / VIRTUAL SERVICE column for a resource: empty without that metadata.
QString istioManagement(const JsonRef& resource);

// Endpoints of Envoy's /clusters?format=json (admin.v3.Clusters), with outlier ejection.
struct EnvoyHostStatuses
{
    QList<EnvoyEndpoint> endpoints;
    JsonRef root;
    QString error;
};
EnvoyHostStatuses parseEnvoyClustersJson(const QByteArray& body);

} // namespace meshscope
