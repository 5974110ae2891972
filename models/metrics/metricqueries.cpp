#include "metricqueries.h"

#include <QCoreApplication>

namespace meshscope::metrics {

namespace {

struct MetricsText
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

int MetricsQuery::stepSeconds() const
{
    const int step = std::max(15, rangeSeconds / 120);
    return (step + 14) / 15 * 15; // a multiple of 15 s, so consecutive refreshes land on the same points
}

int MetricsQuery::rateSeconds() const
{
    return std::max(60, 2 * stepSeconds());
}

QString MetricsQuery::labels() const
{
    const bool inbound = direction == Direction::Inbound || kind == EntityKind::Service;
    const QString side = inbound ? QStringLiteral("destination") : QStringLiteral("source");
    QString selector
        = QStringLiteral("reporter=%1")
              .arg(quoted(reporter == Reporter::Source ? QStringLiteral("source") : QStringLiteral("destination")));
    switch (kind) {
    case EntityKind::Workload:
        selector
            += QStringLiteral(",%1_workload_namespace=%2,%1_workload=%3").arg(side, quoted(namespace_), quoted(name));
        break;
    case EntityKind::App:
        selector += QStringLiteral(",%1_workload_namespace=%2,%1_canonical_service=%3")
                        .arg(side, quoted(namespace_), quoted(name));
        break;
    case EntityKind::Service:
        selector += QStringLiteral(",destination_service_namespace=%1,destination_service_name=%2")
                        .arg(quoted(namespace_), quoted(name));
        break;
    }
    return selector;
}

QString MetricsQuery::groupLabel() const
{
    const bool inbound = direction == Direction::Inbound || kind == EntityKind::Service;
    const QString self = inbound ? QStringLiteral("destination") : QStringLiteral("source");
    const QString other = inbound ? QStringLiteral("source") : QStringLiteral("destination");
    switch (groupBy) {
    case GroupBy::Version:
        return self + QStringLiteral("_canonical_revision");
    case GroupBy::RemoteWorkload:
        return other + QStringLiteral("_workload");
    case GroupBy::RemoteApp:
        return other + QStringLiteral("_canonical_service");
    case GroupBy::ResponseCode:
        return QStringLiteral("response_code");
    case GroupBy::None:
        break;
    }
    return {};
}

QList<ChartSpec> chartSpecs(const MetricsQuery& query)
{
    const QString l = query.labels();
    const QString g = query.groupLabel();
    const QString by = g.isEmpty() ? QString() : QStringLiteral(" by (%1)").arg(g);
    const QString byLe = g.isEmpty() ? QStringLiteral(" by (le)") : QStringLiteral(" by (le,%1)").arg(g);
    const QString r = QStringLiteral("[%1s]").arg(query.rateSeconds());
    const auto counter = [&](const QString& metric, const QString& extra = {}) {
        return QStringLiteral("sum(rate(%1{%2%3}%4))%5").arg(metric, l, extra, r, by);
    };
    const auto average = [&](const QString& histogram) {
        return QStringLiteral("sum(rate(%1_sum{%2}%3))%4 / sum(rate(%1_count{%2}%3))%4").arg(histogram, l, r, by);
    };
    const auto quantile = [&](const QString& histogram, const char* q) {
        return QStringLiteral("histogram_quantile(%1, sum(rate(%2_bucket{%3}%4))%5)")
            .arg(QLatin1String(q), histogram, l, r, byLe);
    };
    const QString duration = QStringLiteral("istio_request_duration_milliseconds");
    QList<ChartSpec> charts {
        { QStringLiteral("request_count"), MetricsText::tr("Request volume"), QStringLiteral("ops"),
            { { QStringLiteral("rate"), counter(QStringLiteral("istio_requests_total")) },
                { QStringLiteral("errors"),
                    counter(QStringLiteral("istio_requests_total"), QLatin1Char(',') + QLatin1String(errorCodes)) } } },
        { QStringLiteral("request_duration"), MetricsText::tr("Request duration"), QStringLiteral("ms"),
            { { QStringLiteral("avg"), average(duration) }, { QStringLiteral("p50"), quantile(duration, "0.5") },
                { QStringLiteral("p95"), quantile(duration, "0.95") },
                { QStringLiteral("p99"), quantile(duration, "0.99") } } },
        { QStringLiteral("request_size"), MetricsText::tr("Request size"), QStringLiteral("bytes"),
            { { QStringLiteral("avg"), average(QStringLiteral("istio_request_bytes")) },
                { QStringLiteral("p95"), quantile(QStringLiteral("istio_request_bytes"), "0.95") } } },
        { QStringLiteral("response_size"), MetricsText::tr("Response size"), QStringLiteral("bytes"),
            { { QStringLiteral("avg"), average(QStringLiteral("istio_response_bytes")) },
                { QStringLiteral("p95"), quantile(QStringLiteral("istio_response_bytes"), "0.95") } } },
        // Istio's L4 names are the other way round (istio/istio#32399): "received" is what the server sent.
        { QStringLiteral("tcp_bytes"), MetricsText::tr("TCP traffic"), QStringLiteral("bitrate"),
            { { QStringLiteral("sent"), counter(QStringLiteral("istio_tcp_received_bytes_total")) },
                { QStringLiteral("received"), counter(QStringLiteral("istio_tcp_sent_bytes_total")) } } },
        { QStringLiteral("tcp_connections"), MetricsText::tr("TCP connections"), QStringLiteral("connrate"),
            { { QStringLiteral("opened"), counter(QStringLiteral("istio_tcp_connections_opened_total")) },
                { QStringLiteral("closed"), counter(QStringLiteral("istio_tcp_connections_closed_total")) } } },
    };
    if (query.kind == EntityKind::Service && query.direction == Direction::Outbound)
        return {};
    return charts;
}

} // namespace meshscope::metrics
