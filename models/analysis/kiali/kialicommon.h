#pragma once

#include "../analyzer.h"
#include "../selectors.h"

#include <QHash>

// What Kiali's checkers share: its host name rules, mTLS status rules and the per-namespace view of the mesh each
// validation runs with (the objects a namespace sees after exportTo, its PeerAuthentications and the mesh-wide ones,
// workloads and service accounts).
namespace meshscope::analysis::kiali {

// Kiali's identity domain: the suffix of a service's FQDN.
inline const QString identityDomain = QStringLiteral("svc.cluster.local");

// A host as Kiali reads it: service, namespace and "cluster" (the identity domain), and whether it was complete.
struct Host
{
    QString service;
    QString ns;
    QString cluster;
    bool complete = false;

    QString toString() const;
    bool isWildcard() const { return service.startsWith(QLatin1Char('*')); }
};

Host parseHost(const QString& name, const QString& ns);
// parseHost, but "name.ns" counts as complete when ns is a namespace of the cluster, and "name.ns.svc" always.
Host getHost(const QString& name, const QString& ns, const QStringList& namespaces);
// host (as written in an object in hostNamespace) refers to the service serviceName in serviceNamespace.
bool filterByHost(
    const QString& host, const QString& hostNamespace, const QString& serviceName, const QString& serviceNamespace);
bool hostWithinWildcardHost(const QString& subdomain, const QString& wildcard);
Host parseGatewayAsHost(const QString& gateway, const QString& ns);
QPair<QString, QString> twoPartHost(const Host& host); // service, namespace

// mTLS modes: a PeerAuthentication's mtls.mode ("UNSET" when mtls is there without one, "" without mtls) and a
// DestinationRule's trafficPolicy.tls.mode ("DISABLE" when tls is there without one, "" without tls).
QString peerAuthnMode(const Resource& pa);
// The mode of a PeerAuthentication without a workload selector ("" for one with a selector).
QString peerAuthnWideMode(const Resource& pa);
QString destinationRuleMode(const Resource& dr);
// The DestinationRule's mode when its host is exactly host ("" otherwise).
QString destinationRuleModeForHost(const Resource& dr, const QString& host);
QString meshWideMode(const Resource& dr); // host "*.local"
QString namespaceWideMode(const Resource& dr, const QString& ns); // host "*.<ns>.svc.cluster.local"

struct Workload
{
    ResourcePtr resource;
    QString ns;
    QString name;
    Labels labels;
    QStringList serviceAccounts;
};

// The hosts a namespace's workloads import, from the egress of the Sidecar without selector that applies to them
// (their namespace's, else the root namespace's). Without one, every host is imported.
class ImportScope
{
public:
    ImportScope() = default;
    ImportScope(const QString& ns, const Resource* sidecar, const QStringList& namespaces);
    bool isLimited() const { return m_limited; }
    bool importsHost(const QString& host, const QString& configNamespace) const;
    // The objects whose host (DestinationRule) or one of whose hosts (VirtualService, ServiceEntry) is imported.
    QList<ResourcePtr> filter(const QList<ResourcePtr>& objects) const;

private:
    struct Egress
    {
        QString ns; // "*" for any
        QString dns;
        bool exclude = false;
    };
    bool matches(const Egress& egress, const Host& host, const QString& raw, const QString& configNamespace) const;

    bool m_limited = false;
    QStringList m_namespaces;
    QList<Egress> m_egress;
};

// The mesh as one namespace's validation sees it.
struct MeshView
{
    QString ns; // the namespace being validated
    QStringList namespaces; // every namespace of the cluster
    QString rootNamespace;
    bool autoMtls = true;
    QList<ResourcePtr> peerAuthentications; // in ns
    QList<ResourcePtr> meshPeerAuthentications; // in the root namespace
    QList<ResourcePtr> destinationRules; // visible to ns
    QList<ResourcePtr> virtualServices; // visible to ns
    QList<ResourcePtr> serviceEntries; // visible to ns
    ImportScope scope;
};

// Cluster-wide facts every namespace's validation shares, built once per run.
class KialiFacts
{
public:
    explicit KialiFacts(const Snapshot& snapshot);
    // The facts of snapshot, built once and shared by the checkers until the objects they come from change.
    static std::shared_ptr<const KialiFacts> of(const Snapshot& snapshot);

    const QStringList& namespaces() const { return m_namespaces; }
    bool hasNamespace(const QString& ns) const { return m_namespaces.contains(ns); }
    QString rootNamespace() const { return m_rootNamespace; }
    bool autoMtls() const { return m_autoMtls; }
    const QList<Workload>& workloads(const QString& ns) const;
    QStringList serviceAccounts() const { return m_serviceAccounts; } // "cluster.local/ns/<ns>/sa/<name>"
    QStringList trustDomains() const { return m_trustDomains; }
    // The namespaces that objects of kinds were found in, plus every known namespace.
    QStringList namespacesWith(const QList<Kind>& kinds) const;
    MeshView view(const QString& ns) const;
    // exportTo visibility: whether object (a VS, DR or SE) is considered when validating ns.
    bool visible(const Resource& object, const QString& ns) const;

private:
    const Snapshot& m_snapshot;
    QStringList m_namespaces;
    QSet<QString> m_ambientNamespaces;
    QString m_rootNamespace;
    bool m_autoMtls = true;
    QHash<QString, QList<Workload>> m_workloads;
    QStringList m_serviceAccounts;
    QStringList m_trustDomains;
    QHash<Kind, QStringList> m_defaultExportTo;
};

// A checker's shape: a name ("kiali.VirtualServiceChecker"), the kinds it reads, and the checks of one run.
class KialiChecker : public Analyzer
{
public:
    KialiChecker(const char* name, const char* description, QList<Kind> inputs)
        : m_name(QString::fromLatin1(name))
        , m_description(QString::fromUtf8(description))
        , m_inputs(std::move(inputs))
    { }
    QString name() const override { return m_name; }
    QString description() const override { return m_description; }
    QList<Kind> inputs() const override { return m_inputs; }
    bool inDefaultSet() const override { return false; }
    bool isKiali() const override { return true; }

private:
    QString m_name;
    QString m_description;
    QList<Kind> m_inputs;
};

void addVirtualServiceCheckers(AnalyzerList& list);
void addDestinationRuleCheckers(AnalyzerList& list);
void addSecurityCheckers(AnalyzerList& list); // PeerAuthentication, AuthorizationPolicy
void addGatewayCheckers(AnalyzerList& list); // Istio and Gateway API gateways, routes, ReferenceGrants
void addServiceEntryCheckers(AnalyzerList& list);

} // namespace meshscope::analysis::kiali
