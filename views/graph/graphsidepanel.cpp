#include "graphsidepanel.h"

#include "graphstyle.h"
#include "models/graph/graphseries.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLineSeries>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace meshscope {

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

GraphSidePanel::GraphSidePanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_window(new QLabel(this))
    , m_details(new QLabel(this))
    , m_rate(new Sparkline(tr("Request rate"), this))
    , m_errors(new Sparkline(tr("Error %"), this))
    , m_p95(new Sparkline(tr("Response time p95"), this))
{
    setObjectName(QStringLiteral("graphSidePanel"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_window->setObjectName(QStringLiteral("graphSideWindow"));
    m_window->setForegroundRole(QPalette::PlaceholderText);
    m_window->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("graphSideDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close the side panel"));
    connect(close, &QToolButton::clicked, this, &GraphSidePanel::closeRequested);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(close, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(header);
    layout->addWidget(m_window);
    layout->addWidget(m_details);
    layout->addSpacing(6);
    layout->addWidget(m_rate);
    layout->addWidget(m_errors);
    layout->addWidget(m_p95);
    layout->addStretch(1);
    showNothing();
}

void GraphSidePanel::setWindow(int windowSeconds)
{
    // The panel's figures are rates over the graph's whole duration; each sparkline point is a rate over a short
    // window of its own: say both, so a last point that differs from the figure above is no surprise.
    const QString window = formatDuration(windowSeconds);
    const QString point = formatDuration(graph::seriesRateWindow(windowSeconds));
    m_window->setText(tr("Rates over the last %1; charts: the last %1, each point a %2 rate.").arg(window, point));
    const QString tip = tr("Each point is the rate over the %1 before it.").arg(point);
    m_rate->setTitle(tr("Request rate (%1 rate)").arg(point), tip);
    m_errors->setTitle(tr("Error % (%1 rate)").arg(point), tip);
    m_p95->setTitle(tr("Response time p95 (%1)").arg(point), tip);
}

void GraphSidePanel::showNode(const graph::Node& node, int windowSeconds, bool keepCharts)
{
    setWindow(windowSeconds);
    m_selectedId = node.id;
    m_tcp = false;
    m_title->setText(node.displayName());
    m_details->setText(nodeTooltip(node));
    if (!keepCharts)
        setSeriesMessage(tr("loading…"));
}

void GraphSidePanel::showEdge(
    const graph::Edge& edge, const graph::Node* source, const graph::Node* dest, int windowSeconds, bool keepCharts)
{
    setWindow(windowSeconds);
    m_selectedId = edge.id();
    m_tcp = edge.protocol == QLatin1String("tcp");
    m_title->setText(QStringLiteral("%1 → %2").arg(
        source ? source->displayName() : edge.source, dest ? dest->displayName() : edge.dest));
    m_details->setText(edgeTooltip(edge, source, dest));
    if (!keepCharts)
        setSeriesMessage(tr("loading…"));
}

void GraphSidePanel::showNothing()
{
    m_selectedId.clear();
    m_title->setText(tr("Nothing selected"));
    m_window->clear();
    m_details->setText(tr("Click a node or an edge to see its signals here."));
    setSeriesMessage(QString());
}

void GraphSidePanel::setSeries(Chart chart, const QList<QPointF>& points)
{
    const QString latest = points.isEmpty() ? QString() : [&] {
        const double value = points.last().y();
        switch (chart) {
        case Chart::Rate:
            return formatRate(value, m_tcp ? QStringLiteral("tcp") : QStringLiteral("http"));
        case Chart::ErrorPercent:
            return formatPercent(value);
        case Chart::P95:
            return formatMilliseconds(value);
        }
        return QString();
    }();
    sparkline(chart)->setPoints(points, latest);
}

void GraphSidePanel::setSeriesMessage(const QString& message)
{
    for (Sparkline* line : { m_rate, m_errors, m_p95 })
        line->setMessage(message);
}

Sparkline* GraphSidePanel::sparkline(Chart chart) const
{
    switch (chart) {
    case Chart::Rate:
        return m_rate;
    case Chart::ErrorPercent:
        return m_errors;
    case Chart::P95:
        return m_p95;
    }
    return m_rate;
}

} // namespace meshscope
