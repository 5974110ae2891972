#include "podlogs.h"

#include "sim/apiserver/status.h"

namespace meshscope::sim {

PodLogs::PodLogs(QObject* parent)
    : QObject(parent)
{ }

void PodLogs::append(
    const QString& ns, const QString& pod, const QString& container, const QDateTime& time, const QByteArray& line)
{
    const QString key = ns + QLatin1Char('/') + pod + QLatin1Char('/') + container;
    QList<Line>& lines = m_lines[key];
    lines.append({ time, line });
    if (lines.size() > linesPerContainer)
        lines.remove(0, lines.size() - linesPerContainer);
    emit appended(key, time, line);
}

QByteArray PodLogs::format(const Line& line, bool timestamps)
{
    // The kubelet's timestamps=true prefix: RFC 3339 with nanoseconds, then a space.
    const QByteArray prefix = timestamps
        ? line.time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000000Z ")).toLatin1()
        : QByteArray();
    return prefix + line.text + '\n';
}

void PodLogs::serve(const SimHttpRequest& request, HttpConnection* connection, const QString& ns, const QString& pod,
    const QStringList& containers)
{
    QString container = request.query.queryItemValue(QStringLiteral("container"));
    if (container.isEmpty()) {
        if (containers.size() > 1) {
            return connection->reply(statusReply(400, QStringLiteral("BadRequest"),
                QStringLiteral("a container name must be specified for pod %1, choose one of: [%2]")
                    .arg(pod, containers.join(QLatin1Char(' ')))));
        }
        container = containers.value(0);
    }
    if (!containers.contains(container)) {
        return connection->reply(statusReply(400, QStringLiteral("BadRequest"),
            QStringLiteral("container %1 is not valid for pod %2").arg(container, pod)));
    }
    const bool timestamps = request.query.queryItemValue(QStringLiteral("timestamps")) == QLatin1String("true");
    const QString follow = request.query.queryItemValue(QStringLiteral("follow"));
    bool tailOk = false;
    const int tail = request.query.queryItemValue(QStringLiteral("tailLines")).toInt(&tailOk);
    bool sinceOk = false;
    const qint64 since = request.query.queryItemValue(QStringLiteral("sinceSeconds")).toLongLong(&sinceOk);
    const QString key = ns + QLatin1Char('/') + pod + QLatin1Char('/') + container;
    QList<Line> lines = m_lines.value(key);
    if (sinceOk && since > 0) {
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-since);
        lines.removeIf([&from](const Line& line) { return line.time < from; });
    }
    if (tailOk && tail >= 0 && lines.size() > tail)
        lines = lines.mid(lines.size() - tail);
    QByteArray body;
    for (const Line& line : std::as_const(lines))
        body += format(line, timestamps);
    if (follow != QLatin1String("true") && follow != QLatin1String("1"))
        return connection->reply(SimHttpReply::text(200, body));

    connection->beginStream(200, "text/plain");
    if (!body.isEmpty())
        connection->streamChunk(body);
    // The stream lives as long as the connection; new lines of this container go out as they come.
    auto* stream = new QObject(connection);
    connect(this, &PodLogs::appended, stream,
        [connection, key, timestamps](const QString& lineKey, const QDateTime& time, const QByteArray& text) {
            if (lineKey == key && connection->isOpen())
                connection->streamChunk(format({ time, text }, timestamps));
        });
}

} // namespace meshscope::sim
