#include "promdiscovery.h"

#include "models/kube/kubeapi.h"
#include "models/kube/kubejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace meshscope {

namespace {

// Texts outside QObject classes; lupdate files them under this context (it does not see through a
// plain tr() wrapper, so a wrapper's strings were catalogued under another context and never translated).
struct PromDiscoveryText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::PromDiscovery)
};

// The Service port to use: the requested one if served, else the HTTP-looking one, else the only one; 0 if none.
int choosePort(const QJsonArray& ports, int requested)
{
    QList<std::pair<QString, int>> served;
    for (const QJsonValue& port : ports) {
        const QJsonObject object = port.toObject();
        const int number = object.value(QLatin1String("port")).toInt();
        if (number == requested)
            return number;
        served.append({ object.value(QLatin1String("name")).toString(), number });
    }
    for (const QString& preferred : { QStringLiteral("http-web"), QStringLiteral("web"), QStringLiteral("http") })
        for (const auto& [name, number] : served)
            if (name == preferred)
                return number;
    for (const auto& [name, number] : served)
        if (name.startsWith(QLatin1String("http")))
            return number;
    return served.size() == 1 ? served[0].second : 0;
}

} // namespace

std::optional<PromServiceRef> PromServiceRef::parse(const QString& text, QString* error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:([a-z0-9]([-a-z0-9]*[a-z0-9])?)/)?([a-z0-9]([-a-z0-9]*[a-z0-9])?)(?::([0-9]{1,5}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const int port = match.captured(5).isEmpty() ? 9090 : match.captured(5).toInt();
    if (!match.hasMatch() || port < 1 || port > 65535) {
        if (error)
            *error = PromDiscoveryText::tr("\"%1\" is not a Prometheus service: write namespace/name:port, e.g. "
                                           "istio-system/prometheus:9090.")
                         .arg(text);
        return std::nullopt;
    }
    PromServiceRef service;
    if (!match.captured(1).isEmpty())
        service.ns = match.captured(1);
    service.name = match.captured(3);
    service.port = port;
    return service;
}

QString PromServiceRef::toString() const
{
    return ns + QLatin1Char('/') + name + QLatin1Char(':') + QString::number(port);
}

QUrl promServiceProxyUrl(const KubeApi& api, const PromServiceRef& service)
{
    return api.url(serviceProxyPath(service.ns, service.name, service.port, QStringLiteral("/")));
}

namespace {

class KubeCredentials final : public PromCredentialSource
{
public:
    explicit KubeCredentials(KubeApi* api)
        : m_api(api)
    { }

    void credentials(QObject* context, bool refresh, Done done) override
    {
        if (!m_api) {
            done({ {}, std::nullopt, PromDiscoveryText::tr("The cluster connection was closed.") });
            return;
        }
        if (refresh)
            m_api->invalidateCredentials();
        const bool https = m_api->config().cluster.server.scheme() == QLatin1String("https");
        m_api->withCredentials(context, [done, https](const KubeApi::Credentials& kube) {
            Credentials credentials;
            credentials.authorization = kube.authorization;
            if (https)
                credentials.ssl = kube.ssl;
            credentials.error = kube.error;
            done(credentials);
        });
    }

private:
    QPointer<KubeApi> m_api;
};

} // namespace

std::shared_ptr<PromCredentialSource> kubeCredentialSource(KubeApi* api)
{
    return std::make_shared<KubeCredentials>(api);
}

PromConfig promConfigForService(KubeApi* api, const PromServiceRef& service)
{
    PromConfig config;
    config.url = promServiceProxyUrl(*api, service);
    config.peerVerifyName = api->config().cluster.tlsServerName;
    config.credentials = kubeCredentialSource(api);
    return config;
}

void discoverPrometheus(
    KubeApi* api, const PromServiceRef& service, QObject* context, std::function<void(const PromDiscoveryResult&)> done)
{
    KubeRequest request;
    request.path = QStringLiteral("/api/v1/namespaces/%1/services/%2").arg(service.ns, service.name);
    request.timeout = std::chrono::seconds(15);
    QPointer<KubeApi> guard(api);
    api->send(request, context, [guard, service, done](const HttpResponse& response) {
        PromDiscoveryResult result;
        result.service = service;
        if (!guard) {
            result.error = PromDiscoveryText::tr("The cluster connection was closed.");
            done(result);
            return;
        }
        if (response.status == 404) {
            result.error = PromDiscoveryText::tr(
                "There is no Prometheus Service %1/%2 in the cluster: give its URL with --prometheus, "
                "or name the Service where it runs.")
                               .arg(service.ns, service.name);
            done(result);
            return;
        }
        if (!response.ok()) {
            result.error = PromDiscoveryText::tr("Cannot read the Prometheus Service %1/%2: %3")
                               .arg(service.ns, service.name, KubeApi::errorMessage(response));
            done(result);
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(response.body).object();
        const QJsonArray ports = object.value(QLatin1String("spec")).toObject().value(QLatin1String("ports")).toArray();
        result.service.port = choosePort(ports, service.port);
        if (result.service.port == 0) {
            result.error
                = PromDiscoveryText::tr("The Service %1/%2 has no port %3 and no HTTP port to reach Prometheus on.")
                      .arg(service.ns, service.name)
                      .arg(service.port);
            done(result);
            return;
        }
        // The lookup went through with the same credentials; each query fetches them again (tokens expire).
        result.config = promConfigForService(guard, result.service);
        done(result);
    });
}

} // namespace meshscope
