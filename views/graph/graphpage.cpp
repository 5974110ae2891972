#include "graphpage.h"

#include "edgeitem.h"
#include "fallbacklayout.h"
#include "graphlegend.h"
#include "graphtoolbar.h"
#include "graphview.h"
#include "models/graph/graphexport.h"
#include "models/graph/graphfilter.h"
#include "nodeitem.h"
#include "views/common/emptystatewidget.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace meshscope {

namespace {

QString durationText(int seconds)
{
    if (seconds % 86400 == 0)
        return QStringLiteral("%1d").arg(seconds / 86400);
    if (seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}

} // namespace

GraphPage::GraphPage(QWidget* parent)
    : QWidget(parent)
    , m_toolbar(new GraphToolbar(this))
    , m_banner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_splitter(new QSplitter(this))
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(m_scene, m_splitter))
    , m_legend(new GraphLegend(m_view))
    , m_side(new GraphSidePanel(m_splitter))
    , m_status(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("graphPage"));
    m_extendLayout
        = [](const ScenePositions& previous, const graph::Graph& graph) { return extendPositions(previous, graph); };
    m_fullLayout = [](std::shared_ptr<const graph::Graph> graph, const QString&, const QHash<QString, QPointF>& pinned,
                       LayoutDone done) { done(fallbackLayout(*graph, pinned)); };

    m_banner->setObjectName(QStringLiteral("graphBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(10, 5, 10, 5);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_status->setContentsMargins(10, 2, 10, 3);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_empty->setIcon(QStringLiteral(":/icons/page-graph.svg"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    m_side->setMinimumWidth(260);
    m_side->setMaximumWidth(420);
    m_side->hide();
    m_legend->hide();
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    showEmpty(tr("Traffic graph"), tr("Waiting for Prometheus."));

    connect(m_toolbar, &GraphToolbar::queryChanged, this, &GraphPage::onQueryChanged);
    connect(m_toolbar, &GraphToolbar::refreshRequested, this, &GraphPage::fetchRequested);
    connect(m_toolbar, &GraphToolbar::refreshIntervalChanged, this, &GraphPage::updateRefreshTimer);
    connect(m_toolbar, &GraphToolbar::displayChanged, this, &GraphPage::applyDisplay);
    connect(m_toolbar, &GraphToolbar::filtersEdited, this, &GraphPage::applyFilters);
    connect(m_toolbar, &GraphToolbar::fitRequested, m_view, &GraphView::zoomToFit);
    connect(m_toolbar, &GraphToolbar::layoutEngineChanged, this, [this] {
        if (m_latest)
            requestFullLayout(m_latest);
    });
    connect(m_toolbar, &GraphToolbar::legendToggled, this, [this](bool shown) {
        m_legend->setVisible(shown);
        placeLegend();
    });
    connect(m_toolbar, &GraphToolbar::exportRequested, this, &GraphPage::chooseExportFile);
    connect(m_toolbar, &GraphToolbar::healthThresholdsRequested, this, &GraphPage::openHealthThresholds);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_unavailable.isEmpty())
            return;
        if (isVisible())
            emit fetchRequested(); // a hidden page does not load Prometheus
    });

    connect(m_view, &GraphView::shiftTrafficRequested, this, &GraphPage::shiftTrafficRequested);
    connect(m_view, &GraphView::showProxyConfigRequested, this, &GraphPage::showProxyConfigRequested);
    connect(m_scene, &GraphScene::nodePinned, this, &GraphPage::nodePinned);
    connect(m_scene, &GraphScene::nodeSelected, this, [this](const QString& id) {
        NodeItem* item = m_scene->nodeItem(id);
        if (!item)
            return;
        m_side->showNode(item->node());
        m_side->show();
        emit seriesRequested(id, false);
    });
    connect(m_scene, &GraphScene::edgeSelected, this, [this](const QString& id) {
        EdgeItem* item = m_scene->edgeItem(id);
        if (!item)
            return;
        m_side->showEdge(item->edge(), &item->sourceNode()->node(), &item->destNode()->node());
        m_side->show();
        emit seriesRequested(id, true);
    });
    connect(m_side, &GraphSidePanel::closeRequested, this, [this] {
        m_scene->clearSelection();
        m_side->hide();
    });
    // Kiali's find/hide language (graph-model's GraphFilter).
    m_compileFilter = [](const QString& text) {
        CompiledFilter compiled;
        auto filter = std::make_shared<graph::GraphFilter>();
        if (!filter->parse(text, &compiled.error))
            return compiled;
        if (filter->hasNodeTerms())
            compiled.nodes = [filter](const graph::Node& node) { return filter->matches(node); };
        if (filter->hasEdgeTerms())
            compiled.edges = [filter](const graph::Edge& edge) { return filter->matches(edge); };
        return compiled;
    };
    // graph-model's exporters: the same DOT and Kiali JSON as `meshscope graph --format dot|kiali`.
    setExporter({ QStringLiteral("DOT"), QStringLiteral("Kiali JSON") },
        [](const graph::Graph& graph, const QString& format, QString*) {
            if (format == QLatin1String("DOT"))
                return graph::toDot(graph);
            return QJsonDocument(graph::toKialiJson(graph)).toJson(QJsonDocument::Indented);
        });
    // Ctrl+F: find; Esc: leave the selection (and the side panel).
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_toolbar->findEdit()->setFocus();
        m_toolbar->findEdit()->selectAll();
    });
    auto* escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, [this] {
        m_scene->clearSelection();
        m_side->hide();
    });
    addActions({ find, escape });
    applyDisplay();
    updateRefreshTimer();
}

GraphPage::~GraphPage()
{
    m_scene->disconnect(this); // the scene outlives this part of the page (it is a child, deleted by ~QObject)
}

void GraphPage::setAvailableNamespaces(const QStringList& namespaces)
{
    m_toolbar->setAvailableNamespaces(namespaces);
}

void GraphPage::setSelectedNamespaces(const QStringList& namespaces)
{
    m_toolbar->setSelectedNamespaces(namespaces);
}

GraphPage::Query GraphPage::query() const
{
    Query q;
    q.namespaces = m_toolbar->selectedNamespaces();
    q.type = m_toolbar->graphType();
    q.durationSeconds = m_toolbar->durationSeconds();
    q.injectServiceNodes = m_toolbar->injectServiceNodes();
    q.edgeLabel = m_toolbar->display().edgeLabel;
    q.health = m_health;
    return q;
}

int GraphPage::refreshSeconds() const
{
    return m_toolbar->refreshSeconds();
}

void GraphPage::setFilterCompiler(FilterCompiler compiler)
{
    m_compileFilter = std::move(compiler);
    applyFilters();
}

void GraphPage::setLayoutFunctions(FullLayout full, ExtendLayout extend)
{
    if (full)
        m_fullLayout = std::move(full);
    if (extend)
        m_extendLayout = std::move(extend);
}

void GraphPage::setExporter(const QStringList& formats, Exporter exporter)
{
    m_exportFormats = formats;
    m_exporter = std::move(exporter);
    m_toolbar->setExportFormats(QStringList { QStringLiteral("PNG"), QStringLiteral("SVG") } + formats);
}

QString GraphPage::layoutKey() const
{
    const Query q = query();
    QStringList namespaces = q.namespaces;
    namespaces.sort();
    return graph::toString(q.type) + QLatin1Char('|') + namespaces.join(QLatin1Char(',')) + QLatin1Char('|')
        + (q.injectServiceNodes ? QLatin1Char('s') : QLatin1Char('-'));
}

void GraphPage::onQueryChanged()
{
    updateBanner();
    if (m_toolbar->selectedNamespaces().isEmpty() && m_unavailable.isEmpty()) {
        m_latest.reset();
        m_scene->clearGraph();
        showEmpty(tr("No namespace selected"), tr("Pick one or more namespaces in the toolbar to see their traffic."));
        return;
    }
    emit fetchRequested();
}

void GraphPage::setUnavailable(const QString& reason)
{
    m_unavailable = reason;
    if (!reason.isEmpty())
        showEmpty(tr("No traffic graph"), reason);
}

void GraphPage::showLoading()
{
    m_loading = true;
    if (!m_latest && m_scene->nodeItems().isEmpty())
        showEmpty(tr("Loading the traffic graph…"),
            tr("Asking Prometheus for the last %1 of traffic in %2.")
                .arg(durationText(m_toolbar->durationSeconds()),
                    m_toolbar->selectedNamespaces().join(QStringLiteral(", "))));
    updateBanner();
}

void GraphPage::showGraph(std::shared_ptr<const graph::Graph> graph)
{
    if (!graph)
        return;
    m_loading = false;
    m_failure.clear();
    m_unavailable.clear();
    m_latest = graph;
    m_latestTime
        = graph->timestamp > 0 ? QDateTime::fromSecsSinceEpoch(graph->timestamp) : QDateTime::currentDateTime();
    const int nodes = int(std::count_if(graph->nodes.cbegin(), graph->nodes.cend(),
        [](const graph::Node& n) { return n.type != graph::NodeType::Box; }));
    m_status->setText(tr("%1 nodes, %2 edges · last %3 · updated %4")
                          .arg(nodes)
                          .arg(graph->edges.size())
                          .arg(durationText(graph->durationSeconds), m_latestTime.toString(QStringLiteral("HH:mm"))));
    updateBanner();

    if (graph->nodes.isEmpty()) {
        m_scene->clearGraph();
        m_placedKey.clear();
        showEmpty(tr("No traffic"),
            tr("Nothing was called in %1 during the last %2. Pick more namespaces, a longer duration, or show idle "
               "nodes (Display).")
                .arg(m_toolbar->selectedNamespaces().join(QStringLiteral(", ")), durationText(graph->durationSeconds)));
        return;
    }
    if (m_layoutPending)
        return; // the running layout picks up m_latest when it finishes
    // A graph of idle nodes only (no traffic yet) is no basis for positions: lay out afresh when traffic comes.
    const bool hadTraffic = m_scene->graph() && !m_scene->graph()->edges.isEmpty();
    if (hadTraffic && m_placedKey == layoutKey()) {
        if (m_scene->updateGraph(graph)) { // same nodes and edges: numbers only, nothing moves
            refreshSidePanel();
            return updateGraphState();
        }
        // New or vanished nodes: keep everyone else where they are.
        placeGraph(graph, m_extendLayout(m_scene->positions(), *graph), false);
        return;
    }
    requestFullLayout(graph);
}

void GraphPage::requestFullLayout(std::shared_ptr<const graph::Graph> graph)
{
    m_layoutPending = true;
    const int generation = ++m_layoutGeneration;
    const QString key = layoutKey();
    ++m_layoutCount;
    m_fullLayout(graph, m_toolbar->layoutEngine(), m_scene->pinnedPositions(),
        [this, generation, key, graph](const ScenePositions& positions) {
            if (generation != m_layoutGeneration)
                return; // a newer layout is on its way
            m_layoutPending = false;
            const bool first = m_placedKey != key;
            m_placedKey = key;
            if (m_latest && m_latest != graph) {
                // A refresh arrived while laying out: draw the newest numbers at the fresh positions.
                placeGraph(m_latest, m_extendLayout(positions, *m_latest), first);
                return;
            }
            placeGraph(graph, positions, first);
        });
}

void GraphPage::placeGraph(std::shared_ptr<const graph::Graph> graph, const ScenePositions& positions, bool fit)
{
    if (fit)
        m_scene->clearGraph(); // another graph type or namespace set: start afresh
    m_scene->setGraph(std::move(graph), positions);
    updateGraphState();
    applyFilters();
    if (fit) {
        m_fitPending = !isVisible();
        m_view->zoomToFit();
    }
    refreshSidePanel();
}

void GraphPage::refreshSidePanel()
{
    const QString id = m_side->selectedId();
    if (id.isEmpty())
        return;
    if (const NodeItem* node = m_scene->nodeItem(id)) {
        m_side->showNode(node->node(), true);
    } else if (const EdgeItem* edge = m_scene->edgeItem(id)) {
        m_side->showEdge(edge->edge(), &edge->sourceNode()->node(), &edge->destNode()->node(), true);
    } else {
        m_side->showNothing(); // gone from the graph
        m_side->hide();
    }
}

void GraphPage::showFailure(const QString& message)
{
    m_loading = false;
    m_failure = message;
    if (!m_latest) {
        showEmpty(tr("Could not load the traffic graph"), message);
        return;
    }
    updateBanner();
}

void GraphPage::updateBanner()
{
    QString text;
    QColor background;
    if (!m_failure.isEmpty() && m_latest) {
        // Stale: keep the last good graph on screen and say how old it is.
        QString reason = m_failure;
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1); // the sentence goes on
        text = tr("%1 — showing data from %2").arg(reason, m_latestTime.toString(QStringLiteral("HH:mm")));
        background
            = palette().color(QPalette::Base).lightness() < 128 ? QColor(0x5c, 0x41, 0x0d) : QColor(0xfd, 0xf7, 0xe7);
    }
    m_banner->setText(text);
    if (!text.isEmpty()) {
        QPalette p = m_banner->palette();
        p.setColor(QPalette::Window, background);
        m_banner->setPalette(p);
    }
    m_banner->setVisible(!text.isEmpty());
    if (m_loading && m_latest)
        m_status->setText(tr("Refreshing…"));
}

void GraphPage::showEmpty(const QString& title, const QString& reason)
{
    m_empty->setTitle(title);
    m_empty->setDescription(tr("Who talks to whom in the mesh, how much, how well and how safely: from Istio's "
                               "standard metrics in Prometheus."));
    m_empty->setReason(reason);
    m_stack->setCurrentWidget(m_empty);
}

QString GraphPage::stateText() const
{
    if (m_stack->currentWidget() == m_empty)
        return m_empty->title() + QLatin1Char('\n') + m_empty->reason();
    return m_banner->isVisible() ? m_banner->text() : QString();
}

bool GraphPage::isShowingGraph() const
{
    return m_stack->currentWidget() == m_splitter;
}

void GraphPage::applyFilters()
{
    QString findError, hideError;
    auto compile = [this](const QString& text, QString* error) -> CompiledFilter {
        if (text.trimmed().isEmpty() || !m_compileFilter)
            return {};
        CompiledFilter filter = m_compileFilter(text);
        *error = filter.error;
        return filter.error.isEmpty() ? filter : CompiledFilter {};
    };
    CompiledFilter find = compile(m_toolbar->findEdit()->text(), &findError);
    CompiledFilter hide = compile(m_toolbar->hideEdit()->text(), &hideError);
    m_toolbar->setFilterErrors(findError, hideError);
    m_scene->setFind(std::move(find.nodes), std::move(find.edges));
    m_scene->setHide(std::move(hide.nodes), std::move(hide.edges));
}

void GraphPage::applyDisplay()
{
    m_scene->setDisplay(m_toolbar->display());
    updateGraphState();
}

void GraphPage::updateGraphState()
{
    const std::shared_ptr<const graph::Graph>& graph = m_scene->graph();
    if (!graph)
        return;
    const bool anything = !graph->edges.isEmpty() || (m_toolbar->display().idleNodes && !graph->nodes.isEmpty());
    if (anything) {
        if (m_stack->currentWidget() != m_splitter) {
            m_stack->setCurrentWidget(m_splitter);
            QTimer::singleShot(0, m_view, &GraphView::zoomToFit); // once the view has its size
        }
        return;
    }
    showEmpty(tr("No traffic"),
        tr("Nothing was called in %1 during the last %2. Pick more namespaces, a longer duration, or show idle "
           "nodes (Display).")
            .arg(m_toolbar->selectedNamespaces().join(QStringLiteral(", ")), durationText(graph->durationSeconds)));
}

void GraphPage::updateRefreshTimer()
{
    const int seconds = m_toolbar->refreshSeconds();
    if (seconds <= 0)
        m_refreshTimer->stop();
    else
        m_refreshTimer->start(seconds * 1000);
}

void GraphPage::setSeries(const QString& selectedId, GraphSidePanel::Chart chart, const QList<QPointF>& points)
{
    if (selectedId == m_side->selectedId())
        m_side->setSeries(chart, points);
}

void GraphPage::setSeriesMessage(const QString& selectedId, const QString& message)
{
    if (selectedId == m_side->selectedId())
        m_side->setSeriesMessage(message);
}

void GraphPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_fitPending) {
        m_fitPending = false;
        QTimer::singleShot(0, m_view, &GraphView::zoomToFit);
    }
}

void GraphPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeLegend();
}

void GraphPage::placeLegend()
{
    if (!m_legend->isVisible())
        return;
    const QSize size = m_legend->sizeHint();
    m_legend->setGeometry(8, m_view->height() - size.height() - 8, size.width(), size.height());
    m_legend->raise();
}

} // namespace meshscope
