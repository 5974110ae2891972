// The API server's fault knobs, set by flags at start and by the admin endpoint (/faults/api) at run time.
#pragma once

#include <QJsonObject>

namespace meshscope::sim {

struct ApiFaults
{
    int slowMs = 0; // every API reply is delayed by this much
    int throttlePercent = 0; // share of requests answered 429 with Retry-After
    int retryAfterSeconds = 1;
    int errorPercent = 0; // share of requests answered 500
    int dropWatchesAfterMs = 0; // watch streams are cut after this long (0 = never)

    QJsonObject toJson() const
    {
        return { { QStringLiteral("slowMs"), slowMs }, { QStringLiteral("throttlePercent"), throttlePercent },
            { QStringLiteral("retryAfterSeconds"), retryAfterSeconds },
            { QStringLiteral("errorPercent"), errorPercent },
            { QStringLiteral("dropWatchesAfterMs"), dropWatchesAfterMs } };
    }
    // Fields missing from json keep their value.
    void merge(const QJsonObject& json)
    {
        slowMs = json.value(QStringLiteral("slowMs")).toInt(slowMs);
        throttlePercent = json.value(QStringLiteral("throttlePercent")).toInt(throttlePercent);
        retryAfterSeconds = json.value(QStringLiteral("retryAfterSeconds")).toInt(retryAfterSeconds);
        errorPercent = json.value(QStringLiteral("errorPercent")).toInt(errorPercent);
        dropWatchesAfterMs = json.value(QStringLiteral("dropWatchesAfterMs")).toInt(dropWatchesAfterMs);
    }
};

} // namespace meshscope::sim
