#include "istioanalyzers.h"

#include <algorithm>

namespace meshscope::analysis {

AnalyzerList createIstioAnalyzers()
{
    AnalyzerList list;
    addAnnotationAnalyzers(list);
    addAuthAnalyzers(list);
    addConditionAnalyzers(list);
    addDeploymentAnalyzers(list);
    addDestinationRuleAnalyzers(list);
    addDeprecationAnalyzers(list);
    addEnvoyFilterAnalyzers(list);
    addExternalControlPlaneAnalyzers(list);
    addGatewayAnalyzers(list);
    addInjectionAnalyzers(list);
    addKubernetesGatewayAnalyzers(list);
    addMulticlusterAnalyzers(list);
    addServiceAnalyzers(list);
    addSidecarAnalyzers(list);
    addVirtualServiceAnalyzers(list);
    addWebhookAnalyzers(list);
    addTelemetryAnalyzers(list);
    addSchemaAnalyzers(list);
    return list;
}

namespace istio {
namespace {

// The sidecar.istio.io/inject value in a label or annotation map: {set, enabled}.
QPair<bool, bool> injectionSetting(const Labels& map)
{
    const auto it = map.constFind(QStringLiteral("sidecar.istio.io/inject"));
    if (it == map.constEnd())
        return { false, false };
    return { true, *it == QLatin1String("true") };
}

bool hasIstioProxy(const QJsonArray& containers)
{
    for (const QJsonValue& value : containers) {
        const QJsonObject container = value.toObject();
        if (json::str(container, "name") == QLatin1String("istio-proxy"))
            return !json::str(container, "image").isEmpty();
    }
    return false;
}

bool inMesh(const Snapshot& snapshot, const Labels& annotations, const Labels& labels, const QString& ns,
    const QJsonArray& containers)
{
    if (hasIstioProxy(containers))
        return true;
    if (const auto [set, enabled] = injectionSetting(labels); set)
        return enabled;
    if (const auto [set, enabled] = injectionSetting(annotations); set)
        return enabled;
    if (const ResourcePtr namespaceResource = snapshot.find(Kind::Namespace, QString(), ns))
        return namespaceResource->labels.value(QStringLiteral("istio-injection")) == QLatin1String("enabled");
    return false;
}

} // namespace

QList<ResourcePtr> inNamespace(const Snapshot& snapshot, Kind kind, const QString& ns)
{
    return snapshot.inNamespace(kind, ns);
}

bool podInMesh(const Snapshot& snapshot, const Resource& pod)
{
    const QJsonObject spec = pod.spec();
    QJsonArray containers = json::arr(spec, "containers");
    for (const QJsonValue& init : json::arr(spec, "initContainers"))
        containers.append(init);
    return inMesh(snapshot, pod.annotations, pod.labels, pod.ns, containers);
}

bool deploymentInMesh(const Snapshot& snapshot, const Resource& deployment)
{
    const QJsonObject templ = json::obj(deployment.spec(), "template");
    const QJsonObject metadata = json::obj(templ, "metadata");
    return inMesh(snapshot, json::stringMap(metadata.value(QLatin1String("annotations"))),
        json::stringMap(metadata.value(QLatin1String("labels"))), deployment.ns,
        json::arr(json::obj(templ, "spec"), "containers"));
}

bool podInAmbientMode(const Resource* pod)
{
    return pod && pod->annotations.value(QStringLiteral("ambient.istio.io/redirection")) == QLatin1String("enabled");
}

bool namespaceInAmbientMode(const Resource* ns)
{
    if (!ns)
        return false;
    if (ns->labels.value(QStringLiteral("istio-injection")) == QLatin1String("enabled"))
        return false;
    if (!ns->labels.value(QStringLiteral("istio.io/rev")).isEmpty())
        return false;
    return ns->labels.value(QStringLiteral("istio.io/dataplane-mode")) == QLatin1String("ambient");
}

bool isIstioControlPlane(const Resource& resource)
{
    return resource.labels.contains(QStringLiteral("istio"))
        || resource.labels.value(QStringLiteral("release")) == QLatin1String("istio");
}

QString injectorConfigMapName(const QString& revision)
{
    if (revision.isEmpty() || revision == QLatin1String("default"))
        return QStringLiteral("istio-sidecar-injector");
    return QStringLiteral("istio-sidecar-injector-") + revision;
}

QStringList sortedNames(const QList<ResourcePtr>& resources)
{
    QStringList names;
    for (const ResourcePtr& resource : resources)
        names.append(resource->name);
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace istio
} // namespace meshscope::analysis
