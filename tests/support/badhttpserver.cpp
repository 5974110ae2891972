#include "badhttpserver.h"

#include "processes.h"

#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

namespace meshscope::testing {

BadReply BadReply::json(int status, const QByteArray& body)
{
    BadReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

BadReply BadReply::text(int status, const QByteArray& body)
{
    BadReply reply = json(status, body);
    reply.contentType = "text/plain; charset=utf-8";
    return reply;
}

BadReply BadReply::hang()
{
    BadReply reply;
    reply.mode = Mode::Hang;
    return reply;
}

BadReply BadReply::closeConnection()
{
    BadReply reply;
    reply.mode = Mode::Close;
    return reply;
}

BadReply BadReply::garbage(const QByteArray& bytes)
{
    BadReply reply;
    reply.mode = Mode::Garbage;
    reply.body = bytes;
    return reply;
}

BadReply BadReply::truncated(int status, const QByteArray& body, qint64 sendBytes)
{
    BadReply reply = json(status, body);
    reply.mode = Mode::Truncated;
    reply.sendBytes = sendBytes;
    return reply;
}

BadReply BadReply::endless(const QByteArray& prefix, const QByteArray& filler, int chunkIntervalMs)
{
    BadReply reply = json(200, prefix);
    reply.mode = Mode::Stream;
    reply.filler = filler.isEmpty() ? QByteArray("x") : filler;
    reply.chunkIntervalMs = chunkIntervalMs;
    return reply;
}

BadReply BadReply::oversized(const QByteArray& prefix, const QByteArray& filler, qint64 totalBytes)
{
    BadReply reply = endless(prefix, filler);
    reply.totalBytes = totalBytes;
    return reply;
}

BadReply BadReply::redirect(const QByteArray& location, int status)
{
    BadReply reply = text(status, "redirected\n");
    reply.headers.append({ "Location", location });
    return reply;
}

BadReply BadReply::retryAfter(const QByteArray& retryAfter, int status, const QByteArray& body)
{
    BadReply reply = json(status, body);
    reply.headers.append({ "Retry-After", retryAfter });
    return reply;
}

struct BadHttpServer::Connection
{
    QByteArray buffer;
    bool busy = false; // hanging or streaming: later requests on this connection are not answered
    BadReply stream;
    qint64 streamed = 0; // body bytes sent so far
    QTimer* trickle = nullptr;
};

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// A self-signed certificate for 127.0.0.1 made by the openssl command-line tool.
bool makeCertificate(const QString& dir, QSslCertificate* certificate, QSslKey* key, QString* error)
{
    const QString keyFile = dir + QStringLiteral("/key.pem");
    const QString certFile = dir + QStringLiteral("/cert.pem");
    const CommandResult openssl = runProcess(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile });
    if (!openssl.ok()) {
        *error = QStringLiteral("openssl could not make a certificate: ") + openssl.describe();
        return false;
    }
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return false;
    *key = QSslKey(keyIn.readAll(), QSsl::Ec);
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certFile);
    if (certificates.isEmpty() || key->isNull()) {
        *error = QStringLiteral("the generated certificate cannot be loaded");
        return false;
    }
    *certificate = certificates.first();
    return true;
}
} // namespace

BadHttpServer::BadHttpServer(Transport transport, QObject* parent)
    : QObject(parent)
{
    if (transport == Https) {
        m_tlsDir = std::make_unique<QTemporaryDir>();
        QSslKey key;
        if (!makeCertificate(m_tlsDir->path(), &m_certificate, &key, &m_error))
            return;
        auto* server = new QSslServer(this);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_certificate);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(tls);
        server->setHandshakeTimeout(10000);
        m_server = server;
        m_tls = true;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &BadHttpServer::accept);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        m_error = m_server->errorString();
}

BadHttpServer::~BadHttpServer()
{
    // Sockets are children of this object; their timers and state go with them.
    for (auto it = m_state.begin(); it != m_state.end(); ++it)
        it.key()->disconnect(this);
}

bool BadHttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

QUrl BadHttpServer::url(const QString& pathAndQuery) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_server ? m_server->serverPort() : 0)
                    .arg(pathAndQuery));
}

void BadHttpServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        m_state.insert(socket, std::make_shared<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket, false); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_state.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            read(socket);
    }
}

void BadHttpServer::read(QTcpSocket* socket)
{
    const std::shared_ptr<Connection> connection = m_state.value(socket);
    if (!connection)
        return;
    connection->buffer += socket->readAll();
    while (!connection->busy) {
        QByteArray& buffer = connection->buffer;
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        CapturedRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        BadReply reply = choose(request);
        if (!m_requiredAuthorization.isEmpty() && request.headers.value("authorization") != m_requiredAuthorization)
            reply = BadReply::json(401,
                R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":"Unauthorized",)"
                R"("reason":"Unauthorized","code":401})");
        if (reply.mode != BadReply::Mode::Normal)
            connection->busy = true; // nothing more is read from this connection
        if (reply.delayMs > 0) {
            connection->busy = true;
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(reply.delayMs, this, [this, guard, reply, connection] {
                if (!guard)
                    return;
                if (reply.mode == BadReply::Mode::Normal)
                    connection->busy = false;
                send(guard, reply);
                if (guard && !connection->busy)
                    read(guard);
            });
            return;
        }
        send(socket, reply);
    }
}

BadReply BadHttpServer::choose(const CapturedRequest& request)
{
    if (m_handler)
        return m_handler(request);
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    const QByteArray path = request.path();
    qsizetype best = -1;
    BadReply chosen = m_default;
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        if (path.startsWith(it.key()) && it.key().size() > best) {
            best = it.key().size();
            chosen = it.value();
        }
    }
    return chosen;
}

void BadHttpServer::write(QTcpSocket* socket, const QByteArray& bytes)
{
    m_bytesSent += bytes.size();
    socket->write(bytes);
}

void BadHttpServer::send(QTcpSocket* socket, const BadReply& reply)
{
    const std::shared_ptr<Connection> connection = m_state.value(socket);
    if (!connection)
        return;
    switch (reply.mode) {
    case BadReply::Mode::Hang:
        return;
    case BadReply::Mode::Close:
        socket->disconnectFromHost();
        return;
    case BadReply::Mode::Garbage:
        write(socket, reply.body);
        socket->disconnectFromHost();
        return;
    default:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    const bool chunked = reply.mode == BadReply::Mode::Stream && reply.totalBytes < 0;
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: "
            + QByteArray::number(reply.mode == BadReply::Mode::Stream ? reply.totalBytes : reply.body.size()) + "\r\n";
    head += "\r\n";
    switch (reply.mode) {
    case BadReply::Mode::Normal:
        write(socket, head + reply.body);
        return;
    case BadReply::Mode::Truncated:
        write(socket, head + reply.body.left(reply.sendBytes));
        socket->disconnectFromHost();
        return;
    default:
        break;
    }
    // Stream: the prefix now, the filler as the socket drains (or on a timer when trickling).
    connection->stream = reply;
    connection->streamed = 0;
    write(socket, head);
    if (reply.chunkIntervalMs > 0) {
        connection->trickle = new QTimer(socket);
        connect(connection->trickle, &QTimer::timeout, this, [this, socket] { pump(socket, true); });
        connection->trickle->start(reply.chunkIntervalMs);
    }
    pump(socket, true);
}

void BadHttpServer::pump(QTcpSocket* socket, bool tick)
{
    const std::shared_ptr<Connection> connection = m_state.value(socket);
    if (!connection || connection->stream.mode != BadReply::Mode::Stream)
        return;
    const BadReply& reply = connection->stream;
    const bool chunked = reply.totalBytes < 0;
    const bool trickling = reply.chunkIntervalMs > 0;
    if (trickling && !tick)
        return; // trickled replies move on their timer only
    // Keep at most ~1 MB queued; bytesWritten calls back for more.
    do {
        if (socket->bytesToWrite() > (1 << 20))
            return;
        QByteArray piece;
        if (connection->streamed == 0 && !reply.body.isEmpty())
            piece = reply.body;
        else
            piece = trickling ? reply.filler : reply.filler.repeated(qMax<qsizetype>(1, 65536 / reply.filler.size()));
        if (!chunked) {
            const qint64 left = reply.totalBytes - connection->streamed;
            if (left <= 0) {
                connection->stream = BadReply();
                return;
            }
            piece = piece.left(left);
        }
        connection->streamed += piece.size();
        write(socket, chunked ? QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n" : piece);
    } while (!trickling);
}

} // namespace meshscope::testing
