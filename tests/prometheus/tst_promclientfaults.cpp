// PromClient against a misbehaving loopback server: HTTP errors, warnings, timeouts, bodies that never end or end
// early, redirect loops, rate limiting, and an unreachable or unconfigured Prometheus.
#include "models/net/httpclient.h"
#include "models/prometheus/promclient.h"
#include "promclienttesting.h"
#include "support/badhttpserver.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace meshscope;
using namespace meshscope::testing;

class TestPromClientFaults : public QObject
{
    Q_OBJECT

    HttpClient m_http;

private slots:
    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QStringList>("messageContains");

        QTest::newRow("service proxy 503")
            << 503 << serviceProxy503 << QStringLiteral("http")
            << QStringList { QStringLiteral("unavailable (HTTP 503)"), QStringLiteral("no endpoints available") };
        QTest::newRow("401") << 401 << QByteArray("Unauthorized\n") << QStringLiteral("http")
                             << QStringList { QStringLiteral("refused the credentials (HTTP 401)") };
        QTest::newRow("404 html") << 404 << QByteArray("<html><body>404 page not found</body></html>")
                                  << QStringLiteral("http") << QStringList { QStringLiteral("path prefix") };
        QTest::newRow("prometheus 422")
            << 422 << QByteArray(R"({"status":"error","errorType":"execution","error":"found duplicate series"})")
            << QStringLiteral("execution") << QStringList { QStringLiteral("found duplicate series") };
        QTest::newRow("200 not JSON") << 200 << QByteArray("garbage") << QStringLiteral("parse")
                                      << QStringList { QStringLiteral("not valid JSON") };
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, errorType);
        QFETCH(QStringList, messageContains);
        BadHttpServer server;
        server.setDefault(BadReply::json(200, emptyVector));
        server.setDefault(BadReply::json(status, body));
        PromConfig config;
        config.url = server.url();
        config.url.setUserInfo(QStringLiteral("user:topsecret"));
        PromClient client(&m_http, config);
        const PromResult result = await(
            [&](QObject* context, PromClient::Done done) { client.instant(QStringLiteral("up"), 0, context, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.errorType, errorType);
        for (const QString& part : messageContains)
            QVERIFY2(result.error.contains(part), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QLatin1String("topsecret")), qPrintable(result.error));
    }

    void warningsPassedAlong()
    {
        BadHttpServer server;
        server.setDefault(BadReply::json(200, emptyVector));
        server.setDefault(BadReply::json(200,
            R"({"status":"success","data":{"resultType":"vector","result":[]},"warnings":["partial response: store a unreachable"]})"));
        PromConfig config;
        config.url = server.url();
        PromClient client(&m_http, config);
        const PromResult result = await(
            [&](QObject* context, PromClient::Done done) { client.instant(QStringLiteral("up"), 0, context, done); });
        QVERIFY(result.ok());
        QCOMPARE(result.warnings, QStringList { QStringLiteral("partial response: store a unreachable") });
    }

    void timeout()
    {
        BadHttpServer server;
        server.setDefault(BadReply::json(200, emptyVector));
        server.setDefault(BadReply::hang());
        PromConfig config;
        config.url = server.url();
        config.timeout = std::chrono::milliseconds(300);
        PromClient client(&m_http, config);
        bool called = false;
        const PromResult result = await(
            [&](QObject* context, PromClient::Done done) { client.instant(QStringLiteral("up"), 0, context, done); },
            &called);
        QVERIFY(called);
        QCOMPARE(result.errorType, QStringLiteral("timeout"));
        QVERIFY2(result.error.contains(QLatin1String("did not answer within 0.3 s")), qPrintable(result.error));
    }

    // A body that never ends is cut off at the limit with a message that says how to raise it.
    void endlessBodyIsCutOff()
    {
        BadHttpServer server;
        server.setDefault(BadReply::endless(R"({"status":"success","data":{"resultType":"vector","result":[)",
            R"({"metric":{"a":"b"},"value":[1700000000,"1"]},)"));
        PromConfig config;
        config.url = server.url();
        config.maxBodyBytes = 1024 * 1024;
        PromClient client(&m_http, config);
        const PromResult result = await(
            [&](QObject* context, PromClient::Done done) { client.instant(QStringLiteral("up"), 0, context, done); });
        QCOMPARE(result.errorType, QStringLiteral("too-large"));
        QVERIFY2(result.error.contains(QLatin1String("sent a response larger than 1 MB; it was not read to its end"))
                && result.error.contains(QLatin1String("--prometheus-max-body-mb")),
            qPrintable(result.error));
        QCOMPARE(PromConfig().maxBodyBytes, 512LL * 1024 * 1024); // the documented default
    }

    void redirectLoopIsAnError()
    {
        BadHttpServer server;
        server.setDefault(BadReply::redirect("/prometheus/api/v1/query"));
        PromConfig config;
        config.url = server.url(QStringLiteral("/prometheus"));
        PromClient client(&m_http, config);
        const PromResult result = await(
            [&](QObject* context, PromClient::Done done) { client.instant(QStringLiteral("up"), 0, context, done); });
        QVERIFY(!result.ok());
        QVERIFY2(
            result.error.contains(QLatin1String("redirected the query more than 10 times")), qPrintable(result.error));
        QCOMPARE(server.requestCount(), 11);
    }

    void truncatedBodyIsAnError()
    {
        BadHttpServer server;
        server.setDefault(
            BadReply::truncated(200, R"({"status":"success","data":{"resultType":"vector","result":[]}})", 20));
        PromConfig config;
        config.url = server.url();
        PromClient client(&m_http, config);
        const PromResult result = await(
            [&](QObject* context, PromClient::Done done) { client.instant(QStringLiteral("up"), 0, context, done); });
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("answered (HTTP 200), but the response broke off")),
            qPrintable(result.error));
    }

    // A rate-limiting proxy in front of Prometheus: who limited, how long it asked to wait, and its reason.
    void rateLimitedIsSaid_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << QByteArray("7")
                                 << QStringLiteral("rate limited the query (HTTP 429) and asked to wait 7 s");
        QTest::newRow("date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT")
                              << QStringLiteral("asked to wait until Wed, 21 Oct 2015 07:28:00 GMT");
    }

    void rateLimitedIsSaid()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, expected);
        BadHttpServer server;
        server.setDefault(BadReply::retryAfter(retryAfter, 429, R"({"status":"error","error":"slow down"})"));
        PromConfig config;
        config.url = server.url();
        PromClient client(&m_http, config);
        const PromResult result = await(
            [&](QObject* context, PromClient::Done done) { client.instant(QStringLiteral("up"), 0, context, done); });
        QVERIFY(!result.ok());
        QVERIFY2(
            result.error.contains(QStringLiteral("Prometheus at ") + server.url().toDisplayString(QUrl::RemoveQuery)),
            qPrintable(result.error));
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY2(result.error.endsWith(QLatin1String("slow down")), qPrintable(result.error));
        QCOMPARE(server.requestCount(), 1); // an answer, not retried: the next refresh asks again
    }

    void unreachable()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        PromConfig config;
        config.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        PromClient client(&m_http, config);
        const PromResult result = await(
            [&](QObject* context, PromClient::Done done) { client.instant(QStringLiteral("up"), 0, context, done); });
        QCOMPARE(result.errorType, QStringLiteral("transport"));
        QVERIFY2(result.error.contains(QLatin1String("unreachable")), qPrintable(result.error));

        PromClient unconfigured(&m_http, PromConfig {});
        const PromResult none = await([&](QObject* context, PromClient::Done done) {
            unconfigured.instant(QStringLiteral("up"), 0, context, done);
        });
        QCOMPARE(none.errorType, QStringLiteral("config"));
    }
};

QTEST_GUILESS_MAIN(TestPromClientFaults)
#include "tst_promclientfaults.moc"
