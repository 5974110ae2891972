#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace meshscope::traffic {

// Objects Meshscope creates carry this label, its value the wizard that made them (as Kiali's kiali_wizard);
// "Remove routing created by Meshscope" deletes only objects that carry it.
inline constexpr char wizardLabel[] = "meshscope.io/wizard";
// The pod label that tells versions apart (Kiali's default), and the subset selector Meshscope writes.
inline constexpr char versionLabel[] = "version";

enum class RouteProtocol
{
    Http, // VirtualService http routes, or an HTTPRoute's backendRefs
    Tcp, // VirtualService tcp routes
};

// What the cluster holds for one service, as read (caches or GETs) — the planners' only input about the cluster.
// Objects are as the API returns them; lists may hold objects of the whole namespace.
struct ServiceRouting
{
    QJsonObject service; // the v1 Service
    QList<QJsonObject> pods; // of the service's namespace (the selector picks)
    QList<QJsonObject> services; // other Services of the namespace (Gateway API backends per version)
    QList<QJsonObject> virtualServices;
    QList<QJsonObject> destinationRules;
    QList<QJsonObject> httpRoutes;
    QString clusterDomain = QStringLiteral("cluster.local");
    QString istioApiVersion = QStringLiteral("networking.istio.io/v1"); // what discovery prefers

    QString name() const;
    QString ns() const;
    QString fqdn() const; // name.ns.svc.<domain>
};

// One version of the service: the pods it selects that carry version=<name>, or a version the routing names
// (a DestinationRule subset) that has no pods at all.
struct VersionInfo
{
    QString name;
    int pods = 0;
    int readyPods = 0;
    QStringList workloads; // Deployments (or other owners) of the pods
    QString subset; // the DestinationRule subset that selects it, empty when none does yet
};

struct VersionInventory
{
    QList<VersionInfo> versions; // by name
    QStringList unlabelledPods; // selected by the service, without a version label
    // Why something is not as the user may expect, in their words: versions without pods, pods without label,
    // a service without selector.
    QStringList notes;

    int indexOf(const QString& version) const;
    const VersionInfo* find(const QString& version) const;
};

VersionInventory inventoryOf(const ServiceRouting& routing);

// Hosts as Istio objects write them: "reviews" (in the object's namespace), "reviews.bookinfo",
// "reviews.bookinfo.svc", or the FQDN. Wildcards never match.
bool hostNames(const QString& host, const QString& objectNamespace, const QString& fqdn, const QString& domain);

// The routing objects that apply to the service, and which one a planner changes.
struct RoutingObjects
{
    QList<QJsonObject> virtualServices; // routing mesh traffic to the service, oldest first (Istio's precedence)
    QList<QJsonObject> gatewayVirtualServices; // bound to gateways only: not touched, mentioned
    QList<QJsonObject> destinationRules; // for the service's host, the one to change first
    QList<QJsonObject> httpRoutes; // Gateway API routes of the service (GAMMA parentRef, or per-version backends)
};

RoutingObjects routingObjectsOf(const ServiceRouting& routing);

// The subset of a DestinationRule selecting version=<version> (empty when none); the version a subset selects
// (empty when its labels have no version).
QString subsetForVersion(const QJsonObject& destinationRule, const QString& version);
QString versionOfSubset(const QJsonObject& destinationRule, const QString& subset);

// Gateway API backends per version: a Service with the service's selector plus version=<version>. The Service
// of a version (empty when there is none), and the version a Service selects (empty when it is not such a backend).
QString backendServiceFor(const ServiceRouting& routing, const QString& version);
QString versionOfBackend(const ServiceRouting& routing, const QString& serviceName);

QString objectName(const QJsonObject& object);
QString objectNamespace(const QJsonObject& object);
// Creation order as Istio resolves conflicts: creationTimestamp, then namespace/name.
bool createdBefore(const QJsonObject& a, const QJsonObject& b);

} // namespace meshscope::traffic
