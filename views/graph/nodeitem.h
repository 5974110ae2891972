#pragma once

#include "models/graph/graphtypes.h"

#include <QGraphicsItem>
#include <QStaticText>

namespace meshscope {

class EdgeItem;
class GraphScene;
struct GraphColors;
struct GraphDetail;

// One node of the traffic graph: Kiali's shape for its type, a border in its health colour, a label below,
// and badges (virtual service, circuit breaker, fault injection, traffic shifting, missing sidecar).
// Its level of detail follows GraphDetail: zoomed out a plain square, so a 10,000-node graph stays cheap to paint.
class NodeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 101
    };
    static constexpr double ShapeSize = 34;

    explicit NodeItem(const graph::Node* node);

    // A refresh: the same id with new numbers (the graph that owns node stays alive in the scene).
    // maxLabelScale: how much larger than its natural size the label may be drawn (room is kept for it).
    void setNode(const graph::Node* node, bool showNamespace, double maxLabelScale);
    // The same node in a newer graph: its id fixes its label, so only the numbers (read when painting) change.
    void retarget(const graph::Node* node) { m_node = node; }
    const graph::Node& node() const { return *m_node; }
    const QString& id() const { return m_node->id; }

    void addEdge(EdgeItem* edge) { m_edges.append(edge); }
    void removeEdge(EdgeItem* edge) { m_edges.removeOne(edge); }
    const QList<EdgeItem*>& edges() const { return m_edges; }

    void setHighlighted(bool highlighted); // a "find" match
    bool isHighlighted() const { return m_highlighted; }
    void setPinned(bool pinned) { m_pinned = pinned; }
    bool isPinned() const { return m_pinned; } // the user dragged it; layouts keep it where it is

    // Box (compound) nodes, e.g. Kiali's app box around the versions of an app, span their children.
    bool isBox() const { return m_node->type == graph::NodeType::Box; }
    void setBoxRect(const QRectF& sceneRect);
    QRectF shapeRect() const
    {
        return isBox() ? m_boxRect : QRectF(-ShapeSize / 2, -ShapeSize / 2, ShapeSize, ShapeSize);
    }
    // How the node looks in the overview (zoomed out below OverviewZoom): a filled square, in item coordinates,
    // in this colour. paint() and GraphScene::paintOverview both draw it so.
    QRectF overviewRect() const { return shapeRect().adjusted(4, 4, -4, -4); }
    QColor overviewColor(const GraphColors& colors) const;
    // isVisible() and isSelected() without reaching into QGraphicsItem's private data (see EdgeItem::isShown).
    bool isShown() const { return m_shown; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    int type() const override { return Type; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    GraphScene* graphScene() const;
    void paintBadges(QPainter* painter) const;
    void paintBox(QPainter* painter, const GraphDetail& detail) const;
    void paintLabel(QPainter* painter, const GraphColors& colors, double scale) const;

    const graph::Node* m_node;
    QList<EdgeItem*> m_edges;
    QStaticText m_label;
    QStaticText m_subLabel;
    QSizeF m_labelSize;
    double m_maxLabelScale = 1;
    QRectF m_bounds;
    QRectF m_boxRect; // item coordinates
    QPointF m_pressPos;
    bool m_dragging = false; // the mouse moved past the drag distance since the press
    bool m_hasSubLabel = false;
    bool m_highlighted = false;
    bool m_pinned = false;
    bool m_shown = true;
    bool m_selected = false;
};

} // namespace meshscope
