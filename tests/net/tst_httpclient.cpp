// HttpClient against a tiny local HTTP server: many long-lived streams never starve ordinary requests. Against a
// misbehaving server: bodies past the limit (announced or endless) are cut off with a message, redirect loops stop
// after 10, a body that breaks off is no success, garbage and hangs end with an error.
#include "models/net/httpclient.h"
#include "support/badhttpserver.h"
#include "support/waiting.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace meshscope;
using namespace meshscope::testing;

namespace {

HttpResponse sendAndWait(HttpClient& client, HttpRequest request, int timeoutMs = 30000)
{
    QObject context;
    const auto response
        = waitForCallback<HttpResponse>([&](auto done) { client.send(request, &context, done); }, timeoutMs + 5000);
    return response.value_or(HttpResponse {});
}

// Answers /stream with a chunked response that stays open, anything else with "ok".
class TinyServer : public QTcpServer
{
public:
    TinyServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const QByteArray request = socket->readAll();
                    if (request.startsWith("GET /stream"))
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                                      "chunked\r\n\r\n6\r\nhello\n\r\n");
                    else
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                });
            }
        });
    }
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private slots:
    void streamsDoNotStarveRequests()
    {
        TinyServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        HttpClient client;
        constexpr int streams = 12; // more than Qt's 6 connections per host and manager
        int streamsWithData = 0;
        QList<QPointer<QNetworkReply>> replies;
        for (int i = 0; i < streams; ++i) {
            HttpRequest request;
            request.url = QUrl(base + QStringLiteral("/stream"));
            request.timeout = std::chrono::seconds(60);
            replies << client.stream(
                request, this, [&](const QByteArray& data) { streamsWithData += data.contains("hello") ? 1 : 0; },
                [](const HttpResponse&) {});
        }
        QTRY_COMPARE_WITH_TIMEOUT(streamsWithData, streams, 30000); // every stream is connected, none queued
        QCOMPARE(
            client.streamManagerCount(), (streams + HttpClient::streamsPerManager - 1) / HttpClient::streamsPerManager);
        std::optional<HttpResponse> quick;
        HttpRequest request;
        request.url = QUrl(base + QStringLiteral("/quick"));
        client.send(request, this, [&](const HttpResponse& response) { quick = response; });
        QTRY_VERIFY_WITH_TIMEOUT(quick.has_value(), 30000);
        QVERIFY(quick->ok());
        QCOMPARE(quick->body, QByteArray("ok"));
        // Closed streams free their slot: a new stream reuses an existing manager.
        for (const auto& reply : std::as_const(replies)) {
            if (reply)
                reply->abort();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](const auto& r) { return r.isNull(); }), 30000);
        HttpRequest again;
        again.url = QUrl(base + QStringLiteral("/stream"));
        client.stream(
            again, this, [](const QByteArray&) {}, [](const HttpResponse&) {});
        QCOMPARE(
            client.streamManagerCount(), (streams + HttpClient::streamsPerManager - 1) / HttpClient::streamsPerManager);
    }

    void bodyPastTheLimitIsCutOff_data()
    {
        QTest::addColumn<int>("kind"); // 0: Content-Length announces it, 1: chunked and endless
        QTest::newRow("announced") << 0;
        QTest::newRow("endless") << 1;
    }

    void bodyPastTheLimitIsCutOff()
    {
        QFETCH(int, kind);
        BadHttpServer server;
        const QByteArray filler = R"({"metric":{},"value":[1,"1"]},)";
        server.setDefault(
            kind == 0 ? BadReply::oversized("[", filler, 64LL * 1024 * 1024) : BadReply::endless("[", filler));
        HttpClient client;
        HttpRequest request;
        request.url = server.url(QStringLiteral("/big"));
        request.maxBodyBytes = 1024 * 1024;
        const HttpResponse response = sendAndWait(client, request);
        QVERIFY(response.tooLarge);
        QVERIFY(!response.ok());
        QVERIFY(response.failedInTransit());
        QVERIFY(response.body.isEmpty()); // nothing half-read is handed on
        QVERIFY2(response.errorString.contains(QStringLiteral("larger than 1 MB")), qPrintable(response.errorString));
        // Stopped near the limit, not after the server's 64 MB (or never).
        QVERIFY2(server.bytesSent() < 48LL * 1024 * 1024, qPrintable(QString::number(server.bytesSent())));
    }

    void defaultLimitIsDocumentedSize() { QCOMPARE(HttpRequest().maxBodyBytes, 512LL * 1024 * 1024); }

    void redirectLoopStopsAfterTen()
    {
        BadHttpServer server;
        server.setDefault(BadReply::redirect("/loop"));
        HttpClient client;
        HttpRequest request;
        request.url = server.url(QStringLiteral("/start"));
        const HttpResponse response = sendAndWait(client, request);
        QVERIFY(response.tooManyRedirects);
        QVERIFY(!response.ok());
        QVERIFY2(
            response.errorString.contains(QStringLiteral("more than 10 redirects")), qPrintable(response.errorString));
        QCOMPARE(server.requestCount(), 11); // the request and ten redirects
    }

    void truncatedBodyIsNoSuccess()
    {
        BadHttpServer server;
        server.setDefault(BadReply::truncated(200, QByteArray(4096, 'x'), 100));
        HttpClient client;
        HttpRequest request;
        request.url = server.url();
        const HttpResponse response = sendAndWait(client, request);
        QVERIFY(!response.ok());
        QVERIFY(response.failedInTransit());
        QVERIFY2(!response.errorString.isEmpty(), "a broken-off body must say so");
    }

    void garbageHangAndCloseEndWithAnError_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("garbage") << int(BadReply::Mode::Garbage);
        QTest::newRow("close") << int(BadReply::Mode::Close);
        QTest::newRow("hang") << int(BadReply::Mode::Hang);
    }

    void garbageHangAndCloseEndWithAnError()
    {
        QFETCH(int, mode);
        BadHttpServer server;
        BadReply reply = BadReply::garbage("\x16\x03\x01 not http at all\r\n\r\n");
        reply.mode = BadReply::Mode(mode);
        server.setDefault(reply);
        HttpClient client;
        HttpRequest request;
        request.url = server.url();
        request.timeout = std::chrono::milliseconds(1500);
        const HttpResponse response = sendAndWait(client, request, 1500);
        QVERIFY(!response.ok());
        QVERIFY(response.failedInTransit());
        QVERIFY(!response.errorString.isEmpty());
        if (BadReply::Mode(mode) == BadReply::Mode::Hang)
            QVERIFY(response.timedOut);
    }

    void slowTrickleIsBoundedByTheTimeout()
    {
        BadHttpServer server;
        server.setDefault(BadReply::endless("{", " ", 50)); // a byte every 50 ms, forever
        HttpClient client;
        HttpRequest request;
        request.url = server.url();
        request.timeout = std::chrono::milliseconds(1000);
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = sendAndWait(client, request, 1000);
        QVERIFY(response.timedOut);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
