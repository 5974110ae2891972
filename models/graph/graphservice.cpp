#include "graphservice.h"

#include "models/core/background.h"
#include "models/kube/clustersession.h"

namespace meshscope::graph {

namespace {

QList<QJsonObject> cached(ClusterSession* cluster, const QString& group, const QString& plural)
{
    KubeInformer* informer = cluster ? cluster->informer(group, plural) : nullptr;
    return informer ? informer->objects().values() : QList<QJsonObject> {};
}

} // namespace

GraphService::GraphService(InstantQuery query, ClusterSession* cluster, QObject* parent)
    : QObject(parent)
    , m_query(std::move(query))
    , m_cluster(cluster)
{ }

void GraphService::setOptions(const GraphOptions& options)
{
    m_options = options;
}

std::shared_ptr<const MeshInventory> GraphService::inventory() const
{
    if (!m_cluster || !m_cluster->isReady())
        return {};
    // Copies of the informer caches (implicitly shared); turned into the inventory on the worker thread.
    InventoryObjects objects;
    objects.namespaces = cached(m_cluster, {}, QStringLiteral("namespaces"));
    for (const char* kind : { "deployments", "statefulsets", "daemonsets" })
        objects.workloads += cached(m_cluster, QStringLiteral("apps"), QLatin1String(kind));
    objects.pods = cached(m_cluster, {}, QStringLiteral("pods"));
    objects.services = cached(m_cluster, {}, QStringLiteral("services"));
    const QString istio = QStringLiteral("networking.istio.io");
    objects.virtualServices = cached(m_cluster, istio, QStringLiteral("virtualservices"));
    objects.destinationRules = cached(m_cluster, istio, QStringLiteral("destinationrules"));
    objects.serviceEntries = cached(m_cluster, istio, QStringLiteral("serviceentries"));
    objects.gateways = cached(m_cluster, istio, QStringLiteral("gateways"));
    auto inventory = std::make_shared<MeshInventory>(inventoryFromObjects(objects, QStringLiteral("Kubernetes")));
    inventory->includeIdleNodes = m_includeIdleNodes;
    return inventory;
}

void GraphService::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_query) {
        emit failed(tr("No Prometheus configured."));
        return;
    }
    m_running = m_options;
    // Ambient namespaces (istio.io/dataplane-mode=ambient) get Kiali's extra source-reported ingress query.
    if (m_cluster && m_cluster->isReady() && m_running.ambientNamespaces.isEmpty()) {
        for (const QJsonObject& ns : cached(m_cluster, {}, QStringLiteral("namespaces"))) {
            const QJsonObject metadata = ns.value(QStringLiteral("metadata")).toObject();
            if (metadata[QStringLiteral("labels")][QStringLiteral("istio.io/dataplane-mode")].toString()
                == QLatin1String("ambient"))
                m_running.ambientNamespaces.append(metadata.value(QStringLiteral("name")).toString());
        }
    }
    // One instant for every query of the refresh, so all of them describe the same window.
    if (m_running.queryTime <= 0)
        m_running.queryTime = QDateTime::currentSecsSinceEpoch();
    const QList<GraphQuery> queries = graphQueries(m_running);
    m_responses.clear();
    for (const GraphQuery& query : queries)
        m_responses.append({ query, PromResult {} });
    m_pending = queries.size();
    setLoading(true);
    if (queries.isEmpty()) {
        build(generation);
        return;
    }
    for (qsizetype i = 0; i < queries.size(); ++i) {
        m_query(
            queries[i].promql, double(m_running.queryTime), this,
            [this, generation, i](const PromResult& result) { queryAnswered(generation, i, result); },
            // Keys unique per service: two services may share one PromClient.
            QStringLiteral("graph-%1-%2").arg(quintptr(this)).arg(i));
    }
}

void GraphService::queryAnswered(quint64 generation, qsizetype index, const PromResult& result)
{
    if (generation != m_generation || index >= m_responses.size())
        return; // a newer refresh superseded this one
    m_responses[index].result = result;
    if (--m_pending == 0)
        build(generation);
}

void GraphService::build(quint64 generation)
{
    // Kiali fails the graph when a traffic query fails; appender queries only degrade it (warnings).
    for (const QueryResponse& response : std::as_const(m_responses)) {
        if (response.query.kind == QueryKind::Traffic && !response.result.ok()) {
            setLoading(false);
            emit failed(tr("Prometheus query failed: %1").arg(response.result.error));
            return;
        }
    }
    const GraphOptions options = m_running;
    const QList<QueryResponse> responses = m_responses;
    const std::shared_ptr<const MeshInventory> inventory = this->inventory();
    using Built = std::pair<std::shared_ptr<const Graph>, QStringList>;
    runInBackground(
        this,
        [options, responses, inventory]() {
            QStringList warnings;
            auto graph = std::make_shared<const Graph>(buildGraph(options, responses, inventory.get(), &warnings));
            return Built { graph, warnings };
        },
        [this, generation](Built built) {
            if (generation != m_generation)
                return; // stale
            m_lastGraph = built.first;
            m_warnings = built.second;
            m_lastGoodTime = QDateTime::fromSecsSinceEpoch(built.first->timestamp);
            setLoading(false);
            emit graphReady(built.first);
        });
}

void GraphService::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace meshscope::graph
