#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// What Kubernetes knows about the mesh, as far as the graph appenders need it (Kiali's idleNode, deadNode,
// serviceEntry, istio and meshCheck appenders). Filled from ClusterSession's caches by GraphService, or by tests.
namespace meshscope::graph {

struct InventoryWorkload
{
    QString cluster;
    QString namespace_;
    QString name;
    QString app; // app label (Kiali's default app label names: app, app.kubernetes.io/name)
    QString version;
    int pods = 1; // running pods; 0 = dead
    bool sidecar = true; // pods have the istio-proxy sidecar (or are ambient)
    bool gateway = false; // istio gateway (ingress/egress) workload
    QMap<QString, QString> labels;
    bool waypoint = false; // ambient waypoint proxy (gateway.istio.io/managed=istio.io-mesh-controller)
};

struct InventoryService
{
    QString cluster;
    QString namespace_;
    QString name;
    QString app; // the Service's app label, if any
    QMap<QString, QString> selector;
    QMap<QString, QString> labels;
};

struct MeshInventory
{
    bool knowsNamespaces = false; // namespaces below is the complete list of accessible namespaces
    QStringList namespaces;
    QString cluster = QStringLiteral("Kubernetes"); // cluster name used for idle nodes
    QList<InventoryWorkload> workloads;
    QList<InventoryService> services;
    // Istio config as Kubernetes objects (metadata + spec), as read from the API.
    QList<QJsonObject> virtualServices;
    QList<QJsonObject> destinationRules;
    QList<QJsonObject> serviceEntries;
    QList<QJsonObject> gateways;
    bool includeIdleNodes = false; // Kiali's idleNode appender (the view's "idle nodes" toggle)
};

// Kubernetes objects as the API returns them (ClusterSession's informer caches, by name; copying one is cheap as
// the caches are implicitly shared) → MeshInventory. Workloads are Deployments, StatefulSets and DaemonSets (Kiali's
// workload names); their app/version labels come from the pod template, pods and sidecars from the pods their
// selector matches. Built on a worker thread: pods are indexed by namespace and label once, so a workload finds its
// pods without a scan of every pod.
using ObjectCache = QHash<QString, QJsonObject>;
struct InventoryObjects
{
    ObjectCache namespaces;
    QList<ObjectCache> workloads; // apps/v1 Deployment, StatefulSet, DaemonSet
    ObjectCache pods;
    ObjectCache services;
    ObjectCache virtualServices, destinationRules, serviceEntries, gateways;
};
MeshInventory inventoryFromObjects(const InventoryObjects& objects, const QString& cluster);

} // namespace meshscope::graph
