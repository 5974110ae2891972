#include "healthcommand.h"

#include "healthoutput.h"
#include "models/connectionstatus.h"
#include "models/graph/graphoptions.h"
#include "models/istio/istioclient.h"
#include "models/kube/clustersession.h"
#include "models/kubeconfigcontexts.h"
#include "models/net/httpclient.h"
#include "models/prometheus/promclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

namespace meshscope {

namespace {

struct HealthCommandText
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommand)
};

struct Parsed
{
    QUrl prometheus;
    QString kubeconfig, context, output;
    health::HealthQuery query;
    int timeoutSeconds = 60;
};

QString parse(const QStringList& arguments, Parsed* out, bool* help, QString* helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HealthCommandText::tr(
        "Print the health of every app, workload and service, judged by Kiali's rules: pods and replicas, and the "
        "share of failed requests against the rate tolerances. Exit code 3 when anything is in Failure."));
    parser.addHelpOption();
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"), HealthCommandText::tr("Path to the kubeconfig file."), QStringLiteral("path"));
    const QCommandLineOption context(
        QStringLiteral("context"), HealthCommandText::tr("Kubeconfig context."), QStringLiteral("name"));
    const QCommandLineOption prometheus(
        QStringLiteral("prometheus"), HealthCommandText::tr("Prometheus base URL."), QStringLiteral("url"));
    const QCommandLineOption namespaces(QStringLiteral("namespaces"),
        HealthCommandText::tr("Comma-separated namespaces (default: all)."), QStringLiteral("a,b"));
    const QCommandLineOption duration(QStringLiteral("duration"),
        HealthCommandText::tr("Rate window of the request health, e.g. 1m, 5m (default), 1h."),
        QStringLiteral("duration"), QStringLiteral("5m"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        HealthCommandText::tr("table or json."), QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption tolerances(QStringLiteral("health-tolerances"),
        HealthCommandText::tr(
            "Rate tolerances as the health.kiali.io/rate annotation, e.g. \"5XX,5,10,http;4XX,10,20,http\" "
            "(default: Kiali's)."),
        QStringLiteral("list"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        HealthCommandText::tr("Give up after this many seconds."), QStringLiteral("seconds"), QStringLiteral("60"));
    parser.addOptions({ kubeconfig, context, prometheus, namespaces, duration, output, tolerances, timeout });
    if (!parser.parse(QStringList { QStringLiteral("meshscope health") } + arguments))
        return parser.errorText();
    *helpText = parser.helpText();
    if (parser.isSet(QStringLiteral("help"))) {
        *help = true;
        return {};
    }
    if (!parser.positionalArguments().isEmpty())
        return HealthCommandText::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first());
    out->prometheus = QUrl(parser.value(prometheus));
    if (!out->prometheus.isValid() || out->prometheus.scheme().isEmpty() || out->prometheus.host().isEmpty())
        return HealthCommandText::tr("--prometheus needs a URL such as http://127.0.0.1:9090");
    out->kubeconfig = parser.value(kubeconfig);
    out->context = parser.value(context);
    out->query.namespaces = parser.value(namespaces).split(QLatin1Char(','), Qt::SkipEmptyParts);
    out->query.rateSeconds = graph::parseDuration(parser.value(duration));
    if (out->query.rateSeconds <= 0)
        return HealthCommandText::tr("--duration must look like 30s, 5m, 1h or 1d");
    out->output = parser.value(output).toLower();
    if (out->output != QLatin1String("table") && out->output != QLatin1String("json"))
        return HealthCommandText::tr("-o must be table or json");
    if (parser.isSet(tolerances)) {
        QString error;
        const QList<graph::RateTolerance> parsed = graph::parseTolerances(parser.value(tolerances), &error);
        if (!error.isEmpty() || parsed.isEmpty())
            return HealthCommandText::tr("--health-tolerances: %1")
                .arg(error.isEmpty() ? HealthCommandText::tr("no tolerance given") : error);
        out->query.tolerances = parser.value(tolerances);
    }
    out->timeoutSeconds = parser.value(timeout).toInt();
    if (out->timeoutSeconds <= 0)
        return HealthCommandText::tr("--timeout must be a positive number of seconds");
    return {};
}

} // namespace

int runHealthCommand(const QStringList& arguments)
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
        err << "meshscope health: " << error << '\n';
        return 2;
    }

    HttpClient http;
    ConnectionStatus status;
    ClusterSession cluster(&status);
    PromConfig promConfig;
    promConfig.url = parsed.prometheus;
    PromClient prom(&http, promConfig);
    health::HealthRefresh refresh(&cluster);
    refresh.setPromClient(&prom);
    std::unique_ptr<IstioClient> istio;

    int exitCode = 1;
    const auto fail = [&err](const QString& message) {
        err << "meshscope health: " << message << '\n';
        err.flush();
        QCoreApplication::exit(1);
    };
    QObject::connect(
        &refresh, &health::HealthRefresh::snapshotReady, &refresh, [&](const health::HealthSnapshotPtr& snapshot) {
            if (!snapshot->prometheusError.isEmpty())
                return fail(HealthCommandText::tr("Prometheus: %1").arg(snapshot->prometheusError));
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
                return fail(HealthCommandText::tr("cannot write to standard output"));
            stdoutFile.write(parsed.output == QLatin1String("json") ? healthJson(*snapshot) : healthTable(*snapshot));
            stdoutFile.flush();
            for (const QString& warning : snapshot->warnings)
                err << "meshscope health: warning: " << warning << '\n';
            if (!snapshot->proxySyncError.isEmpty())
                err << "meshscope health: warning: "
                    << HealthCommandText::tr("proxy sync status unknown: %1").arg(snapshot->proxySyncError) << '\n';
            err.flush();
            exitCode = snapshot->report.anyFailure() ? 3 : 0;
            QCoreApplication::exit(0);
        });
    QObject::connect(&cluster, &ClusterSession::failed, &refresh, fail);
    QObject::connect(&cluster, &ClusterSession::ready, &refresh, [&] {
        istio = std::make_unique<IstioClient>(cluster.api());
        refresh.setIstioClient(istio.get());
        refresh.setQuery(parsed.query); // waits for the caches' first lists, then queries
    });

    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &refresh,
        [&] { fail(HealthCommandText::tr("no answer after %1 s").arg(parsed.timeoutSeconds)); });
    deadline.start(parsed.timeoutSeconds * 1000);

    cluster.open(KubeconfigContexts::defaultFiles(parsed.kubeconfig), parsed.context, !parsed.kubeconfig.isEmpty());
    const int loopResult = QCoreApplication::exec();
    return loopResult != 0 ? loopResult : exitCode;
}

} // namespace meshscope
