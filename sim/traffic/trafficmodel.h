#pragma once

// The traffic model: every tick it sends the scenario's entry requests through the call graph. Each hop is
// routed by the live VirtualServices (weights, header matches, faults) and DestinationRule subsets, and is
// recorded in Istio's standard metrics by both reporters.

#include "callgraph.h"
#include "istiometrics.h"
#include "meshtopology.h"
#include "metricsregistry.h"
#include "routing.h"
#include "servicefaults.h"
#include "weightedpicker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <random>

namespace meshscope::sim {

struct TrafficOptions
{
    QString scenario = QStringLiteral("bookinfo");
    double entryRate = 20.0; // requests per second entering the mesh
    int tickMs = 250;
    bool bytesHistograms = true;
    int maxEdges = 500; // synthetic scenarios only
    int loggedInEvery = 10; // every n-th request carries "end-user: jason" (Bookinfo's header-match demo)
};

class TrafficModel : public QObject
{
    Q_OBJECT
public:
    TrafficModel(ConfigSource source, const TrafficOptions& options, QObject* parent = nullptr);

    // Ticks on a timer from now on; advance() does the same work by hand (tests, backfill).
    void start();
    void stop() { m_timer.stop(); }
    // The cluster state changed: re-read it before the next request.
    void markTopologyDirty() { m_topologyDirty = true; }
    // Generates the requests of `seconds` of traffic at the entry rate (fractions are carried over).
    void advance(double seconds);
    // Sends exactly `count` entry requests; each is recorded as `weight` requests.
    void sendEntryRequests(int count, double weight = 1.0);

    // Told about every HTTP request as it is recorded (the simulator writes access logs from it).
    using RequestObserver = std::function<void(const RequestSample& sample, const Call& call)>;
    void setRequestObserver(RequestObserver observer) { m_observer = std::move(observer); }

    MetricsRegistry& registry() { return m_registry; }
    const MetricsRegistry& registry() const { return m_registry; }
    ServiceFaults& faults() { return m_faults; }
    const MeshTopology& topology();
    // The current snapshot, shared: a STALE proxy keeps an old one.
    std::shared_ptr<const MeshTopology> topologySnapshot();
    const TrafficOptions& options() const { return m_options; }

private:
    struct Outcome
    {
        int code = 200;
        double durationMs = 0;
    };
    void refreshTopology();
    Outcome send(int source, const Call& call, const QHash<QString, QString>& headers, int depth);
    Outcome sendExternal(int source, const Call& call);
    int pickWorkload(const QString& fqdn, const QString& subset, const MeshService& service, const Labels& labels);
    double serviceLatencyMs(const MeshWorkload& workload);
    double jitter(double base);

    void record(const RequestSample& sample, const Call& call);

    ConfigSource m_source;
    TrafficOptions m_options;
    RequestObserver m_observer;
    std::shared_ptr<const MeshTopology> m_topology = std::make_shared<MeshTopology>();
    CallGraph m_graph;
    bool m_topologyDirty = true;
    MetricsRegistry m_registry;
    std::unique_ptr<IstioMetrics> m_metrics;
    ServiceFaults m_faults;
    QHash<QString, SmoothWeightedPicker> m_pickers; // by route key
    QHash<QString, FractionAccumulator> m_accumulators; // abort/delay/error decisions by key
    QHash<QString, QList<int>> m_endpoints; // workloads behind "fqdn|subset", cleared with the topology
    double m_entryCredit = 0.0;
    quint64 m_requestNumber = 0;
    std::mt19937 m_random { 20261123 };
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace meshscope::sim
