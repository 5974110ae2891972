#pragma once

#include "graphscene.h"
#include "models/graph/graphtypes.h"

namespace meshscope {

// A quick layered layout without Graphviz: nodes in columns by their distance from the traffic sources, left to
// right like Kiali's dagre layout. Used for the first paint while Graphviz works, and when it is unavailable.
// Nodes in `keep` stay where they are; only the others are placed.
ScenePositions fallbackLayout(const graph::Graph& graph, const QHash<QString, QPointF>& keep = {});

// Keeps every node of previous where it is and places the nodes previous lacks next to a neighbour that has a
// place (right of their source, left of their target), else in a column right of everything.
ScenePositions extendPositions(const ScenePositions& previous, const graph::Graph& graph);

} // namespace meshscope
