#include "manifestfiles.h"

#include "app/headlesscommands.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace meshscope {

QList<ManifestFile> readManifestFiles(const QStringList& arguments, bool recursive)
{
    QList<ManifestFile> files;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("-")) {
            QFile input;
            ManifestFile file { QStringLiteral("-"), {}, {} };
            if (input.open(stdin, QIODevice::ReadOnly))
                file.text = QString::fromUtf8(input.readAll());
            else
                file.error = HeadlessCommands::tr("cannot read standard input");
            files.append(file);
            continue;
        }
        const QFileInfo info(argument);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(argument, { QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json") },
                QDir::Files, recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            for (const QString& path : std::as_const(found))
                files += readManifestFiles({ path }, false);
            continue;
        }
        QFile input(argument);
        ManifestFile file { argument, {}, {} };
        if (!input.open(QIODevice::ReadOnly))
            file.error = HeadlessCommands::tr("cannot read %1: %2").arg(argument, input.errorString());
        else
            file.text = QString::fromUtf8(input.readAll());
        files.append(file);
    }
    return files;
}

} // namespace meshscope
