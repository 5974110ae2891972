#include "graphpagelayout.h"

#include "models/graph/graphlayout.h"
#include "views/graph/nodeitem.h"

namespace meshscope {

namespace {

ScenePositions toPositions(const graph::Layout& layout)
{
    ScenePositions positions;
    positions.nodes.reserve(layout.nodes.size());
    for (auto it = layout.nodes.cbegin(); it != layout.nodes.cend(); ++it)
        positions.nodes.insert(it.key(), it.value().center);
    return positions;
}

} // namespace

ScenePositions graphvizLayout(
    const graph::Graph& graph, const QString& engine, const QHash<QString, QPointF>& pinned, QString* error)
{
    graph::LayoutOptions options;
    options.engine = engine;
    options.pinned = pinned;
    const graph::Layout layout = graph::computeLayout(graph, options);
    if (!layout.error.isEmpty()) {
        if (error)
            *error = layout.error;
        return {};
    }
    return toPositions(layout);
}

ScenePositions extendGraphvizLayout(const ScenePositions& previous, const graph::Graph& graph)
{
    graph::Layout known;
    for (auto it = previous.nodes.cbegin(); it != previous.nodes.cend(); ++it)
        known.nodes.insert(it.key(), { it.value(), QSizeF(NodeItem::ShapeSize, NodeItem::ShapeSize + 22) });
    return toPositions(graph::extendLayout(known, graph));
}

} // namespace meshscope
