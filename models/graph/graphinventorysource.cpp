#include "graphinventorysource.h"

#include "models/kube/clustersession.h"

namespace meshscope::graph {

namespace {

struct Kind
{
    const char* group;
    const char* plural;
};
constexpr Kind namespacesKind { "", "namespaces" };
constexpr Kind podsKind { "", "pods" };
constexpr Kind servicesKind { "", "services" };
constexpr Kind workloadKinds[] = { { "apps", "deployments" }, { "apps", "statefulsets" }, { "apps", "daemonsets" } };
constexpr Kind virtualServicesKind { "networking.istio.io", "virtualservices" };
constexpr Kind destinationRulesKind { "networking.istio.io", "destinationrules" };
constexpr Kind serviceEntriesKind { "networking.istio.io", "serviceentries" };
constexpr Kind gatewaysKind { "networking.istio.io", "gateways" };

ObjectCache cached(ClusterSession* cluster, const Kind& kind)
{
    KubeInformer* informer
        = cluster ? cluster->informer(QString::fromLatin1(kind.group), QString::fromLatin1(kind.plural)) : nullptr;
    return informer ? informer->objects() : ObjectCache {};
}

} // namespace

GraphInventorySource::GraphInventorySource(ClusterSession* cluster, QObject* parent)
    : QObject(parent)
    , m_cluster(cluster)
{
    if (!cluster)
        return;
    connect(cluster, &ClusterSession::ready, this, &GraphInventorySource::start);
    if (cluster->isReady())
        start();
}

void GraphInventorySource::start()
{
    const bool wasSynced = m_synced;
    m_synced = false;
    for (const QPointer<KubeInformer>& informer : std::as_const(m_informers)) {
        if (informer)
            informer->disconnect(this);
    }
    m_informers.clear();
    if (wasSynced)
        emit reset();
    QList<Kind> kinds { namespacesKind, podsKind, servicesKind, virtualServicesKind, destinationRulesKind,
        serviceEntriesKind, gatewaysKind };
    for (const Kind& kind : workloadKinds)
        kinds.append(kind);
    for (const Kind& kind : std::as_const(kinds)) {
        // nullptr when the cluster does not serve the kind (e.g. no Istio CRDs): nothing to wait for then.
        KubeInformer* informer = m_cluster->informer(QString::fromLatin1(kind.group), QString::fromLatin1(kind.plural));
        if (!informer)
            continue;
        m_informers.append(informer);
        connect(informer, &KubeInformer::synced, this, &GraphInventorySource::informerSynced);
        connect(informer, &KubeInformer::errorOccurred, this, [this, informer] {
            if (!informer->hasSynced() && informer->lastErrorIsPermanent())
                emit failed(informer->lastError());
        });
    }
    informerSynced();
}

void GraphInventorySource::informerSynced()
{
    if (m_synced || !m_cluster || !m_cluster->isReady())
        return;
    for (const QPointer<KubeInformer>& informer : std::as_const(m_informers)) {
        if (informer && !informer->hasSynced())
            return;
    }
    m_synced = true;
    emit synced();
}

bool GraphInventorySource::isConnected() const
{
    return m_cluster && m_cluster->isReady();
}

bool GraphInventorySource::isSynced() const
{
    return m_synced && m_cluster && m_cluster->isReady();
}

InventoryObjects GraphInventorySource::snapshot() const
{
    InventoryObjects objects;
    if (!isSynced())
        return objects;
    ClusterSession* cluster = m_cluster;
    objects.namespaces = cached(cluster, namespacesKind);
    for (const Kind& kind : workloadKinds)
        objects.workloads.append(cached(cluster, kind));
    objects.pods = cached(cluster, podsKind);
    objects.services = cached(cluster, servicesKind);
    objects.virtualServices = cached(cluster, virtualServicesKind);
    objects.destinationRules = cached(cluster, destinationRulesKind);
    objects.serviceEntries = cached(cluster, serviceEntriesKind);
    objects.gateways = cached(cluster, gatewaysKind);
    return objects;
}

QStringList GraphInventorySource::ambientNamespaces() const
{
    QStringList names;
    for (const QJsonObject& ns : cached(m_cluster, namespacesKind)) {
        const QJsonObject metadata = ns.value(QStringLiteral("metadata")).toObject();
        if (metadata[QStringLiteral("labels")][QStringLiteral("istio.io/dataplane-mode")].toString()
            == QLatin1String("ambient"))
            names.append(metadata.value(QStringLiteral("name")).toString());
    }
    names.sort();
    return names;
}

} // namespace meshscope::graph
