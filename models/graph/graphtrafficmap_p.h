#pragma once

// Internal to graphbuilder*.cpp: Kiali's TrafficMap while it is being built (rates as rates, not yet percent).

#include "graphoptions.h"
#include "graphtypes.h"
#include "models/prometheus/promresult.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace meshscope::graph::detail {

// Labels of one side of a sample, after Kiali's fix-ups (HandleClusters, HandleDestination).
struct Endpoint
{
    QString cluster;
    QString serviceNamespace;
    QString service;
    QString workloadNamespace;
    QString workload;
    QString app;
    QString version;
};

struct NodeId
{
    QString id;
    NodeType type = NodeType::Unknown;
    bool ok = false;
};

struct SampleEndpoints
{
    Endpoint source;
    Endpoint dest;
    QString host; // destination_service as reported (the "hosts" of an edge's responses)
};

// The labels of one sample that the graph reads, found in a single ordered walk over the sample's sorted label
// map (a map lookup per label was most of the build time on large meshes).
class SampleLabels
{
public:
    enum Label
    {
        App,
        ConnectionSecurityPolicy,
        DestCanonicalRevision,
        DestCanonicalService,
        DestCluster,
        DestPrincipal,
        DestService,
        DestServiceName,
        DestServiceNamespace,
        DestWorkload,
        DestWorkloadNamespace,
        GrpcResponseStatus,
        RequestProtocol,
        ResponseCode,
        ResponseFlags,
        SourceCanonicalRevision,
        SourceCanonicalService,
        SourceCluster,
        SourcePrincipal,
        SourceWorkload,
        SourceWorkloadNamespace,
        Count
    };

    // The label layout of the previous sample of one query result. The result's label names stay alive while it
    // is read, and the fast parser shares them between samples, so a name is recognised by its data pointer.
    class Index
    {
        friend class SampleLabels;
        struct Slot
        {
            const QChar* name;
            int label; // -1: a label the graph does not read
        };
        QList<Slot> m_last;
    };

    // The labels must outlive this reader: it points at their values instead of copying them (one sample at a
    // time, for every sample of a large mesh).
    explicit SampleLabels(const PromLabels& labels, Index* index = nullptr);
    bool has(Label label) const { return m_values[label] != nullptr; }
    const QString& value(Label label) const; // empty when absent

private:
    bool readLikeLast(const PromLabels& labels, const Index& index);
    void readByName(const PromLabels& labels, Index* index);

    const QString* m_values[Count] = {};
};

// Reads the 13 source/destination labels of a sample the way every Kiali graph query handler does: skips it when
// a label is missing or the telemetry is known to be bad, applies HandleClusters and HandleDestination.
// destination_service is optional when requireDestService is false (the security-policy query omits it).
bool readEndpoints(
    const SampleLabels& m, const GraphOptions& options, SampleEndpoints* out, bool requireDestService = true);

bool isOK(const QString& value); // not empty and not "unknown"
bool isOKVersion(const QString& value); // isOK and not "latest"
NodeId nodeId(const Endpoint& e, GraphType type); // Kiali's graph.Id

// Rates summed by fixed slot while the samples are read, and written into the rates by Kiali's names once all
// traffic is in (flushPendingRates): a map insertion per sample and rate was a large part of the build.
enum class RateSlot
{
    GrpcOut,
    GrpcIn,
    Grpc,
    GrpcInNoResponse,
    GrpcNoResponse,
    GrpcInErr,
    GrpcErr,
    HttpOut,
    HttpIn,
    Http,
    HttpInNoResponse,
    HttpNoResponse,
    HttpIn3xx,
    Http3xx,
    HttpIn4xx,
    Http4xx,
    HttpIn5xx,
    Http5xx,
    TcpOut,
    TcpIn,
    Tcp,
    Count
};

struct PendingRates
{
    double sum[int(RateSlot::Count)] = {};
    void add(RateSlot slot, double value) { sum[int(slot)] += value; }
};

struct TrafficEdge
{
    QString dest;
    QString protocol;
    QMap<QString, double> rates;
    QMap<QString, Edge::CodeDetail> responses; // rates, turned into percent at the end
    QSet<size_t> seriesKeys; // Kiali's edgeTSHash set (64-bit): a series reported by both proxies counts once
    double responseTime = -1;
    double throughput = -1;
    double mtlsPercent = -1;
    QString sourcePrincipal, destPrincipal;
    QString waypointDirection;
    PendingRates pending;
};

struct TrafficNode
{
    Node node;
    QList<TrafficEdge> edges;
    PendingRates pending;
};

struct TrafficMap
{
    QHash<QString, TrafficNode> nodes;
    QStringList order; // insertion order, for deterministic output

    TrafficNode* find(const QString& id);
    // Kiali's addNode: creates the node (trimmed by type) unless it exists. nullptr if no id can be made.
    TrafficNode* add(const Endpoint& e, GraphType type);
    TrafficNode* add(const Endpoint& e, GraphType type, const NodeId& id); // id: nodeId(e, type)
    TrafficEdge& edge(TrafficNode& source, const QString& dest, const QString& protocol);
    void remove(const QString& id);
};

void addValue(QMap<QString, double>& rates, const QString& key, double value); // Kiali's addToMetadataValue
// Kiali's graph.AddToMetadata: adds one sample's rate to the source, dest and edge (pending until flushed; the
// responses by code at once).
void addToRates(const QString& protocol, double value, const QString& code, const QString& flags, const QString& host,
    TrafficNode& source, TrafficNode& dest, TrafficEdge& edge);
void flushPendingRates(TrafficMap& map); // after the last addToRates, before anything reads the rates
void addOutgoing(Node& source, const TrafficEdge& edge); // AddOutgoingEdgeToMetadata
void resetOutgoing(Node& source);
void aggregateEdge(const TrafficEdge& from, TrafficEdge& into); // AggregateEdgeTraffic

} // namespace meshscope::graph::detail
