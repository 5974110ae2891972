// Ground truth: a real Prometheus loaded through `promtool tsdb create-blocks-from openmetrics` with Istio
// traffic of known rates, error ratios and latency histograms. Every edge of `meshscope graph --format kiali` must
// agree with the PromQL ground truth: rate within 1 %, error % within 1 point, p95 within one histogram bucket.

#include "graphcommandrunner.h"
#include "groundtruthdata.h"

#include <QDateTime>
#include <QTest>

using namespace meshscope::testing;

using namespace groundtruth;

namespace {

double scalar(const QJsonArray& result)
{
    return result.isEmpty() ? -1 : result.first()[QStringLiteral("value")].toArray().at(1).toString().toDouble();
}

QString selectorOf(const TrafficEdge& e)
{
    return QStringLiteral("reporter=\"destination\",source_workload=\"%1\",destination_workload=\"%2\"")
        .arg(e.source, e.dest);
}

QString keyOf(const TrafficEdge& e)
{
    return e.source + QStringLiteral(" -> ") + e.dest + QLatin1Char(' ') + e.protocol;
}

// The real bounds of the histogram bucket a quantile falls in, e.g. 75 ms → (50, 100] with 50 / 100 ms buckets.
// Ours must lie in the same bucket as PromQL's; half a millisecond either way for Kiali's whole-ms rounding.
std::pair<double, double> withinOneBucket(double truth)
{
    qsizetype bucket = 0;
    while (bucket < kBuckets.size() && kBuckets[bucket] < truth)
        ++bucket;
    const double lower = bucket == 0 ? 0 : kBuckets[bucket - 1];
    const double upper = bucket < kBuckets.size() ? kBuckets[bucket] : kBuckets.last();
    return { lower - 0.5, upper + 0.5 };
}

} // namespace

class TstGraphGroundTruth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void edgesMatchPromQL_data();
    void edgesMatchPromQL();
    void responseTimeStatistics_data();
    void responseTimeStatistics();
    void healthTolerancesOption();

private:
    PrometheusServer m_prometheus;
    qint64 m_queryTime = 0;
    QHash<QString, QJsonObject> m_edges;
};

void TstGraphGroundTruth::initTestCase()
{
    QVERIFY2(startBackfilledPrometheus(m_prometheus, &m_queryTime), qPrintable(m_prometheus.error()));

    const graphcommand::Run run = graphcommand::meshscopeGraph({ QStringLiteral("--prometheus"),
        m_prometheus.url().toString(), QStringLiteral("--namespaces"), QStringLiteral("shop"), QStringLiteral("--type"),
        QStringLiteral("workload"), QStringLiteral("--duration"), QStringLiteral("10m"), QStringLiteral("--time"),
        QString::number(m_queryTime), QStringLiteral("--format"), QStringLiteral("kiali") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_edges = graphcommand::edgesByName(run.json());
    QCOMPARE(run.json().value(QStringLiteral("timestamp")).toInteger(), m_queryTime);
}

void TstGraphGroundTruth::edgesMatchPromQL_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < kEdges.size(); ++i)
        QTest::newRow(qPrintable(kEdges[i].source + QStringLiteral(" -> ") + kEdges[i].dest)) << i;
}

void TstGraphGroundTruth::edgesMatchPromQL()
{
    QFETCH(int, index);
    const TrafficEdge& e = kEdges[index];
    const QString source = e.source == QLatin1String("unknown") ? QStringLiteral("unknown") : e.source;
    const QString key = source + QStringLiteral(" -> ") + e.dest + QLatin1Char(' ') + e.protocol;
    QVERIFY2(m_edges.contains(key),
        qPrintable(key + QStringLiteral(" not in: ") + m_edges.keys().join(QStringLiteral(", "))));
    const QJsonObject edge = m_edges.value(key);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(m_queryTime);
    const QString selector = selectorOf(e);

    // Rate within 1 %.
    const QString metric = e.protocol == QLatin1String("tcp") ? QStringLiteral("istio_tcp_received_bytes_total")
                                                              : QStringLiteral("istio_requests_total");
    const double truth
        = scalar(m_prometheus.query(QStringLiteral("sum(rate(%1{%2}[600s]))").arg(metric, selector), at));
    const double ours = graphcommand::rate(edge, e.protocol);
    QVERIFY2(truth > 0, qPrintable(m_prometheus.log()));
    qInfo("%s: rate %.3f (PromQL %.3f)", qPrintable(key), ours, truth);
    QVERIFY2(qAbs(ours - truth) <= 0.01 * truth, qPrintable(QStringLiteral("%1 vs %2").arg(ours).arg(truth)));
    if (e.protocol == QLatin1String("tcp"))
        return;

    // Error % within 1 point (Kiali: 4xx, 5xx and no response for http; gRPC status ≠ 0 for grpc).
    const QString errors = e.protocol == QLatin1String("grpc") ? QStringLiteral(",grpc_response_status!=\"0\"")
                                                               : QStringLiteral(",response_code=~\"[45]..\"");
    const double errorTruth = 100
        * qMax(0.0,
            scalar(m_prometheus.query(
                QStringLiteral("sum(rate(istio_requests_total{%1%2}[600s]))").arg(selector, errors), at)))
        / truth;
    const double errorOurs
        = edge[QStringLiteral("traffic")][QStringLiteral("rates")][e.protocol + QStringLiteral("PercentErr")]
              .toString()
              .toDouble();
    qInfo("%s: error %.1f%% (PromQL %.1f%%)", qPrintable(key), errorOurs, errorTruth);
    QVERIFY(qAbs(errorOurs - errorTruth) <= 1.0);

    // p95 within one bucket of the PromQL ground truth.
    const double p95Truth = scalar(m_prometheus.query(
        QStringLiteral(
            "histogram_quantile(0.95, sum(rate(istio_request_duration_milliseconds_bucket{%1}[600s])) by (le))")
            .arg(selector),
        at));
    const double p95Ours = edge.value(QStringLiteral("responseTime")).toString().toDouble();
    const auto [lower, upper] = withinOneBucket(p95Truth);
    qInfo("%s: p95 %.0f ms (PromQL %.1f ms, bucket %.0f–%.0f)", qPrintable(key), p95Ours, p95Truth, lower + 0.5,
        upper - 0.5);
    QVERIFY(edge.value(QStringLiteral("responseTime")).isString());
    QVERIFY2(p95Ours >= lower && p95Ours <= upper, qPrintable(QString::number(p95Ours)));
    // And the known distribution: p95 lies in the first bucket whose cumulative share reaches 95 %.
    qsizetype known = 0;
    while (e.cumulative[known] < 0.95)
        ++known;
    QVERIFY(p95Truth > (known == 0 ? 0 : kBuckets[known - 1]) && p95Truth <= kBuckets[known]);
}

// --response-time avg / 50 / 99 (what the Graph page asks for when the edge label is that statistic): the edges'
// responseTime is PromQL's sum/count, or histogram_quantile within one bucket.
void TstGraphGroundTruth::responseTimeStatistics_data()
{
    QTest::addColumn<QString>("stat");
    QTest::newRow("avg") << QStringLiteral("avg");
    QTest::newRow("p50") << QStringLiteral("50");
    QTest::newRow("p99") << QStringLiteral("99");
}

void TstGraphGroundTruth::responseTimeStatistics()
{
    QFETCH(QString, stat);
    const graphcommand::Run run = graphcommand::meshscopeGraph({ QStringLiteral("--prometheus"),
        m_prometheus.url().toString(), QStringLiteral("--namespaces"), QStringLiteral("shop"), QStringLiteral("--type"),
        QStringLiteral("workload"), QStringLiteral("--duration"), QStringLiteral("10m"), QStringLiteral("--time"),
        QString::number(m_queryTime), QStringLiteral("--response-time"), stat });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QHash<QString, QJsonObject> edges = graphcommand::edgesByName(run.json());
    const QDateTime at = QDateTime::fromSecsSinceEpoch(m_queryTime);
    int checked = 0;
    for (const TrafficEdge& e : kEdges) {
        if (e.protocol == QLatin1String("tcp"))
            continue;
        const QJsonValue value = edges.value(keyOf(e)).value(QStringLiteral("responseTime"));
        QVERIFY2(value.isString(), qPrintable(keyOf(e)));
        const double ours = value.toString().toDouble();
        if (stat == QLatin1String("avg")) {
            const double truth = scalar(
                m_prometheus.query(QStringLiteral("sum(rate(istio_request_duration_milliseconds_sum{%1}[600s])) / "
                                                  "sum(rate(istio_request_duration_milliseconds_count{%1}[600s]))")
                                       .arg(selectorOf(e)),
                    at));
            qInfo("%s: avg %.0f ms (PromQL %.2f ms)", qPrintable(keyOf(e)), ours, truth);
            QVERIFY(truth > 0);
            QVERIFY(qAbs(ours - truth) <= qMax(0.01 * truth, 0.5)); // Kiali prints whole milliseconds
        } else {
            const double truth = scalar(m_prometheus.query(
                QStringLiteral("histogram_quantile(0.%1, sum(rate(istio_request_duration_milliseconds_bucket{%2}"
                               "[600s])) by (le))")
                    .arg(stat, selectorOf(e)),
                at));
            const auto [lower, upper] = withinOneBucket(truth);
            qInfo("%s: p%s %.0f ms (PromQL %.1f ms)", qPrintable(keyOf(e)), qPrintable(stat), ours, truth);
            QVERIFY2(ours >= lower && ours <= upper, qPrintable(QString::number(ours)));
        }
        ++checked;
    }
    QCOMPARE(checked, 5);
}

// --health-tolerances: the same traffic judged with looser tolerances. unknown → frontend-v1 has 10 % 503
// (Kiali's defaults: Failure) and frontend-v1 → catalog-v1 5 % 500 (Degraded); 5XX,20,40 makes both Healthy.
void TstGraphGroundTruth::healthTolerancesOption()
{
    auto health = [this](const QStringList& extra) {
        const graphcommand::Run run = graphcommand::meshscopeGraph(
            QStringList { QStringLiteral("--prometheus"), m_prometheus.url().toString(), QStringLiteral("--namespaces"),
                QStringLiteral("shop"), QStringLiteral("--type"), QStringLiteral("workload"), QStringLiteral("--time"),
                QString::number(m_queryTime) }
            + extra);
        QStringList statuses;
        for (const char* key : { "unknown -> frontend-v1 http", "frontend-v1 -> catalog-v1 http" })
            statuses << graphcommand::edgesByName(run.json())
                            .value(QLatin1String(key))
                            .value(QStringLiteral("healthStatus"))
                            .toString();
        return statuses;
    };
    QCOMPARE(health({}), (QStringList { QStringLiteral("Failure"), QStringLiteral("Degraded") }));
    QCOMPARE(health({ QStringLiteral("--health-tolerances"), QStringLiteral("5XX,20,40,http;4XX,10,20,http") }),
        (QStringList { QStringLiteral("Healthy"), QStringLiteral("Healthy") }));
    QCOMPARE(health({ QStringLiteral("--health-tolerances"), QStringLiteral("5XX,1,4,http") }),
        (QStringList { QStringLiteral("Failure"), QStringLiteral("Failure") })); // stricter: 5 % fails too
    const graphcommand::Run bad = graphcommand::meshscopeGraph(
        { QStringLiteral("--prometheus"), m_prometheus.url().toString(), QStringLiteral("--namespaces"),
            QStringLiteral("shop"), QStringLiteral("--health-tolerances"), QStringLiteral("5XX,50,10,http") });
    QCOMPARE(bad.exitCode, 2); // degraded above failure
    QVERIFY(bad.err.contains("--health-tolerances"));
}

QTEST_GUILESS_MAIN(TstGraphGroundTruth)
#include "tst_graphgroundtruth.moc"
