#pragma once

// Everything the mesh side runs inside the simulator: the traffic model (and its metrics), the xDS push
// state, and the HTTP handlers for /metrics, the admin fault/STALE knobs and the istiod/Envoy ports.

#include "sim/http/httpmessage.h"
#include "sim/mesh/meshcontext.h"
#include "sim/mesh/xdsstate.h"
#include "sim/traffic/trafficmodel.h"

#include <QObject>

namespace meshscope::sim {

class MeshRuntime : public QObject
{
    Q_OBJECT
public:
    MeshRuntime(ConfigSource source, const TrafficOptions& options, QObject* parent = nullptr);

    TrafficModel& traffic() { return *m_traffic; }
    XdsState& xds() { return m_xds; }
    void setCertificates(const QByteArray& workloadChainPem, const QByteArray& rootPem);

    // A change in the cluster state (from ObjectStore::objectChanged).
    void objectChanged(const QString& group, const QString& resource);

    SimHttpReply metrics(const SimHttpRequest& request);
    // GET: list; POST ?name=&namespace=&errorRate=&delayMs=&code=: set; DELETE [?name=&namespace=]: clear.
    SimHttpReply serviceFaults(const SimHttpRequest& request);
    // GET /proxies: every proxy and whether it is STALE.
    SimHttpReply proxies(const SimHttpRequest& request);
    // POST ?proxy=pod.ns (repeatable) or ?count=N: make STALE; DELETE [?proxy=]: back in sync.
    SimHttpReply staleProxies(const SimHttpRequest& request);

    // Makes the first `count` application proxies STALE (the --stale-proxies flag).
    void makeStale(int count);

    SimHttpReply envoyAdmin(const QString& ns, const QString& pod, const QString& path, const QUrlQuery& query,
        const QByteArray& method = "GET");
    SimHttpReply istiodDebug(const QString& ns, const QString& pod, const QString& path, const QUrlQuery& query);

private:
    QStringList proxyKeys();

    TrafficModel* m_traffic;
    XdsState m_xds;
    MeshContext m_context;
};

} // namespace meshscope::sim
