// The Graph page's canvas zoomed out to its overview (GraphDetail), where GraphView paints the graph in batches
// (GraphScene::paintOverview) instead of through the items: it must show what the items show.
#include "bookinfograph.h"
#include "models/graph/graphlayoutfallback.h"
#include "views/graph/edgeitem.h"
#include "views/graph/graphscene.h"
#include "views/graph/graphview.h"
#include "views/graph/nodeitem.h"

#include <QPainter>
#include <QTest>

using namespace meshscope;

namespace {

constexpr double Zoom = 0.1; // below GraphDetail::SmallGraphOverviewZoom: Bookinfo is a small graph

// Whether a pixel of exactly this colour is within a pixel of point (overview lines and squares are aliased).
bool colouredNear(const QImage& image, QPoint point, const QColor& colour)
{
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
            const QPoint p = point + QPoint(dx, dy);
            if (image.rect().contains(p) && image.pixelColor(p).rgb() == colour.rgb())
                return true;
        }
    }
    return false;
}

// Whether the edge shows in colour somewhere along its middle (another edge may cross it at one spot).
bool edgeShows(const QImage& image, const GraphView& view, const EdgeItem* edge, const QColor& colour)
{
    for (const double at : { 0.3, 0.4, 0.5, 0.6, 0.7 }) {
        if (colouredNear(image, view.mapFromScene(edge->overviewLine().pointAt(at)), colour))
            return true;
    }
    return false;
}

int countExactly(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).rgb() == colour.rgb() ? 1 : 0;
    }
    return count;
}

} // namespace

class TestGraphOverview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void paintsWhatTheItemsPaint();
    void everyEdgeInItsHealthColour();
    void findSelectionAndHideShow();

private:
    QImage overview() const { return m_view->grab().toImage(); } // the view's own paint: the overview

    std::unique_ptr<GraphScene> m_scene;
    std::unique_ptr<GraphView> m_view;
};

void TestGraphOverview::init()
{
    m_scene = std::make_unique<GraphScene>();
    m_view = std::make_unique<GraphView>(m_scene.get());
    const auto graph = bookinfoGraph();
    m_scene->setGraph(graph, graph::fallbackLayout(*graph));
    m_view->resize(800, 480);
    m_view->show();
    m_view->zoomToFit();
    m_view->zoomBy(Zoom / m_view->zoom());
    QCOMPARE(m_view->zoom(), Zoom);
}

void TestGraphOverview::cleanup()
{
    m_view.reset();
    m_scene.reset();
}

void TestGraphOverview::paintsWhatTheItemsPaint()
{
    // QGraphicsView::render goes through the items' own paint(), which draws the same squares and hairlines.
    const QImage batched = overview();
    QImage items(batched.size(), batched.format());
    items.fill(m_scene->colors().background);
    {
        QPainter painter(&items);
        painter.setRenderHints(m_view->renderHints());
        m_view->render(&painter);
    }
    int drawn = 0, differ = 0;
    for (int y = 0; y < items.height(); ++y) {
        for (int x = 0; x < items.width(); ++x) {
            const QRgb a = batched.pixel(x, y), b = items.pixel(x, y);
            drawn += a != m_scene->colors().background.rgb() ? 1 : 0;
            // The boxes' antialiased borders may round a shade apart.
            const int distance
                = std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
            differ += distance > 6 ? 1 : 0;
        }
    }
    QVERIFY2(drawn > 500, qPrintable(QString::number(drawn)));
    // Where edges cross, the batches (problems drawn last) may put another colour on top than the items' order.
    QVERIFY2(differ < drawn / 50, qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(differ).arg(drawn)));
}

void TestGraphOverview::everyEdgeInItsHealthColour()
{
    const QImage image = overview();
    const GraphColors& colors = m_scene->colors();
    int failing = 0;
    for (const EdgeItem* edge : m_scene->edgeItems()) {
        const QColor expected = colors.forEdge(edge->edge());
        failing += expected == colors.failure ? 1 : 0;
        QVERIFY2(edgeShows(image, *m_view, edge, expected), qPrintable(edge->id()));
    }
    QCOMPARE(failing, 1); // reviews → reviews-v3
    for (const NodeItem* node : m_scene->nodeItems()) {
        if (!node->isVisible() || node->isBox())
            continue;
        const bool failure = node->node().health == graph::Health::Failure;
        QVERIFY2(colouredNear(image, m_view->mapFromScene(node->pos()), failure ? colors.failure : colors.nodeBorder),
            qPrintable(node->id()));
    }
}

void TestGraphOverview::findSelectionAndHideShow()
{
    const GraphColors& colors = m_scene->colors();
    const QString ratings = QStringLiteral("app_east_bookinfo_ratings_v1");
    m_scene->setFind([&](const graph::Node& node) { return node.id == ratings; },
        [](const graph::Edge& edge) { return edge.health == graph::Health::Failure; });
    EdgeItem* selected = m_scene->nodeItem(QStringLiteral("app_east_bookinfo_details_v1"))->edges().first();
    m_scene->selectItem(selected->id());
    m_scene->setHide({}, [](const graph::Edge& edge) { return edge.protocol == QLatin1String("tcp"); });

    const QImage image = overview();
    QVERIFY(colouredNear(image, m_view->mapFromScene(m_scene->nodeItem(ratings)->pos()), colors.find));
    for (const EdgeItem* edge : m_scene->edgeItems()) {
        if (edge->edge().health == graph::Health::Failure)
            QVERIFY(edgeShows(image, *m_view, edge, colors.find));
    }
    QVERIFY(edgeShows(image, *m_view, selected, colors.selection));
    QCOMPARE(countExactly(image, colors.tcp), 0); // the hidden tcp edges are not drawn
}

QTEST_MAIN(TestGraphOverview)
#include "tst_graphoverview.moc"
