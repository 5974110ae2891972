#include "iopdrafts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace meshscope::iop {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::iop::IopDraftStore)
};

constexpr qint64 kMaxDraftBytes = 32 * 1024 * 1024;

} // namespace

IopDraftStore::IopDraftStore(const QString& directory)
    : m_directory(directory)
{ }

QString IopDraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/iop-drafts");
}

QString IopDraftStore::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString IopDraftStore::pathFor(const QString& key) const
{
    // Keys are our own UUIDs; anything else is reduced to a safe file name.
    QString name = key;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return m_directory + u'/' + name + QStringLiteral(".json");
}

bool IopDraftStore::holdsSecret(const QString& text)
{
    static const QRegularExpression kind(
        QStringLiteral("^kind:\\s*[\"']?Secret[\"']?\\s*(#.*)?$"), QRegularExpression::MultilineOption);
    return kind.match(text).hasMatch();
}

bool IopDraftStore::save(const IopDraft& draft, QString* error) const
{
    if (holdsSecret(draft.text)) {
        remove(draft.key);
        if (error)
            error->clear();
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = Tr::tr("Cannot create the drafts folder %1").arg(m_directory);
        return false;
    }
    const QJsonObject object { { QStringLiteral("key"), draft.key }, { QStringLiteral("filePath"), draft.filePath },
        { QStringLiteral("origin"), draft.origin }, { QStringLiteral("text"), draft.text },
        { QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
    QSaveFile file(pathFor(draft.key));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (error)
            *error = Tr::tr("Cannot keep a draft in %1: %2").arg(m_directory, file.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<QLockFile> IopDraftStore::lock(const QString& key) const
{
    if (!QDir().mkpath(m_directory))
        return nullptr;
    auto file = std::make_unique<QLockFile>(pathFor(key) + QStringLiteral(".lock"));
    file->setStaleLockTime(0); // stale only when its process is gone, however long an editor stays open
    return file->tryLock(0) ? std::move(file) : nullptr;
}

bool IopDraftStore::isInUse(const QString& key) const
{
    return !lock(key);
}

void IopDraftStore::remove(const QString& key) const
{
    QFile::remove(pathFor(key));
}

QList<IopDraft> IopDraftStore::all() const
{
    QList<IopDraft> drafts;
    const QDir dir(m_directory);
    for (const QFileInfo& info : dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files)) {
        if (info.size() > kMaxDraftBytes)
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        if (!object.value(QStringLiteral("text")).isString())
            continue;
        drafts.append({ info.completeBaseName(), object.value(QStringLiteral("filePath")).toString(),
            object.value(QStringLiteral("origin")).toString(), object.value(QStringLiteral("text")).toString(),
            QDateTime::fromString(object.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs) });
    }
    std::sort(drafts.begin(), drafts.end(), [](const IopDraft& a, const IopDraft& b) { return a.saved > b.saved; });
    return drafts;
}

} // namespace meshscope::iop
