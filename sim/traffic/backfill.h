#pragma once

// `meshscope-sim backfill`: runs the traffic model over the last N hours on a simulated clock and writes
// every sample as OpenMetrics text, for `promtool tsdb create-blocks-from openmetrics FILE DIR`. Prometheus
// then has history as soon as it starts.

#include "meshtopology.h"
#include "trafficmodel.h"

#include <QDateTime>
#include <QIODevice>
#include <limits>

namespace meshscope::sim {

struct BackfillOptions
{
    TrafficOptions traffic;
    double hours = 1.0;
    int stepSeconds = 30; // one sample per series per step (Prometheus' scrape interval, in effect)
    QDateTime end = QDateTime::currentDateTimeUtc();
    // Only samples at or after writeFrom and before writeUntil (seconds since the epoch) are written; the model
    // still runs through all the hours, so files cut from one history at different points join without a seam.
    qint64 writeFrom = std::numeric_limits<qint64>::min();
    qint64 writeUntil = std::numeric_limits<qint64>::max();
};

struct BackfillResult
{
    bool ok = false;
    QString error;
    qint64 samples = 0;
    int series = 0;
};

BackfillResult writeBackfill(const ConfigSource& source, const BackfillOptions& options, QIODevice& out);
// The same through a model the caller keeps: a simulator that writes its own recent history this way serves
// counters that continue it.
BackfillResult writeBackfill(TrafficModel& model, const BackfillOptions& options, QIODevice& out);

// Sends the history's requests through a live model without writing anything, exactly as writeBackfill does: a
// simulator started this way serves counters that continue the backfilled series where they end.
void advanceThroughHistory(TrafficModel& model, const BackfillOptions& options);

} // namespace meshscope::sim
