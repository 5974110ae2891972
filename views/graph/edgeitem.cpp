#include "edgeitem.h"

#include "graphscene.h"
#include "nodeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>
#include <array>
#include <cmath>

namespace meshscope {

namespace {

constexpr double ArrowLength = 9;
// Edge labels are shown from this zoom on, at their natural size whatever GraphDetail says for node labels: enlarged,
// they would cover the short edges of a small graph fitted into a small window.
constexpr double LabelZoom = 0.6;
constexpr int SampleCount = 24;
const QSizeF LabelReserve(120, 30); // room for "999 kbps" over "100%" and the lock

// Kiali widens edges with traffic; a log scale keeps 0.1 rps visible and 10,000 rps from swallowing the graph.
double widthForRate(double rate, bool tcp)
{
    if (tcp)
        rate /= 1024; // kB/s are roughly as "busy" as requests/s
    // In quarter steps, so a refresh with slightly different rates keeps the geometry (no re-routing).
    return std::round(4 * (1.2 + std::min(4.0, 1.1 * std::log10(1 + std::max(0.0, rate))))) / 4;
}

double labelWidth(const QString& text)
{
    static const auto advances = [] {
        std::array<double, 128> table {};
        const QFontMetricsF metrics(graphSmallFont());
        for (int c = 32; c < 128; ++c)
            table[c] = metrics.horizontalAdvance(QChar(c));
        return table;
    }();
    double width = 0;
    for (const QChar c : text) {
        if (c.unicode() < 128)
            width += advances[c.unicode()];
        else
            return QFontMetricsF(graphSmallFont()).horizontalAdvance(text);
    }
    return width;
}

} // namespace

EdgeItem::EdgeItem(const graph::Edge* edge, NodeItem* source, NodeItem* dest)
    : m_edge(edge)
    , m_id(edge->id())
    , m_source(source)
    , m_dest(dest)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    m_label.setTextFormat(Qt::RichText);
    m_label.setPerformanceHint(QStaticText::AggressiveCaching);
    source->addEdge(this);
    dest->addEdge(this);
    takeFigures();
    m_width = widthForRate(m_requestRate, m_tcp);
}

void EdgeItem::takeFigures()
{
    m_requestRate = m_edge->requestRate();
    m_tcp = m_edge->protocol == QLatin1String("tcp");
    m_health = m_edge->health;
}

GraphScene* EdgeItem::graphScene() const
{
    return static_cast<GraphScene*>(scene());
}

void EdgeItem::setEdge(const graph::Edge* edge)
{
    m_edge = edge;
    takeFigures();
    const double width = widthForRate(m_requestRate, m_tcp);
    if (std::abs(width - m_width) > 0.05) {
        // The path stays; only the arrow head and the stroke (bounds, hit shape) follow the new width. Most edges
        // of a refresh change width a little, and measuring their curves again is what a refresh would cost.
        m_width = width;
        placeArrow();
        m_shape = QPainterPath();
    }
    refreshLabel();
}

void EdgeItem::setRoute(const QList<QPointF>& points)
{
    m_route = points;
    m_routeSourcePos = m_source->pos();
    m_routeDestPos = m_dest->pos();
}

void EdgeItem::setBend(double bend)
{
    m_bend = bend;
}

void EdgeItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void EdgeItem::adjust()
{
    const QPointF from = m_source->pos();
    const QPointF to = m_dest->pos();
    QPainterPath path;
    const bool routeValid = m_route.size() >= 2 && from == m_routeSourcePos && to == m_routeDestPos;
    if (routeValid && (m_route.size() - 1) % 3 == 0) {
        path.moveTo(m_route.first());
        for (qsizetype i = 1; i + 2 < m_route.size(); i += 3)
            path.cubicTo(m_route[i], m_route[i + 1], m_route[i + 2]);
    } else if (routeValid) {
        path.moveTo(m_route.first());
        for (qsizetype i = 1; i < m_route.size(); ++i)
            path.lineTo(m_route[i]);
    } else {
        // Straight (or gently bent, for a reverse or parallel edge) from border to border.
        const QLineF line(from, to);
        const double radius = NodeItem::ShapeSize / 2 + 2;
        if (line.length() <= 2 * radius) {
            path.moveTo(from);
            path.lineTo(to);
        } else {
            const QPointF unit = (to - from) / line.length();
            const QPointF normal(-unit.y(), unit.x());
            const QPointF start = from + unit * radius + normal * (m_bend * 0.3);
            const QPointF end = to - unit * (radius + 1) + normal * (m_bend * 0.3);
            path.moveTo(start);
            path.quadTo((start + end) / 2 + normal * m_bend, end);
        }
    }

    // The arrow head at the end, along the last bit of the curve.
    const QPointF tip = path.currentPosition();
    const QPointF before = path.pointAtPercent(std::max(0.0, 1 - 6 / std::max(6.0, path.length())));
    QLineF direction(tip, before);
    if (direction.length() < 0.01)
        direction = QLineF(to, from);
    m_arrowTip = tip;
    m_arrowAngle = std::atan2(direction.dy(), direction.dx());
    placeArrow();

    prepareGeometryChange();
    m_path = path;
    m_pathBounds = path.boundingRect();
    m_chord = QLineF(path.elementAt(0), path.currentPosition());
    m_shape = QPainterPath();
    m_length = path.length();
    m_samples.clear();
    m_labelCenter = path.pointAtPercent(0.5);
    refreshLabel();
}

void EdgeItem::placeArrow()
{
    const double spread = M_PI / 7;
    const double arrowLength = ArrowLength + m_width;
    const QPointF tip = m_arrowTip;
    const QPointF corners[]
        = { tip, tip + QPointF(std::cos(m_arrowAngle + spread), std::sin(m_arrowAngle + spread)) * arrowLength,
              tip + QPointF(std::cos(m_arrowAngle - spread), std::sin(m_arrowAngle - spread)) * arrowLength };
    m_arrow.resize(3); // written in place: most edges of a refresh change width a little
    std::copy(std::begin(corners), std::end(corners), m_arrow.begin());
    m_arrowBounds = m_arrow.boundingRect();
}

void EdgeItem::refreshLabel()
{
    // The label is worked out when it is next painted (most edges are off screen or zoomed out), inside a fixed
    // reserve around the middle of the edge, so a refresh of 20,000 edges only sets a flag.
    m_labelDirty = true;
    const QRectF reserve(m_labelCenter - QPointF(LabelReserve.width() / 2, LabelReserve.height() / 2), LabelReserve);
    const QRectF bounds = m_pathBounds.united(m_arrowBounds)
                              .adjusted(-m_width - 4, -m_width - 4, m_width + 4, m_width + 4)
                              .united(reserve);
    if (bounds != m_bounds)
        prepareGeometryChange();
    m_bounds = bounds;
    const GraphScene* s = graphScene();
    if (!s || !s->isBulkUpdating())
        update();
}

void EdgeItem::computeLabel()
{
    m_labelDirty = false;
    const GraphScene* s = graphScene();
    const QString plain = s ? edgeLabelText(*m_edge, s->display().edgeLabel) : QString();
    m_showLock = s && s->display().security && m_edge->mtlsPercent > 0;
    QString text;
    QSizeF size;
    if (!plain.isEmpty()) {
        static const double lineHeight = QFontMetricsF(graphSmallFont()).height(); // no font objects kept in statics
        const qsizetype newline = plain.indexOf(QLatin1Char('\n'));
        const QString first = newline < 0 ? plain : plain.left(newline);
        text = first; // digits, units and '%': nothing to escape
        size = QSizeF(labelWidth(first), lineHeight);
        // Kiali prints the error percentage under the rate; make it stand out.
        if (newline >= 0 && s) {
            const QString second = plain.mid(newline + 1);
            text += QStringLiteral("<br><span style=\"color:%1\">%2</span>").arg(s->colors().failure.name(), second);
            size = QSizeF(std::max(size.width(), labelWidth(second)), size.height() * 2);
        }
    }
    if (text != m_labelText) {
        m_labelText = text;
        m_labelPrepared = false;
    }
    const double lockWidth = m_showLock ? 10 : 0;
    m_labelRect = QRectF();
    if (!text.isEmpty() || m_showLock) {
        const QSizeF box(std::min(size.width() + lockWidth + 5, LabelReserve.width()),
            std::min(std::max(size.height(), 11.0) + 2, LabelReserve.height()));
        m_labelRect = QRectF(m_labelCenter - QPointF(box.width() / 2, box.height() / 2), box);
    }
}

const QPolygonF& EdgeItem::samples() const
{
    if (m_samples.isEmpty() && !m_path.isEmpty()) {
        m_samples.resize(SampleCount + 1);
        for (int i = 0; i <= SampleCount; ++i)
            m_samples[i] = m_path.pointAtPercent(double(i) / SampleCount);
    }
    return m_samples;
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(std::max(8.0, m_width + 4));
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const GraphScene* s = graphScene();
    const GraphColors& colors = s->colors();
    const double zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor color = colors.forEdge(m_requestRate, m_tcp, m_health);
    const bool tcp = m_tcp;

    // The view does not save the painter state per item (DontSavePainterState): set the hint either way.
    if (m_path.isEmpty())
        return;
    const GraphDetail detail = s->detailAt(zoom);
    if (detail.overview) {
        // Far away: an aliased straight hairline is all the eye can tell apart, and ten times cheaper.
        setAntialiasing(painter, false);
        painter->setPen(QPen(overviewColor(colors), 0));
        painter->drawLine(overviewLine());
        return;
    }
    setAntialiasing(painter, true);
    if (isSelected() || m_highlighted) {
        painter->setPen(QPen(isSelected() ? colors.selection : colors.find, m_width + 5, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    QPen pen(color, m_width, tcp ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);

    if (zoom < LabelZoom || !detail.labels)
        return;
    if (m_labelDirty)
        computeLabel();
    if (m_labelRect.isNull())
        return;
    painter->setPen(QPen(color.lighter(colors.dark ? 70 : 150), 0.8));
    painter->setBrush(colors.labelBackground);
    painter->drawRoundedRect(m_labelRect, 3, 3);
    double x = m_labelRect.left() + 2;
    if (m_showLock) {
        paintLock(painter, QPointF(x + 4, m_labelRect.center().y()), colors.text);
        x += 10;
    }
    if (!m_labelText.isEmpty()) {
        if (!m_labelPrepared) {
            m_label.setText(m_labelText);
            m_label.prepare(QTransform(), graphSmallFont());
            m_labelPrepared = true;
        }
        painter->setPen(colors.text);
        painter->setFont(graphSmallFont());
        painter->drawStaticText(QPointF(x, m_labelRect.top() + 1), m_label);
    }
}

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemVisibleHasChanged)
        m_shown = value.toBool();
    else if (change == ItemSelectedHasChanged)
        m_selected = value.toBool();
    return QGraphicsItem::itemChange(change, value);
}

QColor EdgeItem::overviewColor(const GraphColors& colors) const
{
    if (m_selected)
        return colors.selection;
    return m_highlighted ? colors.find : colors.forEdge(m_requestRate, m_tcp, m_health);
}

void EdgeItem::paintLock(QPainter* painter, const QPointF& at, const QColor& color) const
{
    painter->setPen(QPen(color, 1.1));
    painter->setBrush(Qt::NoBrush);
    painter->drawArc(QRectF(at.x() - 2.5, at.y() - 5.5, 5, 6), 0, 180 * 16);
    painter->drawLine(QPointF(at.x() - 2.5, at.y() - 2.5), QPointF(at.x() - 2.5, at.y() - 1));
    painter->drawLine(QPointF(at.x() + 2.5, at.y() - 2.5), QPointF(at.x() + 2.5, at.y() - 1));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRect(QRectF(at.x() - 3.5, at.y() - 1, 7, 5));
}

} // namespace meshscope
