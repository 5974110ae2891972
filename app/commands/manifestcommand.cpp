#include "manifestcommand.h"

#include "app/commands/manifestfiles.h"
#include "app/headlesscommands.h"
#include "models/config/documentvalidation.h"
#include "models/config/manifestsync.h"
#include "models/kube/kubeconfig.h"
#include "models/kubeconfigcontexts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace meshscope {

namespace {
struct Options
{
    QStringList files;
    bool recursive = false;
    QString kubeconfig;
    QString context;
    QString ns;
    bool dryRun = false;
    bool force = false;
    int timeoutSeconds = 60;
};

// Parses the options both commands share; returns the exit code to stop with, or -1 to go on.
int parse(const QString& command, const QStringList& arguments, bool isApply, Options* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(isApply
            ? HeadlessCommands::tr("Server-side apply (fieldManager=meshscope) of the resources in FILE, in order.\n"
                                   "Exit status: 0 applied, 1 rejected or conflicting, 2 bad usage.")
            : HeadlessCommands::tr("Show what applying FILE would change: the server's dry-run result against the "
                                   "live objects, as unified diffs.\nExit status: 0 no differences, 1 differences, "
                                   "2 or more: errors."));
    parser.addHelpOption();
    const QCommandLineOption file({ QStringLiteral("f"), QStringLiteral("filename") },
        HeadlessCommands::tr("A file, a directory of manifests, or - for standard input (repeatable)."),
        QStringLiteral("file"));
    const QCommandLineOption recursive({ QStringLiteral("R"), QStringLiteral("recursive") },
        HeadlessCommands::tr("Also read the subdirectories of directories given with -f."));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"), HeadlessCommands::tr("Path to the kubeconfig file."), QStringLiteral("path"));
    const QCommandLineOption context(
        QStringLiteral("context"), HeadlessCommands::tr("Kubeconfig context."), QStringLiteral("name"));
    const QCommandLineOption ns({ QStringLiteral("n"), QStringLiteral("namespace") },
        HeadlessCommands::tr("Namespace for resources that name none (default: the context's)."),
        QStringLiteral("namespace"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        HeadlessCommands::tr("Ask the server to validate and admit, without storing (dryRun=All)."));
    const QCommandLineOption force(
        QStringLiteral("force-conflicts"), HeadlessCommands::tr("Take over fields another field manager owns."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        HeadlessCommands::tr("Give up after this many seconds."), QStringLiteral("seconds"), QStringLiteral("60"));
    parser.addOptions({ file, recursive, kubeconfig, context, ns, timeout });
    if (isApply)
        parser.addOptions({ dryRun, force });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList { QStringLiteral("meshscope ") + command } + arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    options->files = parser.values(file) + parser.positionalArguments();
    if (options->files.isEmpty()) {
        err << command << ": " << HeadlessCommands::tr("give the manifests with -f FILE (or -f - for standard input)")
            << '\n';
        return 2;
    }
    options->recursive = parser.isSet(recursive);
    options->kubeconfig = parser.value(kubeconfig);
    options->context = parser.value(context);
    options->ns = parser.value(ns);
    options->dryRun = isApply && parser.isSet(dryRun);
    options->force = isApply && parser.isSet(force);
    options->timeoutSeconds = parser.value(timeout).toInt();
    if (options->timeoutSeconds <= 0) {
        err << command << ": " << HeadlessCommands::tr("--timeout must be a positive number of seconds") << '\n';
        return 2;
    }
    return -1;
}

// The objects of every file in order; YAML errors are reported and stop the command.
bool readObjects(const Options& options, const QString& command, QList<QJsonObject>* objects)
{
    QTextStream err(stderr);
    bool ok = true;
    for (const ManifestFile& manifest : readManifestFiles(options.files, options.recursive)) {
        if (!manifest.error.isEmpty()) {
            err << command << ": " << manifest.error << '\n';
            ok = false;
            continue;
        }
        const QList<config::YamlDocument> documents = config::parseYamlDocuments(manifest.text);
        for (const config::YamlDocument& document : documents) {
            if (!document.ok()) {
                err << manifest.name << ':' << document.errorPosition.line << ": YAML: " << document.error << '\n';
                ok = false;
            }
        }
        for (const config::TextResource& resource : config::resourcesOf(documents))
            objects->append(resource.object);
    }
    return ok;
}

// Connects, runs discovery, then the manifest; calls report for each item and returns the exit code.
int runAgainstCluster(const Options& options, const QString& command, const QList<QJsonObject>& objects,
    config::ManifestSync::Mode mode, const std::function<int(const QList<config::ManifestSync::Item>&)>& summarize,
    const std::function<void(const config::ManifestSync::Item&)>& report)
{
    QTextStream err(stderr);
    const Kubeconfig::Result config = Kubeconfig::load(
        KubeconfigContexts::defaultFiles(options.kubeconfig), options.context, !options.kubeconfig.isEmpty());
    if (!config.ok()) {
        err << command << ": " << config.error << '\n';
        return 2;
    }
    KubeApi api(*config.selection);
    if (!api.setupError().isEmpty()) {
        err << command << ": " << api.setupError() << '\n';
        return 2;
    }
    KubeWriter writer(&api);
    KubeDiscovery discovery(&api);
    const QString ns = options.ns.isEmpty() ? config.selection->defaultNamespace : options.ns;
    config::ManifestSync sync(&api, &discovery, &writer, ns);
    int exitCode = 2;
    QObject::connect(&discovery, &KubeDiscovery::finished, &sync, [&] {
        if (discovery.resources().isEmpty()) {
            err << command << ": "
                << (discovery.error().isEmpty() ? HeadlessCommands::tr("the cluster serves no resources")
                                                : discovery.error())
                << '\n';
            err.flush();
            QCoreApplication::exit(2);
            return;
        }
        sync.run(objects, mode, options.force);
    });
    QObject::connect(&sync, &config::ManifestSync::itemDone, &sync, report);
    QObject::connect(&sync, &config::ManifestSync::finished, &sync, [&] {
        exitCode = summarize(sync.items());
        QCoreApplication::exit(0);
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &sync, [&] {
        err << command << ": "
            << HeadlessCommands::tr("no answer from the cluster within %1 s").arg(options.timeoutSeconds) << '\n';
        err.flush();
        QCoreApplication::exit(2);
    });
    deadline.start(options.timeoutSeconds * 1000);
    QTimer::singleShot(0, &discovery, &KubeDiscovery::run);
    const int loop = QCoreApplication::exec();
    return loop != 0 ? loop : exitCode;
}

QString conflictText(const KubeWriteResult& result)
{
    const QList<config::FieldConflict> conflicts = config::fieldConflicts(result);
    if (conflicts.isEmpty())
        return result.message;
    QStringList lines;
    for (const config::FieldConflict& conflict : conflicts)
        lines.append(HeadlessCommands::tr("  %1 is owned by \"%2\"").arg(conflict.field, conflict.manager));
    return HeadlessCommands::tr("Apply failed with %n conflict(s):", nullptr, int(conflicts.size())) + QLatin1Char('\n')
        + lines.join(QLatin1Char('\n')) + QLatin1Char('\n')
        + HeadlessCommands::tr("  Re-run with --force-conflicts to take these fields over, or change the manifest.");
}
} // namespace

int runDiffCommand(const QStringList& arguments)
{
    Options options;
    if (const int code = parse(QStringLiteral("diff"), arguments, false, &options); code >= 0)
        return code;
    QList<QJsonObject> objects;
    if (!readObjects(options, QStringLiteral("diff"), &objects))
        return 2;
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runAgainstCluster(
        options, QStringLiteral("diff"), objects, config::ManifestSync::Mode::Diff,
        [](const QList<config::ManifestSync::Item>& items) {
            bool failed = false;
            bool differs = false;
            for (const auto& item : items) {
                failed = failed || item.failed();
                differs = differs || !item.diff.isEmpty();
            }
            return failed ? 2 : differs ? 1 : 0;
        },
        [&](const config::ManifestSync::Item& item) {
            if (!item.error.isEmpty()) {
                err << "diff: " << item.error << '\n';
            } else if (!item.result.ok()) {
                err << "diff: " << item.ref->display() << ": " << item.result.message << '\n';
            } else if (!item.diff.isEmpty()) {
                out << "diff -u -N live/" << item.ref->diffName() << " merged/" << item.ref->diffName() << '\n'
                    << item.diff;
            }
            for (const QString& warning : item.result.warnings)
                err << "Warning: " << warning << '\n';
            out.flush();
            err.flush();
        });
}

int runApplyCommand(const QStringList& arguments)
{
    Options options;
    if (const int code = parse(QStringLiteral("apply"), arguments, true, &options); code >= 0)
        return code;
    QList<QJsonObject> objects;
    if (!readObjects(options, QStringLiteral("apply"), &objects))
        return 1;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = runAgainstCluster(
        options, QStringLiteral("apply"), objects,
        options.dryRun ? config::ManifestSync::Mode::DryRun : config::ManifestSync::Mode::Apply,
        [](const QList<config::ManifestSync::Item>& items) {
            return std::any_of(items.begin(), items.end(), [](const auto& item) { return item.failed(); }) ? 1 : 0;
        },
        [&](const config::ManifestSync::Item& item) {
            if (!item.error.isEmpty()) {
                err << "error: " << item.error << '\n';
            } else if (item.result.outcome == KubeWriteResult::Outcome::Conflict) {
                err << "error: " << item.ref->display() << ": " << conflictText(item.result) << '\n';
            } else if (!item.result.ok()) {
                err << "error: " << item.ref->display() << ": " << item.result.message << '\n';
            } else {
                out << item.ref->display() << ' '
                    << (options.dryRun ? QStringLiteral("serverside-applied (server dry run)")
                                       : QStringLiteral("serverside-applied"))
                    << '\n';
            }
            for (const QString& warning : item.result.warnings)
                err << "Warning: " << warning << '\n';
            out.flush();
            err.flush();
        });
    return code == 2 ? 1 : code;
}

} // namespace meshscope
