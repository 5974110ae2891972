#pragma once

// A loopback HTTP server for PromClient tests: records each request (method, target, headers, body) and
// answers with a canned response, or never answers (timeouts, cancellation).

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace meshscope::testing {

struct CapturedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

class CapturingServer : public QObject
{
public:
    CapturingServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QUrl url(const QString& path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    // Answer every request with this status and body; answer(false) keeps requests hanging.
    void respond(int status, const QByteArray& body, const QByteArray& contentType = "application/json")
    {
        m_answer = true;
        m_status = status;
        m_body = body;
        m_contentType = contentType;
    }
    void hang() { m_answer = false; }
    // Requests without exactly this Authorization header get 401 (an API server that no longer takes a token).
    void requireAuthorization(const QByteArray& value) { m_requiredAuthorization = value; }

    const QList<CapturedRequest>& requests() const { return m_requests; }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
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
        if (!m_answer)
            return;
        const bool refused
            = !m_requiredAuthorization.isEmpty() && request.headers.value("authorization") != m_requiredAuthorization;
        const QByteArray body
            = refused ? QByteArray(R"({"kind":"Status","code":401,"message":"Unauthorized"})") : m_body;
        socket->write("HTTP/1.1 " + QByteArray::number(refused ? 401 : m_status) + " X\r\nContent-Type: "
            + m_contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<CapturedRequest> m_requests;
    bool m_answer = true;
    int m_status = 200;
    QByteArray m_body = R"({"status":"success","data":{"resultType":"vector","result":[]}})";
    QByteArray m_contentType = "application/json";
    QByteArray m_requiredAuthorization;
};

} // namespace meshscope::testing
