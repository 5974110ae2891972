#pragma once

#include "configrefs.h"
#include "healthreport.h"
#include "models/core/refreshcontroller.h"
#include "models/istio/syncz.h"

#include <QDateTime>
#include <QPointF>
#include <QPointer>
#include <memory>

namespace meshscope {

class ClusterSession;
class IstioClient;
class KubeInformer;
class PromClient;

namespace health {

// What a health refresh asks for; a page or command owns one as a value.
struct HealthQuery
{
    QStringList namespaces; // empty: every namespace
    int rateSeconds = 300; // Kiali's health rate window, 5m
    QString tolerances; // the settings' text (graph::parseTolerances); empty: Kiali's defaults
    bool proxySync = true; // ask istiod which proxies are in sync (workloads with stale proxies are Degraded)
    int trafficHistorySeconds = 0; // > 0: also each namespace's inbound requests and errors over this long

    bool operator==(const HealthQuery&) const = default;
};

// A namespace's inbound traffic over time (destination-reported), for the Overview's sparklines.
struct NamespaceTraffic
{
    QList<QPointF> requests; // (unix seconds, requests/s)
    QList<QPointF> errors; // (unix seconds, failed requests/s: 4xx, 5xx, no response)
};

// One refresh's result: what the cluster holds and how healthy it is.
struct HealthSnapshot
{
    Inventory inventory;
    HealthReport report;
    QList<IstioObject> istioObjects; // of the chosen namespaces and the root namespace
    ConfigRefs configRefs;
    QDateTime time;
    HealthQuery query;
    QString prometheusError; // request health unknown (no Prometheus, or it failed)
    QString proxySyncError;
    QStringList warnings;
    QDateTime staleSince; // a cache is reconnecting: the objects may be out of date since then
    QHash<QString, NamespaceTraffic> namespaceTraffic; // when the query asked for it
    QList<ProxySyncStatus> proxies; // istiod's syncz, when known
    // The control plane's own objects (the Mesh page): injector webhooks, IstioOperators, and the `istio` and
    // `istio-ca-root-cert` ConfigMaps.
    QList<QJsonObject> webhooks;
    QList<QJsonObject> istioOperators;
    QList<QJsonObject> configMaps;
    int promQueries = 0; // PromQL queries this refresh sent
    bool proxySyncKnown = false;
};
using HealthSnapshotPtr = std::shared_ptr<const HealthSnapshot>;

// The Overview's and the lists' controller: every refresh reads the cluster session's caches (namespaces, pods,
// services, Deployments, StatefulSets, DaemonSets, Istio config), asks Prometheus the fixed health queries and istiod
// its syncz, then builds the inventory and judges health on the thread pool. The number of queries does not depend on
// the number of objects.
class HealthRefresh : public RefreshController
{
    Q_OBJECT
public:
    explicit HealthRefresh(ClusterSession* cluster, QObject* parent = nullptr);
    ~HealthRefresh() override;

    void setPromClient(PromClient* client); // nullptr: no Prometheus (request health is unknown)
    void setIstioClient(IstioClient* client); // nullptr: no proxy sync status
    void setQuery(const HealthQuery& query); // refreshes when it changed
    const HealthQuery& query() const { return m_query; }

    HealthSnapshotPtr snapshot() const { return m_snapshot; }
    // The caches this controller reads have all been listed once (before that a refresh waits for them).
    bool cachesSynced() const;
    // The informers started by the last refresh (for tests and the command, which waits for them).
    QList<KubeInformer*> informers() const;

signals:
    void snapshotReady(const meshscope::health::HealthSnapshotPtr& snapshot);
    void waitingForCluster(); // no connection yet, or the caches are still listing

protected:
    void startRefresh(const JobTracker::Ticket& ticket) override;

private:
    struct Pending;
    void answered(const JobTracker::Ticket& ticket);
    void build(const JobTracker::Ticket& ticket);

    QPointer<ClusterSession> m_cluster;
    QPointer<PromClient> m_prom;
    QPointer<IstioClient> m_istio;
    HealthQuery m_query;
    HealthSnapshotPtr m_snapshot;
    std::shared_ptr<Pending> m_pending;
};

} // namespace health
} // namespace meshscope

Q_DECLARE_METATYPE(meshscope::health::HealthSnapshotPtr)
