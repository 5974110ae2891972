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

// Reads the 13 source/destination labels of a sample the way every Kiali graph query handler does: skips it when
// a label is missing or the telemetry is known to be bad, applies HandleClusters and HandleDestination.
// destination_service is optional when requireDestService is false (the security-policy query omits it).
bool readEndpoints(
    const PromLabels& m, const GraphOptions& options, SampleEndpoints* out, bool requireDestService = true);

bool isOK(const QString& value); // not empty and not "unknown"
bool isOKVersion(const QString& value); // isOK and not "latest"
NodeId nodeId(const Endpoint& e, GraphType type); // Kiali's graph.Id

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
};

struct TrafficNode
{
    Node node;
    QList<TrafficEdge> edges;
};

struct TrafficMap
{
    QHash<QString, TrafficNode> nodes;
    QStringList order; // insertion order, for deterministic output

    TrafficNode* find(const QString& id);
    // Kiali's addNode: creates the node (trimmed by type) unless it exists. nullptr if no id can be made.
    TrafficNode* add(const Endpoint& e, GraphType type);
    TrafficEdge& edge(TrafficNode& source, const QString& dest, const QString& protocol);
    void remove(const QString& id);
};

void addValue(QMap<QString, double>& rates, const QString& key, double value); // Kiali's addToMetadataValue
// Kiali's graph.AddToMetadata: adds one sample's rate to the source, dest and edge.
void addToRates(const QString& protocol, double value, const QString& code, const QString& flags, const QString& host,
    Node& source, Node& dest, TrafficEdge& edge);
void addOutgoing(Node& source, const TrafficEdge& edge); // AddOutgoingEdgeToMetadata
void resetOutgoing(Node& source);
void aggregateEdge(const TrafficEdge& from, TrafficEdge& into); // AggregateEdgeTraffic

} // namespace meshscope::graph::detail
