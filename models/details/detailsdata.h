#pragma once

#include "models/graph/graphoptions.h"
#include "models/graph/graphtypes.h"
#include "models/health/healthrefresh.h"

// What a detail page shows about one app, workload or service, gathered from a health snapshot (pure, for any
// thread), and its traffic edges from a node graph.
namespace meshscope::details {

struct RelatedObject
{
    health::Kind kind = health::Kind::Workload;
    QString namespace_;
    QString name;
    health::Status status = health::Status::NA;
};

struct PodRow
{
    QString name;
    QString status;
    bool ready = false;
    int restarts = 0;
    QString node;
    QString ip;
    QString proxy; // istio-proxy image tag, "ambient", or empty without one
    QStringList containers;
    QDateTime created;
};

struct DetailsData
{
    health::Kind kind = health::Kind::Workload;
    QString namespace_;
    QString name;
    bool found = false; // the snapshot knows the object
    health::EntityHealth health;
    QString type; // Deployment, StatefulSet, … or the Service type
    health::Labels labels;
    health::Labels selector;
    QString app;
    QStringList versions;
    QString serviceAccount;
    QList<health::ServicePort> ports;
    QList<PodRow> pods;
    QList<RelatedObject> related;
    QList<health::ConfigRef> config;
    health::MtlsMode mtls;
    health::ReplicaStatus replicas;
    bool missingSidecar = false;
};

DetailsData detailsData(
    const health::HealthSnapshot& snapshot, health::Kind kind, const QString& ns, const QString& name);

// One edge into or out of the object in its node graph.
struct TrafficRow
{
    bool inbound = true;
    QString peer; // the other node, as the graph labels it
    QString peerNamespace;
    QString protocol;
    double rate = 0; // requests/s, or bytes/s for tcp
    double errorPercent = 0;
    double p95Ms = -1;
    double mtlsPercent = -1;
    graph::Health health = graph::Health::None;
    bool operator==(const TrafficRow&) const = default;
};

// The node graph's edges that touch the object (app: all its version nodes; service: its service node), by
// direction and rate.
QList<TrafficRow> trafficRows(const graph::Graph& graph, health::Kind kind, const QString& ns, const QString& name);
// The node graph for a detail page (graph::GraphOptions::node).
graph::NodeFocus nodeFocus(health::Kind kind, const QString& ns, const QString& name);

} // namespace meshscope::details
