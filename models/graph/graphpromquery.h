#pragma once

#include "models/prometheus/promresult.h"

#include <QObject>
#include <QString>
#include <functional>

namespace meshscope {
class PromClient;
}

namespace meshscope::graph {

// How the graph code asks Prometheus. PromClient::instant / ::range have exactly these shapes; the graph code
// takes the functions so that tests can answer with a stub (Kiali's mocked responses, failures, delays).
// done runs on context's thread and is dropped when context is gone; time <= 0 means now; a non-empty
// supersedeKey cancels the previous still-running query with the same key.
using InstantQuery = std::function<void(const QString& promql, double time, QObject* context,
    std::function<void(const PromResult&)> done, const QString& supersedeKey)>;
using RangeQuery = std::function<void(const QString& promql, double start, double end, double stepSeconds,
    QObject* context, std::function<void(const PromResult&)> done, const QString& supersedeKey)>;

// PromClient's queries as functions (the client must outlive the queries it is asked for; a destroyed client
// answers with an error).
InstantQuery instantQuery(PromClient* client);
RangeQuery rangeQuery(PromClient* client);

} // namespace meshscope::graph
