// HttpClient against a tiny local HTTP server: many long-lived streams never starve ordinary requests.
#include "models/net/httpclient.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace meshscope;

namespace {

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
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
