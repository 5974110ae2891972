#include "overviewpainting.h"

#include "healthstyle.h"

#include <QPainter>
#include <QPainterPath>

namespace meshscope::overviewpainting {

void paintDonut(QPainter* painter, const QRectF& rect, const QList<int>& counts, const QPalette& palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(rect.width(), rect.height());
    const qreal thickness = std::max<qreal>(4, side * 0.18);
    const QRectF ring(rect.center().x() - side / 2 + thickness / 2, rect.center().y() - side / 2 + thickness / 2,
        side - thickness, side - thickness);
    int total = 0;
    for (int n : counts)
        total += n;
    QPen pen(healthstyle::color(health::Status::NA, palette), thickness, Qt::SolidLine, Qt::FlatCap);
    if (total == 0) {
        painter->setPen(pen);
        painter->drawEllipse(ring);
    } else {
        // Worst first, clockwise from the top.
        int start = 90 * 16;
        const health::Status order[] = { health::Status::Failure, health::Status::Degraded, health::Status::NotReady,
            health::Status::Healthy, health::Status::NA };
        for (health::Status status : order) {
            const int n = counts.value(int(status));
            if (n == 0)
                continue;
            const int span = -int(std::round(360.0 * 16 * n / total));
            pen.setColor(healthstyle::color(status, palette));
            painter->setPen(pen);
            painter->drawArc(ring, start, span);
            start += span;
        }
    }
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(int(side * 0.3));
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(ring, Qt::AlignCenter, QString::number(total));
    painter->restore();
}

void paintSparkline(QPainter* painter, const QRectF& rect, const QList<QPointF>& points, const QColor& color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (points.size() < 2) {
        painter->setPen(QPen(color, 1, Qt::DashLine));
        painter->drawLine(QPointF(rect.left(), rect.bottom() - 1), QPointF(rect.right(), rect.bottom() - 1));
        painter->restore();
        return;
    }
    double minX = points.first().x(), maxX = points.last().x(), maxY = 0;
    for (const QPointF& p : points)
        maxY = std::max(maxY, p.y());
    if (maxY <= 0)
        maxY = 1;
    const double spanX = std::max(1e-9, maxX - minX);
    const auto map = [&](const QPointF& p) {
        return QPointF(rect.left() + (p.x() - minX) / spanX * rect.width(),
            rect.bottom() - p.y() / maxY * (rect.height() - 2) - 1);
    };
    QPainterPath line;
    line.moveTo(map(points.first()));
    for (qsizetype i = 1; i < points.size(); ++i)
        line.lineTo(map(points[i]));
    QPainterPath area = line;
    area.lineTo(rect.right(), rect.bottom());
    area.lineTo(rect.left(), rect.bottom());
    area.closeSubpath();
    QColor fill = color;
    fill.setAlpha(50);
    painter->fillPath(area, fill);
    painter->setPen(QPen(color, 1.5));
    painter->drawPath(line);
    painter->restore();
}

} // namespace meshscope::overviewpainting
