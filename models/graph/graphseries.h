#pragma once

#include "graphpromquery.h"
#include "graphtypes.h"
#include "models/core/jobtracker.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

// The side panel's sparklines: request rate (or TCP bytes/s), error % and p95 latency of one node (its inbound
// traffic) or one edge, over the graph's duration, as three Prometheus range queries.
namespace meshscope::graph {

struct SeriesQueries
{
    QString rate;
    QString errorPercent; // empty for tcp
    QString p95; // empty for tcp
    int stepSeconds = 15;
};

// windowSeconds: the graph's duration; about 60 points are asked for, each the rate over seriesRateWindow().
int seriesRateWindow(int windowSeconds);
SeriesQueries nodeSeriesQueries(const Node& node, int windowSeconds);
SeriesQueries edgeSeriesQueries(const Node& source, const Node& dest, const QString& protocol, int windowSeconds);

struct Sparklines
{
    QList<QPointF> rate; // x: unix seconds
    QList<QPointF> errorPercent;
    QList<QPointF> p95;
    bool tcp = false;
};

// Runs the three queries; a newer request supersedes an older one (its answers are dropped).
class GraphSeries : public QObject
{
    Q_OBJECT
public:
    explicit GraphSeries(RangeQuery query, QObject* parent = nullptr);

    // end <= 0: now. The signals carry the node's or edge's id.
    void requestNode(const Node& node, int windowSeconds, qint64 end = 0);
    void requestEdge(const Edge& edge, const Node& source, const Node& dest, int windowSeconds, qint64 end = 0);
    void cancel();

signals:
    void seriesReady(const QString& id, const meshscope::graph::Sparklines& series);
    void failed(const QString& id, const QString& message);

private:
    void run(const QString& id, const SeriesQueries& queries, int windowSeconds, qint64 end);

    RangeQuery m_query;
    JobTracker m_jobs;
};

} // namespace meshscope::graph
