// The acceptance test: the real meshscope-sim (bookinfo) scraped every second by the real Prometheus;
// after `kubectl apply` of reviews v1 20 / v2 30 / v3 50 the split Prometheus measures is within ±5 points.
// Also: istiod and Envoy answers through the simulator's pod proxy, fetched with the real kubectl.

#include "support/prometheusserver.h"
#include "support/simprocess.h"
#include "support/testdata.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace meshscope::testing;

class TestSimPrometheus : public QObject
{
    Q_OBJECT

private:
    SimProcess m_sim;

    QString podName(const QString& ns, const QString& selector)
    {
        return QString::fromUtf8(m_sim
                                     .kubectl({ QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), ns,
                                         QStringLiteral("-l"), selector, QStringLiteral("-o"),
                                         QStringLiteral("jsonpath={.items[0].metadata.name}") })
                                     .out);
    }

    // stdout of kubectl; the test fails (with kubectl's stderr) when it does not exit 0.
    QByteArray kubectl(const QStringList& arguments, const QByteArray& input = {})
    {
        const CommandResult result = m_sim.kubectl(arguments, {}, input);
        if (!result.ok())
            qWarning("kubectl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(result.describe()));
        m_lastExit = result.exitCode;
        return result.out;
    }
    int m_lastExit = -1;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({ QStringLiteral("--scenario"), QStringLiteral("bookinfo") }), qPrintable(m_sim.error()));
    }

    void splitConvergesToAppliedWeights()
    {
        PrometheusServer prometheus;
        QVERIFY2(prometheus.scrape(m_sim.metrics()), qPrintable(prometheus.error()));

        kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, reviewsSubsets());
        QCOMPARE(m_lastExit, 0);
        kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, reviewsWeights(20, 30, 50));
        QCOMPARE(m_lastExit, 0);
        const QDateTime applied = QDateTime::currentDateTimeUtc();

        // A 15 s window that starts after the change (plus a scrape of slack), measured repeatedly until it
        // has data for all three versions or the time is up.
        const QString promql = QStringLiteral("sum by (destination_version) (increase(istio_requests_total{"
                                              "reporter=\"destination\",destination_app=\"reviews\"}[15s]))");
        QMap<QString, double> split;
        double total = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 45000) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (applied.msecsTo(now) < 18000) {
                QTest::qWait(500);
                continue;
            }
            split.clear();
            total = 0;
            for (const QJsonValue& sample : prometheus.query(promql, now)) {
                const QJsonObject object = sample.toObject();
                const double value = object.value(QLatin1String("value")).toArray().at(1).toString().toDouble();
                split[object.value(QLatin1String("metric"))
                          .toObject()
                          .value(QLatin1String("destination_version"))
                          .toString()]
                    = value;
                total += value;
            }
            if (split.size() == 3 && total > 30)
                break;
            QTest::qWait(1000);
        }
        QVERIFY2(total > 0, qPrintable(prometheus.log()));
        const QMap<QString, double> expected { { QStringLiteral("v1"), 20 }, { QStringLiteral("v2"), 30 },
            { QStringLiteral("v3"), 50 } };
        QString figures;
        for (auto it = expected.begin(); it != expected.end(); ++it)
            figures += QStringLiteral("%1 %2% ").arg(it.key()).arg(100.0 * split.value(it.key()) / total, 0, 'f', 1);
        qInfo("measured split over 15 s (%.0f requests): %s", total, qPrintable(figures));
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(qAbs(100.0 * split.value(it.key()) / total - it.value()) <= 5.0, qPrintable(figures));
    }

    void envoyAdminThroughPodProxy()
    {
        const QString pod = podName(QStringLiteral("bookinfo"), QStringLiteral("app=reviews,version=v2"));
        QVERIFY(!pod.isEmpty());
        const QString base = QStringLiteral("/api/v1/namespaces/bookinfo/pods/") + pod + QStringLiteral(":15000/proxy");
        const QJsonObject dump = QJsonDocument::fromJson(kubectl({ QStringLiteral("get"), QStringLiteral("--raw"),
                                                             base + QStringLiteral("/config_dump?include_eds") }))
                                     .object();
        QCOMPARE(m_lastExit, 0);
        const QJsonArray configs = dump.value(QLatin1String("configs")).toArray();
        QCOMPARE(configs.size(), 7); // with EndpointsConfigDump
        QStringList clusters;
        for (const QJsonValue& entry :
            configs.at(1).toObject().value(QLatin1String("dynamic_active_clusters")).toArray())
            clusters.append(
                entry.toObject().value(QLatin1String("cluster")).toObject().value(QLatin1String("name")).toString());
        QVERIFY2(clusters.contains(QStringLiteral("outbound|9080|v2|reviews.bookinfo.svc.cluster.local")),
            qPrintable(clusters.join(QLatin1Char(' '))));
        const QByteArray text
            = kubectl({ QStringLiteral("get"), QStringLiteral("--raw"), base + QStringLiteral("/clusters") });
        QCOMPARE(m_lastExit, 0);
        QVERIFY(text.contains("outbound|9080|v2|reviews.bookinfo.svc.cluster.local::added_via_api::true"));
        const QByteArray stats
            = kubectl({ QStringLiteral("get"), QStringLiteral("--raw"), base + QStringLiteral("/stats/prometheus") });
        QCOMPARE(m_lastExit, 0);
        QVERIFY(stats.contains("istio_requests_total{reporter=\"destination\""));
    }

    void istiodDebugThroughPodProxy()
    {
        const QString istiod = podName(QStringLiteral("istio-system"), QStringLiteral("app=istiod"));
        QVERIFY(!istiod.isEmpty());
        const QString base
            = QStringLiteral("/api/v1/namespaces/istio-system/pods/") + istiod + QStringLiteral(":15014/proxy");
        const QJsonArray syncz = QJsonDocument::fromJson(
            kubectl({ QStringLiteral("get"), QStringLiteral("--raw"), base + QStringLiteral("/debug/syncz") }))
                                     .array();
        QCOMPARE(m_lastExit, 0);
        QVERIFY(syncz.size() >= 6);
        for (const char* field : { "cluster_id", "proxy", "istio_version", "cluster_sent", "cluster_acked",
                 "listener_sent", "listener_acked", "route_sent", "route_acked", "endpoint_sent", "endpoint_acked" })
            QVERIFY2(syncz.first().toObject().contains(QLatin1String(field)), field);

        // STALE on demand through the admin URL.
        const QString proxy = syncz.first().toObject().value(QLatin1String("proxy")).toString();
        QCOMPARE(m_sim.adminRequest("POST", QStringLiteral("/proxies/stale?proxy=") + proxy).status, 200);
        kubectl({ QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-") }, reviewsWeights(25, 25, 50));
        const QJsonArray after = QJsonDocument::fromJson(
            kubectl({ QStringLiteral("get"), QStringLiteral("--raw"), base + QStringLiteral("/debug/syncz") }))
                                     .array();
        int stale = 0;
        for (const QJsonValue& entry : after) {
            const QJsonObject object = entry.toObject();
            if (object.value(QLatin1String("cluster_sent")) != object.value(QLatin1String("cluster_acked"))) {
                ++stale;
                QCOMPARE(object.value(QLatin1String("proxy")).toString(), proxy);
            }
        }
        QCOMPARE(stale, 1);
    }
};

QTEST_GUILESS_MAIN(TestSimPrometheus)
#include "tst_simprometheus.moc"
