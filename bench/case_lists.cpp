// lists [--services N] [--namespaces M] [--runs R] [--sim PATH]: the Overview and the Applications, Workloads and
// Services lists on the simulator's large scenario (4 pods per service) scraped by a real Prometheus, wired as the
// window wires them (rows built on the thread pool, merged into the models behind the lists' sorting proxies). Once
// the caches are warm: first_paint_ms (a refresh from start to health in all four models), then per refresh the GUI
// thread's CPU time from start to merged rows (refresh_ui_ms: everything the GUI thread did for it; refresh_start_ms
// and refresh_merge_ms its synchronous start and the merge), the longest GUI stall meanwhile (max_ui_stall_ms, a 5 ms
// timer's largest gap) and the PromQL queries it sent (for one namespace and for all).
#include "benchcase.h"
#include "models/connectionstatus.h"
#include "models/core/jobtracker.h"
#include "models/health/entitylistmodel.h"
#include "models/health/namespacemodel.h"
#include "models/kube/clustersession.h"
#include "models/net/httpclient.h"
#include "models/prometheus/promclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <ctime>

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

// Runs the event loop until done() or the deadline; false on timeout. It sleeps between events (a tick wakes it to
// check the deadline), so the GUI thread's CPU time is the work it was given.
bool waitFor(const std::function<bool()>& done, int ms)
{
    QDeadlineTimer deadline(ms);
    QTimer tick;
    tick.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void stop(QProcess& process)
{
    process.terminate();
    if (!process.waitForFinished(10000))
        process.kill();
}

// The GUI thread's longest gap between two ticks of a 5 ms timer while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_max = std::max(m_max, m_clock.restart()); });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_max;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

int run(const QStringList& arguments)
{
    const int services = intOption(arguments, QStringLiteral("--services"), 5000);
    const int namespaces = intOption(arguments, QStringLiteral("--namespaces"), 50);
    const int runs = intOption(arguments, QStringLiteral("--runs"), 5);
    const QString sim = stringOption(arguments, QStringLiteral("--sim"), defaultSim);
    const QString prometheusExe = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    if (sim.isEmpty() || prometheusExe.isEmpty()) {
        err() << "lists: needs meshscope-sim (--sim) and prometheus\n";
        return 1;
    }
    QTemporaryDir dir;
    QProcess simulator;
    simulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    simulator.setStandardOutputFile(QProcess::nullDevice());
    simulator.start(sim,
        { QStringLiteral("--scenario"), QStringLiteral("large"), QStringLiteral("--services"),
            QString::number(services), QStringLiteral("--namespaces"), QString::number(namespaces),
            QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("sim")) });
    if (!waitFor([&] { return QFile::exists(dir.filePath(QStringLiteral("sim/endpoints.json"))); }, 180000)) {
        err() << "lists: the simulator did not start\n";
        return 1;
    }
    QFile endpointsFile(dir.filePath(QStringLiteral("sim/endpoints.json")));
    endpointsFile.open(QIODevice::ReadOnly);
    const QUrl metrics(
        QJsonDocument::fromJson(endpointsFile.readAll()).object().value(QStringLiteral("metrics")).toString());
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
    config.open(QIODevice::WriteOnly);
    config.write(
        QStringLiteral("global:\n  scrape_interval: 2s\nscrape_configs:\n  - job_name: sim\n    metrics_path: %1\n"
                       "    static_configs:\n      - targets: ['%2:%3']\n")
            .arg(metrics.path(), metrics.host())
            .arg(metrics.port())
            .toUtf8());
    config.close();
    QProcess prometheus;
    prometheus.setStandardOutputFile(QProcess::nullDevice());
    prometheus.setStandardErrorFile(QProcess::nullDevice());
    prometheus.start(prometheusExe,
        { QStringLiteral("--config.file=") + config.fileName(),
            QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("tsdb")),
            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port) });

    HttpClient http;
    ConnectionStatus status;
    ClusterSession cluster(&status);
    PromConfig promConfig;
    promConfig.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    PromClient prom(&http, promConfig);
    health::HealthRefresh refresh(&cluster);
    refresh.setPromClient(&prom);
    cluster.open({ dir.filePath(QStringLiteral("sim/kubeconfig")) }, {}, true);
    if (!waitFor([&] { return cluster.isReady(); }, 60000)) {
        err() << "lists: no connection to the simulator\n";
        return 1;
    }
    refresh.informers(); // start the caches
    QElapsedTimer warm;
    warm.start();
    if (!waitFor([&] { return refresh.cachesSynced(); }, 300000)) {
        err() << "lists: the caches did not fill\n";
        return 1;
    }
    printValue(QStringLiteral("cache_warm_s"), warm.elapsed() / 1000.0);
    QThread::sleep(6); // two scrapes, so request health has rates

    health::EntityListModel apps(health::Kind::App), workloads(health::Kind::Workload),
        servicesModel(health::Kind::Service);
    health::NamespaceModel namespacesModel;
    // The lists' sorting and filtering proxies, sorted worst first as the pages open: merging re-sorts them.
    health::EntityFilterProxy appsProxy, workloadsProxy, servicesProxy;
    for (auto [proxy, model] : { std::pair { &appsProxy, &apps }, std::pair { &workloadsProxy, &workloads },
             std::pair { &servicesProxy, &servicesModel } }) {
        proxy->setSourceModel(model);
        proxy->sort(model->healthColumn(), Qt::DescendingOrder);
    }
    double mergeMs = 0;
    bool merged = false;
    health::HealthSnapshotPtr last;
    JobTracker jobs;
    struct Rows
    {
        QList<health::EntityListModel::Row> apps, workloads, services;
        QList<health::NamespaceModel::Row> namespaces;
    };
    QObject::connect(
        &refresh, &health::HealthRefresh::snapshotReady, &refresh, [&](const health::HealthSnapshotPtr& snapshot) {
            // As HealthPagesWiring: rows are built on the thread pool, the GUI thread merges them.
            jobs.run(
                &refresh, QStringLiteral("rows"),
                [snapshot] {
                    return Rows { health::EntityListModel::buildRows(health::Kind::App, *snapshot),
                        health::EntityListModel::buildRows(health::Kind::Workload, *snapshot),
                        health::EntityListModel::buildRows(health::Kind::Service, *snapshot),
                        health::NamespaceModel::buildRows(*snapshot) };
                },
                [&, snapshot](Rows rows) {
                    QElapsedTimer clock;
                    clock.start();
                    apps.merge(std::move(rows.apps));
                    workloads.merge(std::move(rows.workloads));
                    servicesModel.merge(std::move(rows.services));
                    namespacesModel.merge(std::move(rows.namespaces));
                    mergeMs += clock.nsecsElapsed() / 1e6;
                    last = snapshot;
                    merged = true;
                });
        });

    health::HealthQuery query;
    query.trafficHistorySeconds = 3600;
    StallMeter stalls;
    QElapsedTimer first;
    first.start();
    merged = false;
    refresh.setQuery(query);
    if (!waitFor([&] { return merged; }, 120000)) {
        err() << "lists: no snapshot\n";
        return 1;
    }
    printValue(QStringLiteral("first_paint_ms"), first.nsecsElapsed() / 1e6);
    printValue(QStringLiteral("workloads"), double(workloads.rowCount()), 0);
    printValue(QStringLiteral("services"), double(servicesModel.rowCount()), 0);
    qsizetype pods = 0;
    for (const health::WorkloadInfo& w : last->inventory.workloads)
        pods += w.pods.size();
    printValue(QStringLiteral("pods"), double(pods), 0);
    printValue(QStringLiteral("promql_per_refresh_all_namespaces"), last->promQueries, 0);
    if (!last->prometheusError.isEmpty())
        err() << "lists: Prometheus: " << last->prometheusError << '\n';

    QList<double> refreshUi, refreshStart, refreshMerge, refreshTotal, maxStall;
    for (int i = 0; i < runs; ++i) {
        merged = false;
        mergeMs = 0;
        stalls.start();
        QElapsedTimer total;
        total.start();
        const double cpuBefore = threadCpuMs();
        QElapsedTimer start;
        start.start();
        refresh.refresh();
        refreshStart.append(start.nsecsElapsed() / 1e6); // the refresh's synchronous part
        if (!waitFor([&] { return merged; }, 120000))
            return 1;
        refreshUi.append(threadCpuMs() - cpuBefore);
        refreshTotal.append(total.nsecsElapsed() / 1e6);
        refreshMerge.append(mergeMs);
        maxStall.append(double(stalls.stop()));
    }
    printValue(QStringLiteral("refresh_ui_ms"), median(refreshUi));
    printValue(QStringLiteral("refresh_start_ms"), median(refreshStart));
    printValue(QStringLiteral("refresh_merge_ms"), median(refreshMerge));
    printValue(QStringLiteral("refresh_total_ms"), median(refreshTotal));
    printValue(QStringLiteral("max_ui_stall_ms"), *std::max_element(maxStall.begin(), maxStall.end()));

    query.namespaces = { QStringLiteral("large-000") };
    merged = false;
    refresh.setQuery(query);
    waitFor([&] { return merged; }, 120000);
    printValue(QStringLiteral("promql_per_refresh_one_namespace"), last->promQueries, 0);
    printValue(QStringLiteral("peak_rss_mb"), peakRssMb());
    stop(prometheus);
    stop(simulator);
    return 0;
}

const BenchRegistration registration(
    { QStringLiteral("lists"), QStringLiteral("[--services 5000] [--namespaces 50] [--runs 5] [--sim PATH]"), run });

} // namespace
} // namespace meshscope::bench
