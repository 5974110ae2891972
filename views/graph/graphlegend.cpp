#include "graphlegend.h"

#include "graphstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <functional>

namespace meshscope {

namespace {

constexpr int RowHeight = 20;
constexpr int ColumnWidth = 175;
constexpr int Margin = 8;

} // namespace

GraphLegend::GraphLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("graphLegend"));
    setAttribute(Qt::WA_TranslucentBackground); // painted below: the graph shows through a little
}

QSize GraphLegend::sizeHint() const
{
    return { Margin * 2 + ColumnWidth * 4, Margin * 2 + RowHeight * 8 };
}

void GraphLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const GraphColors colors = GraphColors::fromPalette(palette());
    QColor card = palette().color(QPalette::Base);
    card.setAlpha(235);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(card);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    QFont header = font();
    header.setBold(true);

    int column = 0;
    int row = 0;
    auto nextColumn = [&] {
        ++column;
        row = 0;
    };
    auto title = [&](const QString& text) {
        painter.setFont(header);
        painter.setPen(colors.text);
        painter.drawText(QRect(Margin + column * ColumnWidth, Margin + row * RowHeight, ColumnWidth, RowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, text);
        ++row;
    };
    auto entry = [&](const QString& text, const std::function<void(const QRectF&)>& icon) {
        const QRectF iconBox(Margin + column * ColumnWidth + 2, Margin + row * RowHeight + 3, 14, 14);
        painter.save();
        icon(iconBox);
        painter.restore();
        painter.setFont(font());
        painter.setPen(colors.text);
        painter.drawText(QRect(int(iconBox.right()) + 8, Margin + row * RowHeight, ColumnWidth - 26, RowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, text);
        ++row;
    };
    auto shape = [&](graph::NodeType type, bool serviceEntry, QColor border, QColor fill, Qt::PenStyle style) {
        return [&painter, type, serviceEntry, border, fill, style](const QRectF& box) {
            QPen pen(border, 1.5, style);
            painter.setPen(pen);
            painter.setBrush(fill);
            paintNodeShape(&painter, box, type, serviceEntry);
        };
    };
    auto line = [&](QColor color, Qt::PenStyle style) {
        return [&painter, color, style](const QRectF& box) {
            painter.setPen(QPen(color, 2.5, style));
            painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        };
    };

    title(tr("Node shapes"));
    const QColor fill = colors.nodeFill;
    const QColor border = colors.nodeBorder;
    entry(tr("Workload"), shape(graph::NodeType::Workload, false, border, fill, Qt::SolidLine));
    entry(tr("App"), shape(graph::NodeType::App, false, border, fill, Qt::SolidLine));
    entry(tr("Service"), shape(graph::NodeType::Service, false, border, fill, Qt::SolidLine));
    entry(tr("Service entry"), shape(graph::NodeType::Service, true, border, fill, Qt::SolidLine));
    entry(tr("Operation"), shape(graph::NodeType::Aggregate, false, border, fill, Qt::SolidLine));
    entry(tr("Unknown"), shape(graph::NodeType::Unknown, false, border, colors.idle.lighter(130), Qt::SolidLine));

    nextColumn();
    title(tr("Node colours"));
    entry(tr("Healthy"), shape(graph::NodeType::Workload, false, border, fill, Qt::SolidLine));
    entry(tr("Degraded"), shape(graph::NodeType::Workload, false, colors.degraded, fill, Qt::SolidLine));
    entry(tr("Failure"), shape(graph::NodeType::Workload, false, colors.failure, fill, Qt::SolidLine));
    entry(tr("Idle"), shape(graph::NodeType::Workload, false, colors.idle, fill, Qt::DashLine));
    entry(tr("Unselected namespace"),
        shape(graph::NodeType::Workload, false, border,
            colors.dark ? QColor(0x3a, 0x40, 0x4a) : QColor(0xe7, 0xf1, 0xfa), Qt::SolidLine));
    entry(tr("Traffic source"), [&](const QRectF& box) {
        painter.setPen(QPen(border, 1.5));
        painter.setBrush(fill);
        paintNodeShape(&painter, box, graph::NodeType::Workload, false);
        const QPointF c = box.center();
        painter.setPen(Qt::NoPen);
        painter.setBrush(border);
        painter.drawPolygon(QPolygonF { c + QPointF(-2, -3), c + QPointF(3.5, 0), c + QPointF(-2, 3) });
    });

    nextColumn();
    title(tr("Edges"));
    entry(tr("Failure"), line(colors.failure, Qt::SolidLine));
    entry(tr("Degraded"), line(colors.degraded, Qt::SolidLine));
    entry(tr("Healthy"), line(colors.healthy, Qt::SolidLine));
    entry(tr("TCP connection"), line(colors.tcp, Qt::DashLine));
    entry(tr("Idle"), line(colors.idle, Qt::SolidLine));
    entry(tr("mTLS"), [&](const QRectF& box) {
        const QPointF at = box.center() + QPointF(0, 2);
        painter.setPen(QPen(colors.text, 1.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(at.x() - 3, at.y() - 7, 6, 7), 0, 180 * 16);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.text);
        painter.drawRect(QRectF(at.x() - 4.5, at.y() - 2.5, 9, 6.5));
    });
    entry(tr("Traffic (animation)"), [&](const QRectF& box) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.text);
        painter.drawEllipse(QPointF(box.left() + 3, box.center().y()), 2.2, 2.2);
        painter.setBrush(colors.failure);
        painter.drawEllipse(QPointF(box.right() - 3, box.center().y()), 2.2, 2.2);
    });

    nextColumn();
    title(tr("Badges"));
    auto badge = [&](const QString& text, QColor color) {
        return [&painter, text, color](const QRectF& box) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(box.adjusted(1, 1, -1, -1));
            painter.setPen(Qt::white);
            painter.setFont(graphSmallFont());
            painter.drawText(box, Qt::AlignCenter, text);
        };
    };
    entry(tr("Virtual service"), badge(QStringLiteral("V"), colors.badge));
    entry(tr("Circuit breaker"), badge(QStringLiteral("⚡"), colors.badge));
    entry(tr("Fault injection"), badge(QStringLiteral("F"), colors.failure));
    entry(tr("Traffic shifting"), badge(QStringLiteral("⇄"), colors.badge));
    entry(tr("Missing sidecar"), badge(QStringLiteral("!"), colors.degraded));
}

} // namespace meshscope
