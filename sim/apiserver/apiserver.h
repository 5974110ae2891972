// The Kubernetes API server of the simulator: authentication, fault knobs, and routing to discovery,
// resource handlers, watches and the pod/service proxy.
#pragma once

#include "sim/apiserver/apifaults.h"
#include "sim/http/httpmessage.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <memory>

namespace meshscope::sim {

class HttpConnection;
class ObjectStore;
class PodLogs;
class PodProxyRegistry;
class ResourceCatalog;
class ResourceHandlers;
struct ApiUser;

struct ApiCredentials
{
    QByteArray adminToken;
    QByteArray readOnlyToken;
    QSslCertificate clientCertificate;
};

class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(ObjectStore& store, PodProxyRegistry& podProxy, QObject* parent = nullptr);
    ~ApiServer() override;

    void setCredentials(const ApiCredentials& credentials) { m_credentials = credentials; }
    const ApiCredentials& credentials() const { return m_credentials; }
    ApiFaults& faults() { return m_faults; }
    // Where pods/{name}/log is answered from; without it, log requests get 404.
    void setPodLogs(PodLogs* logs) { m_podLogs = logs; }
    // Cuts every open watch stream; returns how many.
    int dropWatches();

    void handle(const SimHttpRequest& request, HttpConnection* connection);

private:
    void process(const SimHttpRequest& request, HttpConnection* connection);
    SimHttpReply proxy(const SimHttpRequest& request, const QString& ns, const QString& resource, const QString& target,
        const QString& path);

    ObjectStore& m_store;
    PodProxyRegistry& m_podProxy;
    std::unique_ptr<ResourceCatalog> m_catalog;
    std::unique_ptr<ResourceHandlers> m_handlers;
    ApiCredentials m_credentials;
    ApiFaults m_faults;
    QList<QPointer<QObject>> m_watches;
    PodLogs* m_podLogs = nullptr;
};

} // namespace meshscope::sim
