#pragma once

#include "graphlayout.h"

namespace meshscope::graph {

// A quick layered layout without Graphviz: nodes in columns by their distance from the traffic sources, left to
// right like Kiali's dagre layout. Used when Graphviz fails, so the graph is still shown. Nodes in `keep` stay where
// they are; only the others are placed.
GraphPositions fallbackLayout(const Graph& graph, const QHash<QString, QPointF>& keep = {});

} // namespace meshscope::graph
