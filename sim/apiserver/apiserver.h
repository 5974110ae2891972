// The Kubernetes API server of the simulator: authentication, fault knobs, and routing to discovery,
// resource handlers, watches and the pod/service proxy.
#pragma once

#include "sim/apiserver/apifaults.h"
#include "sim/http/httpmessage.h"

#include <QObject>
#include <QSslCertificate>

namespace meshscope::sim {

class HttpConnection;
class ObjectStore;
class PodProxyRegistry;

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
    // Closes every open watch stream; returns how many.
    int dropWatches();

    void handle(const SimHttpRequest& request, HttpConnection* connection);

private:
    ObjectStore& m_store;
    PodProxyRegistry& m_podProxy;
    ApiCredentials m_credentials;
    ApiFaults m_faults;
};

} // namespace meshscope::sim
