#include "models/config/drafts.h"

#include "models/config/yamldocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace meshscope::config {

DraftStore::DraftStore(const QString& dir)
    : m_dir(dir.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts")
            : dir)
{ }

QString DraftStore::pathFor(const QString& key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_dir + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

bool DraftStore::holdsSecret(const QString& text)
{
    static const QRegularExpression kindLine(
        QStringLiteral("^\\s*[\"']?kind[\"']?\\s*:\\s*[\"']?Secret[\"']?\\s*$"), QRegularExpression::MultilineOption);
    if (kindLine.match(text).hasMatch())
        return true;
    for (const YamlDocument& document : parseYamlDocuments(text)) {
        const QJsonObject object = document.object();
        if (object.value(QStringLiteral("kind")).toString() == QLatin1String("Secret"))
            return true;
        for (const QJsonValue& item : object.value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("Secret"))
                return true;
        }
    }
    return false;
}

bool DraftStore::save(const Draft& draft, QString* error) const
{
    if (holdsSecret(draft.text) || draft.base.value(QStringLiteral("kind")).toString() == QLatin1String("Secret")) {
        remove(draft.key);
        if (error)
            error->clear();
        return false;
    }
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    const QJsonObject json { { QStringLiteral("key"), draft.key }, { QStringLiteral("title"), draft.title },
        { QStringLiteral("text"), draft.text }, { QStringLiteral("base"), draft.base },
        { QStringLiteral("context"), draft.context }, { QStringLiteral("filePath"), draft.filePath },
        { QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
    QSaveFile file(pathFor(draft.key));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DraftStore::remove(const QString& key) const
{
    QFile::remove(pathFor(key));
}

namespace {
std::optional<Draft> readDraft(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("key")).toString().isEmpty())
        return std::nullopt;
    Draft draft;
    draft.key = json.value(QStringLiteral("key")).toString();
    draft.title = json.value(QStringLiteral("title")).toString();
    draft.text = json.value(QStringLiteral("text")).toString();
    draft.base = json.value(QStringLiteral("base")).toObject();
    draft.context = json.value(QStringLiteral("context")).toString();
    draft.filePath = json.value(QStringLiteral("filePath")).toString();
    draft.saved = QDateTime::fromString(json.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    return draft;
}
} // namespace

std::optional<Draft> DraftStore::load(const QString& key) const
{
    std::optional<Draft> draft = readDraft(pathFor(key));
    return draft && draft->key == key ? draft : std::nullopt;
}

QList<Draft> DraftStore::all() const
{
    QList<Draft> drafts;
    const QDir dir(m_dir);
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        if (const auto draft = readDraft(dir.filePath(name)))
            drafts.append(*draft);
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) { return a.saved > b.saved; });
    return drafts;
}

} // namespace meshscope::config
