#include "proxyconfigcommand.h"

#include "models/istio/envoyconfigdump.h"
#include "models/istio/istioclient.h"
#include "models/proxy/envoylogging.h"
#include "models/proxy/istioctlwriter.h"
#include "models/proxy/proxytarget.h"
#include "proxycommandsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <QUrlQuery>

namespace meshscope {
namespace {

struct ProxyConfigText
{
    Q_DECLARE_TR_FUNCTIONS(ProxyConfigCommand)
};

using istioctl::Format;

struct Request
{
    QString type; // clusters, listeners, routes, endpoints, eds, secret, bootstrap, ecds, log, all
    QString target; // POD[.NS]
    QString file;
    QString kubeconfig, context, ns;
    Format format = Format::Short;
    istioctl::AllFilters filters;
    QString level;
    bool reset = false;
    int adminPort = IstioClient::envoyAdminPort;
};

const QHash<QString, QString>& typeAliases()
{
    static const QHash<QString, QString> aliases {
        { QStringLiteral("cluster"), QStringLiteral("clusters") },
        { QStringLiteral("clusters"), QStringLiteral("clusters") },
        { QStringLiteral("c"), QStringLiteral("clusters") },
        { QStringLiteral("listener"), QStringLiteral("listeners") },
        { QStringLiteral("listeners"), QStringLiteral("listeners") },
        { QStringLiteral("l"), QStringLiteral("listeners") },
        { QStringLiteral("route"), QStringLiteral("routes") },
        { QStringLiteral("routes"), QStringLiteral("routes") },
        { QStringLiteral("r"), QStringLiteral("routes") },
        { QStringLiteral("endpoint"), QStringLiteral("endpoints") },
        { QStringLiteral("endpoints"), QStringLiteral("endpoints") },
        { QStringLiteral("ep"), QStringLiteral("endpoints") },
        { QStringLiteral("eds"), QStringLiteral("eds") },
        { QStringLiteral("secret"), QStringLiteral("secret") },
        { QStringLiteral("secrets"), QStringLiteral("secret") },
        { QStringLiteral("s"), QStringLiteral("secret") },
        { QStringLiteral("bootstrap"), QStringLiteral("bootstrap") },
        { QStringLiteral("b"), QStringLiteral("bootstrap") },
        { QStringLiteral("ecds"), QStringLiteral("ecds") },
        { QStringLiteral("ec"), QStringLiteral("ecds") },
        { QStringLiteral("log"), QStringLiteral("log") },
        { QStringLiteral("o"), QStringLiteral("log") },
        { QStringLiteral("all"), QStringLiteral("all") },
        { QStringLiteral("a"), QStringLiteral("all") },
    };
    return aliases;
}

// The flags each type takes, as istioctl registers them.
QStringList allowedFlags(const QString& type)
{
    const QStringList common { QStringLiteral("kubeconfig"), QStringLiteral("context"), QStringLiteral("namespace"),
        QStringLiteral("proxy-admin-port"), QStringLiteral("help"), QStringLiteral("output") };
    const QStringList file { QStringLiteral("file") };
    const QStringList clusterFilters { QStringLiteral("fqdn"), QStringLiteral("direction"), QStringLiteral("subset"),
        QStringLiteral("port") };
    const QStringList verbose { QStringLiteral("verbose"), QStringLiteral("no-verbose") };
    if (type == QLatin1String("clusters"))
        return common + file + clusterFilters;
    if (type == QLatin1String("listeners"))
        return common + file + verbose
            + QStringList { QStringLiteral("address"), QStringLiteral("type"), QStringLiteral("port") };
    if (type == QLatin1String("routes"))
        return common + file + verbose + QStringList { QStringLiteral("name") };
    if (type == QLatin1String("endpoints") || type == QLatin1String("eds"))
        return common + file
            + QStringList { QStringLiteral("address"), QStringLiteral("port"), QStringLiteral("cluster"),
                  QStringLiteral("status") };
    if (type == QLatin1String("all"))
        return common + file + verbose + clusterFilters
            + QStringList { QStringLiteral("address"), QStringLiteral("type"), QStringLiteral("name"),
                  QStringLiteral("with-headers"), QStringLiteral("no-with-headers") };
    if (type == QLatin1String("log"))
        return common + QStringList { QStringLiteral("level"), QStringLiteral("reset") };
    return common + file; // secret, bootstrap, ecds
}

// Returns an error for exit code 2, or empty.
QString parse(const QStringList& arguments, Request* out, QString* helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProxyConfigText::tr(
        "Retrieve a proxy's Envoy configuration like istioctl proxy-config.\n"
        "Types: clusters (c), listeners (l), routes (r), endpoints (ep), eds, secret (s), bootstrap (b), ecds (ec), "
        "log (o), all (a)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("type"), ProxyConfigText::tr("What to show."));
    parser.addPositionalArgument(QStringLiteral("pod"),
        ProxyConfigText::tr("POD[.NAMESPACE], pod/NAME or deployment/NAME."), QStringLiteral("[pod]"));
    const QList<QCommandLineOption> options {
        { QStringLiteral("kubeconfig"), ProxyConfigText::tr("Kubeconfig file."), QStringLiteral("path") },
        { QStringLiteral("context"), ProxyConfigText::tr("Kubeconfig context."), QStringLiteral("name") },
        { { QStringLiteral("n"), QStringLiteral("namespace") }, ProxyConfigText::tr("The pod's namespace."),
            QStringLiteral("namespace") },
        { { QStringLiteral("f"), QStringLiteral("file") },
            ProxyConfigText::tr("A saved Envoy config dump (or /clusters?format=json for endpoints); - reads stdin."),
            QStringLiteral("file") },
        { { QStringLiteral("o"), QStringLiteral("output") }, ProxyConfigText::tr("short, json or yaml."),
            QStringLiteral("format") },
        { QStringLiteral("fqdn"), ProxyConfigText::tr("Clusters whose name contains this FQDN."),
            QStringLiteral("fqdn") },
        { QStringLiteral("direction"), ProxyConfigText::tr("Clusters of this direction (inbound, outbound)."),
            QStringLiteral("direction") },
        { QStringLiteral("subset"), ProxyConfigText::tr("Clusters whose name contains this subset."),
            QStringLiteral("subset") },
        { QStringLiteral("port"), ProxyConfigText::tr("Filter by port."), QStringLiteral("port") },
        { QStringLiteral("address"), ProxyConfigText::tr("Filter listeners or endpoints by address."),
            QStringLiteral("address") },
        { QStringLiteral("type"), ProxyConfigText::tr("Listeners of this type (HTTP, TCP, HTTP+TCP)."),
            QStringLiteral("type") },
        { QStringLiteral("name"), ProxyConfigText::tr("The route configuration with this name."),
            QStringLiteral("name") },
        { QStringLiteral("cluster"), ProxyConfigText::tr("Endpoints of this cluster."), QStringLiteral("cluster") },
        { QStringLiteral("status"), ProxyConfigText::tr("Endpoints with this health status."),
            QStringLiteral("status") },
        { QStringLiteral("verbose"), ProxyConfigText::tr("One row per filter chain or route (the default).") },
        { QStringLiteral("no-verbose"), ProxyConfigText::tr("One row per listener or route configuration.") },
        { QStringLiteral("with-headers"), ProxyConfigText::tr("all: a header above each table.") },
        { QStringLiteral("no-with-headers"), ProxyConfigText::tr("all: no headers (the default).") },
        { QStringLiteral("level"),
            ProxyConfigText::tr("log: LEVEL for all loggers, or LOGGER:LEVEL,… (trace, debug, info, warning, error, "
                                "critical, off)."),
            QStringLiteral("levels") },
        { { QStringLiteral("r"), QStringLiteral("reset") }, ProxyConfigText::tr("log: every logger back to warning.") },
        { QStringLiteral("proxy-admin-port"), ProxyConfigText::tr("Envoy's admin port."), QStringLiteral("port"),
            QString::number(IstioClient::envoyAdminPort) },
    };
    parser.addOptions(options);
    const QStringList normalized = normalizeGoBoolFlags(
        arguments, { QStringLiteral("verbose"), QStringLiteral("with-headers"), QStringLiteral("reset") });
    if (!parser.parse(QStringList { QStringLiteral("meshscope proxy-config") } + normalized))
        return parser.errorText();
    *helpText = parser.helpText();
    if (parser.isSet(QStringLiteral("help")))
        return {};
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return ProxyConfigText::tr("missing type (clusters, listeners, routes, endpoints, secret, bootstrap, ecds, "
                                   "log or all)");
    out->type = typeAliases().value(positional.first());
    if (out->type.isEmpty())
        return ProxyConfigText::tr("unknown type \"%1\"").arg(positional.first());
    if (positional.size() > 2)
        return ProxyConfigText::tr("too many arguments: %1").arg(positional.mid(2).join(QLatin1Char(' ')));
    out->target = positional.value(1);
    const QStringList allowed = allowedFlags(out->type);
    for (const QString& name : parser.optionNames()) {
        const QCommandLineOption* option = nullptr;
        for (const QCommandLineOption& candidate : options) {
            if (candidate.names().contains(name))
                option = &candidate;
        }
        const QString longName = option ? option->names().constLast() : name;
        if (!allowed.contains(longName) && longName != QLatin1String("help"))
            return ProxyConfigText::tr("unknown flag for %1: --%2").arg(out->type, longName);
    }
    out->file = parser.value(QStringLiteral("file"));
    if (out->type == QLatin1String("log")) {
        if (out->target.isEmpty())
            return ProxyConfigText::tr("log requires a pod name");
    } else if (out->target.isEmpty() == out->file.isEmpty()) {
        return ProxyConfigText::tr("%1 requires a pod name or --file").arg(out->type);
    }
    out->kubeconfig = parser.value(QStringLiteral("kubeconfig"));
    out->context = parser.value(QStringLiteral("context"));
    out->ns = parser.value(QStringLiteral("namespace"));
    const QString defaultOutput
        = out->type == QLatin1String("bootstrap") ? QStringLiteral("json") : QStringLiteral("short");
    const QString output
        = parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output")) : defaultOutput;
    if (output == QLatin1String("short"))
        out->format = Format::Short;
    else if (output == QLatin1String("json"))
        out->format = Format::Json;
    else if (output == QLatin1String("yaml"))
        out->format = Format::Yaml;
    else
        return ProxyConfigText::tr("output format \"%1\" not supported (short, json or yaml)").arg(output);
    if (out->type == QLatin1String("log") && out->format != Format::Short)
        return ProxyConfigText::tr("--output is not applicable for log");
    int port = 0;
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok)
            return ProxyConfigText::tr("--port must be a number");
    }
    bool adminOk = false;
    out->adminPort = parser.value(QStringLiteral("proxy-admin-port")).toInt(&adminOk);
    if (!adminOk || out->adminPort <= 0 || out->adminPort > 65535)
        return ProxyConfigText::tr("--proxy-admin-port must be a port number");
    const bool verbose = !parser.isSet(QStringLiteral("no-verbose"));
    istioctl::AllFilters& filters = out->filters;
    filters.cluster = { parser.value(QStringLiteral("fqdn")), port, parser.value(QStringLiteral("subset")),
        parser.value(QStringLiteral("direction")) };
    filters.listener = { parser.value(QStringLiteral("address")), port, parser.value(QStringLiteral("type")), verbose };
    filters.route = { parser.value(QStringLiteral("name")), verbose };
    filters.endpoint = { parser.value(QStringLiteral("address")), port, parser.value(QStringLiteral("cluster")),
        parser.value(QStringLiteral("status")) };
    filters.withHeaders = parser.isSet(QStringLiteral("with-headers"));
    out->level = parser.value(QStringLiteral("level"));
    out->reset = parser.isSet(QStringLiteral("reset"));
    if (out->reset && !out->level.isEmpty())
        return ProxyConfigText::tr("--level cannot be combined with --reset");
    return {};
}

// The writer's output for a dump (or a /clusters body for endpoints).
istioctl::Output render(const Request& request, const QByteArray& body)
{
    if (request.type == QLatin1String("endpoints") && body.contains("cluster_statuses")
        && !body.contains("\"configs\"")) {
        const EnvoyHostStatuses statuses = parseEnvoyClustersJson(body);
        if (!statuses.error.isEmpty())
            return { {}, statuses.error };
        return istioctl::hostEndpoints(statuses, request.filters.endpoint, request.format);
    }
    const EnvoyConfigDump dump = parseEnvoyConfigDump(body);
    if (!dump.error.isEmpty())
        return { {}, ProxyConfigText::tr("error unmarshalling config dump response from Envoy: %1").arg(dump.error) };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString& type = request.type;
    if (type == QLatin1String("clusters"))
        return istioctl::clusters(dump, request.filters.cluster, request.format);
    if (type == QLatin1String("listeners"))
        return istioctl::listeners(dump, request.filters.listener, request.format);
    if (type == QLatin1String("routes"))
        return istioctl::routes(dump, request.filters.route, request.format);
    if (type == QLatin1String("endpoints") || type == QLatin1String("eds"))
        return istioctl::endpoints(dump, request.filters.endpoint, request.format);
    if (type == QLatin1String("secret"))
        return istioctl::secrets(dump, request.format, now);
    if (type == QLatin1String("bootstrap"))
        return istioctl::bootstrap(dump, request.format);
    if (type == QLatin1String("ecds"))
        return istioctl::ecds(dump, request.format);
    return istioctl::all(dump, body, request.filters, request.format, now);
}

int finish(const istioctl::Output& output)
{
    writeStdout(output.text);
    if (output.ok())
        return 0;
    QTextStream(stderr) << "meshscope proxy-config: " << output.error << '\n';
    return 1;
}

int fail(const QString& message)
{
    QTextStream(stderr) << "meshscope proxy-config: " << message << '\n';
    return 1;
}

} // namespace

int runProxyConfigCommand(const QStringList& arguments)
{
    Request request;
    QString helpText;
    const QString error = parse(arguments, &request, &helpText);
    if (!error.isEmpty()) {
        QTextStream(stderr) << "meshscope proxy-config: " << error << '\n';
        return 2;
    }
    if (request.type.isEmpty()) {
        QTextStream(stdout) << helpText;
        return 0;
    }
    if (!request.file.isEmpty()) {
        QFile file;
        const bool opened = request.file == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(request.file), file.open(QIODevice::ReadOnly));
        if (!opened)
            return fail(ProxyConfigText::tr("cannot read %1: %2").arg(request.file, file.errorString()));
        return finish(render(request, file.readAll()));
    }

    ProxyCommandCluster cluster(request.kubeconfig, request.context);
    if (!cluster.error().isEmpty())
        return fail(cluster.error());
    const ProxyReference reference
        = parseProxyReference(request.target, request.ns.isEmpty() ? cluster.defaultNamespace() : request.ns);
    QObject context;
    int exitCode = 1;
    resolveProxyPod(cluster.api(), reference, &context, [&](const ProxyPod& pod) {
        if (!pod.error.isEmpty()) {
            exitCode = fail(pod.error);
            QCoreApplication::exit(exitCode);
            return;
        }
        const auto done = [&, pod](const QByteArray& body, const QString& fetchError) {
            if (!fetchError.isEmpty())
                exitCode = fail(
                    ProxyConfigText::tr("failed to execute command on %1 sidecar: %2").arg(pod.proxyId(), fetchError));
            else
                exitCode = finish(render(request, body));
            QCoreApplication::exit(exitCode);
        };
        if (request.type == QLatin1String("log")) {
            runEnvoyLogging(cluster.istio(), pod, request.level, request.reset, request.adminPort, &context,
                [&, pod](const EnvoyLoggingResult& result) {
                    if (!result.error.isEmpty()) {
                        exitCode = fail(result.error);
                    } else {
                        writeStdout(QString(pod.proxyId() + QStringLiteral(":\n") + result.text).toStdString());
                        exitCode = 0;
                    }
                    QCoreApplication::exit(exitCode);
                });
            return;
        }
        QUrlQuery query;
        QString path = QStringLiteral("config_dump");
        if (request.type == QLatin1String("endpoints")) {
            path = QStringLiteral("clusters");
            query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
        } else if (request.type == QLatin1String("all") || request.type == QLatin1String("eds")
            || request.type == QLatin1String("ecds")) {
            query.addQueryItem(QStringLiteral("include_eds"), QStringLiteral("true"));
        }
        cluster.istio()->envoyAdmin(pod.podNamespace, pod.pod, "GET", path, query, &context, done, request.adminPort);
    });
    const int loop = QCoreApplication::exec();
    return loop != 0 ? loop : exitCode;
}

} // namespace meshscope
