// The Graph page as a whole: empty/loading/error states, refresh without relayout, toolbar fetches, find/hide
// in Kiali's syntax, exports and the health thresholds dialog.
#include "../gui/imagechecks.h"
#include "app/graphpagelayout.h"
#include "bookinfograph.h"
#include "views/graph/edgeitem.h"
#include "views/graph/fallbacklayout.h"
#include "views/graph/graphlegend.h"
#include "views/graph/graphpage.h"
#include "views/graph/graphscene.h"
#include "views/graph/graphsidepanel.h"
#include "views/graph/graphtoolbar.h"
#include "views/graph/graphview.h"
#include "views/graph/healththresholdsdialog.h"
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
};

void TestGraphPage::pageStates()
{
    GraphPage page;
    page.resize(1200, 700);
    page.show();
    QVERIFY(!page.isShowingGraph());
    page.setSelectedNamespaces({ QStringLiteral("bookinfo") });
    page.showLoading();
    QVERIFY(page.stateText().startsWith(QStringLiteral("Loading")));
    page.showFailure(QStringLiteral("Prometheus unreachable"));
    QVERIFY(page.stateText().contains(QStringLiteral("Prometheus unreachable")));
    QVERIFY(!page.isShowingGraph());

    auto graph = std::make_shared<graph::Graph>(*bookinfoGraph());
    graph->timestamp = QDateTime(QDate(2026, 11, 23), QTime(14, 2)).toSecsSinceEpoch();
    page.showGraph(graph);
    QVERIFY(page.isShowingGraph());
    QVERIFY(page.stateText().isEmpty());
    // Stale: the last good graph stays, a banner says how old it is.
    page.showFailure(QStringLiteral("Prometheus unreachable."));
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

    page.showGraph(std::make_shared<graph::Graph>());
    QVERIFY(!page.isShowingGraph());
    QVERIFY(page.stateText().startsWith(QStringLiteral("No traffic")));
}

void TestGraphPage::pageRefreshDoesNotRelayout()
{
    GraphPage page;
    page.setSelectedNamespaces({ QStringLiteral("bookinfo") });
    page.resize(1000, 600);
    page.show();
    page.showGraph(bookinfoGraph(1));
    QCOMPARE(page.layoutCount(), 1);
    const QHash<QString, NodeItem*> items = page.scene()->nodeItems();
    const ScenePositions before = page.scene()->positions();

    // Selecting an edge opens the side panel and asks for its series; a refresh keeps the selection.
    QSignalSpy series(&page, &GraphPage::seriesRequested);
    const QString edgeId = bookinfoGraph(1)->edges.first().id();
    page.scene()->selectItem(edgeId);
    QCOMPARE(series.size(), 1);
    QCOMPARE(series.first().at(0).toString(), edgeId);
    QCOMPARE(series.first().at(1).toBool(), true);
    QVERIFY(page.sidePanel()->isVisible());
    page.setSeries(edgeId, GraphSidePanel::Chart::Rate, { { 0, 1 }, { 60, 2 } });
    page.setSeries(QStringLiteral("another"), GraphSidePanel::Chart::P95, { { 0, 1 } }); // not selected: ignored
    QCOMPARE(page.sidePanel()->sparkline(GraphSidePanel::Chart::Rate)->pointCount(), 2);
    QCOMPARE(page.sidePanel()->sparkline(GraphSidePanel::Chart::P95)->pointCount(), 0);
    page.showGraph(bookinfoGraph(2));
    QCOMPARE(page.sidePanel()->selectedId(), edgeId);
    QCOMPARE(page.sidePanel()->sparkline(GraphSidePanel::Chart::Rate)->pointCount(), 2);
    QTest::qWait(50); // let the splitter lay the panel out
    keepShot(page.grab().toImage(), QStringLiteral("page-selected"));
    page.showGraph(bookinfoGraph(3));
    QCOMPARE(page.layoutCount(), 1);
    QCOMPARE(page.scene()->nodeItems(), items);
    QCOMPARE(page.scene()->positions().nodes, before.nodes);

    // Another graph type is a new layout.
    page.toolbar()->setGraphType(graph::GraphType::Workload);
    page.showGraph(bookinfoGraph(3));
    QCOMPARE(page.layoutCount(), 2);
}

void TestGraphPage::toolbarChangesAskForAFetch()
{
    GraphPage page;
    page.setAvailableNamespaces({ QStringLiteral("bookinfo"), QStringLiteral("shop") });
    page.setSelectedNamespaces({ QStringLiteral("bookinfo") });
    QSignalSpy fetch(&page, &GraphPage::fetchRequested);
    GraphToolbar* bar = page.toolbar();

    bar->typeBox()->setCurrentIndex(bar->typeBox()->findData(int(graph::GraphType::Workload)));
    emit bar->typeBox()->activated(bar->typeBox()->currentIndex());
    QCOMPARE(fetch.size(), 1);
    QVERIFY(page.query().type == graph::GraphType::Workload);

    bar->durationBox()->setCurrentIndex(bar->durationBox()->findData(3600));
    emit bar->durationBox()->activated(bar->durationBox()->currentIndex());
    QCOMPARE(fetch.size(), 2);
    QCOMPARE(page.query().durationSeconds, 3600);

    bar->displayAction(QStringLiteral("showServiceNodes"))->setChecked(false);
    QCOMPARE(fetch.size(), 3);
    QVERIFY(!page.query().injectServiceNodes);

    // Idle nodes, badges, animation and security are the view's business: no new query.
    bar->displayAction(QStringLiteral("showAnimation"))->setChecked(true);
    QCOMPARE(fetch.size(), 3);
    QVERIFY(page.scene()->display().animation);

    bar->edgeLabelBox()->setCurrentIndex(bar->edgeLabelBox()->findData(int(EdgeLabel::ResponseTimeP99)));
    emit bar->edgeLabelBox()->activated(bar->edgeLabelBox()->currentIndex());
    QVERIFY(page.query().edgeLabel == EdgeLabel::ResponseTimeP99); // p99 must be queried
    QCOMPARE(fetch.size(), 4);
    QVERIFY(page.scene()->display().edgeLabel == EdgeLabel::ResponseTimeP99);
}

void TestGraphPage::pageFilterErrorsInline()
{
    GraphPage page;
    page.setFilterCompiler([](const QString& text) {
        GraphPage::CompiledFilter filter;
        if (text == QLatin1String("name = reviews"))
            filter.nodes = [](const graph::Node& node) { return node.app == QLatin1String("reviews"); };
        else
            filter.error = QStringLiteral("unknown operand");
        return filter;
    });
    page.setSelectedNamespaces({ QStringLiteral("bookinfo") });
    page.show();
    page.showGraph(bookinfoGraph());
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
    GraphPage page;
    page.setSelectedNamespaces({ QStringLiteral("bookinfo") });
    page.showGraph(bookinfoGraph());
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
    GraphPage page;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("graph.out"));
    QString error;
    QVERIFY(!page.exportTo(format, file, &error)); // nothing to export yet
    QVERIFY(!error.isEmpty());
    page.setSelectedNamespaces({ QStringLiteral("bookinfo") });
    page.showGraph(bookinfoGraph());
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
    }
}

// Display → Health thresholds… edits the tolerances the page's query carries; a bad row keeps the dialog open.
void TestGraphPage::healthThresholdsDialog()
{
    GraphPage page;
    page.setSelectedNamespaces({ QStringLiteral("bookinfo") });
    page.show();
    QCOMPARE(graph::toString(page.query().health), graph::toString(graph::HealthConfig::defaultTolerances()));
    QSignalSpy fetches(&page, &GraphPage::fetchRequested);
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
    QCOMPARE(fetches.count(), 1); // health is worked out when the graph is built
    const QList<graph::RateTolerance> saved = page.query().health;
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
    QCOMPARE(page.query().health.first().degraded, 30.0); // cancelled: unchanged
}

QTEST_MAIN(TestGraphPage)
#include "tst_graphpage.moc"
