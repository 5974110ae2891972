// Health end to end: the real meshscope-sim (bookinfo) with a fault on ratings, scraped by the real Prometheus, read
// by the real `meshscope health` binary and by HealthRefresh in process. ratings fails; apps that neither serve
// nor call it stay healthy (reviews calls ratings, so by Kiali's outbound rule it sees the errors too).

#include "models/connectionstatus.h"
#include "models/health/healthrefresh.h"
#include "models/kube/clustersession.h"
#include "models/kubeconfigcontexts.h"
#include "models/prometheus/promclient.h"
#include "support/prometheusserver.h"
#include "support/simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace meshscope;
using namespace meshscope::testing;

namespace {

using Run = CommandResult;

Run meshscopeHealth(const QStringList& arguments)
{
    return runMeshscope(QStringList { QStringLiteral("health") } + arguments);
}

QHash<QString, QJsonObject> byName(const QJsonObject& root, const char* list)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue& v : root.value(QLatin1String(list)).toArray())
        result.insert(v[QStringLiteral("name")].toString(), v.toObject());
    return result;
}

} // namespace

class TestHealthSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({ QStringLiteral("--scenario"), QStringLiteral("bookinfo"),
                     QStringLiteral("--service-fault"), QStringLiteral("ratings.bookinfo:errorRate=0.5,code=503") }),
            qPrintable(m_sim.error()));
        QVERIFY2(m_prometheus.scrape(m_sim.metrics()), qPrintable(m_prometheus.error()));
        // Two scrapes of ratings' errors are enough for a rate.
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_prometheus
                 .query(QStringLiteral("rate(istio_requests_total{destination_service_name=\"ratings\","
                                       "response_code=\"503\"}[1m]) > 0"))
                 .isEmpty(),
            30000);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no prometheus") << QStringList { QStringLiteral("--namespaces"), QStringLiteral("a") };
        QTest::addRow("bad duration") << QStringList { QStringLiteral("--prometheus"), QStringLiteral("http://x:1"),
            QStringLiteral("--duration"), QStringLiteral("soon") };
        QTest::addRow("bad output") << QStringList { QStringLiteral("--prometheus"), QStringLiteral("http://x:1"),
            QStringLiteral("-o"), QStringLiteral("yaml") };
        QTest::addRow("bad tolerances") << QStringList { QStringLiteral("--prometheus"), QStringLiteral("http://x:1"),
            QStringLiteral("--health-tolerances"), QStringLiteral("5XX") };
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        const Run run = meshscopeHealth(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("meshscope health: "));
    }

    void prometheusDownIsAnError()
    {
        const Run run = meshscopeHealth({ QStringLiteral("--kubeconfig"), m_sim.kubeconfig(),
            QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort()),
            QStringLiteral("--timeout"), QStringLiteral("30") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Prometheus"), run.err.constData());
    }

    void ratingsFails()
    {
        const QStringList common { QStringLiteral("--kubeconfig"), m_sim.kubeconfig(), QStringLiteral("--prometheus"),
            m_prometheus.url().toString(), QStringLiteral("--namespaces"), QStringLiteral("bookinfo,istio-system"),
            QStringLiteral("--duration"), QStringLiteral("1m") };
        const Run json = meshscopeHealth(common + QStringList { QStringLiteral("-o"), QStringLiteral("json") });
        QCOMPARE(json.exitCode, 3); // something is in Failure
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        const auto apps = byName(root, "apps");
        QCOMPARE(apps.value(QStringLiteral("ratings"))[QStringLiteral("status")].toString(), QStringLiteral("Failure"));
        QVERIFY2(
            apps.value(QStringLiteral("ratings"))[QStringLiteral("reason")].toString().contains(QStringLiteral("5XX")),
            json.out.constData());
        const double ratingsErrors
            = apps.value(QStringLiteral("ratings"))[QStringLiteral("inbound")][QStringLiteral("errorPercent")]
                  .toDouble();
        QVERIFY2(ratingsErrors > 35 && ratingsErrors < 65, qPrintable(QString::number(ratingsErrors)));
        for (const char* healthy : { "productpage", "details", "mongodb", "istio-ingressgateway" })
            QCOMPARE(
                apps.value(QLatin1String(healthy))[QStringLiteral("status")].toString(), QStringLiteral("Healthy"));
        QCOMPARE(apps.value(QStringLiteral("reviews"))[QStringLiteral("status")].toString(), QStringLiteral("Failure"));
        QVERIFY(apps.value(QStringLiteral("reviews"))[QStringLiteral("reason")].toString().contains(
            QStringLiteral("outbound")));

        const auto services = byName(root, "services");
        QCOMPARE(
            services.value(QStringLiteral("ratings"))[QStringLiteral("status")].toString(), QStringLiteral("Failure"));
        QCOMPARE(
            services.value(QStringLiteral("details"))[QStringLiteral("status")].toString(), QStringLiteral("Healthy"));
        QCOMPARE(
            services.value(QStringLiteral("reviews"))[QStringLiteral("status")].toString(), QStringLiteral("Healthy"));
        const auto workloads = byName(root, "workloads");
        QCOMPARE(workloads.value(QStringLiteral("ratings-v1"))[QStringLiteral("status")].toString(),
            QStringLiteral("Failure"));
        QCOMPARE(workloads.value(QStringLiteral("reviews-v1"))[QStringLiteral("status")].toString(),
            QStringLiteral("Healthy")); // v1 does not call ratings
        QCOMPARE(workloads.value(QStringLiteral("details-v1"))[QStringLiteral("replicas")][QStringLiteral("available")]
                     .toInt(),
            1);

        const Run table = meshscopeHealth(common);
        QCOMPARE(table.exitCode, 3);
        QVERIFY(table.out.startsWith("KIND"));
        QVERIFY2(table.out.contains("ratings"), table.out.constData());

        // Tolerances that accept the fault: nothing fails any more.
        const Run lenient = meshscopeHealth(
            common + QStringList { QStringLiteral("--health-tolerances"), QStringLiteral("5XX,70,90,http") });
        QCOMPARE(lenient.exitCode, 0);
    }

    void refreshSendsAFixedNumberOfQueries()
    {
        ConnectionStatus status;
        ClusterSession cluster(&status);
        HttpClient http;
        PromConfig config;
        config.url = m_prometheus.url();
        PromClient prom(&http, config);
        health::HealthRefresh refresh(&cluster);
        refresh.setPromClient(&prom);
        QSignalSpy snapshots(&refresh, &health::HealthRefresh::snapshotReady);
        cluster.open({ m_sim.kubeconfig() }, {}, true);
        QTRY_VERIFY_WITH_TIMEOUT(cluster.isReady(), 30000);
        refresh.setQuery({ { QStringLiteral("bookinfo") }, 60, {}, false });
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 30000);
        health::HealthSnapshotPtr one = refresh.snapshot();
        QCOMPARE(one->promQueries, 2);
        QVERIFY(one->prometheusError.isEmpty());
        QCOMPARE(one->inventory.namespaces.size(), 1);

        refresh.setQuery({ {}, 60, {}, false }); // every namespace
        QTRY_VERIFY_WITH_TIMEOUT(refresh.snapshot() != one, 30000);
        QCOMPARE(refresh.snapshot()->promQueries, 2);
        QVERIFY(refresh.snapshot()->inventory.namespaces.size() >= 4);
        QVERIFY(refresh.snapshot()->report.anyFailure());
    }

private:
    SimProcess m_sim;
    PrometheusServer m_prometheus;
};

QTEST_GUILESS_MAIN(TestHealthSim)
#include "tst_healthsim.moc"
