#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace meshscope {

// One input of `meshscope analyze`: a file's name as messages show it and its text.
struct AnalyzeInput
{
    QString name;
    QByteArray text;
};

// Reads the command's inputs as istioctl does: "-" is stdin, a directory is walked recursively in lexical order,
// files need a .json, .yaml or .yml extension (others are skipped with a note on stderr). A path that does not
// exist or cannot be read sets error.
QList<AnalyzeInput> gatherInputs(const QStringList& paths, QString* error);

} // namespace meshscope
