// A small HTTP/1.1 server over TCP or TLS for the simulator: keep-alive, Content-Length and chunked
// request bodies, complete replies and chunked streaming replies (Kubernetes watches).
#pragma once

#include "sim/http/httpmessage.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace meshscope::sim {

Q_DECLARE_LOGGING_CATEGORY(lcSimRequests)

// One client connection. Requests are answered strictly in order; a handler may answer later
// (a slow API fault) or stream (a watch), and the next request waits until then.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket* socket, QObject* parent);

    void reply(const SimHttpReply& reply);
    // A chunked streaming reply; finish it with endStream() or close().
    void beginStream(int status, const QByteArray& contentType);
    void streamChunk(const QByteArray& data);
    void endStream();
    void close();

    bool isOpen() const;
    // The verified client certificate (TLS only; null when the client sent none we issued).
    QSslCertificate peerCertificate() const;

signals:
    void requestReady(const meshscope::sim::SimHttpRequest& request);
    void closed();

private:
    void readData();
    bool parseOne();
    void finishExchange(int status);
    void writeHead(int status, const QByteArray& contentType, const QList<std::pair<QByteArray, QByteArray>>& headers,
        std::optional<qsizetype> contentLength);

    QTcpSocket* m_socket;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_streaming = false;
    bool m_closeAfterReply = false;
    SimHttpRequest m_current;
    QElapsedTimer m_timer;
};

using HttpHandler = std::function<void(const SimHttpRequest& request, HttpConnection* connection)>;

class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(QObject* parent = nullptr);

    // tls: when set, the server speaks HTTPS and asks (but does not require) client certificates.
    bool listen(const std::optional<QSslConfiguration>& tls = std::nullopt, quint16 port = 0);
    void setHandler(HttpHandler handler) { m_handler = std::move(handler); }
    QUrl url() const;
    QString errorString() const;

private:
    void acceptPending();

    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    HttpHandler m_handler;
};

} // namespace meshscope::sim
