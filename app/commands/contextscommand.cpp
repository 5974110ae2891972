#include "contextscommand.h"

#include "app/headlesscommands.h"
#include "models/kubeconfigcontexts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace meshscope {

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
    const auto found = KubeconfigContexts::read(
        KubeconfigContexts::defaultFiles(parser.value(kubeconfig)), parser.isSet(kubeconfig));
    if (!found.error.isEmpty()) {
        err << "error: " << found.error << '\n';
        return 1;
    }
    if (!found.warning.isEmpty())
        err << "warning: " << found.warning << '\n';
    for (const QString& name : found.contexts)
        out << (name == found.currentContext ? "* " : "  ") << name << '\n';
    return 0;
}

} // namespace meshscope
