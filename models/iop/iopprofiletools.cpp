#include "iopprofiletools.h"

#include "iopbuiltins.h"
#include "ioptree.h"
#include "iopyaml.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <dtl/dtl.hpp>
#include <string>
#include <vector>

namespace meshscope::iop {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::iop::IopProfileTools)
};

// IOP files are a few kilobytes; refuse what cannot be one rather than read a disk image into memory.
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

} // namespace

bool parseDumpFormat(const QString& text, DumpFormat* format)
{
    if (text == QStringLiteral("yaml"))
        *format = DumpFormat::Yaml;
    else if (text == QStringLiteral("json"))
        *format = DumpFormat::Json;
    else if (text == QStringLiteral("flags"))
        *format = DumpFormat::Flags;
    else
        return false;
    return true;
}

QString renderDump(const QVariant& merged, DumpFormat format, const QString& configPath, QString* error)
{
    const QVariant tree = dumpTree(merged, configPath);
    if (!tree.isValid()) {
        if (error)
            *error = Tr::tr("no value at %1 in the merged spec").arg(configPath);
        return {};
    }
    switch (format) {
    case DumpFormat::Json:
        return toJson(tree) + u'\n';
    case DumpFormat::Flags: {
        // Without a config path the flags are relative to spec, as --set takes them.
        const QVariant flagsTree = configPath.isEmpty() ? valueAt(tree, QStringLiteral("spec")) : tree;
        return toFlags(flagsTree).join(u'\n') + u'\n';
    }
    case DumpFormat::Yaml:
        break;
    }
    return isNull(tree) ? QStringLiteral("null\n") : toYaml(tree);
}

MergeResult mergeProfileOrFile(const QString& profileOrPath)
{
    MergeRequest request;
    if (isProfileName(profileOrPath) && !QFileInfo::exists(profileOrPath)) {
        request.profile = profileOrPath;
        return mergeIstioOperator(request);
    }
    QFile file(profileOrPath);
    if (!file.open(QIODevice::ReadOnly)) {
        MergeResult failed;
        failed.errors << (isProfileName(profileOrPath)
                ? file.errorString()
                : Tr::tr("could not read \"%1\": it is neither a profile (%2) nor a readable file (%3)")
                      .arg(profileOrPath, profileNames().join(QStringLiteral(", ")), file.errorString()));
        return failed;
    }
    if (file.size() > kMaxFileBytes) {
        MergeResult failed;
        failed.errors << Tr::tr("%1 is too large for an IstioOperator (%2 bytes)").arg(profileOrPath).arg(file.size());
        return failed;
    }
    request.files << readIopFile(profileOrPath, file.readAll());
    return mergeIstioOperator(request);
}

ProfileDiff diffDumps(const QString& left, const QString& right)
{
    ProfileDiff result;
    if (left == right) {
        result.text = QStringLiteral("Profiles are identical\n");
        return result;
    }
    // dtl's shortest edit script over lines (the project's shared text diff will replace this once it is in).
    const auto lines = [](const QString& text) {
        std::vector<std::string> out;
        for (const QString& line : text.split(u'\n'))
            out.push_back(line.toStdString());
        if (!out.empty() && out.back().empty())
            out.pop_back();
        return out;
    };
    dtl::Diff<std::string, std::vector<std::string>> diff(lines(left), lines(right));
    diff.compose();
    result.identical = false;
    QString text = QStringLiteral("The difference between profiles:\n");
    for (const auto& [line, info] : diff.getSes().getSequence()) {
        switch (info.type) {
        case dtl::SES_ADD:
            text += u'+';
            ++result.added;
            break;
        case dtl::SES_DELETE:
            text += u'-';
            ++result.removed;
            break;
        default:
            text += u' ';
        }
        text += QString::fromStdString(line) + u'\n';
    }
    result.text = text;
    return result;
}

} // namespace meshscope::iop
