// graph-layout: Graphviz layouts (engine choice, placement, pins), stable extension, topology check and the
// worker-thread layouter with stale results dropped.
#include "models/graph/graphlayout.h"
#include "models/graph/syntheticgraph.h"
#include "models/prometheus/promresult.h"

#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace meshscope::graph;

Q_DECLARE_METATYPE(meshscope::graph::Layout)

namespace {

Graph synthetic(int nodes, int edges)
{
    return syntheticGraph({ nodes, edges, 0, 7 });
}

// Every node placed, finite, inside the bounds, and no two at the same centre.
void checkPlacement(const Graph& graph, const Layout& layout)
{
    QVERIFY2(layout.error.isEmpty(), qPrintable(layout.error));
    QSet<std::pair<qint64, qint64>> centres;
    for (const Node& node : graph.nodes) {
        QVERIFY2(layout.nodes.contains(node.id), qPrintable(node.id));
        const NodePlacement placement = layout.nodes.value(node.id);
        QVERIFY(std::isfinite(placement.center.x()) && std::isfinite(placement.center.y()));
        QVERIFY(placement.size.width() > 0 && placement.size.height() > 0);
        QVERIFY2(layout.bounds.adjusted(-0.01, -0.01, 0.01, 0.01).contains(placement.center), qPrintable(node.id));
        const std::pair<qint64, qint64> key(
            std::llround(placement.center.x() * 10), std::llround(placement.center.y() * 10));
        QVERIFY2(!centres.contains(key), qPrintable(QStringLiteral("two nodes at the centre of ") + node.id));
        centres.insert(key);
    }
    for (const Edge& edge : graph.edges) {
        for (const QPointF& point : layout.edges.value(edge.id()))
            QVERIFY(std::isfinite(point.x()) && std::isfinite(point.y()));
    }
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT
private slots:
    void engineBySize_data();
    void engineBySize();
    void dotFlowsLeftToRightWithRoutes();
    void explicitEngines_data();
    void explicitEngines();
    void pinnedNodesStay();
    void extendKeepsOldPositions();
    void extendFromNothing();
    void sameTopology();
    void syntheticIsDeterministic();
    void promResponseParses();
    void badEngineIsAnError();
    void emptyGraph();
    void layouterDropsStaleJobs();
};

void TestGraphLayout::engineBySize_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::addColumn<QString>("engine");
    QTest::newRow("small") << 40 << 80 << QStringLiteral("dot");
    QTest::newRow("large") << 1200 << 3000 << QStringLiteral("sfdp");
}

void TestGraphLayout::engineBySize()
{
    QFETCH(int, nodes);
    QFETCH(int, edges);
    QFETCH(QString, engine);
    const Graph graph = synthetic(nodes, edges);
    QCOMPARE(graph.nodes.size(), nodes);
    QCOMPARE(autoEngine(graph), engine);
    const Layout layout = computeLayout(graph, {});
    QCOMPARE(layout.engine, engine);
    checkPlacement(graph, layout);
    QCOMPARE(layout.nodes.size(), nodes);
    QCOMPARE(layout.edges.size(), graph.edges.size());
    // Compact: no node flung far away (the area is within a small multiple of what the nodes need).
    const double needed = nodes * 120.0 * 90.0;
    for (const auto& [id, placement] : layout.nodes.asKeyValueRange()) {
        if (!layout.bounds.isEmpty() && layout.bounds.width() * layout.bounds.height() > 40 * needed)
            qWarning() << id << placement.center;
    }
    QVERIFY2(layout.bounds.width() * layout.bounds.height() < 40 * needed,
        qPrintable(QStringLiteral("%1 x %2").arg(layout.bounds.width()).arg(layout.bounds.height())));
    QVERIFY(layout.seconds > 0);
}

void TestGraphLayout::dotFlowsLeftToRightWithRoutes()
{
    // A chain a → b → c: dot ranks it left to right (Kiali's direction) and routes the edges with splines.
    Graph graph;
    for (const char* id : { "a", "b", "c" }) {
        Node node;
        node.id = QString::fromLatin1(id);
        node.type = NodeType::Workload;
        graph.nodes.append(node);
    }
    for (const auto& [from, to] : { std::pair("a", "b"), std::pair("b", "c") }) {
        Edge edge;
        edge.source = QString::fromLatin1(from);
        edge.dest = QString::fromLatin1(to);
        edge.protocol = QStringLiteral("http");
        graph.edges.append(edge);
    }
    const Layout layout = computeLayout(graph, {});
    checkPlacement(graph, layout);
    QCOMPARE(layout.engine, QStringLiteral("dot"));
    QVERIFY(layout.nodes[QStringLiteral("a")].center.x() < layout.nodes[QStringLiteral("b")].center.x());
    QVERIFY(layout.nodes[QStringLiteral("b")].center.x() < layout.nodes[QStringLiteral("c")].center.x());
    const QList<QPointF> route = layout.edges.value(graph.edges.at(0).id());
    QVERIFY(route.size() >= 4); // a bezier: start + 3 control points per segment, and the arrow's end
    QVERIFY(route.first().x() < route.last().x());
}

void TestGraphLayout::explicitEngines_data()
{
    QTest::addColumn<QString>("engine");
    for (const char* engine : { "dot", "sfdp", "neato", "fdp", "circo", "twopi" })
        QTest::newRow(engine) << QString::fromLatin1(engine);
}

void TestGraphLayout::explicitEngines()
{
    QFETCH(QString, engine);
    const Graph graph = synthetic(60, 120);
    const Layout layout = computeLayout(graph, { engine, {} });
    QCOMPARE(layout.engine, engine);
    checkPlacement(graph, layout);
}

void TestGraphLayout::pinnedNodesStay()
{
    const Graph graph = synthetic(50, 90);
    QHash<QString, QPointF> pinned;
    pinned.insert(graph.nodes.at(3).id, QPointF(-500, 1200));
    pinned.insert(graph.nodes.at(17).id, QPointF(2000, -40.5));
    for (const QString& engine : { QStringLiteral("dot"), QStringLiteral("sfdp") }) {
        const Layout layout = computeLayout(graph, { engine, pinned });
        checkPlacement(graph, layout);
        for (const auto& [id, position] : pinned.asKeyValueRange())
            QCOMPARE(layout.nodes.value(id).center, position);
    }
}

void TestGraphLayout::extendKeepsOldPositions()
{
    const Graph small = synthetic(30, 50);
    const Layout before = computeLayout(small, {});
    checkPlacement(small, before);
    // The same mesh plus ten new nodes (called by old nodes, and a chain among themselves), and a node with no
    // edges at all.
    Graph bigger = small;
    const Graph more = synthetic(40, 0);
    for (int i = 30; i < 40; ++i) {
        bigger.nodes.append(more.nodes.at(i));
        Edge edge;
        edge.source = i == 30 || i % 2 ? small.nodes.at((i * 7) % 30).id : more.nodes.at(i - 1).id;
        edge.dest = more.nodes.at(i).id;
        edge.protocol = QStringLiteral("http");
        bigger.edges.append(edge);
    }
    Node lonely;
    lonely.id = QStringLiteral("wl_east_ns-9_lonely");
    lonely.type = NodeType::Workload;
    bigger.nodes.append(lonely);
    const Layout after = extendLayout(before, bigger);
    checkPlacement(bigger, after);
    for (const Node& node : small.nodes)
        QCOMPARE(after.nodes.value(node.id).center, before.nodes.value(node.id).center);
    // New nodes do not sit on old ones.
    for (const Node& node : bigger.nodes) {
        if (before.nodes.contains(node.id))
            continue;
        const QRectF fresh(after.nodes.value(node.id).center - QPointF(40, 25), QSizeF(80, 50));
        for (const NodePlacement& old : before.nodes)
            QVERIFY2(!fresh.contains(old.center), qPrintable(node.id));
    }
    // Edges between old nodes keep their routes.
    for (const Edge& edge : small.edges)
        QCOMPARE(after.edges.value(edge.id()), before.edges.value(edge.id()));
    // A node that went away is gone from the layout.
    Graph shrunk = small;
    const QString gone = shrunk.nodes.takeLast().id;
    QVERIFY(!extendLayout(before, shrunk).nodes.contains(gone));
}

void TestGraphLayout::extendFromNothing()
{
    const Graph graph = synthetic(25, 40);
    const Layout layout = extendLayout(Layout {}, graph);
    checkPlacement(graph, layout);
}

void TestGraphLayout::sameTopology()
{
    const Graph a = syntheticGraph({ 80, 200, 0, 3 }, 0);
    const Graph numbersOnly = syntheticGraph({ 80, 200, 0, 3 }, 5);
    QVERIFY(a.edges.at(1).rates != numbersOnly.edges.at(1).rates);
    QVERIFY(meshscope::graph::sameTopology(a, numbersOnly));
    Graph reordered = numbersOnly;
    std::reverse(reordered.nodes.begin(), reordered.nodes.end());
    std::reverse(reordered.edges.begin(), reordered.edges.end());
    QVERIFY(meshscope::graph::sameTopology(a, reordered));
    Graph otherEdge = a;
    otherEdge.edges[5].protocol = QStringLiteral("tcp-other");
    QVERIFY(!meshscope::graph::sameTopology(a, otherEdge));
    Graph otherNode = a;
    otherNode.nodes[7].id += QStringLiteral("-x");
    QVERIFY(!meshscope::graph::sameTopology(a, otherNode));
    QVERIFY(!meshscope::graph::sameTopology(a, syntheticGraph({ 81, 200, 0, 3 })));
}

void TestGraphLayout::syntheticIsDeterministic()
{
    const Graph a = syntheticGraph({ 500, 2000, 0, 42 });
    const Graph b = syntheticGraph({ 500, 2000, 0, 42 });
    QCOMPARE(a.edges.size(), 2000);
    QVERIFY(meshscope::graph::sameTopology(a, b));
    QSet<QString> ids;
    for (const Edge& edge : a.edges) {
        QVERIFY(edge.source != edge.dest);
        QVERIFY(a.node(edge.source) && a.node(edge.dest));
        ids.insert(edge.id());
    }
    QCOMPARE(ids.size(), a.edges.size());
    QVERIFY(!meshscope::graph::sameTopology(a, syntheticGraph({ 500, 2000, 0, 43 })));
    QCOMPARE(syntheticPromResponse({ 100, 300 }), syntheticPromResponse({ 100, 300 }));
}

void TestGraphLayout::promResponseParses()
{
    const SyntheticOptions options { 200, 600 };
    const meshscope::PromResult result = meshscope::PromResult::parse(syntheticPromResponse(options));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.kind, meshscope::PromResult::Kind::Vector);
    QCOMPARE(result.vector.size(), 600 + (600 + 12) / 13); // one per edge, plus a 503 sample on every 13th
    QCOMPARE(result.vector.first().metric.value(QStringLiteral("source_workload")),
        QStringLiteral("w-") + result.vector.first().metric.value(QStringLiteral("source_canonical_service")).mid(2)
            + QStringLiteral("-v1"));
}

void TestGraphLayout::badEngineIsAnError()
{
    const Graph graph = synthetic(10, 12);
    const Layout layout = computeLayout(graph, { QStringLiteral("no-such-engine"), {} });
    QVERIFY(layout.error.contains(QStringLiteral("no-such-engine")));
    QVERIFY(layout.error.contains(QStringLiteral("sfdp"))); // says which engines exist
    QVERIFY(layout.nodes.isEmpty());
}

void TestGraphLayout::emptyGraph()
{
    const Layout layout = computeLayout(Graph {}, {});
    QVERIFY(layout.error.isEmpty());
    QVERIFY(layout.nodes.isEmpty());
    QCOMPARE(layout.engine, QStringLiteral("dot"));
}

void TestGraphLayout::layouterDropsStaleJobs()
{
    GraphLayouter layouter;
    QStringList delivered;
    Layout last;
    auto big = std::make_shared<const Graph>(synthetic(800, 2000));
    auto small = std::make_shared<const Graph>(synthetic(20, 30));
    layouter.request(big, {}, [&](const Layout&) { delivered << QStringLiteral("big"); });
    layouter.request(
        big, { QStringLiteral("dot-typo"), {} }, [&](const Layout&) { delivered << QStringLiteral("typo"); });
    layouter.request(small, {}, [&](const Layout& layout) {
        delivered << QStringLiteral("small");
        last = layout;
    });
    QVERIFY(layouter.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), 60000);
    QTest::qWait(200); // anything stale would arrive around now
    QCOMPARE(delivered, QStringList { QStringLiteral("small") });
    QVERIFY(!layouter.isBusy());
    checkPlacement(*small, last);

    // cancel() drops the request in flight.
    bool cancelledDelivered = false;
    layouter.request(small, {}, [&](const Layout&) { cancelledDelivered = true; });
    layouter.cancel();
    QTest::qWait(300);
    QVERIFY(!cancelledDelivered);
    QVERIFY(!layouter.isBusy());
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
