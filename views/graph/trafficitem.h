#pragma once

#include "graphstyle.h"

#include <QGraphicsItem>

namespace meshscope {

class GraphScene;

// Kiali's traffic animation: dots running along the visible edges, more dots for more requests, slower for
// slower responses, every n-th dot red for n% errors. One item paints the dots of every edge in the exposed
// area, driven by the scene's single animation timer, so nothing is allocated per frame.
class TrafficItem : public QGraphicsItem
{
public:
    static constexpr double MinimumZoom = OverviewZoom; // dots are invisible further out; they are skipped

    explicit TrafficItem(GraphScene* scene);

    void setBounds(const QRectF& bounds);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    GraphScene* m_scene;
    QRectF m_bounds;
};

} // namespace meshscope
