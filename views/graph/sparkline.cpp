#include "sparkline.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace meshscope {

Sparkline::Sparkline(QWidget* parent)
    : Sparkline(QString(), parent)
{ }

Sparkline::Sparkline(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(this))
    , m_chart(new QChartView(new QChart, this)) // not setChart(): the view's default chart would leak
    , m_series(new QLineSeries)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
    , m_titleText(title)
{
    QChart* chart = m_chart->chart();
    chart->legend()->hide();
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->addSeries(m_series);
    for (QValueAxis* axis : { m_x, m_y }) {
        axis->setVisible(false);
        axis->setGridLineVisible(false);
        axis->setLabelsVisible(false);
    }
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_series->setPointsVisible(true); // a single point (a short history) still shows
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(48);
    m_chart->setMaximumHeight(64);
    m_chart->setFrameShape(QFrame::NoFrame);
    applyPalette();

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_value);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont bold = m_value->font();
    bold.setBold(true);
    m_value->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_chart);
}

void Sparkline::setTitle(const QString& title, const QString& toolTip)
{
    m_titleText = title;
    m_title->setText(title);
    setToolTip(toolTip);
}

void Sparkline::changeEvent(QEvent* event)
{
    // A theme switched while running: the chart paints its own background and line, not the palette's.
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void Sparkline::applyPalette()
{
    // The panel's own background (Base), light or dark, instead of the chart theme's.
    const QColor base = palette().color(QPalette::Base);
    m_chart->chart()->setBackgroundBrush(base);
    m_chart->setBackgroundBrush(base);
    m_series->setPen(QPen(palette().color(QPalette::Highlight), 1.6));
    m_series->setColor(palette().color(QPalette::Highlight));
}

void Sparkline::setPoints(const QList<QPointF>& points, const QString& latest)
{
    m_series->replace(points);
    if (points.isEmpty()) {
        setMessage(tr("no data"));
        return;
    }
    double minX = points.first().x(), maxX = minX, maxY = 0;
    for (const QPointF& p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        maxY = std::max(maxY, p.y());
    }
    m_x->setRange(minX, std::max(maxX, minX + 1));
    m_y->setRange(0, maxY > 0 ? maxY * 1.1 : 1);
    m_value->setText(latest);
}

void Sparkline::setMessage(const QString& message)
{
    m_series->clear();
    m_value->setText(message);
}

QString Sparkline::valueText() const
{
    return m_value->text();
}

int Sparkline::pointCount() const
{
    return int(m_series->count());
}

} // namespace meshscope
