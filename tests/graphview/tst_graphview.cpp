// The graph canvas: scene items per node and edge, rendering, stable positions, find/hide, labels, dragging,
// tooltips, legend and side panel, large graphs and Graphviz placement.
#include "../gui/imagechecks.h"
#include "bookinfograph.h"
#include "models/graph/graphlayoutfallback.h"
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

using namespace meshscope;

namespace {

// Saves a rendering for a human to look at when MESHSCOPE_GRAPHVIEW_SHOTS names a folder.
void keepShot(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("MESHSCOPE_GRAPHVIEW_SHOTS");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// How many pixels have about a colour's hue, whatever their lightness: thin antialiased lines keep their hue while
// their colour blends into the background. Greys (the background, text, outlines) have no hue and never count.
int countHue(const QImage& image, const QColor& colour, int tolerance = 15)
{
    const int hue = colour.hsvHue();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() < 40 || c.value() < 60)
                continue;
            const int distance = std::abs(c.hsvHue() - hue);
            if (std::min(distance, 360 - distance) <= tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT

private slots:
    void sceneHasOneItemPerNodeAndEdge();
    void rendersNonTrivially_data();
    void rendersNonTrivially();
    void sameTopologyRefreshKeepsItems();
    void newNodeKeepsOthersInPlace();
    void findHighlightsAndHideHides();
    void idleNodesFollowTheToggle();
    void edgeLabelModes_data();
    void edgeLabelModes();
    void draggedNodeIsPinned();
    void serviceContextMenuAndTooltips();
    void legendAndSidePanel();
    void toolbarFitsWithoutClipping_data();
    void toolbarFitsWithoutClipping();
    void largeGraph_data();
    void largeGraph();
    void graphvizPlacesEveryNode_data();
    void graphvizPlacesEveryNode();
};

void TestGraphView::sceneHasOneItemPerNodeAndEdge()
{
    GraphScene scene;
    const auto graph = bookinfoGraph();
    QSignalSpy changed(&scene, &GraphScene::graphChanged);
    scene.setGraph(graph, graph::fallbackLayout(*graph));
    QCOMPARE(scene.nodeItems().size(), graph->nodes.size());
    QCOMPARE(scene.edgeItems().size(), graph->edges.size());
    QCOMPARE(changed.size(), 1);
    for (const graph::Edge& edge : graph->edges) {
        EdgeItem* item = scene.edgeItem(edge.id());
        QVERIFY(item);
        QCOMPARE(item->sourceNode(), scene.nodeItem(edge.source));
        QCOMPARE(item->destNode(), scene.nodeItem(edge.dest));
        QVERIFY(item->length() > 10);
    }
}

void TestGraphView::rendersNonTrivially_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("animation");
    QTest::addColumn<double>("zoom");
    QTest::addRow("light") << false << false << 1.0;
    QTest::addRow("dark") << true << false << 1.0;
    QTest::addRow("light, animated") << false << true << 1.0;
    QTest::addRow("zoomed out") << false << true << 0.2;
}

void TestGraphView::rendersNonTrivially()
{
    QFETCH(bool, dark);
    QFETCH(bool, animation);
    QFETCH(double, zoom);
    GraphScene scene;
    GraphView view(&scene);
    if (dark) {
        QPalette palette = view.palette();
        palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        view.setPalette(palette);
    }
    GraphDisplay display;
    display.animation = animation;
    scene.setDisplay(display);
    const auto graph = bookinfoGraph();
    scene.setGraph(graph, graph::fallbackLayout(*graph));
    view.resize(1100, 520);
    view.show();
    view.zoomToFit();
    if (zoom < 1)
        view.zoomBy(zoom / view.zoom());
    scene.advanceAnimation();
    const QImage image = view.grab().toImage();
    keepShot(image, QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    QVERIFY2(distinctColours(image) > (zoom < 1 ? 4 : 40), qPrintable(QString::number(distinctColours(image))));
    // The failing reviews-v3 edge is drawn in the failure colour, the healthy ones in green.
    const GraphColors colors = scene.colors();
    if (zoom >= 1) {
        QVERIFY(countColoured(image, colors.healthy) > 20);
        QVERIFY(countColoured(image, colors.failure) > 10);
    } else {
        // Zoomed out the lines are a pixel wide and blend with the background, but keep their hue: the failing edge
        // and the failing node's border are still red, the healthy edges still green (about 100 and 70 pixels).
        const int healthy = countHue(image, colors.healthy), failure = countHue(image, colors.failure);
        QVERIFY2(healthy > 40, qPrintable(QString::number(healthy)));
        QVERIFY2(failure > 20, qPrintable(QString::number(failure)));
    }
}

void TestGraphView::sameTopologyRefreshKeepsItems()
{
    GraphScene scene;
    const auto first = bookinfoGraph(1);
    scene.setGraph(first, graph::fallbackLayout(*first));
    const QHash<QString, NodeItem*> nodes = scene.nodeItems();
    const QHash<QString, EdgeItem*> edges = scene.edgeItems();
    const ScenePositions before = scene.positions();
    QSignalSpy changed(&scene, &GraphScene::graphChanged);

    const auto second = bookinfoGraph(3);
    QVERIFY(scene.updateGraph(second));
    QCOMPARE(scene.nodeItems(), nodes);
    QCOMPARE(scene.edgeItems(), edges);
    QCOMPARE(scene.positions().nodes, before.nodes);
    const QString gatewayEdge = second->edges.first().id();
    QCOMPARE(scene.edgeItem(gatewayEdge)->edge().requestRate(), 60.0); // the new numbers are shown
    QCOMPARE(scene.graph(), second);

    // setGraph with the same ids is a refresh as well: no churn, nothing moves.
    const auto third = bookinfoGraph(2);
    scene.setGraph(third, graph::fallbackLayout(*third));
    QCOMPARE(scene.nodeItems(), nodes);
    QCOMPARE(scene.edgeItems(), edges);
    QCOMPARE(scene.positions().nodes, before.nodes);
    QCOMPARE(changed.size(), 0);

    // The same edges listed in another order: each item still shows its own edge's numbers, and a busier edge
    // is drawn wider (with a bigger arrow head, inside its bounds).
    auto reordered = std::make_shared<graph::Graph>(*bookinfoGraph(40));
    std::reverse(reordered->edges.begin(), reordered->edges.end());
    const double widthBefore = scene.edgeItem(gatewayEdge)->penWidth();
    QVERIFY(scene.updateGraph(reordered));
    QCOMPARE(scene.edgeItems(), edges);
    for (const graph::Edge& edge : reordered->edges)
        QCOMPARE(scene.edgeItem(edge.id())->edge().requestRate(), edge.requestRate());
    EdgeItem* gateway = scene.edgeItem(gatewayEdge);
    QVERIFY2(gateway->penWidth() > widthBefore, qPrintable(QStringLiteral("%1").arg(gateway->penWidth())));
    QVERIFY(gateway->boundingRect().contains(gateway->shape().boundingRect()));
    // And back in the first order, with the numbers of the third graph again.
    QVERIFY(scene.updateGraph(third));
    for (const graph::Edge& edge : third->edges)
        QCOMPARE(scene.edgeItem(edge.id())->edge().requestRate(), edge.requestRate());
    QCOMPARE(scene.edgeItem(gatewayEdge)->penWidth(), widthBefore);

    // A different topology is refused by updateGraph.
    auto bigger = std::make_shared<graph::Graph>(*third);
    graph::Node extra;
    extra.id = QStringLiteral("wl_east_bookinfo_extra");
    bigger->nodes.append(extra);
    QVERIFY(!scene.updateGraph(bigger));
    QCOMPARE(scene.graph(), third);
}

void TestGraphView::newNodeKeepsOthersInPlace()
{
    GraphScene scene;
    const auto first = bookinfoGraph();
    scene.setGraph(first, graph::fallbackLayout(*first));
    const QHash<QString, NodeItem*> nodes = scene.nodeItems();
    const ScenePositions before = scene.positions();

    auto bigger = std::make_shared<graph::Graph>(*first);
    graph::Node extra;
    extra.id = QStringLiteral("wl_east_bookinfo_extra");
    extra.type = graph::NodeType::Workload;
    extra.workload = QStringLiteral("extra");
    bigger->nodes.append(extra);
    graph::Edge edge;
    edge.source = extra.id;
    edge.dest = QStringLiteral("svc_east_bookinfo_details");
    edge.protocol = QStringLiteral("http");
    edge.rates.insert(QStringLiteral("http"), 1);
    bigger->edges.append(edge);
    scene.setGraph(bigger, graph::fallbackLayout(*bigger, before.nodes));

    QCOMPARE(scene.nodeItems().size(), nodes.size() + 1);
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        QCOMPARE(scene.nodeItem(it.key()), it.value());
        QCOMPARE(scene.nodeItem(it.key())->pos(), before.nodes.value(it.key()));
    }
    QVERIFY(scene.edgeItem(edge.id()));
    QVERIFY(!before.nodes.values().contains(scene.nodeItem(extra.id)->pos()));

    // And gone again: its items are removed, the others stay.
    scene.setGraph(first, scene.positions());
    QVERIFY(!scene.nodeItem(extra.id));
    QVERIFY(!scene.edgeItem(edge.id()));
    QCOMPARE(scene.nodeItems(), nodes);
}

void TestGraphView::findHighlightsAndHideHides()
{
    GraphScene scene;
    const auto graph = bookinfoGraph();
    scene.setGraph(graph, graph::fallbackLayout(*graph));
    const int all = int(scene.visibleNodeIds().size());
    scene.setFind([](const graph::Node& node) { return node.app == QLatin1String("reviews"); }, {});
    QCOMPARE(scene.highlightedNodeIds(),
        QStringList({ QStringLiteral("app_east_bookinfo_reviews_v1"), QStringLiteral("app_east_bookinfo_reviews_v2"),
            QStringLiteral("app_east_bookinfo_reviews_v3"), QStringLiteral("box_east_bookinfo_reviews"),
            QStringLiteral("svc_east_bookinfo_reviews") }));
    scene.setHide([](const graph::Node& node) { return node.version == QLatin1String("v3"); }, {});
    QVERIFY(!scene.visibleNodeIds().contains(QStringLiteral("app_east_bookinfo_reviews_v3")));
    QCOMPARE(scene.visibleNodeIds().size(), all - 1);
    QVERIFY(!scene.highlightedNodeIds().contains(QStringLiteral("app_east_bookinfo_reviews_v3"))); // hide wins
    // Edges of a hidden node are hidden too.
    for (EdgeItem* edge : scene.nodeItem(QStringLiteral("app_east_bookinfo_reviews_v3"))->edges())
        QVERIFY(!edge->isVisible());
    scene.setHide({}, {});
    scene.setFind({}, {});
    QCOMPARE(scene.visibleNodeIds().size(), all);
    QVERIFY(scene.highlightedNodeIds().isEmpty());
}

void TestGraphView::idleNodesFollowTheToggle()
{
    GraphScene scene;
    const auto graph = bookinfoGraph();
    scene.setGraph(graph, graph::fallbackLayout(*graph));
    const QString idle = QStringLiteral("app_east_bookinfo_reviews_v4");
    QVERIFY(!scene.visibleNodeIds().contains(idle));
    GraphDisplay display = scene.display();
    display.idleNodes = true;
    scene.setDisplay(display);
    QVERIFY(scene.visibleNodeIds().contains(idle));
}

void TestGraphView::edgeLabelModes_data()
{
    QTest::addColumn<EdgeLabel>("mode");
    QTest::addColumn<QString>("expected");
    QTest::addRow("rate") << EdgeLabel::RequestRate << QStringLiteral("20 rps\n10%");
    QTest::newRow("percent of source (100%: nothing)") << EdgeLabel::RequestPercent << QString();
    QTest::addRow("p95") << EdgeLabel::ResponseTimeP95 << QStringLiteral("60 ms");
    QTest::addRow("p99 (not queried)") << EdgeLabel::ResponseTimeP99 << QString();
    QTest::newRow("error %") << EdgeLabel::ErrorPercent << QStringLiteral("10%");
    QTest::addRow("none") << EdgeLabel::None << QString();
}

void TestGraphView::edgeLabelModes()
{
    QFETCH(EdgeLabel, mode);
    QFETCH(QString, expected);
    const auto graph = bookinfoGraph();
    const graph::Edge& edge = graph->edges.at(2); // productpage → reviews
    QCOMPARE(edgeLabelText(edge, mode), expected);
    QCOMPARE(edgeLabelText(graph->edges.last(), EdgeLabel::RequestRate), QStringLiteral("20 kbps"));
}

void TestGraphView::draggedNodeIsPinned()
{
    GraphScene scene;
    GraphView view(&scene);
    const auto graph = bookinfoGraph();
    scene.setGraph(graph, graph::fallbackLayout(*graph));
    view.resize(900, 500);
    view.show();
    view.zoomToFit();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    NodeItem* node = scene.nodeItem(QStringLiteral("app_east_bookinfo_details_v1"));
    EdgeItem* inbound = node->edges().first();
    const QPainterPath before = inbound->path();
    QSignalSpy pinned(&scene, &GraphScene::nodePinned);
    const QPoint start = view.mapFromScene(node->pos());
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, start + QPoint(60, 40), view.viewport()->mapToGlobal(start + QPoint(60, 40)),
        Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &move);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(60, 40));
    QCOMPARE(pinned.size(), 1);
    QVERIFY(node->isPinned());
    QVERIFY(scene.pinnedPositions().contains(node->id()));
    QVERIFY(inbound->path() != before); // the edge followed

    // A relayout does not move a pinned node.
    const QPointF where = node->pos();
    scene.setGraph(graph, graph::fallbackLayout(*graph));
    QCOMPARE(node->pos(), where);
}

// A synthetic mesh: 10,000 workloads in layers, 20,000 edges between neighbouring layers.
static std::shared_ptr<const graph::Graph> syntheticGraph(int nodes, int edges, double scale)
{
    auto g = std::make_shared<graph::Graph>();
    g->nodes.reserve(nodes);
    for (int i = 0; i < nodes; ++i) {
        graph::Node n;
        n.id = QStringLiteral("wl_c_ns%1_w%2").arg(i % 50).arg(i);
        n.type = graph::NodeType::Workload;
        n.namespace_ = QStringLiteral("ns%1").arg(i % 50);
        n.workload = QStringLiteral("w%1").arg(i);
        n.health = i % 97 == 0 ? graph::Health::Failure : graph::Health::Healthy;
        g->nodes.append(n);
    }
    const int perLayer = 100;
    for (int e = 0; e < edges; ++e) {
        const int from = (e * 7919) % (nodes - perLayer);
        const int to = from + perLayer + (e % 3) - 1;
        graph::Edge edge;
        edge.source = g->nodes.at(from).id;
        edge.dest = g->nodes.at(std::clamp(to, 0, nodes - 1)).id;
        edge.protocol = e % 10 == 0 ? QStringLiteral("tcp") : QStringLiteral("http");
        edge.rates.insert(edge.protocol, (1 + e % 13) * scale);
        edge.rates.insert(edge.protocol + QStringLiteral("PercentErr"), e % 31 == 0 ? 12 : 0);
        edge.health = e % 31 == 0 ? graph::Health::Failure : graph::Health::Healthy;
        g->edges.append(edge);
    }
    return g;
}

void TestGraphView::largeGraph_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addRow("5,000 nodes") << 5000;
    QTest::addRow("10,000 nodes") << 10000;
}

void TestGraphView::largeGraph()
{
    QFETCH(int, nodes);
    // Figures for the report (printed, never asserted): building the items, a numbers-only refresh and one
    // frame at fit. What is asserted is that they happen without churn and the frame is not blank.
    const auto first = syntheticGraph(nodes, 20000, 1);
    ScenePositions positions; // a 100 × 100 grid stands in for an sfdp layout (which takes seconds)
    for (int i = 0; i < first->nodes.size(); ++i)
        positions.nodes.insert(first->nodes.at(i).id, QPointF((i / 100) * 150.0, (i % 100) * 90.0));
    GraphScene scene;
    GraphView view(&scene);
    view.resize(1280, 800);
    view.show();
    QElapsedTimer timer;
    timer.start();
    scene.setGraph(first, positions);
    const qint64 buildMs = timer.restart();
    const QHash<QString, EdgeItem*> edges = scene.edgeItems();
    const auto refreshed = syntheticGraph(nodes, 20000, 1.1); // a refresh: every rate 10% up
    timer.restart();
    QVERIFY(scene.updateGraph(refreshed));
    const qint64 refreshMs = timer.restart();
    QCOMPARE(scene.edgeItems(), edges);
    view.zoomToFit();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    timer.restart();
    {
        QPainter painter(&frame);
        view.render(&painter);
    }
    const qint64 frameMs = timer.elapsed();
    qInfo("%d nodes / 20,000 edges: items %lld ms, signals-only refresh %lld ms, frame at fit %lld ms", nodes, buildMs,
        refreshMs, frameMs);
    keepShot(frame, QStringLiteral("large-%1").arg(nodes));
    QVERIFY(distinctColours(frame) > 3);
}

void TestGraphView::graphvizPlacesEveryNode_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addRow("auto (dot)") << QString();
    QTest::addRow("sfdp") << QStringLiteral("sfdp");
}

void TestGraphView::graphvizPlacesEveryNode()
{
    QFETCH(QString, engine);
    const auto graph = bookinfoGraph();
    const QPointF pinnedAt(-500, -500);
    const QString pinnedId = QStringLiteral("app_east_bookinfo_mysqldb_v1");
    const graph::Layout layout = graph::computeLayout(*graph, { engine, { { pinnedId, pinnedAt } } });
    QVERIFY2(layout.error.isEmpty(), qPrintable(layout.error));
    const ScenePositions positions = graph::positionsOf(layout);
    QList<QPointF> placed;
    for (const graph::Node& node : graph->nodes) {
        if (node.type == graph::NodeType::Box)
            continue;
        QVERIFY2(positions.nodes.contains(node.id), qPrintable(node.id));
        placed << positions.nodes.value(node.id);
    }
    QCOMPARE(positions.nodes.value(pinnedId), pinnedAt);
    // No two shapes on top of each other.
    for (int i = 0; i < placed.size(); ++i) {
        for (int j = i + 1; j < placed.size(); ++j)
            QVERIFY(QLineF(placed[i], placed[j]).length() > NodeItem::ShapeSize);
    }
    if (engine.isEmpty()) {
        // dot runs left to right like Kiali: the ingress gateway before productpage, productpage before reviews.
        const auto x = [&](const char* id) { return positions.nodes.value(QString::fromLatin1(id)).x(); };
        QVERIFY(x("wl_east_istio-system_istio-ingressgateway") < x("app_east_bookinfo_productpage_v1"));
        QVERIFY(x("app_east_bookinfo_productpage_v1") < x("app_east_bookinfo_reviews_v2"));
    }
}

void TestGraphView::serviceContextMenuAndTooltips()
{
    GraphScene scene;
    GraphView view(&scene);
    const auto graph = bookinfoGraph();
    scene.setGraph(graph, graph::fallbackLayout(*graph));
    view.resize(1100, 600);
    view.show();
    view.zoomToFit();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // A right click on a node asks for its menu (the page builds it from the controller's node actions).
    const QString reviews = QStringLiteral("svc_east_bookinfo_reviews");
    const QPoint at = view.mapFromScene(scene.nodeItem(reviews)->pos());
    QSignalSpy menu(&view, &GraphView::nodeContextMenuRequested);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view.viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view.viewport(), &event);
    QCOMPARE(menu.size(), 1);
    QCOMPARE(menu.first().first().toString(), reviews);
    // Not on the background.
    QContextMenuEvent empty(QContextMenuEvent::Mouse, QPoint(2, 2), view.viewport()->mapToGlobal(QPoint(2, 2)));
    QCoreApplication::sendEvent(view.viewport(), &empty);
    QCOMPARE(menu.size(), 1);
    // A versioned app's box, on its label strip (its traffic split is shifted from there).
    const QRectF box = scene.nodeItem(QStringLiteral("box_east_bookinfo_reviews"))->sceneBoundingRect();
    const QPoint strip = view.mapFromScene(QPointF(box.left() + 14, box.top() + 12));
    QContextMenuEvent onBox(QContextMenuEvent::Mouse, strip, view.viewport()->mapToGlobal(strip));
    QCoreApplication::sendEvent(view.viewport(), &onBox);
    QCOMPARE(menu.size(), 2);
    QCOMPARE(menu.last().first().toString(), QStringLiteral("box_east_bookinfo_reviews"));

    // Tooltips list the signals.
    const QString nodeTip = scene.toolTipFor(reviews);
    QVERIFY2(nodeTip.contains(QStringLiteral("virtual service")), qPrintable(nodeTip));
    // The VirtualService by name and its traffic-shifting weights.
    for (const char* expected : { "Virtual service", "reviews", "Traffic weights", "v1 50%, v2 30%, v3 20%" })
        QVERIFY2(nodeTip.contains(QLatin1String(expected)), qPrintable(nodeTip));
    const QString edgeTip = scene.toolTipFor(graph->edges.at(2).id());
    for (const char* expected : { "20 rps", "10%", "60 ms", "mTLS", "Degraded" })
        QVERIFY2(edgeTip.contains(QLatin1String(expected)), qPrintable(edgeTip));
}

void TestGraphView::legendAndSidePanel()
{
    GraphLegend legend;
    legend.resize(legend.sizeHint());
    const QImage image = legend.grab().toImage();
    keepShot(image, QStringLiteral("legend"));
    QVERIFY(distinctColours(image) > 20);

    GraphSidePanel panel;
    const auto graph = bookinfoGraph();
    panel.showEdge(
        graph->edges.at(2), graph->node(graph->edges.at(2).source), graph->node(graph->edges.at(2).dest), 600);
    QCOMPARE(panel.selectedId(), graph->edges.at(2).id());
    panel.setSeries(GraphSidePanel::Chart::Rate, { { 0, 1 }, { 60, 2 }, { 120, 3 } });
    QCOMPARE(panel.sparkline(GraphSidePanel::Chart::Rate)->pointCount(), 3);
    panel.resize(320, 600);
    keepShot(panel.grab().toImage(), QStringLiteral("sidepanel"));
    panel.showNode(*graph->node(QStringLiteral("svc_east_bookinfo_reviews")), 600);
    const QString details = panel.findChild<QLabel*>(QStringLiteral("graphSideDetails"))->text();
    QVERIFY2(details.contains(QLatin1String("v1 50%, v2 30%, v3 20%")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("reviews")), qPrintable(details));
    keepShot(panel.grab().toImage(), QStringLiteral("sidepanel-service"));
}

void TestGraphView::toolbarFitsWithoutClipping_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("maxRows"); // of controls, find/hide's row included
    QTest::addRow("1280 window") << 1060 << 2;
    QTest::addRow("1000 window") << 780 << 3;
    QTest::addRow("narrow") << 520 << 5;
}

// Every combo is at least as wide as its longest entry needs (no text cut off whichever is chosen), nothing leaves
// the toolbar, and the controls wrap by groups into a few rows rather than one control per row.
void TestGraphView::toolbarFitsWithoutClipping()
{
    QFETCH(int, width);
    QFETCH(int, maxRows);
    GraphToolbar toolbar;
    graph::GraphPageQuery query;
    query.namespaces = { QStringLiteral("bookinfo"), QStringLiteral("istio-system") };
    query.display.edgeLabel = EdgeLabel::ResponseTimeP95;
    toolbar.showQuery(query);
    toolbar.resize(width, toolbar.heightForWidth(width));
    toolbar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&toolbar));
    keepShot(toolbar.grab().toImage(), QStringLiteral("toolbar-%1").arg(width));
    const QList<QComboBox*> combos = toolbar.findChildren<QComboBox*>();
    QVERIFY(combos.size() >= 5);
    for (QComboBox* box : combos) {
        QComboBox probe; // what the longest entry needs in this style and font
        probe.setFont(box->font());
        probe.setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (int i = 0; i < box->count(); ++i)
            probe.addItem(box->itemText(i));
        QVERIFY2(box->width() >= probe.sizeHint().width(),
            qPrintable(
                QStringLiteral("%1: %2 < %3").arg(box->objectName()).arg(box->width()).arg(probe.sizeHint().width())));
    }
    QList<int> centres;
    for (QWidget* child : toolbar.findChildren<QWidget*>()) {
        if (!child->isVisible() || child->inherits("QMenu") || qobject_cast<QLineEdit*>(child->parentWidget()))
            continue;
        const QRect inToolbar(child->mapTo(&toolbar, QPoint(0, 0)), child->size());
        QVERIFY2(toolbar.rect().contains(inToolbar),
            qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside %6 px")
                           .arg(child->objectName())
                           .arg(inToolbar.x())
                           .arg(inToolbar.y())
                           .arg(inToolbar.width())
                           .arg(inToolbar.height())
                           .arg(width)));
        if (qobject_cast<QComboBox*>(child) || qobject_cast<QToolButton*>(child))
            centres << inToolbar.center().y();
    }
    std::sort(centres.begin(), centres.end());
    int rows = centres.isEmpty() ? 0 : 1;
    for (int i = 1; i < centres.size(); ++i)
        rows += centres[i] - centres[i - 1] > 8 ? 1 : 0;
    QVERIFY2(rows <= maxRows, qPrintable(QString::number(rows)));
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
