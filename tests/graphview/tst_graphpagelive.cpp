// The Graph page on a live mesh: the demo mesh (meshscope-sim running bookinfo, scraped by the real Prometheus)
// through the real GUI session, graph-model's GraphService and the page.
#include "../gui/imagechecks.h"
#include "app/demomesh.h"
#include "app/guisession.h"
#include "ui/graphpage.h"
#include "ui/mainwindow.h"
#include "views/graph/edgeitem.h"
#include "views/graph/graphscene.h"
#include "views/graph/graphtoolbar.h"
#include "views/graph/nodeitem.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace meshscope;

class TestGraphPageLive : public QObject
{
    Q_OBJECT

    static QStringList appVersions(const GraphScene* scene, bool visibleOnly = false)
    {
        QStringList names;
        for (const NodeItem* item : scene->nodeItems()) {
            const graph::Node& node = item->node();
            if (node.type == graph::NodeType::App && !node.isIdle && (!visibleOnly || item->isVisible()))
                names << node.app + QLatin1Char(':') + node.version;
        }
        names.sort();
        return names;
    }

private slots:
    void rendersTheLiveBookinfoGraph()
    {
        QVERIFY2(!DemoMesh::findPrometheus().isEmpty(),
            "Debian's prometheus is not installed (scripts/install-deps.sh installs it)");
        DemoMesh demo;
        demo.setSimulatorPath(QStringLiteral(MESHSCOPE_SIM_EXE));
        QSignalSpy ready(&demo, &DemoMesh::ready);
        demo.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 60000);

        StartupOptions options;
        options.kubeconfig = demo.endpoints().kubeconfig;
        options.prometheus = demo.endpoints().prometheus;
        options.page = QStringLiteral("graph");
        GuiSession session(options);
        session.window().resize(1280, 800);
        session.window().show();
        auto* page = qobject_cast<GraphPage*>(session.window().pageWidget(QStringLiteral("graph")));
        QVERIFY(page);
        // Prometheus scrapes every 5 s and rates need two samples: allow a generous minute.
        QTRY_VERIFY_WITH_TIMEOUT(page->isShowingGraph() && page->scene()->edgeItems().size() >= 8, 90000);
        QCOMPARE(page->controller()->query().namespaces, QStringList { QStringLiteral("bookinfo") });
        const QStringList apps = appVersions(page->scene());
        for (const char* expected :
            { "details:v1", "productpage:v1", "ratings:v1", "reviews:v1", "reviews:v2", "reviews:v3" })
            QVERIFY2(apps.contains(QString::fromLatin1(expected)), qPrintable(apps.join(u',')));

        const QImage shot = session.window().grab().toImage();
        const QString dir = qEnvironmentVariable("MESHSCOPE_GRAPHVIEW_SHOTS");
        if (!dir.isEmpty())
            shot.save(dir + QStringLiteral("/live.png"));
        QVERIFY(distinctColours(shot) > 60);

        // Kiali's find on the live graph: the versions of reviews light up, nothing else does.
        page->toolbar()->findEdit()->setText(QStringLiteral("app = reviews AND node = app"));
        emit page->toolbar()->findEdit()->returnPressed();
        QStringList found;
        for (const QString& id : page->scene()->highlightedNodeIds())
            found << page->scene()->nodeItem(id)->node().version;
        found.sort();
        QCOMPARE(found, QStringList({ QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3") }));

        // Kiali's hide on the live graph: reviews v3 and ratings go, and so do their edges; clearing brings them back.
        page->toolbar()->hideEdit()->setText(QStringLiteral("version = v3 OR app = ratings"));
        emit page->toolbar()->hideEdit()->returnPressed();
        auto* error = page->toolbar()->findChild<QLabel*>(QStringLiteral("graphFilterError"));
        QVERIFY2(error && error->isHidden(), qPrintable(error ? error->text() : QString()));
        const QStringList shown = appVersions(page->scene(), true);
        QVERIFY2(!shown.contains(QStringLiteral("reviews:v3")) && !shown.contains(QStringLiteral("ratings:v1")),
            qPrintable(shown.join(u',')));
        for (const char* expected : { "details:v1", "productpage:v1", "reviews:v1", "reviews:v2" })
            QVERIFY2(shown.contains(QString::fromLatin1(expected)), qPrintable(shown.join(u',')));
        int hiddenEdges = 0;
        for (const EdgeItem* edge : page->scene()->edgeItems()) {
            const bool gone = edge->sourceNode()->node().version == QLatin1String("v3")
                || edge->destNode()->node().version == QLatin1String("v3")
                || edge->destNode()->node().app == QLatin1String("ratings");
            if (gone && edge->destNode()->node().type != graph::NodeType::Service) {
                QVERIFY2(!edge->isVisible(), qPrintable(edge->id()));
                ++hiddenEdges;
            }
        }
        QVERIFY(hiddenEdges >= 2); // into reviews v3 and into ratings v1 at least
        page->toolbar()->hideEdit()->clear();
        QTRY_VERIFY(appVersions(page->scene(), true).contains(QStringLiteral("reviews:v3")));

        // Clicking an edge fills the side panel's sparklines from Prometheus range queries.
        const EdgeItem* busiest = nullptr;
        for (const EdgeItem* edge : page->scene()->edgeItems()) {
            if (edge->edge().protocol == QLatin1String("http")
                && (!busiest || edge->edge().requestRate() > busiest->edge().requestRate()))
                busiest = edge;
        }
        QVERIFY(busiest);
        page->scene()->selectItem(busiest->id());
        const Sparkline* rate = page->sidePanel()->sparkline(GraphSidePanel::Chart::Rate);
        // The demo's Prometheus has only scraped for a few seconds: a point or more, in requests per second.
        QTRY_VERIFY2_WITH_TIMEOUT(rate->pointCount() >= 1 && rate->valueText().endsWith(QLatin1String("rps")),
            qPrintable(busiest->id() + QStringLiteral(": ") + rate->valueText()), 30000);
        if (!dir.isEmpty())
            session.window().grab().save(dir + QStringLiteral("/live-selected.png"));
    }
};

QTEST_MAIN(TestGraphPageLive)
#include "tst_graphpagelive.moc"
