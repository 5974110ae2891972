// The Graph page's controller (GraphRefresh) without the page: a Prometheus slower than the refresh interval still
// delivers, query edits fetch, lay out or only re-render as they need, positions stay across refreshes, the first
// seconds of a fresh Prometheus are told apart from an idle mesh, and the query survives in the settings.

#include "goldenfixture.h"
#include "models/appsettings.h"
#include "models/graph/graphpromquery.h"
#include "models/graph/refresh/graphrefresh.h"
#include "models/net/httpclient.h"
#include "models/prometheus/promclient.h"
#include "slowpromserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;
using namespace meshscope::graph;

namespace {

using State = GraphRefresh::State;
using Change = GraphRefresh::Change;

std::shared_ptr<const Graph> bookinfo()
{
    return std::make_shared<const Graph>(goldenfixture::bookinfoGraph(GraphType::Workload));
}

// An instant query answered at once: empty traffic, and `samples` for the warm-up question.
InstantQuery emptyPrometheus(double* samples, int* asked = nullptr)
{
    return [samples, asked](const QString& promql, double, QObject* context,
               std::function<void(const PromResult&)> done, const QString&) {
        if (asked)
            ++*asked;
        QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[]}})";
        if (promql.contains(QLatin1String("count_over_time")) && *samples >= 0)
            body
                = QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,")")
                + QByteArray::number(*samples) + R"("]}]}})";
        QMetaObject::invokeMethod(
            context, [done, body] { done(PromResult::parse(body)); }, Qt::QueuedConnection);
    };
}

} // namespace

class TstGraphRefresh : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<GraphRefresh::Change>(); }

    // The defect a repeating timer had: every tick cancelled the queries of the refresh before, so with a
    // Prometheus slower than the interval no graph ever arrived. The controller's timer is re-armed only when a
    // refresh has finished.
    void prometheusSlowerThanTheIntervalStillDelivers()
    {
        testing::SlowPromServer server(1500);
        HttpClient http;
        PromConfig config;
        config.url = server.url();
        PromClient prom(&http, config);
        GraphRefresh controller;
        GraphRefresh::Query query;
        query.namespaces = { QStringLiteral("bookinfo") };
        query.type = GraphType::Workload;
        query.durationSeconds = 600;
        query.refreshSeconds = 1;
        controller.setQuery(query);
        controller.setPrometheus(
            instantQuery(&prom), rangeQuery(&prom), [&prom](const QString& key) { prom.cancel(key); });
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Showing, 15000);
        QVERIFY(controller.graph()->edges.size() >= 10);
        QVERIFY2(controller.message().isEmpty(), qPrintable(controller.message()));
        // It keeps refreshing, one refresh after the other: nothing asked was ever abandoned.
        QTRY_VERIFY_WITH_TIMEOUT(controller.refreshCount() >= 2 && !controller.isRefreshing(), 15000);
        QCOMPARE(server.dropped(), 0);
        QVERIFY(server.answered() >= server.requests() / 2);
    }

    void queryEditsFetchLayOutOrOnlyRender()
    {
        double samples = 10;
        int asked = 0;
        GraphRefresh controller;
        controller.setPrometheus(emptyPrometheus(&samples, &asked), {});
        GraphRefresh::Query query;
        query.refreshSeconds = 0;
        controller.setQuery(query);
        QCOMPARE(controller.state(), State::NoNamespaces);
        QCOMPARE(asked, 0); // nothing to ask about

        query.namespaces = { QStringLiteral("bookinfo") };
        controller.setQuery(query);
        QTRY_COMPARE(controller.state(), State::NoTraffic);
        const int fetches = controller.refreshCount();
        QVERIFY(fetches >= 1);

        // The view's own business: no new query.
        query.display.idleNodes = true;
        query.display.edgeLabel = EdgeLabel::Throughput;
        controller.setQuery(query);
        QCOMPARE(controller.refreshCount(), fetches);
        // A response-time statistic is part of the query.
        query.display.edgeLabel = EdgeLabel::ResponseTimeP99;
        controller.setQuery(query);
        QCOMPARE(controller.refreshCount(), fetches + 1);
        QCOMPARE(controller.query().options().responseTimeStat, ResponseTimeStat::P99);
        query.durationSeconds = 3600;
        controller.setQuery(query);
        QCOMPARE(controller.refreshCount(), fetches + 2);
        query.health.first().failure = 50;
        controller.setQuery(query);
        QCOMPARE(controller.refreshCount(), fetches + 3);
        QCOMPARE(controller.query().options().health.tolerances.first().failure, 50.0);
        // The interval is the timer's.
        query.refreshSeconds = 30;
        controller.setQuery(query);
        QCOMPARE(controller.intervalSeconds(), 30);
        QCOMPARE(controller.refreshCount(), fetches + 3);
    }

    void positionsStayAcrossRefreshes()
    {
        GraphRefresh controller;
        GraphRefresh::Query query;
        query.namespaces = { QStringLiteral("bookinfo") };
        query.type = GraphType::Workload;
        query.refreshSeconds = 0;
        controller.setQuery(query);
        QSignalSpy changes(&controller, &GraphRefresh::graphChanged);
        controller.setGraph(bookinfo());
        QTRY_COMPARE(changes.size(), 1);
        QCOMPARE(changes.takeFirst().first().value<Change>(), Change::Laid);
        QCOMPARE(controller.layoutCount(), 1);
        const GraphPositions before = controller.positions();
        for (const Node& node : controller.graph()->nodes)
            QVERIFY2(before.nodes.contains(node.id), qPrintable(node.id));

        // Same nodes and edges, new numbers: nothing moves.
        controller.setGraph(bookinfo());
        QCOMPARE(changes.takeFirst().first().value<Change>(), Change::Numbers);
        QCOMPARE(controller.positions().nodes, before.nodes);

        // A node the user dragged stays there, and a new node is placed without moving the others.
        const QString dragged = controller.graph()->nodes.first().id;
        controller.moveNode(dragged, QPointF(-500, -500));
        auto bigger = std::make_shared<Graph>(*bookinfo());
        Node extra = bigger->nodes.last();
        extra.id = QStringLiteral("wl_east_bookinfo_extra-v1");
        extra.workload = QStringLiteral("extra-v1");
        bigger->nodes.append(extra);
        Edge toExtra = bigger->edges.first();
        toExtra.dest = extra.id;
        bigger->edges.append(toExtra);
        controller.setGraph(bigger);
        QCOMPARE(changes.takeFirst().first().value<Change>(), Change::Placed);
        QCOMPARE(controller.layoutCount(), 1);
        QCOMPARE(controller.positions().nodes.value(dragged), QPointF(-500, -500));
        for (const auto& [id, position] : before.nodes.asKeyValueRange()) {
            if (id != dragged)
                QCOMPARE(controller.positions().nodes.value(id), position);
        }
        QVERIFY(controller.positions().nodes.contains(extra.id));

        // Another engine lays out anew, and the pin holds.
        query.layoutEngine = QStringLiteral("sfdp");
        controller.setQuery(query);
        QTRY_COMPARE(changes.size(), 1);
        QCOMPARE(changes.takeFirst().first().value<Change>(), Change::Laid);
        QCOMPARE(controller.layoutCount(), 2);
        QCOMPARE(controller.positions().nodes.value(dragged), QPointF(-500, -500));
        QCOMPARE(controller.state(), State::Showing);

        // No namespaces: the graph goes.
        query.namespaces.clear();
        controller.setQuery(query);
        QVERIFY(!controller.graph());
        QCOMPARE(controller.state(), State::NoNamespaces);
    }

    // A fresh Prometheus has too few samples for rates: "waiting for the first metrics", asked again soon; an
    // idle mesh whose Prometheus has scraped for long is "no traffic".
    void firstSecondsOfAFreshPrometheus()
    {
        double samples = 1;
        GraphRefresh controller;
        GraphRefresh::Query query;
        query.namespaces = { QStringLiteral("bookinfo") };
        query.refreshSeconds = 60;
        controller.setQuery(query);
        controller.setPrometheus(emptyPrometheus(&samples), {});
        QTRY_COMPARE(controller.state(), State::WaitingForMetrics);
        const int first = controller.refreshCount();
        samples = 8; // scraped a few times since
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::NoTraffic, 8000); // seconds later, not a minute
        QVERIFY(controller.refreshCount() > first);
        samples = -1; // no Istio series at all yet
        controller.refresh();
        QTRY_COMPARE(controller.state(), State::WaitingForMetrics);
    }

    void failureKeepsTheLastGraph()
    {
        bool fail = false;
        GraphRefresh controller;
        InstantQuery query = [&fail](const QString& promql, double, QObject* context,
                                 std::function<void(const PromResult&)> done, const QString&) {
            PromResult result = PromResult::parse(
                R"({"status":"success","data":{"resultType":"vector","result":[]},"warnings":["partial response"]})");
            if (fail)
                result = PromResult::failure(QStringLiteral("transport"), QStringLiteral("Prometheus unreachable."));
            else if (promql.contains(QLatin1String("count_over_time"))) // scraped for long: an idle mesh
                result = PromResult::parse(
                    R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"40"]}]}})");
            QMetaObject::invokeMethod(
                context, [done, result] { done(result); }, Qt::QueuedConnection);
        };
        GraphRefresh::Query q;
        q.namespaces = { QStringLiteral("bookinfo") };
        q.refreshSeconds = 0;
        controller.setQuery(q);
        controller.setPrometheus(query, {});
        QTRY_COMPARE(controller.state(), State::NoTraffic);
        QVERIFY2(controller.warnings().contains(QStringLiteral("partial response")),
            qPrintable(controller.warnings().join(u';')));
        controller.setGraph(bookinfo());
        QTRY_COMPARE(controller.state(), State::Showing);
        fail = true;
        controller.refresh();
        QTRY_VERIFY(controller.isStale());
        QCOMPARE(controller.state(), State::Showing);
        QVERIFY(controller.message().contains(QStringLiteral("unreachable")));
        QVERIFY(controller.graph());
        // Without a graph the failure is the page.
        q.namespaces = { QStringLiteral("shop") };
        controller.reset();
        controller.setQuery(q);
        QTRY_COMPARE(controller.state(), State::Failed);
        controller.setUnavailable(QStringLiteral("No Prometheus to ask."));
        QCOMPARE(controller.state(), State::Unavailable);
        QCOMPARE(controller.message(), QStringLiteral("No Prometheus to ask."));
    }

    // One source of truth for the namespaces: the application namespaces until the user chooses, then the choice,
    // until another cluster.
    void namespacesFollowTheUser()
    {
        GraphRefresh controller;
        QSignalSpy changed(&controller, &GraphRefresh::queryChanged);
        controller.setAvailableNamespaces({ QStringLiteral("bookinfo"), QStringLiteral("default"),
            QStringLiteral("istio-system"), QStringLiteral("shop") });
        QCOMPARE(controller.query().namespaces, QStringList({ QStringLiteral("bookinfo"), QStringLiteral("shop") }));
        QVERIFY(!controller.userChoseNamespaces());
        controller.setNamespaces({ QStringLiteral("shop") });
        QVERIFY(controller.userChoseNamespaces());
        controller.setAvailableNamespaces(
            { QStringLiteral("bookinfo"), QStringLiteral("shop"), QStringLiteral("new") });
        QCOMPARE(controller.query().namespaces, QStringList { QStringLiteral("shop") });
        controller.reset(); // another context
        QVERIFY(controller.query().namespaces.isEmpty());
        QVERIFY(controller.availableNamespaces().isEmpty());
        QVERIFY(!controller.userChoseNamespaces());
        QVERIFY(changed.size() >= 3);
        QCOMPARE(GraphRefresh::defaultNamespaces({ QStringLiteral("default"), QStringLiteral("kube-system") }),
            QStringList { QStringLiteral("default") });
    }

    void queryKeptPerContext()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        GraphRefresh::Query query;
        query.namespaces = { QStringLiteral("bookinfo"), QStringLiteral("shop") };
        query.type = GraphType::Service;
        query.durationSeconds = 3600;
        query.refreshSeconds = 0;
        query.injectServiceNodes = false;
        query.display.edgeLabel = EdgeLabel::ResponseTimeP99;
        query.display.idleNodes = true;
        query.display.badges = false;
        query.display.animation = true;
        query.display.security = false;
        query.layoutEngine = QStringLiteral("sfdp");
        {
            AppSettings settings(file);
            settings.setGraphPage(QStringLiteral("prod/admin@east"), query.toSettings());
            settings.sync();
        }
        AppSettings settings(file);
        const GraphRefresh::Query restored
            = GraphRefresh::Query {}.withSettings(settings.graphPage(QStringLiteral("prod/admin@east")));
        QVERIFY(restored == query);
        // Another context has its own (here: none, the defaults).
        QVERIFY(GraphRefresh::Query {}.withSettings(settings.graphPage(QStringLiteral("staging")))
            == GraphRefresh::Query {});
        // Nonsense in the file keeps the defaults.
        const GraphRefresh::Query odd
            = GraphRefresh::Query {}.withSettings({ { QStringLiteral("type"), QStringLiteral("bogus") },
                { QStringLiteral("duration"), -5 }, { QStringLiteral("layout"), QStringLiteral("rm -rf") } });
        QVERIFY(odd == GraphRefresh::Query {});
    }

    void nodeActionsAndBadges()
    {
        GraphRefresh controller;
        controller.setGraph(bookinfo());
        controller.addNodeAction({ QStringLiteral("details"), QStringLiteral("Details"), {} });
        controller.addNodeAction({ QStringLiteral("shift"), QStringLiteral("Shift traffic…"),
            [](const Node& node) { return node.type == NodeType::Service; } });
        const Graph& graph = *controller.graph();
        QString service, workload;
        for (const Node& node : graph.nodes) {
            (node.type == NodeType::Service ? service : workload) = node.id;
        }
        QCOMPARE(controller.nodeActions(service).size(), 2);
        QCOMPARE(controller.nodeActions(workload).size(), 1);
        QVERIFY(controller.nodeActions(QStringLiteral("nope")).isEmpty());
        QSignalSpy triggered(&controller, &GraphRefresh::nodeActionTriggered);
        controller.triggerNodeAction(QStringLiteral("shift"), service);
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(triggered.first().at(1).toString(), service);

        QSignalSpy badges(&controller, &GraphRefresh::nodeBadgesChanged);
        controller.setNodeBadges(QStringLiteral("analysis"),
            { { workload, { QStringLiteral("!"), QStringLiteral("IST0101"), NodeBadge::Severity::Error } } });
        controller.setNodeBadges(QStringLiteral("health"),
            { { workload, { QStringLiteral("H"), QStringLiteral("Degraded"), NodeBadge::Severity::Warning } } });
        QCOMPARE(badges.size(), 2);
        const QList<NodeBadge> marks = controller.nodeBadges(workload);
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks.first().toolTip, QStringLiteral("IST0101")); // providers in a fixed order
        controller.setNodeBadges(QStringLiteral("analysis"), {});
        QCOMPARE(controller.nodeBadges(workload).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstGraphRefresh)
#include "tst_graphrefresh.moc"
