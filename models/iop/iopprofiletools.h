#pragma once

#include "iopmerge.h"

#include <QString>
#include <QStringList>

// What istioctl 1.23's `profile dump` and `profile diff` did, for the headless commands and the IOP editor.
namespace meshscope::iop {

enum class DumpFormat
{
    Yaml,
    Json,
    Flags
};
bool parseDumpFormat(const QString& text, DumpFormat* format);

// The merged IstioOperator as `profile dump` printed it (ends with a newline); *error when the config path is
// not in the result.
QString renderDump(
    const QVariant& merged, DumpFormat format, const QString& configPath = QString(), QString* error = nullptr);

// A profile name or an IstioOperator file (merged over its own profile, as istioctl does), read from disk.
MergeResult mergeProfileOrFile(const QString& profileOrPath);

// `profile diff`: "Profiles are identical" or "The difference between profiles:" and every line of the dumps
// prefixed with "-", "+" or " ".
struct ProfileDiff
{
    bool identical = true;
    QString text;
    int added = 0;
    int removed = 0;
};
ProfileDiff diffDumps(const QString& left, const QString& right);

} // namespace meshscope::iop
