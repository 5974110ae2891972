#include "sim/store/objectstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace meshscope::sim {

namespace {
QString metadataString(const QJsonObject& object, const QString& field)
{
    return object.value(QStringLiteral("metadata")).toObject().value(field).toString();
}

// Everything but metadata and status: a change here is a new generation.
QJsonObject specPart(QJsonObject object)
{
    object.remove(QStringLiteral("metadata"));
    object.remove(QStringLiteral("status"));
    return object;
}
} // namespace

ObjectStore::ObjectStore(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<meshscope::sim::StoreEvent>();
}

QList<QJsonObject> ObjectStore::list(const QString& group, const QString& resource, const QString& ns) const
{
    QList<QJsonObject> result;
    const Bucket* objects = bucket(group, resource);
    if (!objects)
        return result;
    auto it = ns.isEmpty() ? objects->begin() : objects->lower_bound(ns + QLatin1Char('/'));
    const QString prefix = ns + QLatin1Char('/');
    for (; it != objects->end(); ++it) {
        if (!ns.isEmpty() && !it->first.startsWith(prefix))
            break;
        result.append(it->second->object);
    }
    return result;
}

std::optional<QJsonObject> ObjectStore::get(
    const QString& group, const QString& resource, const QString& ns, const QString& name) const
{
    if (StoredObjectPtr stored = find(group, resource, ns, name))
        return stored->object;
    return std::nullopt;
}

StoredObjectPtr ObjectStore::find(
    const QString& group, const QString& resource, const QString& ns, const QString& name) const
{
    const Bucket* objects = bucket(group, resource);
    if (!objects)
        return nullptr;
    const auto it = objects->find(keyOf(ns, name));
    return it == objects->end() ? nullptr : it->second;
}

const ObjectStore::Bucket* ObjectStore::bucket(const QString& group, const QString& resource) const
{
    const auto it = m_buckets.constFind(bucketKey(group, resource));
    return it == m_buckets.constEnd() ? nullptr : &it.value();
}

StoredObjectPtr ObjectStore::create(const QString& group, const QString& resource, QJsonObject object)
{
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    if (metadata.value(QStringLiteral("uid")).toString().isEmpty()) // scenarios pre-assign uids for ownerReferences
        metadata.insert(QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!metadata.contains(QStringLiteral("creationTimestamp"))
        || metadata.value(QStringLiteral("creationTimestamp")).isNull()) {
        metadata.insert(QStringLiteral("creationTimestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    metadata.insert(QStringLiteral("generation"), 1);
    object.insert(QStringLiteral("metadata"), metadata);
    return write(group, resource, object, "ADDED");
}

StoredObjectPtr ObjectStore::update(const QString& group, const QString& resource, QJsonObject object)
{
    const QString ns = metadataString(object, QStringLiteral("namespace"));
    const QString name = metadataString(object, QStringLiteral("name"));
    const StoredObjectPtr old = find(group, resource, ns, name);
    if (!old)
        return create(group, resource, object);
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    const QJsonObject oldMetadata = old->object.value(QStringLiteral("metadata")).toObject();
    // Immutable server-set fields survive every update.
    for (const char* field : { "uid", "creationTimestamp" })
        metadata.insert(QLatin1String(field), oldMetadata.value(QLatin1String(field)));
    qint64 generation = oldMetadata.value(QStringLiteral("generation")).toInteger(1);
    if (specPart(object) != specPart(old->object))
        ++generation;
    metadata.insert(QStringLiteral("generation"), generation);
    object.insert(QStringLiteral("metadata"), metadata);
    return write(group, resource, object, "MODIFIED");
}

StoredObjectPtr ObjectStore::remove(
    const QString& group, const QString& resource, const QString& ns, const QString& name)
{
    auto bucketIt = m_buckets.find(bucketKey(group, resource));
    if (bucketIt == m_buckets.end())
        return nullptr;
    const auto it = bucketIt->find(keyOf(ns, name));
    if (it == bucketIt->end())
        return nullptr;
    QJsonObject object = it->second->object;
    bucketIt->erase(it);
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(++m_resourceVersion));
    object.insert(QStringLiteral("metadata"), metadata);
    auto stored = std::make_shared<StoredObject>();
    stored->object = object;
    stored->json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    stored->resourceVersion = m_resourceVersion;
    record({ m_resourceVersion, group, resource, "DELETED", stored });
    return stored;
}

StoredObjectPtr ObjectStore::write(
    const QString& group, const QString& resource, QJsonObject object, const QByteArray& type)
{
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(++m_resourceVersion));
    object.insert(QStringLiteral("metadata"), metadata);
    auto stored = std::make_shared<StoredObject>();
    stored->object = object;
    stored->json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    stored->resourceVersion = m_resourceVersion;
    const QString key = keyOf(
        metadata.value(QStringLiteral("namespace")).toString(), metadata.value(QStringLiteral("name")).toString());
    m_buckets[bucketKey(group, resource)][key] = stored;
    record({ m_resourceVersion, group, resource, type, stored });
    return stored;
}

void ObjectStore::record(const StoreEvent& event)
{
    m_history.push_back(event);
    while (m_history.size() > size_t(std::max(1, m_historyLimit))) {
        m_compactedUpTo = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    emit stored(event);
    emit objectChanged(event.group, event.resource, QString::fromLatin1(event.type), event.object->object);
}

std::optional<QList<StoreEvent>> ObjectStore::eventsSince(
    qint64 resourceVersion, const QString& group, const QString& resource) const
{
    if (resourceVersion < m_compactedUpTo)
        return std::nullopt;
    QList<StoreEvent> events;
    // The history is sorted by version: skip to the first newer event.
    auto it = std::upper_bound(m_history.begin(), m_history.end(), resourceVersion,
        [](qint64 version, const StoreEvent& event) { return version < event.resourceVersion; });
    for (; it != m_history.end(); ++it) {
        if (it->group == group && it->resource == resource)
            events.append(*it);
    }
    return events;
}

void ObjectStore::compactHistory()
{
    m_history.clear();
    m_compactedUpTo = m_resourceVersion;
}

} // namespace meshscope::sim
