#pragma once

#include "models/graph/graphtypes.h"
#include "views/graph/graphscene.h"

#include <QString>

namespace meshscope {

// Node positions for the Graph page from Graphviz: `dot` (left to right, like Kiali's dagre layout, app boxes as
// clusters) for graphs up to 300 nodes, `sfdp` above, or the engine asked for. Thread-safe (holds graph-model's
// graphvizMutex()); meant to run on the thread pool. Edges are drawn by the view from border to border, so only
// node centres come back. Pinned nodes keep their positions. On failure *error is set and nodes is empty.
ScenePositions graphvizLayout(const graph::Graph& graph, const QString& engine,
    const QHash<QString, QPointF>& pinned = {}, QString* error = nullptr);

// The engine "" (auto) picks for a graph of this many nodes.
QString autoLayoutEngine(qsizetype nodeCount);

} // namespace meshscope
