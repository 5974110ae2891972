// Builders for the Kubernetes objects of a scenario: workloads (Deployment → ReplicaSet → Pods with an
// istio-proxy sidecar), Services with Endpoints and EndpointSlices, namespaces and config maps, shaped
// like what a real cluster with Istio's sidecar injector returns.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace meshscope::sim {

class ObjectStore;

struct PortSpec
{
    QString name; // "http", "tcp", "grpc-xds" … (Istio derives the protocol from it)
    int port = 0;
    int targetPort = 0;
};

struct WorkloadSpec
{
    QString ns;
    QString name; // deployment name, e.g. reviews-v2
    QString app;
    QString version;
    QString serviceAccount;
    QString image;
    int replicas = 1;
    QList<int> containerPorts;
    bool sidecar = true;
    QMap<QString, QString> extraLabels;
    QList<int> restarts; // per pod, default 0
    QString containerName; // default: app
    QStringList proxyArgs { QStringLiteral("proxy"), QStringLiteral("sidecar") };
};

// Hands out pod and service IPs, node names and stable pseudo-random hashes.
class ScenarioBuilder
{
public:
    explicit ScenarioBuilder(ObjectStore& store, int nodes = 3);

    void addNamespace(const QString& name, const QMap<QString, QString>& labels = {});
    void addServiceAccount(const QString& ns, const QString& name);
    void addConfigMap(
        const QString& ns, const QString& name, const QJsonObject& data, const QMap<QString, QString>& labels = {});
    void addWorkload(const WorkloadSpec& spec);
    // A ClusterIP Service (LoadBalancer when type says so) with Endpoints/EndpointSlice of the pods it selects.
    void addService(const QString& ns, const QString& name, const QMap<QString, QString>& selector,
        const QList<PortSpec>& ports, const QString& type = QStringLiteral("ClusterIP"),
        const QMap<QString, QString>& labels = {});
    // Any object (Istio config …): group/resource as the store keys it.
    void addObject(const QString& group, const QString& resource, const QJsonObject& object);

    QString rootCertificate() const { return m_rootCert; }
    ObjectStore& store() { return m_store; }

private:
    QString nextPodIp();
    QString nextServiceIp();
    QString hash(const QString& seed, int length) const;
    QJsonObject podObject(
        const WorkloadSpec& spec, const QString& replicaSet, const QString& rsUid, const QString& hash, int index);

    // What Endpoints and EndpointSlices need of a pod, by "namespace/app" (no store scan per service).
    struct PodRef
    {
        QString name;
        QString uid;
        QString ip;
        QString node;
        QJsonObject labels;
    };

    ObjectStore& m_store;
    QHash<QString, QList<PodRef>> m_podsByApp;
    int m_nodes;
    int m_podCounter = 0;
    int m_serviceCounter = 0;
    QString m_created; // every scenario object's creationTimestamp
    QString m_rootCert;
};

QJsonObject labelsJson(const QMap<QString, QString>& labels);

} // namespace meshscope::sim
