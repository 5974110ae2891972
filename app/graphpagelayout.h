#pragma once

#include "models/graph/graphtypes.h"
#include "views/graph/graphscene.h"

#include <QString>

namespace meshscope {

// The Graph page's positions from graph-layout's Graphviz layout (models/graph/graphlayout.h): computeLayout
// (auto: dot left to right for small graphs, sfdp for large ones, or the engine asked for; pinned nodes stay) and
// extendLayout (new nodes next to their neighbours, nobody else moves). computeLayout is thread-safe and meant for
// the thread pool. Edges are drawn by the view from border to border, so only node centres are used. On failure
// *error is set and nodes is empty.
ScenePositions graphvizLayout(const graph::Graph& graph, const QString& engine,
    const QHash<QString, QPointF>& pinned = {}, QString* error = nullptr);
ScenePositions extendGraphvizLayout(const ScenePositions& previous, const graph::Graph& graph);

} // namespace meshscope
