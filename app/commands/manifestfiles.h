// The -f arguments of validate, diff and apply as kubectl reads them: files, "-" for standard input, and
// directories (their .yaml, .yml and .json files; -R descends into subdirectories).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace meshscope {

struct ManifestFile
{
    QString name; // as printed in messages: the path, or "-" for standard input
    QString text;
    QString error; // unreadable
};

QList<ManifestFile> readManifestFiles(const QStringList& arguments, bool recursive);

} // namespace meshscope
