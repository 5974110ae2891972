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

// Runs one fetch and waits for its result.
GraphResult fetchOnce(GraphService& service, const GraphOptions& options, int timeoutMs = 30000)
{
    std::optional<GraphResult> result;
    service.fetch(options, std::nullopt, false, [&](const GraphResult& r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
    return result.value_or(GraphResult { {}, {}, QStringLiteral("no answer") });
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
    qRegisterMetaType<Sparklines>();
    QVERIFY2(groundtruth::startBackfilledPrometheus(m_prometheus, &m_queryTime), qPrintable(m_prometheus.error()));
    PromConfig config;
    config.url = m_prometheus.url();
    m_prom = std::make_unique<PromClient>(&m_http, config);
}

void TstGraphService::refreshBuildsGraph()
{
    GraphService service(instantQuery(m_prom.get()));
    std::optional<GraphResult> got;
    service.fetch(shopOptions(GraphType::Workload), std::nullopt, false, [&](const GraphResult& r) { got = r; });
    QVERIFY(service.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
    QVERIFY(!service.isBusy());
    QVERIFY2(got->ok(), qPrintable(got->error));
    const auto graph = got->graph;
    QCOMPARE(graph->edges.size(), groundtruth::kEdges.size());
    QCOMPARE(graph->timestamp, m_queryTime);
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
    GraphService service(instantQuery(m_prom.get()), [this](const QString& key) { m_prom->cancel(key); });
    QList<GraphType> delivered;
    service.fetch(shopOptions(GraphType::Workload), std::nullopt, false,
        [&](const GraphResult& r) { delivered << r.graph->type; });
    service.fetch(shopOptions(GraphType::Service), std::nullopt, false,
        [&](const GraphResult& r) { delivered << r.graph->type; });
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 30000);
    QTest::qWait(300); // nothing late from the first fetch
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(int(delivered.first()), int(GraphType::Service));
    // cancel() drops the fetch in flight.
    service.fetch(
        shopOptions(GraphType::App), std::nullopt, false, [&](const GraphResult& r) { delivered << r.graph->type; });
    service.cancel();
    QTest::qWait(500);
    QCOMPARE(delivered.size(), 1);
    QVERIFY(!service.isBusy());
}

void TstGraphService::failureKeepsLastGoodGraph()
{
    PromConfig config;
    config.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(meshscope::testing::freeLoopbackPort()));
    PromClient prom(&m_http, config); // nobody listens there
    GraphService service(instantQuery(&prom));
    const GraphResult result = fetchOnce(service, shopOptions(GraphType::App));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("Prometheus")), qPrintable(result.error));
    QVERIFY(!service.isBusy());
}

void TstGraphService::sparklines()
{
    GraphService service(instantQuery(m_prom.get()));
    const GraphResult result = fetchOnce(service, shopOptions(GraphType::Workload));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Graph& graph = *result.graph;
    GraphSeries series(rangeQuery(m_prom.get()));
    QSignalSpy got(&series, &GraphSeries::seriesReady);
    QSignalSpy failed(&series, &GraphSeries::failed);

    const auto edgeBetween = [&](const char* from, const char* to) {
        const Node* source = byWorkload(graph, QString::fromLatin1(from));
        const Node* dest = byWorkload(graph, QString::fromLatin1(to));
        for (const Edge& edge : graph.edges) {
            if (source && dest && edge.source == source->id && edge.dest == dest->id)
                return &edge;
        }
        return static_cast<const Edge*>(nullptr);
    };
    const Edge* frontendCatalog = edgeBetween("frontend-v1", "catalog-v1");
    QVERIFY(frontendCatalog);
    series.requestEdge(
        *frontendCatalog, *graph.node(frontendCatalog->source), *graph.node(frontendCatalog->dest), 600, m_queryTime);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 30000);
    QCOMPARE(got.first().first().toString(), frontendCatalog->id());
    Sparklines lines = got.takeFirst().at(1).value<Sparklines>();
    QVERIFY(lines.rate.size() > 30);
    QVERIFY2(qAbs(mean(lines.rate) - 7.5) < 0.1, qPrintable(QString::number(mean(lines.rate))));
    QVERIFY2(qAbs(mean(lines.errorPercent) - 5) < 0.5, qPrintable(QString::number(mean(lines.errorPercent))));
    QVERIFY2(lines.p95.size() > 30, qPrintable(QString::number(lines.p95.size())));
    for (const QPointF& p : std::as_const(lines.p95))
        QVERIFY(p.y() > 250 && p.y() <= 500); // the bucket the known distribution puts p95 in

    series.requestNode(*byWorkload(graph, QStringLiteral("frontend-v1")), 600, m_queryTime);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 30000);
    lines = got.takeFirst().at(1).value<Sparklines>();
    QVERIFY2(qAbs(mean(lines.rate) - 12) < 0.2, qPrintable(QString::number(mean(lines.rate))));
    QVERIFY2(qAbs(mean(lines.errorPercent) - 10) < 0.5, qPrintable(QString::number(mean(lines.errorPercent))));

    const Edge* cartRedis = edgeBetween("cart-v1", "redis-v1");
    QVERIFY(cartRedis && cartRedis->protocol == QLatin1String("tcp"));
    series.requestEdge(*cartRedis, *graph.node(cartRedis->source), *graph.node(cartRedis->dest), 600, m_queryTime);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, 30000);
    lines = got.takeFirst().at(1).value<Sparklines>();
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
    const GraphResult result = fetchOnce(service, goldenfixture::bookinfoOptions(GraphType::Workload), 10000);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(asked, 6);
    const auto graph = result.graph;
    QCOMPARE(graph->nodes.size(), 13);
    QCOMPARE(graph->edges.size(), 18);
}

QTEST_GUILESS_MAIN(TstGraphService)
#include "tst_graphservice.moc"
