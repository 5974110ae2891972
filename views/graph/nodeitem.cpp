#include "nodeitem.h"

#include "edgeitem.h"
#include "graphscene.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace meshscope {

namespace {

constexpr double LabelGap = 3;
constexpr double BadgeSize = 12;

} // namespace

NodeItem::NodeItem(const graph::Node* node)
    : m_node(node)
{
    if (node->type == graph::NodeType::Box) {
        setFlags(ItemIsSelectable);
        setZValue(-1);
    } else {
        setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
        setZValue(1);
    }
    m_label.setTextFormat(Qt::PlainText);
    m_subLabel.setTextFormat(Qt::PlainText);
    m_label.setPerformanceHint(QStaticText::AggressiveCaching);
    setNode(node, false, 1);
}

void NodeItem::setNode(const graph::Node* node, bool showNamespace, double maxLabelScale)
{
    m_node = node;
    const QString name = isBox() ? (!node->app.isEmpty() ? node->app : node->displayName()) : node->displayName();
    const QString sub = showNamespace || node->isOutside ? node->namespace_ : QString();
    if (name == m_label.text() && sub == m_subLabel.text() && maxLabelScale == m_maxLabelScale && !m_bounds.isNull()) {
        if (!scene() || !graphScene()->isBulkUpdating())
            update();
        return;
    }
    m_label.setText(name);
    m_subLabel.setText(sub);
    m_hasSubLabel = !sub.isEmpty();
    m_maxLabelScale = maxLabelScale;
    const QFontMetricsF labelMetrics(graphLabelFont());
    const QFontMetricsF smallMetrics(graphSmallFont());
    const double width = std::max(labelMetrics.horizontalAdvance(name), smallMetrics.horizontalAdvance(sub));
    const double height = labelMetrics.height() + (m_hasSubLabel ? smallMetrics.height() : 0);
    m_labelSize = QSizeF(width + 6, height + 2);
    m_label.prepare(QTransform(), graphLabelFont());
    m_subLabel.prepare(QTransform(), graphSmallFont());
    prepareGeometryChange();
    if (isBox()) {
        m_bounds = m_boxRect.adjusted(-3, -3, 3, 3);
        update();
        return;
    }
    // Selection halo and badges, and room above for other features' marks.
    const QRectF shapeBox = shapeRect().adjusted(-5, -5 - BadgeSize, 5, 5);
    const QSizeF largest = m_labelSize * maxLabelScale;
    const QRectF labelBox(-largest.width() / 2, ShapeSize / 2 + LabelGap, largest.width(), largest.height());
    m_bounds = shapeBox.united(labelBox);
    update();
}

void NodeItem::setBoxRect(const QRectF& sceneRect)
{
    prepareGeometryChange();
    setPos(sceneRect.center());
    m_boxRect = QRectF(-sceneRect.width() / 2, -sceneRect.height() / 2, sceneRect.width(), sceneRect.height());
    m_bounds = m_boxRect.adjusted(-3, -3, 3, 3);
}

void NodeItem::paintBox(QPainter* painter, const GraphDetail& detail) const
{
    const GraphColors& colors = graphScene()->colors();
    QColor fill = colors.text;
    fill.setAlpha(colors.dark ? 18 : 10);
    const QColor border = isSelected() ? colors.selection : (m_highlighted ? colors.find : colors.idle);
    painter->setPen(QPen(border, isSelected() || m_highlighted ? 2 : 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_boxRect, 6, 6);
    if (!detail.labels)
        return;
    painter->setPen(colors.dimText);
    painter->setFont(graphLabelFont());
    const QTransform natural = painter->transform();
    // Enlarged as the nodes' labels are, as far as the box is wide (its bounds end there).
    const double fits = (m_boxRect.width() - 12) / std::max(1.0, m_label.size().width());
    const double scale = std::max(1.0, std::min(detail.labelScale, fits));
    painter->translate(m_boxRect.topLeft() + QPointF(6, 3));
    painter->scale(scale, scale);
    painter->drawStaticText(QPointF(), m_label);
    painter->setTransform(natural);
}

void NodeItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    if (isBox()) { // its label strip: a right-click there is on the box, elsewhere inside it on the canvas
        path.addRect(QRectF(m_boxRect.topLeft(), QSizeF(m_boxRect.width(), 22)));
        return path;
    }
    path.addRect(shapeRect());
    return path;
}

GraphScene* NodeItem::graphScene() const
{
    return static_cast<GraphScene*>(scene());
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const GraphScene* s = graphScene();
    const GraphColors& colors = s->colors();
    const graph::Node& node = *m_node;
    const GraphDetail detail = s->detailAt(option->levelOfDetailFromTransform(painter->worldTransform()));
    if (isBox()) {
        setAntialiasing(painter, true);
        return paintBox(painter, detail);
    }
    if (detail.overview) {
        // Far away: a filled square reads as "a node" and costs one rectangle. Aliased, as GraphView's overview
        // draws it: a square of a pixel or two, antialiased, would fade into a grey smear.
        setAntialiasing(painter, false);
        painter->fillRect(overviewRect(), overviewColor(colors));
        return;
    }
    const bool unhealthy = node.health == graph::Health::Failure || node.health == graph::Health::Degraded;
    const QColor border = unhealthy ? colors.forHealth(node.health) : colors.nodeBorder;

    setAntialiasing(painter, true); // an edge painted before may have turned it off
    const bool serviceEntry = !node.isServiceEntry.isEmpty();
    if (isSelected() || m_highlighted) {
        painter->setPen(QPen(isSelected() ? colors.selection : colors.find, 4));
        painter->setBrush(Qt::NoBrush);
        paintNodeShape(painter, shapeRect().adjusted(-3, -3, 3, 3), node.type, serviceEntry);
    }
    QColor fill = colors.nodeFill;
    if (node.isOutside || node.isInaccessible)
        fill = colors.dark ? QColor(0x3a, 0x40, 0x4a) : QColor(0xe7, 0xf1, 0xfa); // Kiali: unselected namespace
    if (node.type == graph::NodeType::Unknown)
        fill = colors.dark ? QColor(0x40, 0x40, 0x40) : QColor(0xf0, 0xf0, 0xf0);
    QPen pen(node.isIdle || node.isDead ? colors.idle : border, unhealthy ? 3 : 1.5);
    if (node.isIdle || node.isDead || node.isInaccessible)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    paintNodeShape(painter, shapeRect(), node.type, serviceEntry);

    // Kiali's label icons: traffic source (root) and gateway, drawn inside the shape.
    const QColor glyph = node.isIdle ? colors.idle : border;
    if (node.isRoot) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(glyph);
        painter->drawPolygon(QPolygonF { QPointF(-4, -6), QPointF(7, 0), QPointF(-4, 6) });
    } else if (node.isGateway) {
        painter->setPen(QPen(glyph, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(-5, -6, 10, 12));
        painter->drawLine(QPointF(0, -6), QPointF(0, 6));
    } else if (node.isDead) {
        painter->setPen(QPen(colors.idle, 2));
        painter->drawLine(QPointF(-6, -6), QPointF(6, 6));
        painter->drawLine(QPointF(-6, 6), QPointF(6, -6));
    }

    if (!detail.labels)
        return;
    if (s->display().badges)
        paintBadges(painter);
    paintLabel(painter, colors, std::min(detail.labelScale, m_maxLabelScale));
}

void NodeItem::paintLabel(QPainter* painter, const GraphColors& colors, double scale) const
{
    // Enlarged labels grow down from the shape, as the room kept for them in the bounds does.
    const QTransform natural = painter->transform();
    if (scale != 1) {
        painter->translate(0, ShapeSize / 2 + LabelGap);
        painter->scale(scale, scale);
        painter->translate(0, -(ShapeSize / 2 + LabelGap));
    }
    const graph::Node& node = *m_node;
    const QRectF labelBox(
        -m_labelSize.width() / 2, ShapeSize / 2 + LabelGap, m_labelSize.width(), m_labelSize.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.labelBackground);
    painter->drawRoundedRect(labelBox, 3, 3);
    painter->setPen(node.isIdle ? colors.dimText : colors.text);
    painter->setFont(graphLabelFont());
    const QSizeF nameSize = m_label.size();
    painter->drawStaticText(QPointF(-nameSize.width() / 2, labelBox.top() + 1), m_label);
    if (m_hasSubLabel) {
        painter->setPen(colors.dimText);
        painter->setFont(graphSmallFont());
        painter->drawStaticText(
            QPointF(-m_subLabel.size().width() / 2, labelBox.top() + 1 + nameSize.height()), m_subLabel);
    }
    if (scale != 1)
        painter->setTransform(natural);
}

QColor NodeItem::overviewColor(const GraphColors& colors) const
{
    // The border colour (health when degraded or failing), the find or selection colour when it is one, grey when idle.
    if (m_node->isIdle)
        return colors.idle;
    if (m_highlighted)
        return colors.find;
    if (m_selected)
        return colors.selection;
    const graph::Health health = m_node->health;
    return health == graph::Health::Failure || health == graph::Health::Degraded ? colors.forHealth(health)
                                                                                 : colors.nodeBorder;
}

void NodeItem::paintBadges(QPainter* painter) const
{
    // Kiali's corners: circuit breaker upper-left, virtual service lower-left, missing sidecar lower-right,
    // fault injection / traffic shifting upper-right.
    const graph::Node& node = *m_node;
    const GraphColors& colors = graphScene()->colors();
    const double edge = ShapeSize / 2 - BadgeSize / 2 + 2;
    auto badge = [&](QPointF center, const QString& text, const QColor& color) {
        const QRectF box(center.x() - BadgeSize / 2, center.y() - BadgeSize / 2, BadgeSize, BadgeSize);
        painter->setPen(QPen(colors.nodeFill, 1));
        painter->setBrush(color);
        painter->drawEllipse(box);
        painter->setPen(Qt::white);
        painter->setFont(graphSmallFont());
        painter->drawText(box, Qt::AlignCenter, text);
    };
    if (node.hasCircuitBreaker)
        badge(QPointF(-edge, -edge), QStringLiteral("⚡"), colors.badge);
    if (node.hasVirtualService)
        badge(QPointF(-edge, edge), QStringLiteral("V"), colors.badge);
    if (node.hasMissingSidecar)
        badge(QPointF(edge, edge), QStringLiteral("!"), colors.degraded);
    if (node.hasFaultInjection)
        badge(QPointF(edge, -edge), QStringLiteral("F"), colors.failure);
    else if (node.hasTrafficShifting || node.hasRequestRouting)
        badge(QPointF(edge, -edge), QStringLiteral("⇄"), colors.badge);
    // Other features' marks (health, analysis, …) in a row over the shape.
    const QList<graph::NodeBadge> extra = graphScene()->extraBadges(node.id);
    for (qsizetype i = 0; i < extra.size(); ++i) {
        const graph::NodeBadge& mark = extra.at(i);
        const QColor color = mark.severity == graph::NodeBadge::Severity::Error ? colors.failure
            : mark.severity == graph::NodeBadge::Severity::Warning              ? colors.degraded
                                                                                : colors.badge;
        badge(QPointF((double(i) - double(extra.size() - 1) / 2) * (BadgeSize + 2), -ShapeSize / 2 - BadgeSize / 2),
            mark.text, color);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged && scene())
        graphScene()->notifyNodeMoved(this);
    else if (change == ItemVisibleHasChanged)
        m_shown = value.toBool();
    else if (change == ItemSelectedHasChanged)
        m_selected = value.toBool();
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_pressPos = pos();
    m_dragging = false;
    QGraphicsItem::mousePressEvent(event);
}

void NodeItem::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    // A click never moves a node: the hand trembles, and the view may shift under a still mouse (the side panel
    // opens on the press, the view re-fits and replays the last mouse event). Only a move of the mouse itself,
    // on screen, past the platform's drag distance starts a drag.
    if (!m_dragging) {
        const QPoint moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        if (!(event->buttons() & Qt::LeftButton) || moved.manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragging = true;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (m_dragging && pos() != m_pressPos && scene()) {
        m_pinned = true;
        graphScene()->notifyNodeDragged(this);
    }
    m_dragging = false;
}

} // namespace meshscope
