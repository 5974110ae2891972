#include "trafficitem.h"

#include "edgeitem.h"
#include "graphscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace meshscope {

namespace {

// Pixels per second: fast responses move fast (Kiali: speed follows response time).
double speedFor(const graph::Edge& edge)
{
    const double ms
        = edge.responseTimeMs >= 0 ? edge.responseTimeMs : edge.responseTimes.value(QStringLiteral("avg"), 50);
    return std::clamp(160.0 / (1 + ms / 150), 25.0, 160.0);
}

// Distance between dots: denser with more traffic.
double spacingFor(const graph::Edge& edge)
{
    double rate = edge.requestRate();
    if (edge.protocol == QLatin1String("tcp"))
        rate /= 1024;
    const double dotsPer100px = std::clamp(0.6 + 1.2 * std::log10(1 + rate), 0.4, 5.0);
    return 100 / dotsPer100px;
}

QPointF pointAlong(const QPolygonF& samples, double fraction)
{
    const double position = fraction * (samples.size() - 1);
    const auto index = std::min(qsizetype(position), samples.size() - 2);
    const double rest = position - double(index);
    return samples[index] + (samples[index + 1] - samples[index]) * rest;
}

} // namespace

TrafficItem::TrafficItem(GraphScene* scene)
    : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0.5);
}

void TrafficItem::setBounds(const QRectF& bounds)
{
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

void TrafficItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (!m_scene->display().animation)
        return;
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < MinimumZoom)
        return;
    const GraphColors& colors = m_scene->colors();
    const double time = m_scene->animationTime();
    const QRectF exposed = option->exposedRect;
    setAntialiasing(painter, true);
    painter->setPen(Qt::NoPen);
    for (const EdgeItem* item : m_scene->edgeItems()) {
        if (!item->isVisible() || !exposed.intersects(item->boundingRect()))
            continue;
        const graph::Edge& edge = item->edge();
        if (edge.requestRate() <= 0 || item->length() < 1 || item->samples().size() < 2)
            continue;
        const double spacing = spacingFor(edge);
        const double travelled = time * speedFor(edge);
        const double errorPercent = edge.errorPercent();
        const qint64 redEvery = errorPercent > 0 ? std::max<qint64>(1, std::llround(100 / errorPercent)) : 0;
        const qint64 firstDot = qint64(std::floor(travelled / spacing));
        const double radius = 1.6 + item->penWidth() / 3;
        const QColor dotColor = edge.protocol == QLatin1String("tcp") ? colors.tcp.lighter(140) : colors.text;
        int dot = 0;
        for (double offset = std::fmod(travelled, spacing); offset < item->length(); offset += spacing, ++dot) {
            const qint64 id = firstDot - dot;
            const bool red = redEvery > 0 && id % redEvery == 0;
            painter->setBrush(red ? colors.failure : dotColor);
            const QPointF at = pointAlong(item->samples(), offset / item->length());
            painter->drawEllipse(at, radius, radius);
        }
    }
}

} // namespace meshscope
