#pragma once

// `meshscope-sim backfill`: runs the traffic model over the last N hours on a simulated clock and writes
// every sample as OpenMetrics text, for `promtool tsdb create-blocks-from openmetrics FILE DIR`. Prometheus
// then has history as soon as it starts.

#include "meshtopology.h"
#include "trafficmodel.h"

#include <QDateTime>
#include <QIODevice>

namespace meshscope::sim {

struct BackfillOptions
{
    TrafficOptions traffic;
    double hours = 1.0;
    int stepSeconds = 30; // one sample per series per step (Prometheus' scrape interval, in effect)
    QDateTime end = QDateTime::currentDateTimeUtc();
};

struct BackfillResult
{
    bool ok = false;
    QString error;
    qint64 samples = 0;
    int series = 0;
};

BackfillResult writeBackfill(const ConfigSource& source, const BackfillOptions& options, QIODevice& out);

} // namespace meshscope::sim
