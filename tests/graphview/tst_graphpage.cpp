// The Graph page as a whole, driven by its controller: empty/loading/error states, refresh without relayout,
// toolbar edits reaching the controller, find/hide in Kiali's syntax, exports and the health thresholds dialog;
// with real mouse events: a click never moves a node, and edges have tooltips; labels stay readable at fit.
#include "../gui/imagechecks.h"
#include "bookinfograph.h"
#include "models/graph/refresh/graphrefresh.h"
#include "ui/graphpage.h"
#include "ui/graphsidepanel.h"
#include "ui/healththresholdsdialog.h"
#include "views/graph/edgeitem.h"
#include "views/graph/graphlegend.h"
#include "views/graph/graphscene.h"
#include "views/graph/graphtoolbar.h"
#include "views/graph/graphview.h"
#include "views/graph/nodeitem.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace meshscope;
using State = graph::GraphRefresh::State;

namespace {

// Saves a rendering for a human to look at when MESHSCOPE_GRAPHVIEW_SHOTS names a folder.
void keepShot(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("MESHSCOPE_GRAPHVIEW_SHOTS");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// A page with its controller, showing the bookinfo namespace (no Prometheus: graphs are fed to the controller).
struct Page
{
    graph::GraphRefresh controller;
    GraphPage page { &controller };
    explicit Page(bool visible = true, QSize size = QSize(1200, 700))
    {
        graph::GraphPageQuery query;
        query.namespaces = { QStringLiteral("bookinfo") };
        query.refreshSeconds = 0;
        controller.setQuery(query);
        page.resize(size);
        if (visible)
            page.show();
    }
    // Feeds a graph and waits until it is drawn (Graphviz lays out on a worker thread).
    bool show(std::shared_ptr<const graph::Graph> graph)
    {
        QSignalSpy changed(&controller, &graph::GraphRefresh::graphChanged);
        controller.setGraph(std::move(graph));
        return QTest::qWaitFor([&] { return !changed.isEmpty(); }, 10000) && page.isShowingGraph();
    }
    QPoint viewportPos(const QPointF& scenePos) const { return page.view()->mapFromScene(scenePos); }
};

} // namespace

class TestGraphPage : public QObject
{
    Q_OBJECT

private slots:
    void pageStates();
    void pageRefreshDoesNotRelayout();
    void pageFilterErrorsInline();
    void toolbarChangesAskForAFetch();
    void kialiFindHide_data();
    void kialiFindHide();
    void pageExports_data();
    void pageExports();
    void healthThresholdsDialog();
    void clickNeverMovesANode();
    void edgeTooltipOnHover();
    void labelsReadableAtFit_data();
    void labelsReadableAtFit();
    void levelOfDetailBySizeAndZoom();
};

void TestGraphPage::pageStates()
{
    graph::GraphRefresh controller;
    GraphPage page(&controller);
    page.resize(1200, 700);
    page.show();
    QVERIFY(!page.isShowingGraph());
    QVERIFY(page.stateText().startsWith(QStringLiteral("No namespace selected")));
    controller.setUnavailable(QStringLiteral("No Prometheus to ask."));
    QCOMPARE(page.stateText(), QStringLiteral("No traffic graph\nNo Prometheus to ask."));
    controller.setPrometheus({}, {}); // a Prometheus that is never asked here: graphs are fed below
    graph::GraphPageQuery query;
    query.refreshSeconds = 0;
    controller.setQuery(query);
    QVERIFY(page.stateText().startsWith(QStringLiteral("No namespace selected")));
    query.namespaces = { QStringLiteral("bookinfo") };
    controller.setQuery(query);
    QVERIFY2(page.stateText().startsWith(QStringLiteral("Loading")), qPrintable(page.stateText()));

    auto graph = std::make_shared<graph::Graph>(*bookinfoGraph());
    graph->timestamp = QDateTime(QDate(2026, 11, 23), QTime(14, 2)).toSecsSinceEpoch();
    controller.setGraph(graph);
    QTRY_VERIFY(page.isShowingGraph());
    QVERIFY(page.stateText().isEmpty());
    // The status line counts what is drawn: the idle reviews-v4 and the box are not.
    QVERIFY2(page.statusText().startsWith(QStringLiteral("13 nodes, 13 edges · last 1m · updated 14:02")),
        qPrintable(page.statusText()));
    // Stale: the last good graph stays, a banner says how old it is.
    controller.setPrometheus(
        [](const QString&, double, QObject* context, std::function<void(const PromResult&)> done, const QString&) {
            QMetaObject::invokeMethod(
                context,
                [done] {
                    done(PromResult::failure(QStringLiteral("transport"), QStringLiteral("Prometheus unreachable.")));
                },
                Qt::QueuedConnection);
        },
        {});
    QTRY_VERIFY(controller.isStale());
    QVERIFY(page.isShowingGraph());
    QCOMPARE(
        page.stateText(), QStringLiteral("Prometheus unreachable — showing data from %1").arg(QStringLiteral("14:02")));
    // The legend lies over the canvas, bottom left.
    auto* legendButton = page.toolbar()->findChild<QToolButton*>(QStringLiteral("graphLegendButton"));
    QVERIFY(legendButton);
    legendButton->click();
    auto* legend = page.findChild<GraphLegend*>();
    QVERIFY(legend && legend->isVisible());
    QVERIFY(page.view()->rect().contains(legend->geometry()));
    const QImage shot = page.grab().toImage();
    keepShot(shot, QStringLiteral("page-stale"));
    QVERIFY(distinctColours(shot) > 40);

    controller.setGraph(std::make_shared<graph::Graph>());
    QVERIFY(!page.isShowingGraph());
    QVERIFY2(page.stateText().startsWith(QStringLiteral("No traffic")), qPrintable(page.stateText()));
    QVERIFY(page.statusText().isEmpty()); // no "12 nodes, 0 edges" beside "No traffic"
}

void TestGraphPage::pageRefreshDoesNotRelayout()
{
    Page p(true, QSize(1000, 600));
    GraphPage& page = p.page;
    QVERIFY(p.show(bookinfoGraph(1)));
    QCOMPARE(p.controller.layoutCount(), 1);
    const QHash<QString, NodeItem*> items = page.scene()->nodeItems();
    const ScenePositions before = page.scene()->positions();

    // Selecting an edge opens the side panel and asks for its series; a refresh keeps the selection.
    const QString edgeId = bookinfoGraph(1)->edges.first().id();
    page.scene()->selectItem(edgeId);
    QCOMPARE(page.sidePanel()->selectedId(), edgeId);
    QVERIFY(page.sidePanel()->isVisible());
    // No Prometheus: the charts say so instead of waiting forever.
    QCOMPARE(page.sidePanel()->sparkline(GraphSidePanel::Chart::Rate)->valueText(), QStringLiteral("no Prometheus"));
    page.sidePanel()->setSeries(GraphSidePanel::Chart::Rate, { { 0, 1 }, { 60, 2 } });
    QCOMPARE(page.sidePanel()->sparkline(GraphSidePanel::Chart::Rate)->pointCount(), 2);
    p.controller.setGraph(bookinfoGraph(2));
    QCOMPARE(page.sidePanel()->selectedId(), edgeId);
    QCOMPARE(page.sidePanel()->sparkline(GraphSidePanel::Chart::Rate)->pointCount(), 2);
    // Both the panel's figures and its charts say which window they cover.
    const QString window = page.sidePanel()->findChild<QLabel*>(QStringLiteral("graphSideWindow"))->text();
    QVERIFY2(
        window.contains(QLatin1String("last 1m")) && window.contains(QLatin1String("1m rate")), qPrintable(window));
    QVERIFY(page.sidePanel()->sparkline(GraphSidePanel::Chart::Rate)->title().contains(QLatin1String("1m rate")));
    QTest::qWait(50); // let the splitter lay the panel out
    keepShot(page.grab().toImage(), QStringLiteral("page-selected"));
    p.controller.setGraph(bookinfoGraph(3));
    QCOMPARE(p.controller.layoutCount(), 1);
    QCOMPARE(page.scene()->nodeItems(), items);
    QCOMPARE(page.scene()->positions().nodes, before.nodes);

    // Another graph type is a new layout.
    graph::GraphPageQuery query = p.controller.query();
    query.type = graph::GraphType::Workload;
    p.controller.setQuery(query);
    QVERIFY(p.show(bookinfoGraph(3)));
    QCOMPARE(p.controller.layoutCount(), 2);
}

void TestGraphPage::toolbarChangesAskForAFetch()
{
    graph::GraphRefresh controller;
    GraphPage page(&controller);
    graph::GraphPageQuery query;
    query.refreshSeconds = 0;
    controller.setQuery(query);
    controller.setAvailableNamespaces({ QStringLiteral("bookinfo"), QStringLiteral("shop") });
    QCOMPARE(controller.query().namespaces, QStringList({ QStringLiteral("bookinfo"), QStringLiteral("shop") }));
    GraphToolbar* bar = page.toolbar();
    const auto fetches = [&] { return controller.refreshCount(); };
    int before = fetches();

    // The namespace menu is keyed by the namespace, not by the action's text (a style may add '&').
    for (QAction* action : bar->namespaceMenu()->actions()) {
        if (action->data().toString() == QLatin1String("shop")) {
            action->setText(QStringLiteral("s&hop"));
            action->trigger();
        }
    }
    QCOMPARE(controller.query().namespaces, QStringList { QStringLiteral("bookinfo") });
    QVERIFY(controller.userChoseNamespaces());
    QCOMPARE(fetches(), ++before);

    bar->typeBox()->setCurrentIndex(bar->typeBox()->findData(int(graph::GraphType::Workload)));
    emit bar->typeBox()->activated(bar->typeBox()->currentIndex());
    QCOMPARE(fetches(), ++before);
    QVERIFY(controller.query().type == graph::GraphType::Workload);

    bar->durationBox()->setCurrentIndex(bar->durationBox()->findData(3600));
    emit bar->durationBox()->activated(bar->durationBox()->currentIndex());
    QCOMPARE(fetches(), ++before);
    QCOMPARE(controller.query().durationSeconds, 3600);

    bar->displayAction(QStringLiteral("showServiceNodes"))->trigger();
    QCOMPARE(fetches(), ++before);
    QVERIFY(!controller.query().injectServiceNodes);

    // Idle nodes, badges, animation and security are the view's business: no new query.
    bar->displayAction(QStringLiteral("showAnimation"))->trigger();
    QCOMPARE(fetches(), before);
    QVERIFY(controller.query().display.animation);
    QVERIFY(page.scene()->display().animation);

    bar->edgeLabelBox()->setCurrentIndex(bar->edgeLabelBox()->findData(int(EdgeLabel::ResponseTimeP99)));
    emit bar->edgeLabelBox()->activated(bar->edgeLabelBox()->currentIndex());
    QVERIFY(controller.query().display.edgeLabel == EdgeLabel::ResponseTimeP99); // p99 must be queried
    QCOMPARE(fetches(), ++before);
    QVERIFY(page.scene()->display().edgeLabel == EdgeLabel::ResponseTimeP99);

    bar->refreshBox()->setCurrentIndex(bar->refreshBox()->findData(30));
    emit bar->refreshBox()->activated(bar->refreshBox()->currentIndex());
    QCOMPARE(controller.intervalSeconds(), 30);
    QCOMPARE(fetches(), before);

    // The controller's query is what the toolbar shows, whoever changed it.
    query = controller.query();
    query.durationSeconds = 300;
    query.namespaces = { QStringLiteral("shop") };
    controller.setQuery(query);
    QCOMPARE(bar->durationBox()->currentData().toInt(), 300);
    for (QAction* action : bar->namespaceMenu()->actions())
        QCOMPARE(action->isChecked(), action->data().toString() == QLatin1String("shop"));
}

void TestGraphPage::pageFilterErrorsInline()
{
    Page p;
    GraphPage& page = p.page;
    page.setFilterCompiler([](const QString& text) {
        GraphPage::CompiledFilter filter;
        if (text == QLatin1String("name = reviews"))
            filter.nodes = [](const graph::Node& node) { return node.app == QLatin1String("reviews"); };
        else
            filter.error = QStringLiteral("unknown operand");
        return filter;
    });
    QVERIFY(p.show(bookinfoGraph()));
    page.toolbar()->findEdit()->setText(QStringLiteral("name = reviews"));
    emit page.toolbar()->findEdit()->returnPressed();
    QCOMPARE(page.scene()->highlightedNodeIds().size(), 5); // reviews v1-v3, its app box and its service
    auto* error = page.toolbar()->findChild<QLabel*>(QStringLiteral("graphFilterError"));
    QVERIFY(error && error->isHidden());
    page.toolbar()->hideEdit()->setText(QStringLiteral("rps >>> 1"));
    emit page.toolbar()->hideEdit()->returnPressed();
    QVERIFY(!error->isHidden());
    QCOMPARE(error->text(), QStringLiteral("Hide: unknown operand"));
    QCOMPARE(page.scene()->visibleNodeIds().size(), page.scene()->nodeItems().size() - 1); // only idle hidden
}

void TestGraphPage::kialiFindHide_data()
{
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("hide");
    QTest::addColumn<QStringList>("highlighted");
    QTest::addColumn<QStringList>("hidden"); // besides the idle reviews-v4 (Display: idle nodes is off)
    QTest::addColumn<int>("highlightedEdges");
    const QString v3 = QStringLiteral("app_east_bookinfo_reviews_v3");
    QTest::addRow("version = v3") << QStringLiteral("version = v3") << QString() << QStringList { v3 } << QStringList {}
                                  << 0;
    QTest::addRow("hide version = v3") << QString() << QStringLiteral("version = v3") << QStringList {}
                                       << QStringList { v3 } << 0;
    // Kiali: !healthy is degraded or failing; the ingress gateway and the app box (no requests to judge) are not.
    QTest::addRow("!healthy") << QStringLiteral("!healthy") << QString() << QStringList { v3 } << QStringList {}
                              << 2; // and the degraded and failing edges
    QTest::newRow("%error > 5 (edges)") << QStringLiteral("%error > 5") << QString() << QStringList {} << QStringList {}
                                        << 2;
    QTest::addRow("name = details OR name = ratings")
        << QStringLiteral("name = details OR name = ratings") << QString()
        << QStringList { QStringLiteral("app_east_bookinfo_details_v1"), QStringLiteral("app_east_bookinfo_ratings_v1"),
               QStringLiteral("svc_east_bookinfo_details"), QStringLiteral("svc_east_bookinfo_ratings") }
        << QStringList {} << 0;
    QTest::addRow("hide node = service") << QString() << QStringLiteral("node = service") << QStringList {}
                                         << QStringList { QStringLiteral("svc_east_bookinfo_details"),
                                                QStringLiteral("svc_east_bookinfo_mysqldb"),
                                                QStringLiteral("svc_east_bookinfo_productpage"),
                                                QStringLiteral("svc_east_bookinfo_ratings"),
                                                QStringLiteral("svc_east_bookinfo_reviews") }
                                         << 0;
    // Hiding edges hides the nodes left with only hidden edges (reviews v2 and v3: 6 and 4 rps in and out).
    QTest::addRow("hide http < 8") << QString() << QStringLiteral("http < 8") << QStringList {}
                                   << QStringList { QStringLiteral("app_east_bookinfo_reviews_v2"), v3 } << 0;
    QTest::addRow("hide !traffic") << QString() << QStringLiteral("!traffic") << QStringList {} << QStringList {} << 0;
    QTest::addRow("find svc, hide tcp") << QStringLiteral("node = svc AND svc startswith det")
                                        << QStringLiteral("tcp > 0")
                                        << QStringList { QStringLiteral("svc_east_bookinfo_details") }
                                        << QStringList { QStringLiteral("app_east_bookinfo_mysqldb_v1"),
                                               QStringLiteral("svc_east_bookinfo_mysqldb") }
                                        << 0;
}

void TestGraphPage::kialiFindHide()
{
    QFETCH(QString, find);
    QFETCH(QString, hide);
    QFETCH(QStringList, highlighted);
    QFETCH(QStringList, hidden);
    QFETCH(int, highlightedEdges);
    Page p(false);
    GraphPage& page = p.page;
    QVERIFY(p.show(bookinfoGraph()));
    page.toolbar()->findEdit()->setText(find);
    page.toolbar()->hideEdit()->setText(hide);
    emit page.toolbar()->findEdit()->returnPressed();
    auto* error = page.toolbar()->findChild<QLabel*>(QStringLiteral("graphFilterError"));
    QVERIFY2(error->isHidden(), qPrintable(error->text()));
    highlighted.sort();
    QCOMPARE(page.scene()->highlightedNodeIds(), highlighted);
    QStringList expectedHidden = hidden + QStringList { QStringLiteral("app_east_bookinfo_reviews_v4") };
    expectedHidden.sort();
    QStringList actuallyHidden;
    for (NodeItem* item : page.scene()->nodeItems()) {
        if (!item->isVisible())
            actuallyHidden << item->id();
    }
    actuallyHidden.sort();
    QCOMPARE(actuallyHidden, expectedHidden);
    int edges = 0;
    for (EdgeItem* item : page.scene()->edgeItems())
        edges += item->isHighlighted() ? 1 : 0;
    QCOMPARE(edges, highlightedEdges);
}

void TestGraphPage::pageExports_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("starts");
    QTest::addRow("png") << QStringLiteral("PNG") << QByteArray("\x89PNG");
    QTest::addRow("svg") << QStringLiteral("SVG") << QByteArray("<?xml");
    QTest::addRow("dot") << QStringLiteral("DOT") << QByteArray("digraph");
    QTest::addRow("kiali") << QStringLiteral("Kiali JSON") << QByteArray("{");
}

void TestGraphPage::pageExports()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, starts);
    Page p(false);
    GraphPage& page = p.page;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("graph.out"));
    QString error;
    QVERIFY(!page.exportTo(format, file, &error)); // nothing to export yet
    QVERIFY(!error.isEmpty());
    QVERIFY(p.show(bookinfoGraph()));
    QVERIFY2(page.exportTo(format, file, &error), qPrintable(error));
    QFile out(file);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray data = out.readAll();
    QVERIFY(data.size() > 200);
    QVERIFY2(data.startsWith(starts), data.left(40).constData());
    if (format == QLatin1String("PNG")) {
        QImage image;
        QVERIFY(image.loadFromData(data));
        QVERIFY(distinctColours(image) > 40);
        // The picture is the graph, not the session: no selection ring, no traffic dots.
        graph::GraphPageQuery query = p.controller.query();
        query.display.animation = true;
        p.controller.setQuery(query);
        page.scene()->selectItem(QStringLiteral("svc_east_bookinfo_reviews"));
        page.scene()->advanceAnimation();
        const QString second = dir.filePath(QStringLiteral("graph2.png"));
        QVERIFY2(page.exportTo(format, second, &error), qPrintable(error));
        QImage withSelection;
        QVERIFY(withSelection.load(second));
        QCOMPARE(withSelection, image);
        QVERIFY(page.scene()->nodeItem(QStringLiteral("svc_east_bookinfo_reviews"))->isSelected()); // still selected
    }
}

// Display → Health thresholds… edits the tolerances the page's query carries; a bad row keeps the dialog open.
void TestGraphPage::healthThresholdsDialog()
{
    Page p;
    GraphPage& page = p.page;
    QCOMPARE(graph::toString(p.controller.query().health), graph::toString(graph::HealthConfig::defaultTolerances()));
    const int fetchesBefore = p.controller.refreshCount();
    QSignalSpy changes(&page, &GraphPage::healthTolerancesChanged);
    QAction* action = page.toolbar()->displayAction(QStringLiteral("graphHealthThresholds"));
    QVERIFY(action);
    action->trigger();
    auto* dialog = page.findChild<HealthThresholdsDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QTableWidget* table = dialog->table();
    QCOMPARE(table->rowCount(), 4); // Kiali's defaults: 5XX, 4XX, gRPC errors, no response
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("5XX"));
    keepShot(dialog->grab().toImage(), QStringLiteral("health-thresholds"));
    table->item(0, 3)->setText(QStringLiteral("70")); // degraded above failure (10)
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(changes.count(), 0);
    table->item(0, 3)->setText(QStringLiteral("30"));
    table->item(0, 4)->setText(QStringLiteral("60"));
    dialog->accept();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(changes.count(), 1);
    QCOMPARE(p.controller.refreshCount(), fetchesBefore + 1); // health is worked out when the graph is built
    const QList<graph::RateTolerance> saved = p.controller.query().health;
    QCOMPARE(saved.size(), 4);
    QCOMPARE(saved.first().degraded, 30.0);
    QCOMPARE(saved.first().failure, 60.0);
    QCOMPARE(graph::toString(changes.first().first().value<QList<graph::RateTolerance>>()), graph::toString(saved));
    // Kiali defaults puts the four rows back.
    action->trigger();
    HealthThresholdsDialog* again = nullptr;
    for (HealthThresholdsDialog* d : page.findChildren<HealthThresholdsDialog*>())
        again = d->isVisible() ? d : again;
    QVERIFY(again);
    QCOMPARE(again->table()->item(0, 3)->text(), QStringLiteral("30")); // opens with what was saved
    again->findChild<QPushButton*>(QStringLiteral("healthDefaults"))->click();
    QCOMPARE(again->table()->item(0, 3)->text(), QStringLiteral("0"));
    again->reject();
    QCOMPARE(p.controller.query().health.first().degraded, 30.0); // cancelled: unchanged
}

// A click selects a node and opens the side panel; the view re-fits to the narrower canvas, but the node stays
// where the layout put it. Only a drag past the platform's drag distance moves (and pins) it.
void TestGraphPage::clickNeverMovesANode()
{
    Page p(true, QSize(1280, 800));
    GraphPage& page = p.page;
    QVERIFY(p.show(bookinfoGraph()));
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(50); // the first fit
    GraphScene* scene = page.scene();
    QWidget* viewport = page.view()->viewport();
    for (const char* id :
        { "app_east_bookinfo_reviews_v2", "app_east_bookinfo_reviews_v3", "app_east_bookinfo_details_v1" }) {
        NodeItem* node = scene->nodeItem(QString::fromLatin1(id));
        QVERIFY(node);
        const QPointF before = node->pos();
        const QPoint at = p.viewportPos(before);
        QTest::mousePress(viewport, Qt::LeftButton, {}, at);
        QTRY_VERIFY(page.sidePanel()->isVisible()); // the panel opens on the press, the canvas narrows
        QTest::qWait(30); // the view's re-fit, and its replay of the last mouse event
        const int nudge = QApplication::startDragDistance() / 2; // a trembling hand
        QTest::mouseMove(viewport, at + QPoint(nudge, 0));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, at + QPoint(nudge, 0));
        QCOMPARE(node->pos(), before);
        QVERIFY(!node->isPinned());
        QCOMPARE(page.sidePanel()->selectedId(), QString::fromLatin1(id));
        QTest::qWait(30);
    }
    QVERIFY(p.controller.pinnedNodes().isEmpty());
    // The view followed the panel: the whole graph is still in sight.
    QVERIFY(
        page.view()->mapToScene(viewport->rect()).boundingRect().contains(scene->graphBounds().adjusted(5, 5, -5, -5)));

    // A real drag moves the node, and the controller keeps it there.
    NodeItem* details = scene->nodeItem(QStringLiteral("app_east_bookinfo_details_v1"));
    const QPoint from = p.viewportPos(details->pos());
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(viewport, from + QPoint(15 * step, 10 * step));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, from + QPoint(60, 40));
    QVERIFY(details->isPinned());
    QVERIFY(p.controller.pinnedNodes().contains(details->id()));
    QCOMPARE(p.controller.positions().nodes.value(details->id()), details->pos());
}

// Hovering an edge shows its signals, as hovering a node does (the traffic dots, one item over the whole graph,
// must not hide them).
void TestGraphPage::edgeTooltipOnHover()
{
    Page p(true, QSize(1280, 800));
    GraphPage& page = p.page;
    graph::GraphPageQuery query = p.controller.query();
    query.display.animation = true;
    p.controller.setQuery(query);
    QVERIFY(p.show(bookinfoGraph()));
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(50);
    const EdgeItem* edge = page.scene()->edgeItem(bookinfoGraph()->edges.at(2).id()); // productpage → reviews
    QVERIFY(edge);
    const QPoint at = p.viewportPos(edge->path().pointAtPercent(0.3));
    QWidget* viewport = page.view()->viewport();
    QTest::mouseMove(viewport, at);
    QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
    QCoreApplication::sendEvent(viewport, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    for (const char* expected : { "20 rps", "10%", "mTLS" })
        QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text));
    QToolTip::hideText();
}

// Bookinfo fitted into a 1024x680 window (the page gets what the sidebar leaves), with the side panel open, or into
// 1280x800: the labels are drawn, at least GraphDetail::MinLabelPixels high on screen, rather than left out.
void TestGraphPage::labelsReadableAtFit_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("sidePanel");
    QTest::newRow("1024x680") << QSize(800, 620) << false;
    QTest::newRow("1024x680, side panel") << QSize(800, 620) << true;
    QTest::newRow("1280x800") << QSize(1056, 740) << false;
}

void TestGraphPage::labelsReadableAtFit()
{
    QFETCH(QSize, size);
    QFETCH(bool, sidePanel);
    Page p(true, size);
    GraphPage& page = p.page;
    QVERIFY(p.show(bookinfoGraph()));
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    GraphView* view = page.view();
    QWidget* viewport = view->viewport();
    if (sidePanel) {
        page.scene()->selectItem(QStringLiteral("app_east_bookinfo_reviews_v2"));
        QTRY_VERIFY(page.sidePanel()->isVisible());
    }
    // Fitted (again, when the panel took its room): the whole graph in sight, and nothing more than needed.
    QTRY_VERIFY(view->mapToScene(viewport->rect()).boundingRect().contains(page.scene()->graphBounds()));
    QTest::qWait(30);
    QVERIFY(!view->userZoomed());

    const double zoom = view->zoom();
    const GraphDetail detail = page.scene()->detailAt(zoom);
    QVERIFY2(!detail.overview && detail.labels, qPrintable(QString::number(zoom)));
    const double pixels = GraphDetail::labelPixels() * zoom * detail.labelScale;
    QVERIFY2(pixels >= GraphDetail::MinLabelPixels - 0.01, qPrintable(QStringLiteral("%1 px").arg(pixels)));

    // And they are painted: text (dark on the light theme) under every node.
    const QImage shot = viewport->grab().toImage();
    keepShot(
        shot, QStringLiteral("labels-%1x%2%3").arg(size.width()).arg(size.height()).arg(sidePanel ? "-panel" : ""));
    for (const char* id : { "app_east_bookinfo_productpage_v1", "app_east_bookinfo_ratings_v1" }) {
        const NodeItem* node = page.scene()->nodeItem(QString::fromLatin1(id));
        QVERIFY(node);
        const QPoint below = view->mapFromScene(node->pos() + QPointF(0, NodeItem::ShapeSize / 2));
        int dark = 0;
        for (int y = below.y() + 1; y < below.y() + int(pixels) + 6; ++y) {
            for (int x = below.x() - 15; x <= below.x() + 15; ++x)
                dark += shot.rect().contains(x, y) && qGray(shot.pixel(x, y)) < 110 ? 1 : 0;
        }
        QVERIFY2(dark > 10,
            qPrintable(QStringLiteral("%1: %2 dark pixels under the node").arg(QLatin1String(id)).arg(dark)));
    }
}

// Small graphs keep shapes and (enlarged) labels where a large one becomes the overview; labels are enlarged only
// as far as needed, and never on large graphs.
void TestGraphPage::levelOfDetailBySizeAndZoom()
{
    const double readable = GraphDetail::MinLabelPixels / GraphDetail::labelPixels(); // zoom at natural size
    QCOMPARE(GraphDetail::at(1.5, 14).labelScale, 1.0);
    QVERIFY(GraphDetail::at(readable * 1.01, 14).labels);
    QCOMPARE(GraphDetail::at(readable * 1.01, 14).labelScale, 1.0);
    const GraphDetail half = GraphDetail::at(readable / 2, 14);
    QVERIFY(half.labels && !half.overview);
    QCOMPARE(half.labelScale, 2.0);
    const GraphDetail far = GraphDetail::at(readable / (GraphDetail::MaxLabelScale * 1.1), 14);
    QVERIFY(!far.labels);
    QCOMPARE(GraphDetail::at(0.2, 14).overview, false); // 14 items paint cheaply one by one
    QCOMPARE(GraphDetail::at(0.1, 14).overview, true);

    const GraphDetail large = GraphDetail::at(0.4, 5000);
    QVERIFY(!large.labels && !large.overview);
    QCOMPARE(large.labelScale, 1.0);
    QVERIFY(GraphDetail::at(0.2, 5000).overview);
    QVERIFY(GraphDetail::at(0.6, 5000).labels);
    QCOMPARE(GraphDetail::maxLabelScale(5000), 1.0);
}

QTEST_MAIN(TestGraphPage)
#include "tst_graphpage.moc"
