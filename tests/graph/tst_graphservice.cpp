// GraphService and GraphSeries: refreshes through PromClient against a real Prometheus loaded with known traffic
// (promtool backfill), stale refreshes dropped, failures reported with the last good graph kept; and the service
// fed Kiali's mocked responses asynchronously builds Kiali's golden graph.

#include "goldenfixture.h"
#include "groundtruthdata.h"
#include "models/graph/graphseries.h"
#include "models/graph/graphservice.h"
#include "models/net/httpclient.h"
#include "models/prometheus/promclient.h"
#include "support/processes.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace meshscope;
using namespace meshscope::graph;

Q_DECLARE_METATYPE(std::shared_ptr<const meshscope::graph::Graph>)
Q_DECLARE_METATYPE(meshscope::graph::Sparklines)

namespace {

const Node* byWorkload(const Graph& graph, const QString& workload)
{
    for (const Node& node : graph.nodes) {
        if (node.workload == workload)
            return &node;
    }
    return nullptr;
}

double mean(const QList<QPointF>& points)
{
    double sum = 0;
    for (const QPointF& p : points)
        sum += p.y();
    return points.isEmpty() ? -1 : sum / points.size();
}

} // namespace

class TstGraphService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refreshBuildsGraph();
    void newerRefreshSupersedes();
    void failureKeepsLastGoodGraph();
    void sparklines();
    void kialiGoldenThroughService();

private:
    GraphOptions shopOptions(GraphType type) const
    {
        GraphOptions o;
        o.type = type;
        o.namespaces = { QStringLiteral("shop") };
        o.durationSeconds = 600;
        o.queryTime = m_queryTime;
        return o;
    }

    meshscope::testing::PrometheusServer m_prometheus;
    qint64 m_queryTime = 0;
    HttpClient m_http;
    std::unique_ptr<PromClient> m_prom;
};

void TstGraphService::initTestCase()
{
    qRegisterMetaType<std::shared_ptr<const Graph>>();
    qRegisterMetaType<Sparklines>();
    QVERIFY2(groundtruth::startBackfilledPrometheus(m_prometheus, &m_queryTime), qPrintable(m_prometheus.error()));
    PromConfig config;
    config.url = m_prometheus.url();
    m_prom = std::make_unique<PromClient>(&m_http, config);
}

void TstGraphService::refreshBuildsGraph()
{
    GraphService service(instantQuery(m_prom.get()));
    service.setOptions(shopOptions(GraphType::Workload));
    QSignalSpy ready(&service, &GraphService::graphReady);
    QSignalSpy loading(&service, &GraphService::loadingChanged);
    QSignalSpy failed(&service, &GraphService::failed);
    service.refresh();
    QVERIFY(service.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!service.isLoading());
    QCOMPARE(loading.size(), 2); // true, then false
    const auto graph = ready.first().first().value<std::shared_ptr<const Graph>>();
    QCOMPARE(graph.get(), service.lastGraph().get());
    QCOMPARE(graph->edges.size(), groundtruth::kEdges.size());
    QCOMPARE(service.lastGoodTime(), QDateTime::fromSecsSinceEpoch(m_queryTime));
    const Node* frontend = byWorkload(*graph, QStringLiteral("frontend-v1"));
    QVERIFY(frontend);
    QCOMPARE(frontend->rate(QStringLiteral("httpIn")), 12.0);
    // Kiali's default tolerances: 5xx ≥ 10 % is a failure, anything above 0 % degraded.
    QCOMPARE(int(frontend->health), int(Health::Failure)); // 10 % 503
    QCOMPARE(int(byWorkload(*graph, QStringLiteral("catalog-v1"))->health), int(Health::Degraded)); // 5 % 500
    QCOMPARE(int(byWorkload(*graph, QStringLiteral("cart-v1"))->health), int(Health::Healthy));
}

void TstGraphService::newerRefreshSupersedes()
{
    GraphService service(instantQuery(m_prom.get()));
    QSignalSpy ready(&service, &GraphService::graphReady);
    service.setOptions(shopOptions(GraphType::Workload));
    service.refresh();
    service.setOptions(shopOptions(GraphType::Service));
    service.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
    QTest::qWait(300); // nothing late from the first refresh
    QCOMPARE(ready.size(), 1);
    QCOMPARE(int(ready.first().first().value<std::shared_ptr<const Graph>>()->type), int(GraphType::Service));
}

void TstGraphService::failureKeepsLastGoodGraph()
{
    PromConfig config;
    config.url = m_prometheus.url();
    PromClient prom(&m_http, config);
    GraphService service(instantQuery(&prom));
    service.setOptions(shopOptions(GraphType::App));
    QSignalSpy ready(&service, &GraphService::graphReady);
    QSignalSpy failed(&service, &GraphService::failed);
    service.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
    config.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(meshscope::testing::freeLoopbackPort()));
    prom.setConfig(config); // Prometheus "goes away"
    service.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Prometheus")),
        qPrintable(failed.first().first().toString()));
    QCOMPARE(ready.size(), 1);
    QVERIFY(service.lastGraph()); // the view keeps showing it: "showing data from …"
    QCOMPARE(service.lastGoodTime(), QDateTime::fromSecsSinceEpoch(m_queryTime));
    QVERIFY(!service.isLoading());
}

void TstGraphService::sparklines()
{
    GraphService service(instantQuery(m_prom.get()));
    service.setOptions(shopOptions(GraphType::Workload));
    QSignalSpy ready(&service, &GraphService::graphReady);
    service.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
    const Graph& graph = *service.lastGraph();
    GraphSeries series(rangeQuery(m_prom.get()));
    QSignalSpy got(&series, &GraphSeries::seriesReady);
    QSignalSpy failed(&series, &GraphSeries::failed);

    series.requestEdge(*byWorkload(graph, QStringLiteral("frontend-v1")),
        *byWorkload(graph, QStringLiteral("catalog-v1")), QStringLiteral("http"), 600, m_queryTime);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 30000);
    Sparklines lines = got.takeFirst().first().value<Sparklines>();
    QVERIFY(lines.rate.size() > 30);
    QVERIFY2(qAbs(mean(lines.rate) - 7.5) < 0.1, qPrintable(QString::number(mean(lines.rate))));
    QVERIFY2(qAbs(mean(lines.errorPercent) - 5) < 0.5, qPrintable(QString::number(mean(lines.errorPercent))));
    QVERIFY2(lines.p95.size() > 30, qPrintable(QString::number(lines.p95.size())));
    for (const QPointF& p : std::as_const(lines.p95))
        QVERIFY(p.y() > 250 && p.y() <= 500); // the bucket the known distribution puts p95 in

    series.requestNode(*byWorkload(graph, QStringLiteral("frontend-v1")), 600, m_queryTime);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 30000);
    lines = got.takeFirst().first().value<Sparklines>();
    QVERIFY2(qAbs(mean(lines.rate) - 12) < 0.2, qPrintable(QString::number(mean(lines.rate))));
    QVERIFY2(qAbs(mean(lines.errorPercent) - 10) < 0.5, qPrintable(QString::number(mean(lines.errorPercent))));

    series.requestEdge(*byWorkload(graph, QStringLiteral("cart-v1")), *byWorkload(graph, QStringLiteral("redis-v1")),
        QStringLiteral("tcp"), 600, m_queryTime);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 30000);
    lines = got.takeFirst().first().value<Sparklines>();
    QVERIFY(lines.tcp);
    QVERIFY2(qAbs(mean(lines.rate) - 2048) < 20, qPrintable(QString::number(mean(lines.rate))));
    QVERIFY(lines.p95.isEmpty());
    QCOMPARE(failed.size(), 0);
}

void TstGraphService::kialiGoldenThroughService()
{
    // Kiali's mocked Prometheus, answering asynchronously and in reverse order of the requests.
    goldenfixture::PromStub stub;
    QString error;
    QVERIFY2(stub.load(QStringLiteral("namespace-bookinfo.prometheus.json"), &error), qPrintable(error));
    int asked = 0;
    InstantQuery query = [&](const QString& promql, double time, QObject* context,
                             std::function<void(const PromResult&)> done, const QString&) {
        QCOMPARE(time, 1523364075.0);
        ++asked;
        const QByteArray body = stub.bodies.value(
            promql, QByteArray(R"({"status":"error","errorType":"bad_data","error":"unknown query"})"));
        QTimer::singleShot(100 - asked * 5, context, [done, body] { done(PromResult::parse(body)); });
    };
    GraphService service(query);
    service.setOptions(goldenfixture::bookinfoOptions(GraphType::Workload));
    QSignalSpy ready(&service, &GraphService::graphReady);
    QSignalSpy failed(&service, &GraphService::failed);
    service.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size() + failed.size(), 1, 10000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(asked, 6);
    const auto graph = ready.first().first().value<std::shared_ptr<const Graph>>();
    QCOMPARE(graph->nodes.size(), 13);
    QCOMPARE(graph->edges.size(), 18);
}

QTEST_GUILESS_MAIN(TstGraphService)
#include "tst_graphservice.moc"
