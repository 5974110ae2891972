#include "graphcommand.h"

#include "models/connectionstatus.h"
#include "models/graph/graphexport.h"
#include "models/graph/graphinventorysource.h"
#include "models/graph/graphservice.h"
#include "models/kube/clustersession.h"
#include "models/kubeconfigcontexts.h"
#include "models/net/httpclient.h"
#include "models/prometheus/promauth.h"
#include "models/prometheus/promclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace meshscope {

namespace {

// Texts outside QObject classes; lupdate files them under this context (it does not see through a
// plain tr() wrapper, so a wrapper's strings were catalogued under another context and never translated).
struct GraphCommandText
{
    Q_DECLARE_TR_FUNCTIONS(GraphCommand)
};

struct Parsed
{
    QUrl prometheus;
    PromAuthSources auth;
    qint64 maxBodyBytes = PromConfig::defaultMaxBodyBytes;
    QString kubeconfig, context, format;
    graph::GraphOptions options;
    int timeoutSeconds = 60;
};

// Returns an error message, or an empty string when the arguments are fine.
QString parse(const QStringList& arguments, Parsed* out, bool* help, QString* helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        GraphCommandText::tr("Print the traffic graph of namespaces, computed like Kiali from Prometheus.") + u'\n'
        + promAuthHelp());
    parser.addHelpOption();
    const QCommandLineOption prometheus(
        QStringLiteral("prometheus"), GraphCommandText::tr("Prometheus base URL."), QStringLiteral("url"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
        GraphCommandText::tr("Kubeconfig: adds idle/dead nodes, badges and service entries from the cluster."),
        QStringLiteral("path"));
    const QCommandLineOption context(
        QStringLiteral("context"), GraphCommandText::tr("Kubeconfig context."), QStringLiteral("name"));
    const QCommandLineOption namespaces(QStringLiteral("namespaces"),
        GraphCommandText::tr("Comma-separated namespaces (required)."), QStringLiteral("a,b"));
    const QCommandLineOption type(QStringLiteral("type"),
        GraphCommandText::tr("app, versionedApp, workload or service."), QStringLiteral("type"),
        QStringLiteral("versionedApp"));
    const QCommandLineOption duration(QStringLiteral("duration"), GraphCommandText::tr("Rate window, e.g. 1m, 5m, 1h."),
        QStringLiteral("duration"), QStringLiteral("10m"));
    const QCommandLineOption time(QStringLiteral("time"),
        GraphCommandText::tr("Evaluate at this unix time (Kiali's queryTime); default now."), QStringLiteral("unix"));
    const QCommandLineOption format(QStringLiteral("format"), GraphCommandText::tr("kiali, dot or svg."),
        QStringLiteral("format"), QStringLiteral("kiali"));
    const QCommandLineOption inject(
        QStringLiteral("inject-service-nodes"), GraphCommandText::tr("Service nodes between workloads."));
    const QCommandLineOption idle(
        QStringLiteral("idle-nodes"), GraphCommandText::tr("Workloads without traffic (needs --kubeconfig)."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        GraphCommandText::tr("Give up after this many seconds."), QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption health(QStringLiteral("health-tolerances"),
        GraphCommandText::tr(
            "Health rate tolerances as Kiali's health.kiali.io/rate annotation, e.g. \"5XX,5,10,http;4XX,10,20,http\" "
            "(code,degraded %,failure %,protocol,direction; default: Kiali's)."),
        QStringLiteral("list"));
    const QCommandLineOption responseTime(QStringLiteral("response-time"),
        GraphCommandText::tr("The edges' responseTime: avg, 50, 95 or 99 (Kiali's responseTime option)."),
        QStringLiteral("stat"), QStringLiteral("95"));
    const QCommandLineOption passwordFile(QStringLiteral("prometheus-password-file"),
        GraphCommandText::tr("Read the Prometheus basic-auth password from this file (mode 600)."),
        QStringLiteral("path"));
    const QCommandLineOption tokenFile(QStringLiteral("prometheus-token-file"),
        GraphCommandText::tr("Read a Prometheus bearer token from this file (mode 600)."), QStringLiteral("path"));
    const QCommandLineOption maxBody(QStringLiteral("prometheus-max-body-mb"),
        GraphCommandText::tr("Stop reading a Prometheus response larger than this (default 512)."),
        QStringLiteral("MB"), QStringLiteral("512"));
    parser.addOptions({ prometheus, kubeconfig, context, namespaces, type, duration, time, format, inject, idle,
        timeout, health, responseTime, passwordFile, tokenFile, maxBody });
    if (!parser.parse(QStringList { QStringLiteral("meshscope graph") } + arguments))
        return parser.errorText();
    *helpText = parser.helpText();
    if (parser.isSet(QStringLiteral("help"))) {
        *help = true;
        return {};
    }
    out->prometheus = QUrl(parser.value(prometheus));
    if (!out->prometheus.isValid() || out->prometheus.scheme().isEmpty() || out->prometheus.host().isEmpty())
        return GraphCommandText::tr("--prometheus needs a URL such as http://127.0.0.1:9090");
    out->auth.passwordFile = parser.value(passwordFile);
    out->auth.tokenFile = parser.value(tokenFile);
    bool maxBodyOk = false;
    out->maxBodyBytes = parser.value(maxBody).toLongLong(&maxBodyOk) * 1024 * 1024;
    if (!maxBodyOk || out->maxBodyBytes <= 0 || out->maxBodyBytes > 64LL * 1024 * 1024 * 1024)
        return GraphCommandText::tr("--prometheus-max-body-mb must be a number of megabytes");
    out->options.namespaces = parser.value(namespaces).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (out->options.namespaces.isEmpty())
        return GraphCommandText::tr("--namespaces is required");
    if (!graph::graphTypeFromString(parser.value(type), &out->options.type))
        return GraphCommandText::tr("--type must be app, versionedApp, workload or service");
    out->options.durationSeconds = graph::parseDuration(parser.value(duration));
    if (out->options.durationSeconds <= 0)
        return GraphCommandText::tr("--duration must look like 30s, 5m, 1h or 1d");
    if (parser.isSet(time)) {
        bool ok = false;
        out->options.queryTime = parser.value(time).toLongLong(&ok);
        if (!ok || out->options.queryTime <= 0)
            return GraphCommandText::tr("--time must be a unix time in seconds");
    }
    out->format = parser.value(format).toLower();
    if (out->format != QLatin1String("kiali") && out->format != QLatin1String("dot")
        && out->format != QLatin1String("svg"))
        return GraphCommandText::tr("--format must be kiali, dot or svg");
    out->options.injectServiceNodes = parser.isSet(inject);
    out->kubeconfig = parser.value(kubeconfig);
    out->context = parser.value(context);
    out->timeoutSeconds = parser.value(timeout).toInt();
    if (out->timeoutSeconds <= 0)
        return GraphCommandText::tr("--timeout must be a positive number of seconds");
    if (parser.isSet(idle) && !parser.isSet(kubeconfig))
        return GraphCommandText::tr("--idle-nodes needs --kubeconfig");
    static const QHash<QString, graph::ResponseTimeStat> stats = {
        { QStringLiteral("avg"), graph::ResponseTimeStat::Avg }, { QStringLiteral("50"), graph::ResponseTimeStat::P50 },
        { QStringLiteral("95"), graph::ResponseTimeStat::P95 }, { QStringLiteral("99"), graph::ResponseTimeStat::P99 }
    };
    if (!stats.contains(parser.value(responseTime)))
        return GraphCommandText::tr("--response-time must be avg, 50, 95 or 99");
    out->options.responseTimeStat = stats.value(parser.value(responseTime));
    if (parser.isSet(health)) {
        QString error;
        out->options.health.tolerances = graph::parseTolerances(parser.value(health), &error);
        if (!error.isEmpty() || out->options.health.tolerances.isEmpty())
            return GraphCommandText::tr("--health-tolerances: %1")
                .arg(error.isEmpty() ? GraphCommandText::tr("no tolerance given") : error);
    }
    out->options.node.reset();
    return {};
}

} // namespace

int runGraphCommand(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Parsed parsed;
    bool help = false;
    QString helpText;
    const QString error = parse(arguments, &parsed, &help, &helpText);
    if (help) {
        out << helpText;
        return 0;
    }
    if (!error.isEmpty()) {
        err << "meshscope graph: " << error << '\n';
        return 2;
    }

    HttpClient http;
    ConnectionStatus status;
    ClusterSession* cluster = nullptr;
    if (!parsed.kubeconfig.isEmpty() || !parsed.context.isEmpty())
        cluster = new ClusterSession(&status, &http);
    PromConfig promConfig;
    promConfig.url = parsed.prometheus;
    promConfig.maxBodyBytes = parsed.maxBodyBytes;
    QString authWarning;
    if (const QString authError = applyPromAuth(&promConfig, parsed.auth, &authWarning); !authError.isEmpty()) {
        err << "meshscope graph: " << authError << '\n';
        return 2;
    }
    if (!authWarning.isEmpty())
        err << "meshscope graph: warning: " << authWarning << '\n';
    PromClient prom(&http, promConfig);
    graph::GraphService service(graph::instantQuery(&prom), [&prom](const QString& key) { prom.cancel(key); });
    graph::GraphInventorySource inventory(cluster);
    const bool includeIdle = arguments.contains(QStringLiteral("--idle-nodes"));

    int exitCode = 1;
    // Ends the command: a definite answer (the graph, or a failure that waiting cannot fix) ends it at once.
    const auto finish = [&](int code, const QString& message = {}) {
        if (!message.isEmpty()) {
            err << "meshscope graph: " << message << '\n';
            err.flush();
        }
        exitCode = code;
        QCoreApplication::exit(code);
    };
    const auto print = [&](const graph::GraphResult& result) {
        if (!result.ok()) {
            finish(1, result.error);
            return;
        }
        const graph::Graph& graph = *result.graph;
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            finish(1);
            return;
        }
        if (parsed.format == QLatin1String("kiali")) {
            stdoutFile.write(QJsonDocument(graph::toKialiJson(graph)).toJson(QJsonDocument::Indented));
        } else if (parsed.format == QLatin1String("dot")) {
            stdoutFile.write(graph::toDot(graph));
        } else {
            QString svgError;
            const QByteArray svg = graph::toSvg(graph, &svgError);
            if (svg.isEmpty()) {
                finish(1, svgError);
                return;
            }
            stdoutFile.write(svg);
        }
        stdoutFile.flush();
        for (const QString& warning : result.warnings)
            err << "meshscope graph: warning: " << warning << '\n';
        err.flush();
        finish(0);
    };
    // With a cluster: the query waits for discovery and for the caches the appenders read (the inventory itself
    // is built on a worker thread, with the graph).
    const auto fetch = [&] {
        graph::GraphOptions options = parsed.options;
        std::optional<graph::InventoryObjects> objects;
        if (cluster) {
            objects = inventory.snapshot();
            options.ambientNamespaces = inventory.ambientNamespaces();
        }
        service.fetch(options, std::move(objects), includeIdle, print);
    };

    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &service,
        [&] { finish(1, GraphCommandText::tr("no graph after %1 s").arg(parsed.timeoutSeconds)); });
    deadline.start(parsed.timeoutSeconds * 1000);

    if (!cluster) {
        QTimer::singleShot(0, &service, fetch);
    } else {
        QObject::connect(
            cluster, &ClusterSession::failed, &service, [&](const QString& message) { finish(1, message); });
        // Refused credentials do not get better by waiting (the informers would retry until the deadline).
        QObject::connect(&inventory, &graph::GraphInventorySource::failed, &service,
            [&](const QString& message) { finish(1, message); });
        QObject::connect(&inventory, &graph::GraphInventorySource::synced, &service, fetch);
        // From the running event loop, so a kubeconfig that fails at once ends the command at once.
        QTimer::singleShot(0, cluster, [cluster, &parsed] {
            cluster->open(
                KubeconfigContexts::defaultFiles(parsed.kubeconfig), parsed.context, !parsed.kubeconfig.isEmpty());
        });
    }
    QCoreApplication::exec();
    delete cluster;
    return exitCode;
}

} // namespace meshscope
