#include "healthstyle.h"

#include "views/graph/graphstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace meshscope::healthstyle {

QColor color(health::Status status, const QPalette& palette)
{
    const GraphColors colors = GraphColors::fromPalette(palette);
    switch (status) {
    case health::Status::Healthy:
    case health::Status::Degraded:
    case health::Status::Failure:
        return colors.forHealth(health::toGraphHealth(status));
    case health::Status::NotReady:
    case health::Status::NA:
        break;
    }
    return colors.idle;
}

QColor color(health::Validation validation, const QPalette& palette)
{
    const GraphColors colors = GraphColors::fromPalette(palette);
    switch (validation) {
    case health::Validation::Valid:
        return colors.healthy;
    case health::Validation::Warning:
        return colors.degraded;
    case health::Validation::Error:
        return colors.failure;
    case health::Validation::NotValidated:
        break;
    }
    return colors.dimText;
}

void paintIcon(QPainter* painter, const QRectF& rect, health::Status status, const QPalette& palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = color(status, palette);
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF circle(rect.center().x() - side / 2 + 1, rect.center().y() - side / 2 + 1, side - 2, side - 2);
    if (status == health::Status::NA) {
        painter->setPen(QPen(fill, 1.6));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(circle.adjusted(1, 1, -1, -1));
        painter->restore();
        return;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(circle);
    QPen mark(Qt::white, std::max<qreal>(1.5, side / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(mark);
    painter->setBrush(Qt::NoBrush);
    const QPointF c = circle.center();
    const qreal r = circle.width() / 2;
    switch (status) {
    case health::Status::Healthy: {
        QPainterPath check;
        check.moveTo(c.x() - r * 0.45, c.y() + r * 0.02);
        check.lineTo(c.x() - r * 0.1, c.y() + r * 0.38);
        check.lineTo(c.x() + r * 0.48, c.y() - r * 0.35);
        painter->drawPath(check);
        break;
    }
    case health::Status::Degraded:
        painter->drawLine(QPointF(c.x(), c.y() - r * 0.5), QPointF(c.x(), c.y() + r * 0.1));
        painter->drawPoint(QPointF(c.x(), c.y() + r * 0.45));
        break;
    case health::Status::Failure:
        painter->drawLine(QPointF(c.x() - r * 0.38, c.y() - r * 0.38), QPointF(c.x() + r * 0.38, c.y() + r * 0.38));
        painter->drawLine(QPointF(c.x() + r * 0.38, c.y() - r * 0.38), QPointF(c.x() - r * 0.38, c.y() + r * 0.38));
        break;
    case health::Status::NotReady:
        painter->drawLine(QPointF(c.x() - r * 0.45, c.y()), QPointF(c.x() + r * 0.45, c.y()));
        break;
    case health::Status::NA:
        break;
    }
    painter->restore();
}

QIcon icon(health::Status status, const QPalette& palette, int size)
{
    QIcon result;
    for (const qreal scale : { 1.0, 2.0 }) {
        QPixmap pixmap(QSize(size, size) * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintIcon(&painter, QRectF(0, 0, size, size), status, palette);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace meshscope::healthstyle
