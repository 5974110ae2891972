// Kiali's Kubernetes-backed appenders on real data: badges from Istio config (the integration-test assets of
// Kiali), idle nodes, dead nodes, service entries, missing sidecars; and health with default/custom tolerances.

#include "goldenfixture.h"
#include "models/appsettings.h"
#include "models/graph/graphfilter.h"
#include "models/graph/graphhealth.h"

#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace meshscope;
using namespace meshscope::graph;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

const Node* findNode(const Graph& graph, const QString& id)
{
    const Node* node = graph.node(id);
    if (!node)
        qWarning("no node %s", qPrintable(id));
    return node;
}

Graph bookinfo(GraphType type, const MeshInventory& inventory, std::optional<GraphOptions> given = std::nullopt)
{
    QString error;
    goldenfixture::PromStub stub;
    if (!stub.load(QStringLiteral("namespace-bookinfo.prometheus.json"), &error))
        qFatal("%s", qPrintable(error));
    const GraphOptions options = given ? *given : goldenfixture::bookinfoOptions(type);
    QList<QueryResponse> responses;
    for (const GraphQuery& query : graphQueries(options))
        responses.append({ query, PromResult::parse(stub.bodies.value(query.promql)) });
    return buildGraph(options, responses, &inventory);
}

MeshInventory baseInventory()
{
    MeshInventory inventory;
    inventory.knowsNamespaces = true;
    inventory.namespaces = { QStringLiteral("bookinfo"), QStringLiteral("tutorial") };
    inventory.cluster = QStringLiteral("east");
    return inventory;
}

// One traffic sample (request to a workload) as Prometheus would return it.
PromSample sample(const QString& destWorkload, const QString& destService, double value)
{
    PromSample s;
    s.metric = { { "source_cluster", "east" }, { "source_workload_namespace", "bookinfo" },
        { "source_workload", "productpage-v1" }, { "source_canonical_service", "productpage" },
        { "source_canonical_revision", "v1" }, { "destination_cluster", "east" },
        { "destination_service_namespace", "bookinfo" }, { "destination_service", destService },
        { "destination_service_name", destService }, { "destination_workload_namespace", "bookinfo" },
        { "destination_workload", destWorkload }, { "destination_canonical_service", destWorkload },
        { "destination_canonical_revision", "v1" }, { "request_protocol", "http" }, { "response_code", "200" },
        { "response_flags", "-" } };
    s.value = value;
    return s;
}

} // namespace

class TstGraphAppenders : public QObject
{
    Q_OBJECT
private slots:
    void circuitBreakerAndVirtualServiceBadges();
    void idleNodes();
    void deadNodesAndServiceEntries();
    void missingSidecarAndGateway();
    void health_data();
    void health();
    void customTolerances();
    void nodeHealthFollowsTheTolerances();
    void labeler();
    void tolerancesFromSettings();
    void serviceEntryNodes_data();
    void serviceEntryNodes();
};

void TstGraphAppenders::circuitBreakerAndVirtualServiceBadges()
{
    MeshInventory inventory = baseInventory();
    inventory.destinationRules.append(object(R"({"metadata":{"name":"reviews","namespace":"bookinfo"},
        "spec":{"host":"reviews","trafficPolicy":{"outlierDetection":{"consecutive5xxErrors":1}}}})"));
    inventory.virtualServices.append(object(R"({"metadata":{"name":"reviews","namespace":"bookinfo"},
        "spec":{"hosts":["reviews"],"http":[{"route":[
          {"destination":{"host":"reviews","subset":"v1"},"weight":20},
          {"destination":{"host":"reviews","subset":"v2"},"weight":30},
          {"destination":{"host":"reviews.bookinfo.svc.cluster.local","subset":"v3"},"weight":50}]}]}})"));
    inventory.virtualServices.append(object(R"({"metadata":{"name":"ratings","namespace":"bookinfo"},
        "spec":{"hosts":["ratings"],"http":[{"fault":{"delay":{"fixedDelay":"7s","percentage":{"value":100}}},
          "match":[{"headers":{"end-user":{"exact":"jason"}}}],"route":[{"destination":{"host":"ratings"}}]},
          {"timeout":"1s","route":[{"destination":{"host":"ratings"}}]}]}})"));

    const Graph service = bookinfo(GraphType::Service, inventory);
    const Node* reviews = findNode(service, QStringLiteral("svc_east_bookinfo_reviews"));
    QVERIFY(reviews);
    QVERIFY(reviews->hasCircuitBreaker);
    QVERIFY(reviews->hasVirtualService);
    QVERIFY(reviews->hasTrafficShifting);
    QCOMPARE(reviews->trafficWeights.value(QStringLiteral("v3")), 50);
    QCOMPARE(reviews->virtualServices, QStringList { QStringLiteral("reviews") });
    const Node* ratings = findNode(service, QStringLiteral("svc_east_bookinfo_ratings"));
    QVERIFY(ratings);
    QVERIFY(ratings->hasFaultInjection && ratings->hasRequestRouting && ratings->hasRequestTimeout);
    QVERIFY(!ratings->hasCircuitBreaker && !ratings->hasTrafficShifting);
    QVERIFY(!findNode(service, QStringLiteral("svc_east_bookinfo_details"))->hasVirtualService);

    // App nodes carry the circuit breaker of the services they serve; the filter finds them.
    const Graph versioned = bookinfo(GraphType::VersionedApp, inventory);
    GraphFilter cb;
    QString error;
    QVERIFY(cb.parse(QStringLiteral("cb"), &error));
    QStringList withCb;
    for (const Node& node : versioned.nodes) {
        if (cb.matches(node))
            withCb.append(node.displayName());
    }
    withCb.sort();
    QCOMPARE(withCb, (QStringList { "reviews:v1", "reviews:v2", "reviews:v3" }));
}

void TstGraphAppenders::idleNodes()
{
    MeshInventory inventory = baseInventory();
    inventory.includeIdleNodes = true;
    inventory.workloads.append({ "east", "bookinfo", "quiet-v1", "quiet", "v1", 1, true, false, {} });
    inventory.workloads.append({ "east", "bookinfo", "reviews-v1", "reviews", "v1", 1, true, false, {} });
    inventory.workloads.append({ "east", "other", "elsewhere-v1", "elsewhere", "v1", 1, true, false, {} });
    inventory.services.append({ "east", "bookinfo", "quiet", "quiet", {}, {} });
    const Graph workload = bookinfo(GraphType::Workload, inventory);
    const Node* quiet = findNode(workload, QStringLiteral("wl_east_bookinfo_quiet-v1"));
    QVERIFY(quiet);
    QVERIFY(quiet->isIdle);
    QVERIFY(!findNode(workload, QStringLiteral("wl_east_bookinfo_reviews-v1"))->isIdle); // has traffic
    QVERIFY(!workload.node(QStringLiteral("wl_east_other_elsewhere-v1"))); // namespace not requested
    QVERIFY(!workload.node(QStringLiteral("svc_east_bookinfo_quiet"))); // no service nodes in a workload graph
    const Graph service = bookinfo(GraphType::Service, inventory);
    QVERIFY(findNode(service, QStringLiteral("svc_east_bookinfo_quiet"))->isIdle);
    QVERIFY(!service.node(QStringLiteral("wl_east_bookinfo_quiet-v1")));
}

void TstGraphAppenders::deadNodesAndServiceEntries()
{
    GraphOptions options = goldenfixture::bookinfoOptions(GraphType::Workload);
    options.includeIdleEdges = true;
    GraphQuery query { QueryKind::Traffic, QStringLiteral("istio_requests_total"), QString() };
    PromResult result;
    result.kind = PromResult::Kind::Vector;
    result.vector = { sample(QStringLiteral("productpage-v1"), QStringLiteral("productpage"), 5),
        sample(QStringLiteral("gone-v1"), QStringLiteral("gone"), 0),
        sample(QStringLiteral("scaled-v1"), QStringLiteral("scaled"), 0),
        sample(QStringLiteral("unknown"), QStringLiteral("foo.bookinfo.ext"), 3) };
    result.vector[3].metric[QStringLiteral("destination_canonical_service")] = QStringLiteral("unknown");
    MeshInventory inventory = baseInventory();
    inventory.workloads.append({ "east", "bookinfo", "productpage-v1", "productpage", "v1", 1, true, false, {} });
    inventory.workloads.append({ "east", "bookinfo", "scaled-v1", "scaled", "v1", 0, true, false, {} });
    inventory.serviceEntries.append(object(R"({"metadata":{"name":"foo","namespace":"bookinfo"},
        "spec":{"hosts":["foo.bookinfo.ext"],"location":"MESH_EXTERNAL","ports":[{"number":80,"name":"http"}]}})"));
    const Graph graph = buildGraph(options, { { query, result } }, &inventory);
    QVERIFY(!graph.node(QStringLiteral("wl_east_bookinfo_gone-v1"))); // no traffic, workload gone: removed
    const Node* scaled = findNode(graph, QStringLiteral("wl_east_bookinfo_scaled-v1"));
    QVERIFY(scaled && scaled->isDead); // no traffic, 0 pods: dead
    // Kiali's serviceEntry appender: the service node of the host becomes the ServiceEntry's node.
    QVERIFY(!graph.node(QStringLiteral("svc_east_bookinfo_foo.bookinfo.ext")));
    const Node* external = findNode(graph, QStringLiteral("svc_east_bookinfo_foo"));
    QVERIFY(external);
    QCOMPARE(external->isServiceEntry, QStringLiteral("MESH_EXTERNAL"));
    QCOMPARE(external->serviceEntryHosts, QStringList { QStringLiteral("foo.bookinfo.ext") });
    for (const Edge& edge : graph.edges)
        QVERIFY(graph.node(edge.dest) && graph.node(edge.source));
}

void TstGraphAppenders::missingSidecarAndGateway()
{
    MeshInventory inventory = baseInventory();
    inventory.workloads.append({ "east", "bookinfo", "details-v1", "details", "v1", 1, false, false, {} });
    inventory.workloads.append({ "east", "istio-system", "ingressgateway-unknown", "ingressgateway", "latest", 1, false,
        false, { { "istio", "ingressgateway" } } });
    inventory.gateways.append(object(R"({"metadata":{"name":"bookinfo-gateway","namespace":"bookinfo"},
        "spec":{"selector":{"istio":"ingressgateway"},"servers":[{"hosts":["*"],"port":{"number":80}}]}})"));
    const Graph graph = bookinfo(GraphType::Workload, inventory);
    QVERIFY(findNode(graph, QStringLiteral("wl_east_bookinfo_details-v1"))->hasMissingSidecar);
    const Node* gateway = findNode(graph, QStringLiteral("wl_east_istio-system_ingressgateway-unknown"));
    QVERIFY(gateway->isGateway);
    QVERIFY(!gateway->hasMissingSidecar); // gateways have no sidecar by design
    QVERIFY(!findNode(graph, QStringLiteral("wl_east_bookinfo_reviews-v1"))->hasMissingSidecar);
}

void TstGraphAppenders::health_data()
{
    QTest::addColumn<QString>("edge"); // source id > dest id
    QTest::addColumn<int>("health");
    // Kiali's defaults: 5xx failure ≥ 10 %; 4xx degraded ≥ 10 %, failure ≥ 20 %.
    QTest::newRow("50% errors") << "wl_east_bookinfo_productpage-v1>wl_east_bookinfo_details-v1"
                                << int(Health::Failure);
    QTest::newRow("33% 5xx") << "wl_east_bookinfo_reviews-v2>wl_east_bookinfo_ratings-v1" << int(Health::Failure);
    QTest::newRow("all 404") << "wl_east_bookinfo_reviews-v3>svc_unknown_unknown_unknown" << int(Health::Failure);
    QTest::newRow("all 200") << "wl_east_bookinfo_productpage-v1>wl_east_bookinfo_reviews-v1" << int(Health::Healthy);
    QTest::newRow("grpc ok") << "wl_east_bookinfo_reviews-v3>wl_east_bankapp_deposit-v1" << int(Health::Healthy);
    QTest::newRow("tcp") << "unknown_unknown_source>wl_east_bookinfo_tcp-v1" << int(Health::None);
}

void TstGraphAppenders::health()
{
    QFETCH(QString, edge);
    QFETCH(int, health);
    const Graph graph = bookinfo(GraphType::Workload, baseInventory());
    const QStringList ends = edge.split(QLatin1Char('>'));
    bool found = false;
    for (const Edge& e : graph.edges) {
        if (e.source == ends[0] && e.dest == ends[1]) {
            found = true;
            QCOMPARE(int(e.health), health);
        }
    }
    QVERIFY2(found, qPrintable(edge));
}

void TstGraphAppenders::customTolerances()
{
    QString error;
    QList<RateTolerance> tolerances = parseTolerances(QStringLiteral("5XX,40,60,http;4XX,30,60,http;bad"), &error);
    QCOMPARE(tolerances.size(), 2);
    QVERIFY(error.contains(QStringLiteral("bad")));
    QVERIFY(parseTolerances(QStringLiteral("5XX,50,10,http"), &error).isEmpty()); // degraded > failure rejected
    GraphOptions options = goldenfixture::bookinfoOptions(GraphType::Workload);
    options.health.tolerances = tolerances;
    // 25 % 5xx and 25 % 4xx: healthy under these loose tolerances (4xx 25 < 30, 5xx 25 < 40).
    Edge edge;
    edge.protocol = QStringLiteral("http");
    edge.rates[QStringLiteral("http")] = 80;
    edge.responses[QStringLiteral("500")].flags[QStringLiteral("-")] = 25;
    edge.responses[QStringLiteral("400")].flags[QStringLiteral("-")] = 25;
    edge.responses[QStringLiteral("200")].flags[QStringLiteral("-")] = 50;
    QCOMPARE(int(edgeHealth(edge, options.health)), int(Health::Healthy));
    edge.responses[QStringLiteral("503")].flags[QStringLiteral("-")] = 20; // 5xx now 45 % ≥ 40: degraded
    QCOMPARE(int(edgeHealth(edge, options.health)), int(Health::Degraded));
    QCOMPARE(int(edgeHealth(edge, HealthConfig {})), int(Health::Failure));
    QCOMPARE(toString(parseTolerances(toString(tolerances))), toString(tolerances));
}

// Nodes are judged with the same tolerances as edges, code by code, from what they received: a tolerance on 2XX
// turns the nodes that answered 200 red, not only their edges.
void TstGraphAppenders::nodeHealthFollowsTheTolerances()
{
    GraphOptions options = goldenfixture::bookinfoOptions(GraphType::Workload);
    const QString reviews1 = QStringLiteral("wl_east_bookinfo_reviews-v1"); // all 200 in Kiali's samples
    const Graph defaults = bookinfo(GraphType::Workload, baseInventory());
    QCOMPARE(int(findNode(defaults, reviews1)->health), int(Health::Healthy));
    QCOMPARE(int(findNode(defaults, QStringLiteral("wl_east_bookinfo_details-v1"))->health), int(Health::Failure));

    options.health.tolerances = parseTolerances(QStringLiteral("2XX,10,20,http"));
    const Graph strict = bookinfo(GraphType::Workload, baseInventory(), options);
    const Node* node = findNode(strict, reviews1);
    QCOMPARE(int(node->health), int(Health::Failure));
    for (const Edge& edge : strict.edges) {
        if (edge.dest == reviews1)
            QCOMPARE(int(edge.health), int(Health::Failure));
    }
    // Node and edges agree everywhere: a node is never healthier than all the edges into it.
    for (const Node& n : strict.nodes) {
        int worstIn = int(Health::None);
        for (const Edge& edge : strict.edges) {
            if (edge.dest == n.id && edge.protocol != QLatin1String("tcp"))
                worstIn = std::max(worstIn, int(edge.health));
        }
        if (worstIn > int(Health::None))
            QVERIFY2(int(n.health) >= int(Health::Degraded) || worstIn < int(Health::Degraded), qPrintable(n.id));
    }
}

// Kiali's labeler: Kubernetes labels (without app and version) on nodes, for find/hide's label: operand; none on
// nodes outside the requested namespaces. App nodes list the differing values of their workloads.
void TstGraphAppenders::labeler()
{
    MeshInventory inventory = baseInventory();
    inventory.workloads.append({ "east", "bookinfo", "reviews-v1", "reviews", "v1", 1, true, false,
        { { "app", "reviews" }, { "version", "v1" }, { "team", "books" }, { "region", "east" } } });
    inventory.workloads.append({ "east", "bookinfo", "reviews-v2", "reviews", "v2", 1, true, false,
        { { "app", "reviews" }, { "version", "v2" }, { "team", "books" }, { "region", "west" } } });
    inventory.workloads.append({ "east", "istio-system", "ingressgateway-unknown", "ingressgateway", "latest", 1, false,
        false, { { "istio", "ingressgateway" } } });
    const Graph workloads = bookinfo(GraphType::Workload, inventory);
    const Node* v2 = findNode(workloads, QStringLiteral("wl_east_bookinfo_reviews-v2"));
    QVERIFY(v2);
    const QMap<QString, QString> expected { { "team", "books" }, { "region", "west" } };
    QCOMPARE(v2->labels, expected);
    QVERIFY(findNode(workloads, QStringLiteral("wl_east_istio-system_ingressgateway-unknown"))->labels.isEmpty());
    GraphFilter filter;
    QString error;
    QVERIFY2(filter.parse(QStringLiteral("label:region = west"), &error), qPrintable(error));
    QStringList matched;
    for (const Node& node : workloads.nodes) {
        if (filter.matches(node))
            matched << node.id;
    }
    QCOMPARE(matched, QStringList { QStringLiteral("wl_east_bookinfo_reviews-v2") });

    const Graph apps = bookinfo(GraphType::App, inventory);
    const Node* reviews = findNode(apps, QStringLiteral("app_east_bookinfo_reviews"));
    QVERIFY(reviews);
    QCOMPARE(reviews->labels.value(QStringLiteral("region")), QStringLiteral("east,west"));
    QCOMPARE(reviews->labels.value(QStringLiteral("team")), QStringLiteral("books"));
    QVERIFY(!reviews->labels.contains(QStringLiteral("app")));
}

// The Graph page's health thresholds are a setting: saved, read back and fed into GraphOptions.health they change
// node and edge health. productpage-v1 → details-v1 has 25 % 4xx and 25 % 5xx (Kiali's defaults: Failure).
void TstGraphAppenders::tolerancesFromSettings()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("meshscope.conf"));
    QVERIFY(AppSettings(ini).graphHealthTolerances().isEmpty());
    QCOMPARE(toString(healthConfigFromText(AppSettings(ini).graphHealthTolerances()).tolerances),
        toString(HealthConfig::defaultTolerances()));
    auto detailsHealth = [](const HealthConfig& health, Health* node) {
        GraphOptions options = goldenfixture::bookinfoOptions(GraphType::Workload);
        options.health = health;
        QString error;
        goldenfixture::PromStub stub;
        if (!stub.load(QStringLiteral("namespace-bookinfo.prometheus.json"), &error))
            qFatal("%s", qPrintable(error));
        QList<QueryResponse> responses;
        for (const GraphQuery& query : graphQueries(options))
            responses.append({ query, PromResult::parse(stub.bodies.value(query.promql)) });
        const Graph graph = buildGraph(options, responses);
        *node = graph.node(QStringLiteral("wl_east_bookinfo_details-v1"))->health;
        for (const Edge& e : graph.edges) {
            if (e.dest == QLatin1String("wl_east_bookinfo_details-v1"))
                return e.health;
        }
        return Health::None;
    };
    Health node = Health::None;
    QCOMPARE(int(detailsHealth(healthConfigFromText(AppSettings(ini).graphHealthTolerances()), &node)),
        int(Health::Failure));
    QCOMPARE(int(node), int(Health::Failure));
    {
        AppSettings settings(ini);
        settings.setGraphHealthTolerances(QStringLiteral("5XX,30,60,http;4XX,26,60,http"));
        settings.sync();
    }
    QCOMPARE(int(detailsHealth(healthConfigFromText(AppSettings(ini).graphHealthTolerances()), &node)),
        int(Health::Healthy));
    QCOMPARE(int(node), int(Health::Healthy));
    {
        AppSettings settings(ini);
        settings.setGraphHealthTolerances(QStringLiteral("5XX,20,60,http"));
        settings.sync();
    }
    QCOMPARE(int(detailsHealth(healthConfigFromText(AppSettings(ini).graphHealthTolerances()), &node)),
        int(Health::Degraded));
    // Nothing valid saved: Kiali's defaults again.
    QCOMPARE(healthConfigFromText(QStringLiteral("nonsense")).tolerances.size(), 4);
}

// ServiceEntry nodes as Kiali makes them: every service node matching a host of one entry (visible to the requesting
// namespace by exportTo) folds into one node named after the entry, with its hosts; edges merge per protocol.
void TstGraphAppenders::serviceEntryNodes_data()
{
    QTest::addColumn<QString>("entry"); // the ServiceEntry's metadata.namespace and spec, as JSON
    QTest::addColumn<bool>("folded");
    const QString hosts = QStringLiteral(R"("hosts":["api.a.example","api.b.example"],"location":"MESH_EXTERNAL")");
    QTest::newRow("exportTo unset") << QStringLiteral(R"("bookinfo"},"spec":{%1})").arg(hosts) << true;
    QTest::newRow("exportTo *") << QStringLiteral(R"("istio-system"},"spec":{%1,"exportTo":["*"]})").arg(hosts) << true;
    QTest::newRow("exportTo .") << QStringLiteral(R"("bookinfo"},"spec":{%1,"exportTo":["."]})").arg(hosts) << true;
    QTest::newRow("exportTo . elsewhere")
        << QStringLiteral(R"("istio-system"},"spec":{%1,"exportTo":["."]})").arg(hosts) << false;
    QTest::newRow("exportTo bookinfo")
        << QStringLiteral(R"("istio-system"},"spec":{%1,"exportTo":["bookinfo"]})").arg(hosts) << true;
    QTest::newRow("exportTo other") << QStringLiteral(R"("bookinfo"},"spec":{%1,"exportTo":["tutorial"]})").arg(hosts)
                                    << false;
}

void TstGraphAppenders::serviceEntryNodes()
{
    QFETCH(QString, entry);
    QFETCH(bool, folded);
    GraphOptions options = goldenfixture::bookinfoOptions(GraphType::Workload);
    GraphQuery query { QueryKind::Traffic, QStringLiteral("istio_requests_total"), QString() };
    PromResult result;
    result.kind = PromResult::Kind::Vector;
    // productpage-v1 calls two external hosts (no workload, no namespace: Istio knows only the host).
    for (const auto& [host, rate, code] : { std::tuple { "api.a.example", 3.0, "200" },
             std::tuple { "api.b.example", 2.0, "200" }, std::tuple { "api.b.example", 1.0, "503" } }) {
        PromSample s = sample(QStringLiteral("unknown"), QLatin1String(host), rate);
        s.metric[QStringLiteral("destination_canonical_service")] = QStringLiteral("unknown");
        s.metric[QStringLiteral("destination_canonical_revision")] = QStringLiteral("unknown");
        s.metric[QStringLiteral("destination_workload_namespace")] = QStringLiteral("unknown");
        s.metric[QStringLiteral("destination_service_namespace")] = QStringLiteral("unknown");
        s.metric[QStringLiteral("response_code")] = QLatin1String(code);
        result.vector << s;
    }
    MeshInventory inventory = baseInventory();
    inventory.serviceEntries.append(QJsonDocument::fromJson(
        QStringLiteral(R"({"metadata":{"name":"external-apis","namespace":%1})").arg(entry).toUtf8())
                                        .object());
    const Graph graph = buildGraph(options, { { query, result } }, &inventory);
    QStringList services;
    for (const Node& n : graph.nodes) {
        if (n.type == NodeType::Service)
            services << n.id;
    }
    services.sort();
    if (!folded) {
        QCOMPARE(services,
            (QStringList {
                QStringLiteral("svc_east_unknown_api.a.example"), QStringLiteral("svc_east_unknown_api.b.example") }));
        return;
    }
    QCOMPARE(services, QStringList { QStringLiteral("svc_east_bookinfo_external-apis") });
    const Node* se = graph.node(services.first());
    QCOMPARE(se->isServiceEntry, QStringLiteral("MESH_EXTERNAL"));
    QCOMPARE(se->serviceEntryHosts, (QStringList { QStringLiteral("api.a.example"), QStringLiteral("api.b.example") }));
    QCOMPARE(se->rate(QStringLiteral("httpIn")), 6.0);
    QList<const Edge*> edges;
    for (const Edge& e : graph.edges) {
        if (e.dest == se->id)
            edges << &e;
    }
    QCOMPARE(edges.size(), 1); // one edge per protocol from productpage-v1
    QCOMPARE(edges.first()->source, QStringLiteral("wl_east_bookinfo_productpage-v1"));
    QCOMPARE(edges.first()->rate(QStringLiteral("http")), 6.0);
    QCOMPARE(edges.first()->rate(QStringLiteral("http5xx")), 1.0);
    QCOMPARE(edges.first()->responses.value(QStringLiteral("200")).hosts.size(), 2); // per-host breakdown kept
    // The Kiali JSON carries the hosts.
    const QJsonObject json = toKialiJson(graph);
    bool exported = false;
    for (const QJsonValue& n : json[QStringLiteral("elements")][QStringLiteral("nodes")].toArray()) {
        const QJsonObject info = n[QStringLiteral("data")][QStringLiteral("isServiceEntry")].toObject();
        if (!info.isEmpty()) {
            QCOMPARE(info.value(QStringLiteral("hosts")).toArray().size(), 2);
            QCOMPARE(info.value(QStringLiteral("location")).toString(), QStringLiteral("MESH_EXTERNAL"));
            exported = true;
        }
    }
    QVERIFY(exported);
}

QTEST_GUILESS_MAIN(TstGraphAppenders)
#include "tst_graphappenders.moc"
