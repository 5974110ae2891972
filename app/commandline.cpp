#include "commandline.h"

#include "headlesscommands.h"
#include "models/prometheus/promauth.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace meshscope {

namespace {
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

CommandLineResult parseCommandLine(const QStringList& arguments, const QStringList& pageIds)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Meshscope — a native desktop console for Istio service meshes.")
        + u'\n' + promAuthHelp() + u'\n' + HeadlessCommands::usageSummary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
        CommandLine::tr("Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)."),
        QStringLiteral("path"));
    const QCommandLineOption context(
        QStringLiteral("context"), CommandLine::tr("The kubeconfig context to use."), QStringLiteral("name"));
    const QCommandLineOption prometheus(QStringLiteral("prometheus"),
        CommandLine::tr("Prometheus base URL, e.g. http://127.0.0.1:9090."), QStringLiteral("url"));
    const QCommandLineOption demo(QStringLiteral("demo"), CommandLine::tr("Open the built-in demo mesh."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        CommandLine::tr("Render the main window offscreen to a PNG file and exit."), QStringLiteral("file"));
    const QCommandLineOption screenshotText(QStringLiteral("screenshot-text"),
        CommandLine::tr("With --screenshot: also write the texts the window shows (status bar, messages, labels) to "
                        "this file, one per line."),
        QStringLiteral("file"));
    const QCommandLineOption page(QStringLiteral("page"),
        CommandLine::tr("The page to show first: %1.").arg(pageIds.join(QStringLiteral(", "))), QStringLiteral("name"));
    const QCommandLineOption size(QStringLiteral("screenshot-size"),
        CommandLine::tr("Window size for --screenshot, WIDTHxHEIGHT (default 1280x800)."), QStringLiteral("size"));
    const QCommandLineOption passwordFile(QStringLiteral("prometheus-password-file"),
        CommandLine::tr("Read the Prometheus basic-auth password from this file (mode 600)."), QStringLiteral("path"));
    const QCommandLineOption tokenFile(QStringLiteral("prometheus-token-file"),
        CommandLine::tr("Read a Prometheus bearer token from this file (mode 600)."), QStringLiteral("path"));
    const QCommandLineOption maxBody(QStringLiteral("prometheus-max-body-mb"),
        CommandLine::tr("Stop reading a Prometheus response larger than this (default 512)."), QStringLiteral("MB"));
    parser.addOptions({ kubeconfig, context, prometheus, passwordFile, tokenFile, maxBody, demo, screenshot,
        screenshotText, page, size });

    CommandLineResult result;
    if (!parser.parse(arguments)) {
        result.status = CommandLineResult::Status::Error;
        result.errorText = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.status = CommandLineResult::Status::ShowHelp;
        result.helpText = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.status = CommandLineResult::Status::ShowVersion;
        return result;
    }
    const auto fail = [&result](const QString& message) {
        result.status = CommandLineResult::Status::Error;
        result.errorText = message;
        return result;
    };
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    StartupOptions& options = result.options;
    options.kubeconfig = parser.value(kubeconfig);
    options.context = parser.value(context);
    options.demo = parser.isSet(demo);
    options.screenshotFile = parser.value(screenshot);
    options.screenshotTextFile = parser.value(screenshotText);
    if (!options.screenshotTextFile.isEmpty() && options.screenshotFile.isEmpty())
        return fail(CommandLine::tr("--screenshot-text needs --screenshot FILE"));
    options.page = parser.value(page);
    if (parser.isSet(prometheus)) {
        options.prometheus = QUrl::fromUserInput(parser.value(prometheus));
        const QString scheme = options.prometheus.scheme();
        if (!options.prometheus.isValid() || (scheme != u"http" && scheme != u"https"))
            return fail(CommandLine::tr("--prometheus needs an http:// or https:// URL, got \"%1\"")
                            .arg(parser.value(prometheus)));
    }
    options.prometheusPasswordFile = parser.value(passwordFile);
    options.prometheusTokenFile = parser.value(tokenFile);
    if (parser.isSet(maxBody)) {
        bool ok = false;
        const qint64 megabytes = parser.value(maxBody).toLongLong(&ok);
        if (!ok || megabytes <= 0 || megabytes > 64 * 1024)
            return fail(CommandLine::tr("--prometheus-max-body-mb needs a number of megabytes, got \"%1\"")
                            .arg(parser.value(maxBody)));
        options.prometheusMaxBodyBytes = megabytes * 1024 * 1024;
    }
    if (!options.page.isEmpty() && !pageIds.contains(options.page))
        return fail(CommandLine::tr("Unknown page \"%1\"; choose one of: %2")
                        .arg(options.page, pageIds.join(QStringLiteral(", "))));
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto match = pattern.match(parser.value(size));
        if (!match.hasMatch())
            return fail(CommandLine::tr("--screenshot-size needs WIDTHxHEIGHT, got \"%1\"").arg(parser.value(size)));
        options.screenshotSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    return result;
}

} // namespace meshscope
