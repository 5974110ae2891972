#pragma once

// Internal to graphbuilder*.cpp: the appenders that run on the traffic map before it becomes a Graph.

#include "graphbuilder.h"
#include "graphinventory.h"
#include "graphtrafficmap_p.h"

namespace meshscope::graph::detail {

// responseTime, throughput, securityPolicy from their queries' results.
void applyTelemetryAppenders(TrafficMap& map, const GraphOptions& options, const QList<QueryResponse>& responses);
// idleNode, deadNode, serviceEntry, istio badges, meshCheck from Kubernetes.
void applyInventoryAppenders(TrafficMap& map, const GraphOptions& options, const MeshInventory& inventory);
// serviceEntry (graphserviceentries.cpp): service nodes folded into one node per ServiceEntry.
void applyServiceEntries(
    TrafficMap& map, GraphType type, const MeshInventory& inventory, const QStringList& accessible);
// Kiali's labeler finalizer: Kubernetes labels on the nodes that are neither outside nor inaccessible.
void applyLabeler(TrafficMap& map, const MeshInventory& inventory);
// Kiali's ranking (frontend GraphScore, inbound edges): Node::rank 1…100 for the find/hide `rank` operand.
void rankNodes(Graph& graph);

} // namespace meshscope::graph::detail
