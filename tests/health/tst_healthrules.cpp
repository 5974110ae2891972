// Kiali's health rules as data: replicas, request error ratios against tolerances, the annotation override, the
// reporter combination, the inventory joins and the fixed query set.

#include "models/health/healthreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace meshscope;
using namespace meshscope::health;

Q_DECLARE_METATYPE(meshscope::health::Status)

namespace {

QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(text), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

// "http:200=9,503=1;grpc:14=2" → rates
ProtocolRates rates(const QString& text)
{
    ProtocolRates result;
    for (const QString& protocol : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = protocol.section(QLatin1Char(':'), 0, 0);
        for (const QString& pair : protocol.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            result[name][pair.section(QLatin1Char('='), 0, 0)] = pair.section(QLatin1Char('='), 1).toDouble();
    }
    return result;
}

PromSample sample(const QString& labels, double value)
{
    PromSample s;
    for (const QString& pair : labels.split(QLatin1Char(','), Qt::SkipEmptyParts))
        s.metric.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    s.value = value;
    return s;
}

} // namespace

class TestHealthRules : public QObject
{
    Q_OBJECT

private slots:
    void replicas_data()
    {
        QTest::addColumn<int>("desired");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("available");
        QTest::addColumn<int>("synced");
        QTest::addColumn<Status>("expected");
        QTest::addRow("all up") << 3 << 3 << 3 << -1 << Status::Healthy;
        QTest::addRow("scaled to zero") << 0 << 0 << 0 << -1 << Status::NotReady;
        QTest::addRow("scaling down, pods still there") << 0 << 2 << 2 << -1 << Status::NotReady;
        QTest::addRow("one of three available") << 3 << 3 << 1 << -1 << Status::Degraded;
        QTest::addRow("fewer running than wanted") << 3 << 2 << 2 << -1 << Status::Degraded;
        QTest::addRow("none available") << 2 << 2 << 0 << -1 << Status::Failure;
        QTest::addRow("none running") << 2 << 0 << 0 << -1 << Status::Failure;
        QTest::addRow("pending pod beside the available ones") << 2 << 3 << 2 << -1 << Status::Failure;
        QTest::addRow("a proxy out of sync") << 2 << 2 << 2 << 1 << Status::Degraded;
        QTest::addRow("proxies in sync") << 2 << 2 << 2 << 2 << Status::Healthy;
        QTest::addRow("more available than wanted") << 1 << 2 << 2 << -1 << Status::Degraded;
    }
    void replicas()
    {
        QFETCH(int, desired);
        QFETCH(int, current);
        QFETCH(int, available);
        QFETCH(int, synced);
        QFETCH(Status, expected);
        const Verdict verdict = replicaHealth({ desired, current, available, synced });
        QCOMPARE(verdict.status, expected);
        QCOMPARE(verdict.reason.isEmpty(), expected == Status::Healthy);
    }

    void requests_data()
    {
        QTest::addColumn<QString>("inbound");
        QTest::addColumn<QString>("outbound");
        QTest::addColumn<QString>("tolerances"); // empty: Kiali's defaults
        QTest::addColumn<Status>("expected");
        QTest::addColumn<double>("percent");
        QTest::addRow("no traffic") << ""
                                    << ""
                                    << "" << Status::NA << -1.0;
        QTest::addRow("all fine") << "http:200=10"
                                  << ""
                                  << "" << Status::Healthy << 0.0;
        QTest::addRow("any 5xx is degraded") << "http:200=99,503=1"
                                             << ""
                                             << "" << Status::Degraded << 1.0;
        QTest::addRow("5xx at 10 percent fails") << "http:200=9,500=1"
                                                 << ""
                                                 << "" << Status::Failure << 10.0;
        QTest::addRow("4xx under 10 percent is fine") << "http:200=95,404=5"
                                                      << ""
                                                      << "" << Status::Healthy << 0.0;
        QTest::addRow("4xx at 10 percent degrades") << "http:200=9,404=1"
                                                    << ""
                                                    << "" << Status::Degraded << 10.0;
        QTest::addRow("4xx at 20 percent fails") << "http:200=8,404=2"
                                                 << ""
                                                 << "" << Status::Failure << 20.0;
        QTest::addRow("3xx is no error") << "http:301=10"
                                         << ""
                                         << "" << Status::Healthy << 0.0;
        QTest::addRow("no response") << "http:200=9,-=1"
                                     << ""
                                     << "" << Status::Failure << 10.0;
        QTest::addRow("grpc status 14") << "grpc:0=95,14=5"
                                        << ""
                                        << "" << Status::Degraded << 5.0;
        QTest::addRow("grpc ok") << "grpc:0=10"
                                 << ""
                                 << "" << Status::Healthy << 0.0;
        QTest::addRow("outbound errors count") << "http:200=10"
                                               << "http:200=5,503=5"
                                               << "" << Status::Failure << 50.0;
        QTest::addRow("inbound-only tolerance ignores outbound") << "http:200=10"
                                                                 << "http:503=10"
                                                                 << "5XX,0,10,http,inbound" << Status::Healthy << 0.0;
        QTest::addRow("custom thresholds") << "http:200=94,500=6"
                                           << ""
                                           << "5XX,5,10,http" << Status::Degraded << 6.0;
        QTest::addRow("custom thresholds below") << "http:200=96,500=4"
                                                 << ""
                                                 << "5XX,5,10,http" << Status::Healthy << 4.0;
        QTest::addRow("tolerance for another protocol") << "http:500=10"
                                                        << ""
                                                        << "5XX,0,10,grpc" << Status::NA << -1.0;
        QTest::addRow("regex code") << "http:200=9,418=1"
                                    << ""
                                    << "^41[0-9]$,0,5,http" << Status::Failure << 10.0;
    }
    void requests()
    {
        QFETCH(QString, inbound);
        QFETCH(QString, outbound);
        QFETCH(QString, tolerances);
        QFETCH(Status, expected);
        QFETCH(double, percent);
        const ToleranceSet set(
            tolerances.isEmpty() ? graph::HealthConfig::defaultTolerances() : graph::parseTolerances(tolerances));
        const RequestVerdict verdict = requestHealth({ rates(inbound), rates(outbound) }, set);
        QCOMPARE(verdict.status, expected);
        QCOMPARE(verdict.percent, percent);
        QCOMPARE(verdict.reason.isEmpty(), expected != Status::Degraded && expected != Status::Failure);
    }

    void noTolerancesFallBack()
    {
        const ToleranceSet none(QList<graph::RateTolerance> {});
        QCOMPARE(requestHealth({ rates("http:200=999,500=1"), {} }, none).status, Status::Degraded);
        QCOMPARE(requestHealth({ rates("http:200=9,404=1"), {} }, none).status, Status::Failure);
        QCOMPARE(requestHealth({ rates("http:200=9999,500=1"), {} }, none).status, Status::Healthy);
    }

    void worstWins()
    {
        QCOMPARE(worse(Status::Healthy, Status::NotReady), Status::NotReady);
        QCOMPARE(worse(Status::Degraded, Status::NotReady), Status::Degraded);
        QCOMPARE(worse(Status::Failure, Status::Degraded), Status::Failure);
        QCOMPARE(worse(Status::NA, Status::Healthy), Status::Healthy);
    }

    void reportersCombine()
    {
        // Source saw 200 and 503; destination saw more 200 and a 404 the source did not: Kiali's union with maxima.
        const ProtocolRates combined = combineReporters(rates("http:200=5,503=1"), rates("http:200=6,404=1"));
        QCOMPARE(combined.value(QStringLiteral("http")).value(QStringLiteral("200")), 6.0);
        QCOMPARE(combined.value(QStringLiteral("http")).value(QStringLiteral("503")), 1.0);
        QCOMPARE(combined.value(QStringLiteral("http")).value(QStringLiteral("404")), 1.0);
    }

    void codesAsKialiReadsThem()
    {
        ProtocolRates r;
        addRequest(r, QStringLiteral("http"), QStringLiteral("0"), {}, 1);
        addRequest(r, QStringLiteral("grpc"), QStringLiteral("200"), QStringLiteral("14"), 2);
        addRequest(r, QStringLiteral("grpc"), QStringLiteral("503"), QString(), 3);
        QCOMPARE(r[QStringLiteral("http")].value(QStringLiteral("-")), 1.0);
        QCOMPARE(r[QStringLiteral("grpc")].value(QStringLiteral("14")), 2.0);
        QCOMPARE(r[QStringLiteral("grpc")].value(QStringLiteral("503")), 3.0);
        QCOMPARE(RequestRates::errorPercent(r), 100.0);
    }

    void queriesAreFixed()
    {
        const QStringList one = healthQueries({ QStringLiteral("bookinfo") }, 300);
        QStringList many;
        for (int i = 0; i < 500; ++i)
            many.append(QStringLiteral("ns-%1").arg(i));
        QCOMPARE(one.size(), 2);
        QCOMPARE(healthQueries(many, 300).size(), 2);
        QVERIFY2(one[0].contains(QStringLiteral(
                     "destination_service_namespace=~\"bookinfo\",source_workload_namespace!~\"bookinfo\"")),
            qPrintable(one[0]));
        QVERIFY2(
            one[1].contains(QStringLiteral("{source_workload_namespace=~\"bookinfo\"}[300s]")), qPrintable(one[1]));
        QCOMPARE(namespaceRegex({ QStringLiteral("a.b"), QStringLiteral("c") }), QStringLiteral("a\\\\.b|c"));
    }

    void trafficJoinsObjects()
    {
        const QString common = QStringLiteral(
            "request_protocol=http,source_workload_namespace=bookinfo,source_workload=reviews-v2,"
            "source_canonical_service=reviews,destination_service_namespace=bookinfo,destination_service_name=ratings,"
            "destination_workload_namespace=bookinfo,destination_workload=ratings-v1,"
            "destination_canonical_service=ratings,");
        const TrafficIndex index = trafficFromSamples({
            sample(common + QStringLiteral("reporter=source,response_code=200"), 4),
            sample(common + QStringLiteral("reporter=source,response_code=503"), 4),
            sample(common + QStringLiteral("reporter=destination,response_code=200"), 4),
            sample(common + QStringLiteral("reporter=destination,response_code=503"), 4),
        });
        const QString ratings = key(QStringLiteral("bookinfo"), QStringLiteral("ratings"));
        QCOMPARE(RequestRates::total(index.services.value(ratings).inbound), 8.0); // not 16: reporters combine
        QCOMPARE(RequestRates::errorPercent(index.apps.value(ratings).inbound), 50.0);
        QCOMPARE(RequestRates::total(
                     index.workloads.value(key(QStringLiteral("bookinfo"), QStringLiteral("ratings-v1"))).inbound),
            8.0);
        QCOMPARE(
            RequestRates::total(index.apps.value(key(QStringLiteral("bookinfo"), QStringLiteral("reviews"))).outbound),
            8.0); // source-reported only
        QVERIFY(index.apps.value(key(QStringLiteral("bookinfo"), QStringLiteral("reviews"))).inbound.isEmpty());
    }

    void inventoryJoins()
    {
        InventoryObjects objects;
        objects.namespaces = { json(R"({"metadata":{"name":"shop","labels":{"istio-injection":"enabled"}}})"),
            json(R"({"metadata":{"name":"other"}})") };
        objects.deployments = {
            json(R"({"metadata":{"name":"cart-v1","namespace":"shop"},"spec":{"replicas":2,"selector":{"matchLabels":
                {"app":"cart","version":"v1"}},"template":{"metadata":{"labels":{"app":"cart","version":"v1"}}}},
                "status":{"replicas":2,"availableReplicas":2}})"),
            json(
                R"({"metadata":{"name":"cart-v2","namespace":"shop","annotations":{"health.kiali.io/rate":"5XX,50,60,http"}},
                "spec":{"selector":{"matchLabels":{"app":"cart","version":"v2"}},"template":{"metadata":{"labels":
                {"app":"cart","version":"v2"}}}},"status":{"replicas":1,"availableReplicas":1}})"),
            json(R"({"metadata":{"name":"cart-v1","namespace":"other"},"spec":{"replicas":1,"template":{"metadata":
                {"labels":{"app":"cart"}}}},"status":{"replicas":1,"availableReplicas":1}})"),
        };
        objects.statefulSets = { json(R"({"metadata":{"name":"db","namespace":"shop"},"spec":{"replicas":1,"template":
            {"metadata":{"labels":{"app":"db"}}}},"status":{"replicas":1,"readyReplicas":0}})") };
        const char* podTemplate = R"({"metadata":{"name":"%1","namespace":"shop","labels":{"app":"cart","version":"%2",
            "pod-template-hash":"abc12"},"ownerReferences":[{"kind":"ReplicaSet","name":"%3-abc12"}]},
            "spec":{"containers":[{"name":"cart"}%4]},"status":{"phase":"Running","conditions":[{"type":"Ready",
            "status":"True"}],"containerStatuses":[{"restartCount":2}]}})";
        const auto pod = [podTemplate](const char* name, const char* version, const char* workload, bool sidecar) {
            return json(QString::fromLatin1(podTemplate)
                            .arg(QLatin1String(name), QLatin1String(version), QLatin1String(workload),
                                sidecar ? QStringLiteral(",{\"name\":\"istio-proxy\",\"image\":\"proxyv2:1.24.2\"}")
                                        : QString())
                            .toUtf8()
                            .constData());
        };
        objects.pods = { pod("cart-v1-1", "v1", "cart-v1", true), pod("cart-v1-2", "v1", "cart-v1", false),
            pod("cart-v2-1", "v2", "cart-v2", true),
            json(R"({"metadata":{"name":"db-0","namespace":"shop","labels":{"app":"db"},"ownerReferences":
                [{"kind":"StatefulSet","name":"db"}]},"status":{"phase":"Pending","containerStatuses":[{"state":
                {"waiting":{"reason":"CrashLoopBackOff"}},"restartCount":7}]}})") };
        objects.services = { json(R"({"metadata":{"name":"cart","namespace":"shop"},"spec":{"selector":{"app":"cart"},
            "ports":[{"name":"http","port":8080}]}})"),
            json(
                R"({"metadata":{"name":"cart-v2","namespace":"shop"},"spec":{"selector":{"app":"cart","version":"v2"}}})"),
            json(R"({"metadata":{"name":"external","namespace":"shop"},"spec":{"type":"ExternalName"}})") };

        const Inventory inventory = buildInventory(objects, { QStringLiteral("shop") });
        QCOMPARE(inventory.namespaces.size(), 1);
        QCOMPARE(inventory.namespaces[0].injection, QStringLiteral("enabled"));
        QCOMPARE(inventory.workloads.size(), 3); // the "other" namespace is left out
        const WorkloadInfo* v1 = inventory.workload(QStringLiteral("shop"), QStringLiteral("cart-v1"));
        QVERIFY(v1);
        QCOMPARE(v1->pods.size(), 2);
        QCOMPARE(v1->podsWithSidecar, 1);
        QVERIFY(v1->missingSidecar());
        QCOMPARE(v1->replicas.desired, 2);
        QCOMPARE(v1->services.size(), 1);
        const WorkloadInfo* v2 = inventory.workload(QStringLiteral("shop"), QStringLiteral("cart-v2"));
        QCOMPARE(v2->replicas.desired, 1); // spec.replicas defaults to 1
        QVERIFY(!v2->missingSidecar());
        QCOMPARE(v2->services.size(), 2);
        const WorkloadInfo* db = inventory.workload(QStringLiteral("shop"), QStringLiteral("db"));
        QCOMPARE(db->kind, QStringLiteral("StatefulSet"));
        QCOMPARE(db->pods.size(), 1);
        QCOMPARE(inventory.pods[db->pods[0]].status, QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(inventory.pods[db->pods[0]].restarts, 7);
        const AppInfo* cart = inventory.app(QStringLiteral("shop"), QStringLiteral("cart"));
        QVERIFY(cart);
        QCOMPARE(cart->versions, QStringList({ QStringLiteral("v1"), QStringLiteral("v2") }));
        QCOMPARE(cart->services.size(), 2);
        QCOMPARE(inventory.service(QStringLiteral("shop"), QStringLiteral("cart"))->workloads.size(), 2);
        QVERIFY(inventory.service(QStringLiteral("shop"), QStringLiteral("external"))->workloads.isEmpty());

        // Health: db has no available replica; cart-v2's annotation tolerates 50 % errors where the default does not.
        TrafficIndex traffic;
        traffic.workloads[key(QStringLiteral("shop"), QStringLiteral("cart-v2"))].inbound = rates("http:200=6,500=4");
        traffic.workloads[key(QStringLiteral("shop"), QStringLiteral("cart-v1"))].inbound = rates("http:200=6,500=4");
        traffic.apps[key(QStringLiteral("shop"), QStringLiteral("cart"))].inbound = rates("http:200=12");
        const HealthReport report = computeHealth(inventory, traffic, graph::HealthConfig::defaultTolerances());
        const auto find = [](const QList<EntityHealth>& list, const QString& name) {
            for (const EntityHealth& e : list) {
                if (e.name == name)
                    return e;
            }
            return EntityHealth {};
        };
        QCOMPARE(find(report.workloads, QStringLiteral("db")).status, Status::Failure);
        QCOMPARE(find(report.workloads, QStringLiteral("cart-v1")).status, Status::Failure);
        const EntityHealth cartV2 = find(report.workloads, QStringLiteral("cart-v2"));
        QCOMPARE(cartV2.status, Status::Healthy);
        QVERIFY(cartV2.customTolerances);
        QCOMPARE(find(report.apps, QStringLiteral("cart")).status, Status::Healthy);
        QCOMPARE(find(report.apps, QStringLiteral("db")).status, Status::Failure); // its workload's replicas
        QCOMPARE(find(report.services, QStringLiteral("external")).status, Status::NA);
        QCOMPARE(report.appCountsByNamespace.value(QStringLiteral("shop")).count(Status::Failure), 1);
        QVERIFY(report.anyFailure());

        // Without Prometheus request health is unknown, not "no traffic".
        const HealthReport noProm = computeHealth(inventory, {}, graph::HealthConfig::defaultTolerances(), false);
        QCOMPARE(find(noProm.workloads, QStringLiteral("cart-v2")).status, Status::Healthy);
        QVERIFY(find(noProm.services, QStringLiteral("cart")).reason.contains(QStringLiteral("Prometheus")));
    }

    void annotationOverride()
    {
        QCOMPARE(annotationTolerances(QStringLiteral("4xx,10,20,http,inbound;5xx,5,10,http,inbound")).size(), 2);
        QVERIFY(annotationTolerances(QStringLiteral("nonsense")).isEmpty()); // falls back to the configured set
        QVERIFY(annotationTolerances(QString()).isEmpty());
        QCOMPARE(annotationTolerances(QStringLiteral("5xx,20,10,http,inbound")).size(), 0); // degraded > failure
    }
};

QTEST_GUILESS_MAIN(TestHealthRules)
#include "tst_healthrules.moc"
