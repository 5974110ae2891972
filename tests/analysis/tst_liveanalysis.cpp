// The live analysis in the main window, against the simulator's Bookinfo: the Istio Config list shows each object's
// validation; removing a DestinationRule subset that reviews' VirtualService routes to turns its row red within a
// second, with the finding and how to fix it below the table; putting the subset back clears it. Also the
// headless command on the same cluster.
#include "../gui/imagechecks.h"
#include "app/analysisgraphbadges.h"
#include "app/guisession.h"
#include "models/analysis/analysisengine.h"
#include "models/analysis/liveanalysis.h"
#include "models/analysis/validationproxies.h"
#include "models/connectionstatus.h"
#include "models/graph/refresh/graphrefresh.h"
#include "models/kube/kubeobjectmodel.h"
#include "support/processes.h"
#include "support/simprocess.h"
#include "ui/graphpage.h"
#include "ui/istioconfigpage.h"
#include "ui/mainwindow.h"
#include "views/common/resourcetablepage.h"
#include "views/graph/graphview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <future>
#include <optional>

using namespace meshscope;
using namespace meshscope::testing;

namespace {

const QString reviewsKey = QStringLiteral("VirtualService:bookinfo/reviews");
const QByteArray removeV3 = R"([{"op":"remove","path":"/spec/subsets/2"}])";
const QByteArray addV3 = R"([{"op":"add","path":"/spec/subsets/-","value":{"name":"v3","labels":{"version":"v3"}}}])";

} // namespace

class TestLiveAnalysis : public QObject
{
    Q_OBJECT

    // The Validation cell of the row with this key, as the table shows it.
    static QString validationOf(const IstioConfigPage& page, const QString& key)
    {
        const QAbstractItemModel* model = page.table()->table()->model();
        const int column = model->columnCount() - 1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(KubeObjectModel::KeyRole).toString() == key)
                return model->index(row, column).data().toString();
        }
        return QStringLiteral("(no row)");
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.error())); }

    void headlessOnTheCluster()
    {
        const CommandResult run = runMeshscope({ QStringLiteral("analyze"), QStringLiteral("--kubeconfig"),
            m_sim.kubeconfig(), QStringLiteral("-A"), QStringLiteral("--kiali") });
        // Bookinfo as the simulator serves it: only the note that the default namespace is outside the mesh.
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QStringList lines = QString::fromUtf8(run.out).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(
            lines.first().startsWith(QLatin1String("Info [IST0102] (Namespace default) ")), qPrintable(run.describe()));
        const CommandResult missing = runMeshscope({ QStringLiteral("analyze"), QStringLiteral("--kubeconfig"),
            m_sim.kubeconfig(), QStringLiteral("-n"), QStringLiteral("no-such-namespace") });
        QCOMPARE(missing.exitCode, 0);
        QVERIFY2(missing.err.contains("namespace \"no-such-namespace\" not found"), qPrintable(missing.describe()));
    }

    void brokenSubsetShowsAndClears()
    {
        StartupOptions options;
        options.kubeconfig = m_sim.kubeconfig();
        GuiSession session(options);
        session.window().resize(1280, 800);
        session.window().show();
        session.window().showPage(QStringLiteral("istio-config"));
        QSignalSpy settled(&session, &GuiSession::settled);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 30000);
        QCOMPARE(session.status().state(), ConnectionStatus::State::Connected);
        auto* page = qobject_cast<IstioConfigPage*>(session.window().pageWidget(QStringLiteral("istio-config")));
        QVERIFY(page);
        analysis::LiveAnalysis& live = session.analysis();
        QTRY_VERIFY_WITH_TIMEOUT(live.results()->hasResults(), 30000);

        // Clean to start with: only the note about the default namespace.
        QCOMPARE(live.results()->total().errors, 0);
        QCOMPARE(live.results()->total().warnings, 0);
        QTRY_COMPARE_WITH_TIMEOUT(validationOf(*page, reviewsKey), QString::fromUtf8("\u2714"), 15000);
        QVERIFY(page->selectObject(reviewsKey));

        // Break it: the reviews DestinationRule loses subset v3, which the VirtualService routes to.
        CommandResult patch = m_sim.kubectl({ QStringLiteral("-n"), QStringLiteral("bookinfo"), QStringLiteral("patch"),
            QStringLiteral("destinationrule"), QStringLiteral("reviews"), QStringLiteral("--type=json"),
            QStringLiteral("-p"), QString::fromUtf8(removeV3) });
        QVERIFY2(patch.ok(), qPrintable(patch.describe()));
        QElapsedTimer shown;
        shown.start();
        QTRY_VERIFY_WITH_TIMEOUT(validationOf(*page, reviewsKey).startsWith(QString::fromUtf8("\u2716")), 5000);
        QVERIFY2(shown.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(shown.elapsed())));
        // What other pages read: the namespace's tally (Overview), the service's routing (a Graph badge, the
        // Services list) with the messages behind it; other services are not blamed.
        const analysis::AnalysisResults& results = *live.results();
        QVERIFY(results.summaryForNamespace(QStringLiteral("bookinfo")).errors >= 1);
        QVERIFY(results.summaryByNamespace().value(QStringLiteral("bookinfo")).errors >= 1);
        QVERIFY(results.summaryForService(QStringLiteral("bookinfo"), QStringLiteral("reviews")).errors >= 1);
        QCOMPARE(results.summaryForService(QStringLiteral("bookinfo"), QStringLiteral("ratings")).errors, 0);
        const analysis::AnalysisMessages routing
            = results.messagesForService(QStringLiteral("bookinfo"), QStringLiteral("reviews"));
        QVERIFY(!routing.isEmpty());
        QCOMPARE(routing.first().code(), QStringLiteral("IST0101"));
        QCOMPARE(analysis::AnalysisResults::summarize(routing).errors,
            results.summaryForService(QStringLiteral("bookinfo"), QStringLiteral("reviews")).errors);
        // Re-analysis after one change runs only what reads DestinationRules, not everything.
        QVERIFY(live.lastAnalyzerRuns() < int(analysis::AnalysisEngine::defaultAnalyzers(true).size()));

        // The graph: a badge on the reviews service and app nodes (not on ratings), the messages in its tooltip, and
        // the node's "Show configuration problems" selects the broken VirtualService on the Istio Config page.
        auto* graphPage = qobject_cast<GraphPage*>(session.window().pageWidget(QStringLiteral("graph")));
        QVERIFY(graphPage);
        graph::GraphRefresh* controller = graphPage->controller();
        auto graphShown = std::make_shared<graph::Graph>();
        const auto addNode = [&](const QString& id, graph::NodeType type, const QString& name) {
            graph::Node node;
            node.id = id;
            node.type = type;
            node.namespace_ = QStringLiteral("bookinfo");
            (type == graph::NodeType::Service ? node.service : node.app) = name;
            graphShown->nodes.append(node);
        };
        addNode(QStringLiteral("svc_reviews"), graph::NodeType::Service, QStringLiteral("reviews"));
        addNode(QStringLiteral("app_reviews"), graph::NodeType::App, QStringLiteral("reviews"));
        addNode(QStringLiteral("svc_ratings"), graph::NodeType::Service, QStringLiteral("ratings"));
        for (const QString& dest : { QStringLiteral("svc_reviews"), QStringLiteral("svc_ratings") }) {
            graph::Edge edge;
            edge.source = QStringLiteral("app_reviews");
            edge.dest = dest;
            edge.protocol = QStringLiteral("http");
            edge.rates.insert(QStringLiteral("http"), 1.0);
            graphShown->edges.append(edge);
        }
        controller->setPrometheus({}, {}); // never asked: the graph is fed here
        controller->setGraph(graphShown);
        const auto analysisBadge = [&](const QString& nodeId) -> std::optional<graph::NodeBadge> {
            for (const graph::NodeBadge& badge : controller->nodeBadges(nodeId)) {
                if (badge.toolTip.startsWith(QLatin1String("Istio config:")))
                    return badge;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(analysisBadge(QStringLiteral("svc_reviews")).has_value(), 5000);
        const graph::NodeBadge badge = *analysisBadge(QStringLiteral("svc_reviews"));
        QCOMPARE(badge.severity, graph::NodeBadge::Severity::Error);
        QVERIFY2(badge.toolTip.contains(QLatin1String("Error [IST0101] (VirtualService bookinfo/reviews)")),
            qPrintable(badge.toolTip));
        QVERIFY(analysisBadge(QStringLiteral("app_reviews")).has_value());
        QVERIFY(!analysisBadge(QStringLiteral("svc_ratings")).has_value());
        QStringList actions;
        for (const graph::NodeAction& action : controller->nodeActions(QStringLiteral("svc_reviews")))
            actions << action.id;
        QVERIFY(actions.contains(AnalysisGraphBadges::showAction));
        for (const graph::NodeAction& action : controller->nodeActions(QStringLiteral("svc_ratings")))
            QVERIFY(action.id != AnalysisGraphBadges::showAction);
        session.window().showPage(QStringLiteral("graph"));
        QTRY_VERIFY_WITH_TIMEOUT(!controller->positions().nodes.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(controller->state() == graph::GraphRefresh::State::Showing, 10000);
        auto* view = graphPage->findChild<GraphView*>();
        QVERIFY(view);
        view->zoomToFit();
        QCoreApplication::processEvents();
        const QImage graphImage = graphPage->grab().toImage();
        QVERIFY(graphImage.save(QStringLiteral("graph-analysis-badges.png")));
        QVERIFY(countColoured(graphImage, QColor(0xc9, 0x19, 0x0b)) > 0); // the red badges
        QVERIFY(page->selectObject(QStringLiteral("VirtualService:bookinfo/ratings")));
        QVERIFY(!page->details()->toPlainText().contains(QLatin1String("reviews+v3")));
        session.window().showPage(QStringLiteral("graph"));
        controller->triggerNodeAction(AnalysisGraphBadges::showAction, QStringLiteral("svc_reviews"));
        QCOMPARE(session.window().currentPageId(), QStringLiteral("istio-config"));
        QVERIFY(page->details()->toPlainText().contains(QLatin1String("reviews+v3"))); // the VirtualService's finding

        const QString details = page->details()->toPlainText();
        QVERIFY2(details.contains(QLatin1String("IST0101")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("reviews+v3")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("How to fix:")), qPrintable(details));
        QVERIFY2(page->details()->toHtml().contains(QLatin1String("object:DestinationRule:bookinfo/reviews")),
            qPrintable(details));

        // "Only problems" leaves the broken VirtualService (and whatever else has problems), nothing clean.
        page->problemsOnly()->setChecked(true);
        QVERIFY(validationOf(*page, reviewsKey).startsWith(QString::fromUtf8("\u2716")));
        QCOMPARE(validationOf(*page, QStringLiteral("VirtualService:bookinfo/ratings")), QStringLiteral("(no row)"));
        const QImage image = session.window().grab().toImage();
        QVERIFY(distinctColours(image) > 20);
        QVERIFY(countColoured(image, QColor(0xc9, 0x19, 0x0b)) > 0); // the red error badge and heading
        QVERIFY(image.save(QStringLiteral("istio-config-broken.png")));
        page->problemsOnly()->setChecked(false);

        // Fix it: the subset is back and the row is clean again.
        patch = m_sim.kubectl({ QStringLiteral("-n"), QStringLiteral("bookinfo"), QStringLiteral("patch"),
            QStringLiteral("destinationrule"), QStringLiteral("reviews"), QStringLiteral("--type=json"),
            QStringLiteral("-p"), QString::fromUtf8(addV3) });
        QVERIFY2(patch.ok(), qPrintable(patch.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(validationOf(*page, reviewsKey), QString::fromUtf8("\u2714"), 5000);
        QCOMPARE(live.results()->total().errors, 0);
        QTRY_VERIFY(!analysisBadge(QStringLiteral("svc_reviews")).has_value()); // and its graph badge goes
    }

    // An editor's draft: the cluster as it would be with the document applied.
    void draftShowsWhatItWouldBreak()
    {
        StartupOptions options;
        options.kubeconfig = m_sim.kubeconfig();
        GuiSession session(options);
        analysis::LiveAnalysis& live = session.analysis();
        QTRY_VERIFY_WITH_TIMEOUT(live.results()->hasResults(), 30000);
        const QByteArray draft = R"(apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
spec:
  host: reviews
  subsets:
  - name: v1
    labels:
      version: v1
  - name: v2
    labels:
      version: v9
)";
        std::optional<analysis::LiveAnalysis::OverlayResult> result;
        live.analyzeOverlay(QStringLiteral("draft.yaml"), draft, QStringLiteral("bookinfo"), this,
            [&](const analysis::LiveAnalysis::OverlayResult& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(result->errors.isEmpty());
        // Elsewhere: reviews' VirtualService routes to v3, which the draft drops.
        QStringList elsewhere;
        for (const analysis::AnalysisMessage& message : result->elsewhere)
            elsewhere << message.toLogLine();
        QVERIFY2(
            elsewhere.join(u'\n').contains(QLatin1String("(VirtualService bookinfo/reviews) Referenced host+subset in "
                                                         "destinationrule not found: \"reviews+v3\"")),
            qPrintable(elsewhere.join(u'\n')));
        // In the document: subset v2 now selects no pod, at its line in the draft.
        QStringList inDocument;
        for (const analysis::AnalysisMessage& message : result->inDocument)
            inDocument << message.toLogLine();
        QVERIFY2(
            inDocument.join(u'\n').contains(QLatin1String("[IST0173] (DestinationRule bookinfo/reviews draft.yaml:1)")),
            qPrintable(inDocument.join(u'\n')));
        // The live results are not touched by a draft.
        QCOMPARE(live.results()->total().errors, 0);

        // The editor's check of one object as the user types: synchronous, on a worker thread, only the analyzers
        // reading DestinationRules run again over the analysed cluster.
        const analysis::DraftChecker check = live.draftChecker(QStringLiteral("bookinfo"));
        const QJsonObject rule = QJsonDocument::fromJson(R"({"apiVersion": "networking.istio.io/v1",
            "kind": "DestinationRule", "metadata": {"name": "reviews"}, "spec": {"host": "reviews",
            "subsets": [{"name": "v1", "labels": {"version": "v1"}}, {"name": "v2", "labels": {"version": "v2"}}]}})")
                                     .object();
        const analysis::DraftFindings findings = std::async(std::launch::async, [&] { return check(rule); }).get();
        QStringList lines;
        for (const analysis::DraftFinding& finding : findings)
            lines << finding.elsewhere + QStringLiteral(" [") + finding.code + QStringLiteral("] ") + finding.text;
        QVERIFY2(lines.contains(QLatin1String("VirtualService bookinfo/reviews [IST0101] Referenced host+subset in "
                                              "destinationrule not found: \"reviews+v3\"")),
            qPrintable(lines.join(u'\n')));
        // The same rule with its subsets intact breaks nothing.
        const QJsonObject intact = QJsonDocument::fromJson(R"({"apiVersion": "networking.istio.io/v1",
            "kind": "DestinationRule", "metadata": {"name": "reviews", "namespace": "bookinfo"},
            "spec": {"host": "reviews", "subsets": [{"name": "v1", "labels": {"version": "v1"}},
            {"name": "v2", "labels": {"version": "v2"}}, {"name": "v3", "labels": {"version": "v3"}}]}})")
                                       .object();
        const analysis::DraftFindings none = check(intact);
        QVERIFY2(none.isEmpty(), qPrintable(none.isEmpty() ? QString() : none.first().text));
    }

    void sortsByValidationAndFiltersByKind()
    {
        StartupOptions options;
        options.kubeconfig = m_sim.kubeconfig();
        GuiSession session(options);
        QSignalSpy settled(&session, &GuiSession::settled);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 30000);
        auto* page = qobject_cast<IstioConfigPage*>(session.window().pageWidget(QStringLiteral("istio-config")));
        QTRY_VERIFY_WITH_TIMEOUT(session.analysis().results()->hasResults(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->kindFilter()->findData(QStringLiteral("DestinationRule")) > 0, 15000);
        page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(QStringLiteral("DestinationRule")));
        const QAbstractItemModel* model = page->table()->table()->model();
        QVERIFY(model->rowCount() >= 4);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(
                model->index(row, 0).data(KubeObjectModel::KindRole).toString(), QStringLiteral("DestinationRule"));
        // Sorting the Validation column puts the worst first when descending.
        page->kindFilter()->setCurrentIndex(0);
        const int column = model->columnCount() - 1;
        page->table()->table()->sortByColumn(column, Qt::DescendingOrder);
        int previous = std::numeric_limits<int>::max();
        for (int row = 0; row < model->rowCount(); ++row) {
            const int severity = model->index(row, column).data(analysis::ValidationColumnProxy::SeverityRole).toInt();
            QVERIFY(severity <= previous);
            previous = severity;
        }
    }

private:
    SimProcess m_sim;
};

QTEST_MAIN(TestLiveAnalysis)
#include "tst_liveanalysis.moc"
