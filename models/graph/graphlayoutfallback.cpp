#include "fallbacklayout.h"

#include <QRectF>
#include <QSet>
#include <optional>

namespace meshscope {

namespace {

constexpr double ColumnGap = 190;
constexpr double RowGap = 90;

} // namespace

ScenePositions fallbackLayout(const graph::Graph& graph, const QHash<QString, QPointF>& keep)
{
    // Longest-path layering over a DAG view of the graph (back edges of cycles ignored), breadth-first from
    // nodes without inbound edges.
    QHash<QString, QStringList> outgoing;
    QHash<QString, int> inbound;
    for (const graph::Node& node : graph.nodes)
        inbound.insert(node.id, 0);
    for (const graph::Edge& edge : graph.edges) {
        if (!inbound.contains(edge.source) || !inbound.contains(edge.dest) || edge.source == edge.dest)
            continue;
        outgoing[edge.source].append(edge.dest);
        inbound[edge.dest] += 1;
    }
    QHash<QString, int> layer;
    QStringList queue;
    for (const graph::Node& node : graph.nodes) {
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
    for (const graph::Node& node : graph.nodes) {
        if (!layer.contains(node.id))
            layer.insert(node.id, 1);
    }

    // Box (compound) nodes get their place from their children; keep siblings of a box next to each other.
    QList<const graph::Node*> ordered;
    for (const graph::Node& node : graph.nodes) {
        if (node.type != graph::NodeType::Box)
            ordered.append(&node);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const graph::Node* a, const graph::Node* b) { return a->parent < b->parent; });
    QHash<int, double> columnHeight;
    QHash<int, QString> lastParent;
    QHash<int, int> rowsUsed;
    ScenePositions positions;
    for (const graph::Node* nodePointer : std::as_const(ordered)) {
        const graph::Node& node = *nodePointer;
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

ScenePositions extendPositions(const ScenePositions& previous, const graph::Graph& graph)
{
    ScenePositions positions;
    QList<QPointF> taken;
    QRectF bounds;
    for (const graph::Node& node : graph.nodes) {
        const auto found = previous.nodes.constFind(node.id);
        if (found == previous.nodes.cend())
            continue;
        positions.nodes.insert(node.id, *found);
        taken.append(*found);
        bounds = bounds.united(QRectF(*found, QSizeF(1, 1)));
    }
    auto isFree = [&taken](const QPointF& spot) {
        return std::none_of(taken.cbegin(), taken.cend(), [&spot](const QPointF& other) {
            return std::abs(other.x() - spot.x()) < ColumnGap / 2 && std::abs(other.y() - spot.y()) < RowGap * 0.8;
        });
    };
    auto freeSpotNear = [&](const QPointF& wanted) {
        for (int step = 0; step < 200; ++step) {
            // 0, +1, -1, +2, -2, … rows away from where it would be nicest.
            const int row = (step + 1) / 2 * (step % 2 == 1 ? 1 : -1);
            const QPointF spot = wanted + QPointF(0, row * RowGap);
            if (isFree(spot))
                return spot;
        }
        return wanted;
    };
    double column = bounds.isNull() ? 0 : bounds.right() + ColumnGap;
    double nextRow = bounds.isNull() ? 0 : bounds.top();
    for (const graph::Node& node : graph.nodes) {
        if (positions.nodes.contains(node.id) || node.type == graph::NodeType::Box)
            continue;
        std::optional<QPointF> wanted;
        for (const graph::Edge& edge : graph.edges) {
            if (edge.dest == node.id && positions.nodes.contains(edge.source)) {
                wanted = positions.nodes.value(edge.source) + QPointF(ColumnGap, 0);
                break;
            }
            if (edge.source == node.id && positions.nodes.contains(edge.dest)) {
                wanted = positions.nodes.value(edge.dest) - QPointF(ColumnGap, 0);
                break;
            }
        }
        QPointF spot;
        if (wanted) {
            spot = freeSpotNear(*wanted);
        } else {
            spot = QPointF(column, nextRow);
            nextRow += RowGap;
        }
        positions.nodes.insert(node.id, spot);
        taken.append(spot);
    }
    return positions;
}

} // namespace meshscope
