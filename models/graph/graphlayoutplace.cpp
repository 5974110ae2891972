#include "graphlayout_p.h"
#include "graphlayoutgrid_p.h"

#include <QSet>
#include <cmath>
#include <limits>

namespace meshscope::graph::layoutdetail {

Input collect(const Graph& graph)
{
    QSet<QString> parents;
    for (const Node& node : graph.nodes) {
        if (!node.parent.isEmpty())
            parents.insert(node.parent);
    }
    Input input;
    QSet<QString> seen;
    for (const Node& node : graph.nodes) {
        if (seen.contains(node.id))
            continue; // a duplicate id is laid out once
        seen.insert(node.id);
        if (node.type == NodeType::Box && parents.contains(node.id)) {
            input.boxes.append(&node);
            continue;
        }
        input.index.insert(node.id, int(input.nodes.size()));
        input.nodes.append(&node);
    }
    return input;
}

// Snaps every node that is not fixed to the grid cell its centre is in, or the nearest free one when another node
// got there first (fixed nodes keep their place and their cells). Returns how many nodes had to go elsewhere.
static size_t snapToGrid(std::vector<QPointF>& centers, const std::vector<bool>& fixed, const std::vector<bool>& skip)
{
    LayoutGrid grid(cellSize);
    for (size_t i = 0; i < centers.size(); ++i) {
        if (fixed[i])
            grid.occupy(cellRect(centers[i]));
    }
    std::vector<size_t> conflicts;
    for (size_t i = 0; i < centers.size(); ++i) {
        if (fixed[i] || skip[i])
            continue;
        if (const std::optional<QPointF> cell = grid.takeCellAt(centers[i]))
            centers[i] = *cell;
        else
            conflicts.push_back(i);
    }
    for (size_t i : conflicts)
        centers[i] = grid.takeNearestFree(centers[i]);
    return conflicts.size();
}

// sfdp and the other force-directed engines pack nodes tighter than their size (we leave Graphviz's overlap removal
// off: it takes seconds at 5,000 nodes). Spread the layout until few nodes share a grid cell, then snap to the grid:
// no two nodes overlap, and the picture stays the engine's. Nodes in skip are left alone.
void spreadAndSnap(std::vector<QPointF>& centers, const std::vector<bool>& fixed, const std::vector<bool>& skip)
{
    size_t count = 0;
    QPointF low(std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
    QPointF high(std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest());
    for (size_t i = 0; i < centers.size(); ++i) {
        if (fixed[i] || skip[i])
            continue;
        ++count;
        low = QPointF(std::min(low.x(), centers[i].x()), std::min(low.y(), centers[i].y()));
        high = QPointF(std::max(high.x(), centers[i].x()), std::max(high.y(), centers[i].y()));
    }
    if (count == 0)
        return;
    const double area = std::max(high.x() - low.x(), 1.0) * std::max(high.y() - low.y(), 1.0);
    const double needed = double(count) * cellSize.width() * cellSize.height();
    double scale = std::max(1.0, std::sqrt(needed / area));
    const std::vector<QPointF> original = centers;
    for (int attempt = 0;; ++attempt) {
        for (size_t i = 0; i < centers.size(); ++i) {
            if (!fixed[i] && !skip[i])
                centers[i] = low + (original[i] - low) * scale;
        }
        std::vector<QPointF> trial = centers;
        const size_t moved = snapToGrid(trial, fixed, skip);
        if (moved * 10 <= count || attempt == 6) {
            centers = std::move(trial);
            return;
        }
        scale *= 1.25;
    }
}

// Moves the nodes that overlap a fixed (pinned) node or each other to the nearest free cell; the others stay.
void clearAroundFixed(std::vector<QPointF>& centers, const std::vector<bool>& fixed)
{
    LayoutGrid grid(cellSize);
    for (size_t i = 0; i < centers.size(); ++i) {
        if (fixed[i])
            grid.occupy(cellRect(centers[i]));
    }
    std::vector<size_t> conflicts;
    for (size_t i = 0; i < centers.size(); ++i) {
        if (fixed[i])
            continue;
        if (grid.isFree(cellRect(centers[i])))
            grid.occupy(cellRect(centers[i]));
        else
            conflicts.push_back(i);
    }
    for (size_t i : conflicts)
        centers[i] = grid.takeNearestFree(centers[i]);
}

// Nodes without edges (idle workloads): force-directed engines fling them far out. Put them in rows under the rest.
void placeLoners(std::vector<QPointF>& centers, const std::vector<bool>& fixed, const std::vector<bool>& loner)
{
    LayoutGrid grid(cellSize);
    QRectF rest;
    size_t loners = 0;
    for (size_t i = 0; i < centers.size(); ++i) {
        if (loner[i] && !fixed[i]) {
            ++loners;
            continue;
        }
        grid.occupy(cellRect(centers[i]));
        rest = rest.united(rectAround(centers[i], nodeSize));
    }
    const int perRow = std::max(1, int(std::ceil(std::sqrt(double(loners)))));
    const QPointF start(rest.left() + cellSize.width() / 2, rest.bottom() + cellSize.height());
    int placed = 0;
    for (size_t i = 0; i < centers.size(); ++i) {
        if (!loner[i] || fixed[i])
            continue;
        const QPointF wanted
            = start + QPointF((placed % perRow) * cellSize.width(), (placed / perRow) * cellSize.height());
        centers[i] = grid.takeNearestFree(wanted);
        ++placed;
    }
}
// Box nodes surround their children (innermost boxes first, so nested boxes include their inner boxes).
void placeBoxes(Layout& layout, const Graph& graph, const QList<const Node*>& boxes)
{
    QHash<QString, QList<QString>> children;
    for (const Node& node : graph.nodes) {
        if (!node.parent.isEmpty())
            children[node.parent].append(node.id);
    }
    QList<const Node*> pending = boxes;
    for (int round = 0; round < 8 && !pending.isEmpty(); ++round) {
        QList<const Node*> later;
        for (const Node* box : std::as_const(pending)) {
            QRectF area;
            bool ready = true;
            for (const QString& child : children.value(box->id)) {
                const auto placement = layout.nodes.constFind(child);
                if (placement != layout.nodes.cend())
                    area = area.united(rectAround(placement->center, placement->size));
                else if (graph.node(child) && graph.node(child)->type == NodeType::Box)
                    ready = false; // an inner box not placed yet
            }
            if (!ready && round < 7) {
                later.append(box);
                continue;
            }
            if (area.isNull())
                area = QRectF(0, 0, NodeWidth, NodeHeight);
            area.adjust(-BoxPadding, -BoxPadding - BoxLabel, BoxPadding, BoxPadding);
            layout.nodes.insert(box->id, { area.center(), area.size() });
        }
        pending = later;
    }
}

QRectF boundsOf(const Layout& layout)
{
    QRectF bounds;
    for (const NodePlacement& placement : layout.nodes)
        bounds = bounds.united(rectAround(placement.center, placement.size));
    return bounds;
}

} // namespace meshscope::graph::layoutdetail
