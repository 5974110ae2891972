#include "analyzecommand.h"

#include "analyzeinputs.h"
#include "models/analysis/analysisengine.h"
#include "models/analysis/analysisoutput.h"
#include "models/analysis/clustersource.h"
#include "models/analysis/filesource.h"
#include "models/analysis/meshconfig.h"
#include "models/connectionstatus.h"
#include "models/kube/clustersession.h"
#include "models/kubeconfigcontexts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <unistd.h>

namespace meshscope {
namespace {

using namespace analysis;

struct AnalyzeText
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)
};

constexpr int exitIssues = 79;

struct Options
{
    QStringList inputs;
    QString kubeconfig;
    QString context;
    QString ns;
    QString istioNamespace = QStringLiteral("istio-system");
    bool allNamespaces = false;
    bool useKube = true;
    bool listAnalyzers = false;
    bool colorize = false;
    bool verbose = false;
    bool ignoreUnknown = false;
    bool kiali = false;
    QString meshConfigFile;
    QString meshNetworksFile;
    QString format = QStringLiteral("log");
    QStringList analyzers;
    Level failureThreshold = Level::Error;
    Level outputThreshold = Level::Info;
    QList<Suppression> suppressions;
    int timeoutSeconds = 30;
};

// Boolean flags written the Go way ("--use-kube=false", "-k=false") become what QCommandLineParser understands.
QStringList normalizeBooleans(const QStringList& arguments, Options* options, QString* error)
{
    QStringList result;
    for (const QString& argument : arguments) {
        const auto flag = [&](const QStringList& names, bool* target) {
            for (const QString& name : names) {
                if (argument == name) {
                    *target = true;
                    return true;
                }
                if (argument.startsWith(name + QLatin1Char('='))) {
                    const QString value = argument.mid(name.size() + 1).toLower();
                    if (value == QLatin1String("true") || value == QLatin1String("1"))
                        *target = true;
                    else if (value == QLatin1String("false") || value == QLatin1String("0"))
                        *target = false;
                    else
                        *error = AnalyzeText::tr("invalid boolean \"%1\" for %2").arg(value, name);
                    return true;
                }
            }
            return false;
        };
        if (flag({ QStringLiteral("--use-kube"), QStringLiteral("-k") }, &options->useKube)
            || flag({ QStringLiteral("--color") }, &options->colorize)
            || flag({ QStringLiteral("--all-namespaces"), QStringLiteral("-A") }, &options->allNamespaces)
            || flag({ QStringLiteral("--list-analyzers"), QStringLiteral("-L") }, &options->listAnalyzers)
            || flag({ QStringLiteral("--verbose"), QStringLiteral("-v") }, &options->verbose)
            || flag({ QStringLiteral("--ignore-unknown") }, &options->ignoreUnknown)
            || flag({ QStringLiteral("--kiali") }, &options->kiali))
            continue;
        result << argument;
    }
    return result;
}

// Returns an error message for bad arguments; help is set when --help was asked for.
QString parse(const QStringList& arguments, Options* options, bool* help, QString* helpText)
{
    QString boolError;
    options->colorize = isatty(STDOUT_FILENO) && qEnvironmentVariable("TERM") != QLatin1String("dumb");
    const QStringList rest = normalizeBooleans(arguments, options, &boolError);
    if (!boolError.isEmpty())
        return boolError;
    QCommandLineParser parser;
    parser.setApplicationDescription(AnalyzeText::tr(
        "Analyze Istio configuration and print validation messages, as istioctl analyze does: the live cluster, "
        "files (or - for stdin, or directories), or files laid over the cluster.\n"
        "Boolean flags: --use-kube[=false] (-k), -A/--all-namespaces, -L/--list-analyzers, --color[=false], "
        "-v/--verbose, --ignore-unknown, --kiali (add Kiali's validations)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("files"), AnalyzeText::tr("Files or directories to analyze."),
        QStringLiteral("[FILES|DIRS|-...]"));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"), AnalyzeText::tr("Path to the kubeconfig file."), QStringLiteral("path"));
    const QCommandLineOption context(
        QStringLiteral("context"), AnalyzeText::tr("Kubeconfig context."), QStringLiteral("name"));
    const QCommandLineOption ns({ QStringLiteral("n"), QStringLiteral("namespace") },
        AnalyzeText::tr("Namespace to analyze (and for objects in files without one)."), QStringLiteral("namespace"));
    const QCommandLineOption istioNamespace({ QStringLiteral("i"), QStringLiteral("istioNamespace") },
        AnalyzeText::tr("Istio's namespace."), QStringLiteral("namespace"), QStringLiteral("istio-system"));
    const QCommandLineOption meshConfig(QStringLiteral("meshConfigFile"),
        AnalyzeText::tr("Mesh config to use instead of the cluster's or the default."), QStringLiteral("file"));
    const QCommandLineOption meshNetworks(QStringLiteral("meshNetworksFile"),
        AnalyzeText::tr("Mesh networks to use instead of the cluster's or none."), QStringLiteral("file"));
    const QCommandLineOption analyzer(QStringLiteral("analyzer"),
        AnalyzeText::tr("Run only this analyzer (repeatable; see --list-analyzers)."), QStringLiteral("name"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        AnalyzeText::tr("Output format: log, json or yaml."), QStringLiteral("format"), QStringLiteral("log"));
    const QCommandLineOption failure(QStringLiteral("failure-threshold"),
        AnalyzeText::tr("Level from which messages make the exit code 79: Info, Warning or Error."),
        QStringLiteral("level"), QStringLiteral("Error"));
    const QCommandLineOption outputThreshold(QStringLiteral("output-threshold"),
        AnalyzeText::tr("Level from which messages are printed: Info, Warning or Error."), QStringLiteral("level"),
        QStringLiteral("Info"));
    const QCommandLineOption suppress({ QStringLiteral("S"), QStringLiteral("suppress") },
        AnalyzeText::tr("Drop a code on a resource, e.g. \"IST0102=Namespace frod\" (* matches anything)."),
        QStringLiteral("code=resource"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), AnalyzeText::tr("Seconds to wait for the cluster."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    parser.addOptions({ kubeconfig, context, ns, istioNamespace, meshConfig, meshNetworks, analyzer, output, failure,
        outputThreshold, suppress, timeout });
    if (!parser.parse(QStringList { QStringLiteral("meshscope analyze") } + rest))
        return parser.errorText();
    *helpText = parser.helpText();
    if (parser.isSet(QStringLiteral("help"))) {
        *help = true;
        return {};
    }
    options->inputs = parser.positionalArguments();
    options->kubeconfig = parser.value(kubeconfig);
    options->context = parser.value(context);
    options->ns = parser.value(ns);
    options->istioNamespace = parser.value(istioNamespace);
    options->meshConfigFile = parser.value(meshConfig);
    options->meshNetworksFile = parser.value(meshNetworks);
    options->analyzers = parser.values(analyzer);
    options->format = parser.value(output).toLower();
    if (options->format != QLatin1String("log") && options->format != QLatin1String("json")
        && options->format != QLatin1String("yaml"))
        return AnalyzeText::tr("%1 not a valid option for format, use log, json or yaml").arg(options->format);
    if (!levelFromName(parser.value(failure), &options->failureThreshold)
        || !levelFromName(parser.value(outputThreshold), &options->outputThreshold))
        return AnalyzeText::tr("invalid level option, use Info, Warning or Error");
    for (const QString& value : parser.values(suppress)) {
        const QStringList parts = value.split(QLatin1Char('='));
        if (parts.size() != 2)
            return AnalyzeText::tr("%1 is not a valid suppression value, use CODE=RESOURCE").arg(value);
        if (!messageType(parts.at(0)))
            QTextStream(stderr) << AnalyzeText::tr(
                "Warning: Supplied message code '%1' is an unknown message code and will not have any effect.")
                                       .arg(parts.at(0))
                                << '\n';
        options->suppressions.append({ parts.at(0), parts.at(1) });
    }
    bool ok = false;
    options->timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || options->timeoutSeconds <= 0)
        return AnalyzeText::tr("--timeout must be a positive number of seconds");
    if (!options->useKube && (!options->kubeconfig.isEmpty() || !options->context.isEmpty()))
        return AnalyzeText::tr("--kubeconfig and --context need --use-kube");
    return {};
}

QString listAnalyzers(bool withKiali)
{
    AnalyzerList analyzers = AnalysisEngine::defaultAnalyzers(withKiali);
    std::sort(analyzers.begin(), analyzers.end(), [](const auto& a, const auto& b) { return a->name() < b->name(); });
    QString text;
    for (const auto& analyzer : std::as_const(analyzers))
        text += QStringLiteral("* %1:\n    %2\n").arg(analyzer->name(), analyzer->description());
    return text;
}

// What the analysis runs and where it reads from; the part shared by the files-only and the cluster paths.
class AnalyzeRun
{
public:
    AnalyzeRun(const Options& options, const QList<AnalyzeInput>& inputs)
        : m_options(options)
        , m_inputs(inputs)
        , m_out(stdout)
        , m_err(stderr)
    {
        QStringList unknown;
        if (!options.analyzers.isEmpty())
            m_analyzers = analyzersNamed(options.analyzers, &unknown);
        // As istioctl: names it does not know are ignored, and with none known every analyzer runs.
        if (m_analyzers.isEmpty())
            m_analyzers = AnalysisEngine::defaultAnalyzers(options.kiali);
    }

    QSet<Kind> kinds() const { return FileSource::inputKinds(m_analyzers); }

    // Finishes the snapshot (mesh config files, default resources, input files), analyses and prints. Returns the
    // exit code.
    int analyze(Snapshot& snapshot, const QString& selectedNamespace)
    {
        snapshot.setIstioNamespace(m_options.istioNamespace);
        if (!m_options.meshConfigFile.isEmpty() && !applyMeshFile(snapshot, m_options.meshConfigFile, true))
            return 1;
        if (!m_options.meshNetworksFile.isEmpty() && !applyMeshFile(snapshot, m_options.meshNetworksFile, false))
            return 1;
        FileSource files(&snapshot, kinds(), false, selectedNamespace);
        if (!m_options.useKube && json::str(snapshot.meshConfig(), "ingressControllerMode") != QLatin1String("OFF"))
            files.addDefaultIngressGateway();
        QStringList errors;
        for (const AnalyzeInput& input : m_inputs)
            errors += files.add(input.name, input.text);
        if (!m_options.useKube || !m_inputs.isEmpty())
            files.markAvailable();
        int parseErrors = 0;
        if (!errors.isEmpty()) {
            m_err << "Error(s) adding files: " << errors.join(QLatin1Char('\n')) << '\n';
            parseErrors = 1;
        }
        AnalysisEngine engine(m_analyzers);
        engine.setNamespaceFilter(m_options.allNamespaces ? QString() : selectedNamespace);
        engine.setSuppressions(m_options.suppressions);
        const AnalysisRun run = engine.analyze(snapshot);
        const QString target = m_options.allNamespaces ? AnalyzeText::tr("all namespaces")
                                                       : AnalyzeText::tr("namespace: %1").arg(selectedNamespace);
        if (m_options.verbose)
            printVerbose(run, target);
        return report(run, target, parseErrors);
    }

private:
    bool applyMeshFile(Snapshot& snapshot, const QString& path, bool meshConfig)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << "meshscope analyze: " << AnalyzeText::tr("cannot read %1: %2").arg(path, file.errorString())
                  << '\n';
            return false;
        }
        QString error;
        QJsonObject value;
        const bool ok = meshConfig ? MeshConfigDefaults::fromYaml(file.readAll(), &value, &error)
                                   : MeshConfigDefaults::networksFromYaml(file.readAll(), &value, &error);
        if (!ok) {
            m_err << "meshscope analyze: " << path << ": " << error << '\n';
            return false;
        }
        if (meshConfig)
            snapshot.setMeshConfig(value);
        else
            snapshot.setMeshNetworks(value);
        return true;
    }

    void printVerbose(const AnalysisRun& run, const QString& target)
    {
        m_err << "Analyzed resources in " << target << '\n';
        if (!run.skipped.isEmpty()) {
            m_err << "Skipped analyzers:\n";
            for (const QString& name : run.skipped)
                m_err << "\t " << name << '\n';
        }
        if (!run.executed.isEmpty()) {
            m_err << "Executed analyzers:\n";
            for (const QString& name : run.executed)
                m_err << "\t " << name << '\n';
        }
        m_err << '\n';
    }

    int report(const AnalysisRun& run, const QString& target, int parseErrors)
    {
        AnalysisMessages shown;
        for (const AnalysisMessage& message : run.messages) {
            if (atLeast(message.level(), m_options.outputThreshold))
                shown.append(message);
        }
        QByteArray text;
        if (m_options.format == QLatin1String("json"))
            text = AnalysisOutput::json(shown);
        else if (m_options.format == QLatin1String("yaml"))
            text = AnalysisOutput::yaml(shown);
        else
            text = AnalysisOutput::log(shown, m_options.colorize);
        m_out << QString::fromUtf8(text) << '\n';
        m_out.flush();
        if (shown.isEmpty()) {
            if (parseErrors == 0 && !m_inputs.isEmpty()) {
                QStringList names;
                for (const AnalyzeInput& input : m_inputs)
                    names << input.name;
                if (names.size() > 1)
                    m_err << QString::fromUtf8("\u2714 No validation issues found when analyzing:\n  - ")
                          << names.join(QStringLiteral("\n  - ")) << '\n';
                else
                    m_err << QString::fromUtf8("\u2714 No validation issues found when analyzing ") << names.first()
                          << ".\n";
            } else if (parseErrors == 0) {
                m_err << QString::fromUtf8("\u2714 No validation issues found when analyzing ") << target << ".\n";
            } else {
                m_err << "No validation issues found when analyzing " << target << " (but " << parseErrors
                      << " file could not be parsed).\n";
            }
        }
        // As istioctl, the exit code looks at every message (not only those printed), and only in log format.
        if (m_options.format != QLatin1String("log"))
            return 0;
        const bool issues = std::any_of(run.messages.begin(), run.messages.end(),
            [&](const AnalysisMessage& message) { return atLeast(message.level(), m_options.failureThreshold); });
        if (issues) {
            m_err << "Error: Analyzers found issues when analyzing " << target << ".\n"
                  << "See https://istio.io/v1.32/docs/reference/config/analysis for more information about causes "
                     "and resolutions.\n";
            return exitIssues;
        }
        if (parseErrors > 0 && !m_options.ignoreUnknown) {
            m_err << "Error: Some files couldn't be parsed.\n";
            return 1;
        }
        return 0;
    }

    const Options& m_options;
    const QList<AnalyzeInput>& m_inputs;
    AnalyzerList m_analyzers;
    QTextStream m_out;
    QTextStream m_err;
};

// Connects to the cluster, waits for its caches, then analyses; returns the exit code.
int analyzeCluster(const Options& options, const QList<AnalyzeInput>& inputs, AnalyzeRun& run)
{
    QTextStream err(stderr);
    ConnectionStatus status;
    ClusterSession session(&status);
    ClusterSource source(&session, run.kinds(), true);
    source.setIstioNamespace(options.istioNamespace);
    int exitCode = 1;
    const auto fail = [&](const QString& message) {
        err << "meshscope analyze: " << message << '\n';
        err.flush();
        QCoreApplication::exit(1);
    };
    QObject::connect(&session, &ClusterSession::failed, &session, fail);
    QObject::connect(&session, &ClusterSession::ready, &session, [&] {
        source.start();
        if (source.isSynced())
            emit source.synced();
    });
    bool done = false;
    QObject::connect(&source, &ClusterSource::synced, &session, [&] {
        if (done)
            return;
        done = true;
        QString selected = options.ns.isEmpty() ? session.defaultNamespace() : options.ns;
        if (selected.isEmpty())
            selected = QStringLiteral("default");
        Snapshot snapshot;
        source.fill(&snapshot);
        if (source.servedKinds().contains(Kind::Namespace) && !snapshot.exists(Kind::Namespace, QString(), selected)
            && !FileSource::isIgnoredNamespace(selected)) {
            err << "namespace \"" << selected << "\" not found\n";
            err.flush();
            exitCode = 0;
            QCoreApplication::exit(0);
            return;
        }
        exitCode = run.analyze(snapshot, options.allNamespaces ? QString() : selected);
        QCoreApplication::exit(0);
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &session,
        [&] { fail(AnalyzeText::tr("the cluster did not answer within %1 s").arg(options.timeoutSeconds)); });
    deadline.start(options.timeoutSeconds * 1000);
    session.open(KubeconfigContexts::defaultFiles(options.kubeconfig), options.context, !options.kubeconfig.isEmpty());
    Q_UNUSED(inputs)
    const int loop = QCoreApplication::exec();
    return loop != 0 ? loop : exitCode;
}

} // namespace

int runAnalyzeCommand(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Options options;
    bool help = false;
    QString helpText;
    const QString error = parse(arguments, &options, &help, &helpText);
    if (help) {
        out << helpText;
        return 0;
    }
    if (!error.isEmpty()) {
        err << "meshscope analyze: " << error << '\n';
        return 2;
    }
    if (options.listAnalyzers) {
        out << listAnalyzers(options.kiali);
        return 0;
    }
    QString inputError;
    const QList<AnalyzeInput> inputs = gatherInputs(options.inputs, &inputError);
    if (!inputError.isEmpty()) {
        err << "meshscope analyze: " << inputError << '\n';
        return 1;
    }
    AnalyzeRun run(options, inputs);
    if (options.useKube)
        return analyzeCluster(options, inputs, run);
    Snapshot snapshot;
    QString selected = options.ns;
    if (options.allNamespaces)
        selected.clear();
    else if (selected.isEmpty())
        selected = QStringLiteral("default");
    return run.analyze(snapshot, selected);
}

} // namespace meshscope
