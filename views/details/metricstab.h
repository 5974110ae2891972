#pragma once

#include "models/metrics/metricsrefresh.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace meshscope {

class MetricsChartView;

// Inbound or outbound metrics of a detail page: reporter, time range, grouping and a comparison window, then one
// chart per metric (request volume and errors, duration, sizes, TCP bytes and connections).
class MetricsTab : public QWidget
{
    Q_OBJECT
public:
    MetricsTab(metrics::Direction direction, QWidget* parent = nullptr);

    // The object the charts are about; the controls fill in the rest.
    void setObject(metrics::EntityKind kind, const QString& ns, const QString& name);
    metrics::MetricsQuery query() const;
    void showResult(const metrics::MetricsResultPtr& result);
    QList<MetricsChartView*> charts() const { return m_charts; }

signals:
    void queryChanged(const meshscope::metrics::MetricsQuery& query);

private:
    void emitQuery();

    metrics::Direction m_direction;
    metrics::MetricsQuery m_object;
    QComboBox* m_reporter;
    QComboBox* m_range;
    QComboBox* m_group;
    QComboBox* m_compare;
    QLabel* m_message;
    QGridLayout* m_grid;
    QList<MetricsChartView*> m_charts;
};

} // namespace meshscope
