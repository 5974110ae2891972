#include "healthrefresh.h"

#include "models/istio/istioclient.h"
#include "models/kube/clustersession.h"
#include "models/prometheus/promclient.h"

#include <QSet>

namespace meshscope::health {

namespace {

struct RefreshText
{
    Q_DECLARE_TR_FUNCTIONS(HealthRefresh)
};

const std::pair<const char*, const char*> inventoryKinds[] = { { "", "namespaces" }, { "", "pods" }, { "", "services" },
    { "apps", "deployments" }, { "apps", "statefulsets" }, { "apps", "daemonsets" }, { "", "configmaps" },
    { "admissionregistration.k8s.io", "mutatingwebhookconfigurations" }, { "install.istio.io", "istiooperators" } };

// The Istio kinds whose objects apply to apps, workloads and services (configrefs.h).
const std::tuple<const char*, const char*, const char*> istioKinds[] = {
    { "networking.istio.io", "virtualservices", "VirtualService" },
    { "networking.istio.io", "destinationrules", "DestinationRule" },
    { "networking.istio.io", "gateways", "Gateway" },
    { "networking.istio.io", "serviceentries", "ServiceEntry" },
    { "networking.istio.io", "sidecars", "Sidecar" },
    { "security.istio.io", "authorizationpolicies", "AuthorizationPolicy" },
    { "security.istio.io", "peerauthentications", "PeerAuthentication" },
    { "security.istio.io", "requestauthentications", "RequestAuthentication" },
};

QList<QJsonObject> values(const KubeInformer* informer)
{
    return informer ? informer->objects().values() : QList<QJsonObject>();
}

bool proxySynced(const ProxySyncStatus& proxy)
{
    for (XdsSyncState state : proxy.states) {
        if (state == XdsSyncState::Stale || state == XdsSyncState::Error)
            return false;
    }
    return true;
}

} // namespace

// What one refresh has collected so far; replaced (and so dropped) by the next refresh.
struct HealthRefresh::Pending
{
    HealthQuery query;
    InventoryObjects objects;
    QDateTime staleSince;
    QList<IstioObject> istioObjects;
    QList<QJsonObject> webhooks, istioOperators, configMaps;
    QList<PromSample> samples;
    QString prometheusError;
    QStringList warnings;
    QSet<QString> unsyncedProxies; // "namespace/pod"
    QList<ProxySyncStatus> proxies;
    QHash<QString, NamespaceTraffic> namespaceTraffic;
    QString proxySyncError;
    bool proxySyncKnown = false;
    int promQueries = 0;
    int outstanding = 0;
};

HealthRefresh::HealthRefresh(ClusterSession* cluster, QObject* parent)
    : RefreshController(parent)
    , m_cluster(cluster)
{
    qRegisterMetaType<HealthSnapshotPtr>();
}

HealthRefresh::~HealthRefresh() = default;

void HealthRefresh::setPromClient(PromClient* client)
{
    m_prom = client;
}

void HealthRefresh::setIstioClient(IstioClient* client)
{
    m_istio = client;
}

void HealthRefresh::setQuery(const HealthQuery& query)
{
    if (query == m_query && m_snapshot)
        return;
    m_query = query;
    refresh();
}

QList<KubeInformer*> HealthRefresh::informers() const
{
    QList<KubeInformer*> list;
    if (!m_cluster || !m_cluster->isReady())
        return list;
    for (const auto& [group, plural] : inventoryKinds) {
        if (KubeInformer* informer = m_cluster->informer(QLatin1String(group), QLatin1String(plural)))
            list.append(informer);
    }
    for (const auto& [group, plural, kind] : istioKinds) {
        Q_UNUSED(kind)
        if (KubeInformer* informer = m_cluster->informer(QLatin1String(group), QLatin1String(plural)))
            list.append(informer);
    }
    return list;
}

bool HealthRefresh::cachesSynced() const
{
    const QList<KubeInformer*> list = informers();
    for (const KubeInformer* informer : list) {
        if (!informer->hasSynced())
            return false;
    }
    return !list.isEmpty();
}

void HealthRefresh::startRefresh(const JobTracker::Ticket& ticket)
{
    m_pending.reset();
    const QList<KubeInformer*> caches = informers();
    bool synced = !caches.isEmpty();
    for (KubeInformer* informer : caches) {
        if (!informer->hasSynced()) {
            synced = false;
            // Refresh as soon as this cache has its first list, rather than at the next tick.
            connect(informer, &KubeInformer::synced, this, &HealthRefresh::refresh,
                Qt::ConnectionType(Qt::SingleShotConnection | Qt::UniqueConnection));
        }
    }
    if (!synced) {
        emit waitingForCluster();
        finishRefresh(ticket);
        return;
    }

    auto pending = std::make_shared<Pending>();
    m_pending = pending;
    pending->query = m_query;
    const auto informer = [this](const char* group, const char* plural) {
        return m_cluster->informer(QLatin1String(group), QLatin1String(plural));
    };
    pending->objects.namespaces = values(informer("", "namespaces"));
    pending->objects.pods = values(informer("", "pods"));
    pending->objects.services = values(informer("", "services"));
    pending->objects.deployments = values(informer("apps", "deployments"));
    pending->objects.statefulSets = values(informer("apps", "statefulsets"));
    pending->objects.daemonSets = values(informer("apps", "daemonsets"));
    for (const auto& [group, plural, kind] : istioKinds) {
        for (const QJsonObject& object : values(informer(group, plural)))
            pending->istioObjects.append({ QLatin1String(kind), object });
    }
    pending->webhooks = values(informer("admissionregistration.k8s.io", "mutatingwebhookconfigurations"));
    pending->istioOperators = values(informer("install.istio.io", "istiooperators"));
    if (const KubeInformer* maps = informer("", "configmaps")) {
        // Only the control plane's: every namespace has a root-cert copy, only istio-system's matters.
        for (auto it = maps->objects().cbegin(); it != maps->objects().cend(); ++it) {
            const QJsonObject meta = it.value().value(QLatin1String("metadata")).toObject();
            const QString name = meta.value(QLatin1String("name")).toString();
            if (meta.value(QLatin1String("namespace")).toString() == QLatin1String("istio-system")
                && (name == QLatin1String("istio") || name == QLatin1String("istio-ca-root-cert")))
                pending->configMaps.append(it.value());
        }
    }
    for (const KubeInformer* cache : caches) {
        if (cache->staleSince().isValid()
            && (!pending->staleSince.isValid() || cache->staleSince() < pending->staleSince))
            pending->staleSince = cache->staleSince();
    }

    // The namespaces the queries name: the chosen ones, or every namespace the cluster has.
    QStringList namespaces = m_query.namespaces;
    if (namespaces.isEmpty()) {
        for (const QJsonObject& ns : std::as_const(pending->objects.namespaces))
            namespaces.append(ns[QLatin1String("metadata")][QLatin1String("name")].toString());
    }

    if (!m_prom) {
        pending->prometheusError = RefreshText::tr("No Prometheus is configured");
    } else if (!namespaces.isEmpty()) {
        const QStringList queries = healthQueries(namespaces, m_query.rateSeconds);
        pending->promQueries = int(queries.size());
        const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        for (qsizetype i = 0; i < queries.size(); ++i) {
            ++pending->outstanding;
            m_prom->instant(queries[i], now, this,
                jobs().guard(ticket,
                    [this, ticket, pending](const PromResult& result) {
                        if (!result.ok())
                            pending->prometheusError = result.error;
                        else
                            pending->samples.append(result.vector);
                        pending->warnings.append(result.warnings);
                        answered(ticket);
                    }),
                QStringLiteral("health-%1-%2").arg(quintptr(this)).arg(i));
        }
    }

    if (m_prom && !namespaces.isEmpty() && m_query.trafficHistorySeconds > 0) {
        const QString regex = namespaceRegex(namespaces);
        const double end = double(QDateTime::currentSecsSinceEpoch());
        const double start = end - m_query.trafficHistorySeconds;
        const double step = std::max(15.0, m_query.trafficHistorySeconds / 60.0);
        const QString shape
            = QStringLiteral("sum by (destination_service_namespace) (rate(istio_requests_total{"
                             "reporter=\"destination\",destination_service_namespace=~\"%1\"%2}[%3s]))");
        const QString window = QString::number(int(std::max(60.0, step * 2)));
        const QStringList series = { shape.arg(regex, QString(), window),
            shape.arg(regex, QStringLiteral(",response_code=~\"0|[45][0-9][0-9]\""), window) };
        for (qsizetype i = 0; i < series.size(); ++i) {
            ++pending->outstanding;
            ++pending->promQueries;
            m_prom->range(series[i], start, end, step, this,
                jobs().guard(ticket,
                    [this, ticket, pending, errors = i == 1](const PromResult& result) {
                        for (const PromSeries& s : result.matrix) {
                            NamespaceTraffic& traffic = pending->namespaceTraffic[s.metric.value(
                                QStringLiteral("destination_service_namespace"))];
                            QList<QPointF>& points = errors ? traffic.errors : traffic.requests;
                            for (const auto& [t, v] : s.points)
                                points.append(QPointF(t, v));
                        }
                        answered(ticket);
                    }),
                QStringLiteral("health-traffic-%1-%2").arg(quintptr(this)).arg(i));
        }
    }

    if (m_istio && m_query.proxySync) {
        ++pending->outstanding;
        m_istio->findIstiods(this,
            jobs().guard(ticket, [this, ticket, pending](const QList<IstiodInstance>& istiods, const QString& error) {
                if (!error.isEmpty() || istiods.isEmpty()) {
                    pending->proxySyncError = error.isEmpty() ? RefreshText::tr("no istiod found") : error;
                    return answered(ticket);
                }
                m_istio->syncz(istiods, this, jobs().guard(ticket, [this, ticket, pending](const SynczResult& result) {
                    pending->proxySyncError = result.error;
                    pending->proxySyncKnown = result.error.isEmpty() || !result.proxies.isEmpty();
                    pending->proxies = result.proxies;
                    for (const ProxySyncStatus& proxy : result.proxies) {
                        if (!proxySynced(proxy))
                            pending->unsyncedProxies.insert(key(proxy.podNamespace, proxy.pod));
                    }
                    answered(ticket);
                }));
            }));
    }
    if (pending->outstanding == 0)
        build(ticket);
}

void HealthRefresh::answered(const JobTracker::Ticket& ticket)
{
    if (m_pending && --m_pending->outstanding == 0)
        build(ticket);
}

void HealthRefresh::build(const JobTracker::Ticket& ticket)
{
    std::shared_ptr<const Pending> pending = m_pending;
    m_pending.reset();
    jobs().run(
        this, QStringLiteral("build"),
        [pending] {
            auto snapshot = std::make_shared<HealthSnapshot>();
            snapshot->query = pending->query;
            snapshot->time = QDateTime::currentDateTime();
            snapshot->inventory = buildInventory(pending->objects, pending->query.namespaces);
            snapshot->istioObjects = pending->istioObjects;
            snapshot->configRefs = configReferences(snapshot->inventory, snapshot->istioObjects);
            if (pending->proxySyncKnown) {
                for (WorkloadInfo& w : snapshot->inventory.workloads) {
                    if (w.podsWithSidecar == 0)
                        continue;
                    int synced = 0;
                    for (int pod : std::as_const(w.pods)) {
                        const PodInfo& p = snapshot->inventory.pods[pod];
                        synced += p.sidecar && !pending->unsyncedProxies.contains(key(p.namespace_, p.name)) ? 1 : 0;
                    }
                    // Only proxies that exist can be out of sync; missing ones are the replicas' business.
                    w.replicas.syncedProxies = synced
                        + (w.replicas.desired - w.podsWithSidecar > 0 ? w.replicas.desired - w.podsWithSidecar : 0);
                }
            }
            const TrafficIndex traffic = trafficFromSamples(pending->samples);
            const bool haveRequests = pending->prometheusError.isEmpty() && pending->promQueries > 0;
            snapshot->report = computeHealth(snapshot->inventory, traffic,
                graph::healthConfigFromText(pending->query.tolerances).tolerances, haveRequests);
            snapshot->prometheusError = pending->prometheusError;
            snapshot->proxySyncError = pending->proxySyncError;
            snapshot->proxySyncKnown = pending->proxySyncKnown;
            snapshot->warnings = pending->warnings;
            snapshot->staleSince = pending->staleSince;
            snapshot->promQueries = pending->promQueries;
            snapshot->namespaceTraffic = pending->namespaceTraffic;
            snapshot->webhooks = pending->webhooks;
            snapshot->istioOperators = pending->istioOperators;
            snapshot->configMaps = pending->configMaps;
            snapshot->proxies = pending->proxies;
            return HealthSnapshotPtr(std::move(snapshot));
        },
        [this, ticket](const HealthSnapshotPtr& snapshot) {
            if (!isCurrent(ticket))
                return;
            m_snapshot = snapshot;
            emit snapshotReady(snapshot);
            finishRefresh(ticket);
        });
}

} // namespace meshscope::health
