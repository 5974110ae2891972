#include "headlesscommands.h"

#include "commands/analyzecommand.h"
#include "commands/contextscommand.h"
#include "commands/graphcommand.h"
#include "commands/healthcommand.h"
#include "commands/manifestcommand.h"
#include "commands/profilecommand.h"
#include "commands/proxyconfigcommand.h"
#include "commands/proxystatuscommand.h"
#include "commands/trafficcommand.h"
#include "commands/validatecommand.h"

namespace meshscope {

const QList<HeadlessCommand>& HeadlessCommands::all()
{
    static const QList<HeadlessCommand> commands = {
        { QStringLiteral("analyze"), tr("analyze Istio configuration like istioctl analyze"), runAnalyzeCommand },
        { QStringLiteral("apply"), tr("server-side apply of resource files (field manager meshscope)"),
            runApplyCommand },
        { QStringLiteral("contexts"), tr("list kubeconfig contexts"), runContexts },
        { QStringLiteral("diff"), tr("diff resource files against the cluster (server dry run)"), runDiffCommand },
        { QStringLiteral("graph"), tr("print the traffic graph (Kiali JSON, DOT or SVG)"), runGraphCommand },
        { QStringLiteral("health"), tr("print the health of apps, workloads and services"), runHealthCommand },
        { QStringLiteral("profile"), tr("list, dump and diff IstioOperator profiles"), runProfileCommand },
        { QStringLiteral("proxy-config"), tr("a proxy's Envoy configuration, like istioctl proxy-config"),
            runProxyConfigCommand },
        { QStringLiteral("proxy-status"), tr("xDS sync status of every proxy, like istioctl proxy-status"),
            runProxyStatusCommand },
        { QStringLiteral("traffic"), tr("shift traffic, route requests, inject faults, set timeouts, undo"),
            runTrafficCommand },
        { QStringLiteral("validate"), tr("validate resource files offline (schemas, CEL rules, Istio checks)"),
            runValidateCommand },
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
        text += QStringLiteral("\n  %1  %2").arg(command.name.leftJustified(12), command.summary);
    return text;
}

bool HeadlessCommands::isSubcommandInvocation(int argc, char** argv)
{
    return argc > 1 && argv[1][0] != '-' && argv[1][0] != '\0';
}

} // namespace meshscope
