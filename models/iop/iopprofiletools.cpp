#include "iopprofiletools.h"

#include "iopbuiltins.h"
#include "ioptree.h"
#include "iopyaml.h"
#include "models/config/textdiff.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
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
    const textdiff::LineDiff diff = textdiff::diffTexts(left, right);
    if (diff.identical()) {
        result.text = QStringLiteral("Profiles are identical\n");
        return result;
    }
    result.identical = false;
    result.added = diff.addedCount();
    result.removed = diff.removedCount();
    // istioctl 1.23 printed each change's added lines before its removed ones; keep that order.
    QString text = QStringLiteral("The difference between profiles:\n");
    QStringList added;
    QStringList removed;
    const auto flush = [&] {
        for (const QString& line : std::as_const(added))
            text += u'+' + line + u'\n';
        for (const QString& line : std::as_const(removed))
            text += u'-' + line + u'\n';
        added.clear();
        removed.clear();
    };
    for (const textdiff::DiffLine& line : diff.lines) {
        switch (line.kind) {
        case textdiff::DiffLine::Kind::Added:
            added << line.text;
            break;
        case textdiff::DiffLine::Kind::Removed:
            removed << line.text;
            break;
        case textdiff::DiffLine::Kind::Same:
            flush();
            text += u' ' + line.text + u'\n';
            break;
        }
    }
    flush();
    result.text = text;
    return result;
}

} // namespace meshscope::iop
