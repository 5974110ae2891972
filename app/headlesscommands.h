#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace meshscope {

// Subcommands that run without widgets (`meshscope <command> …`), on a QCoreApplication.
// Each later feature registers its command in headlesscommands.cpp.
struct HeadlessCommand
{
    QString name;
    QString summary;
    // Receives the arguments after the command name; returns the process exit code.
    std::function<int(const QStringList& arguments)> run;
};

class HeadlessCommands
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::HeadlessCommands)

public:
    static const QList<HeadlessCommand>& all();
    static const HeadlessCommand* find(const QString& name);
    static QString usageSummary(); // "Commands: …" for --help

    // True when argv names a subcommand (the first argument does not start with '-').
    static bool isSubcommandInvocation(int argc, char** argv);
};

} // namespace meshscope
