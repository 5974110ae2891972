#include "proxydetailcontroller.h"

#include "models/core/backgroundrelease.h"
#include "models/kube/kubewriter.h"
#include "proxytables.h"

#include <QUrlQuery>

namespace meshscope {

ProxyDetailController::ProxyDetailController(QObject* parent)
    : RefreshController(parent)
    , m_clusters(new ProxyTableModel(proxytables::clusterHeaders(), this))
    , m_listeners(new ProxyTableModel(proxytables::listenerHeaders(), this))
    , m_routes(new ProxyTableModel(proxytables::routeHeaders(), this))
    , m_endpoints(new ProxyTableModel(proxytables::endpointHeaders(), this))
    , m_secrets(new ProxyTableModel(proxytables::secretHeaders(), this))
    , m_ecds(new ProxyTableModel(proxytables::ecdsHeaders(), this))
    , m_stats(new ProxyTableModel(proxytables::statsHeaders(), this))
    , m_loggers(new ProxyTableModel(proxytables::loggerHeaders(), this))
    , m_snapshot(std::make_shared<ProxySnapshot>())
{ }

ProxyDetailController::~ProxyDetailController() = default;

void ProxyDetailController::setClient(IstioClient* client, KubeAccessReview* review)
{
    m_client = client;
    m_review = review;
    clear();
}

void ProxyDetailController::clear()
{
    stop();
    m_pod = {};
    m_istiod = {};
    releaseInBackground(std::exchange(m_snapshot, std::make_shared<ProxySnapshot>()));
    for (ProxyTableModel* model :
        { m_clusters, m_listeners, m_routes, m_endpoints, m_secrets, m_ecds, m_stats, m_loggers })
        model->clear();
    m_canChangeLogging = false;
    m_loggingPermission.clear();
    compareWith({}); // a comparison belongs to the proxy it was made for
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    emit snapshotChanged();
    emit loggingPermissionChanged();
}

void ProxyDetailController::setProxy(const ProxyPod& pod, const IstiodInstance& istiod)
{
    const bool samePod = pod.proxyId() == m_pod.proxyId();
    if (!samePod)
        clear(); // another proxy's rows must not show while this one loads
    m_pod = pod;
    m_istiod = istiod;
    if (!samePod)
        checkLoggingPermission();
    refresh();
}

void ProxyDetailController::checkLoggingPermission()
{
    if (!m_review) {
        m_canChangeLogging = false;
        m_loggingPermission = tr("Not connected to a cluster");
        emit loggingPermissionChanged();
        return;
    }
    const QString proxyId = m_pod.proxyId();
    m_review->check(QStringLiteral("create"), {}, QStringLiteral("pods"), QStringLiteral("proxy"), m_pod.podNamespace,
        this, [this, proxyId](const KubeAccessReview::Answer& answer) {
            if (proxyId != m_pod.proxyId())
                return; // another proxy by now
            m_canChangeLogging = answer.error.isEmpty() && answer.allowed;
            m_loggingPermission = !answer.error.isEmpty() ? tr("Could not check the permission: %1").arg(answer.error)
                : answer.allowed
                ? QString()
                : tr("Changing log levels needs \"create\" on pods/proxy in namespace %1%2")
                      .arg(m_pod.podNamespace,
                          answer.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(answer.reason));
            emit loggingPermissionChanged();
        });
}

void ProxyDetailController::startRefresh(const JobTracker::Ticket& ticket)
{
    if (!m_client || m_pod.pod.isEmpty()) {
        finishRefresh(ticket);
        return;
    }
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    struct Pending
    {
        int left = 0;
        ProxyFetch fetch;
    };
    auto pending = std::make_shared<Pending>();
    const ProxyPod pod = m_pod;
    const auto finished = [this, ticket, pending, pod] {
        if (--pending->left > 0)
            return;
        const ProxyFetch fetch = pending->fetch;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        jobs().run(
            this, QStringLiteral("parse"),
            [pod, fetch, now] {
                return std::shared_ptr<const ProxySnapshot>(
                    std::make_shared<ProxySnapshot>(buildProxySnapshot(pod, fetch, now)));
            },
            [this, ticket](std::shared_ptr<const ProxySnapshot> snapshot) { apply(ticket, snapshot); });
    };
    const auto request = [&](const QString& path, const QUrlQuery& query, QByteArray ProxyFetch::*body,
                             QString ProxyFetch::*error) {
        ++pending->left;
        m_client->envoyAdmin(pod.podNamespace, pod.pod, "GET", path, query, this,
            jobs().guard(ticket, [pending, body, error, finished](const QByteArray& data, const QString& failure) {
                pending->fetch.*body = data;
                pending->fetch.*error = failure;
                finished();
            }));
    };
    QUrlQuery eds;
    eds.addQueryItem(QStringLiteral("include_eds"), QStringLiteral("true"));
    QUrlQuery json;
    json.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    ++pending->left; // held until every request is out, so a quick answer cannot finish early
    request(QStringLiteral("config_dump"), eds, &ProxyFetch::configDump, &ProxyFetch::configDumpError);
    request(QStringLiteral("clusters"), json, &ProxyFetch::hostStatuses, &ProxyFetch::hostStatusesError);
    request(QStringLiteral("stats/prometheus"), {}, &ProxyFetch::stats, &ProxyFetch::statsError);
    request(QStringLiteral("logging"), {}, &ProxyFetch::logging, &ProxyFetch::loggingError);
    if (!m_istiod.pod.isEmpty()) {
        ++pending->left;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("proxyID"), pod.proxyId());
        m_client->istiodDebug(m_istiod, QStringLiteral("debug/config_dump"), query, this,
            jobs().guard(ticket, [pending, finished](const QByteArray& data, const QString& failure) {
                pending->fetch.istiodDump = data;
                pending->fetch.istiodDumpError = failure;
                finished();
            }));
    }
    finished();
}

void ProxyDetailController::apply(const JobTracker::Ticket& ticket, std::shared_ptr<const ProxySnapshot> snapshot)
{
    if (!isCurrent(ticket) || snapshot->pod.proxyId() != m_pod.proxyId())
        return;
    // The previous proxy's dump and rows are freed on a worker thread: tens of milliseconds for a large mesh.
    std::shared_ptr<const ProxySnapshot> previous = std::exchange(m_snapshot, snapshot);
    m_clusters->setRows(snapshot->clusters);
    m_listeners->setRows(snapshot->listeners);
    m_routes->setRows(snapshot->routes);
    m_endpoints->setRows(snapshot->endpoints);
    m_secrets->setRows(snapshot->secrets);
    m_ecds->setRows(snapshot->ecds);
    m_stats->setRows(snapshot->statsRows);
    m_loggers->setRows(snapshot->loggerRows);
    releaseInBackground(std::move(previous));
    m_loading = false;
    emit loadingChanged(false);
    emit snapshotChanged();
    finishRefresh(ticket);
}

void ProxyDetailController::setLogLevel(const QString& logger, const QString& level)
{
    if (!m_client || m_pod.pod.isEmpty() || !m_canChangeLogging) {
        emit loggingChanged(m_loggingPermission.isEmpty() ? tr("No proxy selected") : m_loggingPermission);
        return;
    }
    const QString spec = logger.isEmpty() ? level : logger + QLatin1Char(':') + level;
    const QString proxyId = m_pod.proxyId();
    runEnvoyLogging(m_client, m_pod, spec, false, IstioClient::envoyAdminPort, this,
        [this, proxyId](const EnvoyLoggingResult& result) {
            if (proxyId != m_pod.proxyId())
                return;
            if (result.error.isEmpty())
                m_loggers->setRows(proxytables::loggerRows(result.loggers));
            emit loggingChanged(result.error);
            if (result.error.isEmpty())
                refresh();
        });
}

} // namespace meshscope

namespace meshscope {

void ProxyDetailController::compareWith(const ProxyPod& other)
{
    m_other = other;
    m_comparison = {};
    m_comparisonError.clear();
    if (other.pod.isEmpty() || !m_client) {
        jobs().cancel(QStringLiteral("compare"));
        emit comparisonChanged();
        return;
    }
    const JobTracker::Ticket ticket = jobs().start(QStringLiteral("compare"));
    const std::shared_ptr<const ProxySnapshot> mine = m_snapshot;
    const QString mineId = m_pod.proxyId();
    m_client->envoyAdmin(other.podNamespace, other.pod, "GET", QStringLiteral("config_dump"), {}, this,
        jobs().guard(ticket, [this, ticket, mine, mineId](const QByteArray& body, const QString& error) {
            if (!error.isEmpty() || mineId != m_pod.proxyId()) {
                m_comparisonError = error;
                jobs().finish(ticket);
                emit comparisonChanged();
                return;
            }
            jobs().run(
                this, QStringLiteral("compare"),
                [mine, body] {
                    const EnvoyConfigDump other = parseEnvoyConfigDump(body);
                    return std::pair { diffConfigDumps(mine->dump, other), other.error };
                },
                [this](const std::pair<ConfigDiff, QString>& result) {
                    m_comparison = result.first;
                    m_comparisonError = result.second;
                    emit comparisonChanged();
                });
        }));
    emit comparisonChanged(); // now loading
}

} // namespace meshscope
