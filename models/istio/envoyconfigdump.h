#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace meshscope {

// Typed views of an Envoy /config_dump (and istiod's /debug/config_dump?proxyID=), the columns istioctl's
// proxy-config tables show.
struct EnvoyCluster
{
    QString name; // outbound|9080|v2|reviews.bookinfo.svc.cluster.local
    QString direction; // outbound, inbound, inbound-vip; empty for static clusters
    int port = 0;
    QString subset;
    QString serviceFqdn;
    QString type; // EDS, STATIC, ORIGINAL_DST, STRICT_DNS, …
    QString destinationRule; // "name.namespace" from the istio metadata, if any
    bool dynamic = false;
};

struct EnvoyListener
{
    QString name;
    QString address;
    int port = 0;
    QString state; // active, warming, draining, error; static listeners are active
    bool dynamic = false;
};

struct EnvoyRouteEntry
{
    QString routeConfig; // RouteConfiguration name, e.g. "9080"
    QString virtualHost;
    QStringList domains;
    QString match; // prefix, path or regex
    QString cluster; // single destination
    QList<std::pair<QString, int>> weightedClusters; // cluster, weight
    QString virtualService; // "name.namespace" from the istio metadata, if any
};

struct EnvoyEndpoint
{
    QString cluster;
    QString address; // ip:port
    QString health; // HEALTHY, UNHEALTHY, …
    QString locality;
    int weight = 1;
};

struct EnvoySecret
{
    QString name;
    QString type; // "Cert Chain" or "CA"
    QString state; // ACTIVE or WARMING
};

struct EnvoyConfigDump
{
    QString nodeId;
    QString istioVersion;
    QString envoyVersion;
    QList<EnvoyCluster> clusters;
    QList<EnvoyListener> listeners;
    QList<EnvoyRouteEntry> routes;
    QList<EnvoyEndpoint> endpoints; // only with include_eds
    QList<EnvoySecret> secrets;
    QStringList ecdsFilters;
    QString error;
};

// Safe on any thread; malformed input gives error, never a crash.
EnvoyConfigDump parseEnvoyConfigDump(const QByteArray& body);

// outbound|9080|v2|reviews.bookinfo.svc.cluster.local → its parts (fields stay empty for other names).
EnvoyCluster parseClusterName(const QString& name);

} // namespace meshscope
