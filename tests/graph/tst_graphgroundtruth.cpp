// Ground truth: a real Prometheus loaded through `promtool tsdb create-blocks-from openmetrics` with Istio
// traffic of known rates, error ratios and latency histograms. Every edge of `meshscope graph --format kiali` must
// agree with the PromQL ground truth: rate within 1 %, error % within 1 point, p95 within one histogram bucket.

#include "graphcommandrunner.h"
#include "groundtruthdata.h"

#include <QDateTime>
#include <QTemporaryDir>

using namespace meshscope::sim::testing;

using namespace groundtruth;

namespace {

double scalar(const QJsonArray& result)
{
    return result.isEmpty() ? -1 : result.first()[QStringLiteral("value")].toArray().at(1).toString().toDouble();
}

} // namespace

class TstGraphGroundTruth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void edgesMatchPromQL_data();
    void edgesMatchPromQL();

private:
    QTemporaryDir m_dir;
    Prometheus m_prometheus;
    qint64 m_queryTime = 0;
    QHash<QString, QJsonObject> m_edges;
};

void TstGraphGroundTruth::initTestCase()
{
    if (!available())
        QSKIP("prometheus/promtool are not installed");
    QString error;
    QVERIFY2(startBackfilledPrometheus(m_dir, m_prometheus, &m_queryTime, &error), qPrintable(error));

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
    const QString selector
        = QStringLiteral("reporter=\"destination\",source_workload=\"%1\",destination_workload=\"%2\"")
              .arg(e.source, e.dest);

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
    qsizetype bucket = 0;
    while (bucket < kBuckets.size() && kBuckets[bucket] < p95Truth)
        ++bucket;
    const double lower = bucket == 0 ? 0 : kBuckets[bucket - 1];
    const double upper = bucket < kBuckets.size() ? kBuckets[bucket] : kBuckets.last() * 2;
    qInfo("%s: p95 %.0f ms (PromQL %.1f ms, bucket %.0f–%.0f)", qPrintable(key), p95Ours, p95Truth, lower, upper);
    QVERIFY(edge.value(QStringLiteral("responseTime")).isString());
    QVERIFY(p95Ours >= lower - (upper - lower) && p95Ours <= upper + (upper - lower));
    // And the known distribution: p95 lies in the first bucket whose cumulative share reaches 95 %.
    qsizetype known = 0;
    while (e.cumulative[known] < 0.95)
        ++known;
    QVERIFY(p95Truth > (known == 0 ? 0 : kBuckets[known - 1]) && p95Truth <= kBuckets[known]);
}

QTEST_GUILESS_MAIN(TstGraphGroundTruth)
#include "tst_graphgroundtruth.moc"
