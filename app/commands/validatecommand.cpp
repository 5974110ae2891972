#include "validatecommand.h"

#include "app/commands/manifestfiles.h"
#include "app/headlesscommands.h"
#include "models/config/documentvalidation.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace meshscope {

int runValidateCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HeadlessCommands::tr(
        "Validate Istio and Gateway API resources offline against the built-in schema set: YAML syntax, the CRD "
        "schemas (types, enums, bounds, required fields, unknown fields), their CEL rules and Istio's webhook "
        "checks. Unknown fields are warnings unless --strict.\nExit status: 0 valid, 1 invalid (one \"FILE:LINE: Kind "
        "ns/name: field: message\" line each), "
        "2 bad usage."));
    parser.addHelpOption();
    const QCommandLineOption file({ QStringLiteral("f"), QStringLiteral("filename") },
        HeadlessCommands::tr("A file, a directory of manifests, or - for standard input (repeatable)."),
        QStringLiteral("file"));
    const QCommandLineOption recursive({ QStringLiteral("R"), QStringLiteral("recursive") },
        HeadlessCommands::tr("Also read the subdirectories of directories given with -f."));
    const QCommandLineOption noWebhook(QStringLiteral("no-webhook-checks"),
        HeadlessCommands::tr("Only the schema and its rules, not Istio's semantic checks."));
    const QCommandLineOption strict(QStringLiteral("strict"),
        HeadlessCommands::tr("Unknown fields are errors (as kubectl --validate=strict), not warnings."));
    const QCommandLineOption quiet({ QStringLiteral("q"), QStringLiteral("quiet") },
        HeadlessCommands::tr("Print errors only, no warnings and no summary."));
    parser.addOptions({ file, recursive, noWebhook, strict, quiet });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList { QStringLiteral("meshscope validate") } + arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList names = parser.values(file) + parser.positionalArguments();
    if (names.isEmpty()) {
        err << HeadlessCommands::tr("validate: give the files to check with -f FILE (or -f - for standard input)")
            << '\n';
        return 2;
    }
    config::ValidationOptions options;
    options.webhookChecks = !parser.isSet(noWebhook);
    options.unknownFieldsAreErrors = parser.isSet(strict);
    int errors = 0;
    int warnings = 0;
    int resources = 0;
    for (const ManifestFile& manifest : readManifestFiles(names, parser.isSet(recursive))) {
        if (!manifest.error.isEmpty()) {
            out << manifest.name << ": " << manifest.error << '\n';
            ++errors;
            continue;
        }
        const config::TextValidation result
            = config::validateText(manifest.text, *config::SchemaSet::builtIn(), options);
        resources += result.resourceCount;
        for (const config::DocumentMessage& message : result.messages) {
            if (message.message.isError())
                ++errors;
            else if (parser.isSet(quiet))
                continue;
            else
                ++warnings;
            out << message.format(manifest.name) << '\n';
        }
    }
    out.flush();
    if (!parser.isSet(quiet)) {
        err << HeadlessCommands::tr("%n resource(s) checked", nullptr, resources) << ", "
            << HeadlessCommands::tr("%n error(s)", nullptr, errors) << ", "
            << HeadlessCommands::tr("%n warning(s)", nullptr, warnings) << '\n';
    }
    return errors > 0 ? 1 : 0;
}

} // namespace meshscope
