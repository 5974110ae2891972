#include "models/config/appliedrecords.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace meshscope::config {

AppliedRecords::AppliedRecords(const QString& dir)
    : m_dir(dir.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/applied")
            : dir)
{ }

QString AppliedRecords::keyFor(
    const QString& context, const QString& group, const QString& kind, const QString& ns, const QString& name)
{
    return QStringList { context, group, kind, ns, name }.join(QLatin1Char('/'));
}

QString AppliedRecords::pathFor(const QString& key) const
{
    return m_dir + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex())
        + QStringLiteral(".json");
}

bool AppliedRecords::record(const QString& key, const QJsonObject& applied) const
{
    if (applied.value(QStringLiteral("kind")).toString() == QLatin1String("Secret") || !QDir().mkpath(m_dir))
        return false;
    QSaveFile file(pathFor(key));
    const QJsonObject json { { QStringLiteral("key"), key }, { QStringLiteral("applied"), applied } };
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) >= 0
        && file.commit();
}

std::optional<QJsonObject> AppliedRecords::lastApplied(const QString& key) const
{
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("key")).toString() != key)
        return std::nullopt;
    return json.value(QStringLiteral("applied")).toObject();
}

} // namespace meshscope::config
