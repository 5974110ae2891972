// graph-inventory [--runs R] [--namespaces M] [--services N]: the traffic graph of the simulator's large scenario
// (M = 10 namespaces, N = 5,000 services, 20,000 pods) with its Kubernetes inventory, scraped by a real Prometheus:
//   command_s        `meshscope graph --type workload --kubeconfig … --namespaces <all M>` end to end (start,
//                    discovery, informers listing everything, Prometheus, inventory, graph, JSON out), median of R
//   command_peak_rss_mb  its peak resident memory (getrusage RUSAGE_CHILDREN)
//   graph_nodes / graph_edges   what it printed
//   page_refresh_s   the Graph page in this process (GraphRefresh + GraphPage, 1920x1080 offscreen) after its
//                    caches have synced: a refresh until the graph is drawn
//   page_max_ui_stall_ms  the largest gap between the ticks of a 5 ms timer on the GUI thread during that refresh
//   sync_max_ui_stall_ms  the same while the session lists 20,000 pods (the cluster session's work, for reference)
#include "app/demomesh.h"
#include "benchcase.h"
#include "models/connectionstatus.h"
#include "models/graph/graphinventorysource.h"
#include "models/graph/graphpromquery.h"
#include "models/graph/refresh/graphrefresh.h"
#include "models/kube/clustersession.h"
#include "models/net/httpclient.h"
#include "models/prometheus/promclient.h"
#include "ui/graphpage.h"
#include "views/graph/graphscene.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QTimer>
#include <sys/resource.h>

namespace meshscope::bench {
namespace {

#ifdef MESHSCOPE_SIM_EXECUTABLE
const QString simulatorPath = QStringLiteral(MESHSCOPE_SIM_EXECUTABLE);
#else
const QString simulatorPath;
#endif
#ifdef MESHSCOPE_EXECUTABLE
const QString meshscopePath = QStringLiteral(MESHSCOPE_EXECUTABLE);
#else
const QString meshscopePath;
#endif

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Runs the event loop until done() or the timeout; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// The largest gap between the ticks of a 5 ms timer on this thread while it runs.
class StallMeter
{
public:
    StallMeter()
    {
        m_ticker.setInterval(5);
        m_ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_ticker, &QTimer::timeout, &m_ticker, [this] {
            m_max = std::max(m_max, double(m_since.nsecsElapsed()) / 1e6);
            m_since.restart();
        });
    }
    void start()
    {
        m_max = 0;
        m_since.start();
        m_ticker.start();
    }
    double stop()
    {
        m_ticker.stop();
        return m_max;
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_since;
    double m_max = 0;
};

double childrenPeakRssMb()
{
    rusage usage {};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return 0;
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Until Prometheus has scraped the simulator often enough for rates.
bool waitForRates(const QUrl& prometheus, int timeoutMs)
{
    HttpClient http;
    PromConfig config;
    config.url = prometheus;
    PromClient client(&http, config);
    bool ready = false;
    QElapsedTimer timer;
    timer.start();
    while (!ready && timer.elapsed() < timeoutMs) {
        bool answered = false;
        client.instant(QStringLiteral("count(count_over_time(istio_requests_total[1m]) >= 3)"), 0, &client,
            [&](const PromResult& result) {
                ready = result.ok() && !result.vector.isEmpty() && result.vector.first().value > 0;
                answered = true;
            });
        if (!waitFor([&] { return answered; }, 10000))
            return false;
        if (!ready)
            waitFor([] { return false; }, 1000);
    }
    return ready;
}

int run(const QStringList& arguments)
{
    const int runs = std::max(1, intOption(arguments, QStringLiteral("--runs"), 3));
    const int namespaceCount = intOption(arguments, QStringLiteral("--namespaces"), 10);
    const int services = intOption(arguments, QStringLiteral("--services"), 5000);
    if (simulatorPath.isEmpty() || meshscopePath.isEmpty() || DemoMesh::findPrometheus().isEmpty()) {
        err() << "graph-inventory: needs meshscope, meshscope-sim and prometheus\n";
        return 1;
    }
    QElapsedTimer setup;
    setup.start();
    DemoMesh mesh;
    mesh.setSimulatorPath(simulatorPath);
    mesh.setScenario({ QStringLiteral("large"), QStringLiteral("--namespaces"), QString::number(namespaceCount),
        QStringLiteral("--services"), QString::number(services) });
    QString failure;
    QObject::connect(&mesh, &DemoMesh::failed, &mesh, [&](const QString& message) { failure = message; });
    mesh.start();
    if (!waitFor([&] { return mesh.isReady() || !failure.isEmpty(); }, 180000) || !failure.isEmpty()) {
        err() << "graph-inventory: the simulator did not start: " << failure << '\n';
        return 1;
    }
    if (!waitForRates(mesh.endpoints().prometheus, 120000)) {
        err() << "graph-inventory: Prometheus has no rates of the simulator\n";
        return 1;
    }
    const double setupSeconds = double(setup.elapsed()) / 1000;
    QStringList namespaces;
    for (int n = 0; n < namespaceCount; ++n)
        namespaces << QStringLiteral("large-%1").arg(n, 3, 10, QLatin1Char('0'));

    // The command, end to end.
    QList<double> commandSeconds;
    qsizetype nodes = 0, edges = 0;
    for (int i = 0; i < runs; ++i) {
        QProcess graph;
        graph.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        graph.start(meshscopePath,
            { QStringLiteral("graph"), QStringLiteral("--prometheus"), mesh.endpoints().prometheus.toString(),
                QStringLiteral("--kubeconfig"), mesh.endpoints().kubeconfig, QStringLiteral("--namespaces"),
                namespaces.join(QLatin1Char(',')), QStringLiteral("--type"), QStringLiteral("workload"),
                QStringLiteral("--duration"), QStringLiteral("1m") });
        if (!graph.waitForStarted(10000) || !graph.waitForFinished(600000) || graph.exitCode() != 0) {
            err() << "graph-inventory: meshscope graph failed: " << graph.readAllStandardError() << '\n';
            return 1;
        }
        commandSeconds << double(timer.nsecsElapsed()) / 1e9;
        const QJsonObject elements = QJsonDocument::fromJson(graph.readAllStandardOutput())
                                         .object()
                                         .value(QStringLiteral("elements"))
                                         .toObject();
        nodes = elements.value(QStringLiteral("nodes")).toArray().size();
        edges = elements.value(QStringLiteral("edges")).toArray().size();
    }
    const double commandRss = childrenPeakRssMb();

    // The page, in this process.
    HttpClient http;
    ConnectionStatus status;
    ClusterSession session(&status);
    graph::GraphInventorySource inventory(&session);
    PromConfig config;
    config.url = mesh.endpoints().prometheus;
    PromClient prom(&http, config);
    graph::GraphRefresh controller;
    graph::GraphPageQuery query;
    query.namespaces = namespaces;
    query.type = graph::GraphType::Workload;
    query.refreshSeconds = 0;
    controller.setQuery(query);
    controller.setInventory(&inventory);
    GraphPage page(&controller);
    page.resize(1920, 1080);
    page.show();
    StallMeter meter;
    meter.start();
    session.open({ mesh.endpoints().kubeconfig }, {}, true);
    if (!waitFor([&] { return inventory.isSynced(); }, 300000)) {
        err() << "graph-inventory: the session did not list the cluster\n";
        return 1;
    }
    const double syncStall = meter.stop();
    QList<double> pageSeconds, pageStalls;
    controller.setPrometheus(graph::instantQuery(&prom), graph::rangeQuery(&prom), {});
    waitFor([&] { return !controller.isRefreshing() && controller.state() == graph::GraphRefresh::State::Showing; },
        600000); // the first graph and its layout, unmeasured
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        meter.start();
        controller.refresh();
        const bool drawn = waitFor([&] { return !controller.isRefreshing(); }, 600000);
        pageStalls << meter.stop();
        pageSeconds << double(timer.nsecsElapsed()) / 1e9;
        if (!drawn || controller.state() != graph::GraphRefresh::State::Showing) {
            err() << "graph-inventory: the page shows no graph: " << page.stateText() << '\n';
            return 1;
        }
    }
    const auto [drawnNodes, drawnEdges] = page.scene()->visibleCounts();

    printValue(QStringLiteral("namespaces"), double(namespaceCount), 0);
    printValue(QStringLiteral("services"), double(services), 0);
    printValue(QStringLiteral("setup_s"), setupSeconds, 1);
    printValue(QStringLiteral("runs"), double(runs), 0);
    printValue(QStringLiteral("command_s"), median(commandSeconds));
    printValue(QStringLiteral("command_peak_rss_mb"), commandRss, 1);
    printValue(QStringLiteral("graph_nodes"), double(nodes), 0);
    printValue(QStringLiteral("graph_edges"), double(edges), 0);
    printValue(QStringLiteral("page_nodes_drawn"), double(drawnNodes), 0);
    printValue(QStringLiteral("page_edges_drawn"), double(drawnEdges), 0);
    printValue(QStringLiteral("page_refresh_s"), median(pageSeconds));
    printValue(QStringLiteral("page_max_ui_stall_ms"), *std::max_element(pageStalls.cbegin(), pageStalls.cend()), 1);
    printValue(QStringLiteral("sync_max_ui_stall_ms"), syncStall, 1);
    printValue(QStringLiteral("peak_rss_mb"), peakRssMb(), 1);
    return 0;
}

const BenchRegistration registration(
    { QStringLiteral("graph-inventory"), QStringLiteral("[--runs R] [--namespaces M] [--services N]"), run });

} // namespace
} // namespace meshscope::bench
