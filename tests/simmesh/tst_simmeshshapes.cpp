// istiod debug and Envoy admin replies of the simulator, compared with upstream samples in ../shared/fixtures
// (field names and shapes), without a server: the handlers are called as the pod proxy calls them.

#include "bookinfofixture.h"
#include "sim/mesh/meshruntime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace meshscope::sim;
using meshscope::sim::testing::FakeCluster;

namespace {

const QString kReviewsPod = QStringLiteral("reviews-v2-7d9f8c6e4-bbbbb");
const QString kIstiodPod = QStringLiteral("istiod-7d4b9c8f6-abcde");

QJsonDocument fixture(const QString& relative)
{
    QFile file(qEnvironmentVariable("MESHSCOPE_SHARED") + QStringLiteral("/fixtures/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

QJsonDocument parse(const SimHttpReply& reply)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return document;
}

QJsonObject section(const QJsonObject& dump, const QString& typeSuffix)
{
    for (const QJsonValue& config : dump.value(QLatin1String("configs")).toArray()) {
        if (config.toObject().value(QLatin1String("@type")).toString().endsWith(QLatin1Char('.') + typeSuffix))
            return config.toObject();
    }
    return {};
}

QStringList clusterNames(const QJsonObject& dump)
{
    QStringList names;
    const QJsonObject clusters = section(dump, QStringLiteral("ClustersConfigDump"));
    for (const char* field : { "static_clusters", "dynamic_active_clusters" }) {
        for (const QJsonValue& entry : clusters.value(QLatin1String(field)).toArray())
            names.append(
                entry.toObject().value(QLatin1String("cluster")).toObject().value(QLatin1String("name")).toString());
    }
    return names;
}

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace

class TestSimMeshShapes : public QObject
{
    Q_OBJECT

private:
    FakeCluster m_cluster;
    std::unique_ptr<MeshRuntime> m_mesh;

    SimHttpReply envoy(const QString& path, const QString& query = {}, const QString& pod = kReviewsPod)
    {
        return m_mesh->envoyAdmin(QStringLiteral("bookinfo"), pod, path, QUrlQuery(query));
    }
    SimHttpReply istiod(const QString& path, const QString& query = {})
    {
        return m_mesh->istiodDebug(QStringLiteral("istio-system"), kIstiodPod, path, QUrlQuery(query));
    }

private slots:
    void init()
    {
        m_cluster = FakeCluster();
        m_cluster.setReviewsWeights(20, 30, 50);
        m_mesh = std::make_unique<MeshRuntime>(m_cluster.source(), TrafficOptions());
        m_mesh->setCertificates("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", "root");
    }

    void configDumpHasIstioSectionsAndClusters()
    {
        const SimHttpReply reply = envoy(QStringLiteral("/config_dump"));
        QCOMPARE(reply.status, 200);
        const QJsonObject dump = parse(reply).object();
        QStringList types;
        for (const QJsonValue& config : dump.value(QLatin1String("configs")).toArray())
            types.append(config.toObject().value(QLatin1String("@type")).toString().section(QLatin1Char('.'), -1));
        QCOMPARE(types,
            QStringList({ QStringLiteral("BootstrapConfigDump"), QStringLiteral("ClustersConfigDump"),
                QStringLiteral("ListenersConfigDump"), QStringLiteral("ScopedRoutesConfigDump"),
                QStringLiteral("RoutesConfigDump"), QStringLiteral("SecretsConfigDump") }));
        const QStringList names = clusterNames(dump);
        for (const char* expected : { "outbound|9080||reviews.bookinfo.svc.cluster.local",
                 "outbound|9080|v1|reviews.bookinfo.svc.cluster.local",
                 "outbound|9080|v2|reviews.bookinfo.svc.cluster.local",
                 "outbound|9080|v3|reviews.bookinfo.svc.cluster.local",
                 "outbound|27017||mongodb.bookinfo.svc.cluster.local", "outbound|443||www.googleapis.com",
                 "inbound|9080||", "BlackHoleCluster", "PassthroughCluster", "prometheus_stats", "agent" })
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        // Same top-level keys per section as a real Envoy dump.
        const QJsonObject real
            = fixture(QStringLiteral("istio/istioctl/proxyconfig/testdata/config_dump.json")).object();
        QVERIFY(!real.isEmpty());
        for (const char* type : { "BootstrapConfigDump", "ClustersConfigDump", "ListenersConfigDump",
                 "RoutesConfigDump", "SecretsConfigDump" }) {
            const QSet<QString> ours = keysOf(section(dump, QLatin1String(type)));
            const QSet<QString> theirs = keysOf(section(real, QLatin1String(type)));
            QVERIFY2(ours.contains(theirs) || type == QByteArrayView("RoutesConfigDump"), type);
        }
        const QJsonObject node = section(dump, QStringLiteral("BootstrapConfigDump"))
                                     .value(QLatin1String("bootstrap"))
                                     .toObject()
                                     .value(QLatin1String("node"))
                                     .toObject();
        QCOMPARE(node.value(QLatin1String("id")).toString(),
            QStringLiteral("sidecar~10.1.1.5~reviews-v2-7d9f8c6e4-bbbbb.bookinfo~bookinfo.svc.cluster.local"));
    }

    void routesCarryVirtualServiceWeights()
    {
        const QJsonObject dump = parse(envoy(QStringLiteral("/config_dump"))).object();
        const QJsonArray routes
            = section(dump, QStringLiteral("RoutesConfigDump")).value(QLatin1String("dynamic_route_configs")).toArray();
        QJsonArray weighted;
        for (const QJsonValue& config : routes) {
            const QJsonObject routeConfig = config.toObject().value(QLatin1String("route_config")).toObject();
            if (routeConfig.value(QLatin1String("name")).toString() != QLatin1String("9080"))
                continue;
            for (const QJsonValue& host : routeConfig.value(QLatin1String("virtual_hosts")).toArray()) {
                if (host.toObject().value(QLatin1String("name"))
                    == QLatin1String("reviews.bookinfo.svc.cluster.local:9080"))
                    weighted = host.toObject()
                                   .value(QLatin1String("routes"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("route"))
                                   .toObject()
                                   .value(QLatin1String("weighted_clusters"))
                                   .toObject()
                                   .value(QLatin1String("clusters"))
                                   .toArray();
            }
        }
        QCOMPARE(weighted.size(), 3);
        QCOMPARE(weighted[1].toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("outbound|9080|v2|reviews.bookinfo.svc.cluster.local"));
        QCOMPARE(weighted[2].toObject().value(QLatin1String("weight")).toInt(), 50);
    }

    void gatewayRoutesFollowGatewayVirtualServices()
    {
        m_cluster.add(QStringLiteral("networking.istio.io"), QStringLiteral("virtualservices"),
            meshscope::sim::testing::parseJson(R"({"apiVersion":"networking.istio.io/v1","kind":"VirtualService",
            "metadata":{"name":"bookinfo","namespace":"bookinfo"},"spec":{"hosts":["*"],"gateways":["bookinfo-gateway"],
            "http":[{"match":[{"uri":{"exact":"/productpage"}}],"route":[{"destination":{"host":"productpage"}}]}]}})"));
        m_mesh->objectChanged(QStringLiteral("networking.istio.io"), QStringLiteral("virtualservices"));
        const SimHttpReply reply
            = m_mesh->envoyAdmin(QStringLiteral("istio-system"), QStringLiteral("istio-ingressgateway-6b7c9d-xk2lp"),
                QStringLiteral("/config_dump"), QUrlQuery(QStringLiteral("resource=dynamic_route_configs")));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("\"name\": \"http.8080\""));
        QVERIFY(reply.body.contains("\"path\": \"/productpage\""));
        QVERIFY(reply.body.contains("\"cluster\": \"outbound|9080||productpage.bookinfo.svc.cluster.local\""));
    }

    void endpointsOnlyWithIncludeEds()
    {
        QVERIFY(section(parse(envoy(QStringLiteral("/config_dump"))).object(), QStringLiteral("EndpointsConfigDump"))
                    .isEmpty());
        const QJsonObject eds
            = section(parse(envoy(QStringLiteral("/config_dump"), QStringLiteral("include_eds"))).object(),
                QStringLiteral("EndpointsConfigDump"));
        QVERIFY(!eds.isEmpty());
        bool found = false;
        for (const QJsonValue& entry : eds.value(QLatin1String("dynamic_endpoint_configs")).toArray()) {
            const QJsonObject assignment = entry.toObject().value(QLatin1String("endpoint_config")).toObject();
            if (assignment.value(QLatin1String("cluster_name"))
                != QLatin1String("outbound|9080|v3|reviews.bookinfo.svc.cluster.local"))
                continue;
            const QJsonArray lb = assignment.value(QLatin1String("endpoints"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("lb_endpoints"))
                                      .toArray();
            QCOMPARE(lb.size(), 1);
            QCOMPARE(lb.first()
                         .toObject()
                         .value(QLatin1String("endpoint"))
                         .toObject()
                         .value(QLatin1String("address"))
                         .toObject()
                         .value(QLatin1String("socket_address"))
                         .toObject()
                         .value(QLatin1String("address"))
                         .toString(),
                QStringLiteral("10.1.1.6"));
            found = true;
        }
        QVERIFY(found);
    }

    void resourceFilterAndRedactedSecrets()
    {
        const QJsonObject clusters
            = parse(envoy(QStringLiteral("/config_dump"), QStringLiteral("resource=dynamic_active_clusters"))).object();
        const QJsonArray items = clusters.value(QLatin1String("configs")).toArray();
        QVERIFY(items.size() > 10);
        QCOMPARE(items.first().toObject().value(QLatin1String("@type")).toString(),
            QStringLiteral("type.googleapis.com/envoy.admin.v3.ClustersConfigDump.DynamicCluster"));
        QCOMPARE(envoy(QStringLiteral("/config_dump"), QStringLiteral("resource=nonsense")).status, 404);
        const QJsonArray secrets
            = parse(envoy(QStringLiteral("/config_dump"), QStringLiteral("resource=dynamic_active_secrets")))
                  .object()
                  .value(QLatin1String("configs"))
                  .toArray();
        QCOMPARE(secrets.size(), 2);
        const QJsonObject tls = secrets.first()
                                    .toObject()
                                    .value(QLatin1String("secret"))
                                    .toObject()
                                    .value(QLatin1String("tls_certificate"))
                                    .toObject();
        QCOMPARE(tls.value(QLatin1String("private_key")).toObject().value(QLatin1String("inline_bytes")).toString(),
            QStringLiteral("W3JlZGFjdGVkXQ=="));
    }

    void textEndpoints()
    {
        const SimHttpReply clusters = envoy(QStringLiteral("/clusters"));
        QCOMPARE(clusters.status, 200);
        QVERIFY(clusters.body.contains(
            "outbound|9080|v2|reviews.bookinfo.svc.cluster.local::10.1.1.5:9080::health_flags::healthy\n"));
        QVERIFY(clusters.body.contains("outbound|9080||ratings.bookinfo.svc.cluster.local::added_via_api::true\n"));
        const QJsonArray statuses = parse(envoy(QStringLiteral("/clusters"), QStringLiteral("format=json")))
                                        .object()
                                        .value(QLatin1String("cluster_statuses"))
                                        .toArray();
        QVERIFY(statuses.size() > 10);
        const SimHttpReply listeners = envoy(QStringLiteral("/listeners"));
        QVERIFY(listeners.body.contains("virtualOutbound::0.0.0.0:15001\n"));
        QVERIFY(listeners.body.contains("virtualInbound::0.0.0.0:15006\n"));
        QVERIFY(listeners.body.contains("0.0.0.0_9080::0.0.0.0:9080\n"));
        const QJsonObject info = parse(envoy(QStringLiteral("/server_info"))).object();
        QCOMPARE(info.value(QLatin1String("state")).toString(), QStringLiteral("LIVE"));
        QVERIFY(info.value(QLatin1String("node")).toObject().contains(QLatin1String("id")));
        // A pod without a sidecar has no Envoy admin to reach.
        QCOMPARE(m_mesh->envoyAdmin(QStringLiteral("istio-system"), kIstiodPod, QStringLiteral("/clusters"), {}).status,
            503);
    }

    void proxyStatsAreItsOwnIstioMetrics()
    {
        m_mesh->traffic().sendEntryRequests(20);
        const SimHttpReply stats = envoy(QStringLiteral("/stats/prometheus"));
        QCOMPARE(stats.status, 200);
        QVERIFY(stats.body.contains("istio_requests_total{reporter=\"destination\""));
        for (const QByteArray& line : stats.body.split('\n')) {
            if (line.startsWith("istio_requests_total{reporter=\"destination\""))
                QVERIFY2(line.contains("destination_workload=\"reviews-v2\""), line.constData());
            if (line.startsWith("istio_requests_total{reporter=\"source\""))
                QVERIFY2(line.contains("source_workload=\"reviews-v2\""), line.constData());
        }
    }

    void synczHasTheFixtureFieldsAndStaleProxies()
    {
        const QJsonArray real = fixture(QStringLiteral("istio/istiod/debug/syncz.json")).array();
        QVERIFY(!real.isEmpty());
        QJsonArray syncz = parse(istiod(QStringLiteral("/debug/syncz"))).array();
        QCOMPARE(syncz.size(), 8); // seven bookinfo sidecars and the ingress gateway
        for (const QJsonValue& entry : syncz) {
            QVERIFY(keysOf(entry.toObject()).contains(keysOf(real.first().toObject())));
            QCOMPARE(entry.toObject().value(QLatin1String("cluster_sent")),
                entry.toObject().value(QLatin1String("cluster_acked")));
        }
        SimHttpRequest stale;
        stale.method = "POST";
        stale.query = QUrlQuery(QStringLiteral("proxy=") + kReviewsPod + QStringLiteral(".bookinfo"));
        QCOMPARE(m_mesh->staleProxies(stale).status, 200);
        // The config moves on: istiod pushes weights the STALE proxy never acknowledges.
        m_cluster.setReviewsWeights(0, 0, 100);
        m_mesh->objectChanged(QStringLiteral("networking.istio.io"), QStringLiteral("virtualservices"));
        syncz = parse(istiod(QStringLiteral("/debug/syncz"))).array();
        int staleCount = 0;
        for (const QJsonValue& entry : syncz) {
            const QJsonObject object = entry.toObject();
            const bool isStale
                = object.value(QLatin1String("route_sent")) != object.value(QLatin1String("route_acked"));
            QCOMPARE(
                isStale, object.value(QLatin1String("proxy")).toString() == kReviewsPod + QStringLiteral(".bookinfo"));
            staleCount += isStale ? 1 : 0;
        }
        QCOMPARE(staleCount, 1);
        // The STALE proxy still routes by the old weights; istiod's view has the new ones.
        QVERIFY(envoy(QStringLiteral("/config_dump")).body.contains("\"weight\": 30"));
        const SimHttpReply istiodView = istiod(QStringLiteral("/debug/config_dump"),
            QStringLiteral("proxyID=") + kReviewsPod + QStringLiteral(".bookinfo"));
        QCOMPARE(istiodView.status, 200);
        QVERIFY(!istiodView.body.contains("\"weight\": 30"));
        QCOMPARE(istiod(QStringLiteral("/debug/config_dump"), QStringLiteral("proxyID=nope.bookinfo")).status, 404);
        const QJsonArray onlyIstioSystem
            = parse(istiod(QStringLiteral("/debug/syncz"), QStringLiteral("namespace=istio-system"))).array();
        QCOMPARE(onlyIstioSystem.size(), 1);
        QCOMPARE(
            onlyIstioSystem.first().toObject().value(QLatin1String("proxy_type")).toString(), QStringLiteral("router"));
    }

    void registryzEndpointzConfigz()
    {
        const QJsonArray real = fixture(QStringLiteral("istio/istiod/debug/registryz.json")).array();
        const QJsonArray registry = parse(istiod(QStringLiteral("/debug/registryz"))).array();
        QCOMPARE(registry.size(), 8); // seven services and one ServiceEntry host
        for (const QJsonValue& entry : registry) {
            QCOMPARE(keysOf(entry.toObject()), keysOf(real.first().toObject()));
            QCOMPARE(keysOf(entry.toObject().value(QLatin1String("Attributes")).toObject()),
                keysOf(real.first().toObject().value(QLatin1String("Attributes")).toObject()));
        }
        const QJsonObject shards = parse(istiod(QStringLiteral("/debug/endpointz"))).object();
        const QJsonArray reviews = shards.value(QLatin1String("reviews.bookinfo.svc.cluster.local"))
                                       .toObject()
                                       .value(QLatin1String("bookinfo"))
                                       .toObject()
                                       .value(QLatin1String("Shards"))
                                       .toObject()
                                       .value(QLatin1String("Kubernetes/Kubernetes"))
                                       .toArray();
        QCOMPARE(reviews.size(), 3);
        QCOMPARE(reviews.first().toObject().value(QLatin1String("TLSMode")).toString(), QStringLiteral("istio"));
        const QJsonArray configs = parse(istiod(QStringLiteral("/debug/configz"))).array();
        QCOMPARE(configs.size(), 3); // the VirtualService, DestinationRule and ServiceEntry
        const QJsonObject realConfig
            = fixture(QStringLiteral("istio/istiod/debug/configz.json")).array().first().toObject();
        for (const QJsonValue& config : configs)
            QVERIFY(
                keysOf(config.toObject()).contains(keysOf(realConfig) - QSet<QString> { QStringLiteral("status") }));
        QCOMPARE(parse(istiod(QStringLiteral("/version"))).object().value(QLatin1String("version")).toString(),
            QStringLiteral("1.28.0"));
        // Only istiod answers on 15014.
        QCOMPARE(
            m_mesh->istiodDebug(QStringLiteral("bookinfo"), kReviewsPod, QStringLiteral("/debug/syncz"), {}).status,
            503);
    }

    void staleByCount()
    {
        m_mesh->makeStale(2);
        const QJsonArray proxies = parse(m_mesh->proxies(SimHttpRequest())).array();
        int stale = 0;
        for (const QJsonValue& proxy : proxies) {
            if (proxy.toObject().value(QLatin1String("stale")).toBool()) {
                ++stale;
                QVERIFY(proxy.toObject().value(QLatin1String("proxy")).toString().endsWith(QLatin1String(".bookinfo")));
            }
        }
        QCOMPARE(stale, 2);
        SimHttpRequest request;
        request.method = "DELETE";
        QCOMPARE(parse(m_mesh->staleProxies(request)).array().size(), 0);
        request.method = "POST";
        QCOMPARE(m_mesh->staleProxies(request).status, 400);
        request.query = QUrlQuery(QStringLiteral("proxy=nobody.bookinfo"));
        QCOMPARE(m_mesh->staleProxies(request).status, 404);
    }

    void faultKnobsAdmin()
    {
        SimHttpRequest request;
        request.method = "POST";
        request.query = QUrlQuery(QStringLiteral("name=ratings&errorRate=0.5&delayMs=200"));
        QCOMPARE(m_mesh->serviceFaults(request).status, 200);
        QVERIFY(m_mesh->traffic().faults().find(QStringLiteral("bookinfo"), QStringLiteral("ratings")));
        request.query = QUrlQuery(QStringLiteral("name=ratings&errorRate=7"));
        QCOMPARE(m_mesh->serviceFaults(request).status, 400);
        request.method = "DELETE";
        request.query = QUrlQuery();
        QCOMPARE(m_mesh->serviceFaults(request).status, 200);
        QVERIFY(!m_mesh->traffic().faults().find(QStringLiteral("bookinfo"), QStringLiteral("ratings")));
    }
};

QTEST_GUILESS_MAIN(TestSimMeshShapes)
#include "tst_simmeshshapes.moc"
