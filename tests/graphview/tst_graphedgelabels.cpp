// Response-time edge labels on a graph built the way the Graph page builds it: the statistic the label asks for
// (responseTimeStatFor) goes into the queries, a stub Prometheus answers them with Prometheus API bodies, and
// buildGraph turns them into edges. Every label choice (avg, p50, p95, p99) must show its own value.

#include "models/graph/graphbuilder.h"
#include "views/graph/graphstyle.h"

#include <QTest>

using namespace meshscope;
using namespace meshscope::graph;

namespace {

// The labels Istio puts on productpage-v1 → details-v1 (Kiali's 13 workload labels plus the protocol).
QString edgeLabels()
{
    return QStringLiteral(
        R"("source_cluster":"east","source_workload_namespace":"bookinfo","source_workload":"productpage-v1",)"
        R"("source_canonical_service":"productpage","source_canonical_revision":"v1","destination_cluster":"east",)"
        R"("destination_service_namespace":"bookinfo","destination_service":"details.bookinfo.svc.cluster.local",)"
        R"("destination_service_name":"details","destination_workload_namespace":"bookinfo",)"
        R"("destination_workload":"details-v1","destination_canonical_service":"details",)"
        R"("destination_canonical_revision":"v1","request_protocol":"http")");
}

QByteArray vector(const QStringList& samples)
{
    return QStringLiteral(R"({"status":"success","data":{"resultType":"vector","result":[%1]}})")
        .arg(samples.join(QLatin1Char(',')))
        .toUtf8();
}

QString sample(const QString& extraLabels, const QString& value)
{
    return QStringLiteral(R"({"metric":{%1%2},"value":[1763870000,"%3"]})").arg(edgeLabels(), extraLabels, value);
}

// What Prometheus would answer each query with. Response-time queries get a value only when they are the PromQL
// Kiali sends for that statistic (sum/count for the average, histogram_quantile(q, …) for a quantile).
QByteArray answer(const GraphQuery& query)
{
    if (query.kind == QueryKind::Traffic && query.metric == QLatin1String("istio_requests_total")
        && query.promql.contains(QLatin1String("reporter=~\"waypoint|destination\""))) {
        return vector(
            { sample(QStringLiteral(R"(,"response_code":"200","grpc_response_status":"","response_flags":"-")"),
                  QStringLiteral("9")),
                sample(QStringLiteral(R"(,"response_code":"503","grpc_response_status":"","response_flags":"UH")"),
                    QStringLiteral("1")) });
    }
    if (query.kind != QueryKind::ResponseTime
        || !query.promql.contains(QLatin1String("reporter=~\"waypoint|destination\"")))
        return vector({});
    if (query.promql.contains(QLatin1String("istio_request_duration_milliseconds_sum"))
        && query.promql.contains(QLatin1String("/ sum(rate(istio_request_duration_milliseconds_count")))
        return vector({ sample(QString(), QStringLiteral("12.5")) });
    const QList<std::pair<const char*, const char*>> quantiles = { { "histogram_quantile(0.50,", "8" },
        { "histogram_quantile(0.95,", "40" }, { "histogram_quantile(0.99,", "250" } };
    for (const auto& [prefix, value] : quantiles) {
        if (query.promql.contains(QLatin1String(prefix)))
            return vector({ sample(QString(), QLatin1String(value)) });
    }
    return vector({});
}

Graph buildFor(EdgeLabel label, qsizetype* queryCount)
{
    GraphOptions options;
    options.type = GraphType::Workload;
    options.namespaces = { QStringLiteral("bookinfo") };
    options.responseTimeStat = responseTimeStatFor(label); // what GraphPageQuery::options does
    QList<QueryResponse> responses;
    for (const GraphQuery& query : graphQueries(options))
        responses.append({ query, PromResult::parse(answer(query)) });
    *queryCount = responses.size();
    return buildGraph(options, responses);
}

const Edge* detailsEdge(const Graph& graph)
{
    for (const Edge& edge : graph.edges) {
        if (edge.source == QLatin1String("wl_east_bookinfo_productpage-v1")
            && edge.dest == QLatin1String("wl_east_bookinfo_details-v1") && edge.protocol == QLatin1String("http"))
            return &edge;
    }
    return nullptr;
}

} // namespace

class TstGraphEdgeLabels : public QObject
{
    Q_OBJECT
private slots:
    void responseTimeLabels_data();
    void responseTimeLabels();
};

void TstGraphEdgeLabels::responseTimeLabels_data()
{
    QTest::addColumn<EdgeLabel>("label");
    QTest::addColumn<QString>("expected");
    QTest::newRow("avg") << EdgeLabel::ResponseTimeAvg << QStringLiteral("13 ms");
    QTest::newRow("p50") << EdgeLabel::ResponseTimeP50 << QStringLiteral("8 ms");
    QTest::newRow("p95") << EdgeLabel::ResponseTimeP95 << QStringLiteral("40 ms");
    QTest::newRow("p99") << EdgeLabel::ResponseTimeP99 << QStringLiteral("250 ms");
}

void TstGraphEdgeLabels::responseTimeLabels()
{
    QFETCH(EdgeLabel, label);
    QFETCH(QString, expected);
    qsizetype queries = 0;
    const Graph graph = buildFor(label, &queries);
    QCOMPARE(queries, 12); // the statistic changes what is asked, never how many queries
    const Edge* edge = detailsEdge(graph);
    QVERIFY(edge);
    QCOMPARE(edge->rate(QStringLiteral("http")), 10.0);
    QCOMPARE(edgeLabelText(*edge, label), expected);
    // The other statistics were not queried: their labels stay blank rather than showing this one's value.
    for (EdgeLabel other : { EdgeLabel::ResponseTimeAvg, EdgeLabel::ResponseTimeP50, EdgeLabel::ResponseTimeP95,
             EdgeLabel::ResponseTimeP99 }) {
        if (other != label)
            QCOMPARE(edgeLabelText(*edge, other), QString());
    }
    // The tooltip names the statistic it shows.
    QVERIFY(edgeTooltip(*edge, nullptr, nullptr).contains(expected));
}

QTEST_MAIN(TstGraphEdgeLabels)
#include "tst_graphedgelabels.moc"
