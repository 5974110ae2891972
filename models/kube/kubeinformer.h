#pragma once

#include "kubeapi.h"
#include "kubejson.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace meshscope {

struct KubeChange
{
    enum class Type
    {
        Added,
        Modified,
        Deleted,
    };
    Type type;
    QJsonObject object; // the new object; for Deleted the last known one
};

// A watching cache of one resource kind, like client-go's informer: a paginated list (limit/continue), then a
// watch from the list's resourceVersion with bookmarks. 410 Gone relists; other failures retry with exponential
// backoff and jitter (429 waits for Retry-After). A relist that changes nothing emits nothing. While it
// reconnects, staleSince() tells since when the cache may be out of date.
class KubeInformer : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Listing,
        Watching,
        Waiting, // backing off before the next attempt
    };
    Q_ENUM(State)

    KubeInformer(KubeApi* api, const KubeResource& resource, const QString& ns = {}, QObject* parent = nullptr);

    void start();
    void stop();

    const KubeResource& resource() const { return m_resource; }
    const QHash<QString, QJsonObject>& objects() const { return m_objects; }
    bool hasSynced() const { return m_synced; }
    State state() const { return m_state; }
    QDateTime staleSince() const { return m_staleSince; }
    QString lastError() const { return m_lastError; }
    QString resourceVersion() const { return m_resourceVersion; }
    int listCount() const { return m_listCount; } // completed lists, including relists
    int retryDelayMs() const { return m_retryTimer.interval(); } // the last back-off chosen

    void setLabelSelector(const QString& selector) { m_labelSelector = selector; }
    void setPageSize(int limit) { m_pageSize = limit; }
    void setBackoff(int initialMs, int maxMs);
    void setWatchTimeoutSeconds(int seconds) { m_watchTimeoutSeconds = seconds; }

signals:
    void added(const QJsonObject& object);
    void modified(const QJsonObject& object);
    void deleted(const QJsonObject& object);
    void changed(const QList<meshscope::KubeChange>& changes); // the same, batched (for models)
    void synced(); // after each completed list
    void stateChanged();
    void errorOccurred(const QString& message);

private:
    void list(const QString& continueToken);
    void pageArrived(quint64 generation, const KubeListPage& page);
    void finishList();
    void watch();
    void watchData(const QByteArray& bytes);
    void requestFinished(const HttpResponse& response, bool wasWatch);
    void retryLater(int delayMs, bool relist);
    void markStale();
    void setState(State state);
    void emitChanges(const QList<KubeChange>& changes);

    KubeApi* m_api;
    KubeResource m_resource;
    QString m_namespace;
    QString m_labelSelector;
    int m_pageSize = 500;
    int m_watchTimeoutSeconds = 0; // 0 = random 5–10 minutes, like client-go
    int m_backoffInitialMs = 800;
    int m_backoffMaxMs = 30000;
    int m_failures = 0;

    QHash<QString, QJsonObject> m_objects;
    QList<QJsonObject> m_listing; // pages of the list in progress
    QString m_resourceVersion;
    WatchStreamParser m_parser;
    KubeCallHandle m_call;
    QTimer m_retryTimer;
    bool m_relistOnRetry = true;
    quint64 m_generation = 0; // bumps on stop/relist so late results are dropped
    bool m_synced = false;
    int m_listCount = 0;
    State m_state = State::Idle;
    QDateTime m_staleSince;
    QString m_lastError;
};

} // namespace meshscope

Q_DECLARE_METATYPE(meshscope::KubeChange)
