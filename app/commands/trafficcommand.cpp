#include "trafficcommand.h"

#include "models/traffic/weightsplit.h"
#include "trafficrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace meshscope {
namespace {

struct TrafficCommandText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::TrafficCommand)
};

const QStringList actions { QStringLiteral("shift"), QStringLiteral("reset"), QStringLiteral("route"),
    QStringLiteral("fault"), QStringLiteral("timeout"), QStringLiteral("undo"), QStringLiteral("history") };

QString usage()
{
    return TrafficCommandText::tr(
        "Usage: meshscope traffic <action> [options]\n"
        "\n"
        "  shift    --namespace NS --service SVC --weights v1=80,v2=20 [--mirror v3=10 | --no-mirror] [--tcp]\n"
        "  route    --namespace NS --service SVC --rule 'header:end-user=jason>v2' [--rule 'uri-prefix:/beta>v3' …]\n"
        "  fault    --namespace NS --service SVC [--delay 5s --delay-percent 10] [--abort 503 --abort-percent 5]\n"
        "  timeout  --namespace NS --service SVC [--timeout 2s] [--retries 3 --per-try-timeout 1s --retry-on 5xx]\n"
        "  reset    --namespace NS --service SVC   remove the routing Meshscope created (and say what stays)\n"
        "  undo     [--id ID | --namespace NS --service SVC]   undo a change (the newest, by default)\n"
        "  history  list the changes made from this machine\n"
        "\n"
        "Every writing action shows the YAML diff of what it writes, dry-runs it on the server (dryRun=All) and then "
        "writes it only if nothing changed meanwhile; --dry-run stops after the server's answer.\n"
        "Common options: --kubeconfig FILE --context NAME --dry-run --force (write objects Argo CD, Flux, Helm, "
        "Flagger or Argo Rollouts manage) -o diff|yaml --history-file FILE\n"
        "Exit codes: 0 done (or nothing to do), 1 refused or failed, 2 bad arguments.\n");
}

std::optional<double> percentValue(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 100)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<traffic::RoutingRule> parseRoutingRule(const QString& text, QString* error)
{
    using traffic::RoutingRule;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const qsizetype arrow = text.lastIndexOf(QLatin1Char('>'));
    if (colon < 0 || arrow < colon) {
        *error = TrafficCommandText::tr(
            "\"%1\" is not a rule; write it as header:end-user=jason>v2 or uri-prefix:/beta>v3.")
                     .arg(text);
        return std::nullopt;
    }
    const QString kind = text.left(colon).trimmed();
    QString match = text.mid(colon + 1, arrow - colon - 1);
    RoutingRule rule;
    rule.version = text.mid(arrow + 1).trimmed();
    static const QHash<QString, std::pair<RoutingRule::Field, RoutingRule::Operator>> kinds {
        { QStringLiteral("header"), { RoutingRule::Field::Header, RoutingRule::Operator::Exact } },
        { QStringLiteral("header-prefix"), { RoutingRule::Field::Header, RoutingRule::Operator::Prefix } },
        { QStringLiteral("header-regex"), { RoutingRule::Field::Header, RoutingRule::Operator::Regex } },
        { QStringLiteral("uri"), { RoutingRule::Field::Uri, RoutingRule::Operator::Exact } },
        { QStringLiteral("uri-prefix"), { RoutingRule::Field::Uri, RoutingRule::Operator::Prefix } },
        { QStringLiteral("uri-regex"), { RoutingRule::Field::Uri, RoutingRule::Operator::Regex } },
    };
    if (!kinds.contains(kind)) {
        *error = TrafficCommandText::tr("Unknown match \"%1\" in rule \"%2\"; use header, header-prefix, header-regex, "
                                        "uri, uri-prefix or uri-regex.")
                     .arg(kind, text);
        return std::nullopt;
    }
    std::tie(rule.field, rule.op) = kinds.value(kind);
    if (rule.field == RoutingRule::Field::Header) {
        const qsizetype equals = match.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = TrafficCommandText::tr("Rule \"%1\" needs a header name and value: header:NAME=VALUE>VERSION.")
                         .arg(text);
            return std::nullopt;
        }
        rule.header = match.left(equals).trimmed();
        match = match.mid(equals + 1);
    }
    rule.value = match;
    if (rule.value.isEmpty() || rule.version.isEmpty()) {
        *error = TrafficCommandText::tr("Rule \"%1\" needs a value and a version.").arg(text);
        return std::nullopt;
    }
    return rule;
}

QString parseTrafficArguments(const QStringList& arguments, TrafficArguments* parsed, QString* helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usage());
    parser.addHelpOption();
    const auto option = [](const QStringList& names, const QString& description, const QString& value = {}) {
        return QCommandLineOption(names, description, value);
    };
    const QCommandLineOption kubeconfig
        = option({ QStringLiteral("kubeconfig") }, TrafficCommandText::tr("Kubeconfig file."), QStringLiteral("file"));
    const QCommandLineOption context
        = option({ QStringLiteral("context") }, TrafficCommandText::tr("Kubeconfig context."), QStringLiteral("name"));
    const QCommandLineOption ns = option({ QStringLiteral("n"), QStringLiteral("namespace") },
        TrafficCommandText::tr("The service's namespace."), QStringLiteral("namespace"));
    const QCommandLineOption service
        = option({ QStringLiteral("service") }, TrafficCommandText::tr("The service."), QStringLiteral("name"));
    const QCommandLineOption weights = option({ QStringLiteral("weights") },
        TrafficCommandText::tr("Weights per version, adding up to 100: v1=80,v2=20."), QStringLiteral("weights"));
    const QCommandLineOption mirror = option({ QStringLiteral("mirror") },
        TrafficCommandText::tr("Mirror a percentage of the requests to a version: v3=10."),
        QStringLiteral("version=percent"));
    const QCommandLineOption noMirror
        = option({ QStringLiteral("no-mirror") }, TrafficCommandText::tr("Stop mirroring."));
    const QCommandLineOption tcp
        = option({ QStringLiteral("tcp") }, TrafficCommandText::tr("Shift TCP routes instead of HTTP routes."));
    const QCommandLineOption dryRun = option({ QStringLiteral("dry-run") },
        TrafficCommandText::tr("Show the diff and the server's dry-run answer; write nothing."));
    const QCommandLineOption force = option({ QStringLiteral("force") },
        TrafficCommandText::tr("Write objects that Argo CD, Flux, Helm, Flagger or Argo Rollouts manage."));
    const QCommandLineOption output = option({ QStringLiteral("o"), QStringLiteral("output") },
        TrafficCommandText::tr("diff (default) or yaml."), QStringLiteral("format"));
    const QCommandLineOption historyFile = option(
        { QStringLiteral("history-file") }, TrafficCommandText::tr("The change history file."), QStringLiteral("file"));
    const QCommandLineOption id = option({ QStringLiteral("id") },
        TrafficCommandText::tr("The change to undo (see traffic history)."), QStringLiteral("id"));
    const QCommandLineOption delay = option({ QStringLiteral("delay") },
        TrafficCommandText::tr("Delay requests by this long (5s)."), QStringLiteral("duration"));
    const QCommandLineOption delayPercent = option({ QStringLiteral("delay-percent") },
        TrafficCommandText::tr("Share of requests delayed (default 100)."), QStringLiteral("percent"));
    const QCommandLineOption abort = option({ QStringLiteral("abort") },
        TrafficCommandText::tr("Answer requests with this HTTP status."), QStringLiteral("status"));
    const QCommandLineOption abortPercent = option({ QStringLiteral("abort-percent") },
        TrafficCommandText::tr("Share of requests aborted (default 100)."), QStringLiteral("percent"));
    const QCommandLineOption timeout = option({ QStringLiteral("timeout") },
        TrafficCommandText::tr("Request timeout (2s); none when not given."), QStringLiteral("duration"));
    const QCommandLineOption retries = option({ QStringLiteral("retries") },
        TrafficCommandText::tr("Retry attempts; none when not given."), QStringLiteral("attempts"));
    const QCommandLineOption perTry = option({ QStringLiteral("per-try-timeout") },
        TrafficCommandText::tr("Timeout of each try."), QStringLiteral("duration"));
    const QCommandLineOption retryOn = option({ QStringLiteral("retry-on") },
        TrafficCommandText::tr("Envoy retry conditions (5xx,connect-failure)."), QStringLiteral("conditions"));
    const QCommandLineOption rule = option({ QStringLiteral("rule") },
        TrafficCommandText::tr("A request routing rule, in order: header:end-user=jason>v2."), QStringLiteral("rule"));
    parser.addOptions({ kubeconfig, context, ns, service, weights, mirror, noMirror, tcp, dryRun, force, output,
        historyFile, id, delay, delayPercent, abort, abortPercent, timeout, retries, perTry, retryOn, rule });
    parser.addPositionalArgument(QStringLiteral("action"), actions.join(QLatin1Char('|')));

    if (!parser.parse(QStringList { QStringLiteral("meshscope traffic") } + arguments))
        return parser.errorText();
    if (parser.isSet(QStringLiteral("help"))) {
        *helpText = parser.helpText();
        return {};
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !actions.contains(positional.first()))
        return positional.isEmpty() ? TrafficCommandText::tr("Which action? %1").arg(actions.join(QLatin1String(", ")))
                                    : TrafficCommandText::tr("Unknown action \"%1\"; use %2.")
                                          .arg(positional.join(QLatin1Char(' ')), actions.join(QLatin1String(", ")));
    parsed->action = positional.first();
    parsed->kubeconfig = parser.value(kubeconfig);
    parsed->context = parser.value(context);
    parsed->ns = parser.value(ns);
    parsed->service = parser.value(service);
    parsed->dryRun = parser.isSet(dryRun);
    parsed->force = parser.isSet(force);
    parsed->historyFile = parser.value(historyFile);
    parsed->undoId = parser.value(id);
    if (parser.isSet(output)) {
        parsed->output = parser.value(output);
        if (parsed->output != QLatin1String("diff") && parsed->output != QLatin1String("yaml"))
            return TrafficCommandText::tr("--output must be diff or yaml.");
    }
    const QString& action = parsed->action;
    const bool needsService = action != QLatin1String("undo") && action != QLatin1String("history");
    if (needsService && (parsed->ns.isEmpty() || parsed->service.isEmpty()))
        return TrafficCommandText::tr("traffic %1 needs --namespace and --service.").arg(action);
    if (action == QLatin1String("undo") && parsed->ns.isEmpty() != parsed->service.isEmpty())
        return TrafficCommandText::tr("traffic undo takes --namespace and --service together.");

    if (action == QLatin1String("shift")) {
        if (!parser.isSet(weights))
            return TrafficCommandText::tr("traffic shift needs --weights, e.g. v1=80,v2=20.");
        QString error;
        const WeightSplit split = WeightSplit::parse(parser.value(weights), &error);
        if (!error.isEmpty())
            return error;
        if (!split.problem().isEmpty())
            return split.problem();
        for (const WeightSplit::Row& row : split.rows())
            parsed->shift.weights.append({ row.version, row.weight });
        parsed->shift.protocol = parser.isSet(tcp) ? traffic::RouteProtocol::Tcp : traffic::RouteProtocol::Http;
        if (parser.isSet(mirror) && parser.isSet(noMirror))
            return TrafficCommandText::tr("--mirror and --no-mirror exclude each other.");
        if (parser.isSet(noMirror))
            parsed->shift.mirror.action = traffic::MirrorChange::Action::Remove;
        if (parser.isSet(mirror)) {
            const QString text = parser.value(mirror);
            const std::optional<double> percent = percentValue(text.section(QLatin1Char('='), 1));
            if (!text.contains(QLatin1Char('=')) || text.section(QLatin1Char('='), 0, 0).isEmpty() || !percent)
                return TrafficCommandText::tr("--mirror takes version=percent (0 to 100), e.g. v3=10.");
            parsed->shift.mirror.action = traffic::MirrorChange::Action::Set;
            parsed->shift.mirror.version = text.section(QLatin1Char('='), 0, 0);
            parsed->shift.mirror.percent = *percent;
        }
    } else if (action == QLatin1String("fault")) {
        traffic::FaultRequest& fault = parsed->fault;
        fault.delay = parser.isSet(delay);
        fault.fixedDelay = parser.value(delay);
        fault.abort = parser.isSet(abort);
        bool ok = true;
        if (fault.abort)
            fault.httpStatus = parser.value(abort).toInt(&ok);
        if (!ok)
            return TrafficCommandText::tr("--abort takes an HTTP status code, e.g. 503.");
        for (const auto& [opt, target] :
            { std::pair { &delayPercent, &fault.delayPercent }, std::pair { &abortPercent, &fault.abortPercent } }) {
            if (!parser.isSet(*opt))
                continue;
            const std::optional<double> value = percentValue(parser.value(*opt));
            if (!value)
                return TrafficCommandText::tr("--%1 takes a percentage from 0 to 100.").arg(opt->names().first());
            *target = *value;
        }
    } else if (action == QLatin1String("timeout")) {
        parsed->timeout.timeout = parser.value(timeout);
        parsed->timeout.perTryTimeout = parser.value(perTry);
        parsed->timeout.retryOn = parser.value(retryOn);
        if (parser.isSet(retries)) {
            bool ok = false;
            parsed->timeout.attempts = parser.value(retries).toInt(&ok);
            if (!ok || parsed->timeout.attempts < 0)
                return TrafficCommandText::tr("--retries takes a number of attempts.");
        }
    } else if (action == QLatin1String("route")) {
        for (const QString& text : parser.values(rule)) {
            QString error;
            const std::optional<traffic::RoutingRule> parsedRule = parseRoutingRule(text, &error);
            if (!parsedRule)
                return error;
            parsed->rules << *parsedRule;
        }
    }
    return {};
}

int runTrafficCommand(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    TrafficArguments parsed;
    QString help;
    const QString error = parseTrafficArguments(arguments, &parsed, &help);
    if (!help.isEmpty()) {
        out << help;
        return 0;
    }
    if (!error.isEmpty()) {
        err << "meshscope traffic: " << error << '\n' << usage();
        return 2;
    }
    TrafficRun run(parsed);
    return run.exec();
}

} // namespace meshscope
