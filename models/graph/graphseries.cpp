#include "graphseries.h"

#include <QDateTime>
#include <cmath>
#include <memory>

namespace meshscope::graph {

namespace {

QString matcher(const char* label, const QString& value)
{
    return QStringLiteral("%1=\"%2\"").arg(QLatin1String(label), value);
}

// The node as the destination of requests.
QStringList destSide(const Node& n)
{
    switch (n.type) {
    case NodeType::Workload:
        return { matcher("destination_workload_namespace", n.namespace_), matcher("destination_workload", n.workload) };
    case NodeType::App: {
        QStringList m { matcher("destination_workload_namespace", n.namespace_),
            matcher("destination_canonical_service", n.app) };
        if (!n.version.isEmpty())
            m << matcher("destination_canonical_revision", n.version);
        return m;
    }
    case NodeType::Service:
        return { matcher("destination_service_namespace", n.namespace_),
            matcher("destination_service_name", n.service) };
    default:
        return { matcher("destination_workload", QStringLiteral("unknown")) };
    }
}

// The node as the source; an (injected) service node narrows by the service the requests went to.
QStringList sourceSide(const Node& n)
{
    switch (n.type) {
    case NodeType::Workload:
        return { matcher("source_workload_namespace", n.namespace_), matcher("source_workload", n.workload) };
    case NodeType::App: {
        QStringList m { matcher("source_workload_namespace", n.namespace_),
            matcher("source_canonical_service", n.app) };
        if (!n.version.isEmpty())
            m << matcher("source_canonical_revision", n.version);
        return m;
    }
    case NodeType::Service:
        return destSide(n);
    default:
        return { matcher("source_workload", QStringLiteral("unknown")) };
    }
}

int stepFor(int windowSeconds)
{
    return std::max(5, windowSeconds / 60);
}

SeriesQueries build(const QStringList& selector, bool tcp, bool grpc, int windowSeconds)
{
    SeriesQueries q;
    q.stepSeconds = stepFor(windowSeconds);
    const QString window = QString::number(seriesRateWindow(windowSeconds)) + QLatin1Char('s');
    const QString sel = selector.join(QLatin1Char(','));
    if (tcp) {
        q.rate = QStringLiteral("sum(rate(istio_tcp_received_bytes_total{%1}[%2]))").arg(sel, window);
        return q;
    }
    const QString total = QStringLiteral("sum(rate(istio_requests_total{%1}[%2]))").arg(sel, window);
    q.rate = total;
    // Kiali's errors: 4xx, 5xx, no response (code 0); for gRPC any status but OK.
    const QString errors
        = grpc ? QStringLiteral(",grpc_response_status!~\"0|\"") : QStringLiteral(",response_code=~\"[45]..|0\"");
    q.errorPercent = QStringLiteral("100 * (sum(rate(istio_requests_total{%1%2}[%3])) or %4 * 0) / %4")
                         .arg(sel, errors, window, total);
    q.p95 = QStringLiteral(
        "histogram_quantile(0.95, sum(rate(istio_request_duration_milliseconds_bucket{%1}[%2])) by (le))")
                .arg(sel, window);
    return q;
}

QList<QPointF> points(const PromResult& result)
{
    QList<QPointF> out;
    if (result.matrix.isEmpty())
        return out;
    for (const auto& [time, value] : result.matrix.first().points) {
        if (std::isfinite(value))
            out.append(QPointF(time, value));
    }
    return out;
}

} // namespace

int seriesRateWindow(int windowSeconds)
{
    return std::max(60, 2 * stepFor(windowSeconds));
}

SeriesQueries nodeSeriesQueries(const Node& node, int windowSeconds)
{
    const bool tcp = node.rate(QStringLiteral("httpIn")) <= 0 && node.rate(QStringLiteral("grpcIn")) <= 0
        && node.rate(QStringLiteral("tcpIn")) > 0;
    return build(QStringList { QStringLiteral("reporter=~\"waypoint|destination\"") } + destSide(node), tcp, false,
        windowSeconds);
}

SeriesQueries edgeSeriesQueries(const Node& source, const Node& dest, const QString& protocol, int windowSeconds)
{
    // Requests that never reached a workload (unknown or external destinations) only have source telemetry.
    const bool noDestProxy
        = dest.type == NodeType::Service && (dest.isEgressCluster || dest.namespace_ == QLatin1String("unknown"));
    const QString reporter
        = noDestProxy ? QStringLiteral("reporter=\"source\"") : QStringLiteral("reporter=~\"waypoint|destination\"");
    QStringList selector { reporter };
    selector += sourceSide(source);
    if (!(source.type == NodeType::Service && dest.type == NodeType::Service))
        selector += destSide(dest);
    if (protocol != QLatin1String("tcp"))
        selector << matcher("request_protocol", protocol);
    return build(selector, protocol == QLatin1String("tcp"), protocol == QLatin1String("grpc"), windowSeconds);
}

GraphSeries::GraphSeries(RangeQuery query, QObject* parent)
    : QObject(parent)
    , m_query(std::move(query))
{ }

namespace {
const QString seriesLane = QStringLiteral("series");
} // namespace

void GraphSeries::requestNode(const Node& node, int windowSeconds, qint64 end)
{
    run(node.id, nodeSeriesQueries(node, windowSeconds), windowSeconds, end);
}

void GraphSeries::requestEdge(const Edge& edge, const Node& source, const Node& dest, int windowSeconds, qint64 end)
{
    run(edge.id(), edgeSeriesQueries(source, dest, edge.protocol, windowSeconds), windowSeconds, end);
}

void GraphSeries::cancel()
{
    m_jobs.cancel(seriesLane);
}

void GraphSeries::run(const QString& id, const SeriesQueries& queries, int windowSeconds, qint64 end)
{
    const JobTracker::Ticket ticket = m_jobs.start(seriesLane);
    if (!m_query) {
        m_jobs.finish(ticket);
        emit failed(id, tr("No Prometheus configured."));
        return;
    }
    const double to = end > 0 ? double(end) : double(QDateTime::currentSecsSinceEpoch());
    const double from = to - windowSeconds;
    struct Pending
    {
        Sparklines lines;
        int outstanding = 0;
        QString error;
    };
    auto pending = std::make_shared<Pending>();
    pending->lines.tcp = queries.errorPercent.isEmpty();
    const std::pair<QString, QList<QPointF> Sparklines::*> parts[] = { { queries.rate, &Sparklines::rate },
        { queries.errorPercent, &Sparklines::errorPercent }, { queries.p95, &Sparklines::p95 } };
    for (const auto& part : parts)
        pending->outstanding += part.first.isEmpty() ? 0 : 1;
    int index = 0;
    for (const auto& [promql, member] : parts) {
        if (promql.isEmpty())
            continue;
        m_query(promql, from, to, queries.stepSeconds, this,
            m_jobs.guard(ticket,
                [this, ticket, id, pending, member = member](const PromResult& result) {
                    if (!result.ok() && pending->error.isEmpty())
                        pending->error = result.error;
                    pending->lines.*member = points(result);
                    if (--pending->outstanding > 0)
                        return;
                    m_jobs.finish(ticket);
                    if (!pending->error.isEmpty())
                        emit failed(id, pending->error);
                    else
                        emit seriesReady(id, pending->lines);
                }),
            // Keys unique per object: two series may share one PromClient; a newer request cancels these.
            QStringLiteral("graph-series-%1-%2").arg(quintptr(this)).arg(index++));
    }
}

} // namespace meshscope::graph
