#include "metricstab.h"

#include "metricschart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace meshscope {

using namespace metrics;

MetricsTab::MetricsTab(Direction direction, QWidget* parent)
    : QWidget(parent)
    , m_direction(direction)
    , m_reporter(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_compare(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_grid(new QGridLayout)
{
    m_reporter->setObjectName(QStringLiteral("reporterCombo"));
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_compare->setObjectName(QStringLiteral("compareCombo"));
    m_reporter->addItem(tr("Destination proxy"), int(Reporter::Destination));
    m_reporter->addItem(tr("Source proxy"), int(Reporter::Source));
    m_reporter->setCurrentIndex(direction == Direction::Inbound ? 0 : 1);
    for (const auto& [seconds, text] :
        { std::pair { 300, tr("Last 5 minutes") }, { 900, tr("Last 15 minutes") }, { 1800, tr("Last 30 minutes") },
            { 3600, tr("Last hour") }, { 3 * 3600, tr("Last 3 hours") }, { 6 * 3600, tr("Last 6 hours") } })
        m_range->addItem(text, seconds);
    m_range->setCurrentIndex(2);
    m_group->addItem(tr("No grouping"), int(GroupBy::None));
    m_group->addItem(tr("By version"), int(GroupBy::Version));
    m_group->addItem(direction == Direction::Inbound ? tr("By source workload") : tr("By destination workload"),
        int(GroupBy::RemoteWorkload));
    m_group->addItem(
        direction == Direction::Inbound ? tr("By source app") : tr("By destination app"), int(GroupBy::RemoteApp));
    m_group->addItem(tr("By response code"), int(GroupBy::ResponseCode));
    m_compare->addItem(tr("No comparison"), 0);
    m_compare->addItem(tr("Compare with 1 hour earlier"), 3600);
    m_compare->addItem(tr("Compare with 3 hours earlier"), 3 * 3600);
    m_compare->addItem(tr("Compare with 1 day earlier"), 24 * 3600);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Reported by"), this));
    controls->addWidget(m_reporter);
    controls->addWidget(m_range);
    controls->addWidget(m_group);
    controls->addWidget(m_compare);
    controls->addStretch();
    auto* charts = new QWidget;
    charts->setLayout(m_grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    for (QComboBox* combo : { m_reporter, m_range, m_group, m_compare })
        connect(combo, &QComboBox::currentIndexChanged, this, &MetricsTab::emitQuery);
}

void MetricsTab::setObject(EntityKind kind, const QString& ns, const QString& name)
{
    m_object.kind = kind;
    m_object.namespace_ = ns;
    m_object.name = name;
    m_object.direction = m_direction;
    emitQuery();
}

MetricsQuery MetricsTab::query() const
{
    MetricsQuery q = m_object;
    q.reporter = Reporter(m_reporter->currentData().toInt());
    q.rangeSeconds = m_range->currentData().toInt();
    q.groupBy = GroupBy(m_group->currentData().toInt());
    q.compareOffsetSeconds = m_compare->currentData().toInt();
    return q;
}

void MetricsTab::emitQuery()
{
    if (!m_object.name.isEmpty())
        emit queryChanged(query());
}

void MetricsTab::showResult(const MetricsResultPtr& result)
{
    m_message->setText(result->error.isEmpty() ? QString() : tr("Prometheus: %1").arg(result->error));
    m_message->setVisible(!result->error.isEmpty());
    if (result->charts.isEmpty() && result->error.isEmpty()) {
        m_message->setText(tr("Services have no outbound metrics: their workloads send the requests."));
        m_message->show();
    }
    while (m_charts.size() > result->charts.size())
        delete m_charts.takeLast();
    for (qsizetype i = 0; i < result->charts.size(); ++i) {
        if (i >= m_charts.size()) {
            auto* view = new MetricsChartView;
            view->setObjectName(QStringLiteral("chart-%1").arg(result->charts[i].spec.id));
            m_grid->addWidget(view, int(i / 2), int(i % 2));
            m_charts.append(view);
        }
        m_charts[i]->showChart(result->charts[i]);
    }
}

} // namespace meshscope
