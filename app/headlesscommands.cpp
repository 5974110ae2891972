#include "headlesscommands.h"

#include "graphcommand.h"

#include "models/kubeconfigcontexts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace meshscope {

namespace {

int runContexts(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HeadlessCommands::tr("List the contexts of the kubeconfig; * marks the current one."));
    parser.addHelpOption();
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"), HeadlessCommands::tr("Path to the kubeconfig file."), QStringLiteral("path"));
    parser.addOption(kubeconfig);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList { QStringLiteral("meshscope contexts") } + arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const auto found = KubeconfigContexts::read(KubeconfigContexts::defaultFiles(parser.value(kubeconfig)));
    if (!found.error.isEmpty()) {
        err << found.error << '\n';
        return 1;
    }
    if (found.files.isEmpty()) {
        err << HeadlessCommands::tr("No kubeconfig file found.") << '\n';
        return 1;
    }
    for (const QString& name : found.contexts)
        out << (name == found.currentContext ? "* " : "  ") << name << '\n';
    return 0;
}

} // namespace

const QList<HeadlessCommand>& HeadlessCommands::all()
{
    static const QList<HeadlessCommand> commands = {
        { QStringLiteral("contexts"), tr("list kubeconfig contexts"), runContexts },
        { QStringLiteral("graph"), tr("print the traffic graph (Kiali JSON, DOT or SVG)"), runGraphCommand },
    };
    return commands;
}

const HeadlessCommand* HeadlessCommands::find(const QString& name)
{
    for (const HeadlessCommand& command : all()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString HeadlessCommands::usageSummary()
{
    QString text = tr("Headless commands (meshscope <command> --help):");
    for (const HeadlessCommand& command : all())
        text += QStringLiteral("\n  %1  %2").arg(command.name.leftJustified(10), command.summary);
    return text;
}

bool HeadlessCommands::isSubcommandInvocation(int argc, char** argv)
{
    return argc > 1 && argv[1][0] != '-' && argv[1][0] != '\0';
}

} // namespace meshscope
