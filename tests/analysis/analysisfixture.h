#pragma once

// Runs the analysis the way istioctl's analyzer test suite does (analyzers_test.go): input files read with their
// Pods, Services and Namespaces, the dummy ingress gateway added, istio-system as the Istio namespace, no namespace
// filter. Fixtures are read in place from MESHSCOPE_SHARED.
#include "models/analysis/analysisengine.h"
#include "models/analysis/filesource.h"
#include "models/analysis/meshconfig.h"

#include <QFile>
#include <QStringList>

namespace analysisfixture {

using namespace meshscope::analysis;

inline QString sharedPath(const QString& relative)
{
    return qEnvironmentVariable("MESHSCOPE_SHARED") + QStringLiteral("/fixtures/") + relative;
}

inline QByteArray readShared(const QString& relative)
{
    QFile file(sharedPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

struct HarnessRun
{
    AnalysisRun run;
    QStringList errors;
};

// The snapshot the suite analyses: inputs relative to fixtures/istio/analyzers/; clusters: input files per cluster
// name ("" = the default cluster). Errors reading the inputs are added to errors.
inline Snapshot harnessSnapshot(const AnalyzerList& analyzers, const QList<QPair<QString, QStringList>>& clusters,
    const QString& meshConfig, const QString& meshNetworks, QStringList* errors)
{
    HarnessRun result;
    Snapshot snapshot;
    if (!meshConfig.isEmpty()) {
        QJsonObject config;
        QString error;
        if (!MeshConfigDefaults::fromYaml(readShared(QStringLiteral("istio/analyzers/") + meshConfig), &config, &error))
            result.errors << error;
        snapshot.setMeshConfig(config);
    }
    if (!meshNetworks.isEmpty()) {
        QJsonObject networks;
        QString error;
        if (!MeshConfigDefaults::networksFromYaml(
                readShared(QStringLiteral("istio/analyzers/") + meshNetworks), &networks, &error))
            result.errors << error;
        snapshot.setMeshNetworks(networks);
    }
    const QSet<Kind> kinds = FileSource::inputKinds(analyzers);
    for (const auto& [cluster, files] : clusters) {
        Snapshot clusterSnapshot;
        FileSource source(cluster.isEmpty() ? &snapshot : &clusterSnapshot, kinds, true, QString());
        for (const QString& file : files)
            result.errors += source.add(file, readShared(QStringLiteral("istio/analyzers/") + file));
        source.markAvailable();
        if (!cluster.isEmpty()) {
            for (const Kind kind : kinds) {
                for (const ResourcePtr& resource : clusterSnapshot.all(kind)) {
                    auto copy = std::make_shared<Resource>(*resource);
                    copy->cluster = cluster;
                    snapshot.insert(std::move(copy));
                }
                snapshot.setAvailable(kind);
            }
        }
    }
    FileSource defaults(&snapshot, kinds, true, QString());
    if (json::str(snapshot.meshConfig(), "ingressControllerMode") != QLatin1String("OFF"))
        defaults.addDefaultIngressGateway();
    defaults.markAvailable();
    *errors += result.errors;
    return snapshot;
}

inline HarnessRun runHarness(const AnalyzerList& analyzers, const QList<QPair<QString, QStringList>>& clusters,
    const QString& meshConfig = {}, const QString& meshNetworks = {})
{
    HarnessRun result;
    const Snapshot snapshot = harnessSnapshot(analyzers, clusters, meshConfig, meshNetworks, &result.errors);
    AnalysisEngine engine(analyzers);
    result.run = engine.analyze(snapshot);
    return result;
}

// "IST0101 VirtualService default/reviews" for each message, sorted: the multiset the upstream suite compares.
inline QStringList codesAndResources(const AnalysisMessages& messages)
{
    QStringList result;
    for (const AnalysisMessage& message : messages)
        result << message.code() + QLatin1Char(' ') + message.origin();
    result.sort();
    return result;
}

// What an incremental analysis must give exactly as a full one does: each message's log line and Kiali path, sorted.
inline QStringList messageLines(const AnalysisMessages& messages)
{
    QStringList result;
    for (const AnalysisMessage& message : messages)
        result << message.toLogLine() + QLatin1Char(' ') + message.path;
    result.sort();
    return result;
}

// Every object of snapshot removed and added back in turn, re-analysed incrementally each time and compared with a
// full analysis of the same snapshot. Returns the first difference ("+ line" only incrementally, "- line" only in
// full), or empty when there is none. snapshot ends as it started (objects added back go to the end of its order).
inline QString incrementalMismatch(Snapshot& snapshot, const AnalyzerList& analyzers)
{
    AnalysisEngine engine(analyzers);
    engine.analyze(snapshot);
    const auto compare = [&](const AnalysisRun& run, const QString& what) -> QString {
        const QStringList incremental = messageLines(run.messages);
        const QStringList full = messageLines(AnalysisEngine(analyzers).analyze(snapshot).messages);
        if (incremental == full)
            return {};
        QStringList out { what };
        for (const QString& line : incremental) {
            if (!full.contains(line))
                out << QStringLiteral("+ ") + line;
        }
        for (const QString& line : full) {
            if (!incremental.contains(line))
                out << QStringLiteral("- ") + line;
        }
        return out.join(QLatin1Char('\n'));
    };
    for (const Kind kind : allKinds()) {
        if (kind == Kind::MeshConfig || kind == Kind::MeshNetworks)
            continue;
        for (const ResourcePtr& resource : snapshot.all(kind)) {
            snapshot.remove(kind, resource->ns, resource->name, resource->cluster);
            QString mismatch = compare(engine.reanalyze(snapshot, { ObjectChange { resource, nullptr } }),
                QStringLiteral("without ") + resource->friendlyName());
            snapshot.insert(resource);
            if (mismatch.isEmpty())
                mismatch = compare(engine.reanalyze(snapshot, { ObjectChange { nullptr, resource } }),
                    QStringLiteral("with ") + resource->friendlyName());
            if (!mismatch.isEmpty())
                return mismatch;
        }
    }
    return {};
}

} // namespace analysisfixture
