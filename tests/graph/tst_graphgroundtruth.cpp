// Ground truth: a real Prometheus loaded through `promtool tsdb create-blocks-from openmetrics` with Istio
// traffic of known rates, error ratios and latency histograms. Every edge of `meshscope graph --format kiali` must
// agree with the PromQL ground truth: rate within 1 %, error % within 1 point, p95 within one histogram bucket.

#include "graphcommandrunner.h"
#include "tests/simmesh/simharness.h"

#include <QDateTime>
#include <QTemporaryDir>

using namespace meshscope::sim::testing;

namespace {

const QList<double> kBuckets = { 5, 10, 25, 50, 100, 250, 500, 1000 }; // + +Inf

struct Code
{
    QString code; // response_code (http) or grpc status (grpc)
    double rate; // per second
};

struct TrafficEdge
{
    QString source; // workload name, "unknown" for traffic from outside the mesh
    QString dest;
    QString protocol; // http, grpc, tcp
    QList<Code> codes; // tcp: one entry, the bytes/s of istio_tcp_received_bytes_total
    QList<double> cumulative; // latency: share of requests ≤ each bucket bound
};

const QList<TrafficEdge> kEdges = {
    { "unknown", "frontend-v1", "http", { { "200", 10.8 }, { "503", 1.2 } }, { .2, .5, .8, .93, .97, .99, 1, 1 } },
    { "frontend-v1", "cart-v1", "http", { { "200", 4 } }, { .6, .9, .97, .99, 1, 1, 1, 1 } },
    { "frontend-v1", "catalog-v1", "http", { { "200", 7.125 }, { "500", 0.375 } },
        { .05, .1, .3, .6, .8, .9, .96, 1 } },
    { "frontend-v1", "catalog-v2", "http", { { "200", 2.0 }, { "404", 0.5 } }, { .1, .3, .5, .7, .9, .94, .99, 1 } },
    { "catalog-v1", "pricing-v1", "grpc", { { "0", 2.7 }, { "14", 0.3 } }, { .3, .6, .9, .96, 1, 1, 1, 1 } },
    { "cart-v1", "redis-v1", "tcp", { { "", 2048 } }, {} },
};

QString appOf(const QString& workload)
{
    return workload.section(QLatin1Char('-'), 0, 0);
}

QString labels(const TrafficEdge& e, const QString& reporter, const Code& code, bool withResponse)
{
    const bool unknown = e.source == QLatin1String("unknown");
    QStringList l;
    auto add = [&l](const char* name, const QString& value) {
        l << QStringLiteral("%1=\"%2\"").arg(QLatin1String(name), value);
    };
    add("reporter", reporter);
    add("source_workload", e.source);
    add("source_workload_namespace", unknown ? QStringLiteral("unknown") : QStringLiteral("shop"));
    add("source_canonical_service", unknown ? QStringLiteral("unknown") : appOf(e.source));
    add("source_canonical_revision", unknown ? QStringLiteral("unknown") : e.source.section(QLatin1Char('-'), 1));
    add("source_cluster", unknown ? QStringLiteral("unknown") : QStringLiteral("gt"));
    add("source_principal",
        unknown ? QStringLiteral("unknown") : QStringLiteral("spiffe://cluster.local/ns/shop/sa/") + appOf(e.source));
    add("destination_workload", e.dest);
    add("destination_workload_namespace", QStringLiteral("shop"));
    add("destination_canonical_service", appOf(e.dest));
    add("destination_canonical_revision", e.dest.section(QLatin1Char('-'), 1));
    add("destination_service", appOf(e.dest) + QStringLiteral(".shop.svc.cluster.local"));
    add("destination_service_name", appOf(e.dest));
    add("destination_service_namespace", QStringLiteral("shop"));
    add("destination_cluster", QStringLiteral("gt"));
    add("destination_principal", QStringLiteral("spiffe://cluster.local/ns/shop/sa/") + appOf(e.dest));
    add("connection_security_policy",
        reporter == QLatin1String("destination") ? QStringLiteral("mutual_tls") : QStringLiteral("unknown"));
    add("request_protocol", e.protocol);
    add("response_flags", QStringLiteral("-"));
    if (withResponse) {
        add("response_code", e.protocol == QLatin1String("grpc") ? QStringLiteral("200") : code.code);
        add("grpc_response_status", e.protocol == QLatin1String("grpc") ? code.code : QString());
    }
    return l.join(QLatin1Char(','));
}

// OpenMetrics text: counters rising at the edge rates, from start every step seconds.
QByteArray openMetrics(qint64 start, int steps, int step)
{
    QByteArray requests = "# TYPE istio_requests counter\n";
    QByteArray histogram = "# TYPE istio_request_duration_milliseconds histogram\n";
    QByteArray tcp = "# TYPE istio_tcp_received_bytes counter\n";
    auto series = [&](QByteArray& out, const QString& name, const QString& labelText, double perSecond) {
        for (int i = 0; i <= steps; ++i) {
            out += name.toUtf8() + '{' + labelText.toUtf8() + "} " + QByteArray::number(perSecond * i * step, 'f', 6)
                + ' ' + QByteArray::number(start + qint64(i) * step) + '\n';
        }
    };
    for (const TrafficEdge& e : kEdges) {
        for (const char* reporter : { "source", "destination" }) {
            for (const Code& code : e.codes) {
                if (e.protocol == QLatin1String("tcp")) {
                    series(tcp, QStringLiteral("istio_tcp_received_bytes_total"),
                        labels(e, QLatin1String(reporter), code, false), code.rate);
                    continue;
                }
                const QString l = labels(e, QLatin1String(reporter), code, true);
                series(requests, QStringLiteral("istio_requests_total"), l, code.rate);
                for (qsizetype b = 0; b < kBuckets.size(); ++b) {
                    series(histogram, QStringLiteral("istio_request_duration_milliseconds_bucket"),
                        l + QStringLiteral(",le=\"%1\"").arg(kBuckets[b]), code.rate * e.cumulative[b]);
                }
                series(histogram, QStringLiteral("istio_request_duration_milliseconds_bucket"),
                    l + QStringLiteral(",le=\"+Inf\""), code.rate);
                series(histogram, QStringLiteral("istio_request_duration_milliseconds_count"), l, code.rate);
                series(histogram, QStringLiteral("istio_request_duration_milliseconds_sum"), l, code.rate * 40);
            }
        }
    }
    return requests + histogram + tcp + "# EOF\n";
}

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
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty() || Prometheus::executable().isEmpty())
        QSKIP("prometheus/promtool are not installed");
    // 40 minutes of data at 15 s, three hours ago (old enough to be a finished block).
    const int step = 15;
    const qint64 start = (QDateTime::currentSecsSinceEpoch() - 3 * 3600) / 3600 * 3600;
    const int steps = 40 * 60 / step;
    m_queryTime = start + 35 * 60;
    const QString file = m_dir.filePath(QStringLiteral("traffic.om"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(out.write(openMetrics(start, steps, step)) > 0);
    out.close();
    const QString tsdb = m_dir.filePath(QStringLiteral("tsdb"));
    QProcess create;
    create.setProcessChannelMode(QProcess::MergedChannels);
    create.start(promtool,
        { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"), file, tsdb });
    QVERIFY(create.waitForFinished(60000));
    QVERIFY2(create.exitCode() == 0, create.readAll().constData());
    QVERIFY2(m_prometheus.start(QUrl(), tsdb), qPrintable(m_prometheus.log()));

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
