// graph --nodes N --edges M [--runs R] [--png FRAME.png] [--parse-build-only]: the traffic graph at scale on a
// deterministic synthetic mesh (models/graph/syntheticgraph.h):
//   parse_build_ms   synthetic Prometheus JSON (istio_requests_total samples, one per edge and code) →
//                    PromResult::parse → graph-model's buildGraph (median of R runs); parse_ms its first part
//   transfer_curl_ms the same body fetched by `curl -o /dev/null` from a loopback server: the physical reference
//   parse_handwritten_ms / parse_simdjson_ms   the body through each of the two readers (promfastparse.h), with
//                    the number of samples each read and the kernel simdjson picked on this machine
//   layout_s         computeLayout through GraphLayouter on the thread pool (engine chosen by size: sfdp here)
//   max_ui_stall_ms  the largest gap between the ticks of a 5 ms QTimer on the main thread meanwhile, the worst
//                    over all runs (max_ui_stall_median_ms: the median of each run's largest gap)
//   refresh_ms       a signals-only refresh: same topology, new numbers → sameTopology + GraphScene::updateGraph
//   frame_ms         one full frame of the Graph page's canvas: a 1920x1080 GraphView at zoom to fit, its viewport
//                    painted into a QImage (the frame --png saves), as the screen gets it
//   scene_render_ms  the same scene through QGraphicsScene::render into the image (as PNG export draws), which
//                    visits every item; the view's overview at this zoom does not (see GraphView::paintEvent)
//   *_cpu_ms         the same figures in this thread's CPU time (CLOCK_THREAD_CPUTIME_ID): on a shared, busy machine
//                    the wall-clock figures include the time other processes had the core
//   peak_rss_mb      getrusage ru_maxrss
//   sfdp_cli_s       the same graph (same node sizes and graph attributes) as DOT through `sfdp -Tplain`, as the
//                    reference, whatever engine was chosen (dot_cli_s too when dot was: the same engine's CLI)
#include "benchcase.h"
#include "models/graph/graphbuilder.h"
#include "models/graph/graphlayout.h"
#include "models/graph/syntheticgraph.h"
#include "models/prometheus/promfastparse.h"
#include "models/prometheus/promresult.h"
#include "views/graph/graphscene.h"
#include "views/graph/graphview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <time.h>
#include <unistd.h>

namespace meshscope::bench {
namespace {

using namespace meshscope::graph;

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QStringList namespacesOf(const Graph& graph)
{
    QStringList namespaces;
    for (const Node& node : graph.nodes) {
        if (!namespaces.contains(node.namespace_))
            namespaces << node.namespace_;
    }
    return namespaces;
}

// The Prometheus answer to every query of a refresh: the synthetic samples for the destination-reported
// istio_requests_total query, empty vectors for the rest.
double parseBuildOnce(const GraphOptions& options, const QByteArray& body, Graph* built, double* parseMs,
    double* parseCpuMs, double* cpuMs)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuMs();
    QList<QueryResponse> responses;
    bool given = false;
    for (const GraphQuery& query : graphQueries(options)) {
        QueryResponse response { query, {} };
        if (!given && query.kind == QueryKind::Traffic && query.metric == QLatin1String("istio_requests_total")
            && (query.promql.contains(QLatin1String("reporter=\"destination\""))
                || query.promql.contains(QLatin1String("|destination\"")))) {
            response.result = PromResult::parse(body);
            *parseMs = msSince(timer);
            *parseCpuMs = threadCpuMs() - cpuStart;
            given = true;
        } else {
            response.result.kind = PromResult::Kind::Vector;
        }
        responses << response;
    }
    *built = buildGraph(options, responses);
    *cpuMs = threadCpuMs() - cpuStart;
    return msSince(timer);
}

// Runs the layout on the worker thread while a 5 ms timer on this thread measures how long the event loop stalls.
Layout layoutWithStallMeter(std::shared_ptr<const Graph> graph, double* maxStallMs)
{
    GraphLayouter layouter;
    Layout result;
    QTimer ticker;
    ticker.setInterval(5);
    ticker.setTimerType(Qt::PreciseTimer);
    QElapsedTimer sinceTick;
    double maxGap = 0;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        maxGap = std::max(maxGap, msSince(sinceTick));
        sinceTick.restart();
    });
    sinceTick.start();
    ticker.start();
    layouter.request(std::move(graph), {}, [&](const Layout& layout) {
        result = layout;
        ticker.stop();
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    *maxStallMs = maxGap;
    return result;
}

ScenePositions toScenePositions(const Layout& layout)
{
    ScenePositions positions;
    positions.nodes.reserve(layout.nodes.size());
    for (const auto& [id, placement] : layout.nodes.asKeyValueRange())
        positions.nodes.insert(id, placement.center);
    positions.edges = layout.edges;
    return positions;
}

// The same graph in DOT with the attributes computeLayout gives Graphviz, for the CLI reference.
QByteArray toDot(const Graph& graph, const QString& engine)
{
    QByteArray dot = "digraph g {\n";
    if (engine == QLatin1String("dot"))
        dot += "rankdir=LR; nodesep=0.35; ranksep=1.0; nslimit=2; nslimit1=2; mclimit=0.5;\n";
    else if (engine == QLatin1String("sfdp"))
        dot += "overlap=true; quadtree=fast;\n";
    dot += "node [shape=box, fixedsize=true, label=\"\", width=1.25, height=0.8333];\n";
    QHash<QString, int> index;
    for (const Node& node : graph.nodes) {
        index.insert(node.id, int(index.size()));
        dot += 'n' + QByteArray::number(index.size() - 1) + ";\n";
    }
    for (const Edge& edge : graph.edges)
        dot += 'n' + QByteArray::number(index.value(edge.source)) + " -> n" + QByteArray::number(index.value(edge.dest))
            + ";\n";
    return dot + "}\n";
}

double cliSeconds(const QByteArray& dot, const QString& engine)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("graph.dot"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(dot) != dot.size())
        return -1;
    out.close();
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(engine, { QStringLiteral("-Tplain"), file });
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

// The physical reference for parse_ms: `curl -o /dev/null` fetching the same body from a loopback server, in ms
// (curl's time_total; -1 when curl is missing or fails).
double curlTransferMs(const QByteArray& body)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
        || ::listen(listener, 1) != 0 || ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (listener >= 0)
            ::close(listener);
        return -1;
    }
    std::thread server([listener, &body] {
        const int client = ::accept(listener, nullptr, nullptr);
        if (client < 0)
            return;
        char request[8192];
        (void)::recv(client, request, sizeof request, 0);
        const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        for (qsizetype sent = 0; sent < response.size();) {
            const ssize_t n = ::send(client, response.constData() + sent, size_t(response.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            sent += n;
        }
        ::close(client);
    });
    QProcess curl;
    curl.start(QStringLiteral("curl"),
        { QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
            QStringLiteral("%{time_total}"),
            QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(ntohs(address.sin_port)) });
    const bool ok = curl.waitForFinished(60000) && curl.exitStatus() == QProcess::NormalExit && curl.exitCode() == 0;
    ::shutdown(listener, SHUT_RDWR); // wakes the accept() if curl never connected
    server.join();
    ::close(listener);
    return ok ? curl.readAllStandardOutput().trimmed().toDouble() * 1000 : -1;
}

double peakRssMbFromRusage()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

int run(const QStringList& arguments)
{
    SyntheticOptions synthetic;
    synthetic.nodes = intOption(arguments, QStringLiteral("--nodes"), 5000);
    synthetic.edges = intOption(arguments, QStringLiteral("--edges"), 20000);
    const int runs = std::max(1, intOption(arguments, QStringLiteral("--runs"), 3));
    QTextStream err(stderr);

    auto graph = std::make_shared<const Graph>(syntheticGraph(synthetic, 0));

    // Parse + build, as a refresh does it off the GUI thread.
    GraphOptions options;
    options.type = GraphType::VersionedApp;
    options.namespaces = namespacesOf(*graph);
    const QByteArray body = syntheticPromResponse(synthetic);
    QList<double> parseBuild, parse, parseBuildCpu, parseCpu;
    Graph built;
    for (int i = 0; i < runs; ++i) {
        double parseMs = 0, parseCpuMs = 0, cpuMs = 0;
        built = Graph {}; // the previous run's graph is freed outside the timing, as the app frees it elsewhere
        parseBuild << parseBuildOnce(options, body, &built, &parseMs, &parseCpuMs, &cpuMs);
        parse << parseMs;
        parseCpu << parseCpuMs;
        parseBuildCpu << cpuMs;
    }

    const double rssAfterParseBuild = peakRssMbFromRusage();
    if (arguments.contains(QStringLiteral("--parse-build-only"))) {
        // For profiling and comparing builds on a busy machine: the fastest run is the least disturbed one.
        printValue(QStringLiteral("parse_build_ms"), median(parseBuild), 1);
        printValue(QStringLiteral("parse_build_min_ms"), *std::min_element(parseBuild.cbegin(), parseBuild.cend()), 1);
        printValue(QStringLiteral("parse_min_ms"), *std::min_element(parse.cbegin(), parse.cend()), 1);
        printValue(QStringLiteral("parse_build_cpu_ms"), median(parseBuildCpu), 1);
        printValue(QStringLiteral("parse_build_cpu_min_ms"),
            *std::min_element(parseBuildCpu.cbegin(), parseBuildCpu.cend()), 1);
        return 0;
    }

    // The two readers of a Prometheus response on the same body: the hand-written one and simdjson's DOM.
    QList<double> parseHand, parseSimdjson;
    qsizetype handSamples = 0, simdjsonSamples = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto hand = meshscope::detail::parseSuccessFast(body);
        parseHand << msSince(timer);
        handSamples = hand ? hand->vector.size() : -1;
        timer.restart();
        const auto simd = meshscope::detail::parseSuccessSimdjson(body);
        parseSimdjson << msSince(timer);
        simdjsonSamples = simd ? simd->vector.size() : -1;
    }
    QList<double> transfers;
    for (int i = 0; i < runs; ++i)
        transfers << curlTransferMs(body);
    const qsizetype builtNodes = built.nodes.size(), builtEdges = built.edges.size();
    built = Graph {}; // the app keeps the built graph, not a second copy next to the synthetic one

    // Layout on the worker thread, with the UI stall meter.
    // Several runs: on a shared 2-core machine one run's stall can be the scheduler's, not ours.
    QList<double> stalls, layoutSeconds, layoutWalls;
    Layout layout;
    for (int i = 0; i < runs; ++i) {
        double maxStall = 0;
        QElapsedTimer wall;
        wall.start();
        layout = layoutWithStallMeter(graph, &maxStall);
        layoutWalls << double(wall.nsecsElapsed()) / 1e9;
        if (!layout.error.isEmpty()) {
            err << "graph: layout failed: " << layout.error << '\n';
            return 1;
        }
        stalls << maxStall;
        layoutSeconds << layout.seconds;
    }

    // The scene, then signals-only refreshes (new numbers, same ids) and offscreen frames at fit.
    GraphScene scene;
    scene.setColors(GraphColors::fromPalette(QGuiApplication::palette()));
    scene.setGraph(graph, toScenePositions(layout));
    QList<double> refresh, refreshCpu, topology;
    for (int i = 1; i <= runs + 2; ++i) {
        auto next = std::make_shared<const Graph>(syntheticGraph(synthetic, i)); // built off the GUI thread
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const bool sameIds = sameTopology(*scene.graph(), *next);
        topology << msSince(timer);
        const bool same = sameIds && scene.updateGraph(next);
        refresh << msSince(timer);
        refreshCpu << threadCpuMs() - cpuStart;
        if (!same) {
            err << "graph: the refresh changed the topology\n";
            return 1;
        }
    }
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    QList<double> sceneRenders;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(image.rect()), scene.graphBounds(), Qt::KeepAspectRatio);
        painter.end();
        sceneRenders << msSince(timer);
    }
    GraphView view(&scene);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(image.size());
    view.show();
    view.zoomToFit();
    QList<double> frames, framesCpu;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        view.viewport()->render(&image);
        frames << msSince(timer);
        framesCpu << threadCpuMs() - cpuStart;
    }

    const QString png = stringOption(arguments, QStringLiteral("--png"));
    if (!png.isEmpty() && !image.save(png))
        err << "graph: could not write " << png << '\n';

    const QString sfdp = QStringLiteral("sfdp");
    const double sfdpCli = cliSeconds(toDot(*graph, sfdp), sfdp);
    const double engineCli = layout.engine == sfdp ? sfdpCli : cliSeconds(toDot(*graph, layout.engine), layout.engine);

    printValue(QStringLiteral("nodes"), double(graph->nodes.size()), 0);
    printValue(QStringLiteral("edges"), double(graph->edges.size()), 0);
    printValue(QStringLiteral("built_nodes"), double(builtNodes), 0);
    printValue(QStringLiteral("built_edges"), double(builtEdges), 0);
    printValue(QStringLiteral("prometheus_json_mb"), double(body.size()) / 1e6, 1);
    printValue(QStringLiteral("runs"), double(runs), 0);
    printValue(QStringLiteral("parse_ms"), median(parse), 1);
    printValue(QStringLiteral("parse_build_ms"), median(parseBuild), 1);
    printValue(QStringLiteral("parse_cpu_ms"), median(parseCpu), 1);
    printValue(QStringLiteral("parse_build_cpu_ms"), median(parseBuildCpu), 1);
    printValue(QStringLiteral("transfer_curl_ms"), median(transfers), 1);
    printValue(QStringLiteral("parse_handwritten_ms"), median(parseHand), 1);
    printValue(QStringLiteral("parse_simdjson_ms"), median(parseSimdjson), 1);
    printValue(QStringLiteral("simdjson_kernel"), meshscope::detail::simdjsonKernel());
    printValue(QStringLiteral("samples_handwritten"), double(handSamples), 0);
    printValue(QStringLiteral("samples_simdjson"), double(simdjsonSamples), 0);
    printValue(QStringLiteral("engine"), layout.engine);
    printValue(QStringLiteral("layout_s"), median(layoutSeconds));
    printValue(QStringLiteral("layout_wall_s"), median(layoutWalls));
    printValue(QStringLiteral("max_ui_stall_ms"), *std::max_element(stalls.cbegin(), stalls.cend()), 1); // worst run
    printValue(QStringLiteral("max_ui_stall_median_ms"), median(stalls), 1);
    printValue(QStringLiteral("refresh_ms"), median(refresh), 1);
    printValue(QStringLiteral("refresh_same_topology_ms"), median(topology), 2); // the model side of refresh_ms
    printValue(QStringLiteral("refresh_cpu_ms"), median(refreshCpu), 1);
    printValue(QStringLiteral("frame_ms"), median(frames), 1);
    printValue(QStringLiteral("frame_cpu_ms"), median(framesCpu), 1);
    printValue(QStringLiteral("scene_render_ms"), median(sceneRenders), 1);
    printValue(QStringLiteral("peak_rss_after_parse_build_mb"), rssAfterParseBuild, 1);
    printValue(QStringLiteral("peak_rss_mb"), peakRssMbFromRusage(), 1);
    printValue(QStringLiteral("sfdp_cli_s"), sfdpCli);
    if (layout.engine != sfdp)
        printValue(layout.engine + QStringLiteral("_cli_s"), engineCli);
    return 0;
}

const BenchRegistration registration({ QStringLiteral("graph"),
    QStringLiteral("--nodes N --edges M [--runs R] [--png FRAME.png] [--parse-build-only]"), run });

} // namespace
} // namespace meshscope::bench
