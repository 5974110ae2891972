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

// inputs relative to fixtures/istio/analyzers/; clusters: input files per cluster name ("" = the default cluster).
inline HarnessRun runHarness(const AnalyzerList& analyzers, const QList<QPair<QString, QStringList>>& clusters,
    const QString& meshConfig = {}, const QString& meshNetworks = {})
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

} // namespace analysisfixture
