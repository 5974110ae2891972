#include "backfillcommand.h"

#include "sim/scenarios/scenarios.h"
#include "sim/store/objectstore.h"
#include "sim/traffic/backfill.h"

#include <QElapsedTimer>
#include <QSaveFile>

namespace meshscope::sim {

std::optional<int> runMeshCommand(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().value(0) != QLatin1String("backfill"))
        return std::nullopt;
    const QString out = parser.value(QStringLiteral("out"));
    bool hoursOk = false;
    bool stepOk = false;
    BackfillOptions options;
    options.hours = parser.value(QStringLiteral("hours")).toDouble(&hoursOk);
    options.stepSeconds = parser.value(QStringLiteral("step")).toInt(&stepOk);
    options.traffic.scenario = parser.value(QStringLiteral("scenario"));
    options.traffic.entryRate = parser.value(QStringLiteral("traffic-rate")).toDouble();
    options.traffic.bytesHistograms = options.traffic.scenario == QLatin1String("bookinfo");
    if (out.isEmpty() || !hoursOk || options.hours <= 0 || !stepOk || options.stepSeconds <= 0) {
        qCritical("meshscope-sim backfill: needs --out FILE, --hours N > 0 and --step S > 0");
        return 2;
    }
    // --end, --from, --until: unix seconds.
    const std::pair<const char*, qint64*> times[]
        = { { "from", &options.writeFrom }, { "until", &options.writeUntil } };
    bool timesOk = true;
    if (parser.isSet(QStringLiteral("end"))) {
        const qint64 end = parser.value(QStringLiteral("end")).toLongLong(&timesOk);
        options.end = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    }
    for (const auto& [name, value] : times) {
        if (timesOk && parser.isSet(QLatin1String(name)))
            *value = parser.value(QLatin1String(name)).toLongLong(&timesOk);
    }
    if (!timesOk) {
        qCritical("meshscope-sim backfill: --end, --from and --until take unix seconds");
        return 2;
    }
    ObjectStore store;
    ScenarioOptions scenario;
    scenario.name = options.traffic.scenario;
    scenario.namespaces = parser.value(QStringLiteral("namespaces")).toInt();
    scenario.services = parser.value(QStringLiteral("services")).toInt();
    QString error;
    if (!loadScenarioInto(store, scenario, &error)) {
        qCritical("meshscope-sim backfill: %s", qPrintable(error));
        return 1;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)) {
        qCritical("meshscope-sim backfill: cannot write %s: %s", qPrintable(out), qPrintable(file.errorString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const BackfillResult result = writeBackfill(
        [&store](const QString& group, const QString& resource) { return store.list(group, resource); }, options, file);
    if (!result.ok || !file.commit()) {
        qCritical("meshscope-sim backfill: %s", qPrintable(result.ok ? file.errorString() : result.error));
        return 1;
    }
    qInfo("meshscope-sim backfill: %d series, %lld samples over %.1f h written to %s in %lld ms", result.series,
        result.samples, options.hours, qPrintable(out), timer.elapsed());
    return 0;
}

} // namespace meshscope::sim
