#pragma once

#include "metricqueries.h"
#include "models/core/refreshcontroller.h"

#include <QPointF>
#include <QPointer>
#include <memory>

namespace meshscope {

class PromClient;

namespace metrics {

struct Series
{
    QString stat; // rate, errors, avg, p95, …
    QString group; // the group label's value, empty when not grouped
    bool compare = false; // from the earlier window, its times shifted onto the current one
    QList<QPointF> points; // (unix seconds, value); NaN values dropped

    QString name() const; // "p95", "v2 p95", "p95 (1 h earlier)"
};

struct Chart
{
    ChartSpec spec;
    QList<Series> series;
    bool isEmpty() const;
};

struct MetricsResult
{
    MetricsQuery query;
    QList<Chart> charts;
    QString error; // the first query that failed, for the page
    int queries = 0;
};
using MetricsResultPtr = std::shared_ptr<const MetricsResult>;

// The detail pages' metrics controller: every refresh sends each chart's range queries (and, when comparing,
// the same queries over the earlier window) and hands back every chart's series.
class MetricsRefresh : public RefreshController
{
    Q_OBJECT
public:
    explicit MetricsRefresh(QObject* parent = nullptr);
    void setPromClient(PromClient* client);
    void setQuery(const MetricsQuery& query); // refreshes when it changed
    const MetricsQuery& query() const { return m_query; }
    MetricsResultPtr result() const { return m_result; }

signals:
    void resultReady(const meshscope::metrics::MetricsResultPtr& result);

protected:
    void startRefresh(const JobTracker::Ticket& ticket) override;

private:
    QPointer<PromClient> m_prom;
    MetricsQuery m_query;
    MetricsResultPtr m_result;
    bool m_hasQuery = false;
};

} // namespace metrics
} // namespace meshscope
