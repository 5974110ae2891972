// meshscope-sim --scenario bookinfo|large --state-dir DIR [options]: a faithful local Istio cluster on
// loopback. Runs until SIGTERM/SIGINT.
#include "sim/http/httpserver.h"
#include "sim/simulator.h"
#include "sim/traffic/backfillcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <csignal>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

// Signals are turned into a socket event so the event loop shuts down cleanly (self-pipe trick).
bool installSignalHandlers(QCoreApplication* app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGTERM, &action, nullptr) == 0 && sigaction(SIGINT, &action, nullptr) == 0;
}

int intOption(const QCommandLineParser& parser, const QString& name)
{
    return parser.value(name).toInt();
}
} // namespace

int main(int argc, char** argv)
{
    // A test or demo that crashes must not leave a simulator behind holding ports and CTest's output pipe.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meshscope-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local Istio cluster simulator for Meshscope."));
    parser.addHelpOption();
    parser.addVersionOption();
    using Option = QCommandLineOption;
    parser.addOptions({
        Option(QStringLiteral("scenario"), QStringLiteral("bookinfo or large."), QStringLiteral("name"),
            QStringLiteral("bookinfo")),
        Option(QStringLiteral("state-dir"), QStringLiteral("Where kubeconfig and endpoints.json are written."),
            QStringLiteral("dir")),
        Option(QStringLiteral("namespaces"), QStringLiteral("large: number of namespaces."), QStringLiteral("n"),
            QStringLiteral("10")),
        Option(QStringLiteral("services"), QStringLiteral("large: number of services."), QStringLiteral("n"),
            QStringLiteral("100")),
        Option(QStringLiteral("watch-history"), QStringLiteral("Change events kept for watches."), QStringLiteral("n"),
            QStringLiteral("20000")),
        Option(QStringLiteral("api-slow-ms"), QStringLiteral("Delay every API reply."), QStringLiteral("ms"),
            QStringLiteral("0")),
        Option(QStringLiteral("api-throttle-percent"), QStringLiteral("Answer this share of API requests 429."),
            QStringLiteral("percent"), QStringLiteral("0")),
        Option(QStringLiteral("api-error-percent"), QStringLiteral("Answer this share of API requests 500."),
            QStringLiteral("percent"), QStringLiteral("0")),
        Option(QStringLiteral("api-drop-watches-ms"), QStringLiteral("Cut watch streams after this long."),
            QStringLiteral("ms"), QStringLiteral("0")),
        Option(QStringLiteral("keep-identity"),
            QStringLiteral("Reuse DIR/identity.json (CA, certificates, tokens, ports) if it exists, else write it: "
                           "restarted, the simulator is the same cluster to its clients.")),
        Option(QStringLiteral("verbose"), QStringLiteral("Log one line per request.")),
    });
    meshscope::sim::Simulator::addMeshOptions(parser);
    parser.process(app);

    if (parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("meshscope.sim.*.debug=true"));

    if (const std::optional<int> exitCode = meshscope::sim::runMeshCommand(parser))
        return *exitCode; // `meshscope-sim backfill …` (sim-mesh)

    meshscope::sim::SimulatorOptions options;
    options.scenario = parser.value(QStringLiteral("scenario"));
    options.stateDir = parser.value(QStringLiteral("state-dir"));
    options.namespaces = intOption(parser, QStringLiteral("namespaces"));
    options.services = intOption(parser, QStringLiteral("services"));
    options.watchHistory = intOption(parser, QStringLiteral("watch-history"));
    options.faults.slowMs = intOption(parser, QStringLiteral("api-slow-ms"));
    options.faults.throttlePercent = intOption(parser, QStringLiteral("api-throttle-percent"));
    options.faults.errorPercent = intOption(parser, QStringLiteral("api-error-percent"));
    options.faults.dropWatchesAfterMs = intOption(parser, QStringLiteral("api-drop-watches-ms"));
    options.keepIdentity = parser.isSet(QStringLiteral("keep-identity"));
    if (options.stateDir.isEmpty()) {
        qCritical("meshscope-sim: --state-dir is required");
        return 2;
    }
    if (!installSignalHandlers(&app))
        qWarning("meshscope-sim: cannot install signal handlers");

    meshscope::sim::Simulator simulator(options);
    simulator.setCommandLine(&parser);
    QString error;
    if (!simulator.start(&error)) {
        qCritical("meshscope-sim: %s", qPrintable(error));
        return 1;
    }
    qInfo(
        "meshscope-sim: scenario %s, API %s", qPrintable(options.scenario), qPrintable(simulator.apiUrl().toString()));
    return QCoreApplication::exec();
}
