#include "profilecommand.h"

#include "models/iop/iopbuiltins.h"
#include "models/iop/iopmerge.h"
#include "models/iop/iopprofiletools.h"
#include "models/iop/iopvalidation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <algorithm>

namespace meshscope {

namespace {

struct ProfileCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
};

QString usage()
{
    return ProfileCommandText::tr(
        "Usage: meshscope profile <command>\n"
        "  list                         list the built-in IstioOperator profiles\n"
        "  dump [PROFILE] [-f FILE]… [--set PATH=VALUE]… [-o yaml|json|flags] [-p CONFIG_PATH] [--force]\n"
        "                               print the merged IstioOperator: default, then the profile, then the files,\n"
        "                               then --set (istioctl's merge: maps merge, lists and values are replaced)\n"
        "  diff A B                     compare two profiles or IstioOperator files (exit 0 identical, 1 different)\n");
}

int runList(QTextStream& out)
{
    QStringList names = iop::profileNames();
    std::sort(names.begin(), names.end());
    out << "Istio configuration profiles:\n";
    for (const QString& name : std::as_const(names))
        out << "    " << name << '\n';
    return 0;
}

int runDump(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProfileCommandText::tr(
        "Print the IstioOperator that results from the default profile, the named profile (or the files' "
        "spec.profile), the files in order and the --set flags in order."));
    parser.addHelpOption();
    const QCommandLineOption filename({ QStringLiteral("f"), QStringLiteral("filename") },
        ProfileCommandText::tr("An IstioOperator file to merge (repeatable; - reads standard input, last only)."),
        QStringLiteral("file"));
    const QCommandLineOption set({ QStringLiteral("s"), QStringLiteral("set") },
        ProfileCommandText::tr("Override a value, e.g. values.global.hub=example.com (repeatable; paths relative to "
                               "spec, lists as [0] or [name:x])."),
        QStringLiteral("path=value"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        ProfileCommandText::tr("yaml, json or flags."), QStringLiteral("format"), QStringLiteral("yaml"));
    const QCommandLineOption configPath({ QStringLiteral("p"), QStringLiteral("config-path") },
        ProfileCommandText::tr("Print only this part of the spec, e.g. components.pilot."), QStringLiteral("path"));
    const QCommandLineOption force(QStringLiteral("force"),
        ProfileCommandText::tr("Print the result even when it does not pass istioctl's checks."));
    parser.addOptions({ filename, set, output, configPath, force });
    parser.addPositionalArgument(QStringLiteral("profile"), ProfileCommandText::tr("A built-in profile."));
    if (!parser.parse(QStringList { QStringLiteral("meshscope profile dump") } + arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QStringList files = parser.values(filename);
    if (positional.size() > 1) {
        err << ProfileCommandText::tr("profile dump takes at most one profile name") << '\n';
        return 2;
    }
    if (!positional.isEmpty() && !files.isEmpty()) {
        err << ProfileCommandText::tr("cannot specify both profile name and filename flag") << '\n';
        return 2;
    }
    iop::DumpFormat format = iop::DumpFormat::Yaml;
    if (!iop::parseDumpFormat(parser.value(output), &format)) {
        err << ProfileCommandText::tr("unknown output format: %1").arg(parser.value(output)) << '\n';
        return 2;
    }

    iop::MergeRequest request;
    for (int i = 0; i < files.size(); ++i) {
        const QString& name = files.at(i);
        QFile file;
        if (name == QStringLiteral("-")) {
            if (i != files.size() - 1) {
                err << ProfileCommandText::tr("stdin is only allowed as the last filename") << '\n';
                return 2;
            }
            if (!file.open(stdin, QIODevice::ReadOnly)) {
                err << ProfileCommandText::tr("cannot read standard input") << '\n';
                return 1;
            }
        } else {
            file.setFileName(name);
            if (!file.open(QIODevice::ReadOnly)) {
                err << ProfileCommandText::tr("cannot read %1: %2").arg(name, file.errorString()) << '\n';
                return 1;
            }
        }
        request.files << iop::readIopFile(name, file.readAll());
    }
    request.profile = positional.value(0);
    request.setFlags = parser.values(set);
    const iop::MergeResult result = iop::mergeIstioOperator(request);
    for (const QString& error : result.errors)
        err << "Error: " << error << '\n';
    if (!result.ok())
        return 1;
    for (const QString& warning : result.warnings)
        err << "! " << warning << '\n';

    bool invalid = false;
    for (const iop::IopIssue& issue : iop::validateIstioOperator(result.merged)) {
        const bool fatal = issue.severity == iop::IopIssue::Error && !parser.isSet(force);
        invalid = invalid || fatal;
        err << (fatal ? "Error: " : "! ") << issue.message << '\n';
    }
    if (invalid) {
        err << ProfileCommandText::tr("the merged IstioOperator is not valid (--force prints it anyway)") << '\n';
        return 1;
    }
    QString error;
    const QString text = iop::renderDump(result.merged, format, parser.value(configPath), &error);
    if (!error.isEmpty()) {
        err << "Error: " << error << '\n';
        return 1;
    }
    out << text;
    return 0;
}

int runDiff(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProfileCommandText::tr(
        "Compare two profiles or IstioOperator files, each merged over its profile as profile dump prints it."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("a"), ProfileCommandText::tr("A profile name or an IstioOperator file."));
    parser.addPositionalArgument(
        QStringLiteral("b"), ProfileCommandText::tr("A profile name or an IstioOperator file."));
    if (!parser.parse(QStringList { QStringLiteral("meshscope profile diff") } + arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList sides = parser.positionalArguments();
    if (sides.size() != 2) {
        err << ProfileCommandText::tr("diff requires two profiles") << '\n';
        return 2;
    }
    QStringList dumps;
    for (const QString& side : sides) {
        const iop::MergeResult result = iop::mergeProfileOrFile(side);
        if (!result.ok()) {
            err << ProfileCommandText::tr("could not read %1: %2").arg(side, result.errors.join(QStringLiteral("; ")))
                << '\n';
            return 2;
        }
        dumps << iop::renderDump(result.merged, iop::DumpFormat::Yaml);
    }
    const iop::ProfileDiff diff = iop::diffDumps(dumps.at(0), dumps.at(1));
    out << diff.text;
    return diff.identical ? 0 : 1;
}

} // namespace

int runProfileCommand(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QStringLiteral("list")) {
        if (!rest.isEmpty() && rest != QStringList { QStringLiteral("--help") }) {
            err << usage();
            return 2;
        }
        return runList(out);
    }
    if (command == QStringLiteral("dump"))
        return runDump(rest, out, err);
    if (command == QStringLiteral("diff"))
        return runDiff(rest, out, err);
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        out << usage();
        return 0;
    }
    err << (command.isEmpty() ? QString() : ProfileCommandText::tr("unknown profile command: %1\n").arg(command))
        << usage();
    return 2;
}

} // namespace meshscope
