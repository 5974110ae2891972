#include "istiometrics.h"

namespace meshscope::sim {

namespace {

const QByteArray kUnknown = QByteArrayLiteral("unknown");
const QByteArray kCluster = QByteArrayLiteral("Kubernetes");

QByteArray orUnknown(const QString& value)
{
    return value.isEmpty() ? kUnknown : value.toUtf8();
}

} // namespace

const QList<double>& IstioMetrics::durationBuckets()
{
    // The istio.stats filter's default buckets for istio_request_duration_milliseconds.
    static const QList<double> buckets = { 0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000,
        300000, 600000, 1800000, 3600000 };
    return buckets;
}

const QList<double>& IstioMetrics::bytesBuckets()
{
    static const QList<double> buckets = { 1, 10, 100, 1000, 10000, 100000, 1e6, 1e7, 1e8, 1e9 };
    return buckets;
}

QByteArray IstioMetrics::ownerOf(const MeshWorkload* workload)
{
    return workload ? (workload->ns + QLatin1Char('/') + workload->name).toUtf8() : QByteArray();
}

IstioMetrics::IstioMetrics(MetricsRegistry& registry, bool bytesHistograms)
    : m_registry(registry)
    , m_bytesHistograms(bytesHistograms)
{
    using Type = MetricsRegistry::Type;
    m_requests = registry.addFamily("istio_requests_total", "", Type::Counter);
    m_duration = registry.addFamily("istio_request_duration_milliseconds", "", Type::Histogram, durationBuckets());
    if (bytesHistograms) {
        m_requestBytes = registry.addFamily("istio_request_bytes", "", Type::Histogram, bytesBuckets());
        m_responseBytes = registry.addFamily("istio_response_bytes", "", Type::Histogram, bytesBuckets());
    }
    m_tcpSent = registry.addFamily("istio_tcp_sent_bytes_total", "", Type::Counter);
    m_tcpReceived = registry.addFamily("istio_tcp_received_bytes_total", "", Type::Counter);
    m_tcpOpened = registry.addFamily("istio_tcp_connections_opened_total", "", Type::Counter);
    m_tcpClosed = registry.addFamily("istio_tcp_connections_closed_total", "", Type::Counter);
}

// The order Envoy's istio.stats filter writes the labels in.
LabelPairs IstioMetrics::peerLabels(const QByteArray& reporter, const MeshWorkload* source,
    const DestinationInfo& destination, const QByteArray& protocol) const
{
    const MeshWorkload* d = destination.workload;
    LabelPairs labels;
    labels.reserve(25);
    labels.append({ "reporter", reporter });
    labels.append({ "source_workload", source ? source->name.toUtf8() : kUnknown });
    labels.append({ "source_canonical_service", source ? orUnknown(source->app) : kUnknown });
    labels.append({ "source_canonical_revision", source ? orUnknown(source->version) : QByteArrayLiteral("latest") });
    labels.append({ "source_workload_namespace", source ? source->ns.toUtf8() : kUnknown });
    labels.append({ "source_principal", source ? source->principal().toUtf8() : kUnknown });
    labels.append({ "source_app", source ? orUnknown(source->app) : kUnknown });
    labels.append({ "source_version", source ? orUnknown(source->version) : kUnknown });
    labels.append({ "source_cluster", source ? kCluster : kUnknown });
    labels.append({ "destination_workload", d ? d->name.toUtf8() : kUnknown });
    labels.append({ "destination_workload_namespace", d ? d->ns.toUtf8() : kUnknown });
    labels.append({ "destination_principal", d ? d->principal().toUtf8() : kUnknown });
    labels.append({ "destination_app", d ? orUnknown(d->app) : kUnknown });
    labels.append({ "destination_version", d ? orUnknown(d->version) : kUnknown });
    labels.append({ "destination_service", orUnknown(destination.service) });
    labels.append({ "destination_canonical_service", d ? orUnknown(d->app) : kUnknown });
    labels.append({ "destination_canonical_revision", d ? orUnknown(d->version) : QByteArrayLiteral("latest") });
    labels.append({ "destination_service_name", orUnknown(destination.serviceName) });
    labels.append({ "destination_service_namespace", orUnknown(destination.serviceNamespace) });
    labels.append({ "destination_cluster", d ? kCluster : kUnknown });
    labels.append({ "request_protocol", protocol });
    return labels;
}

void IstioMetrics::record(const RequestSample& sample)
{
    for (int pass = 0; pass < 2; ++pass) {
        const bool source = pass == 0;
        if (source ? !sample.sourceReports : !sample.destinationReports)
            continue;
        const MeshWorkload* owner = source ? sample.source : sample.destination.workload;
        // A short cache key: who reports, the peers and the outcome.
        const QByteArray key = (source ? "s|" : "d|") + ownerOf(sample.source) + '|'
            + ownerOf(sample.destination.workload) + '|' + sample.destination.service.toUtf8() + '|' + sample.protocol
            + '|' + QByteArray::number(sample.responseCode) + '|' + sample.responseFlags;
        auto cached = m_cache.find(key);
        if (cached == m_cache.end()) {
            LabelPairs labels
                = peerLabels(source ? "source" : "destination", sample.source, sample.destination, sample.protocol);
            labels.append({ "response_code", QByteArray::number(sample.responseCode) });
            labels.append(
                { "grpc_response_status", sample.protocol == "grpc" ? QByteArrayLiteral("0") : QByteArray() });
            labels.append({ "response_flags", sample.responseFlags });
            labels.append({ "connection_security_policy", source ? kUnknown : QByteArrayLiteral("mutual_tls") });
            const QByteArray ownerTag = ownerOf(owner);
            SeriesSet set { m_registry.series(m_requests, labels, ownerTag),
                m_registry.series(m_duration, labels, ownerTag), -1, -1 };
            if (m_bytesHistograms) {
                set[2] = m_registry.series(m_requestBytes, labels, ownerTag);
                set[3] = m_registry.series(m_responseBytes, labels, ownerTag);
            }
            cached = m_cache.insert(key, set);
        }
        const SeriesSet& set = cached.value();
        m_registry.increment(set[0], m_weight);
        m_registry.observe(set[1], sample.durationMs, m_weight);
        if (m_bytesHistograms) {
            m_registry.observe(set[2], sample.requestBytes, m_weight);
            m_registry.observe(set[3], sample.responseBytes, m_weight);
        }
    }
}

void IstioMetrics::record(const TcpSample& sample)
{
    for (int pass = 0; pass < 2; ++pass) {
        const bool source = pass == 0;
        if (source ? !sample.sourceReports : !sample.destinationReports)
            continue;
        const MeshWorkload* owner = source ? sample.source : sample.destination.workload;
        const QByteArray key = (source ? "ts|" : "td|") + ownerOf(sample.source) + '|'
            + ownerOf(sample.destination.workload) + '|' + sample.destination.service.toUtf8();
        auto cached = m_cache.find(key);
        if (cached == m_cache.end()) {
            LabelPairs labels = peerLabels(source ? "source" : "destination", sample.source, sample.destination, "tcp");
            labels.append({ QByteArrayLiteral("response_flags"), QByteArrayLiteral("-") });
            labels.append({ "connection_security_policy", source ? kUnknown : QByteArrayLiteral("mutual_tls") });
            const QByteArray ownerTag = ownerOf(owner);
            cached = m_cache.insert(key,
                SeriesSet { m_registry.series(m_tcpSent, labels, ownerTag),
                    m_registry.series(m_tcpReceived, labels, ownerTag),
                    m_registry.series(m_tcpOpened, labels, ownerTag),
                    m_registry.series(m_tcpClosed, labels, ownerTag) });
        }
        const SeriesSet& set = cached.value();
        m_registry.increment(set[0], sample.sentBytes * m_weight);
        m_registry.increment(set[1], sample.receivedBytes * m_weight);
        m_registry.increment(set[2], sample.opened * m_weight);
        m_registry.increment(set[3], sample.closed * m_weight);
    }
}

} // namespace meshscope::sim
