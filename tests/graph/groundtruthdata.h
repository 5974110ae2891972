#pragma once

// Istio traffic with known rates, error ratios and latency histograms, as OpenMetrics text for
// `promtool tsdb create-blocks-from openmetrics` (namespace "shop", cluster "gt"), and a Prometheus loaded with it.

#include "support/prometheusserver.h"

#include <QDateTime>

namespace groundtruth {

inline const QList<double> kBuckets = { 5, 10, 25, 50, 100, 250, 500, 1000 }; // + +Inf

struct Code
{
    QString code; // response_code (http) or grpc status (grpc)
    double rate; // per second
};

struct TrafficEdge
{
    QString source; // workload name, "unknown" for traffic from outside the mesh
    QString dest;
    QString protocol; // http, grpc, tcp
    QList<Code> codes; // tcp: one entry, the bytes/s of istio_tcp_received_bytes_total
    QList<double> cumulative; // latency: share of requests ≤ each bucket bound
};

inline const QList<TrafficEdge> kEdges = {
    { "unknown", "frontend-v1", "http", { { "200", 10.8 }, { "503", 1.2 } }, { .2, .5, .8, .93, .97, .99, 1, 1 } },
    { "frontend-v1", "cart-v1", "http", { { "200", 4 } }, { .6, .9, .97, .99, 1, 1, 1, 1 } },
    { "frontend-v1", "catalog-v1", "http", { { "200", 7.125 }, { "500", 0.375 } },
        { .05, .1, .3, .6, .8, .9, .96, 1 } },
    { "frontend-v1", "catalog-v2", "http", { { "200", 2.0 }, { "404", 0.5 } }, { .1, .3, .5, .7, .9, .94, .99, 1 } },
    { "catalog-v1", "pricing-v1", "grpc", { { "0", 2.7 }, { "14", 0.3 } }, { .3, .6, .9, .96, 1, 1, 1, 1 } },
    { "cart-v1", "redis-v1", "tcp", { { "", 2048 } }, {} },
};

inline QString appOf(const QString& workload)
{
    return workload.section(QLatin1Char('-'), 0, 0);
}

inline QString labels(const TrafficEdge& e, const QString& reporter, const Code& code, bool withResponse)
{
    const bool unknown = e.source == QLatin1String("unknown");
    QStringList l;
    auto add = [&l](const char* name, const QString& value) {
        l << QStringLiteral("%1=\"%2\"").arg(QLatin1String(name), value);
    };
    add("reporter", reporter);
    add("source_workload", e.source);
    add("source_workload_namespace", unknown ? QStringLiteral("unknown") : QStringLiteral("shop"));
    add("source_canonical_service", unknown ? QStringLiteral("unknown") : appOf(e.source));
    add("source_canonical_revision", unknown ? QStringLiteral("unknown") : e.source.section(QLatin1Char('-'), 1));
    add("source_cluster", unknown ? QStringLiteral("unknown") : QStringLiteral("gt"));
    add("source_principal",
        unknown ? QStringLiteral("unknown") : QStringLiteral("spiffe://cluster.local/ns/shop/sa/") + appOf(e.source));
    add("destination_workload", e.dest);
    add("destination_workload_namespace", QStringLiteral("shop"));
    add("destination_canonical_service", appOf(e.dest));
    add("destination_canonical_revision", e.dest.section(QLatin1Char('-'), 1));
    add("destination_service", appOf(e.dest) + QStringLiteral(".shop.svc.cluster.local"));
    add("destination_service_name", appOf(e.dest));
    add("destination_service_namespace", QStringLiteral("shop"));
    add("destination_cluster", QStringLiteral("gt"));
    add("destination_principal", QStringLiteral("spiffe://cluster.local/ns/shop/sa/") + appOf(e.dest));
    add("connection_security_policy",
        reporter == QLatin1String("destination") ? QStringLiteral("mutual_tls") : QStringLiteral("unknown"));
    add("request_protocol", e.protocol);
    add("response_flags", QStringLiteral("-"));
    if (withResponse) {
        add("response_code", e.protocol == QLatin1String("grpc") ? QStringLiteral("200") : code.code);
        add("grpc_response_status", e.protocol == QLatin1String("grpc") ? code.code : QString());
    }
    return l.join(QLatin1Char(','));
}

// OpenMetrics text: counters rising at the edge rates, from start every step seconds.
inline QByteArray openMetrics(qint64 start, int steps, int step)
{
    QByteArray requests = "# TYPE istio_requests counter\n";
    QByteArray histogram = "# TYPE istio_request_duration_milliseconds histogram\n";
    QByteArray tcp = "# TYPE istio_tcp_received_bytes counter\n";
    auto series = [&](QByteArray& out, const QString& name, const QString& labelText, double perSecond) {
        for (int i = 0; i <= steps; ++i) {
            out += name.toUtf8() + '{' + labelText.toUtf8() + "} " + QByteArray::number(perSecond * i * step, 'f', 6)
                + ' ' + QByteArray::number(start + qint64(i) * step) + '\n';
        }
    };
    for (const TrafficEdge& e : kEdges) {
        for (const char* reporter : { "source", "destination" }) {
            for (const Code& code : e.codes) {
                if (e.protocol == QLatin1String("tcp")) {
                    series(tcp, QStringLiteral("istio_tcp_received_bytes_total"),
                        labels(e, QLatin1String(reporter), code, false), code.rate);
                    continue;
                }
                const QString l = labels(e, QLatin1String(reporter), code, true);
                series(requests, QStringLiteral("istio_requests_total"), l, code.rate);
                for (qsizetype b = 0; b < kBuckets.size(); ++b) {
                    series(histogram, QStringLiteral("istio_request_duration_milliseconds_bucket"),
                        l + QStringLiteral(",le=\"%1\"").arg(kBuckets[b]), code.rate * e.cumulative[b]);
                }
                series(histogram, QStringLiteral("istio_request_duration_milliseconds_bucket"),
                    l + QStringLiteral(",le=\"+Inf\""), code.rate);
                series(histogram, QStringLiteral("istio_request_duration_milliseconds_count"), l, code.rate);
                series(histogram, QStringLiteral("istio_request_duration_milliseconds_sum"), l, code.rate * 40);
            }
        }
    }
    return requests + histogram + tcp + "# EOF\n";
}

// Writes 40 minutes of the traffic at 15 s steps, three hours ago, into a TSDB and starts Prometheus on it.
// queryTime: 35 minutes into the data (a 10 m window is full).
inline bool startBackfilledPrometheus(meshscope::testing::PrometheusServer& prometheus, qint64* queryTime)
{
    const int step = 15;
    const qint64 start = (QDateTime::currentSecsSinceEpoch() - 3 * 3600) / 3600 * 3600;
    *queryTime = start + 35 * 60;
    return prometheus.backfill(openMetrics(start, 40 * 60 / step, step));
}

} // namespace groundtruth
