#include "backfill.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace meshscope::sim {

namespace {

constexpr int kSamplesPerStep = 40;

// A sample's values from the step it first appeared at (every series then exists at every later step).
struct Track
{
    int family = 0;
    qint64 firstStep = 0;
    QList<double> values;
};

// Hours of traffic request by request would take minutes; a few requests per step, each standing for many, give
// the same rates and splits (the split is deterministic per request, not random).
struct StepPlan
{
    int samplesPerStep = 0;
    double weight = 0;
};

StepPlan stepPlan(const BackfillOptions& options)
{
    const double requestsPerStep = options.traffic.entryRate * options.stepSeconds;
    StepPlan plan;
    plan.samplesPerStep = int(std::clamp(requestsPerStep, 0.0, double(kSamplesPerStep)));
    plan.weight = plan.samplesPerStep > 0 ? requestsPerStep / plan.samplesPerStep : 0.0;
    return plan;
}

} // namespace

void advanceThroughHistory(TrafficModel& model, const BackfillOptions& options)
{
    if (options.hours <= 0 || options.stepSeconds <= 0)
        return;
    const qint64 steps = qint64(std::ceil(options.hours * 3600.0 / options.stepSeconds));
    const StepPlan plan = stepPlan(options);
    for (qint64 step = 1; step <= steps; ++step)
        model.sendEntryRequests(plan.samplesPerStep, plan.weight);
}

BackfillResult writeBackfill(const ConfigSource& source, const BackfillOptions& options, QIODevice& out)
{
    TrafficModel model(source, options.traffic);
    return writeBackfill(model, options, out);
}

BackfillResult writeBackfill(TrafficModel& model, const BackfillOptions& options, QIODevice& out)
{
    BackfillResult result;
    if (options.hours <= 0 || options.stepSeconds <= 0) {
        result.error = QStringLiteral("hours and step must be positive");
        return result;
    }
    const qint64 steps = qint64(std::ceil(options.hours * 3600.0 / options.stepSeconds));
    const qint64 endSeconds = options.end.toSecsSinceEpoch();
    const qint64 startSeconds = endSeconds - steps * options.stepSeconds;

    QHash<QByteArray, int> trackBySample;
    QList<QByteArray> sampleNames;
    QList<Track> tracks;
    const StepPlan plan = stepPlan(options);
    for (qint64 step = 0; step <= steps; ++step) {
        if (step > 0)
            model.sendEntryRequests(plan.samplesPerStep, plan.weight);
        const qint64 timestamp = startSeconds + step * options.stepSeconds;
        if (timestamp < options.writeFrom || timestamp >= options.writeUntil)
            continue; // simulated, not written
        model.registry().forEachSample([&](int family, const QByteArray& sample, double value) {
            auto it = trackBySample.find(sample);
            if (it == trackBySample.end()) {
                it = trackBySample.insert(sample, int(tracks.size()));
                tracks.append(Track { family, step, {} });
                sampleNames.append(sample);
            }
            tracks[it.value()].values.append(value);
        });
    }

    // OpenMetrics wants each family's samples together; within a sample, time ascending.
    const MetricsRegistry& registry = model.registry();
    QList<QList<int>> byFamily(registry.familyCount());
    for (qsizetype i = 0; i < tracks.size(); ++i)
        byFamily[tracks[i].family].append(int(i));
    for (int family = 0; family < registry.familyCount(); ++family) {
        if (byFamily[family].isEmpty())
            continue;
        QByteArray name = registry.familyName(family);
        const bool counter = registry.familyType(family) == MetricsRegistry::Type::Counter;
        if (counter && name.endsWith("_total"))
            name.chop(6); // an OpenMetrics counter family is named without the _total of its samples
        QByteArray block = "# TYPE " + name + (counter ? " counter\n" : " histogram\n");
        for (int index : byFamily[family]) {
            const Track& track = tracks[index];
            for (qsizetype i = 0; i < track.values.size(); ++i) {
                const qint64 timestamp = startSeconds + (track.firstStep + i) * options.stepSeconds;
                block += sampleNames[index] + ' ' + MetricsRegistry::formatValue(track.values[i]) + ' '
                    + QByteArray::number(timestamp) + '\n';
                ++result.samples;
            }
            if (block.size() > (1 << 20)) {
                if (out.write(block) != block.size()) {
                    result.error = out.errorString();
                    return result;
                }
                block.clear();
            }
        }
        if (out.write(block) != block.size()) {
            result.error = out.errorString();
            return result;
        }
    }
    if (out.write("# EOF\n") != 6) {
        result.error = out.errorString();
        return result;
    }
    result.series = int(tracks.size());
    result.ok = true;
    return result;
}

} // namespace meshscope::sim
