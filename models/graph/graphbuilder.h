#pragma once

#include "graphoptions.h"
#include "graphqueries.h"
#include "graphtypes.h"
#include "models/prometheus/promresult.h"

#include <QList>
#include <QStringList>

namespace meshscope::graph {

struct MeshInventory; // graphinventory.h: what Kubernetes knows (idle nodes, badges, service entries)

struct QueryResponse
{
    GraphQuery query;
    PromResult result;
};

// Kiali's graph generation as a pure function: the responses to graphQueries(options) (in any order; a query
// that failed is reported in warnings and contributes nothing) in, the graph out. Thread-safe, no I/O.
//   populateTrafficMap/addTraffic: node ids per graph type, the unknown source, injected service nodes,
//     dedup of series reported by both proxies, per-code rates; responseTime / throughput / securityPolicy
//     appenders from their queries; with an inventory: idle nodes, dead nodes, service entries, Istio badges;
//     outsider (isOutside / isInaccessible), isRoot, service-graph reduction, app boxes, percentages, health.
Graph buildGraph(const GraphOptions& options, const QList<QueryResponse>& responses,
    const MeshInventory* inventory = nullptr, QStringList* warnings = nullptr);

} // namespace meshscope::graph
