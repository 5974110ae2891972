#pragma once

#include "models/metrics/metricsrefresh.h"

#include <QChartView>

namespace meshscope {

// One metric chart of a detail page (QtCharts): a line per series, the compared earlier window dashed, time on
// the x axis, the chart's unit on the y axis; hovering a line shows its value at that time.
class MetricsChartView : public QChartView
{
    Q_OBJECT
public:
    explicit MetricsChartView(QWidget* parent = nullptr);

    void showChart(const metrics::Chart& chart);
    const metrics::Chart& data() const { return m_chart; }
    int seriesCount() const;
    // What the tooltip says for a series at a time (tests; also the hover text).
    static QString valueText(const QString& unit, double value);

private:
    metrics::Chart m_chart;
};

} // namespace meshscope
