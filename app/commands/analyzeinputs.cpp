#include "analyzeinputs.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>

namespace meshscope {
namespace {

struct InputText
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)
};

bool hasInputExtension(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix == QLatin1String("json") || suffix == QLatin1String("yaml") || suffix == QLatin1String("yml");
}

void skip(const QString& path)
{
    QTextStream(stderr)
        << InputText::tr("Skipping file %1, recognized file extensions are: [.json .yaml .yml]").arg(path) << '\n';
}

bool readFile(const QString& path, QList<AnalyzeInput>* inputs, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = InputText::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    inputs->append({ path, file.readAll() });
    return true;
}

} // namespace

QList<AnalyzeInput> gatherInputs(const QStringList& paths, QString* error)
{
    QList<AnalyzeInput> inputs;
    for (const QString& path : paths) {
        if (path == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                *error = InputText::tr("cannot read stdin");
                return {};
            }
            inputs.append({ path, in.readAll() });
            continue;
        }
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = InputText::tr("stat %1: no such file or directory").arg(path);
            return {};
        }
        if (!info.isDir()) {
            if (!hasInputExtension(path))
                skip(path);
            else if (!readFile(path, &inputs, error))
                return {};
            continue;
        }
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << QDir::cleanPath(it.next());
        }
        std::sort(files.begin(), files.end());
        for (const QString& file : std::as_const(files)) {
            if (!hasInputExtension(file))
                skip(file);
            else if (!readFile(file, &inputs, error))
                return {};
        }
    }
    return inputs;
}

} // namespace meshscope
