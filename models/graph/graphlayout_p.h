#pragma once

#include "graphlayout.h"

#include <QRectF>
#include <vector>

// What graphlayout.cpp (Graphviz) and graphlayoutstable.cpp (extendLayout) share: node sizes and the placement
// helpers of graphlayoutplace.cpp.
namespace meshscope::graph::layoutdetail {

// Every node gets the same box: the view draws a ~40 pt shape with its label under it.
constexpr double NodeWidth = 90;
constexpr double NodeHeight = 60;
constexpr double Gap = 30; // free space kept between nodes when we place them ourselves
constexpr double BoxPadding = 15;
constexpr double BoxLabel = 20; // room for the box's label above its children

inline const QSizeF nodeSize(NodeWidth, NodeHeight);
inline const QSizeF cellSize(NodeWidth + Gap, NodeHeight + Gap);

inline QRectF rectAround(QPointF center, QSizeF size)
{
    return { center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(), size.height() };
}

inline QRectF cellRect(QPointF center)
{
    return rectAround(center, cellSize - QSizeF(1, 1));
}

struct Input
{
    QList<const Node*> nodes; // what Graphviz lays out (boxes with children are drawn around them instead)
    QHash<QString, int> index; // Node::id → position in nodes
    QList<const Node*> boxes; // boxes with children
};
Input collect(const Graph& graph);

// Moves the nodes of force-directed layouts apart (see spreadAndSnap in graphlayoutplace.cpp).
void spreadAndSnap(std::vector<QPointF>& centers, const std::vector<bool>& fixed, const std::vector<bool>& skip);
// Moves the nodes that overlap a fixed (pinned) node or each other to the nearest free cell; the others stay.
void clearAroundFixed(std::vector<QPointF>& centers, const std::vector<bool>& fixed);
// Nodes without edges (idle workloads) in rows under the rest.
void placeLoners(std::vector<QPointF>& centers, const std::vector<bool>& fixed, const std::vector<bool>& loner);
// Box nodes surround their children (innermost boxes first, so nested boxes include their inner boxes).
void placeBoxes(Layout& layout, const Graph& graph, const QList<const Node*>& boxes);
QRectF boundsOf(const Layout& layout);

} // namespace meshscope::graph::layoutdetail
