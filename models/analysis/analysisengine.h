#pragma once

#include "analyzer.h"
#include "dependencies.h"

#include <QHash>
#include <QSet>

namespace meshscope::analysis {

// `--suppress CODE=RESOURCE`: drop messages of code on resources whose friendly name ("Pod mypod.ns" style is not
// used; the pattern matches "Kind ns/name") matches the glob.
struct Suppression
{
    QString code;
    QString resourcePattern; // with * wildcards
};

struct AnalysisRun
{
    AnalysisMessages messages; // sorted, without duplicates, filtered
    QStringList executed; // analyzer names that ran (or whose findings were reused)
    QStringList skipped; // analyzers whose inputs no source provides
};

// One object that changed in a snapshot: the version it had (null when added) and the one it has (null when removed).
struct ObjectChange
{
    ResourcePtr before;
    ResourcePtr after;
};

// What the last run did, to show that a change costs only what depends on it.
struct AnalysisWork
{
    int analyzersRun = 0; // analyzers that ran (in full or on part of the snapshot)
    int analyzersPartial = 0; // of those, the ones that ran on the objects a change affects only
    int subjects = 0; // objects whose findings were computed again by the partial runs
    int objectsSeen = 0; // objects in the partial runs' snapshot (subjects and what they depend on)
    double indexCpuMs = 0; // the worker's CPU time keeping the dependency index and building the partial snapshot
    QList<QPair<QString, double>> analyzerCpuMs; // each analyzer that ran and the worker's CPU time it took
};

// The CPU time the calling thread has used, in milliseconds: what work cost, however busy the machine is.
double threadCpuMs();

// Runs a set of analyzers over a snapshot and keeps each analyzer's findings by object. After a change only the
// analyzers that read the changed kinds run again, and of those the ones that can run on part of the snapshot run
// on the objects sharing a dependency token with the change (dependencies.h), seeing those objects and what they
// depend on; the findings on every other object are reused. The messages it returns are filtered to one namespace
// (when set), stripped of suppressed ones, sorted and deduplicated as istioctl does.
class AnalysisEngine
{
public:
    explicit AnalysisEngine(AnalyzerList analyzers);

    void setNamespaceFilter(const QString& ns) { m_namespace = ns; } // empty: all namespaces
    void setSuppressions(const QList<Suppression>& suppressions) { m_suppressions = suppressions; }
    const AnalyzerList& analyzers() const { return m_analyzers; }

    AnalysisRun analyze(const Snapshot& snapshot);
    // After the objects in changes were added, replaced or removed in snapshot (the snapshot analysed last).
    AnalysisRun reanalyze(const Snapshot& snapshot, const QList<ObjectChange>& changes);
    int lastRunCount() const { return m_work.analyzersRun; } // analyzers that actually ran in the last call
    const AnalysisWork& lastWork() const { return m_work; }

    // The default set of istioctl's analyzers, or those named (all of istioctl's, Kiali's checkers included).
    static AnalyzerList defaultAnalyzers(bool withKiali = false);

private:
    using Findings = QHash<QString, AnalysisMessages>; // subject key ("" for messages without an object) → messages
    struct Partial; // the objects a change affects, and the snapshot they are analysed in

    AnalysisRun run(const Snapshot& snapshot, const QList<ObjectChange>* changes);
    bool keep(const AnalysisMessage& message) const;
    static Findings byObject(AnalysisMessages messages);

    AnalyzerList m_analyzers;
    QHash<const Analyzer*, Findings> m_findings;
    DependencyIndex m_dependencies;
    QString m_namespace;
    QList<Suppression> m_suppressions;
    AnalysisWork m_work;
};

} // namespace meshscope::analysis
