// The traffic model without a server: deterministic splits, routing, faults, and the exposition formats.

#include "bookinfofixture.h"
#include "sim/traffic/backfill.h"
#include "sim/traffic/callgraph.h"
#include "sim/traffic/routing.h"
#include "sim/traffic/trafficmodel.h"
#include "sim/traffic/weightedpicker.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace meshscope::sim;
using meshscope::sim::testing::FakeCluster;
using meshscope::sim::testing::parseJson;

namespace {

// Sum of the samples of `metric` whose labels contain every `key="value"` of `must`, grouped by `by`.
QMap<QString, double> sumBy(
    const QByteArray& exposition, const QByteArray& metric, const QStringList& must, const QString& by)
{
    QMap<QString, double> sums;
    const QRegularExpression byLabel(by + QStringLiteral("=\"([^\"]*)\""));
    for (const QByteArray& line : exposition.split('\n')) {
        if (!line.startsWith(QByteArray(metric + '{')))
            continue;
        const QString text = QString::fromUtf8(line);
        bool all = true;
        for (const QString& m : must)
            all = all && text.contains(m);
        if (!all)
            continue;
        const QRegularExpressionMatch match = byLabel.match(text);
        sums[match.hasMatch() ? match.captured(1) : QString()] += text.section(QLatin1Char(' '), -1).toDouble();
    }
    return sums;
}

TrafficOptions quietOptions()
{
    TrafficOptions options;
    options.loggedInEvery = 0; // no header-matched requests unless a test asks for them
    return options;
}

} // namespace

class TestSimTraffic : public QObject
{
    Q_OBJECT

private slots:
    void pickerFollowsWeightsExactly_data()
    {
        QTest::addColumn<QList<int>>("weights");
        QTest::addColumn<int>("picks");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("20/30/50 over 100") << QList<int> { 20, 30, 50 } << 100 << QList<int> { 20, 30, 50 };
        QTest::newRow("20/30/50 over 10") << QList<int> { 20, 30, 50 } << 10 << QList<int> { 2, 3, 5 };
        QTest::newRow("zero weight never picked") << QList<int> { 0, 100 } << 7 << QList<int> { 0, 7 };
        QTest::newRow("one third") << QList<int> { 1, 2 } << 300 << QList<int> { 100, 200 };
    }
    void pickerFollowsWeightsExactly()
    {
        QFETCH(QList<int>, weights);
        QFETCH(int, picks);
        QFETCH(QList<int>, expected);
        SmoothWeightedPicker picker;
        picker.setWeights(weights);
        QList<int> counts(weights.size(), 0);
        for (int i = 0; i < picks; ++i)
            ++counts[picker.pick()];
        QCOMPARE(counts, expected);
    }

    void pickerWithoutWeights()
    {
        SmoothWeightedPicker picker;
        QCOMPARE(picker.pick(), -1);
        picker.setWeights({ 0, 0 });
        QCOMPARE(picker.pick(), -1);
    }

    void fractionAccumulator()
    {
        FractionAccumulator every10th;
        int fired = 0;
        for (int i = 0; i < 1000; ++i)
            fired += every10th.next(0.1) ? 1 : 0;
        QCOMPARE(fired, 100);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("ms");
        QTest::newRow("seconds") << "7s" << 7000;
        QTest::newRow("millis") << "500ms" << 500;
        QTest::newRow("fraction") << "1.5s" << 1500;
        QTest::newRow("minutes") << "2m" << 120000;
        QTest::newRow("garbage") << "soon" << 0;
        QTest::newRow("empty") << "" << 0;
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(int, ms);
        QCOMPARE(parseDurationMs(text), ms);
    }

    void routingFollowsHeaderMatchFirst()
    {
        FakeCluster cluster;
        cluster.setReviewsVirtualService(parseJson(R"({"hosts":["reviews"],"http":[
            {"match":[{"headers":{"end-user":{"exact":"jason"}}}],"route":[{"destination":{"host":"reviews","subset":"v2"}}]},
            {"route":[{"destination":{"host":"reviews","subset":"v1"},"weight":75},
                      {"destination":{"host":"reviews","subset":"v3"},"weight":25}]}]})"));
        const MeshTopology topology = MeshTopology::fromSource(cluster.source());
        RouteRequest request;
        request.sourceNamespace = QStringLiteral("bookinfo");
        request.fqdn = QStringLiteral("reviews.bookinfo.svc.cluster.local");
        request.port = 9080;
        request.headers.insert(QStringLiteral("end-user"), QStringLiteral("jason"));
        RouteDecision decision = decideRoute(topology, request);
        QCOMPARE(decision.virtualService, QStringLiteral("bookinfo/reviews"));
        QCOMPARE(decision.destinations.size(), 1);
        QCOMPARE(decision.destinations.first().subset, QStringLiteral("v2"));

        request.headers.clear();
        decision = decideRoute(topology, request);
        QCOMPARE(decision.destinations.size(), 2);
        QCOMPARE(decision.destinations[0].weight, 75);
        QCOMPARE(decision.destinations[1].subset, QStringLiteral("v3"));
        QCOMPARE(decision.destinations[1].fqdn, QStringLiteral("reviews.bookinfo.svc.cluster.local"));

        request.fqdn = QStringLiteral("details.bookinfo.svc.cluster.local");
        decision = decideRoute(topology, request);
        QVERIFY(decision.virtualService.isEmpty());
        QCOMPARE(decision.destinations.size(), 1);
    }

    void routingReadsFaults()
    {
        FakeCluster cluster;
        cluster.setReviewsVirtualService(parseJson(R"({"hosts":["reviews"],"http":[{"fault":{
            "abort":{"percentage":{"value":25},"httpStatus":500},"delay":{"percentage":{"value":50},"fixedDelay":"2s"}},
            "route":[{"destination":{"host":"reviews","subset":"v1"}}]}]})"));
        const MeshTopology topology = MeshTopology::fromSource(cluster.source());
        RouteRequest request;
        request.sourceNamespace = QStringLiteral("bookinfo");
        request.fqdn = QStringLiteral("reviews.bookinfo.svc.cluster.local");
        const RouteDecision decision = decideRoute(topology, request);
        QCOMPARE(decision.abortPercent, 25.0);
        QCOMPARE(decision.abortStatus, 500);
        QCOMPARE(decision.delayPercent, 50.0);
        QCOMPARE(decision.delayMs, 2000);
    }

    void topologyGroupsPodsIntoWorkloads()
    {
        FakeCluster cluster;
        const MeshTopology topology = MeshTopology::fromSource(cluster.source());
        const MeshService* reviews = topology.findService(QStringLiteral("reviews"), QStringLiteral("bookinfo"));
        QVERIFY(reviews);
        QCOMPARE(topology.workloadsOf(*reviews).size(), 3);
        const QList<int> v2 = topology.workloadsOf(*reviews, { { QStringLiteral("version"), QStringLiteral("v2") } });
        QCOMPARE(v2.size(), 1);
        QCOMPARE(topology.workloads()[v2.first()].name, QStringLiteral("reviews-v2"));
        QCOMPARE(topology.workloads()[v2.first()].principal(),
            QStringLiteral("spiffe://cluster.local/ns/bookinfo/sa/bookinfo-reviews"));
        QVERIFY(topology.findService(QStringLiteral("reviews.bookinfo.svc.cluster.local"), QStringLiteral("x")));
        QVERIFY(!topology.findService(QStringLiteral("reviews"), QStringLiteral("other")));
    }

    void splitFollowsLiveWeights_data()
    {
        QTest::addColumn<QList<int>>("weights");
        QTest::newRow("20/30/50") << QList<int> { 20, 30, 50 };
        QTest::newRow("all v3") << QList<int> { 0, 0, 100 };
        QTest::newRow("even") << QList<int> { 34, 33, 33 };
    }
    void splitFollowsLiveWeights()
    {
        QFETCH(QList<int>, weights);
        FakeCluster cluster;
        TrafficModel model(cluster.source(), quietOptions());
        model.sendEntryRequests(100); // all to v1 first
        cluster.setReviewsWeights(weights[0], weights[1], weights[2]);
        model.markTopologyDirty();
        const QByteArray before = model.registry().exposition();
        model.sendEntryRequests(100);
        const QByteArray after = model.registry().exposition();
        const QStringList must { QStringLiteral("reporter=\"destination\""),
            QStringLiteral("destination_app=\"reviews\"") };
        const QMap<QString, double> a
            = sumBy(before, "istio_requests_total", must, QStringLiteral("destination_version"));
        const QMap<QString, double> b
            = sumBy(after, "istio_requests_total", must, QStringLiteral("destination_version"));
        QCOMPARE(a.value(QStringLiteral("v1")), 100.0);
        for (int i = 0; i < 3; ++i) {
            const QString version = QStringLiteral("v%1").arg(i + 1);
            QCOMPARE(b.value(version) - a.value(version), double(weights[i]));
        }
    }

    // The Gateway API's mesh routing: an HTTPRoute attached to the reviews Service splits by backendRefs weights
    // between per-version Services; a rule with matches wins over the catch-all.
    void splitFollowsHttpRouteWeights()
    {
        FakeCluster cluster;
        cluster.removeAll(QStringLiteral("networking.istio.io"), QStringLiteral("virtualservices"));
        for (const char* version : { "v1", "v2", "v3" })
            cluster.add(QString(), QStringLiteral("services"),
                parseJson(QStringLiteral(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"reviews-%1",
                    "namespace":"bookinfo","resourceVersion":"6"},"spec":{"clusterIP":"10.96.1.%2",
                    "ports":[{"name":"http","port":9080,"targetPort":9080}],
                    "selector":{"app":"reviews","version":"%1"}}})")
                              .arg(QLatin1String(version))
                              .arg(int(version[1] - '0'))
                              .toUtf8()
                              .constData()));
        cluster.add(QStringLiteral("gateway.networking.k8s.io"), QStringLiteral("httproutes"),
            parseJson(R"({"apiVersion":"gateway.networking.k8s.io/v1","kind":"HTTPRoute",
            "metadata":{"name":"reviews","namespace":"bookinfo","resourceVersion":"20"},
            "spec":{"parentRefs":[{"group":"","kind":"Service","name":"reviews","port":9080}],"rules":[
              {"backendRefs":[{"name":"reviews-v1","port":9080,"weight":70},{"name":"reviews-v3","port":9080,"weight":30}]},
              {"matches":[{"headers":[{"name":"end-user","value":"jason"}]}],"backendRefs":[{"name":"reviews-v2","port":9080}]}]}})"));
        TrafficOptions options;
        options.loggedInEvery = 10;
        TrafficModel model(cluster.source(), options);
        model.sendEntryRequests(100);
        const QMap<QString, double> split = sumBy(model.registry().exposition(), "istio_requests_total",
            { QStringLiteral("reporter=\"destination\""), QStringLiteral("destination_app=\"reviews\"") },
            QStringLiteral("destination_version"));
        QCOMPARE(split.value(QStringLiteral("v2")), 10.0);
        QCOMPARE(split.value(QStringLiteral("v1")), 63.0);
        QCOMPARE(split.value(QStringLiteral("v3")), 27.0);
        QCOMPARE(model.topology().httpRoutes().size(), 1);
    }

    void ratingsOnlyFromV2AndV3AndTcpToDatabase()
    {
        FakeCluster cluster;
        cluster.setReviewsWeights(50, 25, 25);
        TrafficModel model(cluster.source(), quietOptions());
        model.sendEntryRequests(40);
        const QByteArray text = model.registry().exposition();
        const QMap<QString, double> toRatings = sumBy(text, "istio_requests_total",
            { QStringLiteral("reporter=\"source\""), QStringLiteral("destination_app=\"ratings\"") },
            QStringLiteral("source_version"));
        QCOMPARE(toRatings.value(QStringLiteral("v1")), 0.0);
        QCOMPARE(toRatings.value(QStringLiteral("v2")) + toRatings.value(QStringLiteral("v3")), 20.0);
        const QMap<QString, double> tcp = sumBy(text, "istio_tcp_connections_opened_total",
            { QStringLiteral("reporter=\"destination\""), QStringLiteral("request_protocol=\"tcp\"") },
            QStringLiteral("destination_app"));
        QCOMPARE(tcp.value(QStringLiteral("mongodb")), 20.0);
        // The egress call is seen by the client sidecar only.
        const QMap<QString, double> egress = sumBy(text, "istio_tcp_connections_opened_total",
            { QStringLiteral("destination_service=\"www.googleapis.com\"") }, QStringLiteral("reporter"));
        QCOMPARE(egress.value(QStringLiteral("source")), 40.0);
        QCOMPARE(egress.value(QStringLiteral("destination")), 0.0);
        // Requests from the ingress gateway carry its identity.
        const QMap<QString, double> entry = sumBy(text, "istio_requests_total",
            { QStringLiteral("reporter=\"destination\""), QStringLiteral("destination_app=\"productpage\"") },
            QStringLiteral("source_workload"));
        QCOMPARE(entry.value(QStringLiteral("istio-ingressgateway")), 40.0);
    }

    void headerMatchSendsJasonToV2()
    {
        FakeCluster cluster;
        cluster.setReviewsVirtualService(parseJson(R"({"hosts":["reviews"],"http":[
            {"match":[{"headers":{"end-user":{"exact":"jason"}}}],"route":[{"destination":{"host":"reviews","subset":"v2"}}]},
            {"route":[{"destination":{"host":"reviews","subset":"v1"}}]}]})"));
        TrafficOptions options;
        options.loggedInEvery = 10;
        TrafficModel model(cluster.source(), options);
        model.sendEntryRequests(100);
        const QMap<QString, double> split = sumBy(model.registry().exposition(), "istio_requests_total",
            { QStringLiteral("reporter=\"destination\""), QStringLiteral("destination_app=\"reviews\"") },
            QStringLiteral("destination_version"));
        QCOMPARE(split.value(QStringLiteral("v2")), 10.0);
        QCOMPARE(split.value(QStringLiteral("v1")), 90.0);
    }

    void faultInjectionAbortsAtTheSource()
    {
        FakeCluster cluster;
        cluster.setReviewsVirtualService(parseJson(R"({"hosts":["reviews"],"http":[{"fault":{
            "abort":{"percentage":{"value":50},"httpStatus":500}},
            "route":[{"destination":{"host":"reviews","subset":"v1"}}]}]})"));
        TrafficModel model(cluster.source(), quietOptions());
        model.sendEntryRequests(20);
        const QByteArray text = model.registry().exposition();
        const QMap<QString, double> codes = sumBy(text, "istio_requests_total",
            { QStringLiteral("reporter=\"source\""), QStringLiteral("destination_service_name=\"reviews\"") },
            QStringLiteral("response_code"));
        QCOMPARE(codes.value(QStringLiteral("500")), 10.0);
        QCOMPARE(codes.value(QStringLiteral("200")), 10.0);
        QVERIFY(text.contains("response_flags=\"FI\""));
        const QMap<QString, double> atReviews = sumBy(text, "istio_requests_total",
            { QStringLiteral("reporter=\"destination\""), QStringLiteral("destination_service_name=\"reviews\"") },
            QStringLiteral("response_code"));
        QCOMPARE(atReviews.value(QStringLiteral("200")), 10.0);
        QCOMPARE(atReviews.value(QStringLiteral("500")), 0.0);
    }

    void serviceFaultKnobs()
    {
        FakeCluster cluster;
        cluster.setReviewsWeights(0, 100, 0);
        TrafficModel model(cluster.source(), quietOptions());
        QString error;
        QVERIFY(
            model.faults().applySpec(QStringLiteral("ratings.bookinfo:errorRate=0.25,delayMs=300,code=502"), &error));
        QVERIFY(!model.faults().applySpec(QStringLiteral("ratings:errorRate=2"), &error));
        QVERIFY(!error.isEmpty());
        model.sendEntryRequests(40);
        const QByteArray text = model.registry().exposition();
        const QMap<QString, double> codes = sumBy(text, "istio_requests_total",
            { QStringLiteral("reporter=\"destination\""), QStringLiteral("destination_app=\"ratings\"") },
            QStringLiteral("response_code"));
        QCOMPARE(codes.value(QStringLiteral("502")), 10.0);
        QCOMPARE(codes.value(QStringLiteral("200")), 30.0);
        // 300 ms added to every ratings request: none is faster than 250 ms.
        const QMap<QString, double> fast = sumBy(text, "istio_request_duration_milliseconds_bucket",
            { QStringLiteral("reporter=\"destination\""), QStringLiteral("destination_app=\"ratings\""),
                QStringLiteral("le=\"250\"") },
            QStringLiteral("reporter"));
        QCOMPARE(fast.value(QStringLiteral("destination")), 0.0);
    }

    void syntheticScenarioCallsEveryServiceUpToTheCap()
    {
        // 2 namespaces x 7 services, one pod each, as the large scenario shapes them.
        QHash<QString, QList<QJsonObject>> objects;
        for (int i = 0; i < 14; ++i) {
            const QString ns = QStringLiteral("large-%1").arg(i % 2);
            const QString app = QStringLiteral("svc-%1").arg(i, 2, 10, QLatin1Char('0'));
            objects[QStringLiteral("/services")].append(
                parseJson(QStringLiteral(R"({"metadata":{"name":"%1","namespace":"%2"},
                "spec":{"clusterIP":"10.0.0.%3","selector":{"app":"%1"},"ports":[{"name":"http","port":8080}]}})")
                              .arg(app, ns)
                              .arg(i)
                              .toUtf8()
                              .constData()));
            objects[QStringLiteral("/pods")].append(
                parseJson(QStringLiteral(R"({"metadata":{"name":"%1-v1-abc-x","namespace":"%2",
                "labels":{"app":"%1","version":"v1"},"annotations":{"sidecar.istio.io/status":"{}"}},
                "status":{"podIP":"10.1.0.%3"}})")
                              .arg(app, ns)
                              .arg(i)
                              .toUtf8()
                              .constData()));
        }
        const ConfigSource source = [&objects](const QString& group, const QString& resource) {
            return objects.value(group + QLatin1Char('/') + resource);
        };
        const MeshTopology topology = MeshTopology::fromSource(source);
        QCOMPARE(CallGraph::build(QStringLiteral("large"), topology, 1000).edgeCount(), 14); // 2 entries + 2 x 6 calls
        QCOMPARE(CallGraph::build(QStringLiteral("large"), topology, 5).edgeCount(), 5);

        TrafficOptions options;
        options.scenario = QStringLiteral("large");
        options.bytesHistograms = false;
        TrafficModel model(source, options);
        model.sendEntryRequests(10);
        const QByteArray text = model.registry().exposition();
        QVERIFY(!text.contains("istio_request_bytes"));
        const QMap<QString, double> perService = sumBy(text, "istio_requests_total",
            { QStringLiteral("reporter=\"destination\"") }, QStringLiteral("destination_service_name"));
        QCOMPARE(perService.size(), 14);
        for (auto it = perService.begin(); it != perService.end(); ++it)
            QCOMPARE(it.value(), 5.0); // each namespace's tree gets half the entry requests
    }

    void expositionIsValidPrometheusText()
    {
        FakeCluster cluster;
        TrafficModel model(cluster.source(), TrafficOptions());
        model.advance(10.0);
        const QByteArray text = model.registry().exposition();
        QVERIFY(!text.isEmpty());
        const QRegularExpression sample(QStringLiteral(
            R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*")(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*")*\} ([0-9.e+-]+|\+Inf)$)"));
        QString family;
        QSet<QString> families;
        QMap<QString, double> lastBucket; // by series, cumulative buckets never decrease
        for (const QByteArray& raw : text.split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.isEmpty())
                continue;
            if (line.startsWith(QLatin1String("# TYPE "))) {
                family = line.section(QLatin1Char(' '), 2, 2);
                QVERIFY2(!families.contains(family), qPrintable(family)); // one block per family
                families.insert(family);
                continue;
            }
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QRegularExpressionMatch match = sample.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            QVERIFY2(match.captured(1).startsWith(family), qPrintable(line));
            if (match.captured(1).endsWith(QLatin1String("_bucket"))) {
                const QString series = line.section(QStringLiteral(",le="), 0, 0);
                const double value = match.captured(4).toDouble();
                QVERIFY2(value >= lastBucket.value(series), qPrintable(line));
                lastBucket[series] = line.contains(QLatin1String("le=\"+Inf\"")) ? -1 : value;
            }
        }
        for (const char* name : { "istio_requests_total", "istio_request_duration_milliseconds", "istio_request_bytes",
                 "istio_response_bytes", "istio_tcp_sent_bytes_total", "istio_tcp_received_bytes_total",
                 "istio_tcp_connections_opened_total", "istio_tcp_connections_closed_total" })
            QVERIFY2(families.contains(QLatin1String(name)), name);
        for (const char* label : { "reporter", "source_workload", "source_workload_namespace", "source_app",
                 "source_version", "source_canonical_service", "source_canonical_revision", "source_principal",
                 "source_cluster", "destination_workload", "destination_workload_namespace", "destination_app",
                 "destination_version", "destination_canonical_service", "destination_canonical_revision",
                 "destination_principal", "destination_cluster", "destination_service", "destination_service_name",
                 "destination_service_namespace", "request_protocol", "response_code", "grpc_response_status",
                 "response_flags", "connection_security_policy" })
            QVERIFY2(text.contains(QByteArray(QByteArray(label) + "=\"")), label);
        QVERIFY(text.contains("istio_request_duration_milliseconds_bucket{"));
        QVERIFY(text.contains(",le=\"1.8e+06\"}"));
        QVERIFY(text.contains("connection_security_policy=\"mutual_tls\""));
    }

    void backfillIsOpenMetrics()
    {
        FakeCluster cluster;
        BackfillOptions options;
        options.hours = 0.25;
        options.stepSeconds = 60;
        options.end = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const BackfillResult result = writeBackfill(cluster.source(), options, buffer);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.series > 0);
        const QByteArray text = buffer.data();
        QVERIFY(text.endsWith("# EOF\n"));
        QVERIFY(text.contains("# TYPE istio_requests counter\n"));
        QVERIFY(text.contains("# TYPE istio_request_duration_milliseconds histogram\n"));
        QMap<QByteArray, qint64> lastTimestamp;
        QSet<QByteArray> closedFamilies;
        QByteArray family;
        for (const QByteArray& line : text.split('\n')) {
            if (line.isEmpty() || line == "# EOF")
                continue;
            if (line.startsWith("# TYPE ")) {
                if (!family.isEmpty())
                    closedFamilies.insert(family);
                family = line.split(' ').value(2);
                QVERIFY(!closedFamilies.contains(family));
                continue;
            }
            const QList<QByteArray> parts = line.split(' ');
            QCOMPARE(parts.size(), 3);
            QVERIFY2(parts[0].startsWith(family), line.constData());
            const qint64 timestamp = parts[2].toLongLong();
            QVERIFY(timestamp >= 1800000000 - 900 && timestamp <= 1800000000);
            QVERIFY2(timestamp > lastTimestamp.value(parts[0]), line.constData());
            lastTimestamp[parts[0]] = timestamp;
        }
    }
};

QTEST_GUILESS_MAIN(TestSimTraffic)
#include "tst_simtraffic.moc"
