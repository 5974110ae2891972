#pragma once

#include "graphinventory.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace meshscope {
class ClusterSession;
class KubeInformer;
} // namespace meshscope

namespace meshscope::graph {

// The Kubernetes side of the graph: once the cluster session is ready it starts the informers the graph's
// appenders read (namespaces, pods, services, workloads, VirtualServices, DestinationRules, ServiceEntries,
// Gateways), says when every one of them has listed once — a graph drawn before that would show live workloads as
// dead and miss idle ones — and hands out snapshots of their caches. A snapshot is a set of implicitly shared
// copies, cheap on the GUI thread; inventoryFromObjects turns it into a MeshInventory on a worker thread.
class GraphInventorySource : public QObject
{
    Q_OBJECT
public:
    explicit GraphInventorySource(ClusterSession* cluster, QObject* parent = nullptr);

    bool isConnected() const; // the cluster session is ready (discovery done)
    bool isSynced() const; // connected, and every informer has listed once
    InventoryObjects snapshot() const;
    QStringList ambientNamespaces() const; // labelled istio.io/dataplane-mode=ambient

signals:
    void synced();
    void reset(); // the session connects anew (e.g. another context): not synced until it has listed again
    // An informer failed before its first list in a way retrying cannot fix (e.g. refused credentials).
    void failed(const QString& message);

private:
    void start();
    void informerSynced();

    QPointer<ClusterSession> m_cluster;
    QList<QPointer<KubeInformer>> m_informers;
    bool m_synced = false;
};

} // namespace meshscope::graph
