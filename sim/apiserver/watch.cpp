#include "sim/apiserver/watch.h"

#include "sim/apiserver/resourcecatalog.h"
#include "sim/apiserver/tables.h"
#include "sim/http/httpserver.h"

#include <QJsonDocument>

namespace meshscope::sim {

WatchStream::WatchStream(ObjectStore& store, const ResourceType& type, WatchOptions options, HttpConnection* connection)
    : QObject(connection)
    , m_store(store)
    , m_group(type.group)
    , m_resource(type.resource)
    , m_type(type)
    , m_preferredVersion(type.versions.first())
    , m_options(std::move(options))
    , m_connection(connection)
{ }

void WatchStream::start(std::optional<qint64> since, const QList<StoreEvent>& replay)
{
    m_connection->beginStream(200, "application/json");
    if (!since) {
        if (const ObjectStore::Bucket* bucket = m_store.bucket(m_group, m_resource)) {
            for (const auto& [key, stored] : *bucket)
                send({ stored->resourceVersion, m_group, m_resource, "ADDED", stored });
        }
    }
    for (const StoreEvent& event : replay)
        send(event);
    m_lastSent = std::max(m_lastSent, since.value_or(m_store.resourceVersion()));
    connect(&m_store, &ObjectStore::stored, this, [this](const StoreEvent& event) {
        if (event.group == m_group && event.resource == m_resource)
            send(event);
    });
    if (m_options.bookmarks) {
        connect(&m_bookmarkTimer, &QTimer::timeout, this, &WatchStream::sendBookmark);
        m_bookmarkTimer.start(m_options.bookmarkIntervalMs);
    }
    if (m_options.timeoutSeconds > 0) {
        QTimer::singleShot(m_options.timeoutSeconds * 1000, this, [this] {
            m_connection->endStream();
            deleteLater();
        });
    }
    if (m_options.dropAfterMs > 0)
        QTimer::singleShot(m_options.dropAfterMs, this, &WatchStream::drop);
}

void WatchStream::drop()
{
    // A cut connection, as when an API server restarts: no final chunk.
    m_connection->close();
}

bool WatchStream::wanted(const QJsonObject& object) const
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    if (!m_options.ns.isEmpty() && metadata.value(QStringLiteral("namespace")).toString() != m_options.ns)
        return false;
    if (m_options.labels && !m_options.labels->matches(metadata.value(QStringLiteral("labels")).toObject()))
        return false;
    return !m_options.fields || m_options.fields->matches(object);
}

QByteArray WatchStream::objectJson(const StoredObjectPtr& stored) const
{
    if (m_options.table) {
        QJsonObject table { { QStringLiteral("kind"), QStringLiteral("Table") },
            { QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("resourceVersion"), QString::number(stored->resourceVersion) } } },
            { QStringLiteral("columnDefinitions"), tableColumns(m_type) },
            { QStringLiteral("rows"), QJsonArray { tableRow(m_type, stored->object, QString()) } } };
        return QJsonDocument(table).toJson(QJsonDocument::Compact);
    }
    if (m_options.version == m_preferredVersion)
        return stored->json;
    QJsonObject converted = stored->object;
    converted.insert(QStringLiteral("apiVersion"), m_type.apiVersion(m_options.version));
    return QJsonDocument(converted).toJson(QJsonDocument::Compact);
}

QByteArray WatchStream::eventLine(const QByteArray& type, const QByteArray& json) const
{
    return "{\"type\":\"" + type + "\",\"object\":" + json + "}\n";
}

void WatchStream::send(const StoreEvent& event)
{
    if (event.resourceVersion <= m_lastSent && event.type != "ADDED")
        return;
    m_lastSent = std::max(m_lastSent, event.resourceVersion);
    if (!wanted(event.object->object))
        return;
    m_connection->streamChunk(eventLine(event.type, objectJson(event.object)));
}

void WatchStream::sendBookmark()
{
    const QJsonObject bookmark { { QStringLiteral("kind"), m_type.kind },
        { QStringLiteral("apiVersion"), m_type.apiVersion(m_options.version) },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("resourceVersion"), QString::number(m_store.resourceVersion()) } } } };
    m_connection->streamChunk(eventLine("BOOKMARK", QJsonDocument(bookmark).toJson(QJsonDocument::Compact)));
}

} // namespace meshscope::sim
