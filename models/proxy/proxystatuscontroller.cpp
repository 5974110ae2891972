#include "proxystatuscontroller.h"

namespace meshscope {

ProxyStatusController::ProxyStatusController(QObject* parent)
    : RefreshController(parent)
    , m_model(new ProxyStatusModel(this))
{ }

void ProxyStatusController::setClient(IstioClient* client)
{
    m_client = client;
    m_all.clear();
    m_istiods.clear();
    m_error.clear();
    m_lastSuccess = {};
    m_model->setProxies({});
    emit statusChanged();
    if (client)
        refresh();
    else
        stop();
}

void ProxyStatusController::setNamespace(const QString& ns)
{
    if (ns == m_namespace)
        return;
    m_namespace = ns;
    QList<ProxySyncStatus> shown;
    for (const ProxySyncStatus& proxy : std::as_const(m_all)) {
        if (m_namespace.isEmpty() || proxy.podNamespace == m_namespace)
            shown << proxy;
    }
    m_model->setProxies(shown);
}

IstiodInstance ProxyStatusController::istiodOf(const QString& proxyId) const
{
    for (const ProxySyncStatus& proxy : m_all) {
        if (proxy.proxy != proxyId)
            continue;
        for (const IstiodInstance& istiod : m_istiods) {
            if (istiod.pod == proxy.istiod)
                return istiod;
        }
    }
    return {};
}

void ProxyStatusController::startRefresh(const JobTracker::Ticket& ticket)
{
    if (!m_client) {
        fail(ticket, tr("Not connected to a cluster"));
        return;
    }
    IstioClient* client = m_client;
    client->findIstiods(
        this, jobs().guard(ticket, [this, ticket, client](const QList<IstiodInstance>& found, const QString& error) {
            QList<IstiodInstance> running;
            for (const IstiodInstance& istiod : found) {
                if (istiod.running)
                    running << istiod;
            }
            if (running.isEmpty()) {
                fail(ticket, error.isEmpty() ? tr("No running istiod found (pods labelled app=istiod)") : error);
                return;
            }
            m_istiods = running;
            client->synczEach(
                running, this, jobs().guard(ticket, [this, ticket](const auto& answers) { apply(ticket, answers); }));
        }));
}

void ProxyStatusController::apply(const JobTracker::Ticket& ticket, const QList<IstioClient::IstiodSyncz>& answers)
{
    QList<ProxySyncStatus> all;
    QStringList errors;
    for (const IstioClient::IstiodSyncz& answer : answers) {
        if (!answer.result.error.isEmpty())
            errors << answer.result.error;
        for (ProxySyncStatus proxy : answer.result.proxies) {
            proxy.istiodRevision = answer.istiod.revision;
            all << proxy;
        }
    }
    if (!errors.isEmpty() && errors.size() == answers.size()) {
        fail(ticket, errors.join(QLatin1Char('\n')));
        return;
    }
    m_all = all;
    const QString ns = m_namespace;
    m_namespace = QStringLiteral("\x01"); // force setNamespace to filter again
    setNamespace(ns);
    m_error = errors.join(QLatin1Char('\n')); // some istiods answered: show those, name the others
    m_lastSuccess = QDateTime::currentDateTime();
    emit statusChanged();
    finishRefresh(ticket);
}

void ProxyStatusController::fail(const JobTracker::Ticket& ticket, const QString& error)
{
    m_error = error;
    emit statusChanged();
    finishRefresh(ticket);
}

} // namespace meshscope
