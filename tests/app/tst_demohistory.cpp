// The demo mesh's history: the simulator runs through the last hour and writes its recent minutes, `meshscope-sim
// backfill` writes the older part, promtool turns both into blocks, and the real Prometheus — started on them and
// scraping the live simulator — has data at once, over the whole hour, with no counter reset where the parts
// join or where live scrapes take over.
#include "app/demohistory.h"
#include "app/demomesh.h"
#include "models/net/httpclient.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace meshscope;

namespace {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

void stop(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

class TestDemoHistory : public QObject
{
    Q_OBJECT

    HttpClient m_http;

    QJsonArray query(const QUrl& prometheus, const QString& promql, qint64 time)
    {
        QUrl url = prometheus.resolved(QUrl(QStringLiteral("/api/v1/query")));
        QUrlQuery parameters;
        parameters.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(promql)));
        parameters.addQueryItem(QStringLiteral("time"), QString::number(time));
        url.setQuery(parameters);
        HttpRequest request;
        request.url = url;
        QByteArray body;
        bool done = false;
        m_http.send(request, this, [&](const HttpResponse& response) {
            body = response.body;
            done = true;
        });
        QElapsedTimer clock;
        clock.start();
        while (!done && clock.elapsed() < 20000)
            QTest::qWait(20);
        return QJsonDocument::fromJson(body).object()[QStringLiteral("data")][QStringLiteral("result")].toArray();
    }

    static double value(const QJsonArray& result)
    {
        return result.isEmpty() ? -1 : result.first()[QStringLiteral("value")][1].toString().toDouble();
    }

private slots:
    void historyJoinsWithoutSeams()
    {
        const QString promtool = DemoHistory::findPromtool();
        QVERIFY2(!promtool.isEmpty() && !DemoMesh::findPrometheus().isEmpty(), "prometheus/promtool are not installed");
        QTemporaryDir dir;
        DemoHistory::Plan plan;
        plan.simulator = QStringLiteral(MESHSCOPE_SIM_EXE);
        plan.promtool = promtool;
        plan.workDir = dir.path();
        plan.dataDir = dir.filePath(QStringLiteral("tsdb"));
        plan.end = QDateTime::currentSecsSinceEpoch() / 30 * 30;
        plan.hours = 1;
        plan.recentSeconds = 600;
        DemoHistory history(plan);

        QProcess simulator;
        simulator.setProcessChannelMode(QProcess::ForwardedChannels);
        simulator.start(plan.simulator,
            QStringList { QStringLiteral("--scenario"), QStringLiteral("bookinfo"), QStringLiteral("--state-dir"),
                dir.filePath(QStringLiteral("sim")) }
                + history.simulatorArguments());
        const QString endpointsFile = dir.filePath(QStringLiteral("sim/endpoints.json"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(endpointsFile), 60000);
        QFile endpoints(endpointsFile);
        QVERIFY(endpoints.open(QIODevice::ReadOnly));
        const QUrl metrics(QJsonDocument::fromJson(endpoints.readAll()).object()[QStringLiteral("metrics")].toString());

        QString recentError = QStringLiteral("pending"), olderError = QStringLiteral("pending");
        history.loadRecent([&](const QString& error) { recentError = error; });
        QTRY_VERIFY_WITH_TIMEOUT(recentError != QLatin1String("pending"), 60000);
        QVERIFY2(recentError.isEmpty(), qPrintable(recentError));
        history.loadOlder([&](const QString& error) { olderError = error; });
        QTRY_VERIFY_WITH_TIMEOUT(olderError != QLatin1String("pending"), 120000);
        QVERIFY2(olderError.isEmpty(), qPrintable(olderError));
        QVERIFY(QDir(plan.dataDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 2);

        // Prometheus on both parts, scraping the live simulator every second.
        QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(DemoMesh::prometheusConfig(metrics, 1).toUtf8());
        config.close();
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
        QProcess prometheus;
        prometheus.setStandardOutputFile(dir.filePath(QStringLiteral("prometheus.log")));
        prometheus.setStandardErrorFile(dir.filePath(QStringLiteral("prometheus.log")));
        prometheus.start(DemoMesh::findPrometheus(),
            { QStringLiteral("--config.file=") + config.fileName(),
                QStringLiteral("--storage.tsdb.path=") + plan.dataDir,
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(url.port()) });
        const QString total = QStringLiteral("sum(rate(istio_requests_total{reporter=\"destination\","
                                             "destination_service_name=\"productpage\"}[2m]))");
        // Data at once: 5 minutes ago (recent part) and 40 minutes ago (older part), about the entry rate each.
        QTRY_VERIFY_WITH_TIMEOUT(value(query(url, total, plan.end - 300)) > 0, 60000);
        QVERIFY2(qAbs(value(query(url, total, plan.end - 300)) - plan.trafficRate) < 2,
            qPrintable(QString::number(value(query(url, total, plan.end - 300)))));
        QVERIFY2(qAbs(value(query(url, total, plan.end - 2400)) - plan.trafficRate) < 2,
            qPrintable(QString::number(value(query(url, total, plan.end - 2400)))));

        // No seam: no series resets where the parts join, nor where the live scrapes continue them.
        const QString resets = QStringLiteral("sum(resets(istio_requests_total[70m]))");
        QTRY_VERIFY_WITH_TIMEOUT(
            value(query(url, QStringLiteral("count(up == 1)"), QDateTime::currentSecsSinceEpoch())) > 0, 30000);
        QTest::qWait(2500); // a few live scrapes
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(value(query(url, resets, now)), 0.0);
        // The live series are the backfilled ones (no job/instance labels): one series per label set.
        QVERIFY(value(query(url, QStringLiteral("count(istio_requests_total{job=\"meshscope-sim\"})"), now)) < 0);
        QVERIFY(value(query(url, total, now)) > 0);
        stop(prometheus);
        stop(simulator);
    }
};

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "tst_demohistory.moc"
