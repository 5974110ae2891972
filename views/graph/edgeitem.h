#pragma once

#include "models/graph/graphtypes.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStaticText>

namespace meshscope {

class GraphScene;
struct GraphColors;
class NodeItem;

// One edge: a curve from source to dest in its health colour (blue for TCP, grey when idle), wider with
// more traffic, an arrow head, an optional label (the chosen edge label mode) and a lock on mTLS traffic.
// Follows the layout's route while both nodes stay where the layout put them, a straight line otherwise.
class EdgeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 102
    };

    EdgeItem(const graph::Edge* edge, NodeItem* source, NodeItem* dest);

    void setEdge(const graph::Edge* edge); // a refresh: same id, new numbers
    const graph::Edge& edge() const { return *m_edge; }
    const QString& id() const { return m_id; }
    NodeItem* sourceNode() const { return m_source; }
    NodeItem* destNode() const { return m_dest; }

    // Graphviz's route in scene coordinates (3k+1 points: a bezier; otherwise a polyline); may be empty.
    void setRoute(const QList<QPointF>& points);
    void setBend(double bend); // sideways offset of the straight fallback, for parallel/reverse edges
    void adjust();
    // the nodes moved, or the display options changed
    void refreshLabel(); // numbers or label mode changed: the label is recomputed when next painted

    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    const QPainterPath& path() const { return m_path; }
    const QPolygonF& samples() const; // the path as a polyline, for the traffic dots (computed when first asked)
    double length() const { return m_length; }
    double penWidth() const { return m_width; }

    // How the edge looks in the overview (zoomed out below OverviewZoom): a straight line from end to end, in
    // scene coordinates, in this colour. paint() and GraphScene::paintOverview both draw it so.
    const QLineF& overviewLine() const { return m_chord; }
    QColor overviewColor(const GraphColors& colors) const;
    // isVisible() and isSelected(), kept beside the figures above: QGraphicsItem's own flags sit in another
    // allocation, one more cache miss per edge for every frame of the overview.
    bool isShown() const { return m_shown; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    int type() const override { return Type; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    GraphScene* graphScene() const;
    void paintLock(QPainter* painter, const QPointF& at, const QColor& color) const;
    void computeLabel();
    void takeFigures(); // m_requestRate, m_tcp, m_health from m_edge
    void placeArrow(); // the arrow head at m_arrowTip, sized for m_width

    const graph::Edge* m_edge;
    // What the overview reads of each of 20,000 edges every frame, side by side in memory; the figures are taken
    // from the edge when it is set (its rate is a map lookup).
    QLineF m_chord; // the path's first to last point
    double m_requestRate = 0;
    bool m_tcp = false;
    bool m_highlighted = false;
    bool m_shown = true;
    bool m_selected = false;
    graph::Health m_health = graph::Health::None;
    QString m_id;
    NodeItem* m_source;
    NodeItem* m_dest;
    QList<QPointF> m_route;
    QPointF m_routeSourcePos;
    QPointF m_routeDestPos;
    double m_bend = 0;
    QPainterPath m_path;
    QRectF m_pathBounds; // m_path's, kept: a refresh of 40,000 edges must not measure every curve again
    QPolygonF m_arrow;
    QRectF m_arrowBounds;
    QPointF m_arrowTip; // where the path ends
    double m_arrowAngle = 0; // the direction the arrow head points back along
    mutable QPolygonF m_samples;
    double m_length = 0;
    double m_width = 1;
    QPointF m_labelCenter;
    QString m_labelText; // rich text; m_label is prepared from it when first painted (refreshes stay cheap)
    QStaticText m_label;
    bool m_labelPrepared = false;
    bool m_labelDirty = true;
    QRectF m_labelRect;
    bool m_showLock = false;
    QRectF m_bounds;
    mutable QPainterPath m_shape;
};

} // namespace meshscope
