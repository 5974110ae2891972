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

QString tr(const char* text)
{
    return QCoreApplication::translate("meshscope::PromDiscovery", text);
}

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
            *error = tr("\"%1\" is not a Prometheus service: write namespace/name:port, e.g. "
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

PromConfig promConfigForService(
    const KubeApi& api, const PromServiceRef& service, const QByteArray& authorization, const QSslConfiguration& ssl)
{
    PromConfig config;
    config.url = promServiceProxyUrl(api, service);
    if (authorization.startsWith("Bearer ")) {
        config.bearerToken = QString::fromUtf8(authorization.mid(7));
    } else if (authorization.startsWith("Basic ")) {
        const QByteArray userPassword = QByteArray::fromBase64(authorization.mid(6));
        const qsizetype colon = userPassword.indexOf(':');
        config.basicUser = QString::fromUtf8(userPassword.left(colon));
        config.basicPassword = colon < 0 ? QString() : QString::fromUtf8(userPassword.mid(colon + 1));
    } else if (!authorization.isEmpty()) {
        config.headers.append({ QByteArray("Authorization"), authorization });
    }
    if (config.url.scheme() == QLatin1String("https"))
        config.ssl = ssl;
    config.peerVerifyName = api.config().cluster.tlsServerName;
    return config;
}

void discoverPrometheus(
    KubeApi* api, const PromServiceRef& service, QObject* context, std::function<void(const PromDiscoveryResult&)> done)
{
    KubeRequest request;
    request.path = QStringLiteral("/api/v1/namespaces/%1/services/%2").arg(service.ns, service.name);
    request.timeout = std::chrono::seconds(15);
    QPointer<KubeApi> guard(api);
    api->send(request, context, [guard, service, context, done](const HttpResponse& response) {
        PromDiscoveryResult result;
        result.service = service;
        if (!guard) {
            result.error = tr("The cluster connection was closed.");
            done(result);
            return;
        }
        if (response.status == 404) {
            result.error = tr("There is no Prometheus Service %1/%2 in the cluster: give its URL with --prometheus, "
                              "or name the Service where it runs.")
                               .arg(service.ns, service.name);
            done(result);
            return;
        }
        if (!response.ok()) {
            result.error = tr("Cannot read the Prometheus Service %1/%2: %3")
                               .arg(service.ns, service.name, KubeApi::errorMessage(response));
            done(result);
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(response.body).object();
        const QJsonArray ports = object.value(QLatin1String("spec")).toObject().value(QLatin1String("ports")).toArray();
        result.service.port = choosePort(ports, service.port);
        if (result.service.port == 0) {
            result.error = tr("The Service %1/%2 has no port %3 and no HTTP port to reach Prometheus on.")
                               .arg(service.ns, service.name)
                               .arg(service.port);
            done(result);
            return;
        }
        guard->withCredentials(context, [guard, result, done](const KubeApi::Credentials& credentials) mutable {
            if (!guard) {
                result.error = tr("The cluster connection was closed.");
            } else if (!credentials.error.isEmpty()) {
                result.error = credentials.error;
            } else {
                result.config
                    = promConfigForService(*guard, result.service, credentials.authorization, credentials.ssl);
            }
            done(result);
        });
    });
}

} // namespace meshscope
