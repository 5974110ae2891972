#include "graphlayout_p.h"
#include "graphlayoutgrid_p.h"

#include <QElapsedTimer>
#include <QSet>

namespace meshscope::graph {

using namespace layoutdetail;

Layout extendLayout(const Layout& previous, const Graph& graph)
{
    QElapsedTimer timer;
    timer.start();
    Layout layout;
    layout.engine = previous.engine;
    const Input input = collect(graph);
    LayoutGrid grid(cellSize);
    QList<const Node*> fresh;
    for (const Node* node : input.nodes) {
        const auto old = previous.nodes.constFind(node->id);
        if (old != previous.nodes.cend()) {
            layout.nodes.insert(node->id, *old);
            grid.occupy(rectAround(old->center, old->size + QSizeF(Gap, Gap)));
        } else {
            fresh.append(node);
        }
    }
    // Boxes that stay keep their area free too (their children may be new and go inside later).
    for (const Node* box : input.boxes) {
        const auto old = previous.nodes.constFind(box->id);
        if (old != previous.nodes.cend())
            grid.occupy(rectAround(old->center, old->size));
    }

    // A new node goes next to its placed neighbours: right of its sources, left of its destinations. Chains of new
    // nodes are placed link by link; nodes with no placed neighbour at all go in a row under the rest.
    QHash<QString, QList<std::pair<QString, double>>> neighbours; // id → (neighbour, side)
    for (const Edge& edge : graph.edges) {
        if (edge.source == edge.dest)
            continue;
        neighbours[edge.dest].append({ edge.source, +1.0 });
        neighbours[edge.source].append({ edge.dest, -1.0 });
    }
    bool progress = true;
    while (progress && !fresh.isEmpty()) {
        progress = false;
        QList<const Node*> waiting;
        for (const Node* node : std::as_const(fresh)) {
            QPointF sum;
            int count = 0;
            for (const auto& [other, side] : neighbours.value(node->id)) {
                const auto placement = layout.nodes.constFind(other);
                if (placement == layout.nodes.cend())
                    continue;
                sum += placement->center + QPointF(side * cellSize.width() * 1.5, 0);
                ++count;
            }
            if (count == 0) {
                waiting.append(node);
                continue;
            }
            layout.nodes.insert(node->id, { grid.takeNearestFree(sum / count), nodeSize });
            progress = true;
        }
        fresh = waiting;
    }
    const QRectF placedBounds = boundsOf(layout);
    QPointF next(placedBounds.left() + cellSize.width() / 2, placedBounds.bottom() + cellSize.height());
    for (const Node* node : std::as_const(fresh)) {
        const QPointF center = grid.takeNearestFree(next);
        layout.nodes.insert(node->id, { center, nodeSize });
        next = center + QPointF(cellSize.width(), 0);
    }
    placeBoxes(layout, graph, input.boxes);

    for (const Edge& edge : graph.edges) {
        const auto from = layout.nodes.constFind(edge.source);
        const auto to = layout.nodes.constFind(edge.dest);
        if (from == layout.nodes.cend() || to == layout.nodes.cend())
            continue;
        const QString id = edge.id();
        const auto route = previous.edges.constFind(id);
        const bool bothOld = previous.nodes.contains(edge.source) && previous.nodes.contains(edge.dest);
        if (bothOld && route != previous.edges.cend())
            layout.edges.insert(id, *route);
        else
            layout.edges.insert(id, { from->center, to->center });
    }
    layout.bounds = boundsOf(layout);
    layout.seconds = double(timer.nsecsElapsed()) / 1e9;
    return layout;
}

bool sameTopology(const Graph& a, const Graph& b)
{
    if (a.nodes.size() != b.nodes.size() || a.edges.size() != b.edges.size())
        return false;
    // Refreshes usually list everything in the same order: compare in place first, sets only if that fails.
    bool inOrder = true;
    for (qsizetype i = 0; i < a.nodes.size() && inOrder; ++i)
        inOrder = a.nodes.at(i).id == b.nodes.at(i).id;
    for (qsizetype i = 0; i < a.edges.size() && inOrder; ++i) {
        const Edge& x = a.edges.at(i);
        const Edge& y = b.edges.at(i);
        inOrder = x.source == y.source && x.dest == y.dest && x.protocol == y.protocol;
    }
    if (inOrder)
        return true;
    QSet<QString> nodes;
    nodes.reserve(a.nodes.size());
    for (const Node& node : a.nodes)
        nodes.insert(node.id);
    for (const Node& node : b.nodes) {
        if (!nodes.contains(node.id))
            return false;
    }
    QSet<QString> edges;
    edges.reserve(a.edges.size());
    for (const Edge& edge : a.edges)
        edges.insert(edge.id());
    for (const Edge& edge : b.edges) {
        if (!edges.contains(edge.id()))
            return false;
    }
    return true;
}

} // namespace meshscope::graph
