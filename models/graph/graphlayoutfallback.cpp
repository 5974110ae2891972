#include "graphlayoutfallback.h"

#include <QRectF>
#include <QSet>

namespace meshscope::graph {

namespace {

constexpr double ColumnGap = 190;
constexpr double RowGap = 90;

} // namespace

GraphPositions fallbackLayout(const Graph& graph, const QHash<QString, QPointF>& keep)
{
    // Longest-path layering over a DAG view of the graph (back edges of cycles ignored), breadth-first from
    // nodes without inbound edges.
    QHash<QString, QStringList> outgoing;
    QHash<QString, int> inbound;
    for (const Node& node : graph.nodes)
        inbound.insert(node.id, 0);
    for (const Edge& edge : graph.edges) {
        if (!inbound.contains(edge.source) || !inbound.contains(edge.dest) || edge.source == edge.dest)
            continue;
        outgoing[edge.source].append(edge.dest);
        inbound[edge.dest] += 1;
    }
    QHash<QString, int> layer;
    QStringList queue;
    for (const Node& node : graph.nodes) {
        if (inbound.value(node.id) == 0) {
            layer.insert(node.id, 0);
            queue << node.id;
        }
    }
    QHash<QString, int> remaining = inbound;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QString id = queue.at(i);
        for (const QString& next : outgoing.value(id)) {
            layer[next] = std::max(layer.value(next), layer.value(id) + 1);
            if (--remaining[next] == 0)
                queue << next;
        }
    }
    // Nodes on cycles that were never released: after their deepest placed predecessor.
    for (const Node& node : graph.nodes) {
        if (!layer.contains(node.id))
            layer.insert(node.id, 1);
    }

    // Box (compound) nodes get their place from their children; keep siblings of a box next to each other.
    QList<const Node*> ordered;
    for (const Node& node : graph.nodes) {
        if (node.type != NodeType::Box)
            ordered.append(&node);
    }
    std::stable_sort(
        ordered.begin(), ordered.end(), [](const Node* a, const Node* b) { return a->parent < b->parent; });
    QHash<int, double> columnHeight;
    QHash<int, QString> lastParent;
    QHash<int, int> rowsUsed;
    GraphPositions positions;
    for (const Node* nodePointer : std::as_const(ordered)) {
        const Node& node = *nodePointer;
        if (keep.contains(node.id)) {
            positions.nodes.insert(node.id, keep.value(node.id));
            continue;
        }
        const int column = layer.value(node.id);
        // A box (and its label) around a group of siblings needs room above and below it.
        const bool newGroup = rowsUsed.value(column) > 0 && lastParent.value(column) != node.parent;
        double& y = columnHeight[column];
        if (newGroup)
            y += RowGap * 0.5;
        positions.nodes.insert(node.id, QPointF(column * ColumnGap, y));
        y += RowGap;
        rowsUsed[column] += 1;
        lastParent[column] = node.parent;
    }
    // Centre each column vertically.
    for (auto it = positions.nodes.begin(); it != positions.nodes.end(); ++it) {
        if (keep.contains(it.key()))
            continue;
        it.value().ry() -= (columnHeight.value(layer.value(it.key())) - RowGap) / 2;
    }
    return positions;
}

} // namespace meshscope::graph
