#pragma once

// A Prometheus HTTP API on loopback that answers after a delay: the destination-reported request query gets Kiali's
// recorded bookinfo samples (namespace-bookinfo.prometheus.json), every other query an empty vector. For the graph's
// refresh loop against a Prometheus slower than the refresh interval.

#include "goldenfixture.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace meshscope::testing {

class SlowPromServer : public QObject
{
public:
    explicit SlowPromServer(int delayMs)
        : m_delayMs(delayMs)
    {
        QString error;
        goldenfixture::PromStub stub;
        if (!stub.load(QStringLiteral("namespace-bookinfo.prometheus.json"), &error))
            qFatal("%s", qPrintable(error));
        for (const QString& query : std::as_const(stub.order)) {
            if (query.contains(QLatin1String("istio_requests_total{reporter=\"destination\"")))
                m_traffic = stub.bodies.value(query);
        }
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int requests() const { return m_requests; }
    int answered() const { return m_answered; }
    int dropped() const { return m_dropped; } // the client closed the connection before the answer

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        const QByteArray form = requestLine.value(0) == "POST" ? body : target.query(QUrl::FullyEncoded).toLatin1();
        const QString query
            = QUrlQuery(QString::fromLatin1(form)).queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
        ++m_requests;
        const bool traffic = query.contains(QLatin1String("istio_requests_total"))
            && query.contains(QLatin1String("destination_workload_namespace=\"bookinfo\""))
            && query.contains(QLatin1String("destination")) && !query.contains(QLatin1String("security_policy"))
            && !query.contains(QLatin1String("source_workload_namespace!="));
        const QByteArray answer
            = traffic ? m_traffic : QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})");
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(m_delayMs, this, [this, guarded, answer] {
            if (!guarded || guarded->state() != QAbstractSocket::ConnectedState) {
                ++m_dropped;
                return;
            }
            ++m_answered;
            guarded->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
        });
    }

    int m_delayMs;
    QByteArray m_traffic;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_requests = 0;
    int m_answered = 0;
    int m_dropped = 0;
};

} // namespace meshscope::testing
