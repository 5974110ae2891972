// injection.Analyzer (namespaces and pods left out of injection), injection.ImageAnalyzer (sidecars older than the
// injector's image) and injection.ImageAutoAnalyzer (`image: auto` where no injector will replace it).
#include "../yamlresources.h"
#include "istioanalyzers.h"

#include <QJsonDocument>
#include <algorithm>
#include <map>

namespace meshscope::analysis {
namespace {

using namespace istio;

// The injector's Helm values (data.values, JSON) of an istio-sidecar-injector ConfigMap.
QJsonObject injectorValues(const Resource& configMap)
{
    const QString values = json::str(json::obj(configMap.object, "data"), "values");
    return QJsonDocument::fromJson(values.toUtf8()).object();
}

QJsonArray allContainers(const QJsonObject& podSpec)
{
    QJsonArray containers = json::arr(podSpec, "containers");
    for (const QJsonValue& init : json::arr(podSpec, "initContainers"))
        containers.append(init);
    return containers;
}

QString proxyImageOf(const QJsonObject& podSpec)
{
    for (const QJsonValue& value : allContainers(podSpec)) {
        if (json::str(value.toObject(), "name") == QLatin1String("istio-proxy"))
            return json::str(value.toObject(), "image");
    }
    return {};
}

class InjectionAnalyzer : public IstioAnalyzer
{
public:
    InjectionAnalyzer()
        : IstioAnalyzer("injection.Analyzer",
            "Checks namespaces and pods for sidecar injection: labels, conflicting labels, pods without the proxy",
            { Kind::Namespace, Kind::Pod, Kind::ConfigMap })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        bool enabledByDefault = false; // carried from one namespace to the next, as istioctl does
        QSet<QString> injected;
        snapshot.forEach(Kind::Namespace, [&](const ResourcePtr& ns) {
            if (ns->name == QLatin1String("istio-system"))
                return;
            const Labels& labels = ns->labels;
            const bool hasInjection = labels.contains(QStringLiteral("istio-injection"));
            const QString injection = labels.value(QStringLiteral("istio-injection"));
            const bool hasRevision = labels.contains(QStringLiteral("istio.io/rev"));
            const QString revision = labels.value(QStringLiteral("istio.io/rev"));
            QStringList istioLabels;
            if (hasInjection)
                istioLabels << QStringLiteral("istio-injection=") + injection;
            for (const QString& key : { QStringLiteral("istio.io/rev"), QStringLiteral("istio.io/dataplane-mode") }) {
                if (labels.contains(key) && (!hasInjection || injection == QLatin1String("enabled")))
                    istioLabels << key + QLatin1Char('=') + labels.value(key);
            }
            if (istioLabels.size() > 1)
                context.report("IST0123", ns, { istioLabels });
            if (labels.value(QStringLiteral("istio.io/dataplane-mode")) == QLatin1String("ambient"))
                return;
            const QString configMapName = injectorConfigMapName(revision);
            snapshot.forEach(Kind::ConfigMap, [&](const ResourcePtr& configMap) {
                if (configMap->name != configMapName)
                    return true;
                enabledByDefault = json::obj(injectorValues(*configMap), "sidecarInjectorWebhook")
                                       .value(QLatin1String("enableNamespacesByDefault"))
                                       .toBool();
                return false;
            });
            if (injection.isEmpty() && !hasRevision) {
                if (enabledByDefault)
                    context.report("IST0148", ns);
                else
                    context.reportAt("IST0102", ns, QStringLiteral("{.metadata.name}"), { ns->name, ns->name });
                return;
            }
            if (injection == QLatin1String("enabled"))
                injected.insert(ns->name);
        });
        snapshot.forEach(Kind::Pod, [&](const ResourcePtr& pod) {
            if (!injected.contains(pod->ns))
                return;
            QString inject = pod->annotations.value(QStringLiteral("sidecar.istio.io/inject"));
            if (pod->labels.contains(QStringLiteral("sidecar.istio.io/inject")))
                inject = pod->labels.value(QStringLiteral("sidecar.istio.io/inject"));
            if (inject.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                return;
            if (pod->spec().value(QLatin1String("hostNetwork")).toBool())
                return;
            if (proxyImageOf(pod->spec()).isEmpty())
                context.report("IST0103", pod, { pod->fullName() });
        });
    }
};

// Which proxy image variant (distroless, debug) a pod gets: mesh default, then ProxyConfigs in the root namespace,
// the pod's namespace and selecting the pod, then the pod's own proxy.istio.io/config annotation.
class ImageTypeResolver
{
public:
    explicit ImageTypeResolver(const Snapshot& snapshot)
        : m_mesh(json::str(json::obj(json::obj(snapshot.meshConfig(), "defaultConfig"), "image"), "imageType"))
    {
        QString root = json::str(snapshot.meshConfig(), "rootNamespace");
        if (root.isEmpty())
            root = QStringLiteral("istio-system");
        snapshot.forEach(Kind::ProxyConfig, [&](const ResourcePtr& config) {
            const QJsonObject spec = config->spec();
            const QString type = json::str(json::obj(spec, "image"), "imageType");
            if (config->ns == root)
                m_root = type;
            else if (!json::has(spec, "selector"))
                m_namespaces.insert(config->ns, type);
            else
                m_workloads.push_back({ config->fullName(),
                    { json::stringMap(json::obj(spec, "selector").value(QLatin1String("matchLabels"))), type } });
        });
    }

    QString imageType(const Resource& pod) const
    {
        QString variant = m_mesh;
        if (!m_root.isEmpty())
            variant = m_root;
        if (const auto it = m_namespaces.constFind(pod.ns); it != m_namespaces.constEnd() && !it->isEmpty())
            variant = *it;
        for (const auto& [name, entry] : m_workloads) {
            if (name.startsWith(pod.ns) && containsAll(pod.labels, entry.first) && !entry.second.isEmpty())
                variant = entry.second;
        }
        const QString annotation = pod.annotations.value(QStringLiteral("proxy.istio.io/config"));
        if (!annotation.isEmpty()) {
            QJsonValue config;
            if (yamlToJson(annotation.toUtf8(), &config, nullptr)) {
                const QString type = json::str(json::obj(config.toObject(), "image"), "imageType");
                if (!type.isEmpty())
                    variant = type;
            }
        }
        return variant == QLatin1String("default") ? QString() : variant;
    }

private:
    QString m_mesh;
    QString m_root;
    QHash<QString, QString> m_namespaces;
    std::vector<std::pair<QString, std::pair<Labels, QString>>> m_workloads;
};

class ImageAnalyzer : public IstioAnalyzer
{
public:
    ImageAnalyzer()
        : IstioAnalyzer("injection.ImageAnalyzer",
            "Checks that running sidecars use the proxy image the injector would inject now",
            { Kind::Namespace, Kind::Pod, Kind::ConfigMap, Kind::MeshConfig, Kind::ProxyConfig })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        QHash<QString, QString> proxyImages; // injector ConfigMap name → image
        snapshot.forEach(Kind::ConfigMap, [&](const ResourcePtr& configMap) {
            if (configMap->name.startsWith(QLatin1String("istio-sidecar-injector")))
                proxyImages.insert(configMap->name, proxyImage(*configMap));
        });
        if (proxyImages.isEmpty())
            return;
        QHash<QString, QString> injected; // namespace → revision
        QHash<QString, ResourcePtr> namespaces;
        snapshot.forEach(Kind::Namespace, [&](const ResourcePtr& ns) {
            namespaces.insert(ns->name, ns);
            if (ns->labels.contains(QStringLiteral("istio.io/rev")))
                injected.insert(ns->name, ns->labels.value(QStringLiteral("istio.io/rev")));
            else if (ns->labels.value(QStringLiteral("istio-injection")) == QLatin1String("enabled"))
                injected.insert(ns->name, QStringLiteral("default"));
        });
        const ImageTypeResolver resolver(snapshot);
        std::map<QString, QStringList> mismatched;
        snapshot.forEach(Kind::Pod, [&](const ResourcePtr& pod) {
            const auto revision = injected.constFind(pod->ns);
            if (revision == injected.constEnd())
                return;
            if (!pod->annotations.value(QStringLiteral("sidecar.istio.io/proxyImage")).isEmpty())
                return;
            const auto expected = proxyImages.constFind(injectorConfigMapName(*revision));
            for (const QJsonValue& value : allContainers(pod->spec())) {
                const QJsonObject container = value.toObject();
                if (json::str(container, "name") != QLatin1String("istio-proxy"))
                    continue;
                if (expected == proxyImages.constEnd())
                    return;
                const QString image = json::str(container, "image");
                // The image type (distroless, debug) is only looked up for images that are not the plain one.
                if (image != *expected && image != *expected + QLatin1Char('-') + resolver.imageType(*pod))
                    mismatched[pod->ns].append(pod->name);
            }
        });
        for (auto& [ns, pods] : mismatched) {
            std::sort(pods.begin(), pods.end());
            context.report("IST0158", namespaces.value(ns), { pods });
        }
    }

private:
    static QString proxyImage(const Resource& configMap)
    {
        const QJsonObject global = json::obj(injectorValues(configMap), "global");
        const QString image = json::str(json::obj(global, "proxy"), "image");
        if (image.contains(QLatin1Char('/')))
            return image;
        return QStringLiteral("%1/%2:%3").arg(json::str(global, "hub"), image, json::str(global, "tag"));
    }
};

class ImageAutoAnalyzer : public IstioAnalyzer
{
public:
    ImageAutoAnalyzer()
        : IstioAnalyzer("injection.ImageAutoAnalyzer",
            "Checks that pods and deployments with `image: auto` will be injected, so the image gets replaced",
            { Kind::Namespace, Kind::Pod, Kind::Deployment, Kind::MutatingWebhookConfiguration })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        QList<QPair<LabelSelector, LabelSelector>> webhooks; // namespace and object selectors of Istio's injectors
        snapshot.forEach(Kind::MutatingWebhookConfiguration, [&](const ResourcePtr& config) {
            for (const QJsonValue& value : json::arr(config->object, "webhooks")) {
                const QJsonObject hook = value.toObject();
                if (json::str(hook, "name").endsWith(QLatin1String("istio.io")))
                    webhooks.append({ LabelSelector::fromJson(hook.value(QLatin1String("namespaceSelector"))),
                        LabelSelector::fromJson(hook.value(QLatin1String("objectSelector"))) });
            }
        });
        snapshot.forEach(Kind::Pod, [&](const ResourcePtr& pod) {
            if (hasAutoImage(pod->spec()))
                context.report("IST0147", pod, { QStringLiteral("Pod"), pod->name });
        });
        snapshot.forEach(Kind::Deployment, [&](const ResourcePtr& deployment) {
            const QJsonObject templ = json::obj(deployment->spec(), "template");
            if (!hasAutoImage(json::obj(templ, "spec")))
                return;
            const ResourcePtr ns = snapshot.find(
                Kind::Namespace, QString(), deployment->ns.isEmpty() ? QStringLiteral("default") : deployment->ns);
            const Labels nsLabels = ns ? ns->labels : Labels();
            const Labels podLabels = json::stringMap(json::obj(templ, "metadata").value(QLatin1String("labels")));
            const bool injected = std::any_of(webhooks.begin(), webhooks.end(),
                [&](const auto& hook) { return hook.first.matches(nsLabels) && hook.second.matches(podLabels); });
            if (!injected)
                context.report("IST0146", deployment, { QStringLiteral("Deployment"), deployment->name });
        });
    }

private:
    static bool hasAutoImage(const QJsonObject& podSpec)
    {
        for (const QJsonValue& value : json::arr(podSpec, "containers")) {
            const QJsonObject container = value.toObject();
            if (json::str(container, "name") == QLatin1String("istio-proxy")
                && json::str(container, "image") == QLatin1String("auto"))
                return true;
        }
        return false;
    }
};

} // namespace

void addInjectionAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<InjectionAnalyzer>());
    list.append(std::make_shared<ImageAnalyzer>());
    list.append(std::make_shared<ImageAutoAnalyzer>());
}

} // namespace meshscope::analysis
