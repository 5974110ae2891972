// proxy-status and proxy-config against the simulator, as a user runs them: every proxy listed, a STALE proxy
// and what it misses, live output equal to --file output of the same dump, VirtualService weights reaching the
// routes after a push, log levels changed and read back (and refused without pods/proxy create), endpoints
// ejected by outlier detection. The controllers behind the Proxies page are driven here too.
#include "models/istio/istioclient.h"
#include "models/kube/kubeapi.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/kubewriter.h"
#include "models/proxy/proxydetailcontroller.h"
#include "models/proxy/proxystatuscontroller.h"
#include "models/proxy/proxytablemodel.h"
#include "models/proxy/proxytables.h"
#include "support/processes.h"
#include "support/simprocess.h"
#include "support/testdata.h"
#include "support/waiting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;
using namespace meshscope::testing;

class TestProxySim : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        const CommandResult pods = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"),
            QStringLiteral("-o"), QStringLiteral("json") });
        QVERIFY2(pods.ok(), qPrintable(pods.describe()));
        for (const QJsonValue& value :
            QJsonDocument::fromJson(pods.out).object().value(QLatin1String("items")).toArray()) {
            const QJsonObject metadata = value.toObject().value(QLatin1String("metadata")).toObject();
            const QString name = metadata.value(QLatin1String("name")).toString();
            if (name.startsWith(QLatin1String("productpage-")))
                m_productpage = name;
            if (name.startsWith(QLatin1String("reviews-v2-")))
                m_reviewsV2 = name;
        }
        QVERIFY(!m_productpage.isEmpty() && !m_reviewsV2.isEmpty());
        const Kubeconfig::Result config = Kubeconfig::load({ m_sim.kubeconfig() }, {}, true);
        QVERIFY2(config.ok(), qPrintable(config.error));
        m_api = std::make_unique<KubeApi>(*config.selection);
        m_istio = std::make_unique<IstioClient>(m_api.get());
        m_review = std::make_unique<KubeAccessReview>(m_api.get());
    }

    void cleanupTestCase()
    {
        m_review.reset();
        m_istio.reset();
        m_api.reset();
    }

    void proxyStatusListsEveryProxy()
    {
        const HttpResult known = m_sim.adminRequest("GET", QStringLiteral("/proxies"));
        QVERIFY2(known.status == 200, qPrintable(known.describe()));
        QStringList proxies;
        for (const QJsonValue& value : QJsonDocument::fromJson(known.body).array())
            proxies << (value.isObject() ? value.toObject().value(QLatin1String("proxy")).toString()
                                         : value.toString());
        QVERIFY(proxies.size() >= 8);
        const CommandResult run
            = runMeshscope({ QStringLiteral("proxy-status"), QStringLiteral("--kubeconfig"), m_sim.kubeconfig() });
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QString table = QString::fromUtf8(run.out);
        QVERIFY(table.startsWith(QLatin1String("NAME ")));
        for (const QString& proxy : proxies)
            QVERIFY2(table.contains(QLatin1Char('\n') + proxy + QLatin1Char(' ')), qPrintable(proxy + '\n' + table));
        QCOMPARE(table.count(QLatin1Char('\n')), proxies.size() + 1);

        // The page's controller lists the same proxies (one istiod here; all revisions are merged).
        ProxyStatusController status;
        status.setClient(m_istio.get());
        QTRY_COMPARE_WITH_TIMEOUT(status.model()->rowCount(), proxies.size(), 20000);
        QVERIFY(status.error().isEmpty());
        QCOMPARE(status.model()->staleCount(), 0);
        status.setNamespace(QStringLiteral("istio-system"));
        QCOMPARE(status.model()->rowCount(), 1); // the ingress gateway
    }

    // The live pod and a saved copy of its dump print the same.
    void liveEqualsFile_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("clusters") << QStringLiteral("clusters") << QStringLiteral("config_dump");
        QTest::newRow("routes") << QStringLiteral("routes") << QStringLiteral("config_dump");
        QTest::newRow("listeners") << QStringLiteral("listeners") << QStringLiteral("config_dump");
        QTest::newRow("endpoints") << QStringLiteral("endpoints") << QStringLiteral("clusters?format=json");
        QTest::newRow("all-json") << QStringLiteral("all") << QStringLiteral("config_dump?include_eds=true");
    }
    void liveEqualsFile()
    {
        QFETCH(QString, type);
        QFETCH(QString, endpoint);
        const QStringList extra = type == QLatin1String("all")
            ? QStringList { QStringLiteral("-o"), QStringLiteral("json") }
            : QStringList();
        const CommandResult live = runMeshscope(
            QStringList { QStringLiteral("proxy-config"), type, m_productpage + QStringLiteral(".bookinfo"),
                QStringLiteral("--kubeconfig"), m_sim.kubeconfig() }
            + extra);
        QVERIFY2(live.ok(), qPrintable(live.describe()));
        const CommandResult raw = m_sim.kubectl({ QStringLiteral("get"), QStringLiteral("--raw"),
            QStringLiteral("/api/v1/namespaces/bookinfo/pods/%1:15000/proxy/%2").arg(m_productpage, endpoint) });
        QVERIFY2(raw.ok(), qPrintable(raw.describe()));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dump.json"));
        QVERIFY(writeFile(file, raw.out));
        const CommandResult saved = runMeshscope(
            QStringList { QStringLiteral("proxy-config"), type, QStringLiteral("--file"), file } + extra);
        QVERIFY2(saved.ok(), qPrintable(saved.describe()));
        if (type == QLatin1String("all")) // the dump as given, and as Envoy gave it
            QCOMPARE(QJsonDocument::fromJson(live.out), QJsonDocument::fromJson(raw.out));
        else
            QCOMPARE(live.out, saved.out);
        QVERIFY(live.out.size() > 100);
    }

    void weightChangeReachesRoutes()
    {
        const auto routesOf = [this] {
            const CommandResult run = runMeshscope({ QStringLiteral("proxy-config"), QStringLiteral("routes"),
                m_productpage + QStringLiteral(".bookinfo"), QStringLiteral("--name"), QStringLiteral("9080"),
                QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--kubeconfig"), m_sim.kubeconfig() });
            return QJsonDocument::fromJson(run.out);
        };
        const auto weights = [](const QJsonDocument& routes) {
            QMap<QString, int> out;
            for (const QJsonValue& config : routes.array())
                for (const QJsonValue& host : config.toObject().value(QLatin1String("virtualHosts")).toArray())
                    for (const QJsonValue& route : host.toObject().value(QLatin1String("routes")).toArray())
                        for (const QJsonValue& cluster : route.toObject()
                                                             .value(QLatin1String("route"))
                                                             .toObject()
                                                             .value(QLatin1String("weightedClusters"))
                                                             .toObject()
                                                             .value(QLatin1String("clusters"))
                                                             .toArray())
                            out.insert(cluster.toObject().value(QLatin1String("name")).toString(),
                                cluster.toObject().value(QLatin1String("weight")).toInt());
            return out;
        };
        CommandResult applied = m_sim.kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") },
            {}, reviewsSubsets() + "\n---\n" + reviewsWeights(20, 30, 50));
        QVERIFY2(applied.ok(), qPrintable(applied.describe()));
        const QString v3 = QStringLiteral("outbound|9080|v3|reviews.bookinfo.svc.cluster.local");
        QTRY_COMPARE_WITH_TIMEOUT(weights(routesOf()).value(v3), 50, 20000);
        QCOMPARE(weights(routesOf()).value(QStringLiteral("outbound|9080|v1|reviews.bookinfo.svc.cluster.local")), 20);
        applied = m_sim.kubectl(
            { QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, {}, reviewsWeights(0, 10, 90));
        QVERIFY2(applied.ok(), qPrintable(applied.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(weights(routesOf()).value(v3), 90, 20000);
        // The table names the VirtualService the route came from.
        const CommandResult table = runMeshscope({ QStringLiteral("proxy-config"), QStringLiteral("routes"),
            m_productpage + QStringLiteral(".bookinfo"), QStringLiteral("--kubeconfig"), m_sim.kubeconfig() });
        QVERIFY2(table.out.contains("reviews.bookinfo"), table.out.constData());
    }

    void logLevelRoundTrip()
    {
        const QStringList base { QStringLiteral("proxy-config"), QStringLiteral("log"),
            m_productpage + QStringLiteral(".bookinfo"), QStringLiteral("--kubeconfig"), m_sim.kubeconfig() };
        CommandResult run
            = runMeshscope(base + QStringList { QStringLiteral("--level"), QStringLiteral("http:debug") });
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(run.out.startsWith((m_productpage + QStringLiteral(".bookinfo:\nactive loggers:\n")).toUtf8()));
        QVERIFY(run.out.contains("  http: debug\n"));
        run = runMeshscope(base);
        QVERIFY(run.out.contains("  http: debug\n") && run.out.contains("  router: warning\n"));
        run = runMeshscope(base + QStringList { QStringLiteral("--level"), QStringLiteral("info") });
        QVERIFY(run.out.contains("  http: info\n") && run.out.contains("  router: info\n"));
        run = runMeshscope(base + QStringList { QStringLiteral("--reset") });
        QVERIFY(run.out.contains("  http: warning\n"));
        run = runMeshscope(base + QStringList { QStringLiteral("--level"), QStringLiteral("nosuchlogger:debug") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("unrecognized logger name"));
        run = runMeshscope(base + QStringList { QStringLiteral("--level"), QStringLiteral("loud") });
        QCOMPARE(run.exitCode, 1);
        // Without "create" on pods/proxy the change is refused (the read-only user of the simulator).
        run = runMeshscope(base
            + QStringList { QStringLiteral("--context"), QStringLiteral("meshscope-sim-readonly"),
                QStringLiteral("--level"), QStringLiteral("debug") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("forbidden"), run.err.constData());

        // The page's controller checks the permission first and changes a level through the same endpoint.
        ProxyDetailController detail;
        detail.setClient(m_istio.get(), m_review.get());
        detail.setProxy({ m_productpage, QStringLiteral("bookinfo"), {} }, {});
        QTRY_VERIFY_WITH_TIMEOUT(detail.canChangeLogging(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(detail.loggers()->rowCount() > 10, 20000);
        QSignalSpy changed(&detail, &ProxyDetailController::loggingChanged);
        detail.setLogLevel(QStringLiteral("rbac"), QStringLiteral("trace"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
        QCOMPARE(changed.first().first().toString(), QString());
        const int row = detail.loggers()->rowOfKey(QStringLiteral("rbac"));
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            detail.loggers()->index(detail.loggers()->rowOfKey(QStringLiteral("rbac")), 1).data().toString(),
            QStringLiteral("trace"), 20000);
        detail.setLogLevel({}, QStringLiteral("warning"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 20000);
    }

    // A proxy made STALE misses a ServiceEntry's cluster: istioctl's diff and the structured one both say so.
    void staleProxyShowsWhatItMisses()
    {
        const QString proxy = m_reviewsV2 + QStringLiteral(".bookinfo");
        const HttpResult stale = m_sim.adminRequest("POST", QStringLiteral("/proxies/stale?proxy=") + proxy);
        QVERIFY2(stale.status == 200, qPrintable(stale.describe()));
        const QByteArray entry = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                                 "  name: proxy-test-external\n  namespace: bookinfo\nspec:\n  hosts:\n"
                                 "  - api.proxy-test.example\n  ports:\n  - number: 443\n    name: https\n"
                                 "    protocol: TLS\n  resolution: DNS\n  location: MESH_EXTERNAL\n";
        const CommandResult applied
            = m_sim.kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, {}, entry);
        QVERIFY2(applied.ok(), qPrintable(applied.describe()));
        const QString missingCluster = QStringLiteral("outbound|443||api.proxy-test.example");

        CommandResult run = runMeshscope({ QStringLiteral("proxy-status"), QStringLiteral("--kubeconfig"),
            m_sim.kubeconfig(), QStringLiteral("-v"), QStringLiteral("1") });
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QList<QByteArray> lines = run.out.split('\n');
        bool staleRow = false;
        for (const QByteArray& line : lines)
            staleRow |= line.startsWith(proxy.toUtf8()) && line.contains("STALE");
        QVERIFY2(staleRow, run.out.constData());

        run = runMeshscope(
            { QStringLiteral("proxy-status"), proxy, QStringLiteral("--kubeconfig"), m_sim.kubeconfig() });
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY2(
            run.out.startsWith("Clusters Don't Match\n--- Istiod Clusters\n+++ Envoy Clusters\n"), run.out.constData());
        QVERIFY(run.out.contains(("-                \"name\": \"" + missingCluster + "\"").toUtf8()));

        ProxyStatusController status;
        status.setClient(m_istio.get());
        QTRY_VERIFY_WITH_TIMEOUT(status.model()->staleCount() == 1, 20000);
        ProxyDetailController detail;
        detail.setClient(m_istio.get(), m_review.get());
        detail.setProxy({ m_reviewsV2, QStringLiteral("bookinfo"), {} }, status.istiodOf(proxy));
        QTRY_VERIFY_WITH_TIMEOUT(detail.snapshot()->istiodDiff.valid, 20000);
        const ConfigDiff& diff = detail.snapshot()->istiodDiff;
        bool missing = false;
        for (const ResourceDifference& resource : diff.resources)
            missing |= resource.kind == QLatin1String("cluster") && resource.name == missingCluster
                && resource.status == ResourceDifference::Status::Missing;
        QVERIFY(missing);
        QVERIFY(detail.clusters()->rowOfKey(missingCluster) < 0); // Envoy really does not have it

        // Two proxies compared: the synced productpage has the new cluster, the stale one does not.
        QSignalSpy compared(&detail, &ProxyDetailController::comparisonChanged);
        detail.compareWith({ m_productpage, QStringLiteral("bookinfo"), {} });
        QTRY_VERIFY_WITH_TIMEOUT(detail.comparison().valid, 20000);
        bool extra = false;
        for (const ResourceDifference& resource : detail.comparison().resources)
            extra |= resource.name == missingCluster && resource.status == ResourceDifference::Status::Extra;
        QVERIFY(extra);

        m_sim.adminRequest("DELETE", QStringLiteral("/proxies/stale"));
        m_sim.kubectl({ QStringLiteral("delete"), QStringLiteral("serviceentry"), QStringLiteral("proxy-test-external"),
            QStringLiteral("-n"), QStringLiteral("bookinfo") });
        run = runMeshscope(
            { QStringLiteral("proxy-status"), proxy, QStringLiteral("--kubeconfig"), m_sim.kubeconfig() });
        QVERIFY2(run.out.startsWith("Clusters Match\nListeners Match\nRoutes Match"), run.out.constData());
    }

    // A failing service with outlier detection: its endpoints are ejected, and the table says so.
    void outlierEjectedEndpoints()
    {
        const CommandResult patched = m_sim.kubectl({ QStringLiteral("patch"), QStringLiteral("destinationrule"),
            QStringLiteral("reviews"), QStringLiteral("-n"), QStringLiteral("bookinfo"), QStringLiteral("--type"),
            QStringLiteral("merge"), QStringLiteral("-p"),
            QStringLiteral(R"({"spec":{"trafficPolicy":{"outlierDetection":{"consecutive5xxErrors":1}}}})") });
        QVERIFY2(patched.ok(), qPrintable(patched.describe()));
        QVERIFY(
            m_sim.adminRequest("POST", QStringLiteral("/faults/service?name=reviews&namespace=bookinfo&errorRate=0.6"))
                .status
            == 200);
        const QStringList args { QStringLiteral("proxy-config"), QStringLiteral("endpoints"),
            m_productpage + QStringLiteral(".bookinfo"), QStringLiteral("--kubeconfig"), m_sim.kubeconfig(),
            QStringLiteral("--cluster"), QStringLiteral("outbound|9080|v1|reviews.bookinfo.svc.cluster.local") };
        QTRY_VERIFY_WITH_TIMEOUT(runMeshscope(args).out.contains("FAILED"), 20000);
        const CommandResult run = runMeshscope(args);
        const QByteArray header = run.out.split('\n').first();
        QVERIFY2(header.startsWith("ENDPOINT ") && header.endsWith("     STATUS      OUTLIER CHECK     CLUSTER"),
            header.constData());
        m_sim.adminRequest("DELETE", QStringLiteral("/faults/service"));
    }

private:
    SimProcess m_sim;
    QString m_productpage, m_reviewsV2;
    std::unique_ptr<KubeApi> m_api;
    std::unique_ptr<IstioClient> m_istio;
    std::unique_ptr<KubeAccessReview> m_review;
};

QTEST_GUILESS_MAIN(TestProxySim)
#include "tst_proxysim.moc"
