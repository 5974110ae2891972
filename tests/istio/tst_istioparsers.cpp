// istiod and Envoy formats against the real upstream samples in ../shared/fixtures, plus truncated and malformed
// bodies (errors, never crashes).
#include "models/istio/envoyadmin.h"
#include "models/istio/envoyconfigdump.h"
#include "models/istio/istioddebug.h"
#include "models/istio/syncz.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace meshscope;

namespace {

QByteArray fixture(const QString& relative)
{
    QFile file(qEnvironmentVariable("MESHSCOPE_SHARED") + QStringLiteral("/fixtures/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

const QString synczFixture = QStringLiteral("istio/istiod/debug/syncz.json");
const QString configDumpFixture = QStringLiteral("istio/istioctl/proxyconfig/testdata/config_dump.json");
const QString routesFixture = QStringLiteral(
    "istio/istioctl/writer/envoy/configdump/testdata/routes/istio-gateway-http-route-prefix/configdump.json");

} // namespace

class TestIstioParsers : public QObject
{
    Q_OBJECT
private slots:
    void synczFromIstiod()
    {
        const SynczResult result = parseSyncz(fixture(synczFixture), QStringLiteral("istiod-1"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.proxies.size(), 34);
        const ProxySyncStatus& first = result.proxies.first();
        QCOMPARE(first.pod, QStringLiteral("b-client-8b97458bb-tghx9"));
        QCOMPARE(first.podNamespace, QStringLiteral("beta"));
        QCOMPARE(first.clusterId, QStringLiteral("Kubernetes"));
        QCOMPARE(first.istioVersion, QStringLiteral("1.14.1"));
        QCOMPARE(first.istiod, QStringLiteral("istiod-1"));
        QCOMPARE(first.states.value(XdsType::Cds), XdsSyncState::Synced);
        QVERIFY(!first.states.contains(XdsType::Ecds)); // 1.14 has no extensionconfig: not watched
        int routesNotSent = 0;
        for (const ProxySyncStatus& proxy : result.proxies)
            routesNotSent += proxy.states.value(XdsType::Rds) == XdsSyncState::NotSent ? 1 : 0;
        QCOMPARE(routesNotSent, 1);
        QCOMPARE(parseSyncz(fixture(QStringLiteral("kiali/proxy/registry-syncz.json"))).proxies.size(), 34);
    }

    void synczStates_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<int>("cds");
        QTest::newRow("synced") << QByteArray(R"({"proxy":"p.n","cluster_sent":"a","cluster_acked":"a"})")
                                << int(XdsSyncState::Synced);
        QTest::newRow("stale") << QByteArray(R"({"proxy":"p.n","cluster_sent":"b","cluster_acked":"a"})")
                               << int(XdsSyncState::Stale);
        QTest::newRow("not sent") << QByteArray(R"({"proxy":"p.n"})") << int(XdsSyncState::NotSent);
        QTest::newRow("resources error") << QByteArray(
            R"({"proxy":"p.n","cluster_sent":"a","cluster_acked":"a","resources":{)"
            R"("type.googleapis.com/envoy.config.cluster.v3.Cluster":{"sent":"b","acked":"a",)"
            R"("lastError":"rejected"}}})")
                                         << int(XdsSyncState::Error);
        QTest::newRow("resources stale") << QByteArray(
            R"({"proxy":"p.n","resources":{"type.googleapis.com/envoy.config.cluster.v3.Cluster":)"
            R"({"sent":"b","acked":"a"}}})")
                                         << int(XdsSyncState::Stale);
    }

    void synczStates()
    {
        QFETCH(QByteArray, entry);
        QFETCH(int, cds);
        const SynczResult result = parseSyncz("[" + entry + "]");
        QCOMPARE(result.proxies.size(), 1);
        QCOMPARE(int(result.proxies.first().states.value(XdsType::Cds)), cds);
        QCOMPARE(xdsSyncStateText(XdsSyncState(cds)).isEmpty(), false);
    }

    void proxyStatusModelMerges()
    {
        ProxyStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QList<ProxySyncStatus> proxies = parseSyncz(fixture(synczFixture), QStringLiteral("istiod-1")).proxies;
        model.setProxies(proxies);
        QCOMPARE(model.rowCount(), 34);
        QCOMPARE(model.headerData(ProxyStatusModel::CdsColumn, Qt::Horizontal).toString(), QStringLiteral("CDS"));
        QCOMPARE(model.index(0, ProxyStatusModel::CdsColumn).data().toString(), QStringLiteral("SYNCED"));
        QCOMPARE(
            model.index(0, ProxyStatusModel::EcdsColumn).data().toString(), QStringLiteral("IGNORED")); // not reported
        model.setProxies(proxies); // same answer again: nothing happens
        QCOMPARE(changes.size(), 0);
        proxies[3].states[XdsType::Eds] = XdsSyncState::Stale;
        proxies.removeAt(10);
        model.setProxies(proxies);
        QCOMPARE(model.rowCount(), 33);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.index(3, ProxyStatusModel::EdsColumn).data().toString(), QStringLiteral("STALE"));
        QCOMPARE(model.index(3, ProxyStatusModel::EdsColumn).data(ProxyStatusModel::StateRole).toInt(),
            int(XdsSyncState::Stale));
        model.setProxies({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void configDumpLikeIstioctl()
    {
        // Compare with config_dump_summary.txt, istioctl's golden table for this dump.
        const EnvoyConfigDump dump = parseEnvoyConfigDump(fixture(configDumpFixture));
        QVERIFY2(dump.error.isEmpty(), qPrintable(dump.error));
        QCOMPARE(dump.istioVersion, QStringLiteral("1.21.0-1226"));
        QVERIFY(dump.nodeId.startsWith(QLatin1String("waypoint~")));
        QCOMPARE(dump.clusters.size(), 3);
        const auto found = std::find_if(dump.clusters.cbegin(), dump.clusters.cend(),
            [](const EnvoyCluster& cluster) { return cluster.name.startsWith(QLatin1String("inbound-vip")); });
        QVERIFY(found != dump.clusters.cend());
        const EnvoyCluster& vip = *found;
        QCOMPARE(vip.direction, QStringLiteral("inbound-vip"));
        QCOMPARE(vip.port, 8000);
        QCOMPARE(vip.subset, QStringLiteral("http"));
        QCOMPARE(vip.serviceFqdn, QStringLiteral("httpbin.default.svc.cluster.local"));
        QCOMPARE(vip.type, QStringLiteral("EDS"));
        QCOMPARE(dump.listeners.size(), 2);
        QCOMPARE(dump.secrets.size(), 2);
        QCOMPARE(dump.secrets.at(0).type, QStringLiteral("Cert Chain"));
        QCOMPARE(dump.secrets.at(1).type, QStringLiteral("CA"));
        QCOMPARE(dump.endpoints.size(), 2);
        QCOMPARE(dump.routes.size(), 1);
        QCOMPARE(dump.routes.at(0).match, QStringLiteral("/*"));
        QCOMPARE(dump.routes.at(0).virtualHost, QStringLiteral("inbound|http|8000"));
    }

    void routesWithVirtualServices()
    {
        const EnvoyConfigDump dump = parseEnvoyConfigDump(fixture(routesFixture));
        QVERIFY2(dump.error.isEmpty(), qPrintable(dump.error));
        QCOMPARE(dump.routes.size(), 3); // istioctl's output.txt has three rows
        const auto http = std::find_if(dump.routes.cbegin(), dump.routes.cend(),
            [](const EnvoyRouteEntry& route) { return route.routeConfig == QLatin1String("http.8080"); });
        QVERIFY(http != dump.routes.cend());
        QCOMPARE(http->virtualHost, QStringLiteral("httpbin.example.com:80"));
        QCOMPARE(http->match, QStringLiteral("/get*"));
        QCOMPARE(http->cluster, QStringLiteral("outbound|8000||httpbin.default.svc.cluster.local"));
        QCOMPARE(http->virtualService, QStringLiteral("httpbin.default"));
    }

    void clusterNames()
    {
        const EnvoyCluster cluster
            = parseClusterName(QStringLiteral("outbound|9080|v2|reviews.bookinfo.svc.cluster.local"));
        QCOMPARE(cluster.direction, QStringLiteral("outbound"));
        QCOMPARE(cluster.port, 9080);
        QCOMPARE(cluster.subset, QStringLiteral("v2"));
        QCOMPARE(parseClusterName(QStringLiteral("BlackHoleCluster")).direction, QString());
    }

    void istiodDebugEndpoints()
    {
        const RegistryzResult registry = parseRegistryz(fixture(QStringLiteral("istio/istiod/debug/registryz.json")));
        QVERIFY(registry.error.isEmpty());
        QCOMPARE(registry.services.size(), 79);
        QCOMPARE(registry.services.first().hostname, QStringLiteral("*.msn.com"));
        QCOMPARE(registry.services.first().registry, QStringLiteral("External"));
        QCOMPARE(registry.services.first().ports.size(), 2);
        const EndpointzResult endpoints
            = parseEndpointz(fixture(QStringLiteral("istio/istiod/debug/endpointz-legacy.json")));
        QVERIFY(endpoints.error.isEmpty());
        QCOMPARE(endpoints.endpoints.size(), 93);
        const EndpointzResult shards = parseEndpointz(
            R"({"reviews.bookinfo.svc.cluster.local":{"bookinfo":{"Shards":{"Kubernetes/Kubernetes":[)"
            R"({"Addresses":["10.0.0.5"],"ServicePortName":"http","EndpointPort":9080,"WorkloadName":"reviews-v1"}]}}}})");
        QCOMPARE(shards.endpoints.size(), 1);
        QCOMPARE(shards.endpoints.first().address, QStringLiteral("10.0.0.5"));
        QCOMPARE(shards.endpoints.first().workload, QStringLiteral("reviews-v1"));
        const ConfigzResult configs = parseConfigz(fixture(QStringLiteral("istio/istiod/debug/configz.json")));
        QVERIFY(configs.error.isEmpty());
        QCOMPARE(configs.configs.size(), 41);
    }

    void truncatedBodiesGiveErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("syncz") << synczFixture;
        QTest::newRow("registry-syncz") << QStringLiteral("kiali/proxy/registry-syncz.json");
        QTest::newRow("config_dump") << configDumpFixture;
        QTest::newRow("routes") << routesFixture;
        QTest::newRow("registryz") << QStringLiteral("istio/istiod/debug/registryz.json");
        QTest::newRow("endpointz") << QStringLiteral("istio/istiod/debug/endpointz-legacy.json");
        QTest::newRow("configz") << QStringLiteral("istio/istiod/debug/configz.json");
    }

    void truncatedBodiesGiveErrors()
    {
        QFETCH(QString, file);
        const QByteArray body = fixture(file);
        // ~150 cut points over the whole file, plus a corrupted byte in the middle.
        const qsizetype step = qMax<qsizetype>(1, body.size() / 150);
        for (qsizetype cut = 0; cut < body.size() - 2; cut += step) {
            const QByteArray truncated = body.left(cut);
            QVERIFY(!parseSyncz(truncated).error.isEmpty());
            QVERIFY(!parseEnvoyConfigDump(truncated).error.isEmpty());
            QVERIFY(!parseRegistryz(truncated).error.isEmpty());
            QVERIFY(!parseEndpointz(truncated).error.isEmpty());
            QVERIFY(!parseConfigz(truncated).error.isEmpty());
        }
        QByteArray corrupted = body;
        corrupted[corrupted.size() / 2] = '}';
        parseSyncz(corrupted);
        parseEnvoyConfigDump(corrupted);
    }

    void wrongShapesAreHandled()
    {
        // Valid JSON of the wrong shape: errors or empty results, never a crash.
        for (const QByteArray& body :
            { QByteArray("{}"), QByteArray("[1,2,3]"), QByteArray("null"), QByteArray("\"x\""),
                QByteArray(R"({"configs":[1,{"@type":"x.ClustersConfigDump","dynamic_active_clusters":[1,{}]}]})"),
                QByteArray(R"([{"proxy":5},{"proxy":"a.b","resources":[]}])") }) {
            parseSyncz(body);
            parseEnvoyConfigDump(body);
            parseRegistryz(body);
            parseEndpointz(body);
            parseConfigz(body);
        }
        QVERIFY(!parseSyncz("{}").error.isEmpty());
        QVERIFY(!parseEnvoyConfigDump("[]").error.isEmpty());
    }

    void envoyClustersText()
    {
        const QByteArray text
            = "outbound|9080|v1|reviews.bookinfo.svc.cluster.local::observability_name::outbound|9080|v1|reviews."
              "bookinfo.svc.cluster.local\n"
              "outbound|9080|v1|reviews.bookinfo.svc.cluster.local::default_priority::max_connections::4294967295\n"
              "outbound|9080|v1|reviews.bookinfo.svc.cluster.local::added_via_api::true\n"
              "outbound|9080|v1|reviews.bookinfo.svc.cluster.local::10.1.0.7:9080::cx_active::2\n"
              "outbound|9080|v1|reviews.bookinfo.svc.cluster.local::10.1.0.7:9080::rq_total::120\n"
              "outbound|9080|v1|reviews.bookinfo.svc.cluster.local::10.1.0.7:9080::health_flags::healthy\n"
              "outbound|9080|v1|reviews.bookinfo.svc.cluster.local::10.1.0.8:9080::health_flags::/"
              "failed_outlier_check\n"
              "BlackHoleCluster::default_priority::max_requests::1024\n";
        const EnvoyClustersResult result = parseEnvoyClusters(text);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.clusters.size(), 2);
        const EnvoyClusterStatus& reviews = result.clusters.first();
        QCOMPARE(reviews.settings.value(QStringLiteral("added_via_api")), QStringLiteral("true"));
        QCOMPARE(
            reviews.settings.value(QStringLiteral("default_priority::max_connections")), QStringLiteral("4294967295"));
        QCOMPARE(reviews.hosts.size(), 2);
        QCOMPARE(reviews.hosts.at(0).stats.value(QStringLiteral("rq_total")), QStringLiteral("120"));
        QVERIFY(reviews.hosts.at(0).healthy());
        QVERIFY(!reviews.hosts.at(1).healthy());
        for (qsizetype cut = 0; cut < text.size(); cut += 11)
            parseEnvoyClusters(text.left(cut));
        QVERIFY(!parseEnvoyClusters("garbage line\n").error.isEmpty());
    }

    void prometheusText()
    {
        const QByteArray text
            = "# HELP envoy_cluster_upstream_rq_total x\n"
              "# TYPE envoy_cluster_upstream_rq_total counter\n"
              "envoy_cluster_upstream_rq_total{cluster_name=\"outbound|9080||a.b\",x=\"q\\\"uote\"} 42\n"
              "envoy_server_uptime 17 1700000000000\n"
              "istio_request_duration_milliseconds_bucket{le=\"+Inf\"} 5\n"
              "weird_value NaN\n"
              "inf_value +Inf\n"
              "broken{a=\"b\" 3\n"
              "no_value\n";
        const PromTextResult result = parsePrometheusText(text);
        QCOMPARE(result.samples.size(), 5);
        QCOMPARE(result.types.value(QStringLiteral("envoy_cluster_upstream_rq_total")), QStringLiteral("counter"));
        QCOMPARE(
            result.samples.at(0).labels.value(QStringLiteral("cluster_name")), QStringLiteral("outbound|9080||a.b"));
        QCOMPARE(result.samples.at(0).labels.value(QStringLiteral("x")), QStringLiteral("q\"uote"));
        QCOMPARE(result.samples.at(0).value, 42.0);
        QCOMPARE(result.samples.at(1).value, 17.0);
        QCOMPARE(result.samples.at(2).labels.value(QStringLiteral("le")), QStringLiteral("+Inf"));
        QVERIFY(std::isnan(result.samples.at(3).value));
        QVERIFY(std::isinf(result.samples.at(4).value));
        QVERIFY(!result.error.isEmpty());
        for (qsizetype cut = 0; cut < text.size(); ++cut)
            parsePrometheusText(text.left(cut));
    }
};

QTEST_GUILESS_MAIN(TestIstioParsers)
#include "tst_istioparsers.moc"
