// One watch: a chunked stream of {"type":…,"object":…} lines (ADDED/MODIFIED/DELETED, BOOKMARK when
// asked for), replayed from the store's event history from the requested resourceVersion.
#pragma once

#include "sim/apiserver/resourcecatalog.h"
#include "sim/apiserver/selectors.h"
#include "sim/store/objectstore.h"

#include <QObject>
#include <QTimer>

namespace meshscope::sim {

class HttpConnection;
struct ResourceType;

struct WatchOptions
{
    QString ns;
    QString version;
    std::optional<LabelSelector> labels;
    std::optional<FieldSelector> fields;
    bool table = false;
    bool bookmarks = false;
    int bookmarkIntervalMs = 2000;
    int timeoutSeconds = 0;
    int dropAfterMs = 0; // a fault: cut the stream
};

class WatchStream : public QObject
{
    Q_OBJECT
public:
    WatchStream(ObjectStore& store, const ResourceType& type, WatchOptions options, HttpConnection* connection);

    // since: replay events after this version; nullopt: start with ADDED for every current object.
    void start(std::optional<qint64> since, const QList<StoreEvent>& replay);
    void drop();

private:
    void send(const StoreEvent& event);
    bool wanted(const QJsonObject& object) const;
    QByteArray eventLine(const QByteArray& type, const QByteArray& objectJson) const;
    QByteArray objectJson(const StoredObjectPtr& stored) const;
    void sendBookmark();

    ObjectStore& m_store;
    QString m_group;
    QString m_resource;
    ResourceType m_type; // a copy: the catalog may be rebuilt while we stream
    QString m_preferredVersion;
    WatchOptions m_options;
    HttpConnection* m_connection;
    QTimer m_bookmarkTimer;
    qint64 m_lastSent = 0;
};

} // namespace meshscope::sim
