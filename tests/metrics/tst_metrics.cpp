// The detail pages' metric charts against a real Prometheus loaded with promtool backfill: every series equals
// the ground truth — the rates the data was built with, and Prometheus' own answer to the same expression —
// grouped or not, and for the compared earlier window.

#include "models/metrics/metricsrefresh.h"
#include "models/net/httpclient.h"
#include "models/prometheus/promclient.h"
#include "support/prometheusserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace meshscope;
using namespace meshscope::metrics;
using namespace meshscope::testing;

namespace {

const QByteArray common
    = R"(source_workload="productpage-v1",source_workload_namespace="shop",source_canonical_service="productpage",destination_workload_namespace="shop",destination_canonical_service="reviews",destination_service_namespace="shop",destination_service_name="reviews",request_protocol="http")";

QByteArray labels(const char* reporter, const char* workload, const char* version, const char* code)
{
    return common + QByteArray(",reporter=\"") + reporter + "\",destination_workload=\"" + workload
        + "\",destination_canonical_revision=\"" + version + "\",response_code=\"" + code + '"';
}

const Chart* chart(const MetricsResult& result, const QString& id)
{
    for (const Chart& c : result.charts) {
        if (c.spec.id == id)
            return &c;
    }
    return nullptr;
}

const Series* series(const Chart& chart, const QString& stat, const QString& group = {}, bool compare = false)
{
    for (const Series& s : chart.series) {
        if (s.stat == stat && s.group == group && s.compare == compare)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

    PrometheusServer m_prometheus;
    qint64 m_now = 0;
    HttpClient m_http;
    std::unique_ptr<PromClient> m_client;

    MetricsResultPtr run(const MetricsQuery& query)
    {
        MetricsRefresh refresh;
        refresh.setPromClient(m_client.get());
        QSignalSpy ready(&refresh, &MetricsRefresh::resultReady);
        refresh.setQuery(query);
        if (!ready.wait(30000) && ready.isEmpty())
            return {};
        return refresh.result();
    }

    // Prometheus' own value of an expression at a time.
    double truth(const QString& promql, double time)
    {
        double value = qQNaN();
        bool done = false;
        m_client->instant(promql, time, this, [&](const PromResult& result) {
            if (!result.vector.isEmpty())
                value = result.vector.first().value;
            done = true;
        });
        QElapsedTimer clock;
        clock.start();
        while (!done && clock.elapsed() < 20000)
            QTest::qWait(20);
        return value;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(PrometheusServer::missingTools().isEmpty(), qPrintable(PrometheusServer::missingTools()));
        m_now = PrometheusServer::now();
        const qint64 start = m_now - 3 * 3600, end = m_now - 60;
        OpenMetricsBuilder data;
        data.counter("istio_requests", labels("destination", "reviews-v2", "v2", "200"), 3.0, start, end, 15);
        data.counter("istio_requests", labels("destination", "reviews-v2", "v2", "503"), 1.0, start, end, 15);
        data.counter("istio_requests", labels("destination", "reviews-v3", "v3", "200"), 2.0, start, end, 15);
        data.counter("istio_requests", labels("source", "reviews-v2", "v2", "200"), 3.0, start, end, 15);
        const QList<std::pair<double, double>> buckets
            = { { 10, 0.2 }, { 25, 0.5 }, { 50, 0.8 }, { 100, 0.95 }, { 250, 1.0 } };
        data.histogram("istio_request_duration_milliseconds",
            common + R"(,reporter="destination",destination_workload="reviews-v2",destination_canonical_revision="v2")",
            4.0, buckets, 40.0, start, end, 15);
        data.counter("istio_tcp_received_bytes",
            common + R"(,reporter="destination",destination_workload="reviews-v2")", 1000.0, start, end, 15);
        QVERIFY2(m_prometheus.backfill(data.text()), qPrintable(m_prometheus.error()));
        PromConfig config;
        config.url = m_prometheus.url();
        m_client = std::make_unique<PromClient>(&m_http, config);
    }

    void queriesAreKialis()
    {
        MetricsQuery query;
        query.namespace_ = QStringLiteral("shop");
        query.name = QStringLiteral("reviews-v2");
        const QList<ChartSpec> specs = chartSpecs(query);
        QCOMPARE(specs.size(), 6);
        QCOMPARE(specs[0].series[0].promql,
            QStringLiteral(
                "sum(rate(istio_requests_total{reporter=\"destination\",destination_workload_namespace=\"shop\","
                "destination_workload=\"reviews-v2\"}[60s]))"));
        query.groupBy = GroupBy::Version;
        QVERIFY(chartSpecs(query)[1].series[2].promql.startsWith(QStringLiteral("histogram_quantile(0.95, sum(rate(")));
        QVERIFY(
            chartSpecs(query)[1].series[2].promql.endsWith(QStringLiteral(" by (le,destination_canonical_revision))")));
        query.kind = EntityKind::Service;
        query.direction = Direction::Outbound;
        QVERIFY(chartSpecs(query).isEmpty());
    }

    void seriesEqualTheGroundTruth()
    {
        MetricsQuery query;
        query.kind = EntityKind::Workload;
        query.namespace_ = QStringLiteral("shop");
        query.name = QStringLiteral("reviews-v2");
        query.rangeSeconds = 1800;
        query.endTime = m_now - 600;
        const MetricsResultPtr result = run(query);
        QVERIFY(result);
        QVERIFY2(result->error.isEmpty(), qPrintable(result->error));
        QCOMPARE(result->queries, 14);
        const Chart* requests = chart(*result, QStringLiteral("request_count"));
        QVERIFY(requests);
        const Series* rate = series(*requests, QStringLiteral("rate"));
        const Series* errors = series(*requests, QStringLiteral("errors"));
        QVERIFY(rate && errors);
        QCOMPARE(rate->points.size(), 121); // 30 minutes at 15 s, both ends
        for (const QPointF& p : rate->points)
            QVERIFY2(qAbs(p.y() - 4.0) < 1e-6, qPrintable(QString::number(p.y())));
        for (const QPointF& p : errors->points)
            QVERIFY2(qAbs(p.y() - 1.0) < 1e-6, qPrintable(QString::number(p.y())));

        const Chart* duration = chart(*result, QStringLiteral("request_duration"));
        for (const QPointF& p : series(*duration, QStringLiteral("avg"))->points)
            QVERIFY2(qAbs(p.y() - 40.0) < 1e-6, qPrintable(QString::number(p.y())));
        // Quantiles: what Prometheus itself says for the same expression at those instants.
        const QString p95 = chartSpecs(query)[1].series[2].promql;
        const Series* p95Series = series(*duration, QStringLiteral("p95"));
        for (int i : { 0, 60, 120 }) {
            const QPointF p = p95Series->points.value(i);
            QCOMPARE(p.y(), truth(p95, p.x()));
        }
        QCOMPARE(p95Series->points.first().y(), 100.0); // 95 % are below the 100 ms bucket's bound
        const Chart* tcp = chart(*result, QStringLiteral("tcp_bytes"));
        for (const QPointF& p : series(*tcp, QStringLiteral("sent"))->points)
            QVERIFY(qAbs(p.y() - 1000.0) < 1e-6);
        QVERIFY(chart(*result, QStringLiteral("request_size"))->isEmpty());
    }

    void groupedAndCompared()
    {
        MetricsQuery query;
        query.kind = EntityKind::App;
        query.namespace_ = QStringLiteral("shop");
        query.name = QStringLiteral("reviews");
        query.groupBy = GroupBy::Version;
        query.rangeSeconds = 600;
        query.endTime = m_now - 300;
        query.compareOffsetSeconds = 3600;
        const MetricsResultPtr result = run(query);
        QVERIFY(result && result->error.isEmpty());
        const Chart* requests = chart(*result, QStringLiteral("request_count"));
        const Series* v2 = series(*requests, QStringLiteral("rate"), QStringLiteral("v2"));
        const Series* v3 = series(*requests, QStringLiteral("rate"), QStringLiteral("v3"));
        const Series* v3Earlier = series(*requests, QStringLiteral("rate"), QStringLiteral("v3"), true);
        QVERIFY(v2 && v3 && v3Earlier);
        QCOMPARE(v2->points.last().y(), 4.0);
        QCOMPARE(v3->points.last().y(), 2.0);
        // The earlier window is drawn on the current one: same times, its own values.
        QCOMPARE(v3Earlier->points.size(), v3->points.size());
        QCOMPARE(v3Earlier->points.first().x(), v3->points.first().x());
        QCOMPARE(v3Earlier->points.first().y(), 2.0);
        QCOMPARE(v3Earlier->name(), QStringLiteral("v3 rate (earlier)"));
        QCOMPARE(result->queries, 28);
    }

    void noPrometheusIsAMessage()
    {
        MetricsRefresh refresh;
        QSignalSpy ready(&refresh, &MetricsRefresh::resultReady);
        refresh.setQuery({});
        QCOMPARE(ready.size(), 1);
        QVERIFY(!refresh.result()->error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
