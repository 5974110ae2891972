#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace meshscope::testing {

QString testDataPath(const QString& relative)
{
    return QStringLiteral(MESHSCOPE_SUPPORT_DATA_DIR "/") + relative;
}

QByteArray readTestData(const QString& relative)
{
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read test data %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return {};
    }
    return file.readAll();
}

QString sharedPath(const QString& relative)
{
    const QString root = qEnvironmentVariableIsSet("MESHSCOPE_SHARED") ? qEnvironmentVariable("MESHSCOPE_SHARED")
                                                                       : QStringLiteral(MESHSCOPE_SUPPORT_SHARED_DIR);
    return QDir::cleanPath(root + QLatin1Char('/') + relative);
}

QByteArray fillTemplate(QByteArray text, const QHash<QByteArray, QByteArray>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QByteArray("{{" + it.key() + "}}"), it.value());
    return text;
}

QByteArray reviewsSubsets()
{
    return readTestData(QStringLiteral("istio/reviews-subsets.yaml"));
}

QByteArray reviewsWeights(int v1, int v2, int v3)
{
    return fillTemplate(readTestData(QStringLiteral("istio/reviews-weights.yaml")),
        { { "V1", QByteArray::number(v1) }, { "V2", QByteArray::number(v2) }, { "V3", QByteArray::number(v3) } });
}

bool writeFile(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    return file.setPermissions(permissions);
}

} // namespace meshscope::testing
