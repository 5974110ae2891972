#pragma once

// A loopback HTTP(S) server that misbehaves on purpose, for the error paths of every client: any status with
// any headers (Retry-After, Location), delays, hanging without an answer, closing at once, garbage instead of
// HTTP, truncated bodies, oversized and never-ending bodies (optionally trickled), redirect loops, and TLS with a
// certificate no CA vouches for. It records every request (method, target, headers, body).
//
//   BadHttpServer server;                                            // or BadHttpServer server(BadHttpServer::Https);
//   server.setDefault(BadReply::json(200, R"({"status":"success",…})"));
//   server.route("/api/v1/query_range", BadReply::retryAfter("1"));   // longest matching path prefix wins
//   server.enqueue(BadReply::json(503, "{}"));                       // the next request only, before routes
//   server.setDefault(BadReply::redirect("/loop"));                   // a redirect loop
//   … point the client at server.url("/prefix") …
//   QCOMPARE(server.requestCount(), 11);

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QTemporaryDir;

namespace meshscope::testing {

struct CapturedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
};

struct BadReply
{
    enum class Mode
    {
        Normal, // status, headers, body; the connection stays open
        Hang, // reads the request and never answers
        Close, // closes the connection without an answer
        Garbage, // writes body (not HTTP) and closes
        Truncated, // announces body.size() bytes, sends sendBytes of them, closes
        Stream, // sends body, then filler again and again: totalBytes in all, or chunked and never ending
    };
    Mode mode = Mode::Normal;
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // before anything is sent
    qint64 sendBytes = 0; // Truncated
    QByteArray filler = "x"; // Stream
    qint64 totalBytes = -1; // Stream: the whole body with Content-Length; -1: chunked, never ends
    int chunkIntervalMs = 0; // Stream: pause between filler chunks (0: as fast as the socket takes them)

    static BadReply json(int status, const QByteArray& body);
    static BadReply text(int status, const QByteArray& body);
    static BadReply hang();
    static BadReply closeConnection();
    static BadReply garbage(const QByteArray& bytes);
    static BadReply truncated(int status, const QByteArray& body, qint64 sendBytes);
    static BadReply endless(const QByteArray& prefix, const QByteArray& filler, int chunkIntervalMs = 0);
    static BadReply oversized(const QByteArray& prefix, const QByteArray& filler, qint64 totalBytes);
    static BadReply redirect(const QByteArray& location, int status = 302);
    static BadReply retryAfter(const QByteArray& retryAfter, int status = 429,
        const QByteArray& body = R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":"Too many )"
                                 R"(requests, please try again later.","reason":"TooManyRequests","code":429})");

    BadReply& delayed(int ms)
    {
        delayMs = ms;
        return *this;
    }
    BadReply& withHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append({ name, value });
        return *this;
    }
};

class BadHttpServer : public QObject
{
    Q_OBJECT
public:
    enum Transport
    {
        Http,
        Https, // a fresh self-signed certificate for 127.0.0.1: a CA the client does not know
    };
    explicit BadHttpServer(Transport transport = Http, QObject* parent = nullptr);
    ~BadHttpServer() override;

    bool isListening() const;
    QString error() const { return m_error; }
    QUrl url(const QString& pathAndQuery = QStringLiteral("/")) const;
    QSslCertificate certificate() const { return m_certificate; } // Https: to trust it on purpose
    QByteArray certificatePem() const { return m_certificate.toPem(); }

    using Handler = std::function<BadReply(const CapturedRequest&)>;
    void setDefault(const BadReply& reply) { m_default = reply; }
    void route(const QByteArray& pathPrefix, const BadReply& reply) { m_routes.insert(pathPrefix, reply); }
    void clearRoutes() { m_routes.clear(); }
    void enqueue(const BadReply& reply) { m_queue.append(reply); }
    // Decides every reply when set (queue, routes and default are then unused).
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Requests without exactly this Authorization header get a Kubernetes 401 Status.
    void requireAuthorization(const QByteArray& value) { m_requiredAuthorization = value; }

    const QList<CapturedRequest>& requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    void clearRequests() { m_requests.clear(); }
    int connectionCount() const { return m_connections; } // accepted so far
    qint64 bytesSent() const { return m_bytesSent; }

private:
    struct Connection;
    void accept();
    void read(QTcpSocket* socket);
    BadReply choose(const CapturedRequest& request);
    void send(QTcpSocket* socket, const BadReply& reply);
    void pump(QTcpSocket* socket, bool tick); // tick: the trickle timer (or the first piece)
    void write(QTcpSocket* socket, const QByteArray& bytes);

    QTcpServer* m_server = nullptr;
    std::unique_ptr<QTemporaryDir> m_tlsDir;
    QSslCertificate m_certificate;
    QString m_error;
    bool m_tls = false;
    BadReply m_default = BadReply::json(200, "{}");
    QHash<QByteArray, BadReply> m_routes;
    QList<BadReply> m_queue;
    Handler m_handler;
    QByteArray m_requiredAuthorization;
    QList<CapturedRequest> m_requests;
    QHash<QTcpSocket*, std::shared_ptr<Connection>> m_state;
    int m_connections = 0;
    qint64 m_bytesSent = 0;
};

} // namespace meshscope::testing
