#include "commandline.h"
#include "guisession.h"
#include "headlesscommands.h"
#include "models/appsettings.h"
#include "models/pagecatalog.h"
#include "screenshot.h"
#include "translations.h"
#include "ui/mainwindow.h"
#include "views/common/theme.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>
#include <optional>

using namespace meshscope;

namespace {

// The last line of defence: an exception must never unwind through Qt's event loop (undefined behaviour, in
// practice an abort that loses the user's work). Parsers report errors as values; anything that still throws is
// caught here, said on stderr, and the application carries on.
template <typename Application> class GuardedApplication : public Application
{
public:
    using Application::Application;
    bool notify(QObject* receiver, QEvent* event) override
    {
        try {
            return Application::notify(receiver, event);
        } catch (const std::exception& e) {
            qCritical("meshscope: internal error (%s) while handling an event; carrying on", e.what());
        } catch (...) {
            qCritical("meshscope: internal error while handling an event; carrying on");
        }
        return false;
    }
};

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Meshscope"));
    QCoreApplication::setApplicationName(QStringLiteral("meshscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHSCOPE_VERSION));
}

int runHeadless(int argc, char** argv)
{
    GuardedApplication<QCoreApplication> app(argc, argv);
    setApplicationIdentity();
    installTranslations(QLocale::system());
    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    const HeadlessCommand* command = HeadlessCommands::find(name);
    if (!command) {
        QTextStream(stderr) << QCoreApplication::translate("main", "meshscope: unknown command \"%1\"").arg(name)
                            << '\n'
                            << HeadlessCommands::usageSummary() << '\n';
        return 2;
    }
    try {
        return command->run(arguments.mid(2));
    } catch (const std::exception& e) {
        QTextStream(stderr) << "meshscope " << name << ": internal error: " << e.what() << '\n';
    } catch (...) {
        QTextStream(stderr) << "meshscope " << name << ": internal error\n";
    }
    return 1;
}

// Parses the command line before any display is needed, so --help, --version and usage errors work on
// a machine without one. Returns an exit code when there is nothing more to do.
std::optional<int> parseOrExit(int argc, char** argv, StartupOptions& options)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(QLocale::system());
    const CommandLineResult parsed = parseCommandLine(QCoreApplication::arguments(), PageCatalog().ids());
    switch (parsed.status) {
    case CommandLineResult::Status::ShowHelp:
        QTextStream(stdout) << parsed.helpText;
        return 0;
    case CommandLineResult::Status::ShowVersion:
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return 0;
    case CommandLineResult::Status::Error:
        QTextStream(stderr) << "meshscope: " << parsed.errorText << '\n';
        return 2;
    case CommandLineResult::Status::Run:
        break;
    }
    options = parsed.options;
    return std::nullopt;
}

QtMessageHandler defaultMessageHandler = nullptr;

// The offscreen platform has no window manager to pass size hints to and says so on every show();
// that is not something a user of --screenshot can act on.
void screenshotMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message == u"This plugin does not support propagateSizeHints()")
        return;
    defaultMessageHandler(type, context, message);
}

int takeScreenshot(GuiSession& session, const StartupOptions& options)
{
    session.window().resize(options.screenshotSize);
    session.window().show();
    const auto grab = [&session, &options] {
        QString error = saveScreenshot(session.window(), options.screenshotFile);
        if (error.isEmpty() && !options.screenshotTextFile.isEmpty())
            error = saveVisibleTexts(session.window(), options.screenshotTextFile);
        if (!error.isEmpty())
            QTextStream(stderr) << "meshscope: " << error << '\n';
        QCoreApplication::exit(error.isEmpty() ? 0 : 1);
    };
    // Grab once start-up has settled (the demo mesh takes a few seconds), from the running event loop.
    QObject::connect(&session, &GuiSession::settled, &session, grab, Qt::SingleShotConnection);
    QTimer::singleShot(std::chrono::seconds(60), &session, grab);
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    if (HeadlessCommands::isSubcommandInvocation(argc, argv))
        return runHeadless(argc, argv);

    StartupOptions options;
    if (const auto exitCode = parseOrExit(argc, argv, options))
        return *exitCode;

    const bool screenshot = !options.screenshotFile.isEmpty();
    // A screenshot never needs a display; don't make the user remember QT_QPA_PLATFORM.
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (screenshot)
        defaultMessageHandler = qInstallMessageHandler(screenshotMessageHandler);

    GuardedApplication<QApplication> app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/meshscope.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.meshscope.Meshscope"));
    installTranslations(QLocale::system());
    applyTheme(app, AppSettings().theme());

    GuiSession session(options);
    if (screenshot)
        return takeScreenshot(session, options);
    session.window().show();
    return QApplication::exec();
}
