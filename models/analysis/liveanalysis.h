#pragma once

#include "analysisengine.h"
#include "analysisresults.h"
#include "clustersource.h"
#include "draftcheck.h"
#include "models/core/jobtracker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace meshscope {
class ClusterSession;
}

namespace meshscope::analysis {

// Analyses the connected cluster continuously: istioctl's default analyzers and Kiali's checkers over the session's
// watching caches. The first analysis runs once every cache has listed; after that each batch of changes (coalesced
// for a few milliseconds) is applied to the snapshot and only the analyzers reading the changed kinds run again.
// All analysis runs on the thread pool; results() is updated on the GUI thread when a run completes.
class LiveAnalysis : public QObject
{
    Q_OBJECT
public:
    explicit LiveAnalysis(ClusterSession* session, QObject* parent = nullptr);
    ~LiveAnalysis() override;

    AnalysisResults* results() const { return m_results; }

    // What the cluster would look like with the objects of a document applied (an editor's draft): they replace
    // the cluster's objects of the same kind, namespace and name, and the whole mesh is analysed again on the
    // worker. inDocument: the findings on the document's objects (their lines are lines of text); elsewhere: the
    // findings on other objects that the cluster does not have now (what the change would break). A newer call
    // supersedes an older one, whose callback then does not run.
    struct OverlayResult
    {
        AnalysisMessages inDocument;
        AnalysisMessages elsewhere;
        QStringList errors; // documents of text that could not be read
    };
    void analyzeOverlay(const QString& name, const QByteArray& text, const QString& defaultNamespace, QObject* context,
        std::function<void(const OverlayResult&)> done);
    // A check of one edited object against the cluster as last analysed, for an editor that shows the findings at
    // their field while the user types (see draftcheck.h). Thread-safe and synchronous: call it on a worker thread.
    // It keeps working across reconnections (it always checks against the cluster connected now).
    // defaultNamespace: for objects without metadata.namespace.
    DraftChecker draftChecker(const QString& defaultNamespace = QStringLiteral("default")) const;
    // How long changes are gathered before a run (default 50 ms).
    void setCoalesceMs(int milliseconds) { m_delay.setInterval(milliseconds); }
    bool isBusy() const { return m_jobs.isBusy(lane()); }
    int runCount() const { return m_runs; } // completed runs
    double lastRunMs() const { return m_lastRunMs; } // time spent in the last run's analysis, on the worker
    // The worker thread's CPU time in the last run: what it cost, whatever else the machine was doing.
    double lastRunCpuMs() const { return m_lastRunCpuMs; }
    int lastAnalyzerRuns() const { return m_lastAnalyzerRuns; } // analyzers that ran in the last run
    const AnalysisWork& lastWork() const { return m_lastWork; } // what the last run did
    // Of lastRunCpuMs(), the time building the snapshot from the caches' objects (0 when only changes were applied).
    double lastSnapshotCpuMs() const { return m_lastSnapshotCpuMs; }

signals:
    void analyzed(); // results() holds a new run's messages

private:
    struct State;
    struct Current;
    struct Output
    {
        AnalysisMessages messages;
        double milliseconds = 0;
        double cpuMilliseconds = 0;
        double snapshotCpuMilliseconds = 0;
        int analyzerRuns = 0;
        AnalysisWork work;
    };
    static QString lane() { return QStringLiteral("analysis"); }

    void sessionReady();
    void synced();
    void changed(const QList<ResourceChange>& changes);
    void run();

    QPointer<ClusterSession> m_session;
    ClusterSource* m_source = nullptr;
    AnalysisResults* m_results;
    std::shared_ptr<State> m_state;
    std::shared_ptr<Current> m_current; // m_state, for draft checkers on other threads
    JobTracker m_jobs;
    QTimer m_delay;
    int m_runs = 0;
    double m_lastRunMs = 0;
    double m_lastRunCpuMs = 0;
    int m_lastAnalyzerRuns = 0;
    AnalysisWork m_lastWork;
    double m_lastSnapshotCpuMs = 0;
};

} // namespace meshscope::analysis
