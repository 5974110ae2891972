#pragma once

#include "kialicommon.h"

// Kiali's service registry lookups, shared by the checkers that resolve hosts.
namespace meshscope::analysis::kiali {

// Kubernetes Services by "name.ns.svc.cluster.local", "name.ns.svc" and "name.ns", with whom they are exported to
// (networking.istio.io/exportTo, else the mesh's defaultServiceExportTo, else everyone).
class KubeServiceHosts
{
public:
    explicit KubeServiceHosts(const Snapshot& snapshot);
    static std::shared_ptr<const KubeServiceHosts> of(const Snapshot& snapshot);
    bool isValidForNamespace(const QString& host, const QString& ns) const;
    bool hasHost(const QString& host) const { return m_entries.contains(host); }

private:
    struct Entry
    {
        QString ns;
        QStringList exportTo;
    };
    QHash<QString, Entry> m_entries;
};

// The hosts ServiceEntries declare.
class ServiceEntryHosts
{
public:
    explicit ServiceEntryHosts(const QList<ResourcePtr>& serviceEntries);
    // Some entry's host (without a leading wildcard part) is a suffix of host (Kiali's NoHostChecker rule).
    bool matchesSuffix(const QString& host) const;
    // HasMatchingServiceEntries: the suffix rule, or the exact host.
    bool matches(const QString& host) const { return matchesSuffix(host) || m_hosts.contains(host); }

private:
    QStringList m_hosts;
};

// The objects of kind in namespace ns.
QList<ResourcePtr> istioObjectsIn(const Snapshot& snapshot, Kind kind, const QString& ns);
// KIA0005 on exportTo entries naming namespaces that do not exist (not for objects in ambient namespaces).
void reportExportTo(AnalysisContext& context, const ResourcePtr& object, const KialiFacts& facts);

} // namespace meshscope::analysis::kiali
