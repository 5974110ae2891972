#include "proxytarget.h"

#include "models/kube/kubeapi.h"
#include "models/kube/kubejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meshscope {
namespace {

struct ProxyTargetText
{
    Q_DECLARE_TR_FUNCTIONS(ProxyTarget)
};

bool hasIstioProxy(const QJsonObject& pod)
{
    const QJsonObject spec = pod.value(QLatin1String("spec")).toObject();
    for (const char* list : { "containers", "initContainers" }) {
        for (const QJsonValue& container : spec.value(QLatin1String(list)).toArray()) {
            if (container.toObject().value(QLatin1String("name")).toString() == QLatin1String("istio-proxy"))
                return true;
        }
    }
    return false;
}

void checkPod(
    KubeApi* api, const QString& ns, const QString& name, QObject* context, std::function<void(const ProxyPod&)> done)
{
    KubeRequest request;
    request.path = QStringLiteral("/api/v1/namespaces/%1/pods/%2").arg(ns, name);
    api->send(request, context, [done, ns, name](const HttpResponse& response) {
        ProxyPod result { name, ns, {} };
        if (!response.ok()) {
            result.error = KubeApi::errorMessage(response);
        } else if (!hasIstioProxy(QJsonDocument::fromJson(response.body).object())) {
            result.error = ProxyTargetText::tr("pod %1.%2 has no istio-proxy sidecar").arg(name, ns);
        }
        done(result);
    });
}

} // namespace

ProxyReference parseProxyReference(const QString& text, const QString& defaultNamespace)
{
    ProxyReference reference;
    reference.kind = QStringLiteral("pod");
    QString rest = text.trimmed();
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString kind = rest.left(slash).toLower();
        rest = rest.mid(slash + 1);
        if (kind == QLatin1String("pod") || kind == QLatin1String("pods") || kind == QLatin1String("po"))
            reference.kind = QStringLiteral("pod");
        else if (kind == QLatin1String("deployment") || kind == QLatin1String("deployments")
            || kind == QLatin1String("deploy"))
            reference.kind = QStringLiteral("deployment");
        else
            reference.error = ProxyTargetText::tr("unsupported resource type %1 (use a pod or a deployment)").arg(kind);
    }
    const qsizetype dot = rest.lastIndexOf(QLatin1Char('.'));
    reference.name = dot < 0 ? rest : rest.left(dot);
    reference.podNamespace = dot < 0 ? defaultNamespace : rest.mid(dot + 1);
    if (reference.error.isEmpty() && (reference.name.isEmpty() || reference.podNamespace.isEmpty()))
        reference.error = ProxyTargetText::tr("\"%1\" does not name a pod").arg(text);
    return reference;
}

void resolveProxyPod(
    KubeApi* api, const ProxyReference& reference, QObject* context, std::function<void(const ProxyPod&)> done)
{
    if (!reference.error.isEmpty()) {
        done({ {}, {}, reference.error });
        return;
    }
    if (reference.kind == QLatin1String("pod")) {
        checkPod(api, reference.podNamespace, reference.name, context, std::move(done));
        return;
    }
    // A deployment: its selector's first running pod.
    KubeRequest request;
    request.path
        = QStringLiteral("/apis/apps/v1/namespaces/%1/deployments/%2").arg(reference.podNamespace, reference.name);
    api->send(request, context, [api, reference, context, done](const HttpResponse& response) {
        if (!response.ok()) {
            done({ {}, {}, KubeApi::errorMessage(response) });
            return;
        }
        const QJsonObject labels = QJsonDocument::fromJson(response.body)
                                       .object()
                                       .value(QLatin1String("spec"))
                                       .toObject()
                                       .value(QLatin1String("selector"))
                                       .toObject()
                                       .value(QLatin1String("matchLabels"))
                                       .toObject();
        QStringList selector;
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
            selector << it.key() + QLatin1Char('=') + it.value().toString();
        KubeRequest pods;
        pods.path = QStringLiteral("/api/v1/namespaces/%1/pods").arg(reference.podNamespace);
        pods.query.addQueryItem(QStringLiteral("labelSelector"), selector.join(QLatin1Char(',')));
        api->send(pods, context, [api, reference, context, done](const HttpResponse& list) {
            if (!list.ok()) {
                done({ {}, {}, KubeApi::errorMessage(list) });
                return;
            }
            const KubeListPage page = parseListPage(list.body);
            for (const QJsonObject& pod : page.items) {
                const QString phase
                    = pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
                if (phase != QLatin1String("Running"))
                    continue;
                checkPod(api, reference.podNamespace,
                    pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(), context,
                    done);
                return;
            }
            done({ {}, {},
                ProxyTargetText::tr("no running pods found for deployment %1.%2")
                    .arg(reference.name, reference.podNamespace) });
        });
    });
}

} // namespace meshscope
