#include "graphpagewiring.h"

#include "graphpagelayout.h"
#include "models/appsettings.h"
#include "models/core/background.h"
#include "models/graph/graphoptions.h"
#include "models/graph/graphpromquery.h"
#include "models/graph/graphseries.h"
#include "models/graph/graphservice.h"
#include "models/kube/clustersession.h"
#include "models/net/httpclient.h"
#include "models/prometheus/promclient.h"
#include "models/prometheus/promdiscovery.h"
#include "ui/clusterpicker.h"
#include "ui/mainwindow.h"
#include "views/graph/edgeitem.h"
#include "views/graph/fallbacklayout.h"
#include "views/graph/graphpage.h"
#include "views/graph/graphscene.h"
#include "views/graph/graphstyle.h"
#include "views/graph/graphtoolbar.h"
#include "views/graph/nodeitem.h"

#include <QTimer>

namespace meshscope {

namespace {

// Namespaces that are picked when the user has not chosen any: everything but the platform's own.
bool isApplicationNamespace(const QString& name)
{
    static const QStringList system { QStringLiteral("kube-system"), QStringLiteral("kube-public"),
        QStringLiteral("kube-node-lease"), QStringLiteral("istio-system"), QStringLiteral("local-path-storage") };
    return !system.contains(name);
}

} // namespace

GraphPageWiring::GraphPageWiring(MainWindow* window, ClusterSession* session, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_page(new GraphPage)
    , m_http(new HttpClient(this))
{
    m_window->setPageWidget(QStringLiteral("graph"), m_page);
    // Health thresholds live in the settings; the page's dialog edits them (Display → Health thresholds…).
    m_page->setHealthTolerances(graph::healthConfigFromText(AppSettings().graphHealthTolerances()).tolerances);
    connect(m_page, &GraphPage::healthTolerancesChanged, this, [](const QList<graph::RateTolerance>& tolerances) {
        AppSettings().setGraphHealthTolerances(graph::toString(tolerances));
    });
    m_page->setUnavailable(tr("No Prometheus to ask: start Meshscope with --prometheus URL, or try --demo."));

    KubeObjectModel* namespaces = session->namespacesModel();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(namespaces, signal, this, &GraphPageWiring::updateNamespaces);
    connect(namespaces, &QAbstractItemModel::modelReset, this, &GraphPageWiring::updateNamespaces);
    connect(m_window->clusterPicker(), &ClusterPicker::namespaceChosen, this, [this](const QString& ns) {
        if (ns.isEmpty())
            return;
        m_userChoseNamespaces = true;
        m_page->setSelectedNamespaces({ ns });
        fetch();
    });
    connect(m_page->toolbar(), &GraphToolbar::queryChanged, this, [this] { m_userChoseNamespaces = true; });
    connect(m_page, &GraphPage::fetchRequested, this, &GraphPageWiring::fetch);
    connect(session, &ClusterSession::ready, this, &GraphPageWiring::discoverPrometheus);
    connect(m_page, &GraphPage::seriesRequested, this, &GraphPageWiring::requestSeries);
    // Graphviz on the thread pool; the page drops layouts that a newer one has overtaken.
    m_page->setLayoutFunctions(
        [page = m_page](std::shared_ptr<const graph::Graph> graph, const QString& engine,
            const QHash<QString, QPointF>& pinned, GraphPage::LayoutDone done) {
            runInBackground(
                page,
                [graph, engine, pinned] {
                    QString error;
                    ScenePositions positions = graphvizLayout(*graph, engine, pinned, &error);
                    if (positions.nodes.isEmpty())
                        positions = fallbackLayout(*graph, pinned); // Graphviz failed: still show the graph
                    return positions;
                },
                [done](const ScenePositions& positions) { done(positions); });
        },
        &extendGraphvizLayout);
}

GraphPageWiring::~GraphPageWiring() = default;

void GraphPageWiring::updateNamespaces()
{
    QStringList names;
    const KubeObjectModel* model = m_session->namespacesModel();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(KubeObjectModel::NameRole).toString();
    names.sort();
    m_page->setAvailableNamespaces(names);
    if (m_userChoseNamespaces || names.isEmpty())
        return;
    QStringList chosen;
    for (const QString& name : std::as_const(names)) {
        if (isApplicationNamespace(name) && name != QLatin1String("default"))
            chosen << name;
    }
    if (chosen.isEmpty())
        chosen = names.contains(QStringLiteral("default")) ? QStringList { QStringLiteral("default") } : names;
    const bool changed = chosen != m_page->query().namespaces;
    m_page->setSelectedNamespaces(chosen);
    if (changed)
        fetch();
}

void GraphPageWiring::setPrometheus(const PromConfig& given)
{
    const QUrl url = given.url;
    m_prometheus = url;
    if (!url.isValid() || url.isEmpty()) {
        // Maybe the cluster has one (istio-system/prometheus): asked once the session is connected.
        m_page->setUnavailable(tr("No Prometheus to ask: start Meshscope with --prometheus URL, or try --demo."));
        if (!m_session->isReady())
            markSettled();
        return;
    }
    usePrometheus(m_http, given);
}

void GraphPageWiring::discoverPrometheus()
{
    if (!m_prometheus.isEmpty() || !m_session->api())
        return; // --prometheus (or the demo's) wins over the cluster's own
    meshscope::discoverPrometheus(m_session->api(), PromServiceRef {}, this, [this](const PromDiscoveryResult& result) {
        if (!m_prometheus.isEmpty())
            return;
        if (!result.ok()) {
            m_page->setUnavailable(result.error); // says what was looked for and how to point elsewhere
            markSettled();
            return;
        }
        usePrometheus(m_session->api()->http(), result.config); // through the API server's service proxy
    });
}

void GraphPageWiring::usePrometheus(HttpClient* http, const PromConfig& config)
{
    m_page->setUnavailable(QString());
    // A new Prometheus (or a new way to reach it): fresh clients; the page keeps its graph meanwhile.
    delete m_service;
    delete m_series;
    delete m_prom;
    m_prom = new PromClient(http, config, this);
    m_service = new graph::GraphService(graph::instantQuery(m_prom), m_session, this);
    m_series = new graph::GraphSeries(graph::rangeQuery(m_prom), this);
    connect(m_series, &graph::GraphSeries::seriesReady, this, [this](const graph::Sparklines& series) {
        m_page->setSeries(m_seriesId, GraphSidePanel::Chart::Rate, series.rate);
        m_page->setSeries(m_seriesId, GraphSidePanel::Chart::ErrorPercent, series.errorPercent);
        m_page->setSeries(m_seriesId, GraphSidePanel::Chart::P95, series.p95);
    });
    connect(m_series, &graph::GraphSeries::failed, this,
        [this](const QString& message) { m_page->setSeriesMessage(m_seriesId, message); });
    // Idle nodes always come along; the Display toggle shows or hides them without another query.
    m_service->setIncludeIdleNodes(true);
    connect(m_service, &graph::GraphService::graphReady, this, &GraphPageWiring::showGraph);
    connect(m_service, &graph::GraphService::failed, this, [this](const QString& message) {
        m_page->showFailure(message);
        markSettled();
    });
    connect(m_service, &graph::GraphService::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_page->showLoading();
    });
    fetch();
}

void GraphPageWiring::fetch()
{
    const GraphPage::Query query = m_page->query();
    if (!m_service || query.namespaces.isEmpty())
        return;
    graph::GraphOptions options;
    options.type = query.type;
    options.namespaces = query.namespaces;
    options.durationSeconds = query.durationSeconds;
    options.injectServiceNodes = query.injectServiceNodes;
    options.responseTimeStat = responseTimeStatFor(query.edgeLabel);
    options.health.tolerances = query.health;
    m_service->setOptions(options);
    m_service->refresh();
}

void GraphPageWiring::showGraph(std::shared_ptr<const graph::Graph> graph)
{
    m_page->showGraph(graph);
    if (!graph->edges.isEmpty())
        return markSettled();
    // Right after start-up Prometheus has not scraped twice yet, so rates are empty: ask again soon.
    if (!m_settled)
        QTimer::singleShot(3000, this, &GraphPageWiring::fetch);
}

void GraphPageWiring::requestSeries(const QString& id, bool isEdge)
{
    if (!m_series)
        return m_page->setSeriesMessage(id, tr("no Prometheus"));
    m_seriesId = id;
    const int window = m_page->query().durationSeconds;
    if (isEdge) {
        if (const EdgeItem* edge = m_page->scene()->edgeItem(id))
            m_series->requestEdge(edge->sourceNode()->node(), edge->destNode()->node(), edge->edge().protocol, window);
    } else if (const NodeItem* node = m_page->scene()->nodeItem(id)) {
        m_series->requestNode(node->node(), window);
    }
}

void GraphPageWiring::markSettled()
{
    if (m_settled)
        return;
    m_settled = true;
    emit settled();
}

} // namespace meshscope
