#pragma once

#include "models/core/refreshcontroller.h"
#include "models/istio/istioclient.h"
#include "models/istio/syncz.h"

#include <QPointer>

namespace meshscope {

// The Proxies page's list: every proxy every istiod (all revisions) reports in /debug/syncz, merged, for the
// chosen namespace. A failed refresh keeps the last rows and says since when they are stale.
class ProxyStatusController : public RefreshController
{
    Q_OBJECT
public:
    explicit ProxyStatusController(QObject* parent = nullptr);

    void setClient(IstioClient* client); // nullptr: no cluster
    void setNamespace(const QString& ns); // empty: all namespaces
    QString namespaceFilter() const { return m_namespace; }

    ProxyStatusModel* model() const { return m_model; }
    QList<IstiodInstance> istiods() const { return m_istiods; }
    QString error() const { return m_error; } // of the last refresh; empty when it worked
    QDateTime lastSuccess() const { return m_lastSuccess; }
    bool hasData() const { return m_lastSuccess.isValid(); }
    // The istiod that serves a proxy ("pod.namespace"), if any reported it.
    IstiodInstance istiodOf(const QString& proxyId) const;

signals:
    void statusChanged(); // error, stale state or the istiods changed

protected:
    void startRefresh(const JobTracker::Ticket& ticket) override;

private:
    void apply(const JobTracker::Ticket& ticket, const QList<IstioClient::IstiodSyncz>& answers);
    void fail(const JobTracker::Ticket& ticket, const QString& error);

    QPointer<IstioClient> m_client;
    ProxyStatusModel* m_model;
    QString m_namespace;
    QList<IstiodInstance> m_istiods;
    QList<ProxySyncStatus> m_all; // every proxy, before the namespace filter
    QString m_error;
    QDateTime m_lastSuccess;
};

} // namespace meshscope
