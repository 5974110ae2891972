#include "liveanalysis.h"

#include "analysisengine.h"
#include "filesource.h"
#include "models/kube/clustersession.h"

#include <QMutex>

namespace meshscope::analysis {

// What the worker owns: the snapshot and the engine with its per-analyzer findings, and the work the GUI thread
// has queued for it. Only one run touches it at a time.
struct LiveAnalysis::State
{
    QMutex mutex;
    Snapshot snapshot;
    AnalysisEngine engine { AnalysisEngine::defaultAnalyzers(true) };
    // Queued by the GUI thread.
    bool rebuild = false;
    QList<QPair<Kind, QList<QJsonObject>>> objects; // for a rebuild
    QString istioNamespace;
    QJsonObject meshConfig;
    QJsonObject meshNetworks;
    bool meshChanged = false;
    QList<ResourceChange> changes;
    // The last run's findings, to tell what an overlay adds.
    AnalysisMessages last;
    bool analysed = false; // engine holds findings over snapshot
    // A copy of snapshot, engine and last for draft checks, made on the first check after a run.
    std::shared_ptr<const DraftBaseline> baseline;
};

struct LiveAnalysis::Current
{
    QMutex mutex;
    std::shared_ptr<State> state;
};

LiveAnalysis::LiveAnalysis(ClusterSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_results(new AnalysisResults(this))
    , m_state(std::make_shared<State>())
    , m_current(std::make_shared<Current>())
{
    m_current->state = m_state;
    m_delay.setSingleShot(true);
    m_delay.setInterval(50);
    connect(&m_delay, &QTimer::timeout, this, &LiveAnalysis::run);
    connect(session, &ClusterSession::ready, this, &LiveAnalysis::sessionReady);
    if (session->isReady())
        sessionReady();
}

LiveAnalysis::~LiveAnalysis() = default;

void LiveAnalysis::sessionReady()
{
    // A new connection: forget the old cluster's objects and results.
    m_jobs.cancel(lane());
    m_delay.stop();
    delete std::exchange(m_source, nullptr);
    m_results->clear();
    m_state = std::make_shared<State>();
    {
        const QMutexLocker lock(&m_current->mutex);
        m_current->state = m_state;
    }
    const AnalyzerList analyzers = m_state->engine.analyzers();
    QSet<Kind> kinds = FileSource::inputKinds(analyzers);
    kinds.insert(Kind::ConfigMap); // the mesh config
    // Secrets stay out of the GUI's caches: the analyzers that read them are skipped.
    m_source = new ClusterSource(m_session, kinds, false, this);
    connect(m_source, &ClusterSource::synced, this, &LiveAnalysis::synced);
    connect(m_source, &ClusterSource::changed, this, &LiveAnalysis::changed);
    connect(m_source, &ClusterSource::meshConfigChanged, this, [this] {
        const QMutexLocker lock(&m_state->mutex);
        m_state->meshConfig = m_source->meshConfig();
        m_state->meshNetworks = m_source->meshNetworks();
        m_state->meshChanged = true;
        m_delay.start();
    });
    m_source->start();
}

void LiveAnalysis::synced()
{
    {
        const QMutexLocker lock(&m_state->mutex);
        m_state->rebuild = true;
        m_state->objects = m_source->objects();
        m_state->istioNamespace = m_source->istioNamespace();
        m_state->meshConfig = m_source->meshConfig();
        m_state->meshNetworks = m_source->meshNetworks();
        m_state->changes.clear();
    }
    run();
}

void LiveAnalysis::changed(const QList<ResourceChange>& changes)
{
    {
        const QMutexLocker lock(&m_state->mutex);
        m_state->changes += changes;
    }
    if (!m_delay.isActive())
        m_delay.start();
}

void LiveAnalysis::run()
{
    // One run at a time: changes that arrive meanwhile wait for the next, so a busy cluster cannot keep
    // superseding runs before any finishes.
    if (isBusy()) {
        if (!m_delay.isActive())
            m_delay.start();
        return;
    }
    const JobTracker::Ticket ticket = m_jobs.start(lane());
    runInBackground(
        this,
        [state = m_state]() {
            const QMutexLocker lock(&state->mutex);
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            Output output;
            QList<ObjectChange> changed;
            state->baseline.reset();
            if (state->rebuild) {
                state->snapshot = Snapshot();
                state->snapshot.setIstioNamespace(state->istioNamespace);
                for (const auto& [kind, objects] : std::as_const(state->objects))
                    ClusterSource::addObjects(&state->snapshot, kind, objects);
                state->objects.clear();
                output.snapshotCpuMilliseconds = threadCpuMs() - cpuStart;
            }
            if (state->meshChanged || state->rebuild) {
                state->snapshot.setMeshConfig(state->meshConfig);
                state->snapshot.setMeshNetworks(state->meshNetworks);
                for (const Kind kind : { Kind::MeshConfig, Kind::MeshNetworks })
                    changed.append({ nullptr, state->snapshot.all(kind).value(0) });
                state->meshChanged = false;
            }
            for (const ResourceChange& change : std::as_const(state->changes)) {
                const Resource& resource = *change.resource;
                if (change.removed) {
                    if (ResourcePtr removed
                        = state->snapshot.remove(resource.kind, resource.ns, resource.name, resource.cluster))
                        changed.append({ std::move(removed), nullptr });
                } else {
                    changed.append({ state->snapshot.insert(change.resource), change.resource });
                }
            }
            state->changes.clear();
            const AnalysisRun run = state->rebuild ? state->engine.analyze(state->snapshot)
                                                   : state->engine.reanalyze(state->snapshot, changed);
            state->rebuild = false;
            state->analysed = true;
            state->last = run.messages;
            output.messages = run.messages;
            output.analyzerRuns = state->engine.lastRunCount();
            output.work = state->engine.lastWork();
            output.milliseconds = double(timer.nsecsElapsed()) / 1e6;
            output.cpuMilliseconds = threadCpuMs() - cpuStart;
            return output;
        },
        m_jobs.guard(ticket, [this, ticket](const Output& output) {
            m_jobs.finish(ticket);
            ++m_runs;
            m_lastRunMs = output.milliseconds;
            m_lastRunCpuMs = output.cpuMilliseconds;
            m_lastAnalyzerRuns = output.analyzerRuns;
            m_lastWork = output.work;
            m_lastSnapshotCpuMs = output.snapshotCpuMilliseconds;
            m_results->setMessages(output.messages);
            emit analyzed();
        }));
}

void LiveAnalysis::analyzeOverlay(const QString& name, const QByteArray& text, const QString& defaultNamespace,
    QObject* context, std::function<void(const OverlayResult&)> done)
{
    const JobTracker::Ticket ticket = m_jobs.start(QStringLiteral("overlay"));
    runInBackground(
        context,
        [state = m_state, name, text, defaultNamespace]() {
            Snapshot snapshot;
            AnalysisMessages baseline;
            {
                const QMutexLocker lock(&state->mutex);
                snapshot = state->snapshot;
                baseline = state->last;
            }
            OverlayResult result;
            AnalysisEngine engine(AnalysisEngine::defaultAnalyzers(true));
            FileSource source(&snapshot, FileSource::inputKinds(engine.analyzers()), true, defaultNamespace);
            result.errors = source.add(name, text);
            QSet<QString> before;
            for (const AnalysisMessage& message : std::as_const(baseline))
                before.insert(message.toLogLine() + message.path);
            for (const AnalysisMessage& message : engine.analyze(snapshot).messages) {
                if (message.resource && message.resource->file == name)
                    result.inDocument.append(message);
                else if (!before.contains(message.toLogLine() + message.path))
                    result.elsewhere.append(message);
            }
            return result;
        },
        m_jobs.guard(ticket, [this, ticket, done = std::move(done)](const OverlayResult& result) {
            m_jobs.finish(ticket);
            done(result);
        }));
}

DraftChecker LiveAnalysis::draftChecker(const QString& defaultNamespace) const
{
    return [current = m_current, defaultNamespace](const QJsonObject& object) {
        std::shared_ptr<State> state;
        {
            const QMutexLocker lock(&current->mutex);
            state = current->state;
        }
        std::shared_ptr<const DraftBaseline> baseline;
        {
            // Waits for a run in progress: the check then sees its result.
            const QMutexLocker lock(&state->mutex);
            if (!state->baseline) {
                auto copy = std::make_shared<DraftBaseline>();
                copy->snapshot = state->snapshot;
                copy->engine = state->engine;
                copy->messages = state->last;
                copy->analysed = state->analysed;
                state->baseline = std::move(copy);
            }
            baseline = state->baseline;
        }
        return baseline->check(object, defaultNamespace);
    };
}

} // namespace meshscope::analysis
