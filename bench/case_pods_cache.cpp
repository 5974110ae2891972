// pods-cache --pods N [--runs R] [--page-size P] [--sim PATH]: the initial watching cache of N pods from the
// simulator's large scenario (paginated list, parsing off the GUI thread, merged into the pods item model), side by
// side with `kubectl get pods -A -o json` against the same simulator in the same run: time and peak memory of both.
// The case fails when the cache does not hold exactly the pods asked for.
#include "benchcase.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/kubeinformer.h"
#include "models/kube/kubeobjectmodel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <sys/resource.h>

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

// Starts meshscope-sim --scenario large; returns false if it does not come up within two minutes.
bool startSimulator(QProcess& sim, const QString& executable, const QString& stateDir, int pods)
{
    const int services = qMax(1, pods / 4); // the large scenario runs 4 pods per service
    sim.setProgram(executable);
    sim.setArguments({ QStringLiteral("--scenario"), QStringLiteral("large"), QStringLiteral("--services"),
        QString::number(services), QStringLiteral("--namespaces"), QString::number(qMax(1, services / 100)),
        QStringLiteral("--state-dir"), stateDir });
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.setStandardOutputFile(QProcess::nullDevice());
    sim.start();
    if (!sim.waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(120000);
    while (!QFile::exists(stateDir + QStringLiteral("/endpoints.json"))) {
        if (deadline.hasExpired() || sim.state() != QProcess::Running)
            return false;
        QThread::msleep(50);
    }
    return true;
}

// The large scenario's own pods (namespaces large-NNN), not the control plane's.
qsizetype scenarioPods(const KubeObjectModel& model)
{
    qsizetype count = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(KubeObjectModel::NamespaceRole).toString().startsWith(QLatin1String("large-")))
            ++count;
    }
    return count;
}

// The peak resident set of the largest child reaped so far: QProcess has waited for every kubectl run, and the
// simulator (the other child) is still running, so this is kubectl's.
double childrenPeakRssMb()
{
    rusage usage {};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return 0;
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Seconds until the pods informer has listed everything and the pods model holds every row; -1 on failure.
double cacheOnce(const KubeconfigSelection& config, int pageSize, qsizetype* podCount)
{
    KubeApi api(config);
    KubeInformer informer(
        &api, { QString(), QStringLiteral("v1"), QStringLiteral("pods"), QStringLiteral("Pod"), true });
    informer.setPageSize(pageSize);
    std::unique_ptr<KubeObjectModel> model(KubeModels::pods());
    model->addSource(&informer);
    QElapsedTimer timer;
    double seconds = -1;
    QObject::connect(&informer, &KubeInformer::synced, &informer, [&] {
        seconds = double(timer.nsecsElapsed()) / 1e9;
        QCoreApplication::exit(0);
    });
    QObject::connect(&informer, &KubeInformer::errorOccurred, &informer, [&](const QString& message) {
        err() << "pods-cache: " << message << '\n';
        err().flush();
        QCoreApplication::exit(1);
    });
    timer.start();
    informer.start();
    QCoreApplication::exec();
    informer.stop();
    *podCount = scenarioPods(*model);
    return seconds;
}

double kubectlOnce(const QString& kubeconfig)
{
    QProcess kubectl;
    kubectl.setProgram(QStringLiteral("kubectl"));
    kubectl.setArguments({ QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("get"), QStringLiteral("pods"),
        QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json") });
    kubectl.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    kubectl.start();
    if (!kubectl.waitForFinished(300000) || kubectl.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

int run(const QStringList& arguments)
{
    const int pods = intOption(arguments, QStringLiteral("--pods"), 20000);
    const int runs = intOption(arguments, QStringLiteral("--runs"), 5);
    const int pageSize = intOption(arguments, QStringLiteral("--page-size"), 500);
    const QString executable = stringOption(arguments, QStringLiteral("--sim"), defaultSim);
    // The large scenario runs 4 pods per service and at most 5,000 services.
    if (pods < 4 || pods % 4 != 0 || pods > 20000) {
        err() << "pods-cache: --pods must be a multiple of 4 between 4 and 20000 (the large scenario runs 4 pods "
                 "per service, at most 5000 services)\n";
        return 2;
    }
    if (executable.isEmpty()) {
        err() << "pods-cache needs --sim PATH (meshscope-sim was not part of this build)\n";
        return 2;
    }
    QTemporaryDir state;
    QProcess sim;
    if (!startSimulator(sim, executable, state.path(), pods)) {
        err() << "pods-cache: meshscope-sim did not start\n";
        return 1;
    }
    const QString kubeconfig = state.filePath(QStringLiteral("kubeconfig"));
    const auto config = Kubeconfig::load({ kubeconfig }, {}, true);
    if (!config.ok()) {
        err() << "pods-cache: " << config.error << '\n';
        return 1;
    }
    QList<double> cache, kubectl;
    qsizetype podCount = 0;
    for (int i = 0; i < runs; ++i) {
        // Alternate the two so both see the same machine load.
        const double ours = cacheOnce(*config.selection, pageSize, &podCount);
        const double theirs = kubectlOnce(kubeconfig);
        if (ours < 0 || theirs < 0) {
            err() << "pods-cache: a run failed\n";
            sim.terminate();
            sim.waitForFinished(10000);
            return 1;
        }
        if (podCount != pods) {
            err() << "pods-cache: the cache holds " << podCount << " of the scenario's pods, " << pods
                  << " were asked for\n";
            sim.terminate();
            sim.waitForFinished(10000);
            return 1;
        }
        cache << ours;
        kubectl << theirs;
    }
    const double kubectlPeakRss = childrenPeakRssMb(); // before the simulator is reaped
    sim.terminate();
    sim.waitForFinished(10000);
    const double cacheSeconds = median(cache);
    const double kubectlSeconds = median(kubectl);
    printValue(QStringLiteral("pods"), double(podCount), 0);
    printValue(QStringLiteral("runs"), double(runs), 0);
    printValue(QStringLiteral("page_size"), double(pageSize), 0);
    printValue(QStringLiteral("cache_seconds"), cacheSeconds);
    printValue(QStringLiteral("kubectl_seconds"), kubectlSeconds);
    printValue(QStringLiteral("ratio_vs_kubectl"), kubectlSeconds > 0 ? cacheSeconds / kubectlSeconds : 0);
    printValue(QStringLiteral("peak_rss_mb"), peakRssMb(), 1);
    printValue(QStringLiteral("kubectl_peak_rss_mb"), kubectlPeakRss, 1);
    return 0;
}

const BenchRegistration registration(
    { QStringLiteral("pods-cache"), QStringLiteral("--pods N [--runs R] [--page-size P] [--sim PATH]"), run });

} // namespace
} // namespace meshscope::bench
