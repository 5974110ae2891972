// proxy-config --services N [--runs R] [--keep FILE]: a sidecar's Envoy config dump in a large mesh (deterministic
// synthetic: N services in 50 namespaces, 4 endpoints each, a quarter with v1/v2 subsets, an HTTP route per service
// on port 8080, a fifth also on 9090 and weighted by a VirtualService, a tenth with a TCP listener):
//   dump_mb            the JSON's size
//   json_parse_ms      simdjson into the order-keeping tree (median of R runs, on a worker thread)
//   parse_tables_ms    the whole snapshot the Proxies page shows: parse, the eight tables' rows, the raw tree's
//                      index (median of R runs, on a worker thread)
//   apply_ms           merging those rows into the page's eight table models, each behind a filter sorted by its
//                      first column as if the user had clicked every header, and painting the shown tab (endpoints,
//                      the largest): the UI thread's share, worst run; apply_cpu_ms its CPU time
//   parse_tables_cpu_ms the worker thread's CPU time for parse_tables (a busy machine does not inflate it)
//   max_ui_stall_ms    the largest gap between the ticks of a 5 ms QTimer on the UI thread over all of it
//   rows               clusters, listeners, routes and endpoints in the tables
//   peak_rss_mb        getrusage ru_maxrss
//   python_json_tool_s `python3 -m json.tool` on the same file, as a reference
#include "benchcase.h"
#include "models/core/background.h"
#include "models/core/backgroundrelease.h"
#include "models/proxy/proxyrowfilter.h"
#include "models/proxy/proxysnapshot.h"
#include "models/proxy/proxytablemodel.h"
#include "models/proxy/proxytables.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <ctime>
#include <sys/resource.h>

namespace meshscope::bench {
namespace {

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread: what the work cost, which a machine busy with other processes does not inflate.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double peakRssMbFromRusage()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

QByteArray number(int value)
{
    return QByteArray::number(value);
}

QByteArray ipOf(int service, int pod)
{
    const int n = service * 4 + pod;
    return "10." + number(1 + n / 65536) + '.' + number((n / 256) % 256) + '.' + number(n % 256);
}

// One cluster as Envoy dumps it (outbound, EDS, with Istio's metadata).
void appendCluster(QByteArray* out, const QByteArray& name, const QByteArray& fqdn, const QByteArray& ns,
    const QByteArray& service, const QByteArray& subset, bool destinationRule)
{
    *out
        += R"({"version_info":"2026-01-01T00:00:00Z/42","cluster":{"@type":"type.googleapis.com/envoy.config.cluster.v3.Cluster","name":")"
        + name
        + R"(","type":"EDS","eds_cluster_config":{"eds_config":{"ads":{},"initial_fetch_timeout":"0s","resource_api_version":"V3"},"service_name":")"
        + name
        + R"("},"connect_timeout":"10s","lb_policy":"LEAST_REQUEST","circuit_breakers":{"thresholds":[{"max_connections":4294967295,"max_pending_requests":4294967295,"max_requests":4294967295,"max_retries":4294967295,"track_remaining":true}]},"common_lb_config":{"locality_weighted_lb_config":{}},"metadata":{"filter_metadata":{"istio":{"services":[{"host":")"
        + fqdn + R"(","name":")" + service + R"(","namespace":")" + ns + R"("}])";
    if (destinationRule)
        *out += R"(,"config":"/apis/networking.istio.io/v1/namespaces/)" + ns + "/destination-rule/" + service + '"';
    if (!subset.isEmpty())
        *out += R"(,"subset":")" + subset + '"';
    *out
        += R"(}}},"transport_socket_matches":[{"name":"tlsMode-istio","match":{"tlsMode":"istio"},"transport_socket":{"name":"envoy.transport_sockets.tls","typed_config":{"@type":"type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext","common_tls_context":{"alpn_protocols":["istio-peer-exchange","istio"],"tls_certificate_sds_secret_configs":[{"name":"default","sds_config":{"api_config_source":{"api_type":"GRPC","transport_api_version":"V3","grpc_services":[{"envoy_grpc":{"cluster_name":"sds-grpc"}}]},"resource_api_version":"V3"}}]},"sni":"outbound_.8080_._.)"
        + fqdn
        + R"("}}},{"name":"tlsMode-disabled","match":{},"transport_socket":{"name":"envoy.transport_sockets.raw_buffer"}}]},"last_updated":"2026-01-01T00:00:01.000Z"})";
}

void appendAssignment(QByteArray* out, const QByteArray& name, int service, int pods, int firstPod)
{
    *out
        += R"({"version_info":"2026-01-01T00:00:00Z/42","endpoint_config":{"@type":"type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment","cluster_name":")"
        + name + R"(","endpoints":[{"locality":{"region":"eu-west1","zone":"eu-west1-b"},"lb_endpoints":[)";
    for (int pod = firstPod; pod < firstPod + pods; ++pod) {
        if (pod > firstPod)
            *out += ',';
        *out += R"({"endpoint":{"address":{"socket_address":{"address":")" + ipOf(service, pod)
            + R"(","port_value":8080}},"health_check_config":{}},"health_status":"HEALTHY","metadata":{"filter_metadata":{"istio":{"workload":"svc;ns;svc;v1;Kubernetes"}}},"load_balancing_weight":1})";
    }
    *out += R"(],"load_balancing_weight":)" + number(pods)
        + R"(}],"policy":{"overprovisioning_factor":140}},"last_updated":"2026-01-01T00:00:01.000Z"})";
}

QByteArray syntheticDump(int services)
{
    QByteArray out;
    out.reserve(services * 4200);
    out += R"({"configs":[{"@type":"type.googleapis.com/envoy.admin.v3.BootstrapConfigDump","bootstrap":{"node":{"id":"sidecar~10.0.0.1~client-0.ns-00~ns-00.svc.cluster.local","cluster":"client.ns-00","metadata":{"ISTIO_VERSION":"1.28.0","ISTIO_PROXY_SHA":"istio-proxy:abc","CLUSTER_ID":"Kubernetes","NAMESPACE":"ns-00"},"user_agent_build_version":{"version":{"major_number":1,"minor_number":36,"patch":0},"metadata":{"revision.status":"Clean","build.type":"RELEASE","ssl.version":"BoringSSL"}}}},"last_updated":"2026-01-01T00:00:00.000Z"},)";

    // Clusters
    out += R"({"@type":"type.googleapis.com/envoy.admin.v3.ClustersConfigDump","version_info":"2026-01-01T00:00:00Z/42","static_clusters":[{"cluster":{"@type":"type.googleapis.com/envoy.config.cluster.v3.Cluster","name":"prometheus_stats","type":"STATIC","connect_timeout":"0.250s","load_assignment":{"cluster_name":"prometheus_stats","endpoints":[{"lb_endpoints":[{"endpoint":{"address":{"socket_address":{"address":"127.0.0.1","port_value":15000}}}}]}]}},"last_updated":"2026-01-01T00:00:00.000Z"}],"dynamic_active_clusters":[)";
    QList<std::pair<QByteArray, std::pair<int, int>>> assignments; // name → service, subset (0 all, 1 v1, 2 v2)
    bool first = true;
    for (int i = 0; i < services; ++i) {
        const QByteArray service = "svc-" + QByteArray::number(i).rightJustified(4, '0');
        const QByteArray ns = "ns-" + QByteArray::number(i % 50).rightJustified(2, '0');
        const QByteArray fqdn = service + '.' + ns + ".svc.cluster.local";
        const bool subsets = i % 4 == 0;
        QList<std::pair<QByteArray, QByteArray>> clusters { { "outbound|8080||" + fqdn, {} } };
        if (subsets)
            clusters << std::pair { "outbound|8080|v1|" + fqdn, QByteArray("v1") }
                     << std::pair { "outbound|8080|v2|" + fqdn, QByteArray("v2") };
        if (i % 5 == 0)
            clusters << std::pair { "outbound|9090||" + fqdn, QByteArray() };
        int subsetIndex = 0;
        for (const auto& [name, subset] : clusters) {
            if (!first)
                out += ',';
            first = false;
            appendCluster(&out, name, fqdn, ns, service, subset, subsets);
            assignments.append({ name, { i, subset.isEmpty() ? 0 : ++subsetIndex } });
        }
    }
    out += "]},";

    // Endpoints
    out += R"({"@type":"type.googleapis.com/envoy.admin.v3.EndpointsConfigDump","dynamic_endpoint_configs":[)";
    for (qsizetype k = 0; k < assignments.size(); ++k) {
        if (k > 0)
            out += ',';
        const auto& [name, where] = assignments.at(k);
        appendAssignment(&out, name, where.first, where.second == 0 ? 4 : 2, where.second == 2 ? 2 : 0);
    }
    out += "]},";

    // Listeners: the virtual ones, the HTTP ports (RDS) and a TCP listener for every tenth service.
    out += R"({"@type":"type.googleapis.com/envoy.admin.v3.ListenersConfigDump","version_info":"2026-01-01T00:00:00Z/42","dynamic_listeners":[)";
    const auto listener = [&out](
                              const QByteArray& name, const QByteArray& address, int port, const QByteArray& filter) {
        out += R"({"name":")" + name
            + R"(","active_state":{"version_info":"2026-01-01T00:00:00Z/42","listener":{"@type":"type.googleapis.com/envoy.config.listener.v3.Listener","name":")"
            + name + R"(","address":{"socket_address":{"address":")" + address + R"(","port_value":)" + number(port)
            + R"(}},"filter_chains":[{"filters":[)" + filter
            + R"(]}],"traffic_direction":"OUTBOUND","bind_to_port":false},"last_updated":"2026-01-01T00:00:01.000Z"}})";
    };
    const auto tcpProxy = [](const QByteArray& cluster) -> QByteArray {
        return R"({"name":"envoy.filters.network.tcp_proxy","typed_config":{"@type":"type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy","stat_prefix":")"
            + cluster + R"(","cluster":")" + cluster + R"("}})";
    };
    const auto http = [](int port) -> QByteArray {
        return R"({"name":"envoy.filters.network.http_connection_manager","typed_config":{"@type":"type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager","stat_prefix":"outbound_0.0.0.0_)"
            + number(port) + R"(","rds":{"config_source":{"ads":{},"resource_api_version":"V3"},"route_config_name":")"
            + number(port)
            + R"("},"http_filters":[{"name":"envoy.filters.http.router","typed_config":{"@type":"type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"}}]}})";
    };
    listener("virtualOutbound", "0.0.0.0", 15001, tcpProxy("PassthroughCluster"));
    out += ',';
    listener("0.0.0.0_8080", "0.0.0.0", 8080, http(8080));
    out += ',';
    listener("0.0.0.0_9090", "0.0.0.0", 9090, http(9090));
    for (int i = 0; i < services; i += 10) {
        const QByteArray fqdn = "svc-" + QByteArray::number(i).rightJustified(4, '0') + ".ns-"
            + QByteArray::number(i % 50).rightJustified(2, '0') + ".svc.cluster.local";
        out += ',';
        listener("10.96." + number(i / 256) + '.' + number(i % 256) + "_5432",
            "10.96." + number(i / 256) + '.' + number(i % 256), 5432, tcpProxy("outbound|5432||" + fqdn));
    }
    out += "]},";

    // Routes: one virtual host per service on 8080 (weighted across v1/v2 where a VirtualService says so), and 9090.
    out += R"({"@type":"type.googleapis.com/envoy.admin.v3.ScopedRoutesConfigDump"},)";
    out += R"({"@type":"type.googleapis.com/envoy.admin.v3.RoutesConfigDump","dynamic_route_configs":[)";
    for (const int port : { 8080, 9090 }) {
        if (port == 9090)
            out += ',';
        out += R"({"version_info":"2026-01-01T00:00:00Z/42","route_config":{"@type":"type.googleapis.com/envoy.config.route.v3.RouteConfiguration","name":")"
            + number(port) + R"(","virtual_hosts":[)";
        bool firstHost = true;
        for (int i = 0; i < services; ++i) {
            if (port == 9090 && i % 5 != 0)
                continue;
            const QByteArray service = "svc-" + QByteArray::number(i).rightJustified(4, '0');
            const QByteArray ns = "ns-" + QByteArray::number(i % 50).rightJustified(2, '0');
            const QByteArray fqdn = service + '.' + ns + ".svc.cluster.local";
            if (!firstHost)
                out += ',';
            firstHost = false;
            QByteArray action = R"({"cluster":"outbound|)" + number(port) + "||" + fqdn + R"(","timeout":"0s"})";
            QByteArray metadata;
            if (port == 8080 && i % 4 == 0) {
                action = R"({"weighted_clusters":{"clusters":[{"name":"outbound|8080|v1|)" + fqdn
                    + R"(","weight":90},{"name":"outbound|8080|v2|)" + fqdn + R"(","weight":10}]},"timeout":"0s"})";
                metadata
                    = R"(,"metadata":{"filter_metadata":{"istio":{"config":"/apis/networking.istio.io/v1/namespaces/)"
                    + ns + "/virtual-service/" + service + R"("}}})";
            }
            out += R"({"name":")" + fqdn + ':' + number(port) + R"(","domains":[")" + fqdn + R"(",")" + fqdn + ':'
                + number(port) + R"(",")" + service + R"(",")" + service + '.' + ns
                + R"("],"routes":[{"name":"default","match":{"prefix":"/"},"route":)" + action + metadata
                + R"(,"decorator":{"operation":")" + fqdn + ':' + number(port)
                + R"(/*"}}],"include_request_attempt_count":true})";
        }
        out += R"(],"validate_clusters":false},"last_updated":"2026-01-01T00:00:01.000Z"})";
    }
    out += "]},";
    out += R"({"@type":"type.googleapis.com/envoy.admin.v3.SecretsConfigDump","dynamic_active_secrets":[{"name":"default","secret":{"@type":"type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret","name":"default"}}]}]})";
    return out;
}

// Runs work on the thread pool and returns its result, keeping the UI thread's event loop (and the stall meter)
// going meanwhile.
template <typename Work> auto onWorker(Work work)
{
    using Result = std::invoke_result_t<Work>;
    QObject context;
    std::optional<Result> result;
    QEventLoop loop;
    runInBackground(&context, std::move(work), [&](Result value) {
        result = std::move(value);
        loop.quit();
    });
    loop.exec();
    return std::move(*result);
}

int run(const QStringList& arguments)
{
    QTextStream err(stderr);
    const int services = intOption(arguments, QStringLiteral("--services"), 5000);
    const int runs = std::max(1, intOption(arguments, QStringLiteral("--runs"), 5));
    QTemporaryDir dir;
    const QString keep = stringOption(arguments, QStringLiteral("--keep"));
    const QString file = keep.isEmpty() ? dir.filePath(QStringLiteral("config_dump.json")) : keep;
    QByteArray dump = syntheticDump(services);
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(dump) != dump.size()) {
            err << "proxy-config: cannot write " << file << '\n';
            return 1;
        }
    }
    const double dumpMb = double(dump.size()) / 1e6;

    // The UI thread's stall meter: a 5 ms timer and the largest gap between its ticks.
    QElapsedTimer sinceTick;
    double maxStall = 0;
    QTimer meter;
    meter.setInterval(5);
    QObject::connect(&meter, &QTimer::timeout, &meter, [&] {
        maxStall = std::max(maxStall, msSince(sinceTick));
        sinceTick.restart();
    });

    QList<double> jsonParse, tables, tablesCpu, apply, applyCpu;
    ProxyTableModel clusters(proxytables::clusterHeaders()), listeners(proxytables::listenerHeaders()),
        routes(proxytables::routeHeaders()), endpoints(proxytables::endpointHeaders()),
        secrets(proxytables::secretHeaders()), ecds(proxytables::ecdsHeaders()), stats(proxytables::statsHeaders()),
        loggers(proxytables::loggerHeaders());
    QList<ProxyTableModel*> models { &clusters, &listeners, &routes, &endpoints, &secrets, &ecds, &stats, &loggers };
    QList<QTableView*> views;
    QList<ProxyRowFilter*> filters;
    for (ProxyTableModel* model : models) {
        auto* filter = new ProxyRowFilter;
        filter->setSourceModel(model);
        auto* view = new QTableView;
        view->setModel(filter);
        view->setSortingEnabled(true);
        view->sortByColumn(0, Qt::AscendingOrder);
        view->resize(1400, 700);
        view->setAttribute(Qt::WA_DontShowOnScreen);
        if (model == &endpoints)
            view->show(); // the page shows one tab at a time: here the largest
        filters << filter;
        views << view;
    }
    std::shared_ptr<const ProxySnapshot> snapshot;
    sinceTick.start();
    meter.start();
    for (int i = 0; i < runs; ++i) {
        jsonParse << onWorker([dump] {
            QElapsedTimer timer;
            timer.start();
            const JsonParseResult parsed = parseJsonTree(dump);
            return parsed.error.isEmpty() ? msSince(timer) : -1.0;
        });
        ProxyFetch fetch;
        fetch.configDump = dump;
        const auto [ms, cpu, built] = onWorker([fetch] {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            auto result = std::make_shared<const ProxySnapshot>(buildProxySnapshot(
                { QStringLiteral("client-0"), QStringLiteral("ns-00"), {} }, fetch, QDateTime::currentDateTimeUtc()));
            return std::tuple { msSince(timer), threadCpuMs() - cpuStart, result };
        });
        tables << ms;
        tablesCpu << cpu;
        // The UI thread's share, as the page does it: the previous snapshot goes to a worker to be freed, the rows
        // merge.
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        releaseInBackground(std::exchange(snapshot, built));
        for (ProxyTableModel* model : models)
            model->clear(); // a new proxy each run: the full insert, not a no-change merge
        clusters.setRows(snapshot->clusters);
        listeners.setRows(snapshot->listeners);
        routes.setRows(snapshot->routes);
        endpoints.setRows(snapshot->endpoints);
        secrets.setRows(snapshot->secrets);
        ecds.setRows(snapshot->ecds);
        stats.setRows(snapshot->statsRows);
        loggers.setRows(snapshot->loggerRows);
        views.at(models.indexOf(&endpoints))->viewport()->repaint();
        apply << msSince(timer);
        applyCpu << threadCpuMs() - cpuStart;
        QCoreApplication::processEvents();
    }
    meter.stop();
    if (jsonParse.contains(-1.0) || !snapshot || !snapshot->ok()) {
        err << "proxy-config: the synthetic dump did not parse\n";
        return 1;
    }

    QElapsedTimer python;
    python.start();
    QProcess tool;
    tool.setStandardOutputFile(QProcess::nullDevice());
    tool.start(QStringLiteral("python3"), { QStringLiteral("-m"), QStringLiteral("json.tool"), file });
    const bool toolOk = tool.waitForFinished(120000) && tool.exitCode() == 0;
    const double pythonSeconds = double(python.nsecsElapsed()) / 1e9;

    printValue(QStringLiteral("services"), services, 0);
    printValue(QStringLiteral("dump_mb"), dumpMb, 1);
    printValue(QStringLiteral("runs"), runs, 0);
    printValue(QStringLiteral("json_parse_ms"), median(jsonParse), 1);
    printValue(QStringLiteral("parse_tables_ms"), median(tables), 1);
    printValue(QStringLiteral("parse_tables_max_ms"), *std::max_element(tables.cbegin(), tables.cend()), 1);
    printValue(QStringLiteral("parse_tables_cpu_ms"), median(tablesCpu), 1);
    printValue(QStringLiteral("apply_ms"), *std::max_element(apply.cbegin(), apply.cend()), 1);
    printValue(QStringLiteral("apply_cpu_ms"), *std::max_element(applyCpu.cbegin(), applyCpu.cend()), 1);
    printValue(QStringLiteral("max_ui_stall_ms"), maxStall, 1);
    printValue(QStringLiteral("clusters"), clusters.rowCount(), 0);
    printValue(QStringLiteral("listeners"), listeners.rowCount(), 0);
    printValue(QStringLiteral("routes"), routes.rowCount(), 0);
    printValue(QStringLiteral("endpoints"), endpoints.rowCount(), 0);
    printValue(QStringLiteral("peak_rss_mb"), peakRssMbFromRusage(), 1);
    if (toolOk)
        printValue(QStringLiteral("python_json_tool_s"), pythonSeconds);
    else
        printValue(QStringLiteral("python_json_tool_s"), QStringLiteral("unavailable"));
    qDeleteAll(views);
    qDeleteAll(filters);
    return 0;
}

const BenchRegistration registration(
    { QStringLiteral("proxy-config"), QStringLiteral("[--services N] [--runs R] [--keep FILE]"), run });

} // namespace
} // namespace meshscope::bench
