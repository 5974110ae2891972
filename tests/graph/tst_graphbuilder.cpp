// Bad input never breaks the graph: Kiali's bookinfo samples with every label removed, emptied or set to
// "unknown" one at a time, odd values (NaN, ±Inf, negative, zero) and failed queries. The graph stays consistent:
// every edge joins existing nodes and every rate is finite.

#include "goldenfixture.h"
#include "models/graph/graphexport.h"
#include "models/graph/graphtrafficmap_p.h"

#include <QJsonDocument>
#include <QTest>
#include <cmath>

using namespace meshscope;
using namespace meshscope::graph;

namespace {

QList<QueryResponse> bookinfoResponses(const GraphOptions& options)
{
    QString error;
    goldenfixture::PromStub stub;
    if (!stub.load(QStringLiteral("namespace-bookinfo.prometheus.json"), &error))
        qFatal("%s", qPrintable(error));
    QList<QueryResponse> responses;
    for (const GraphQuery& query : graphQueries(options))
        responses.append({ query, PromResult::parse(stub.bodies.value(query.promql)) });
    return responses;
}

bool consistent(const Graph& graph, QString* problem)
{
    for (const Edge& edge : graph.edges) {
        if (!graph.node(edge.source) || !graph.node(edge.dest)) {
            *problem = QStringLiteral("dangling edge ") + edge.id();
            return false;
        }
        for (double value : edge.rates) {
            if (!std::isfinite(value) || value < 0) {
                *problem = QStringLiteral("bad rate on ") + edge.id();
                return false;
            }
        }
    }
    for (const Node& node : graph.nodes) {
        for (double value : node.rates) {
            if (!std::isfinite(value) || value < 0) {
                *problem = QStringLiteral("bad rate on ") + node.id;
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TstGraphBuilder : public QObject
{
    Q_OBJECT
private slots:
    void everyLabelMutation_data();
    void everyLabelMutation();
    void oddValues();
    void failedQueries();
    void sampleLabelsFollowEachSamplesLayout();
    void sharedAndSeparateLabelStringsBuildTheSameGraph();
    void nodeIdsFollowTheTextNotItsStorage();
};

void TstGraphBuilder::everyLabelMutation_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("app") << int(GraphType::App);
    QTest::newRow("versionedApp") << int(GraphType::VersionedApp);
    QTest::newRow("workload") << int(GraphType::Workload);
    QTest::newRow("service") << int(GraphType::Service);
}

void TstGraphBuilder::everyLabelMutation()
{
    QFETCH(int, type);
    GraphOptions options = goldenfixture::bookinfoOptions(GraphType(type));
    const QList<QueryResponse> original = bookinfoResponses(options);
    // The unmutated samples make the bookinfo graph: what the mutations below may damage is real content.
    const Graph unmutated = buildGraph(options, original);
    QVERIFY2(unmutated.nodes.size() >= 6 && unmutated.edges.size() >= 6,
        qPrintable(QStringLiteral("%1 nodes, %2 edges").arg(unmutated.nodes.size()).arg(unmutated.edges.size())));
    int builds = 0;
    // Every sample for the workload and service graphs; every 4th for the app graphs (same code paths, and the
    // test stays quick under AddressSanitizer).
    const qsizetype stride = options.type == GraphType::Workload || options.type == GraphType::Service ? 1 : 4;
    for (qsizetype r = 0; r < original.size(); ++r) {
        for (qsizetype s = 0; s < original[r].result.vector.size(); s += stride) {
            const QStringList labels = original[r].result.vector[s].metric.keys();
            for (const QString& label : labels) {
                for (int mutation = 0; mutation < 3; ++mutation) {
                    QList<QueryResponse> responses = original;
                    PromLabels& metric = responses[r].result.vector[s].metric;
                    if (mutation == 0)
                        metric.remove(label);
                    else
                        metric[label] = mutation == 1 ? QString() : QStringLiteral("unknown");
                    const Graph graph = buildGraph(options, responses);
                    QString problem;
                    QVERIFY2(consistent(graph, &problem), qPrintable(label + QStringLiteral(": ") + problem));
                    // One damaged sample costs the edges it feeds, never the rest of the graph.
                    QVERIFY2(graph.edges.size() >= unmutated.edges.size() / 2,
                        qPrintable(label
                            + QStringLiteral(": %1 of %2 edges left")
                                  .arg(graph.edges.size())
                                  .arg(unmutated.edges.size())));
                    ++builds;
                }
            }
        }
    }
    QVERIFY(builds > 100);
}

void TstGraphBuilder::oddValues()
{
    GraphOptions options = goldenfixture::bookinfoOptions(GraphType::Workload);
    QList<QueryResponse> responses = bookinfoResponses(options);
    options.includeIdleEdges = true; // zero samples are kept as edges too
    const double odd[] = { std::nan(""), INFINITY, -INFINITY, -5, 0, 1e300 };
    int i = 0;
    for (QueryResponse& response : responses) {
        for (PromSample& sample : response.result.vector)
            sample.value = odd[i++ % std::size(odd)];
    }
    QStringList warnings;
    const Graph graph = buildGraph(options, responses, nullptr, &warnings);
    // NaN, ±Inf and negative rates are left out and said so, once.
    QCOMPARE(warnings.filter(QStringLiteral("NaN, infinite or negative")).size(), 1);
    QVERIFY2(graph.nodes.size() >= 6 && !graph.edges.isEmpty(),
        qPrintable(QStringLiteral("%1 nodes, %2 edges").arg(graph.nodes.size()).arg(graph.edges.size())));
    for (const Edge& edge : graph.edges)
        QVERIFY(graph.node(edge.source) && graph.node(edge.dest));
    for (const Node& node : graph.nodes) {
        for (double value : node.rates)
            QVERIFY2(std::isfinite(value) && value >= 0, qPrintable(node.id));
    }
    for (const Edge& edge : graph.edges) {
        for (double value : edge.rates)
            QVERIFY2(std::isfinite(value) && value >= 0, qPrintable(edge.id()));
    }
}

void TstGraphBuilder::failedQueries()
{
    const GraphOptions options = goldenfixture::bookinfoOptions(GraphType::Workload);
    QList<QueryResponse> responses = bookinfoResponses(options);
    responses[1].result
        = PromResult::parse("{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out\"}");
    responses[2].result = PromResult::parse("<html>502 Bad Gateway</html>", 502);
    QStringList warnings;
    const Graph graph = buildGraph(options, responses, nullptr, &warnings);
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.first().contains(QStringLiteral("timed out")));
    QString problem;
    QVERIFY2(consistent(graph, &problem), qPrintable(problem));
    // Only the TCP queries answered: just the TCP edges.
    for (const Edge& edge : graph.edges)
        QCOMPARE(edge.protocol, QStringLiteral("tcp"));
    QCOMPARE(graph.edges.size(), 3);
}

QTEST_GUILESS_MAIN(TstGraphBuilder)
#include "tst_graphbuilder.moc"

// The label reader reuses the previous sample's layout only when the names are the very same strings in the same
// order; any other sample is read by name.
void TstGraphBuilder::sampleLabelsFollowEachSamplesLayout()
{
    using detail::SampleLabels;
    const PromResult result = PromResult::parse(
        R"({"status":"success","data":{"resultType":"vector","result":[)"
        R"({"metric":{"app":"a1","response_code":"200","source_workload":"w1"},"value":[1,"1"]},)"
        R"({"metric":{"app":"a2","response_code":"503","source_workload":"w2"},"value":[1,"1"]},)"
        R"({"metric":{"app":"a3","other":"x","source_workload":"w3"},"value":[1,"1"]},)"
        R"({"metric":{"response_code":"404","source_workload":"w4","zzz":"y"},"value":[1,"1"]}]}})");
    QCOMPARE(result.vector.size(), 4);
    SampleLabels::Index index;
    QStringList seen;
    for (const PromSample& sample : result.vector) {
        const SampleLabels labels(sample.metric, &index);
        seen << labels.value(SampleLabels::App) + QLatin1Char('/') + labels.value(SampleLabels::ResponseCode)
                + QLatin1Char('/') + labels.value(SampleLabels::SourceWorkload)
                + (labels.has(SampleLabels::ResponseCode) ? QString() : QStringLiteral("/no-code"));
    }
    QCOMPARE(seen,
        QStringList({ QStringLiteral("a1/200/w1"), QStringLiteral("a2/503/w2"), QStringLiteral("a3//w3/no-code"),
            QStringLiteral("/404/w4") }));
    // Labels built by hand (no shared names) read the same.
    PromLabels byHand { { QStringLiteral("source_workload"), QStringLiteral("w5") },
        { QStringLiteral("app"), QStringLiteral("a5") } };
    const SampleLabels labels(byHand, &index);
    QCOMPARE(labels.value(SampleLabels::App), QStringLiteral("a5"));
    QCOMPARE(labels.value(SampleLabels::SourceWorkload), QStringLiteral("w5"));
    QVERIFY(!labels.has(SampleLabels::ResponseCode));
}

// The fast parser shares equal label strings between samples and the builder recognises endpoints by them; the
// general parser gives every label its own string. Both must give the very same graph.
void TstGraphBuilder::sharedAndSeparateLabelStringsBuildTheSameGraph()
{
    for (GraphType type : { GraphType::App, GraphType::VersionedApp, GraphType::Workload, GraphType::Service }) {
        GraphOptions options = goldenfixture::bookinfoOptions(type);
        options.injectServiceNodes = true;
        QString error;
        goldenfixture::PromStub stub;
        QVERIFY2(stub.load(QStringLiteral("namespace-bookinfo.prometheus.json"), &error), qPrintable(error));
        QList<QueryResponse> shared, separate;
        for (const GraphQuery& query : graphQueries(options)) {
            shared.append({ query, PromResult::parse(stub.bodies.value(query.promql)) });
            separate.append({ query, PromResult::parseGeneral(stub.bodies.value(query.promql)) });
        }
        const Graph fromShared = buildGraph(options, shared);
        QVERIFY(fromShared.nodes.size() >= 6);
        QCOMPARE(QJsonDocument(toKialiJson(fromShared)).toJson(),
            QJsonDocument(toKialiJson(buildGraph(options, separate))).toJson());
    }
}

// Two destination workloads whose names share storage ("reviews-v2" and its first 7 characters, "reviews"), every
// other label the very same strings: two nodes, told apart by their text.
void TstGraphBuilder::nodeIdsFollowTheTextNotItsStorage()
{
    static const QChar storage[] = { u'r', u'e', u'v', u'i', u'e', u'w', u's', u'-', u'v', u'2' };
    const QString longer = QString::fromRawData(storage, 10), shorter = QString::fromRawData(storage, 7);
    const QString ns = QStringLiteral("bookinfo"), cluster = QStringLiteral("east"),
                  source = QStringLiteral("productpage"), service = QStringLiteral("reviews"),
                  host = QStringLiteral("reviews.bookinfo.svc.cluster.local"), version = QStringLiteral("v1");
    const auto sample = [&](const QString& workload) {
        PromSample s;
        s.metric = { { QStringLiteral("source_cluster"), cluster }, { QStringLiteral("source_workload_namespace"), ns },
            { QStringLiteral("source_workload"), source }, { QStringLiteral("source_canonical_service"), source },
            { QStringLiteral("source_canonical_revision"), version },
            { QStringLiteral("destination_cluster"), cluster }, { QStringLiteral("destination_service_namespace"), ns },
            { QStringLiteral("destination_service_name"), service }, { QStringLiteral("destination_service"), host },
            { QStringLiteral("destination_workload_namespace"), ns },
            { QStringLiteral("destination_workload"), workload },
            { QStringLiteral("destination_canonical_service"), service },
            { QStringLiteral("destination_canonical_revision"), version },
            { QStringLiteral("request_protocol"), QStringLiteral("http") },
            { QStringLiteral("response_code"), QStringLiteral("200") },
            { QStringLiteral("response_flags"), QStringLiteral("-") } };
        s.value = 1;
        return s;
    };
    GraphOptions options = goldenfixture::bookinfoOptions(GraphType::Workload);
    QList<QueryResponse> responses;
    bool given = false;
    for (const GraphQuery& query : graphQueries(options)) {
        QueryResponse response { query, {} };
        response.result.kind = PromResult::Kind::Vector;
        if (!given && query.kind == QueryKind::Traffic && query.metric == QLatin1String("istio_requests_total")) {
            response.result.vector = { sample(longer), sample(shorter) };
            given = true;
        }
        responses.append(response);
    }
    QVERIFY(given);
    const Graph graph = buildGraph(options, responses);
    QStringList ids;
    for (const Node& node : graph.nodes)
        ids << node.id;
    ids.sort();
    QCOMPARE(ids,
        QStringList({ QStringLiteral("wl_east_bookinfo_productpage"), QStringLiteral("wl_east_bookinfo_reviews"),
            QStringLiteral("wl_east_bookinfo_reviews-v2") }));
    QCOMPARE(graph.edges.size(), 2);
}
