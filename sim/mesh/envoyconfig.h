#pragma once

// Generates what a sidecar's Envoy holds, from the live mesh config: the sections of /config_dump
// (bootstrap, clusters, endpoints, listeners, routes, secrets) in Envoy's admin.v3 JSON, named as Istio
// names them (outbound|9080|v2|reviews.bookinfo.svc.cluster.local, virtualOutbound, route "9080", …).

#include "sim/traffic/meshtopology.h"

#include <QJsonArray>
#include <QJsonObject>

namespace meshscope::sim {

struct ProxyIdentity
{
    const MeshPod* pod = nullptr;
    const MeshWorkload* workload = nullptr;
    bool router = false; // a gateway: no inbound side
    QString id() const; // sidecar~10.1.1.4~reviews-v1-….bookinfo~bookinfo.svc.cluster.local
};

struct ClusterInfo
{
    QString name;
    QString type; // EDS, STRICT_DNS, ORIGINAL_DST, STATIC
    QString serviceFqdn;
    QString serviceNamespace;
    QString serviceName;
    int port = 0;
    QString subset;
    QString destinationRule; // "namespace/name" or empty
    QList<int> pods; // endpoints (pod indexes) for EDS clusters
    int targetPort = 0;
    bool isStatic = false; // a bootstrap cluster
};

struct ListenerInfo
{
    QString name;
    QString address;
    int port = 0;
    bool isStatic = false;
};

class EnvoyConfig
{
public:
    EnvoyConfig(const MeshTopology& topology, const ProxyIdentity& proxy, const QString& versionInfo,
        const QString& lastUpdated);

    static constexpr const char* istioVersion = "1.28.0";
    static constexpr const char* proxySha = "0f3d1d2b8e4f1c6a5b7e9d0c2a4f6e8b1d3c5a7e";

    const QList<ClusterInfo>& clusters() const { return m_clusters; }
    const QList<ListenerInfo>& listeners() const { return m_listeners; }

    QJsonObject bootstrapDump() const;
    QJsonObject clustersDump() const;
    QJsonObject endpointsDump() const;
    QJsonObject listenersDump() const;
    QJsonObject routesDump() const;
    QJsonObject secretsDump(const QByteArray& certificateChainPem, const QByteArray& rootCertPem) const;
    // The whole /config_dump: `resource` (e.g. "dynamic_active_clusters") and include_eds as Envoy honours them.
    QJsonObject configDump(const QString& resource, bool includeEds, const QByteArray& certificateChainPem,
        const QByteArray& rootCertPem) const;

private:
    void collectClusters();
    void collectListeners();
    QJsonObject clusterJson(const ClusterInfo& cluster) const;
    QJsonObject loadAssignment(const ClusterInfo& cluster) const;
    QJsonObject listenerJson(const ListenerInfo& listener) const;
    QJsonArray virtualHostsForPort(int port) const;
    QJsonArray routesFor(const MeshService& service, int port) const;
    // Envoy routes for a VirtualService's http routes; `port` 0 takes each destination service's first port.
    QJsonArray virtualServiceRoutes(const QJsonObject& virtualService, int port, const QString& operation) const;

    const MeshTopology& m_topology;
    ProxyIdentity m_proxy;
    QString m_versionInfo;
    QString m_lastUpdated;
    QList<ClusterInfo> m_clusters;
    QList<ListenerInfo> m_listeners;
    QList<int> m_httpPorts; // outbound HTTP ports, one route config each
};

} // namespace meshscope::sim
