#pragma once

#include "analysisresource.h"

#include <QHash>
#include <QList>

namespace meshscope::analysis {

class Snapshot;

// Istio's host name rules: a name may start with a wildcard ("*.example.com", or "*"), which matches any name
// with that suffix.
namespace hosts {
bool isWildcard(const QString& host);
bool matches(const QString& a, const QString& b); // either may be a wildcard (host.Name.Matches)
bool subsetOf(const QString& a, const QString& b); // every name a matches, b matches too
// Keeps the hosts visible from namespace (a "ns/host" entry only for ns or "*"), without their namespace part.
QStringList namesForNamespace(const QStringList& hosts, const QString& ns);
// "reviews" in namespace ns → "reviews.ns.svc.cluster.local"; names with a dot or a wildcard stay as they are.
QString toFqdn(const QString& ns, const QString& host);
// "name.ns.svc.cluster.local" → {ns, name}; anything else → {"", ""}.
QPair<QString, QString> namespaceAndNameOfFqdn(const QString& fqdn);
// The namespace and name a host refers to: a service FQDN's own, else defaultNamespace and the host as name.
QPair<QString, QString> resourceNameOfHost(const QString& defaultNamespace, const QString& host);
} // namespace hosts

// A service a host can resolve to: a Kubernetes Service or a ServiceEntry, with its ports.
struct ServicePortInfo
{
    qint64 number = 0;
    QString name;
    QString protocol;
};
struct HostTarget
{
    ResourcePtr resource; // the Service or ServiceEntry
    QList<ServicePortInfo> ports;
    Labels workloadSelector; // ServiceEntries only
};

// Which hosts each namespace can see, from Services (and their networking.istio.io/exportTo annotation) and
// ServiceEntries (and their exportTo), as istioctl's analyzers index them: "scope/fqdn" → target, where scope is a
// namespace or "*".
class ServiceHostIndex
{
public:
    explicit ServiceHostIndex(const Snapshot& snapshot);

    // The target a host resolves to for a resource in sourceNamespace with the given exportTo (istioctl's
    // GetDestinationHost), or nullptr.
    const HostTarget* find(const QString& sourceNamespace, const QStringList& exportTo, const QString& host) const;

private:
    void add(const QString& scope, const QString& ns, const QString& host, const std::shared_ptr<HostTarget>& target);

    QHash<QString, std::shared_ptr<HostTarget>> m_byScopedFqdn;
    QList<QPair<QString, std::shared_ptr<HostTarget>>> m_wildcards; // scoped FQDNs whose host is a wildcard
};

} // namespace meshscope::analysis
