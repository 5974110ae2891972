// GraphScene::paintOverview: the zoomed-out graph in a few batched calls (see OverviewZoom).
#include "edgeitem.h"
#include "graphscene.h"
#include "nodeitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace meshscope {

namespace {

// Shapes of one colour, drawn together. The batches are drawn in the order they are seeded with, so that
// problems, find matches and the selection are painted over the healthy mass rather than lost under it.
template <typename Shape> class Batches
{
public:
    explicit Batches(const GraphColors& c)
    {
        for (const QColor& color :
            { c.idle, c.nodeBorder, c.healthy, c.tcp, c.degraded, c.failure, c.find, c.selection })
            m_batches.append({ color, {} });
    }
    QList<Shape>& of(const QColor& color)
    {
        for (auto& [batchColor, shapes] : m_batches) {
            if (batchColor == color)
                return shapes;
        }
        m_batches.append({ color, {} });
        return m_batches.last().second;
    }
    const QList<std::pair<QColor, QList<Shape>>>& all() const { return m_batches; }

private:
    QList<std::pair<QColor, QList<Shape>>> m_batches;
};

// False when the line certainly misses the rectangle (both ends beyond one of its sides).
bool mayCross(const QLineF& line, const QRectF& rect)
{
    return std::max(line.x1(), line.x2()) >= rect.left() && std::min(line.x1(), line.x2()) <= rect.right()
        && std::max(line.y1(), line.y2()) >= rect.top() && std::min(line.y1(), line.y2()) <= rect.bottom();
}

} // namespace

void GraphScene::paintOverview(QPainter* painter, const QRectF& exposed) const
{
    QList<NodeItem*> boxes;
    Batches<QRectF> squares(m_colors);
    for (NodeItem* item : m_nodeList) {
        if (!item->isShown())
            continue;
        if (item->isBox()) {
            boxes.append(item);
            continue;
        }
        const QRectF square = item->overviewRect().translated(item->pos()); // nodes are top-level items
        if (exposed.intersects(square))
            squares.of(item->overviewColor(m_colors)).append(square);
    }
    Batches<QLineF> lines(m_colors);
    for (const EdgeItem* item : m_edgeList) {
        if (item->isShown() && mayCross(item->overviewLine(), exposed)) // edges sit at the scene's origin
            lines.of(item->overviewColor(m_colors)).append(item->overviewLine());
    }

    // Boxes (few) under everything, drawn by themselves.
    const QStyleOptionGraphicsItem option; // paint() reads only the zoom, from the painter's transform
    for (NodeItem* box : std::as_const(boxes)) {
        if (!exposed.intersects(box->sceneBoundingRect()))
            continue;
        painter->save();
        painter->translate(box->pos());
        box->paint(painter, &option, nullptr);
        painter->restore();
    }

    painter->save();
    // QPainter strokes aliased hairlines on its fast path only under a rectangular clip (a few times faster).
    painter->setClipRect(exposed, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const auto& [color, batch] : lines.all()) {
        if (batch.isEmpty())
            continue;
        painter->setPen(QPen(color, 0));
        painter->drawLines(batch);
    }
    for (const auto& [color, batch] : squares.all()) {
        for (const QRectF& square : batch)
            painter->fillRect(square, color);
    }
    painter->restore();
}

} // namespace meshscope
