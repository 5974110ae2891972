#include "graphpage.h"

#include "models/graph/graphexport.h"
#include "models/graph/graphfilter.h"
#include "ui_graphpage.h"
#include "views/common/emptystatewidget.h"
#include "views/graph/edgeitem.h"
#include "views/graph/graphlegend.h"
#include "views/graph/graphtoolbar.h"
#include "views/graph/graphview.h"
#include "views/graph/nodeitem.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaMethod>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>

namespace meshscope {

namespace {

using State = graph::GraphRefresh::State;

const QString shiftTrafficAction = QStringLiteral("shift-traffic");
const QString showProxyConfigAction = QStringLiteral("show-proxy-config");
const QString detailsAction = QStringLiteral("details");

} // namespace

GraphPage::GraphPage(graph::GraphRefresh* controller, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GraphPage>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_toolbar = m_ui->graphToolbar;
    m_banner = m_ui->graphBanner;
    m_stack = m_ui->graphStack;
    m_empty = m_ui->graphEmpty;
    m_splitter = m_ui->graphSplitter;
    m_side = m_ui->graphSidePanel;
    m_status = m_ui->graphStatus;
    // The canvas needs its scene when it is made, so it is not in the form.
    m_scene = new GraphScene(this);
    m_view = new GraphView(m_scene, m_splitter);
    m_splitter->insertWidget(0, m_view);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_legend = new GraphLegend(m_view);
    m_legend->hide();
    m_banner->setContentsMargins(10, 5, 10, 5);
    m_status->setContentsMargins(10, 2, 10, 3);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setIcon(QStringLiteral(":/icons/page-graph.svg"));
    m_stack->setCurrentWidget(m_empty);

    // The user's edits go to the controller; what it holds comes back through its signals.
    connect(m_toolbar, &GraphToolbar::queryEdited, controller, &graph::GraphRefresh::setQuery);
    connect(m_toolbar, &GraphToolbar::refreshRequested, controller, &graph::GraphRefresh::refresh);
    connect(m_toolbar, &GraphToolbar::filtersEdited, this, &GraphPage::applyFilters);
    connect(m_toolbar, &GraphToolbar::fitRequested, m_view, &GraphView::zoomToFit);
    connect(m_toolbar, &GraphToolbar::legendToggled, this, [this](bool shown) {
        m_legend->setVisible(shown);
        placeLegend();
    });
    connect(m_toolbar, &GraphToolbar::exportRequested, this, &GraphPage::chooseExportFile);
    connect(m_toolbar, &GraphToolbar::healthThresholdsRequested, this, &GraphPage::openHealthThresholds);
    connect(controller, &graph::GraphRefresh::queryChanged, this, &GraphPage::renderQuery);
    connect(controller, &graph::GraphRefresh::availableNamespacesChanged, this,
        [this] { m_toolbar->setAvailableNamespaces(m_controller->availableNamespaces()); });
    connect(controller, &graph::GraphRefresh::stateChanged, this, &GraphPage::renderState);
    connect(controller, &graph::GraphRefresh::refreshingChanged, this, &GraphPage::updateStatus);
    connect(controller, &graph::GraphRefresh::graphChanged, this, &GraphPage::renderGraph);
    connect(controller, &graph::GraphRefresh::nodeBadgesChanged, this, &GraphPage::renderBadges);
    connect(controller, &graph::GraphRefresh::seriesReady, this,
        [this](const QString& id, const graph::Sparklines& series) {
            if (id != m_side->selectedId())
                return;
            m_side->setSeries(GraphSidePanel::Chart::Rate, series.rate);
            m_side->setSeries(GraphSidePanel::Chart::ErrorPercent, series.errorPercent);
            m_side->setSeries(GraphSidePanel::Chart::P95, series.p95);
        });
    connect(controller, &graph::GraphRefresh::seriesFailed, this, [this](const QString& id, const QString& message) {
        if (id == m_side->selectedId())
            m_side->setSeriesMessage(message);
    });
    connect(controller, &graph::GraphRefresh::nodeActionTriggered, this,
        [this](const QString& action, const QString& nodeId) {
            if (action == shiftTrafficAction)
                emit shiftTrafficRequested(nodeId);
            else if (action == showProxyConfigAction)
                emit showProxyConfigRequested(nodeId);
            else if (action == detailsAction)
                emit detailsRequested(nodeId);
        });

    connect(m_view, &GraphView::nodeContextMenuRequested, this, &GraphPage::showNodeMenu);
    connect(m_scene, &GraphScene::nodePinned, controller, &graph::GraphRefresh::moveNode);
    connect(m_scene, &GraphScene::nodeSelected, this, [this](const QString& id) { showSelection(id, false); });
    connect(m_scene, &GraphScene::edgeSelected, this, [this](const QString& id) { showSelection(id, false); });
    connect(m_side, &GraphSidePanel::closeRequested, this, [this] {
        m_scene->clearSelection();
        m_side->hide();
    });
    // The page's own context-menu entries, for service nodes (and a versioned app's box: its versions' split);
    // listed only while someone handles them.
    const auto isService = [](const graph::Node& node) { return node.type == graph::NodeType::Service; };
    const auto isServiceOrAppBox = [](const graph::Node& node) {
        return node.type == graph::NodeType::Service || node.boxKind == QLatin1String("app");
    };
    // Workloads, apps and services have a detail page (an app's box is a group, not an app).
    const auto hasDetails = [](const graph::Node& node) {
        return node.boxKind.isEmpty()
            && (node.type == graph::NodeType::Service || node.type == graph::NodeType::Workload
                || node.type == graph::NodeType::App);
    };
    controller->addNodeAction({ detailsAction, tr("Details"), hasDetails });
    controller->addNodeAction({ shiftTrafficAction, tr("Shift traffic…"), isServiceOrAppBox });
    controller->addNodeAction({ showProxyConfigAction, tr("Show proxy config"), isService });

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

    m_toolbar->setAvailableNamespaces(controller->availableNamespaces());
    renderQuery();
    renderGraph(graph::GraphRefresh::Change::Laid);
}

GraphPage::~GraphPage()
{
    m_scene->disconnect(this); // the scene outlives this part of the page (it is a child, deleted by ~QObject)
}

void GraphPage::setFilterCompiler(FilterCompiler compiler)
{
    m_compileFilter = std::move(compiler);
    applyFilters();
}

void GraphPage::setExporter(const QStringList& formats, Exporter exporter)
{
    m_exportFormats = formats;
    m_exporter = std::move(exporter);
    m_toolbar->setExportFormats(QStringList { QStringLiteral("PNG"), QStringLiteral("SVG") } + formats);
}

void GraphPage::renderQuery()
{
    const graph::GraphPageQuery& query = m_controller->query();
    m_toolbar->showQuery(query);
    m_scene->setDisplay(query.display);
    renderState(); // idle nodes may turn "no traffic" into a graph, or back
}

void GraphPage::renderGraph(graph::GraphRefresh::Change change)
{
    const std::shared_ptr<const graph::Graph>& graph = m_controller->graph();
    const bool laid = graph && !graph->nodes.isEmpty() && !m_controller->positions().nodes.isEmpty();
    if (!laid) {
        if (change == graph::GraphRefresh::Change::Laid) {
            m_scene->clearGraph();
            m_side->showNothing();
            m_side->hide();
        }
        return renderState();
    }
    const QString selected = m_side->isVisible() ? m_side->selectedId() : QString();
    switch (change) {
    case graph::GraphRefresh::Change::Numbers:
        if (m_scene->updateGraph(graph))
            break;
        [[fallthrough]]; // the scene had another graph (e.g. one still being laid out)
    case graph::GraphRefresh::Change::Placed:
        m_scene->setGraph(graph, m_controller->positions());
        break;
    case graph::GraphRefresh::Change::Laid:
        m_scene->clearGraph(); // a new layout: everything may move
        m_scene->setGraph(graph, m_controller->positions());
        renderBadges();
        QTimer::singleShot(0, m_view, &GraphView::zoomToFit); // once the view has its size
        break;
    }
    applyFilters();
    if (!selected.isEmpty() && (m_scene->nodeItem(selected) || m_scene->edgeItem(selected))) {
        const QSignalBlocker blocker(m_scene);
        m_scene->selectItem(selected);
        showSelection(selected, true);
    } else if (!selected.isEmpty()) {
        m_side->showNothing(); // gone from the graph
        m_side->hide();
    }
    renderState();
}

void GraphPage::renderBadges()
{
    QHash<QString, QList<graph::NodeBadge>> badges;
    for (const auto& [id, item] : m_scene->nodeItems().asKeyValueRange()) {
        const QList<graph::NodeBadge> marks = m_controller->nodeBadges(id);
        if (!marks.isEmpty())
            badges.insert(id, marks);
        Q_UNUSED(item);
    }
    m_scene->setExtraBadges(badges);
}

void GraphPage::showSelection(const QString& id, bool keepCharts)
{
    const std::shared_ptr<const graph::Graph>& graph = m_controller->graph();
    if (!graph)
        return;
    if (const graph::Node* node = graph->node(id)) {
        m_side->showNode(*node, m_controller->query().durationSeconds, keepCharts);
    } else if (const graph::Edge* edge = graph->edge(id)) {
        m_side->showEdge(*edge, graph->node(edge->source), graph->node(edge->dest),
            m_controller->query().durationSeconds, keepCharts);
    } else {
        return;
    }
    m_side->show();
    if (!keepCharts)
        m_controller->requestSeries(id);
}

void GraphPage::showNodeMenu(const QString& nodeId, const QPoint& globalPos)
{
    QList<graph::NodeAction> actions = m_controller->nodeActions(nodeId);
    // The page's own entries do something only when someone listens to their signal.
    const auto handled = [this](const graph::NodeAction& action) {
        if (action.id == shiftTrafficAction)
            return isSignalConnected(QMetaMethod::fromSignal(&GraphPage::shiftTrafficRequested));
        if (action.id == showProxyConfigAction)
            return isSignalConnected(QMetaMethod::fromSignal(&GraphPage::showProxyConfigRequested));
        if (action.id == detailsAction)
            return isSignalConnected(QMetaMethod::fromSignal(&GraphPage::detailsRequested));
        return true;
    };
    actions.removeIf([&](const graph::NodeAction& action) { return !handled(action); });
    if (actions.isEmpty())
        return;
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("graphNodeMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const graph::NodeAction& action : std::as_const(actions)) {
        menu->addAction(action.text, this, [this, id = action.id, nodeId] {
            if (m_controller)
                m_controller->triggerNodeAction(id, nodeId);
        });
    }
    menu->popup(globalPos); // not exec(): no nested event loop
}

void GraphPage::renderState()
{
    const graph::GraphPageQuery& query = m_controller->query();
    const std::shared_ptr<const graph::Graph>& graph = m_controller->graph();
    const QString namespaces = query.namespaces.join(QStringLiteral(", "));
    const QString window = formatDuration(query.durationSeconds);
    const bool idleShown
        = query.display.idleNodes && graph && !graph->nodes.isEmpty() && !m_scene->nodeItems().isEmpty();
    switch (m_controller->state()) {
    case State::Unavailable:
        showEmpty(tr("No traffic graph"), m_controller->message());
        break;
    case State::NoNamespaces:
        showEmpty(tr("No namespace selected"), tr("Pick one or more namespaces in the toolbar to see their traffic."));
        break;
    case State::WaitingForCluster:
        showEmpty(tr("Loading the traffic graph…"),
            tr("Waiting for the cluster's workloads, services and Istio configuration to be listed."));
        break;
    case State::Loading:
        showEmpty(tr("Loading the traffic graph…"),
            m_scene->nodeItems().isEmpty() && graph && !graph->nodes.isEmpty()
                ? tr("Laying out %n node(s)…", nullptr, int(graph->nodes.size()))
                : tr("Asking Prometheus for the last %1 of traffic in %2.").arg(window, namespaces));
        break;
    case State::Failed:
        showEmpty(tr("Could not load the traffic graph"), m_controller->message());
        break;
    case State::WaitingForMetrics:
        if (idleShown)
            m_stack->setCurrentWidget(m_splitter);
        else
            showEmpty(tr("Waiting for the first metrics…"),
                tr("Prometheus has only just started collecting: rates need two samples in the window. The graph "
                   "appears within a few scrapes."));
        break;
    case State::NoTraffic:
        if (idleShown)
            m_stack->setCurrentWidget(m_splitter);
        else
            showEmpty(tr("No traffic"),
                tr("Nothing was called in %1 during the last %2. Pick more namespaces, a longer duration, or show "
                   "idle nodes (Display).")
                    .arg(namespaces, window));
        break;
    case State::Showing:
        m_stack->setCurrentWidget(m_splitter);
        break;
    }
    updateBanner();
    updateStatus();
}

void GraphPage::updateBanner()
{
    QString text;
    QColor background;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QDateTime time = m_controller->dataTime();
    if (m_controller->isStale()) {
        // Stale: keep the last good graph on screen and say how old it is.
        QString reason = m_controller->message();
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1); // the sentence goes on
        text = tr("%1 — showing data from %2")
                   .arg(reason,
                       (time.isValid() ? time : QDateTime::currentDateTime()).toString(QStringLiteral("HH:mm")));
        background = dark ? QColor(0x5c, 0x41, 0x0d) : QColor(0xfd, 0xf7, 0xe7);
    } else if (isShowingGraph() && !m_controller->warnings().isEmpty()) {
        // Prometheus' warnings (e.g. Thanos partial responses) and queries that only degraded the graph.
        text = tr("The graph may be incomplete: %1").arg(m_controller->warnings().join(QStringLiteral("; ")));
        background = dark ? QColor(0x1d, 0x3a, 0x5c) : QColor(0xe7, 0xf1, 0xfa);
    }
    m_banner->setText(text);
    if (!text.isEmpty()) {
        QPalette p = m_banner->palette();
        p.setColor(QPalette::Window, background);
        m_banner->setPalette(p);
    }
    m_banner->setVisible(!text.isEmpty());
}

void GraphPage::updateStatus()
{
    QString text;
    if (!m_notice.isEmpty()) {
        text = m_notice;
    } else if (isShowingGraph()) {
        // What is drawn: hidden and idle nodes (and their edges) are not counted, boxes are not nodes.
        const auto [nodes, edges] = m_scene->visibleCounts();
        const QDateTime time = m_controller->dataTime();
        text = tr("%1 nodes, %2 edges · last %3 · updated %4")
                   .arg(nodes)
                   .arg(edges)
                   .arg(formatDuration(m_controller->query().durationSeconds),
                       (time.isValid() ? time : QDateTime::currentDateTime()).toString(QStringLiteral("HH:mm")));
        if (m_controller->isRefreshing())
            text += QStringLiteral(" · ") + tr("Refreshing…");
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
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

QString GraphPage::statusText() const
{
    return m_status->text();
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
    updateStatus();
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
