#include "istioddebug.h"

#include "sim/mesh/envoyconfig.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace meshscope::sim {

namespace {

SimHttpReply jsonReply(const QJsonDocument& document)
{
    return SimHttpReply::json(document.toJson(QJsonDocument::Indented));
}

QJsonObject labelsJson(const Labels& labels)
{
    QJsonObject object;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonArray portsJson(const QList<ServicePort>& ports)
{
    QJsonArray array;
    for (const ServicePort& port : ports)
        array.append(QJsonObject { { QStringLiteral("name"), port.name }, { QStringLiteral("port"), port.port },
            { QStringLiteral("protocol"), port.protocol } });
    return array;
}

// istiod's model.Service, as /debug/registryz prints it.
QJsonObject registryService(const QString& registry, const QString& name, const QString& ns, const Labels& labels,
    const Labels& selector, const QList<ServicePort>& ports, const QString& creation, const QString& hostname,
    const QString& vip, int resolution, bool external, const QString& resourceVersion)
{
    return QJsonObject {
        { QStringLiteral("Attributes"),
            QJsonObject { { QStringLiteral("ServiceRegistry"), registry }, { QStringLiteral("Name"), name },
                { QStringLiteral("Namespace"), ns },
                { QStringLiteral("Labels"), labels.isEmpty() ? QJsonValue() : QJsonValue(labelsJson(labels)) },
                { QStringLiteral("ExportTo"), QJsonValue() },
                { QStringLiteral("LabelSelectors"),
                    selector.isEmpty() ? QJsonValue() : QJsonValue(labelsJson(selector)) },
                { QStringLiteral("ClusterExternalAddresses"),
                    QJsonObject { { QStringLiteral("Addresses"), QJsonValue() } } },
                { QStringLiteral("ClusterExternalPorts"), QJsonValue() } } },
        { QStringLiteral("ports"), portsJson(ports) }, { QStringLiteral("creationTime"), creation },
        { QStringLiteral("hostname"), hostname },
        { QStringLiteral("clusterVIPs"),
            QJsonObject { { QStringLiteral("Addresses"),
                vip.isEmpty() ? QJsonValue()
                              : QJsonValue(QJsonObject { { QStringLiteral("Kubernetes"), QJsonArray { vip } } }) } } },
        { QStringLiteral("defaultAddress"), vip.isEmpty() ? QStringLiteral("0.0.0.0") : vip },
        { QStringLiteral("Resolution"), resolution }, { QStringLiteral("MeshExternal"), external },
        { QStringLiteral("ResourceVersion"), resourceVersion }
    };
}

QJsonArray registryz(const MeshTopology& topology)
{
    QJsonArray services;
    for (const MeshService& s : topology.services()) {
        const bool headless = s.clusterIP == QLatin1String("None");
        services.append(registryService(QStringLiteral("Kubernetes"), s.name, s.ns, s.labels, s.selector, s.ports,
            s.creationTimestamp, s.fqdn(), headless ? QString() : s.clusterIP, headless ? 1 : 0, false,
            s.resourceVersion));
    }
    for (const MeshServiceEntry& e : topology.serviceEntries()) {
        const int resolution = e.resolution == QLatin1String("DNS") ? 1 : e.resolution == QLatin1String("NONE") ? 2 : 0;
        for (const QString& host : e.hosts)
            services.append(registryService(QStringLiteral("External"), host, e.ns, {}, {}, e.ports,
                e.creationTimestamp, host, QString(), resolution, e.meshExternal, e.resourceVersion));
    }
    return services;
}

// /debug/endpointz is /debug/endpointShardz in current istiod: host -> namespace -> shards.
QJsonObject endpointShardz(const MeshTopology& topology)
{
    QJsonObject byHost;
    for (const MeshService& service : topology.services()) {
        QJsonArray endpoints;
        QJsonObject accounts;
        for (int podIndex : topology.podsOf(service)) {
            const MeshPod& pod = topology.pods()[podIndex];
            const MeshWorkload& workload = topology.workloads()[pod.workload];
            for (const ServicePort& port : service.ports) {
                endpoints.append(QJsonObject { { QStringLiteral("Labels"), labelsJson(pod.labels) },
                    { QStringLiteral("Addresses"), QJsonArray { pod.ip } },
                    { QStringLiteral("ServicePortName"), port.name },
                    { QStringLiteral("ServiceAccount"), workload.principal() },
                    { QStringLiteral("Network"), QString() },
                    { QStringLiteral("Locality"),
                        QJsonObject { { QStringLiteral("Label"), QString() },
                            { QStringLiteral("ClusterID"), QStringLiteral("Kubernetes") } } },
                    { QStringLiteral("EndpointPort"), port.targetPort }, { QStringLiteral("LbWeight"), 0 },
                    { QStringLiteral("TLSMode"),
                        pod.hasSidecar ? QStringLiteral("istio") : QStringLiteral("disabled") },
                    { QStringLiteral("Namespace"), pod.ns }, { QStringLiteral("WorkloadName"), workload.name },
                    { QStringLiteral("HostName"), QString() }, { QStringLiteral("SubDomain"), QString() },
                    { QStringLiteral("HealthStatus"), 1 }, { QStringLiteral("NodeName"), pod.nodeName } });
            }
            accounts.insert(workload.principal(), QJsonObject());
        }
        byHost.insert(service.fqdn(),
            QJsonObject { { service.ns,
                QJsonObject { { QStringLiteral("Shards"),
                                  QJsonObject { { QStringLiteral("Kubernetes/Kubernetes"), endpoints } } },
                    { QStringLiteral("ServiceAccounts"), accounts } } } });
    }
    return byHost;
}

QJsonArray configz(const MeshTopology& topology)
{
    QJsonArray configs;
    for (const QJsonObject& object : topology.istioConfigs()) {
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        QJsonObject trimmed;
        for (const char* key :
            { "name", "namespace", "resourceVersion", "creationTimestamp", "labels", "annotations", "generation" }) {
            if (metadata.contains(QLatin1String(key)))
                trimmed.insert(QLatin1String(key), metadata.value(QLatin1String(key)));
        }
        QJsonObject config { { QStringLiteral("kind"), object.value(QLatin1String("kind")) },
            { QStringLiteral("apiVersion"), object.value(QLatin1String("apiVersion")) },
            { QStringLiteral("metadata"), trimmed }, { QStringLiteral("spec"), object.value(QLatin1String("spec")) } };
        if (object.contains(QLatin1String("status")))
            config.insert(QStringLiteral("status"), object.value(QLatin1String("status")));
        configs.append(config);
    }
    return configs;
}

} // namespace

QList<const MeshPod*> connectedProxies(const MeshTopology& topology)
{
    QList<const MeshPod*> proxies;
    for (const MeshPod& pod : topology.pods()) {
        if (pod.hasSidecar || topology.workloads()[pod.workload].isGateway)
            proxies.append(&pod);
    }
    return proxies;
}

SimHttpReply istiodDebugReply(
    MeshContext& context, const QString& ns, const QString& podName, const QString& path, const QUrlQuery& query)
{
    const std::shared_ptr<const MeshTopology> live = context.traffic->topologySnapshot();
    const MeshPod* self = live->findPod(ns, podName);
    if (!self || self->labels.value(QStringLiteral("app")) != QLatin1String("istiod"))
        return connectionRefused(self, 15014);
    const XdsState::Push& current = context.xds->current(live);

    if (path == QLatin1String("/debug/syncz")) {
        const QString onlyNamespace = query.queryItemValue(QStringLiteral("namespace"));
        QJsonArray entries;
        for (const MeshPod* pod : connectedProxies(*live)) {
            if (!onlyNamespace.isEmpty() && pod->ns != onlyNamespace)
                continue;
            const QString proxy = pod->name + QLatin1Char('.') + pod->ns;
            const int acked = context.xds->pushOf(proxy, live).version;
            QJsonObject entry { { QStringLiteral("cluster_id"), QStringLiteral("Kubernetes") },
                { QStringLiteral("proxy"), proxy },
                { QStringLiteral("proxy_type"),
                    live->workloads()[pod->workload].isGateway ? QStringLiteral("router") : QStringLiteral("sidecar") },
                { QStringLiteral("proxy_version"), QLatin1String(EnvoyConfig::istioVersion) },
                { QStringLiteral("istio_version"), QLatin1String(EnvoyConfig::istioVersion) } };
            for (const char* type : { "cluster", "listener", "route", "endpoint" }) {
                entry.insert(QLatin1String(type) + QStringLiteral("_sent"),
                    XdsState::nonce(current.version, QLatin1String(type)));
                entry.insert(
                    QLatin1String(type) + QStringLiteral("_acked"), XdsState::nonce(acked, QLatin1String(type)));
            }
            entries.append(entry);
        }
        return jsonReply(QJsonDocument(entries));
    }
    if (path == QLatin1String("/debug/registryz"))
        return jsonReply(QJsonDocument(registryz(*live)));
    if (path == QLatin1String("/debug/endpointz") || path == QLatin1String("/debug/endpointShardz"))
        return jsonReply(QJsonDocument(endpointShardz(*live)));
    if (path == QLatin1String("/debug/configz"))
        return jsonReply(QJsonDocument(configz(*live)));
    if (path == QLatin1String("/debug/config_dump")) {
        const QString proxyId = query.queryItemValue(QStringLiteral("proxyID"));
        const qsizetype dot = proxyId.lastIndexOf(QLatin1Char('.'));
        const MeshPod* pod = dot > 0 ? live->findPod(proxyId.mid(dot + 1), proxyId.left(dot)) : nullptr;
        if (!pod || !connectedProxies(*live).contains(pod))
            return SimHttpReply::text(
                404, "Proxy not connected to this Pilot instance. It may be connected to another instance.\n");
        // istiod's view: what it would push now, whatever the proxy acknowledged.
        const MeshWorkload& workload = live->workloads()[pod->workload];
        const EnvoyConfig config(
            *live, ProxyIdentity { pod, &workload, workload.isGateway }, current.versionInfo(), current.lastUpdated());
        return jsonReply(QJsonDocument(config.configDump(QString(), query.hasQueryItem(QStringLiteral("include_eds")),
            context.workloadCertificatePem, context.rootCertificatePem)));
    }
    if (path == QLatin1String("/version"))
        return jsonReply(
            QJsonDocument(QJsonObject { { QStringLiteral("version"), QLatin1String(EnvoyConfig::istioVersion) },
                { QStringLiteral("revision"), QLatin1String(EnvoyConfig::proxySha) },
                { QStringLiteral("golang_version"), QStringLiteral("go1.25.4") },
                { QStringLiteral("status"), QStringLiteral("Clean") },
                { QStringLiteral("tag"), QLatin1String(EnvoyConfig::istioVersion) } }));
    if (path == QLatin1String("/ready"))
        return SimHttpReply::text(200, "");
    return SimHttpReply::text(404, "404 page not found\n");
}

} // namespace meshscope::sim
