#include "sim/http/httpserver.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace meshscope::sim {

// Off by default; enable with QT_LOGGING_RULES="meshscope.sim.requests.debug=true" or --verbose.
Q_LOGGING_CATEGORY(lcSimRequests, "meshscope.sim.requests", QtInfoMsg)

namespace {
constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 64 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Decodes a chunked body; returns the number of bytes consumed, 0 when incomplete, -1 when malformed.
qsizetype decodeChunked(const QByteArray& data, qsizetype from, QByteArray* body)
{
    qsizetype pos = from;
    body->clear();
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return 0;
        bool ok = false;
        const QByteArray sizeText = data.mid(pos, lineEnd - pos).split(';').first().trimmed();
        const qsizetype size = sizeText.toLongLong(&ok, 16);
        if (!ok || size < 0 || size > maxBodyBytes)
            return -1;
        pos = lineEnd + 2;
        if (size == 0) {
            const qsizetype end = data.indexOf("\r\n", pos); // no trailers expected: an empty line
            return end < 0 ? 0 : end + 2 - from;
        }
        if (data.size() < pos + size + 2)
            return 0;
        body->append(data.mid(pos, size));
        pos += size + 2;
    }
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readData);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        emit closed();
        deleteLater();
    });
}

bool HttpConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QSslCertificate HttpConnection::peerCertificate() const
{
    if (auto* ssl = qobject_cast<QSslSocket*>(m_socket))
        return ssl->peerCertificate();
    return QSslCertificate();
}

void HttpConnection::readData()
{
    m_buffer.append(m_socket->readAll());
    while (!m_busy && parseOne()) { }
}

bool HttpConnection::parseOne()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > maxHeaderBytes)
            close();
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 3) {
        close();
        return false;
    }
    SimHttpRequest request;
    request.method = requestLine.at(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype bodyStart = headerEnd + 4;
    qsizetype consumed = bodyStart;
    if (request.headers.value("transfer-encoding").toLower().contains("chunked")) {
        const qsizetype used = decodeChunked(m_buffer, bodyStart, &request.body);
        if (used < 0) {
            close();
            return false;
        }
        if (used == 0)
            return false;
        consumed += used;
    } else {
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (length < 0 || length > maxBodyBytes) {
            close();
            return false;
        }
        if (m_buffer.size() < bodyStart + length)
            return false;
        request.body = m_buffer.mid(bodyStart, length);
        consumed += length;
    }
    m_buffer.remove(0, consumed);

    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        // Go clients encode spaces in queries as '+' (form encoding); QUrlQuery would keep them.
        request.query.setQuery(QString::fromUtf8(target.mid(question + 1).replace('+', "%20")));
    m_closeAfterReply = request.headers.value("connection").toLower() == "close" || requestLine.at(2) == "HTTP/1.0";
    m_busy = true;
    m_current = request;
    m_timer.start();
    emit requestReady(request);
    return true;
}

void HttpConnection::writeHead(int status, const QByteArray& contentType,
    const QList<std::pair<QByteArray, QByteArray>>& headers, std::optional<qsizetype> contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    if (contentLength)
        head += "Content-Length: " + QByteArray::number(*contentLength) + "\r\n";
    else
        head += "Transfer-Encoding: chunked\r\n";
    for (const auto& [name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (m_closeAfterReply)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void HttpConnection::reply(const SimHttpReply& reply)
{
    if (!m_busy || m_streaming)
        return;
    writeHead(reply.status, reply.contentType, reply.headers, reply.body.size());
    if (m_current.method != "HEAD")
        m_socket->write(reply.body);
    finishExchange(reply.status);
}

void HttpConnection::beginStream(int status, const QByteArray& contentType)
{
    if (!m_busy || m_streaming)
        return;
    m_streaming = true;
    writeHead(status, contentType, {}, std::nullopt);
    qCDebug(lcSimRequests).noquote() << m_current.method << m_current.path << status << "(stream)";
}

void HttpConnection::streamChunk(const QByteArray& data)
{
    if (!m_streaming || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::endStream()
{
    if (!m_streaming)
        return;
    m_socket->write("0\r\n\r\n");
    m_streaming = false;
    finishExchange(0);
}

void HttpConnection::close()
{
    m_streaming = false;
    m_socket->disconnectFromHost();
}

void HttpConnection::finishExchange(int status)
{
    if (status != 0) {
        qCDebug(lcSimRequests).noquote() << m_current.method << m_current.path
                                         << m_current.query.toString(QUrl::FullyDecoded) << status << m_timer.elapsed()
                                         << "ms";
    }
    m_busy = false;
    m_current = {};
    if (m_closeAfterReply) {
        close();
        return;
    }
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::readData, Qt::QueuedConnection);
}

HttpServer::HttpServer(QObject* parent)
    : QObject(parent)
{ }

bool HttpServer::listen(const std::optional<QSslConfiguration>& tls, quint16 port)
{
    if (tls) {
        auto* server = new QSslServer(this);
        server->setSslConfiguration(*tls);
        server->setHandshakeTimeout(30000);
        m_server = server;
        m_tls = true;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    return m_server->listen(QHostAddress::LocalHost, port);
}

void HttpServer::acceptPending()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReady, this, [this, connection](const SimHttpRequest& request) {
            if (m_handler)
                m_handler(request, connection);
            else
                connection->reply(SimHttpReply::text(404, "no handler\n"));
        });
    }
}

QUrl HttpServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server ? m_server->serverPort() : 0);
    return url;
}

QString HttpServer::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

} // namespace meshscope::sim
