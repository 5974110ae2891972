#include "accesslog.h"

#include "sim/apiserver/podlogs.h"

#include <QDateTime>

namespace meshscope::sim {

namespace {

QByteArray detailsFor(const QByteArray& flags)
{
    if (flags == "NR")
        return "route_not_found";
    if (flags == "UH")
        return "no_healthy_upstream";
    if (flags == "FI")
        return "fault_filter_abort";
    if (flags == "NC")
        return "cluster_not_found";
    return "via_upstream";
}

} // namespace

AccessLogWriter::AccessLogWriter(PodLogs* logs)
    : m_logs(logs)
{ }

const MeshPod* AccessLogWriter::pick(const MeshTopology& topology, const MeshWorkload* workload)
{
    if (!workload || workload->pods.isEmpty())
        return nullptr;
    int& next = m_next[workload];
    const int pod = workload->pods[next++ % workload->pods.size()];
    return pod >= 0 && pod < topology.pods().size() ? &topology.pods()[pod] : nullptr;
}

QByteArray AccessLogWriter::accessLine(const QDateTime& start, const QString& method, const QString& path, int code,
    const QByteArray& flags, const QByteArray& details, qint64 bytesIn, qint64 bytesOut, int durationMs,
    const QString& requestId, const QString& authority, const QString& upstreamHost, const QString& upstreamCluster,
    const QString& upstreamLocal, const QString& downstreamLocal, const QString& downstreamRemote, const QString& route)
{
    const auto dash = [](const QString& value) { return value.isEmpty() ? QStringLiteral("-") : value; };
    return QStringLiteral("[%1] \"%2 %3 HTTP/1.1\" %4 %5 %6 - \"-\" %7 %8 %9 %10 \"-\" \"Mozilla/5.0 (meshscope-sim)\" "
                          "\"%11\" \"%12\" \"%13\" %14 %15 %16 %17 - %18")
        .arg(start.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")), method, path)
        .arg(code)
        .arg(QString::fromLatin1(flags), QString::fromLatin1(details))
        .arg(bytesIn)
        .arg(bytesOut)
        .arg(durationMs)
        .arg(details == "via_upstream" ? QString::number(std::max(0, durationMs - 1)) : QStringLiteral("-"))
        .arg(requestId, authority, dash(upstreamHost), dash(upstreamCluster), dash(upstreamLocal),
            dash(downstreamLocal), dash(downstreamRemote), route)
        .toUtf8();
}

void AccessLogWriter::request(const MeshTopology& topology, const RequestSample& sample, const Call& call)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int duration = int(std::round(sample.durationMs));
    const QDateTime start = now.addMSecs(-duration);
    const QString requestId = QStringLiteral("%1-%2").arg(quint64(start.toMSecsSinceEpoch()), 0, 16).arg(++m_requests);
    const QString path = call.uri.isEmpty() ? QStringLiteral("/") : call.uri;
    const QString authority = QStringLiteral("%1:%2").arg(sample.destination.serviceName).arg(call.port);
    const MeshPod* client = pick(topology, sample.source);
    const MeshPod* server = pick(topology, sample.destination.workload);
    const QString serverAddress = server ? QStringLiteral("%1:%2").arg(server->ip).arg(call.port) : QString();
    const QString clientAddress
        = client ? QStringLiteral("%1:%2").arg(client->ip).arg(40000 + int(m_requests % 20000)) : QString();
    const QByteArray details = detailsFor(sample.responseFlags);
    const qint64 bytesIn = qint64(sample.requestBytes);
    const qint64 bytesOut = qint64(sample.responseBytes);

    if (client && sample.sourceReports) {
        m_logs->append(client->ns, client->name, QStringLiteral("istio-proxy"), now,
            accessLine(start, QStringLiteral("GET"), path, sample.responseCode, sample.responseFlags, details, bytesIn,
                bytesOut, duration, requestId, authority, serverAddress,
                QStringLiteral("outbound|%1||%2").arg(call.port).arg(sample.destination.service),
                client->ip + QStringLiteral(":%1").arg(50000 + int(m_requests % 10000)),
                QStringLiteral("%1:%2").arg(sample.destination.service).arg(call.port), clientAddress,
                QStringLiteral("default")));
    }
    if (server && sample.destinationReports) {
        m_logs->append(server->ns, server->name, QStringLiteral("istio-proxy"), now,
            accessLine(start, QStringLiteral("GET"), path, sample.responseCode, "-", "via_upstream", bytesIn, bytesOut,
                duration, requestId, authority, serverAddress, QStringLiteral("inbound|%1||").arg(call.port),
                QStringLiteral("127.0.0.6:%1").arg(30000 + int(m_requests % 20000)), serverAddress, clientAddress,
                QStringLiteral("default")));
        if (!sample.destination.workload->isGateway) {
            const QString level = sample.responseCode >= 500 ? QStringLiteral("ERROR") : QStringLiteral("INFO");
            m_logs->append(server->ns, server->name, sample.destination.workload->app, now,
                QStringLiteral("%1 %2 GET %3 -> %4 (%5 ms)")
                    .arg(now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")), level, path)
                    .arg(sample.responseCode)
                    .arg(duration)
                    .toUtf8());
        }
    }
}

} // namespace meshscope::sim
