#include "trafficmodel.h"

#include <algorithm>
#include <cmath>

namespace meshscope::sim {

namespace {
constexpr int kMaxDepth = 16; // a VirtualService loop must not recurse forever
constexpr double kMaxCatchUpSeconds = 5.0; // after a stall, do not flood
} // namespace

TrafficModel::TrafficModel(ConfigSource source, const TrafficOptions& options, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_options(options)
    , m_metrics(std::make_unique<IstioMetrics>(m_registry, options.bytesHistograms))
{
    m_timer.setInterval(options.tickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const double seconds = std::min(kMaxCatchUpSeconds, double(m_clock.restart()) / 1000.0);
        advance(seconds);
    });
}

void TrafficModel::start()
{
    m_clock.start();
    m_timer.start();
}

const MeshTopology& TrafficModel::topology()
{
    refreshTopology();
    return *m_topology;
}

std::shared_ptr<const MeshTopology> TrafficModel::topologySnapshot()
{
    refreshTopology();
    return m_topology;
}

void TrafficModel::refreshTopology()
{
    if (!m_topologyDirty)
        return;
    m_topologyDirty = false;
    m_topology = std::make_shared<const MeshTopology>(MeshTopology::fromSource(m_source));
    m_graph = CallGraph::build(m_options.scenario, *m_topology, m_options.maxEdges);
    m_endpoints.clear();
}

void TrafficModel::advance(double seconds)
{
    m_entryCredit += std::max(0.0, seconds) * m_options.entryRate;
    const int count = int(std::floor(m_entryCredit));
    m_entryCredit -= count;
    sendEntryRequests(count);
}

void TrafficModel::sendEntryRequests(int count, double weight)
{
    refreshTopology();
    m_metrics->setWeight(weight);
    const QList<EntryPoint>& entries = m_graph.entries();
    if (entries.isEmpty())
        return;
    QList<int> shares;
    for (const EntryPoint& entry : entries)
        shares.append(std::max(1, int(std::lround(entry.share * 1000))));
    const QString pickerKey = QStringLiteral("entries");
    m_pickers[pickerKey].setWeights(shares);
    for (int i = 0; i < count; ++i) {
        // Looked up every time: send() adds pickers, and a QHash insert moves its values.
        const EntryPoint& entry = entries[m_pickers[pickerKey].pick()];
        QHash<QString, QString> headers;
        ++m_requestNumber;
        if (m_options.loggedInEvery > 0 && m_requestNumber % quint64(m_options.loggedInEvery) == 0)
            headers.insert(QStringLiteral("end-user"), QStringLiteral("jason"));
        send(entry.sourceWorkload, entry.call, headers, 0);
    }
}

double TrafficModel::jitter(double base)
{
    // Log-normal around `base`: most requests near it, a long tail as real latencies have.
    std::lognormal_distribution<double> distribution(0.0, 0.35);
    return base * distribution(m_random);
}

double TrafficModel::serviceLatencyMs(const MeshWorkload& workload)
{
    // A stable per-workload base latency (1.5 … 9 ms) so versions differ visibly on the graph.
    const double base = 1.5 + double(qHash(workload.name) % 16) / 2.0;
    return jitter(base);
}

int TrafficModel::pickWorkload(
    const QString& fqdn, const QString& subset, const MeshService& service, const Labels& labels)
{
    const QString key = fqdn + QLatin1Char('|') + subset;
    auto it = m_endpoints.find(key);
    if (it == m_endpoints.end())
        it = m_endpoints.insert(key, m_topology->workloadsOf(service, labels));
    const QList<int>& workloads = it.value();
    if (workloads.isEmpty())
        return -1;
    if (workloads.size() == 1)
        return workloads.first();
    // Envoy's round robin over endpoints: a workload gets traffic in proportion to its pods.
    QList<int> weights;
    for (int workload : workloads)
        weights.append(int(m_topology->workloads()[workload].pods.size()));
    SmoothWeightedPicker& picker = m_pickers[QStringLiteral("lb|") + key];
    picker.setWeights(weights);
    const int picked = picker.pick();
    return picked < 0 ? -1 : workloads[picked];
}

void TrafficModel::record(const RequestSample& sample, const Call& call)
{
    m_metrics->record(sample);
    if (m_observer)
        m_observer(sample, call);
}

TrafficModel::Outcome TrafficModel::sendExternal(int source, const Call& call)
{
    const MeshWorkload* sourceWorkload = source >= 0 ? &m_topology->workloads()[source] : nullptr;
    DestinationInfo destination { nullptr, call.host, call.host, call.serviceNamespace };
    Outcome outcome { 200, jitter(40.0) };
    if (call.http) {
        RequestSample sample;
        sample.source = sourceWorkload;
        sample.destination = destination;
        sample.durationMs = outcome.durationMs;
        sample.requestBytes = 0;
        sample.responseBytes = jitter(1800);
        sample.destinationReports = false;
        record(sample, call);
    } else {
        TcpSample sample;
        sample.source = sourceWorkload;
        sample.destination = destination;
        sample.sentBytes = std::round(jitter(5200));
        sample.receivedBytes = std::round(jitter(900));
        sample.opened = sample.closed = 1;
        sample.destinationReports = false;
        m_metrics->record(sample);
    }
    return outcome;
}

TrafficModel::Outcome TrafficModel::send(
    int source, const Call& call, const QHash<QString, QString>& headers, int depth)
{
    if (call.external)
        return sendExternal(source, call);
    const MeshWorkload* sourceWorkload = source >= 0 ? &m_topology->workloads()[source] : nullptr;
    const bool sourceReports = sourceWorkload && sourceWorkload->hasSidecar;

    RouteRequest routeRequest;
    routeRequest.sourceNamespace = sourceWorkload ? sourceWorkload->ns : QString();
    routeRequest.sourceLabels = sourceWorkload ? sourceWorkload->labels : Labels();
    routeRequest.fqdn = call.host;
    routeRequest.port = call.port;
    routeRequest.http = call.http;
    routeRequest.uri = call.uri;
    routeRequest.headers = headers;
    const RouteDecision decision = decideRoute(*m_topology, routeRequest);

    RequestSample sample;
    sample.source = sourceWorkload;
    sample.sourceReports = sourceReports;
    sample.destination.service = call.host;
    sample.destination.serviceName = call.host.section(QLatin1Char('.'), 0, 0);
    sample.destination.serviceNamespace = call.serviceNamespace;

    // Answers given by the client sidecar itself: the request reaches no workload.
    auto localReply = [&](int code, const QByteArray& flags) {
        sample.responseCode = code;
        sample.responseFlags = flags;
        sample.durationMs = jitter(0.3);
        sample.responseBytes = code == 404 ? 0 : 19; // "fault filter abort" / "no healthy upstream"
        sample.destinationReports = false;
        if (call.http)
            record(sample, call);
        return Outcome { code, sample.durationMs };
    };

    if (decision.destinations.isEmpty())
        return localReply(404, "NR");
    QList<int> weights;
    for (const WeightedDestination& destination : decision.destinations)
        weights.append(destination.weight);
    SmoothWeightedPicker& picker = m_pickers[decision.key];
    picker.setWeights(weights);
    const int picked = picker.pick();
    if (picked < 0)
        return localReply(503, "UH");
    const WeightedDestination& target = decision.destinations[picked];

    if (call.http && decision.abortPercent > 0
        && m_accumulators[decision.key + QStringLiteral("|abort")].next(decision.abortPercent / 100.0))
        return localReply(decision.abortStatus, "FI");
    double delayMs = 0;
    QByteArray flags = "-";
    if (call.http && decision.delayPercent > 0
        && m_accumulators[decision.key + QStringLiteral("|delay")].next(decision.delayPercent / 100.0)) {
        delayMs = decision.delayMs;
        flags = "DI";
    }

    const MeshService* service = m_topology->findService(target.fqdn, call.serviceNamespace);
    if (!service)
        return localReply(503, "NC"); // the route names a host with no cluster
    sample.destination.service = service->fqdn();
    sample.destination.serviceName = service->name;
    sample.destination.serviceNamespace = service->ns;
    Labels subsetLabels;
    if (!target.subset.isEmpty()) {
        const std::optional<Labels> labels = m_topology->subsetLabels(target.fqdn, target.subset);
        if (!labels)
            return localReply(503, "NC"); // the subset's cluster does not exist
        subsetLabels = *labels;
    }
    const int destination = pickWorkload(target.fqdn, target.subset, *service, subsetLabels);
    if (destination < 0)
        return localReply(503, "UH");
    const MeshWorkload& destinationWorkload = m_topology->workloads()[destination];
    sample.destination.workload = &destinationWorkload;
    sample.destinationReports = destinationWorkload.hasSidecar;

    Outcome outcome { 200, serviceLatencyMs(destinationWorkload) };
    const ServiceFault* fault = m_faults.find(service->ns, service->name);
    if (fault) {
        outcome.durationMs += fault->delayMs;
        if (fault->errorRate > 0 && m_accumulators[QStringLiteral("fault|") + service->fqdn()].next(fault->errorRate))
            outcome.code = fault->errorCode;
    }
    if (outcome.code < 500 && depth < kMaxDepth) {
        // The service calls its dependencies one after another; their errors are shown, not propagated
        // (Bookinfo's productpage still renders when reviews fails).
        for (const Call& next : m_graph.callsOf(destination))
            outcome.durationMs += send(destination, next, headers, depth + 1).durationMs;
    }
    outcome.durationMs += delayMs + jitter(0.4); // the fault delay and two sidecar hops

    if (call.http) {
        sample.protocol = service->ports.isEmpty() || service->ports.first().protocol != QLatin1String("GRPC")
            ? QByteArrayLiteral("http")
            : QByteArrayLiteral("grpc");
        sample.responseCode = outcome.code;
        sample.responseFlags = flags;
        sample.durationMs = outcome.durationMs;
        sample.requestBytes = std::round(jitter(headers.isEmpty() ? 420 : 470));
        sample.responseBytes = outcome.code >= 500 ? 95 : std::round(jitter(2400));
        record(sample, call);
    } else {
        TcpSample tcp;
        tcp.source = sourceWorkload;
        tcp.destination = sample.destination;
        tcp.sourceReports = sourceReports;
        tcp.destinationReports = sample.destinationReports;
        tcp.sentBytes = std::round(jitter(640));
        tcp.receivedBytes = std::round(jitter(180));
        tcp.opened = tcp.closed = 1;
        m_metrics->record(tcp);
    }
    return outcome;
}

} // namespace meshscope::sim
