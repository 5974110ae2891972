#pragma once

#include "models/prometheus/promclient.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace meshscope {

class KubeApi;

// The in-cluster Prometheus Service to reach through the API server's service proxy.
struct PromServiceRef
{
    QString ns = QStringLiteral("istio-system");
    QString name = QStringLiteral("prometheus");
    int port = 9090; // a port of the Service; if it does not serve it, its HTTP port is used (see discover)

    // "name", "ns/name", "ns/name:port" or "name:port" (missing parts keep their defaults); nullopt + error if bad.
    static std::optional<PromServiceRef> parse(const QString& text, QString* error = nullptr);
    QString toString() const; // ns/name:port
};

// <API server>/api/v1/namespaces/<ns>/services/<name>:<port>/proxy/ on api's cluster.
QUrl promServiceProxyUrl(const KubeApi& api, const PromServiceRef& service);

// The credentials of api's kubeconfig for each query: token or basic auth, client certificate, CA, and an exec
// plugin's token (the plugin runs again once it expired or after a 401). api is held weakly: after the connection
// is closed, queries fail with a message.
std::shared_ptr<PromCredentialSource> kubeCredentialSource(KubeApi* api);

// A PromConfig that reaches service through api's server with the kubeconfig's credentials, fetched fresh for
// every query (kubeCredentialSource), and its tls-server-name. Use it with api->http() as the PromClient's
// HttpClient so that the kubeconfig's proxy-url applies too.
PromConfig promConfigForService(KubeApi* api, const PromServiceRef& service);

struct PromDiscoveryResult
{
    PromConfig config;
    PromServiceRef service; // with the port actually used
    QString error; // user-facing; empty on success
    bool ok() const { return error.isEmpty(); }
};

// Looks the Service up (a clear message if it is missing or the user may not read it), picks its port — the
// requested one if served, else one named web/http…, else its only one — and builds the PromConfig.
// done runs on context's thread, not at all if context is gone.
void discoverPrometheus(KubeApi* api, const PromServiceRef& service, QObject* context,
    std::function<void(const PromDiscoveryResult&)> done);

} // namespace meshscope
