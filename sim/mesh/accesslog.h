// The simulator's container logs: for every live HTTP request the client and server sidecars write Envoy access
// log lines in Istio's default text format (istio-proxy container), and the serving app writes a line of its own.
// Read through the API's pods/{name}/log (PodLogs).
#pragma once

#include "sim/traffic/trafficmodel.h"

#include <QHash>

namespace meshscope::sim {

class PodLogs;

class AccessLogWriter
{
public:
    explicit AccessLogWriter(PodLogs* logs);

    // One request as TrafficModel recorded it; the pods are picked round-robin within each workload.
    void request(const MeshTopology& topology, const RequestSample& sample, const Call& call);

    // Istio's default TEXT access log format, the fields this writer fills (for tests and parsers).
    static QByteArray accessLine(const QDateTime& start, const QString& method, const QString& path, int code,
        const QByteArray& flags, const QByteArray& details, qint64 bytesIn, qint64 bytesOut, int durationMs,
        const QString& requestId, const QString& authority, const QString& upstreamHost, const QString& upstreamCluster,
        const QString& upstreamLocal, const QString& downstreamLocal, const QString& downstreamRemote,
        const QString& route);

private:
    const MeshPod* pick(const MeshTopology& topology, const MeshWorkload* workload);

    PodLogs* m_logs;
    QHash<const MeshWorkload*, int> m_next;
    quint64 m_requests = 0;
};

} // namespace meshscope::sim
