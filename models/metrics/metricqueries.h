#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The detail pages' metric charts: Kiali's metric queries (business/dashboards.go, prometheus/metrics.go) for an
// app, workload or service, inbound or outbound, as reported by the source or destination proxy, optionally
// grouped by a label. A fixed set of range queries per chart, whatever the object.
namespace meshscope::metrics {

enum class EntityKind
{
    App,
    Workload,
    Service,
};

enum class Direction
{
    Inbound,
    Outbound,
};

enum class Reporter
{
    Source,
    Destination,
};

enum class GroupBy
{
    None,
    Version, // the canonical revision of the side the chart is about
    RemoteWorkload, // the other side: source workload inbound, destination workload outbound
    RemoteApp, // the other side's canonical service
    ResponseCode,
};

struct MetricsQuery
{
    EntityKind kind = EntityKind::Workload;
    QString namespace_;
    QString name;
    Direction direction = Direction::Inbound;
    Reporter reporter = Reporter::Destination;
    GroupBy groupBy = GroupBy::None;
    int rangeSeconds = 1800; // the charts show [end - range, end]
    qint64 endTime = 0; // unix seconds; 0 = now
    int compareOffsetSeconds = 0; // > 0: the same window that long before, drawn over it
    bool operator==(const MetricsQuery&) const = default;

    int stepSeconds() const; // about 120 points per chart, at least 15 s
    int rateSeconds() const; // the rate window: two steps, at least a minute
    QString labels() const; // the selector of the object, direction and reporter
    QString groupLabel() const; // empty for GroupBy::None
};

// One line of a chart: a query and what to call its series.
struct SeriesQuery
{
    QString stat; // "rate", "errors", "avg", "p50", "p95", "p99", "sent", "received", "opened", "closed"
    QString promql;
};

struct ChartSpec
{
    QString id; // request_count, request_duration, request_size, response_size, tcp_bytes, tcp_connections
    QString title;
    QString unit; // ops, ms, bytes, bitrate, connrate
    QList<SeriesQuery> series;
};

// The charts for a query, in display order. Services have no outbound charts (Kiali's rule).
QList<ChartSpec> chartSpecs(const MetricsQuery& query);

// Kiali's HTTP error codes as a PromQL matcher: no response (0), 4xx, 5xx.
inline const char* errorCodes = R"(response_code=~"0|[45][0-9][0-9]")";

} // namespace meshscope::metrics
