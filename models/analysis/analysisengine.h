#pragma once

#include "analyzer.h"

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

// Runs a set of analyzers over a snapshot and keeps each analyzer's findings, so that after a change only the
// analyzers that read the changed kinds run again. The messages it returns are filtered to one namespace (when
// set), stripped of suppressed ones, sorted and deduplicated as istioctl does.
class AnalysisEngine
{
public:
    explicit AnalysisEngine(AnalyzerList analyzers);

    void setNamespaceFilter(const QString& ns) { m_namespace = ns; } // empty: all namespaces
    void setSuppressions(const QList<Suppression>& suppressions) { m_suppressions = suppressions; }
    const AnalyzerList& analyzers() const { return m_analyzers; }

    AnalysisRun analyze(const Snapshot& snapshot);
    // After objects of the changed kinds were added, replaced or removed in snapshot.
    AnalysisRun reanalyze(const Snapshot& snapshot, const QSet<Kind>& changed);
    int lastRunCount() const { return m_lastRunCount; } // analyzers that actually ran in the last call

    // The default set of istioctl's analyzers, or those named (all of istioctl's, Kiali's checkers included).
    static AnalyzerList defaultAnalyzers(bool withKiali = false);

private:
    AnalysisRun run(const Snapshot& snapshot, const QSet<Kind>* changed);
    bool keep(const AnalysisMessage& message) const;

    AnalyzerList m_analyzers;
    QHash<const Analyzer*, AnalysisMessages> m_findings;
    QString m_namespace;
    QList<Suppression> m_suppressions;
    int m_lastRunCount = 0;
};

} // namespace meshscope::analysis
