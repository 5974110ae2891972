// The built-in demo mesh: the real simulator and the real Prometheus, started the way --demo starts them.
#include "app/demomesh.h"
#include "models/net/httpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace meshscope;

class TestDemoMesh : public QObject
{
    Q_OBJECT
private slots:
    void startsSimulatorAndPrometheus()
    {
        DemoMesh demo;
        demo.setSimulatorPath(QStringLiteral(MESHSCOPE_SIM_EXE));
        QSignalSpy ready(&demo, &DemoMesh::ready);
        QSignalSpy failed(&demo, &DemoMesh::failed);
        demo.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(demo.isReady());
        QVERIFY(QFileInfo::exists(demo.endpoints().kubeconfig));
        QCOMPARE(demo.endpoints().api.scheme(), QStringLiteral("https"));
        QVERIFY(!demo.endpoints().prometheus.isEmpty());

        // History before the first scrape: five minutes ago Prometheus already knows the traffic.
        HttpClient history;
        HttpRequest past;
        QUrl pastUrl = demo.endpoints().prometheus.resolved(QUrl(QStringLiteral("/api/v1/query")));
        pastUrl.setQuery(QStringLiteral("query=%1&time=%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                                 QStringLiteral("sum(rate(istio_requests_total{reporter=\"destination\"}[1m]))"))))
                             .arg(QDateTime::currentSecsSinceEpoch() - 300));
        past.url = pastUrl;
        QByteArray pastBody;
        bool pastDone = false;
        history.send(past, this, [&](const HttpResponse& response) {
            pastBody = response.body;
            pastDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(pastDone, 10000);
        const QJsonArray pastResult
            = QJsonDocument::fromJson(pastBody).object()[QStringLiteral("data")][QStringLiteral("result")].toArray();
        QVERIFY2(!pastResult.isEmpty() && pastResult.first()[QStringLiteral("value")][1].toString().toDouble() > 10,
            pastBody.constData());

        // Prometheus scrapes the simulator: the target becomes healthy.
        HttpClient http;
        bool up = false;
        QElapsedTimer clock;
        clock.start();
        while (!up && clock.elapsed() < 60000) {
            HttpRequest request;
            request.url = demo.endpoints().prometheus.resolved(QUrl(QStringLiteral("/api/v1/targets")));
            QByteArray body;
            bool done = false;
            http.send(request, this, [&](const HttpResponse& response) {
                body = response.body;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
            const QJsonArray targets = QJsonDocument::fromJson(body)
                                           .object()
                                           .value(QStringLiteral("data"))
                                           .toObject()
                                           .value(QStringLiteral("activeTargets"))
                                           .toArray();
            up = !targets.isEmpty() && targets.first().toObject().value(QStringLiteral("health")).toString() == u"up";
            if (!up)
                QTest::qWait(500);
        }
        QVERIFY2(up, "Prometheus never scraped the simulator successfully");
    }

    void missingSimulatorIsAClearError()
    {
        DemoMesh demo;
        demo.setSimulatorPath(QStringLiteral("/nonexistent/meshscope-sim"));
        QSignalSpy failed(&demo, &DemoMesh::failed);
        demo.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("simulator")));
        QVERIFY(!demo.isReady());
    }
};

QTEST_GUILESS_MAIN(TestDemoMesh)
#include "tst_demomesh.moc"
