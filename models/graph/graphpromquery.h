#pragma once

#include "models/prometheus/promresult.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>

namespace meshscope {
class HttpClient;
}

namespace meshscope::graph {

// How the graph code asks Prometheus for an instant vector. PromClient::instant has exactly this shape; the
// graph code takes the function so that it works with PromClient, with the plain HTTP fallback below, or with a
// stub in tests. done runs on context's thread and is dropped when context is gone. time <= 0 means now.
using InstantQuery = std::function<void(const QString& promql, double time, QObject* context,
    std::function<void(const PromResult&)> done, const QString& supersedeKey)>;
// The same for range queries (graphseries: sparklines).
using RangeQuery = std::function<void(const QString& promql, double start, double end, double stepSeconds,
    QObject* context, std::function<void(const PromResult&)> done, const QString& supersedeKey)>;

// Plain Prometheus HTTP API (/api/v1/query and /api/v1/query_range as POST forms, so Kiali's long queries fit),
// parsed off the GUI thread. No authentication: PromClient adds tokens, headers, TLS and discovery.
InstantQuery httpInstantQuery(
    HttpClient* http, const QUrl& prometheus, std::chrono::milliseconds timeout = std::chrono::seconds(30));
RangeQuery httpRangeQuery(
    HttpClient* http, const QUrl& prometheus, std::chrono::milliseconds timeout = std::chrono::seconds(30));

} // namespace meshscope::graph
