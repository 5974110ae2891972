#pragma once

#include "meshinventory.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// Which Istio configuration applies to which app, workload and service: VirtualServices and DestinationRules by
// host, Gateways through the VirtualServices bound to them and by selector, AuthorizationPolicies,
// PeerAuthentications, RequestAuthentications and Sidecars by workload selector or namespace-wide; and the mTLS
// mode in effect per namespace (PeerAuthentication of the namespace, else mesh-wide in the root namespace, else
// Istio's default PERMISSIVE).
namespace meshscope::health {

struct IstioObject
{
    QString kind; // VirtualService, DestinationRule, Gateway, ServiceEntry, Sidecar, AuthorizationPolicy, …
    QJsonObject object;
};

struct ConfigRef
{
    QString kind;
    QString namespace_;
    QString name;
    QString id() const { return kind + QLatin1Char('/') + namespace_ + QLatin1Char('/') + name; }
    bool operator==(const ConfigRef&) const = default;
};

// "VS", "DR", "GW", "SE", "SC", "AP", "PA", "RA" (what the lists' badges say).
QString shortKind(const QString& kind);

struct MtlsMode
{
    QString mode; // STRICT, PERMISSIVE, DISABLE
    QString source; // "PeerAuthentication bookinfo/default", "mesh-wide istio-system/default", "Istio default"
    bool operator==(const MtlsMode&) const = default;
};

struct ConfigRefs
{
    // "namespace/name" → what applies, sorted by kind and name, no duplicates.
    QHash<QString, QList<ConfigRef>> apps, workloads, services;
    QHash<QString, MtlsMode> mtlsByNamespace;
    MtlsMode meshMtls;
    QHash<QString, int> objectsByNamespace; // Istio objects per namespace
};

ConfigRefs configReferences(const Inventory& inventory, const QList<IstioObject>& objects,
    const QString& rootNamespace = QStringLiteral("istio-system"));

// Whether an Istio host names this service, resolving short names in the object's own namespace (Istio's rule):
// "reviews", "reviews.bookinfo", "reviews.bookinfo.svc", "reviews.bookinfo.svc.cluster.local".
bool hostNamesService(const QString& host, const QString& objectNamespace, const ServiceInfo& service);

} // namespace meshscope::health
