#include "kubeinformer.h"

#include "models/core/background.h"

#include <QRandomGenerator>
#include <cmath>

namespace meshscope {

KubeInformer::KubeInformer(KubeApi* api, const KubeResource& resource, const QString& ns, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_resource(resource)
    , m_namespace(ns)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_relistOnRetry || m_resourceVersion.isEmpty())
            list({});
        else
            watch();
    });
    m_healthyTimer.setSingleShot(true);
    connect(&m_healthyTimer, &QTimer::timeout, this, [this] { m_failures = 0; });
}

void KubeInformer::setBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = initialMs;
    m_backoffMaxMs = maxMs;
}

void KubeInformer::start()
{
    if (m_state != State::Idle)
        return;
    list({});
}

void KubeInformer::stop()
{
    ++m_generation;
    m_retryTimer.stop();
    m_healthyTimer.stop();
    if (m_call)
        std::exchange(m_call, {})->cancel();
    setState(State::Idle);
}

void KubeInformer::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void KubeInformer::markStale()
{
    if (m_synced && !m_staleSince.isValid()) {
        m_staleSince = QDateTime::currentDateTime();
        emit stateChanged();
    }
}

void KubeInformer::list(const QString& continueToken)
{
    if (continueToken.isEmpty()) {
        ++m_generation;
        m_listing.clear();
    }
    setState(State::Listing);
    KubeRequest request;
    request.path = m_resource.path(m_namespace);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!continueToken.isEmpty())
        request.query.addQueryItem(QStringLiteral("continue"), continueToken);
    if (!m_labelSelector.isEmpty())
        request.query.addQueryItem(QStringLiteral("labelSelector"), m_labelSelector);
    request.timeout = std::chrono::seconds(60);
    const quint64 generation = m_generation;
    m_call = m_api->send(request, this, [this, generation](const HttpResponse& response) {
        if (generation != m_generation)
            return;
        m_call.reset();
        if (!response.ok()) {
            requestFinished(response, false);
            return;
        }
        // A page of 500 pods is a few MB of JSON: parse it on a worker thread.
        runInBackground(
            this, [body = response.body] { return parseListPage(body); },
            [this, generation](const KubeListPage& page) { pageArrived(generation, page); });
    });
}

void KubeInformer::pageArrived(quint64 generation, const KubeListPage& page)
{
    if (generation != m_generation)
        return;
    if (!page.error.isEmpty()) {
        m_lastError = page.error;
        emit errorOccurred(page.error);
        markStale();
        retryLater(-1, true);
        return;
    }
    m_listing.append(page.items);
    if (!page.continueToken.isEmpty()) {
        list(page.continueToken);
        return;
    }
    m_resourceVersion = page.resourceVersion;
    finishList();
}

void KubeInformer::finishList()
{
    // Merge by key against what we had, so a relist only reports real differences.
    QHash<QString, QJsonObject> fresh;
    fresh.reserve(m_listing.size());
    QList<KubeChange> changes;
    for (QJsonObject& object : m_listing) {
        const QString key = objectKey(object);
        const auto old = m_objects.constFind(key);
        if (old == m_objects.constEnd())
            changes.append({ KubeChange::Type::Added, object });
        else if (objectResourceVersion(*old) != objectResourceVersion(object))
            changes.append({ KubeChange::Type::Modified, object });
        fresh.insert(key, std::move(object));
    }
    m_listing.clear();
    for (auto it = m_objects.constBegin(); it != m_objects.constEnd(); ++it) {
        if (!fresh.contains(it.key()))
            changes.append({ KubeChange::Type::Deleted, it.value() });
    }
    m_objects = std::move(fresh);
    m_synced = true;
    ++m_listCount;
    m_lastError.clear();
    m_staleSince = {};
    emitChanges(changes);
    emit synced();
    watch();
}

void KubeInformer::emitChanges(const QList<KubeChange>& changes)
{
    if (changes.isEmpty())
        return;
    for (const KubeChange& change : changes) {
        switch (change.type) {
        case KubeChange::Type::Added:
            emit added(change.object);
            break;
        case KubeChange::Type::Modified:
            emit modified(change.object);
            break;
        case KubeChange::Type::Deleted:
            emit deleted(change.object);
            break;
        }
    }
    emit changed(changes);
}

void KubeInformer::watch()
{
    setState(State::Watching);
    m_parser = {};
    KubeRequest request;
    request.path = m_resource.path(m_namespace);
    const int timeoutSeconds
        = m_watchTimeoutSeconds > 0 ? m_watchTimeoutSeconds : 300 + QRandomGenerator::global()->bounded(300);
    request.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    request.query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    request.query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    request.query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(timeoutSeconds));
    if (!m_labelSelector.isEmpty())
        request.query.addQueryItem(QStringLiteral("labelSelector"), m_labelSelector);
    request.timeout = std::chrono::seconds(timeoutSeconds + 30);
    ++m_watchCount;
    // Only a watch that stays up for a while resets the backoff: a server that accepts watches and closes them at
    // once must see fewer and fewer of them.
    m_healthyTimer.start(m_minWatchMs);
    const quint64 generation = m_generation;
    m_call = m_api->stream(
        request, this,
        [this, generation] {
            if (generation != m_generation)
                return;
            if (m_staleSince.isValid()) {
                m_staleSince = {};
                emit stateChanged();
            }
        },
        [this, generation](const QByteArray& bytes) {
            if (generation == m_generation)
                watchData(bytes);
        },
        [this, generation](const HttpResponse& response) {
            if (generation != m_generation)
                return;
            m_call.reset();
            const bool shortLived = m_healthyTimer.isActive();
            m_healthyTimer.stop();
            requestFinished(response, true, shortLived);
        });
}

void KubeInformer::watchData(const QByteArray& bytes)
{
    QList<KubeChange> changes;
    const QList<KubeWatchEvent> events = m_parser.feed(bytes);
    if (m_parser.overflowed()) {
        m_lastError = m_parser.error();
        m_lastErrorPermanent = false;
        emit errorOccurred(m_lastError);
        ++m_generation; // ignore the rest of this stream
        m_healthyTimer.stop();
        if (m_call)
            std::exchange(m_call, {})->cancel();
        m_parser.reset();
        markStale();
        retryLater(-1, false);
        return;
    }
    for (const KubeWatchEvent& event : events) {
        const QString rv = objectResourceVersion(event.object);
        switch (event.type) {
        case KubeWatchEvent::Type::Added:
        case KubeWatchEvent::Type::Modified: {
            const QString key = objectKey(event.object);
            const auto old = m_objects.constFind(key);
            if (old != m_objects.constEnd() && objectResourceVersion(*old) == rv)
                break; // a replay we already have
            changes.append(
                { old == m_objects.constEnd() ? KubeChange::Type::Added : KubeChange::Type::Modified, event.object });
            m_objects.insert(key, event.object);
            break;
        }
        case KubeWatchEvent::Type::Deleted:
            if (m_objects.remove(objectKey(event.object)) > 0)
                changes.append({ KubeChange::Type::Deleted, event.object });
            break;
        case KubeWatchEvent::Type::Bookmark:
            break;
        case KubeWatchEvent::Type::Error: {
            // An ERROR event carries a Status; 410 Expired means our resourceVersion is too old.
            const int code = event.object.value(QLatin1String("code")).toInt();
            m_lastError = event.object.value(QLatin1String("message")).toString();
            emitChanges(changes);
            ++m_generation; // ignore the rest of this stream
            m_healthyTimer.stop();
            if (m_call)
                std::exchange(m_call, {})->cancel();
            if (code == 410)
                list({});
            else {
                markStale();
                retryLater(-1, false);
            }
            return;
        }
        }
        if (!rv.isEmpty())
            m_resourceVersion = rv;
    }
    emitChanges(changes);
}

void KubeInformer::requestFinished(const HttpResponse& response, bool wasWatch, bool shortLived)
{
    if (response.aborted)
        return; // we cancelled it
    if (wasWatch && response.ok()) {
        // The server closed the watch (timeoutSeconds): carry on from the last resourceVersion.
        if (m_parser.hasPartialLine())
            markStale(); // cut mid-event: the event will be replayed from our resourceVersion
        if (!shortLived) {
            watch();
            return;
        }
        // Closed soon after it opened (client-go's "very short watch"): back off like any failure.
        m_lastError = tr("The API server closed the watch of %1 right after it opened").arg(m_resource.resource);
        emit errorOccurred(m_lastError);
        markStale();
        retryLater(-1, false);
        return;
    }
    if (response.status == 410) {
        list({});
        return;
    }
    m_lastError = KubeApi::errorMessage(response);
    m_lastErrorPermanent = response.status == 401 || response.status == 403
        || response.networkError == QNetworkReply::AuthenticationRequiredError
        || response.networkError == QNetworkReply::SslHandshakeFailedError;
    emit errorOccurred(m_lastError);
    markStale();
    int delayMs = -1;
    if (response.status == 429) {
        const int retryAfter = retryAfterMs(response.header("retry-after"), QDateTime::currentDateTimeUtc());
        if (retryAfter >= 0)
            delayMs = qMin(retryAfter, m_backoffMaxMs);
    }
    // A failed list starts over; a failed watch resumes from where it was.
    retryLater(delayMs, !wasWatch || !m_synced);
}

int KubeInformer::retryAfterMs(const QByteArray& value, const QDateTime& now)
{
    return KubeApi::retryAfterMs(value, now);
}

void KubeInformer::retryLater(int delayMs, bool relist)
{
    if (delayMs < 0) {
        const double base = qMin(double(m_backoffMaxMs), m_backoffInitialMs * std::pow(2.0, qMin(m_failures, 20)));
        // Jitter spreads reconnecting clients apart after a server restart.
        delayMs = int(qMin(double(m_backoffMaxMs), base * (1.0 + 0.5 * QRandomGenerator::global()->generateDouble())));
    }
    ++m_failures;
    m_relistOnRetry = relist;
    setState(State::Waiting);
    m_retryTimer.start(delayMs);
}

} // namespace meshscope
