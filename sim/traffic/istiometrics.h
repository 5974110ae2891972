#pragma once

// Istio's standard metrics (the names, label set and buckets the istio.stats Envoy filter emits), recorded
// for one request or TCP connection by the reporters that would see it: the client sidecar
// (reporter="source") and the server sidecar (reporter="destination").

#include "meshtopology.h"
#include "metricsregistry.h"

#include <QHash>
#include <array>

namespace meshscope::sim {

struct DestinationInfo
{
    const MeshWorkload* workload = nullptr; // nullptr: unknown (external host, or the request never got there)
    QString service; // FQDN or external host
    QString serviceName;
    QString serviceNamespace;
};

struct RequestSample
{
    const MeshWorkload* source = nullptr; // nullptr: unknown (outside the mesh)
    DestinationInfo destination;
    QByteArray protocol = "http"; // http, grpc
    int responseCode = 200;
    QByteArray responseFlags = "-";
    double durationMs = 0;
    double requestBytes = 0;
    double responseBytes = 0;
    bool sourceReports = true;
    bool destinationReports = true;
};

struct TcpSample
{
    const MeshWorkload* source = nullptr;
    DestinationInfo destination;
    double sentBytes = 0; // server to client
    double receivedBytes = 0; // client to server
    int opened = 0;
    int closed = 0;
    bool sourceReports = true;
    bool destinationReports = true;
};

class IstioMetrics
{
public:
    // `bytesHistograms` false leaves out istio_request_bytes / istio_response_bytes (the large scenario,
    // where they would triple the size of /metrics).
    explicit IstioMetrics(MetricsRegistry& registry, bool bytesHistograms = true);

    // Each recorded request/connection stands for `weight` of them (backfill samples a few per step).
    void setWeight(double weight) { m_weight = weight; }

    void record(const RequestSample& sample);
    void record(const TcpSample& sample);

    static const QList<double>& durationBuckets();
    static const QList<double>& bytesBuckets();
    // "namespace/name" of a workload: the owner tag of the series its proxy reports.
    static QByteArray ownerOf(const MeshWorkload* workload);

private:
    LabelPairs peerLabels(const QByteArray& reporter, const MeshWorkload* source, const DestinationInfo& destination,
        const QByteArray& protocol) const;

    using SeriesSet = std::array<int, 4>; // the series one request (or connection) updates
    QHash<QByteArray, SeriesSet> m_cache;
    MetricsRegistry& m_registry;
    bool m_bytesHistograms;
    double m_weight = 1.0;
    int m_requests;
    int m_duration;
    int m_requestBytes = -1;
    int m_responseBytes = -1;
    int m_tcpSent;
    int m_tcpReceived;
    int m_tcpOpened;
    int m_tcpClosed;
};

} // namespace meshscope::sim
