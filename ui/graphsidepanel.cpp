#include "graphsidepanel.h"

#include "models/graph/graphseries.h"
#include "ui_graphsidepanel.h"
#include "views/graph/graphstyle.h"

#include <QLabel>
#include <QToolButton>

namespace meshscope {

GraphSidePanel::GraphSidePanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GraphSidePanel>())
{
    m_ui->setupUi(this);
    setBackgroundRole(QPalette::Base);
    m_ui->graphSideWindow->setForegroundRole(QPalette::PlaceholderText);
    m_ui->graphSideRate->setTitle(tr("Request rate"));
    m_ui->graphSideErrors->setTitle(tr("Error %"));
    m_ui->graphSideP95->setTitle(tr("Response time p95"));
    QFont titleFont = m_ui->graphSideTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_ui->graphSideTitle->setFont(titleFont);
    connect(m_ui->graphSideClose, &QToolButton::clicked, this, &GraphSidePanel::closeRequested);
    showNothing();
}

GraphSidePanel::~GraphSidePanel() = default;

void GraphSidePanel::setWindow(int windowSeconds)
{
    // The panel's figures are rates over the graph's whole duration; each sparkline point is a rate over a short
    // window of its own: say both, so a last point that differs from the figure above is no surprise.
    const QString window = formatDuration(windowSeconds);
    const QString point = formatDuration(graph::seriesRateWindow(windowSeconds));
    m_ui->graphSideWindow->setText(
        tr("Rates over the last %1; charts: the last %1, each point a %2 rate.").arg(window, point));
    const QString tip = tr("Each point is the rate over the %1 before it.").arg(point);
    m_ui->graphSideRate->setTitle(tr("Request rate (%1 rate)").arg(point), tip);
    m_ui->graphSideErrors->setTitle(tr("Error % (%1 rate)").arg(point), tip);
    m_ui->graphSideP95->setTitle(tr("Response time p95 (%1)").arg(point), tip);
}

void GraphSidePanel::showNode(const graph::Node& node, int windowSeconds, bool keepCharts)
{
    setWindow(windowSeconds);
    m_selectedId = node.id;
    m_tcp = false;
    m_ui->graphSideTitle->setText(node.displayName());
    m_ui->graphSideDetails->setText(nodeTooltip(node));
    if (!keepCharts)
        setSeriesMessage(tr("loading…"));
}

void GraphSidePanel::showEdge(
    const graph::Edge& edge, const graph::Node* source, const graph::Node* dest, int windowSeconds, bool keepCharts)
{
    setWindow(windowSeconds);
    m_selectedId = edge.id();
    m_tcp = edge.protocol == QLatin1String("tcp");
    m_ui->graphSideTitle->setText(QStringLiteral("%1 → %2").arg(
        source ? source->displayName() : edge.source, dest ? dest->displayName() : edge.dest));
    m_ui->graphSideDetails->setText(edgeTooltip(edge, source, dest));
    if (!keepCharts)
        setSeriesMessage(tr("loading…"));
}

void GraphSidePanel::showNothing()
{
    m_selectedId.clear();
    m_ui->graphSideTitle->setText(tr("Nothing selected"));
    m_ui->graphSideWindow->clear();
    m_ui->graphSideDetails->setText(tr("Click a node or an edge to see its signals here."));
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
    for (Sparkline* line : { m_ui->graphSideRate, m_ui->graphSideErrors, m_ui->graphSideP95 })
        line->setMessage(message);
}

Sparkline* GraphSidePanel::sparkline(Chart chart) const
{
    switch (chart) {
    case Chart::Rate:
        return m_ui->graphSideRate;
    case Chart::ErrorPercent:
        return m_ui->graphSideErrors;
    case Chart::P95:
        return m_ui->graphSideP95;
    }
    return m_ui->graphSideRate;
}

} // namespace meshscope
