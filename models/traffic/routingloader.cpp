#include "routingloader.h"

#include "models/kube/kubeapi.h"
#include "models/kube/kubediscovery.h"
#include "models/kube/kubejson.h"

#include <QCoreApplication>
#include <QPointer>
#include <memory>

namespace meshscope::traffic {
namespace {

struct RoutingLoaderText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::RoutingLoader)
};

QString selectorText(const QJsonObject& selector)
{
    QStringList parts;
    for (auto it = selector.begin(); it != selector.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    return parts.join(QLatin1Char(','));
}

} // namespace

RoutingLoader::RoutingLoader(KubeApi* api, KubeDiscovery* discovery, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_discovery(discovery)
{ }

void RoutingLoader::list(const QString& group, const QString& plural, const QString& ns, const QString& labelSelector,
    QObject* context, std::function<void(const QList<QJsonObject>&, const QString&)> done)
{
    const std::optional<KubeResource> resource = m_discovery->resource(group, plural);
    if (!resource) {
        done({}, {});
        return;
    }
    listFrom(*resource, ns, labelSelector, {}, std::make_shared<QList<QJsonObject>>(), context, std::move(done));
}

void RoutingLoader::listFrom(const KubeResource& resource, const QString& ns, const QString& labelSelector,
    const QString& continueToken, std::shared_ptr<QList<QJsonObject>> items, QObject* context,
    std::function<void(const QList<QJsonObject>&, const QString&)> done)
{
    KubeRequest request;
    request.path = resource.path(ns);
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    if (!labelSelector.isEmpty())
        request.query.addQueryItem(QStringLiteral("labelSelector"), labelSelector);
    if (!continueToken.isEmpty())
        request.query.addQueryItem(QStringLiteral("continue"), continueToken);
    const QPointer<QObject> guard(context);
    m_api->send(request, this, [=, this](const HttpResponse& response) {
        if (!guard)
            return;
        const KubeListPage page = response.ok() ? parseListPage(response.body) : KubeListPage();
        const QString error = !response.ok() ? KubeApi::errorMessage(response) : page.error;
        if (!error.isEmpty()) {
            done({}, RoutingLoaderText::tr("Could not list %1 in %2: %3").arg(resource.resource, ns, error));
            return;
        }
        *items += page.items;
        if (page.continueToken.isEmpty())
            done(*items, {});
        else
            listFrom(resource, ns, labelSelector, page.continueToken, items, context, done);
    });
}

void RoutingLoader::load(const QString& ns, const QString& service, QObject* context, Done done)
{
    struct State
    {
        Result result;
        int pending = 0;
        Done done;
        QPointer<QObject> context;
        void finishOne(const QString& error)
        {
            if (!error.isEmpty() && result.error.isEmpty())
                result.error = error;
            if (--pending == 0 && context)
                done(result);
        }
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->context = context;
    if (const auto vs = m_discovery->resource(QStringLiteral("networking.istio.io"), QStringLiteral("virtualservices")))
        state->result.routing.istioApiVersion = vs->groupVersion();

    state->pending = 1;
    list({}, QStringLiteral("services"), ns, {}, this,
        [=, this](const QList<QJsonObject>& services, const QString& error) {
            state->result.routing.services = services;
            for (const QJsonObject& object : services) {
                if (traffic::objectName(object) == service)
                    state->result.routing.service = object;
            }
            if (!error.isEmpty() || state->result.routing.service.isEmpty()) {
                if (error.isEmpty()) {
                    state->result.serviceMissing = true;
                    state->result.error
                        = RoutingLoaderText::tr("There is no service %1 in namespace %2.").arg(service, ns);
                }
                state->finishOne(error);
                return;
            }
            const auto collect = [state](QList<QJsonObject>* into) {
                return [state, into](const QList<QJsonObject>& items, const QString& listError) {
                    *into = items;
                    state->finishOne(listError);
                };
            };
            ServiceRouting& routing = state->result.routing;
            const QJsonObject selector
                = routing.service.value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject();
            state->pending += 6;
            if (selector.isEmpty())
                state->finishOne({}); // no selector: no pods belong to the service
            else
                list({}, QStringLiteral("pods"), ns, selectorText(selector), this, collect(&routing.pods));
            list(QStringLiteral("networking.istio.io"), QStringLiteral("virtualservices"), ns, {}, this,
                collect(&routing.virtualServices));
            list(QStringLiteral("networking.istio.io"), QStringLiteral("destinationrules"), ns, {}, this,
                collect(&routing.destinationRules));
            list(QStringLiteral("gateway.networking.k8s.io"), QStringLiteral("httproutes"), ns, {}, this,
                collect(&routing.httpRoutes));
            // Owners are best effort: a user who may not list Rollouts still gets the other markers.
            const auto optional = [state](QList<QJsonObject>* into) {
                return [state, into](const QList<QJsonObject>& items, const QString&) {
                    *into = items;
                    state->finishOne({});
                };
            };
            list(QStringLiteral("argoproj.io"), QStringLiteral("rollouts"), ns, {}, this,
                optional(&state->result.owners.rollouts));
            list(QStringLiteral("flagger.app"), QStringLiteral("canaries"), ns, {}, this,
                optional(&state->result.owners.canaries));
            state->finishOne({}); // the list of services
        });
}

} // namespace meshscope::traffic
