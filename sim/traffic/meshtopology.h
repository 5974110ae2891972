#pragma once

// A read-only snapshot of what the traffic model and the Envoy/istiod responders need from the cluster
// state: services, pods grouped into workloads, ServiceEntries and the Istio routing objects. It is rebuilt
// from the ObjectStore when something relevant changed, never per request.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

namespace meshscope::sim {

// Lists the objects of one group/resource (all namespaces). The simulator passes ObjectStore::list; tests
// pass canned JSON.
using ConfigSource = std::function<QList<QJsonObject>(const QString& group, const QString& resource)>;

using Labels = QMap<QString, QString>;

struct ServicePort
{
    QString name;
    int port = 0;
    int targetPort = 0;
    QString protocol; // Istio's protocol: HTTP, HTTP2, GRPC, TCP, HTTPS, TLS, MONGO, MYSQL, REDIS
    bool isHttp() const;
};

struct MeshService
{
    QString name;
    QString ns;
    QString clusterIP;
    QString resourceVersion;
    QString creationTimestamp;
    Labels labels;
    Labels selector;
    QList<ServicePort> ports;
    QString fqdn() const { return name + QLatin1Char('.') + ns + QStringLiteral(".svc.cluster.local"); }
};

struct MeshPod
{
    QString name;
    QString ns;
    QString ip;
    QString serviceAccount;
    QString nodeName;
    Labels labels;
    bool hasSidecar = false;
    int workload = -1; // index into MeshTopology::workloads()
};

// A Deployment-like group of pods with the same owner (what Istio calls source_workload).
struct MeshWorkload
{
    QString name;
    QString ns;
    QString app;
    QString version;
    QString serviceAccount;
    Labels labels;
    QList<int> pods; // indexes into MeshTopology::pods()
    bool hasSidecar = false;
    bool isGateway = false;
    QString principal() const;
};

struct MeshServiceEntry
{
    QString name;
    QString ns;
    QStringList hosts;
    QList<ServicePort> ports;
    QString resolution; // DNS, STATIC, NONE
    bool meshExternal = true;
    QString resourceVersion;
    QString creationTimestamp;
};

class MeshTopology
{
public:
    static MeshTopology fromSource(const ConfigSource& source);

    const QList<MeshService>& services() const { return m_services; }
    const QList<MeshPod>& pods() const { return m_pods; }
    const QList<MeshWorkload>& workloads() const { return m_workloads; }
    const QList<MeshServiceEntry>& serviceEntries() const { return m_serviceEntries; }
    const QList<QJsonObject>& virtualServices() const { return m_virtualServices; }
    const QList<QJsonObject>& destinationRules() const { return m_destinationRules; }
    const QList<QJsonObject>& gateways() const { return m_gateways; }
    const QList<QJsonObject>& httpRoutes() const { return m_httpRoutes; } // Gateway API
    const QList<QJsonObject>& istioConfigs() const { return m_istioConfigs; } // every networking/security kind

    // Resolves a host as a client in `fromNamespace` would: "reviews", "reviews.bookinfo",
    // "reviews.bookinfo.svc.cluster.local". nullptr when unknown.
    const MeshService* findService(const QString& host, const QString& fromNamespace) const;
    const MeshServiceEntry* findServiceEntry(const QString& host) const;
    const MeshWorkload* findWorkloadByApp(const QString& app) const;
    const MeshPod* findPod(const QString& ns, const QString& name) const;

    // Workloads behind a service, restricted to pods carrying `subsetLabels` (a DestinationRule subset).
    QList<int> workloadsOf(const MeshService& service, const Labels& subsetLabels = {}) const;
    QList<int> podsOf(const MeshService& service, const Labels& subsetLabels = {}) const;
    // The labels of a DestinationRule subset for `fqdn`, or nullopt when no such subset exists.
    std::optional<Labels> subsetLabels(const QString& fqdn, const QString& subset) const;
    // The DestinationRules whose host is `fqdn`.
    QList<const QJsonObject*> destinationRulesFor(const QString& fqdn) const;
    // The VirtualService that applies to mesh traffic for `fqdn` from `fromNamespace` (nullptr when none).
    const QJsonObject* virtualServiceFor(const QString& fqdn, const QString& fromNamespace) const;
    // The HTTPRoute attached to the Service `fqdn` (a parentRef of kind Service, as the Gateway API's mesh support
    // has it); the oldest when several are. nullptr when none.
    const QJsonObject* httpRouteFor(const QString& fqdn) const;

    // Expands a host written in an Istio object in namespace `ns` to a FQDN.
    static QString toFqdn(const QString& host, const QString& ns);
    static bool labelsMatch(const Labels& selector, const Labels& labels);
    static Labels labelsOf(const QJsonObject& object, const QString& field = QStringLiteral("labels"));

private:
    QList<MeshService> m_services;
    QList<MeshPod> m_pods;
    QList<MeshWorkload> m_workloads;
    QList<MeshServiceEntry> m_serviceEntries;
    QList<QJsonObject> m_virtualServices;
    QList<QJsonObject> m_destinationRules;
    QList<QJsonObject> m_gateways;
    QList<QJsonObject> m_httpRoutes;
    QList<QJsonObject> m_istioConfigs;
    QHash<QString, int> m_serviceByFqdn;
    QHash<QString, int> m_podByKey; // "ns/name"
    QHash<QString, QList<int>> m_podsByNamespace;
    QHash<QString, QList<int>> m_virtualServicesByHost; // mesh-bound VirtualServices by host FQDN
    QHash<QString, QList<int>> m_destinationRulesByHost;
    QHash<QString, QList<int>> m_httpRoutesByService; // by the FQDN of the Service they attach to
};

// Istio's protocol for a Kubernetes service port (appProtocol, else the name prefix before '-').
QString istioProtocolFor(const QString& portName, const QString& appProtocol);

} // namespace meshscope::sim
