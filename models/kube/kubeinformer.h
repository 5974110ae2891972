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
// backoff and jitter (429 waits for Retry-After, in seconds or as an HTTP date). A watch that ends before it has
// been up for minWatchMs (10 s) counts as a failure too, however it ended, and the backoff only resets once a
// watch has stayed up that long: a server that keeps closing watches gets ever fewer requests, not a tight loop.
// A relist that changes nothing emits nothing. While it reconnects, staleSince() tells since when the cache may
// be out of date.
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
    // The last error will not go away by retrying: credentials refused (401/403), none to be had, TLS refused.
    bool lastErrorIsPermanent() const { return m_lastErrorPermanent; }
    QString resourceVersion() const { return m_resourceVersion; }
    int listCount() const { return m_listCount; } // completed lists, including relists
    int watchCount() const { return m_watchCount; } // watch requests sent
    int retryDelayMs() const { return m_retryTimer.interval(); } // the last back-off chosen

    void setLabelSelector(const QString& selector) { m_labelSelector = selector; }
    void setPageSize(int limit) { m_pageSize = limit; }
    void setBackoff(int initialMs, int maxMs);
    void setWatchTimeoutSeconds(int seconds) { m_watchTimeoutSeconds = seconds; }
    void setMinWatchMs(int milliseconds) { m_minWatchMs = milliseconds; }

    // A Retry-After header value (delay-seconds or an HTTP date) as milliseconds from now; -1 if unusable.
    static int retryAfterMs(const QByteArray& value, const QDateTime& now);

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
    void requestFinished(const HttpResponse& response, bool wasWatch, bool shortLived = false);
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
    int m_minWatchMs = 10000;
    bool m_lastErrorPermanent = false;
    int m_failures = 0; // in a row; back to 0 once a watch has stayed up for m_minWatchMs

    QHash<QString, QJsonObject> m_objects;
    QList<QJsonObject> m_listing; // pages of the list in progress
    QString m_resourceVersion;
    WatchStreamParser m_parser;
    KubeCallHandle m_call;
    QTimer m_retryTimer;
    QTimer m_healthyTimer; // runs while a watch is open: when it fires, the watch counts as healthy
    bool m_relistOnRetry = true;
    quint64 m_generation = 0; // bumps on stop/relist so late results are dropped
    bool m_synced = false;
    int m_listCount = 0;
    int m_watchCount = 0;
    State m_state = State::Idle;
    QDateTime m_staleSince;
    QString m_lastError;
};

} // namespace meshscope

Q_DECLARE_METATYPE(meshscope::KubeChange)
