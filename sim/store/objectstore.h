// The cluster state: complete Kubernetes JSON objects per group/resource, a global resourceVersion
// counter and a bounded history of change events for watches (older events are compacted away, as
// etcd does, so a watch from a too-old resourceVersion gets 410 Gone).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <optional>

namespace meshscope::sim {

// One stored object plus its compact JSON, serialised once per write so lists and watches never
// re-serialise objects.
struct StoredObject
{
    QJsonObject object;
    QByteArray json;
    qint64 resourceVersion = 0;
};
using StoredObjectPtr = std::shared_ptr<const StoredObject>;

struct StoreEvent
{
    qint64 resourceVersion = 0;
    QString group;
    QString resource;
    QByteArray type; // ADDED, MODIFIED, DELETED
    StoredObjectPtr object;
};

class ObjectStore : public QObject
{
    Q_OBJECT
public:
    // Keys of one resource's objects: "namespace/name" ("/name" when cluster-scoped), sorted.
    using Bucket = std::map<QString, StoredObjectPtr>;

    explicit ObjectStore(QObject* parent = nullptr);

    QList<QJsonObject> list(const QString& group, const QString& resource, const QString& ns = {}) const;
    std::optional<QJsonObject> get(
        const QString& group, const QString& resource, const QString& ns, const QString& name) const;

    StoredObjectPtr find(const QString& group, const QString& resource, const QString& ns, const QString& name) const;
    // The sorted objects of one resource (nullptr when there are none).
    const Bucket* bucket(const QString& group, const QString& resource) const;

    // Writes. The store sets metadata.resourceVersion, and on create uid, creationTimestamp and
    // generation; update bumps generation when anything outside metadata/status changed.
    // They do not check preconditions: the API server does.
    StoredObjectPtr create(const QString& group, const QString& resource, QJsonObject object);
    StoredObjectPtr update(const QString& group, const QString& resource, QJsonObject object);
    StoredObjectPtr remove(const QString& group, const QString& resource, const QString& ns, const QString& name);

    qint64 resourceVersion() const { return m_resourceVersion; }
    // Events of group/resource after resourceVersion, or nullopt when that version was compacted away.
    std::optional<QList<StoreEvent>> eventsSince(
        qint64 resourceVersion, const QString& group, const QString& resource) const;
    // Drops the whole event history (a compaction); watches from before now get 410 Gone.
    void compactHistory();
    void setHistoryLimit(int events) { m_historyLimit = events; }

    static QString keyOf(const QString& ns, const QString& name) { return ns + QLatin1Char('/') + name; }
    static QString bucketKey(const QString& group, const QString& resource)
    {
        return group + QLatin1Char('/') + resource;
    }

signals:
    // eventType: "ADDED", "MODIFIED", "DELETED"
    void objectChanged(
        const QString& group, const QString& resource, const QString& eventType, const QJsonObject& object);
    // The same change with the stored (pre-serialised) object, for watches.
    void stored(const meshscope::sim::StoreEvent& event);

private:
    StoredObjectPtr write(const QString& group, const QString& resource, QJsonObject object, const QByteArray& type);
    void record(const StoreEvent& event);

    QHash<QString, Bucket> m_buckets;
    qint64 m_resourceVersion = 1000;
    std::deque<StoreEvent> m_history;
    qint64 m_compactedUpTo = 0; // events up to and including this version are gone
    int m_historyLimit = 20000;
};

} // namespace meshscope::sim

Q_DECLARE_METATYPE(meshscope::sim::StoreEvent)
