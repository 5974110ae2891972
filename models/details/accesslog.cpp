#include "accesslog.h"

#include <QStringList>

namespace meshscope::details {

namespace {

// Splits on spaces, keeping "quoted strings" (without their quotes) and [bracketed] times together.
QStringList fields(const QString& line)
{
    QStringList result;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && line[i] == QLatin1Char(' '))
            ++i;
        if (i >= n)
            break;
        const QChar open = line[i];
        if (open == QLatin1Char('"') || open == QLatin1Char('[')) {
            const QChar close = open == QLatin1Char('"') ? QLatin1Char('"') : QLatin1Char(']');
            const qsizetype end = line.indexOf(close, i + 1);
            if (end < 0)
                return {};
            result.append(line.mid(i + 1, end - i - 1));
            i = end + 1;
        } else {
            qsizetype end = line.indexOf(QLatin1Char(' '), i);
            if (end < 0)
                end = n;
            result.append(line.mid(i, end - i));
            i = end;
        }
    }
    return result;
}

qint64 number(const QString& text)
{
    return text == QLatin1String("-") ? 0 : text.toLongLong();
}

} // namespace

std::optional<AccessLogEntry> parseAccessLog(const QString& line)
{
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(QLatin1Char('[')))
        return std::nullopt;
    const QStringList f = fields(trimmed);
    if (f.size() < 21)
        return std::nullopt;
    AccessLogEntry entry;
    entry.start = QDateTime::fromString(f[0], Qt::ISODateWithMs);
    if (!entry.start.isValid())
        return std::nullopt;
    const QStringList request = f[1].split(QLatin1Char(' '));
    if (request.size() == 3) {
        entry.method = request[0];
        entry.path = request[1];
        entry.protocol = request[2];
    } else if (request.value(0) != QLatin1String("- - -")) {
        entry.protocol = f[1];
    }
    bool codeOk = false;
    entry.responseCode = f[2].toInt(&codeOk);
    if (!codeOk)
        return std::nullopt;
    entry.responseFlags = f[3];
    entry.responseCodeDetails = f[4];
    entry.bytesReceived = number(f[7]);
    entry.bytesSent = number(f[8]);
    entry.durationMs = int(number(f[9]));
    entry.requestId = f[13];
    entry.authority = f[14];
    entry.upstreamHost = f[15] == QLatin1String("-") ? QString() : f[15];
    entry.upstreamCluster = f[16] == QLatin1String("-") ? QString() : f[16];
    entry.routeName = f.value(21);
    return entry;
}

} // namespace meshscope::details
