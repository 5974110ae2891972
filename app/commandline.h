#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace meshscope {

// What the user asked for on the command line of the GUI (not of a headless subcommand).
struct StartupOptions
{
    QString kubeconfig;
    QString context;
    QUrl prometheus;
    QString prometheusPasswordFile;
    QString prometheusTokenFile;
    qint64 prometheusMaxBodyBytes = 512LL * 1024 * 1024;
    bool demo = false;
    QString screenshotFile; // non-empty: render offscreen to this PNG and exit
    QString screenshotTextFile; // with screenshotFile: also write the texts the window shows, one per line
    QString page; // page id to show first
    QSize screenshotSize { 1280, 800 };
};

struct CommandLineResult
{
    enum class Status
    {
        Run,
        ShowHelp,
        ShowVersion,
        Error
    };
    Status status = Status::Run;
    StartupOptions options;
    QString errorText; // for Status::Error
    QString helpText; // for Status::ShowHelp
};

// Parses the GUI command line. Pure (no QApplication needed) so it can be tested directly.
CommandLineResult parseCommandLine(const QStringList& arguments, const QStringList& pageIds);

} // namespace meshscope
