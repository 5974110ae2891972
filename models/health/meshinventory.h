#pragma once

#include "healthrules.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// What the Overview, the Applications/Workloads/Services lists and the detail pages know about the cluster, built
// from the objects ClusterSession's informers hold (or from files in tests). Pure data: no Qt models, no I/O.
namespace meshscope::health {

using Labels = QMap<QString, QString>;

struct NamespaceInfo
{
    QString name;
    Labels labels;
    QDateTime created;
    QString injection; // istio-injection label: "enabled", "disabled" or ""
    QString revision; // istio.io/rev label
    bool ambient = false; // istio.io/dataplane-mode=ambient
};

struct PodInfo
{
    QString namespace_;
    QString name;
    Labels labels;
    QString phase; // Pending, Running, Succeeded, Failed, Unknown
    QString status; // what kubectl's STATUS column says: the phase, or a container's waiting reason (CrashLoopBackOff)
    bool ready = false; // the Ready condition
    int restarts = 0; // over all containers
    QStringList containers; // app containers, istio-proxy included when it is one
    QStringList images; // the containers' images, in the same order
    bool sidecar = false; // istio-proxy container (or injected status annotation)
    bool ambient = false; // istio.io/dataplane-mode=ambient
    QString proxyImage; // istio-proxy's image, e.g. docker.io/istio/proxyv2:1.24.2
    QString revision; // istio.io/rev of the injected sidecar
    QString node;
    QString ip;
    QDateTime created;
    int workload = -1; // index into Inventory::workloads
};

struct WorkloadInfo
{
    QString kind; // Deployment, StatefulSet, DaemonSet
    QString namespace_;
    QString name;
    Labels labels; // the pod template's (what Kiali shows and groups apps by)
    Labels selector;
    QMap<QString, QString> annotations; // the workload's own (health.kiali.io/rate)
    QString app; // app or app.kubernetes.io/name
    QString version; // version or app.kubernetes.io/version
    QString serviceAccount;
    ReplicaStatus replicas;
    QList<int> pods;
    QList<int> services;
    int podsWithSidecar = 0;
    int podsAmbient = 0;
    bool gateway = false; // an Istio ingress/egress gateway (runs Envoy itself, no sidecar)
    QDateTime created;

    // Pods run without the sidecar and are not ambient: traffic to them is outside the mesh.
    bool missingSidecar() const { return !gateway && !pods.isEmpty() && podsWithSidecar + podsAmbient < pods.size(); }
};

struct ServicePort
{
    QString name;
    int port = 0;
    QString protocol; // TCP, UDP
    QString appProtocol;
};

struct ServiceInfo
{
    QString namespace_;
    QString name;
    Labels labels;
    Labels selector;
    QMap<QString, QString> annotations;
    QString type; // ClusterIP, LoadBalancer, …
    QString clusterIP;
    QList<ServicePort> ports;
    QList<int> workloads;
    QString app; // the service's app label, else that of the workloads it selects
    QDateTime created;
};

struct AppInfo
{
    QString namespace_;
    QString name;
    QList<int> workloads;
    QList<int> services;
    QStringList versions;
};

// The Kubernetes objects as the API returns them. List items carry no kind, so workloads come per kind.
struct InventoryObjects
{
    QList<QJsonObject> namespaces;
    QList<QJsonObject> pods;
    QList<QJsonObject> services;
    QList<QJsonObject> deployments;
    QList<QJsonObject> statefulSets;
    QList<QJsonObject> daemonSets;
};

struct Inventory
{
    QList<NamespaceInfo> namespaces;
    QList<PodInfo> pods;
    QList<WorkloadInfo> workloads;
    QList<ServiceInfo> services;
    QList<AppInfo> apps;

    // "namespace/name" → index.
    QHash<QString, int> workloadIndex, serviceIndex, appIndex, namespaceIndex;

    const WorkloadInfo* workload(const QString& ns, const QString& name) const;
    const ServiceInfo* service(const QString& ns, const QString& name) const;
    const AppInfo* app(const QString& ns, const QString& name) const;
    const NamespaceInfo* namespaceInfo(const QString& name) const;
};

// Builds the inventory of the given namespaces (empty: all). Pods join their workload by owner reference
// (Deployment through its ReplicaSet's pod-template-hash), services their workloads by selector. Linear in the
// number of objects, so 20,000 pods and 5,000 services take milliseconds.
Inventory buildInventory(const InventoryObjects& objects, const QStringList& namespaces = {});

} // namespace meshscope::health
