#include "sim/scenarios/scenarios.h"

#include "models/config/openapischema.h"
#include "models/config/schemaset.h"
#include "sim/scenarios/builders.h"
#include "sim/store/objectstore.h"
#include "sim/store/yamljson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace meshscope::sim {

namespace {
const QMap<QString, QString> injected { { QStringLiteral("istio-injection"), QStringLiteral("enabled") } };

// Every YAML document of a resource file as an object.
std::optional<QList<QJsonObject>> readYamlResource(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    const auto documents = parseYamlDocuments(file.readAll(), error);
    if (!documents)
        return std::nullopt;
    QList<QJsonObject> objects;
    for (const QJsonValue& document : *documents)
        objects.append(document.toObject());
    return objects;
}

// Adds typed objects (Istio config) by looking their kind up in the loaded CRDs.
bool addConfigObjects(ScenarioBuilder& builder, const QList<QJsonObject>& objects, QString* error)
{
    QHash<QString, QString> pluralByGroupKind;
    for (const QJsonObject& crd :
        builder.store().list(QStringLiteral("apiextensions.k8s.io"), QStringLiteral("customresourcedefinitions"))) {
        const QJsonObject spec = crd.value(QStringLiteral("spec")).toObject();
        const QJsonObject names = spec.value(QStringLiteral("names")).toObject();
        pluralByGroupKind.insert(spec.value(QStringLiteral("group")).toString() + QLatin1Char('/')
                + names.value(QStringLiteral("kind")).toString(),
            names.value(QStringLiteral("plural")).toString());
    }
    for (QJsonObject object : objects) {
        const QString apiVersion = object.value(QStringLiteral("apiVersion")).toString();
        const QString group = apiVersion.section(QLatin1Char('/'), 0, 0);
        const QString plural
            = pluralByGroupKind.value(group + QLatin1Char('/') + object.value(QStringLiteral("kind")).toString());
        if (plural.isEmpty()) {
            *error
                = QStringLiteral("no CRD for %1 %2").arg(apiVersion, object.value(QStringLiteral("kind")).toString());
            return false;
        }
        // Stored in the preferred version, as the API server does.
        const auto crd = builder.store().get(QStringLiteral("apiextensions.k8s.io"),
            QStringLiteral("customresourcedefinitions"), QString(), plural + QLatin1Char('.') + group);
        const QJsonArray versions
            = crd->value(QStringLiteral("spec")).toObject().value(QStringLiteral("versions")).toArray();
        object.insert(QStringLiteral("apiVersion"),
            QString(group + QLatin1Char('/') + versions.first().toObject().value(QStringLiteral("name")).toString()));
        builder.addObject(group, plural, object);
    }
    return true;
}

bool loadCrds(ScenarioBuilder& builder, QString* error)
{
    // Istio's kinds and Gateway API's from the project's schema set, to full depth; the rest from files.
    const auto schemas = config::SchemaSet::builtIn();
    if (!schemas->loadError().isEmpty()) {
        *error = schemas->loadError();
        return false;
    }
    for (const config::KindSchema* kind : schemas->kinds())
        builder.addObject(
            QStringLiteral("apiextensions.k8s.io"), QStringLiteral("customresourcedefinitions"), config::crdFor(*kind));
    const QDir dir(QStringLiteral(":/meshscope/sim/crds"));
    const QStringList files = dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = QStringLiteral("the CRD resources are missing from the executable");
        return false;
    }
    for (const QString& file : files) {
        const auto crds = readYamlResource(dir.filePath(file), error);
        if (!crds)
            return false;
        for (const QJsonObject& crd : *crds)
            builder.addObject(QStringLiteral("apiextensions.k8s.io"), QStringLiteral("customresourcedefinitions"), crd);
    }
    return true;
}

void addControlPlane(ScenarioBuilder& builder)
{
    builder.addNamespace(QStringLiteral("default"));
    builder.addNamespace(QStringLiteral("kube-system"));
    builder.addNamespace(QStringLiteral("istio-system"));
    const QString ns = QStringLiteral("istio-system");
    builder.addServiceAccount(ns, QStringLiteral("istiod"));
    builder.addServiceAccount(ns, QStringLiteral("istio-ingressgateway-service-account"));
    const QString mesh = QStringLiteral(
        "accessLogFile: /dev/stdout\ndefaultConfig:\n  discoveryAddress: istiod.istio-system.svc:15012\n"
        "  proxyMetadata: {}\n  tracing:\n    zipkin:\n      address: zipkin.istio-system:9411\n"
        "defaultProviders:\n  metrics:\n  - prometheus\nenablePrometheusMerge: true\n"
        "rootNamespace: istio-system\ntrustDomain: cluster.local\n");
    builder.addConfigMap(ns, QStringLiteral("istio"),
        { { QStringLiteral("mesh"), mesh }, { QStringLiteral("meshNetworks"), QStringLiteral("networks: {}") } },
        { { QStringLiteral("istio.io/rev"), QStringLiteral("default") },
            { QStringLiteral("install.operator.istio.io/owning-resource"), QStringLiteral("unknown") } });
    // The injector's values name the proxy image the pods' sidecars run (hub/proxy.image:tag), as a real install's do.
    builder.addConfigMap(ns, QStringLiteral("istio-sidecar-injector"),
        { { QStringLiteral("values"),
            QStringLiteral("{\"global\":{\"istioNamespace\":\"istio-system\",\"hub\":\"docker.io/istio\",\"tag\":"
                           "\"1.24.2\",\"proxy\":{\"image\":\"proxyv2\"}},\"sidecarInjectorWebhook\":"
                           "{\"enableNamespacesByDefault\":false}}") } },
        { { QStringLiteral("istio.io/rev"), QStringLiteral("default") } });

    // The injector's webhook and a revision tag pointing at it, as istioctl (tag set default) leaves them.
    for (const auto& [name, tag] :
        { std::pair { "istio-sidecar-injector", "" }, { "istio-revision-tag-default", "default" } }) {
        QJsonObject labels { { QStringLiteral("istio.io/rev"), QStringLiteral("default") },
            { QStringLiteral("app"), QStringLiteral("sidecar-injector") } };
        if (*tag)
            labels.insert(QStringLiteral("istio.io/tag"), QLatin1String(tag));
        const QJsonObject webhook { { QStringLiteral("name"),
                                        QStringLiteral("rev.namespace.sidecar-injector.istio.io") },
            { QStringLiteral("clientConfig"),
                QJsonObject { { QStringLiteral("service"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("istiod") },
                        { QStringLiteral("namespace"), ns }, { QStringLiteral("path"), QStringLiteral("/inject") },
                        { QStringLiteral("port"), 443 } } } } },
            // istioctl tag set default deactivates the revision's own namespace webhook (never-match), so the two
            // never inject twice.
            { QStringLiteral("namespaceSelector"),
                QJsonObject { { QStringLiteral("matchLabels"),
                    *tag ? QJsonObject { { QStringLiteral("istio.io/rev"), QLatin1String(tag) } }
                         : QJsonObject { { QStringLiteral("istio.io/deactivated"),
                             QStringLiteral("never-match") } } } } },
            { QStringLiteral("sideEffects"), QStringLiteral("None") },
            { QStringLiteral("admissionReviewVersions"), QJsonArray { QStringLiteral("v1") } } };
        builder.addObject(QStringLiteral("admissionregistration.k8s.io"),
            QStringLiteral("mutatingwebhookconfigurations"),
            QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("admissionregistration.k8s.io/v1") },
                { QStringLiteral("kind"), QStringLiteral("MutatingWebhookConfiguration") },
                { QStringLiteral("metadata"),
                    QJsonObject {
                        { QStringLiteral("name"), QLatin1String(name) }, { QStringLiteral("labels"), labels } } },
                { QStringLiteral("webhooks"), QJsonArray { webhook } } });
    }

    WorkloadSpec istiod;
    istiod.ns = ns;
    istiod.name = QStringLiteral("istiod");
    istiod.app = QStringLiteral("istiod");
    istiod.serviceAccount = QStringLiteral("istiod");
    istiod.image = QStringLiteral("docker.io/istio/pilot:1.24.2");
    istiod.containerName = QStringLiteral("discovery");
    istiod.containerPorts = { 8080, 15010, 15012, 15014, 15017 };
    istiod.sidecar = false;
    istiod.extraLabels = { { QStringLiteral("istio"), QStringLiteral("pilot") },
        { QStringLiteral("istio.io/rev"), QStringLiteral("default") } };
    builder.addWorkload(istiod);
    builder.addService(ns, QStringLiteral("istiod"),
        { { QStringLiteral("app"), QStringLiteral("istiod") }, { QStringLiteral("istio"), QStringLiteral("pilot") } },
        { { QStringLiteral("grpc-xds"), 15010, 15010 }, { QStringLiteral("https-dns"), 15012, 15012 },
            { QStringLiteral("https-webhook"), 443, 15017 }, { QStringLiteral("http-monitoring"), 15014, 15014 } },
        QStringLiteral("ClusterIP"), { { QStringLiteral("istio"), QStringLiteral("pilot") } });

    WorkloadSpec gateway;
    gateway.ns = ns;
    gateway.name = QStringLiteral("istio-ingressgateway");
    gateway.app = QStringLiteral("istio-ingressgateway");
    gateway.serviceAccount = QStringLiteral("istio-ingressgateway-service-account");
    gateway.image = QStringLiteral("docker.io/istio/proxyv2:1.24.2");
    gateway.containerName = QStringLiteral("istio-proxy");
    gateway.containerPorts = { 8080, 8443, 15021, 15090 };
    gateway.sidecar = false;
    gateway.extraLabels = { { QStringLiteral("istio"), QStringLiteral("ingressgateway") } };
    builder.addWorkload(gateway);
    builder.addService(ns, QStringLiteral("istio-ingressgateway"),
        { { QStringLiteral("app"), QStringLiteral("istio-ingressgateway") },
            { QStringLiteral("istio"), QStringLiteral("ingressgateway") } },
        { { QStringLiteral("status-port"), 15021, 15021 }, { QStringLiteral("http2"), 80, 8080 },
            { QStringLiteral("https"), 443, 8443 } },
        QStringLiteral("LoadBalancer"), { { QStringLiteral("istio"), QStringLiteral("ingressgateway") } });
}

void addBookinfoApp(ScenarioBuilder& builder, const QString& app, const QStringList& versions, int port,
    const QString& portName, const QList<int>& restarts = {})
{
    const QString ns = QStringLiteral("bookinfo");
    const QString account = QStringLiteral("bookinfo-") + app;
    builder.addServiceAccount(ns, account);
    for (const QString& version : versions) {
        WorkloadSpec spec;
        spec.ns = ns;
        spec.name = app + QLatin1Char('-') + version;
        spec.app = app;
        spec.version = version;
        spec.serviceAccount = account;
        spec.image = QStringLiteral("docker.io/istio/examples-bookinfo-%1-%2:1.20.2").arg(app, version);
        spec.containerPorts = { port };
        spec.restarts = restarts;
        builder.addWorkload(spec);
    }
    builder.addService(ns, app, { { QStringLiteral("app"), app } }, { { portName, port, port } });
}

bool loadBookinfo(ScenarioBuilder& builder, QString* error)
{
    builder.addNamespace(QStringLiteral("bookinfo"), injected);
    addBookinfoApp(builder, QStringLiteral("productpage"), { QStringLiteral("v1") }, 9080, QStringLiteral("http"));
    addBookinfoApp(builder, QStringLiteral("details"), { QStringLiteral("v1") }, 9080, QStringLiteral("http"));
    addBookinfoApp(builder, QStringLiteral("reviews"),
        { QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3") }, 9080, QStringLiteral("http"));
    addBookinfoApp(builder, QStringLiteral("ratings"), { QStringLiteral("v1") }, 9080, QStringLiteral("http"), { 2 });
    addBookinfoApp(builder, QStringLiteral("mongodb"), { QStringLiteral("v1") }, 27017, QStringLiteral("mongo"));
    const auto config = readYamlResource(QStringLiteral(":/meshscope/sim/bookinfo-istio.yaml"), error);
    return config && addConfigObjects(builder, *config, error);
}

bool loadLarge(ScenarioBuilder& builder, const ScenarioOptions& options, QString* error)
{
    const int namespaces = std::clamp(options.namespaces, 1, 1000);
    const int services = std::clamp(options.services, 1, 5000);
    constexpr int podsPerService = 4;
    for (int n = 0; n < namespaces; ++n)
        builder.addNamespace(QStringLiteral("large-%1").arg(n, 3, 10, QLatin1Char('0')), injected);
    QList<QJsonObject> config;
    for (int s = 0; s < services; ++s) {
        const QString ns = QStringLiteral("large-%1").arg(s % namespaces, 3, 10, QLatin1Char('0'));
        const QString app = QStringLiteral("svc-%1").arg(s, 4, 10, QLatin1Char('0'));
        WorkloadSpec spec;
        spec.ns = ns;
        spec.name = app + QStringLiteral("-v1");
        spec.app = app;
        spec.version = QStringLiteral("v1");
        spec.serviceAccount = QStringLiteral("default");
        spec.image = QStringLiteral("docker.io/meshscope/synthetic:1.0");
        spec.containerPorts = { 8080 };
        spec.replicas = podsPerService;
        builder.addWorkload(spec);
        builder.addService(ns, app, { { QStringLiteral("app"), app } }, { { QStringLiteral("http"), 8080, 8080 } });
        const QJsonObject metadata { { QStringLiteral("name"), app }, { QStringLiteral("namespace"), ns } };
        config.append(QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("networking.istio.io/v1") },
            { QStringLiteral("kind"), QStringLiteral("DestinationRule") }, { QStringLiteral("metadata"), metadata },
            { QStringLiteral("spec"),
                QJsonObject { { QStringLiteral("host"), app },
                    { QStringLiteral("subsets"),
                        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("v1") },
                            { QStringLiteral("labels"),
                                QJsonObject { { QStringLiteral("version"), QStringLiteral("v1") } } } } } } } } });
        if (s % 5 == 0) {
            config.append(QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("networking.istio.io/v1") },
                { QStringLiteral("kind"), QStringLiteral("VirtualService") }, { QStringLiteral("metadata"), metadata },
                { QStringLiteral("spec"),
                    QJsonObject { { QStringLiteral("hosts"), QJsonArray { app } },
                        { QStringLiteral("http"),
                            QJsonArray { QJsonObject { { QStringLiteral("route"),
                                QJsonArray { QJsonObject { { QStringLiteral("destination"),
                                    QJsonObject { { QStringLiteral("host"), app },
                                        { QStringLiteral("subset"), QStringLiteral("v1") } } } } } } } } } } } });
        }
    }
    return addConfigObjects(builder, config, error);
}
} // namespace

bool loadScenarioInto(ObjectStore& store, const ScenarioOptions& options, QString* error)
{
    if (options.name != QStringLiteral("bookinfo") && options.name != QStringLiteral("large")) {
        *error = QStringLiteral("unknown scenario '%1' (bookinfo or large)").arg(options.name);
        return false;
    }
    ScenarioBuilder builder(store);
    if (!loadCrds(builder, error))
        return false;
    addControlPlane(builder);
    const auto controlPlaneConfig = readYamlResource(QStringLiteral(":/meshscope/sim/istio-system.yaml"), error);
    if (!controlPlaneConfig || !addConfigObjects(builder, *controlPlaneConfig, error))
        return false;
    return options.name == QStringLiteral("bookinfo") ? loadBookinfo(builder, error)
                                                      : loadLarge(builder, options, error);
}

} // namespace meshscope::sim
