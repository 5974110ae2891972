// Kiali's own graph API tests as data: for each golden case, Meshscope generates its queries (each must be one of
// the exact strings Kiali's test mock answers — that proves the PromQL matches), builds the graph from the mocked
// responses and must produce the same nodes, edges, flags and rates as Kiali's golden file.

#include "goldenfixture.h"
#include "models/graph/graphinventory.h"
#include "models/graph/graphqueries.h"

#include <QTest>

using namespace meshscope;
using namespace meshscope::graph;

Q_DECLARE_METATYPE(meshscope::graph::GraphOptions)

namespace {

constexpr qint64 kQueryTime = 1523364075;

GraphOptions namespaceOptions(GraphType type)
{
    GraphOptions o;
    o.type = type;
    o.namespaces = { QStringLiteral("bookinfo") };
    o.durationSeconds = 600;
    o.queryTime = kQueryTime;
    o.ambient = AmbientTraffic::None; // what Kiali's graph API tests force
    o.responseTime = o.throughput = o.securityPolicy = false; // the tests ask for no appenders
    return o;
}

GraphOptions nodeOptions(GraphType type, NodeType nodeType, const QString& name, const QString& version = {})
{
    GraphOptions o = namespaceOptions(type);
    o.node = NodeFocus { nodeType, {}, QStringLiteral("bookinfo"), name, version };
    return o;
}

struct Outcome
{
    QStringList unknownQueries; // generated queries that Kiali's mock would not answer
    QStringList missing; // in the golden file, not in ours
    QStringList extra; // in ours, not in the golden file
    int goldenLines = 0;
    int sameIds = 0, goldenIds = 0; // Kiali's sha256 ids that we reproduce exactly (a bonus check)
};

Outcome runCase(const QString& promFile, const QString& goldenFile, const GraphOptions& options,
    const QStringList& accessible, const QList<InventoryWorkload>& workloads = {},
    const QString& cluster = QStringLiteral("east"))
{
    Outcome outcome;
    QString error;
    goldenfixture::PromStub stub;
    if (!stub.load(promFile, &error))
        qFatal("%s", qPrintable(error));
    const QJsonDocument golden = goldenfixture::readJson(goldenFile, &error);
    if (!golden.isObject())
        qFatal("%s", qPrintable(error));

    QList<QueryResponse> responses;
    for (const GraphQuery& query : graphQueries(options)) {
        auto body = stub.bodies.constFind(query.promql);
        if (body == stub.bodies.cend()) {
            outcome.unknownQueries.append(query.promql);
            continue;
        }
        responses.append({ query, PromResult::parse(*body) });
    }
    MeshInventory inventory;
    inventory.knowsNamespaces = true;
    inventory.namespaces = accessible;
    inventory.workloads = workloads;
    inventory.cluster = cluster;
    const Graph graph = buildGraph(options, responses, &inventory);
    const QJsonObject ours = toKialiJson(graph);

    QStringList goldenIds, ourIds;
    const QStringList expected = goldenfixture::describe(golden.object(), &goldenIds);
    const QStringList actual = goldenfixture::describe(ours, &ourIds);
    outcome.goldenLines = int(expected.size());
    for (const QString& line : expected) {
        if (!actual.contains(line))
            outcome.missing.append(line);
    }
    for (const QString& line : actual) {
        if (!expected.contains(line))
            outcome.extra.append(line);
    }
    const QSet<QString> ourIdSet(ourIds.cbegin(), ourIds.cend());
    outcome.goldenIds = int(goldenIds.size());
    for (const QString& id : goldenIds)
        outcome.sameIds += ourIdSet.contains(id) ? 1 : 0;
    return outcome;
}

void printDifferences(const Outcome& o)
{
    for (const QString& q : o.unknownQueries)
        qInfo().noquote() << "  query not in Kiali's mock:" << q;
    for (const QString& line : o.missing)
        qInfo().noquote() << "  - golden:" << line;
    for (const QString& line : o.extra)
        qInfo().noquote() << "  + ours:  " << line;
}

void addCases()
{
    QTest::addColumn<QString>("promFile");
    QTest::addColumn<QString>("goldenFile");
    QTest::addColumn<GraphOptions>("options");
    QTest::addColumn<QStringList>("accessible");
}

} // namespace

class TstKialiGolden : public QObject
{
    Q_OBJECT
private slots:
    void namespaceGraphs_data();
    void namespaceGraphs();
    void otherGraphs_data();
    void otherGraphs();
    void ambientGraph();
    void queryCountIsFixed();
};

// The 8 namespace cases of Kiali's graph API test (graph/api/api_test.go): all must match exactly.
void TstKialiGolden::namespaceGraphs_data()
{
    addCases();
    const QString prom = QStringLiteral("namespace-bookinfo.prometheus.json");
    const QStringList accessible { QStringLiteral("bookinfo"), QStringLiteral("tutorial") };
    auto add = [&](const char* name, const char* golden, const GraphOptions& options) {
        QTest::newRow(name) << prom << QString::fromLatin1(golden) << options << accessible;
    };
    add("app", "test_app_graph.expected.json", namespaceOptions(GraphType::App));
    add("versionedApp", "test_versioned_app_graph.expected.json", namespaceOptions(GraphType::VersionedApp));
    add("workload", "test_workload_graph.expected.json", namespaceOptions(GraphType::Workload));
    add("service", "test_service_graph.expected.json", namespaceOptions(GraphType::Service));
    GraphOptions sent = namespaceOptions(GraphType::Workload);
    sent.rateGrpc = RateGrpc::Sent;
    sent.rateTcp = RateTcp::Sent;
    add("rates sent", "test_rates_sent_graph.expected.json", sent);
    GraphOptions received = sent;
    received.rateGrpc = RateGrpc::Received;
    received.rateTcp = RateTcp::Received;
    add("rates received", "test_rates_received_graph.expected.json", received);
    GraphOptions total = sent;
    total.rateGrpc = RateGrpc::Total;
    total.rateTcp = RateTcp::Total;
    add("rates total", "test_rates_total_graph.expected.json", total);
    GraphOptions none = total;
    none.rateHttp = RateHttp::None;
    add("rates none", "test_rates_none_graph.expected.json", none);
}

void TstKialiGolden::namespaceGraphs()
{
    QFETCH(QString, promFile);
    QFETCH(QString, goldenFile);
    QFETCH(GraphOptions, options);
    QFETCH(QStringList, accessible);
    const Outcome o = runCase(promFile, goldenFile, options, accessible);
    printDifferences(o);
    QVERIFY2(o.unknownQueries.isEmpty(), "every generated query must be one of Kiali's exact strings");
    QVERIFY(o.goldenLines > 0);
    QCOMPARE(o.missing, QStringList());
    QCOMPARE(o.extra, QStringList());
    QCOMPARE(o.sameIds, o.goldenIds); // even Kiali's sha256 ids come out the same
}

// Kiali's other golden graphs (node graphs, multi-namespace/multi-cluster, ambient).
void TstKialiGolden::otherGraphs_data()
{
    addCases();
    const QStringList bookinfo { QStringLiteral("bookinfo"), QStringLiteral("tutorial") };
    QTest::newRow("workload node") << QStringLiteral("node-workload-productpage-v1.prometheus.json")
                                   << QStringLiteral("test_workload_node_graph.expected.json")
                                   << nodeOptions(
                                          GraphType::Workload, NodeType::Workload, QStringLiteral("productpage-v1"))
                                   << bookinfo;
    GraphOptions appNode = nodeOptions(GraphType::VersionedApp, NodeType::App, QStringLiteral("productpage"));
    appNode.ambient = AmbientTraffic::Total;
    QTest::newRow("app node") << QStringLiteral("node-app-productpage.prometheus.json")
                              << QStringLiteral("test_app_node_graph.expected.json") << appNode << bookinfo;
    QTest::newRow("versionedApp node") << QStringLiteral("node-versionedapp-productpage-v1.prometheus.json")
                                       << QStringLiteral("test_versioned_app_node_graph.expected.json")
                                       << nodeOptions(GraphType::VersionedApp, NodeType::App,
                                              QStringLiteral("productpage"), QStringLiteral("v1"))
                                       << bookinfo;
    QTest::newRow("service node") << QStringLiteral("node-service-productpage.prometheus.json")
                                  << QStringLiteral("test_service_node_graph.expected.json")
                                  << nodeOptions(GraphType::Workload, NodeType::Service, QStringLiteral("productpage"))
                                  << bookinfo;
    GraphOptions ratesNode = nodeOptions(GraphType::Workload, NodeType::Workload, QStringLiteral("productpage-v1"));
    ratesNode.rateGrpc = RateGrpc::Total;
    ratesNode.rateTcp = RateTcp::Total;
    QTest::newRow("rates node total") << QStringLiteral("node-workload-productpage-v1-rates-total.prometheus.json")
                                      << QStringLiteral("test_rates_node_graph_total.expected.json") << ratesNode
                                      << bookinfo;
    GraphOptions complex = namespaceOptions(GraphType::VersionedApp);
    complex.namespaces = { QStringLiteral("bookinfo"), QStringLiteral("tutorial"), QStringLiteral("istio-system") };
    complex.queryScope = { { QStringLiteral("mesh_id"), QStringLiteral("mesh1") } };
    complex.batchNamespaces = false; // Kiali's per-namespace queries, to hit the mock's strings
    QTest::newRow("complex") << QStringLiteral("complex-multins-mesh1.prometheus.json")
                             << QStringLiteral("test_complex_graph.expected.json") << complex
                             << QStringList { QStringLiteral("bookinfo"), QStringLiteral("istio-system"),
                                    QStringLiteral("tutorial"), QStringLiteral("istio-telemetry") };
    GraphOptions multicluster = namespaceOptions(GraphType::VersionedApp);
    multicluster.injectServiceNodes = true;
    multicluster.includeIdleEdges = true;
    QTest::newRow("multicluster source")
        << QStringLiteral("multicluster-source-bookinfo.prometheus.json")
        << QStringLiteral("test_mc_source_graph.expected.json")
        << multicluster
        // Kiali's test cluster has istio-system too (the gateway is outside, not inaccessible)
        << QStringList { QStringLiteral("bookinfo"), QStringLiteral("istio-system") };
}

void TstKialiGolden::otherGraphs()
{
    QFETCH(QString, promFile);
    QFETCH(QString, goldenFile);
    QFETCH(GraphOptions, options);
    QFETCH(QStringList, accessible);
    const Outcome o = runCase(promFile, goldenFile, options, accessible);
    printDifferences(o);
    QVERIFY2(o.unknownQueries.isEmpty(), "every generated query must be one of Kiali's exact strings");
    QCOMPARE(o.missing, QStringList());
    QCOMPARE(o.extra, QStringList());
    QCOMPARE(o.sameIds, o.goldenIds);
}

// Kiali's ambient test: ztunnel TCP through a waypoint (known from its pod labels), the request queries including
// the source-reported ingress query of ambient namespaces, and the waypoint's return edge folded into the "to" edge.
void TstKialiGolden::ambientGraph()
{
    GraphOptions options = namespaceOptions(GraphType::Workload);
    options.ambient = AmbientTraffic::Total;
    options.ambientNamespaces = { QStringLiteral("bookinfo") };
    QList<InventoryWorkload> pods;
    for (const char* name : { "productpage-v1", "ratings-v1", "reviews-v1" }) {
        const QString workload = QLatin1String(name);
        pods.append({ {}, QStringLiteral("bookinfo"), workload, workload.section(QLatin1Char('-'), 0, 0),
            QStringLiteral("v1"), 1, true, false, {} });
    }
    InventoryWorkload waypoint { {}, QStringLiteral("bookinfo"), QStringLiteral("waypoint"), {}, {}, 1, false, false,
        {} };
    waypoint.labels = { { QStringLiteral("gateway.istio.io/managed"), QStringLiteral("istio.io-mesh-controller") },
        { QStringLiteral("gateway.networking.k8s.io/gateway-name"), QStringLiteral("waypoint") } };
    waypoint.waypoint = true;
    pods.append(waypoint);
    const Outcome o = runCase(QStringLiteral("ambient-bookinfo.prometheus.json"),
        QStringLiteral("test_ambient_graph.expected.json"), options, { QStringLiteral("bookinfo") }, pods,
        QStringLiteral("Kubernetes"));
    printDifferences(o);
    QVERIFY2(o.unknownQueries.isEmpty(), "every generated query must be one of Kiali's exact strings");
    QCOMPARE(o.missing, QStringList());
    QCOMPARE(o.extra, QStringList());
    QCOMPARE(o.sameIds, o.goldenIds);
}

void TstKialiGolden::queryCountIsFixed()
{
    // The number of queries per refresh depends on the options, never on nodes or (batched) namespaces.
    GraphOptions options;
    options.namespaces = { QStringLiteral("bookinfo") };
    const qsizetype one = graphQueries(options).size();
    QCOMPARE(one, 12); // 3 requests + 3 tcp + 2 response time + 2 throughput + 2 mTLS
    for (int i = 0; i < 40; ++i)
        options.namespaces.append(QStringLiteral("ns%1").arg(i));
    const QList<GraphQuery> many = graphQueries(options);
    QCOMPARE(many.size(), one);
    QVERIFY(many.first().promql.contains(QStringLiteral("source_workload_namespace!~\"bookinfo|ns0|")));
    QVERIFY(many.first().promql.contains(QStringLiteral("destination_service=~\"^.+\\\\.(bookinfo|ns0|")));
    options.batchNamespaces = false;
    QCOMPARE(graphQueries(options).size(), one * 41);
}

QTEST_GUILESS_MAIN(TstKialiGolden)
#include "tst_kialigolden.moc"
