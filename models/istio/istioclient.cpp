#include "istioclient.h"

#include "models/core/background.h"
#include "models/kube/kubejson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace meshscope {

IstioClient::IstioClient(KubeApi* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

template <typename Result>
void IstioClient::fetch(const QString& ns, const QString& pod, int port, const QString& path, const QUrlQuery& query,
    QObject* context, std::function<Result(const QByteArray&)> parse, std::function<void(const Result&)> done)
{
    KubeRequest request;
    request.path = podProxyPath(ns, pod, port, path);
    request.query = query;
    request.timeout = std::chrono::seconds(60); // config dumps of big meshes take a while
    m_api->send(request, context, [context, parse, done, pod](const HttpResponse& response) {
        if (!response.ok()) {
            Result failed;
            failed.error = tr("%1 (%2)").arg(KubeApi::errorMessage(response), pod);
            done(failed);
            return;
        }
        runInBackground(
            context, [parse, body = response.body] { return parse(body); }, done);
    });
}

void IstioClient::findIstiods(
    QObject* context, std::function<void(const QList<IstiodInstance>&, const QString& error)> done)
{
    KubeRequest request;
    request.path = QStringLiteral("/api/v1/pods");
    request.query.addQueryItem(QStringLiteral("labelSelector"), QStringLiteral("app=istiod"));
    m_api->send(request, context, [done](const HttpResponse& response) {
        if (!response.ok()) {
            done({}, KubeApi::errorMessage(response));
            return;
        }
        const KubeListPage page = parseListPage(response.body);
        QList<IstiodInstance> istiods;
        for (const QJsonObject& pod : page.items) {
            const QJsonObject metadata = pod.value(QLatin1String("metadata")).toObject();
            IstiodInstance istiod;
            istiod.pod = metadata.value(QLatin1String("name")).toString();
            istiod.podNamespace = metadata.value(QLatin1String("namespace")).toString();
            istiod.revision = metadata.value(QLatin1String("labels"))
                                  .toObject()
                                  .value(QLatin1String("istio.io/rev"))
                                  .toString(QStringLiteral("default"));
            istiod.running = pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString()
                == QLatin1String("Running");
            for (const QJsonValue& container :
                pod.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray()) {
                const QString image = container.toObject().value(QLatin1String("image")).toString();
                const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
                if (colon > image.lastIndexOf(QLatin1Char('/')) && istiod.version.isEmpty())
                    istiod.version = image.mid(colon + 1);
            }
            istiods.append(istiod);
        }
        done(istiods, page.error);
    });
}

void IstioClient::syncz(
    const QList<IstiodInstance>& istiods, QObject* context, std::function<void(const SynczResult&)> done)
{
    if (istiods.isEmpty()) {
        SynczResult none;
        none.error = tr("No istiod found");
        done(none);
        return;
    }
    // Each istiod only knows the proxies connected to it: ask all, merge the answers.
    synczEach(istiods, context, [done](const QList<IstiodSyncz>& answers) {
        SynczResult merged;
        for (const IstiodSyncz& answer : answers) {
            merged.proxies.append(answer.result.proxies);
            if (!answer.result.error.isEmpty() && merged.error.isEmpty())
                merged.error = answer.result.error;
        }
        done(merged);
    });
}

void IstioClient::synczEach(
    const QList<IstiodInstance>& istiods, QObject* context, std::function<void(const QList<IstiodSyncz>&)> done)
{
    if (istiods.isEmpty()) {
        done({});
        return;
    }
    struct Pending
    {
        int left;
        QList<IstiodSyncz> answers;
    };
    auto pending = std::make_shared<Pending>(Pending { int(istiods.size()), {} });
    for (const IstiodInstance& istiod : istiods)
        pending->answers.append({ istiod, {} });
    for (int i = 0; i < istiods.size(); ++i) {
        const QString name = istiods.at(i).pod;
        fetch<SynczResult>(
            istiods.at(i).podNamespace, name, istiodDebugPort, QStringLiteral("debug/syncz"), {}, context,
            [name](const QByteArray& body) { return parseSyncz(body, name); },
            [pending, done, i](const SynczResult& result) {
                pending->answers[i].result = result;
                if (--pending->left == 0)
                    done(pending->answers);
            });
    }
}

void IstioClient::registryz(
    const IstiodInstance& istiod, QObject* context, std::function<void(const RegistryzResult&)> done)
{
    fetch<RegistryzResult>(istiod.podNamespace, istiod.pod, istiodDebugPort, QStringLiteral("debug/registryz"), {},
        context, parseRegistryz, std::move(done));
}

void IstioClient::endpointz(
    const IstiodInstance& istiod, QObject* context, std::function<void(const EndpointzResult&)> done)
{
    fetch<EndpointzResult>(istiod.podNamespace, istiod.pod, istiodDebugPort, QStringLiteral("debug/endpointz"), {},
        context, parseEndpointz, std::move(done));
}

void IstioClient::configz(
    const IstiodInstance& istiod, QObject* context, std::function<void(const ConfigzResult&)> done)
{
    fetch<ConfigzResult>(istiod.podNamespace, istiod.pod, istiodDebugPort, QStringLiteral("debug/configz"), {}, context,
        parseConfigz, std::move(done));
}

void IstioClient::istiodConfigDump(const IstiodInstance& istiod, const QString& proxyId, QObject* context,
    std::function<void(const EnvoyConfigDump&)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("proxyID"), proxyId);
    fetch<EnvoyConfigDump>(istiod.podNamespace, istiod.pod, istiodDebugPort, QStringLiteral("debug/config_dump"), query,
        context, parseEnvoyConfigDump, std::move(done));
}

void IstioClient::envoyConfigDump(const QString& ns, const QString& pod, bool includeEds, QObject* context,
    std::function<void(const EnvoyConfigDump&)> done)
{
    QUrlQuery query;
    if (includeEds)
        query.addQueryItem(QStringLiteral("include_eds"), QString());
    fetch<EnvoyConfigDump>(
        ns, pod, envoyAdminPort, QStringLiteral("config_dump"), query, context, parseEnvoyConfigDump, std::move(done));
}

void IstioClient::envoyClusters(
    const QString& ns, const QString& pod, QObject* context, std::function<void(const EnvoyClustersResult&)> done)
{
    fetch<EnvoyClustersResult>(
        ns, pod, envoyAdminPort, QStringLiteral("clusters"), {}, context, parseEnvoyClusters, std::move(done));
}

void IstioClient::envoyHostStatuses(
    const QString& ns, const QString& pod, QObject* context, std::function<void(const EnvoyHostStatuses&)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    fetch<EnvoyHostStatuses>(
        ns, pod, envoyAdminPort, QStringLiteral("clusters"), query, context, parseEnvoyClustersJson, std::move(done));
}

void IstioClient::envoyAdmin(const QString& ns, const QString& pod, const QByteArray& method, const QString& path,
    const QUrlQuery& query, QObject* context, RawDone done, int port)
{
    raw(ns, pod, port, method, path, query, context, std::move(done));
}

void IstioClient::istiodDebug(
    const IstiodInstance& istiod, const QString& path, const QUrlQuery& query, QObject* context, RawDone done)
{
    raw(istiod.podNamespace, istiod.pod, istiodDebugPort, "GET", path, query, context, std::move(done));
}

void IstioClient::raw(const QString& ns, const QString& pod, int port, const QByteArray& method, const QString& path,
    const QUrlQuery& query, QObject* context, RawDone done)
{
    KubeRequest request;
    request.method = method;
    request.path = podProxyPath(ns, pod, port, path);
    request.query = query;
    request.timeout = std::chrono::seconds(60);
    m_api->send(request, context, [done, pod](const HttpResponse& response) {
        if (!response.ok()) {
            done({}, tr("%1 (%2)").arg(KubeApi::errorMessage(response), pod));
            return;
        }
        done(response.body, {});
    });
}

void IstioClient::envoyStats(
    const QString& ns, const QString& pod, QObject* context, std::function<void(const PromTextResult&)> done)
{
    fetch<PromTextResult>(
        ns, pod, envoyAdminPort, QStringLiteral("stats/prometheus"), {}, context, parsePrometheusText, std::move(done));
}

} // namespace meshscope
