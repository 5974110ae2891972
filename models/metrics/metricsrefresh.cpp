#include "metricsrefresh.h"

#include "models/prometheus/promclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cmath>

namespace meshscope::metrics {

namespace {

struct RefreshText
{
    Q_DECLARE_TR_FUNCTIONS(MetricsRefresh)
};

} // namespace

QString Series::name() const
{
    QString text = group.isEmpty() ? stat : group + QLatin1Char(' ') + stat;
    if (compare)
        text += QStringLiteral(" (") + RefreshText::tr("earlier") + QLatin1Char(')');
    return text;
}

bool Chart::isEmpty() const
{
    for (const Series& s : series) {
        if (!s.points.isEmpty())
            return false;
    }
    return true;
}

MetricsRefresh::MetricsRefresh(QObject* parent)
    : RefreshController(parent)
{
    qRegisterMetaType<MetricsResultPtr>();
}

void MetricsRefresh::setPromClient(PromClient* client)
{
    m_prom = client;
}

void MetricsRefresh::setQuery(const MetricsQuery& query)
{
    if (m_hasQuery && query == m_query && m_result)
        return;
    m_query = query;
    m_hasQuery = true;
    refresh();
}

void MetricsRefresh::startRefresh(const JobTracker::Ticket& ticket)
{
    auto result = std::make_shared<MetricsResult>();
    result->query = m_query;
    if (!m_prom || !m_hasQuery) {
        result->error = RefreshText::tr("No Prometheus is configured");
        m_result = result;
        emit resultReady(result);
        return finishRefresh(ticket);
    }
    const QList<ChartSpec> specs = chartSpecs(m_query);
    const qint64 end = m_query.endTime > 0 ? m_query.endTime : QDateTime::currentSecsSinceEpoch();
    const int step = m_query.stepSeconds();
    // Whole steps, so the points of successive refreshes (and of the compared window) line up.
    const qint64 alignedEnd = end / step * step;
    const qint64 start = alignedEnd - m_query.rangeSeconds;
    for (const ChartSpec& spec : specs)
        result->charts.append({ spec, {} });
    auto pending = std::make_shared<int>(0);
    const QList<int> offsets
        = m_query.compareOffsetSeconds > 0 ? QList<int> { 0, m_query.compareOffsetSeconds } : QList<int> { 0 };
    const QString groupLabel = m_query.groupLabel();
    for (qsizetype c = 0; c < specs.size(); ++c) {
        for (const SeriesQuery& seriesQuery : specs[c].series) {
            for (int offset : offsets) {
                ++*pending;
                ++result->queries;
                m_prom->range(seriesQuery.promql, double(start - offset), double(alignedEnd - offset), step, this,
                    jobs().guard(ticket,
                        [this, ticket, result, pending, c, offset, groupLabel, stat = seriesQuery.stat](
                            const PromResult& answer) {
                            if (!answer.ok() && result->error.isEmpty())
                                result->error = answer.error;
                            for (const PromSeries& s : answer.matrix) {
                                Series series;
                                series.stat = stat;
                                series.group = groupLabel.isEmpty() ? QString() : s.metric.value(groupLabel);
                                series.compare = offset > 0;
                                for (const auto& [t, v] : s.points) {
                                    if (std::isfinite(v))
                                        series.points.append(QPointF(t + offset, v));
                                }
                                result->charts[c].series.append(std::move(series));
                            }
                            if (--*pending == 0) {
                                for (Chart& chart : result->charts) {
                                    std::sort(
                                        chart.series.begin(), chart.series.end(), [](const Series& a, const Series& b) {
                                            return std::tie(a.compare, a.group, a.stat)
                                                < std::tie(b.compare, b.group, b.stat);
                                        });
                                }
                                m_result = result;
                                emit resultReady(result);
                                finishRefresh(ticket);
                            }
                        }),
                    // Keys per controller: several detail windows share one PromClient.
                    QStringLiteral("metrics-%1-%2-%3-%4").arg(quintptr(this)).arg(c).arg(seriesQuery.stat).arg(offset));
            }
        }
    }
    if (*pending == 0) {
        m_result = result;
        emit resultReady(result);
        finishRefresh(ticket);
    }
}

} // namespace meshscope::metrics
