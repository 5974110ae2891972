// analyze [--services N] [--namespaces M] [--changes K] [--sim PATH]: the live analysis (istioctl's analyzers and
// Kiali's checkers, as the GUI runs them) over the simulator's large scenario: the full analysis once every cache has
// listed (snapshot built from the caches, then every analyzer), then K single-object changes written through the API
// (DestinationRules, VirtualServices, a Deployment), each re-analysed incrementally. Prints the full run, the
// re-analysis times (median and worst, on the worker: wall clock and the worker's CPU time, which a busy machine does
// not inflate) with the objects the partial runs saw, the time from a write's reply to the new results, the object
// and message counts, an editor's draft check of one object, and the peak memory. Fails if the analysis does not see
// the scenario or a change is not picked up.
#include "benchcase.h"
#include "models/analysis/liveanalysis.h"
#include "models/connectionstatus.h"
#include "models/kube/clustersession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>

namespace meshscope::bench {
namespace {

#ifdef MESHSCOPE_SIM_EXECUTABLE
const QString defaultSim = QStringLiteral(MESHSCOPE_SIM_EXECUTABLE);
#else
const QString defaultSim;
#endif

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool startSimulator(QProcess& sim, const QString& executable, const QString& stateDir, int services, int namespaces)
{
    sim.setProgram(executable);
    sim.setArguments({ QStringLiteral("--scenario"), QStringLiteral("large"), QStringLiteral("--services"),
        QString::number(services), QStringLiteral("--namespaces"), QString::number(namespaces),
        QStringLiteral("--traffic-rate"), QStringLiteral("0"), QStringLiteral("--state-dir"), stateDir });
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.setStandardOutputFile(QProcess::nullDevice());
    sim.start();
    if (!sim.waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(180000);
    while (!QFile::exists(stateDir + QStringLiteral("/endpoints.json"))) {
        if (deadline.hasExpired() || sim.state() != QProcess::Running)
            return false;
        QThread::msleep(50);
    }
    return true;
}

// Runs the event loop until done() or the timeout; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// "name 12.3, other 4.5, …": the five analyzers that took the longest.
QString slowest(QList<QPair<QString, double>> analyzers)
{
    std::sort(analyzers.begin(), analyzers.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, analyzers.size()); ++i)
        shown << analyzers.at(i).first + QLatin1Char(' ') + QString::number(analyzers.at(i).second, 'f', 1);
    return shown.join(QStringLiteral(", "));
}

struct Change
{
    QString group;
    QString plural;
    QString ns;
    QString name;
    QJsonObject patch;
};

int run(const QStringList& arguments)
{
    const int services = intOption(arguments, QStringLiteral("--services"), 5000);
    const int namespaces = intOption(arguments, QStringLiteral("--namespaces"), 50);
    const int changes = intOption(arguments, QStringLiteral("--changes"), 9);
    const QString executable = stringOption(arguments, QStringLiteral("--sim"), defaultSim);
    if (services < 5 || services > 5000 || namespaces < 1 || changes < 1) {
        err() << "analyze: --services must be 5…5000, --namespaces and --changes at least 1\n";
        return 2;
    }
    if (executable.isEmpty()) {
        err() << "analyze needs --sim PATH (meshscope-sim was not part of this build)\n";
        return 2;
    }
    QTemporaryDir state;
    QProcess sim;
    if (!startSimulator(sim, executable, state.path(), services, namespaces)) {
        err() << "analyze: meshscope-sim did not start\n";
        return 1;
    }
    const auto stopSim = [&] {
        sim.terminate();
        sim.waitForFinished(10000);
    };
    ConnectionStatus status;
    ClusterSession session(&status);
    analysis::LiveAnalysis live(&session);
    live.setCoalesceMs(0);
    QElapsedTimer listed;
    listed.start();
    session.open({ state.filePath(QStringLiteral("kubeconfig")) }, {}, true);
    if (!waitFor([&] { return live.runCount() >= 1 || !session.error().isEmpty(); }, 300000) || live.runCount() < 1) {
        err() << "analyze: no analysis within 5 minutes " << session.error() << '\n';
        stopSim();
        return 1;
    }
    const double listAndAnalyseSeconds = double(listed.nsecsElapsed()) / 1e9;
    const double fullMs = live.lastRunMs();
    const double fullCpuMs = live.lastRunCpuMs();
    const int fullAnalyzers = live.lastAnalyzerRuns();
    const qsizetype fullMessages = live.results()->all().size();
    const double fullSnapshotCpuMs = live.lastSnapshotCpuMs();
    const analysis::AnalysisWork fullWork = live.lastWork();

    // One object at a time, each write awaited and its re-analysis with it.
    QList<Change> plan;
    for (int i = 0; i < changes; ++i) {
        const int service = (i * 997) % services / 5 * 5; // a service that has a VirtualService
        const QString app = QStringLiteral("svc-%1").arg(service, 4, 10, QLatin1Char('0'));
        const QString ns = QStringLiteral("large-%1").arg(service % namespaces, 3, 10, QLatin1Char('0'));
        switch (i % 3) {
        case 0: // the subset the VirtualService routes to disappears
            plan.append({ QStringLiteral("networking.istio.io"), QStringLiteral("destinationrules"), ns, app,
                { { QStringLiteral("spec"),
                    QJsonObject { { QStringLiteral("subsets"),
                        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("v2") } } } } } } } });
            break;
        case 1: { // the VirtualService routes to a host that does not exist
            const QJsonObject destination { { QStringLiteral("host"), QString(app + QStringLiteral("-gone")) } };
            const QJsonObject route { { QStringLiteral("destination"), destination } };
            const QJsonObject rule { { QStringLiteral("route"), QJsonArray { route } } };
            plan.append({ QStringLiteral("networking.istio.io"), QStringLiteral("virtualservices"), ns, app,
                { { QStringLiteral("spec"), QJsonObject { { QStringLiteral("http"), QJsonArray { rule } } } } } });
            break;
        }
        default: // a workload gets an annotation
            plan.append({ QStringLiteral("apps"), QStringLiteral("deployments"), ns,
                QString(app + QStringLiteral("-v1")),
                { { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("annotations"),
                        QJsonObject { { QStringLiteral("bench.meshscope.dev/change"), QString::number(i) } } } } } } });
        }
    }
    QList<double> reanalyseMs;
    QList<double> reanalyseCpuMs;
    QList<double> endToEndMs;
    QList<double> analyzersRun;
    QList<double> objectsSeen;
    QList<double> indexCpuMs;
    QHash<QString, QList<double>> reanalyzerCpuMs;
    for (const Change& change : std::as_const(plan)) {
        const auto resource = session.discovery()->resource(change.group, change.plural);
        if (!resource) {
            err() << "analyze: the simulator does not serve " << change.plural << '\n';
            stopSim();
            return 1;
        }
        const int before = live.runCount();
        bool written = false;
        QString writeError;
        QElapsedTimer sinceReply;
        session.writer()->mergePatch(
            *resource, change.ns, change.name, change.patch, {}, &session, [&](const KubeWriteResult& result) {
                written = true;
                writeError = result.ok() ? QString() : result.message;
                sinceReply.start();
            });
        if (!waitFor([&] { return written && live.runCount() > before; }, 60000) || !writeError.isEmpty()) {
            err() << "analyze: change to " << change.plural << ' ' << change.ns << '/' << change.name
                  << " not analysed " << writeError << '\n';
            stopSim();
            return 1;
        }
        endToEndMs << double(sinceReply.nsecsElapsed()) / 1e6;
        reanalyseMs << live.lastRunMs();
        reanalyseCpuMs << live.lastRunCpuMs();
        analyzersRun << live.lastAnalyzerRuns();
        objectsSeen << live.lastWork().objectsSeen;
        indexCpuMs << live.lastWork().indexCpuMs;
        for (const auto& [name, ms] : live.lastWork().analyzerCpuMs)
            reanalyzerCpuMs[name] << ms;
    }
    // An editor's check of one edited object against the analysed cluster: each planned rule losing its subsets.
    const analysis::DraftChecker check = live.draftChecker();
    QList<double> draftMs;
    for (const Change& change : std::as_const(plan)) {
        if (change.plural != QLatin1String("destinationrules"))
            continue;
        const QJsonObject rule { { QStringLiteral("apiVersion"), QStringLiteral("networking.istio.io/v1") },
            { QStringLiteral("kind"), QStringLiteral("DestinationRule") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), change.name }, { QStringLiteral("namespace"), change.ns } } },
            { QStringLiteral("spec"), QJsonObject { { QStringLiteral("host"), change.name } } } };
        QElapsedTimer timer;
        timer.start();
        const analysis::DraftFindings findings = check(rule);
        draftMs << double(timer.nsecsElapsed()) / 1e6;
        Q_UNUSED(findings);
    }
    stopSim();
    int objects = 0;
    for (const QString& plural : { QStringLiteral("pods"), QStringLiteral("services") })
        objects += int(session.informer(QString(), plural) ? session.informer(QString(), plural)->objects().size() : 0);
    printValue(QStringLiteral("services"), services, 0);
    printValue(QStringLiteral("pods_and_services_cached"), objects, 0);
    printValue(QStringLiteral("list_and_first_analysis_seconds"), listAndAnalyseSeconds);
    printValue(QStringLiteral("full_analysis_seconds"), fullMs / 1000.0);
    printValue(QStringLiteral("full_analysis_cpu_seconds"), fullCpuMs / 1000.0);
    printValue(QStringLiteral("full_analysis_snapshot_cpu_seconds"), fullSnapshotCpuMs / 1000.0);
    printValue(QStringLiteral("full_analysis_index_cpu_seconds"), fullWork.indexCpuMs / 1000.0);
    printValue(QStringLiteral("full_analysis_slowest_cpu_ms"), slowest(fullWork.analyzerCpuMs));
    printValue(QStringLiteral("full_analysis_analyzers"), fullAnalyzers, 0);
    printValue(QStringLiteral("full_analysis_messages"), double(fullMessages), 0);
    printValue(QStringLiteral("changes"), plan.size(), 0);
    printValue(QStringLiteral("reanalysis_ms_median"), median(reanalyseMs), 1);
    printValue(QStringLiteral("reanalysis_ms_max"), *std::max_element(reanalyseMs.begin(), reanalyseMs.end()), 1);
    printValue(QStringLiteral("reanalysis_cpu_ms_median"), median(reanalyseCpuMs), 1);
    printValue(
        QStringLiteral("reanalysis_cpu_ms_max"), *std::max_element(reanalyseCpuMs.begin(), reanalyseCpuMs.end()), 1);
    printValue(QStringLiteral("reanalysis_analyzers_median"), median(analyzersRun), 0);
    printValue(QStringLiteral("reanalysis_objects_seen_median"), median(objectsSeen), 0);
    printValue(QStringLiteral("reanalysis_index_cpu_ms_median"), median(indexCpuMs), 1);
    QList<QPair<QString, double>> reanalyzerMedians;
    for (auto it = reanalyzerCpuMs.cbegin(); it != reanalyzerCpuMs.cend(); ++it) // a change that ran it, the median
        reanalyzerMedians.append({ it.key(), median(it.value()) });
    printValue(QStringLiteral("reanalysis_slowest_cpu_ms"), slowest(reanalyzerMedians));
    printValue(QStringLiteral("write_to_results_ms_median"), median(endToEndMs), 1);
    if (!draftMs.isEmpty())
        printValue(QStringLiteral("draft_check_ms_median"), median(draftMs), 1);
    printValue(QStringLiteral("peak_rss_mb"), peakRssMb(), 1);
    return 0;
}

const BenchRegistration registration(
    { QStringLiteral("analyze"), QStringLiteral("[--services N] [--namespaces M] [--changes K] [--sim PATH]"), run });

} // namespace
} // namespace meshscope::bench
