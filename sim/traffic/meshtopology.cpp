#include "meshtopology.h"

#include <QJsonArray>

namespace meshscope::sim {

namespace {

const QString kIstioNetworking = QStringLiteral("networking.istio.io");
const QString kIstioSecurity = QStringLiteral("security.istio.io");

QString stringAt(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject objectAt(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toObject();
}

// "reviews-v1-5c8d9c7b4d" (a ReplicaSet) -> "reviews-v1" (its Deployment).
QString stripLastSegment(const QString& name)
{
    const qsizetype dash = name.lastIndexOf(QLatin1Char('-'));
    return dash > 0 ? name.left(dash) : name;
}

QString workloadNameOf(const QJsonObject& pod)
{
    const QJsonObject metadata = objectAt(pod, "metadata");
    const QJsonArray owners = metadata.value(QLatin1String("ownerReferences")).toArray();
    for (const QJsonValue& owner : owners) {
        const QString kind = owner.toObject().value(QLatin1String("kind")).toString();
        const QString name = owner.toObject().value(QLatin1String("name")).toString();
        if (kind == QLatin1String("ReplicaSet"))
            return stripLastSegment(name);
        if (!name.isEmpty())
            return name;
    }
    // No owner: Kubernetes pod names are <deployment>-<rs hash>-<pod hash>.
    return stripLastSegment(stripLastSegment(stringAt(metadata, "name")));
}

QList<ServicePort> servicePortsOf(const QJsonArray& ports, bool isServiceEntry)
{
    QList<ServicePort> result;
    for (const QJsonValue& value : ports) {
        const QJsonObject port = value.toObject();
        ServicePort p;
        p.name = stringAt(port, "name");
        p.port = port.value(QLatin1String("port")).toInt(port.value(QLatin1String("number")).toInt());
        p.targetPort = port.value(QLatin1String("targetPort")).toInt(p.port);
        p.protocol = isServiceEntry ? stringAt(port, "protocol").toUpper()
                                    : istioProtocolFor(p.name, stringAt(port, "appProtocol"));
        if (p.protocol.isEmpty())
            p.protocol = QStringLiteral("TCP");
        result.append(p);
    }
    return result;
}

} // namespace

bool ServicePort::isHttp() const
{
    return protocol == QLatin1String("HTTP") || protocol == QLatin1String("HTTP2") || protocol == QLatin1String("GRPC")
        || protocol == QLatin1String("GRPC-WEB");
}

QString MeshWorkload::principal() const
{
    return QStringLiteral("spiffe://cluster.local/ns/") + ns + QStringLiteral("/sa/")
        + (serviceAccount.isEmpty() ? QStringLiteral("default") : serviceAccount);
}

QString istioProtocolFor(const QString& portName, const QString& appProtocol)
{
    const QString candidate
        = (appProtocol.isEmpty() ? portName.section(QLatin1Char('-'), 0, 0) : appProtocol).toLower();
    static const QHash<QString, QString> known = { { QStringLiteral("http"), QStringLiteral("HTTP") },
        { QStringLiteral("http2"), QStringLiteral("HTTP2") }, { QStringLiteral("grpc"), QStringLiteral("GRPC") },
        { QStringLiteral("grpc-web"), QStringLiteral("GRPC-WEB") },
        { QStringLiteral("https"), QStringLiteral("HTTPS") }, { QStringLiteral("tls"), QStringLiteral("TLS") },
        { QStringLiteral("tcp"), QStringLiteral("TCP") }, { QStringLiteral("mongo"), QStringLiteral("MONGO") },
        { QStringLiteral("mysql"), QStringLiteral("MYSQL") }, { QStringLiteral("redis"), QStringLiteral("REDIS") } };
    return known.value(candidate, QStringLiteral("TCP"));
}

Labels MeshTopology::labelsOf(const QJsonObject& object, const QString& field)
{
    Labels labels;
    const QJsonObject map = object.value(field).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

bool MeshTopology::labelsMatch(const Labels& selector, const Labels& labels)
{
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QString MeshTopology::toFqdn(const QString& host, const QString& ns)
{
    if (host.contains(QStringLiteral(".svc.")) || host.startsWith(QLatin1Char('*')))
        return host;
    const qsizetype dots = host.count(QLatin1Char('.'));
    if (dots == 0)
        return host + QLatin1Char('.') + ns + QStringLiteral(".svc.cluster.local");
    if (dots == 1)
        return host + QStringLiteral(".svc.cluster.local");
    return host; // an external name such as www.googleapis.com
}

MeshTopology MeshTopology::fromSource(const ConfigSource& source)
{
    MeshTopology topology;
    for (const QJsonObject& object : source(QString(), QStringLiteral("services"))) {
        const QJsonObject metadata = objectAt(object, "metadata");
        const QJsonObject spec = objectAt(object, "spec");
        MeshService service;
        service.name = stringAt(metadata, "name");
        service.ns = stringAt(metadata, "namespace");
        service.clusterIP = stringAt(spec, "clusterIP");
        service.resourceVersion = stringAt(metadata, "resourceVersion");
        service.creationTimestamp = stringAt(metadata, "creationTimestamp");
        service.labels = labelsOf(metadata);
        service.selector = labelsOf(spec, QStringLiteral("selector"));
        service.ports = servicePortsOf(spec.value(QLatin1String("ports")).toArray(), false);
        topology.m_serviceByFqdn.insert(service.fqdn(), int(topology.m_services.size()));
        topology.m_services.append(service);
    }

    QHash<QString, int> workloadByKey;
    for (const QJsonObject& object : source(QString(), QStringLiteral("pods"))) {
        const QJsonObject metadata = objectAt(object, "metadata");
        const QJsonObject spec = objectAt(object, "spec");
        MeshPod pod;
        pod.name = stringAt(metadata, "name");
        pod.ns = stringAt(metadata, "namespace");
        pod.ip = stringAt(objectAt(object, "status"), "podIP");
        pod.serviceAccount = stringAt(spec, "serviceAccountName");
        pod.nodeName = stringAt(spec, "nodeName");
        pod.labels = labelsOf(metadata);
        pod.hasSidecar = objectAt(metadata, "annotations").contains(QLatin1String("sidecar.istio.io/status"));
        for (const QJsonValue& container : spec.value(QLatin1String("containers")).toArray())
            pod.hasSidecar
                = pod.hasSidecar || container.toObject().value(QLatin1String("name")) == QLatin1String("istio-proxy");
        const QString workloadName = workloadNameOf(object);
        const QString key = pod.ns + QLatin1Char('/') + workloadName;
        int index = workloadByKey.value(key, -1);
        if (index < 0) {
            MeshWorkload workload;
            workload.name = workloadName;
            workload.ns = pod.ns;
            workload.labels = pod.labels;
            workload.app = pod.labels.value(QStringLiteral("app"),
                pod.labels.value(QStringLiteral("service.istio.io/canonical-name"), workloadName));
            workload.version = pod.labels.value(QStringLiteral("version"),
                pod.labels.value(QStringLiteral("service.istio.io/canonical-revision"), QStringLiteral("latest")));
            workload.serviceAccount = pod.serviceAccount;
            workload.isGateway = pod.labels.value(QStringLiteral("istio")).endsWith(QLatin1String("gateway"));
            index = int(topology.m_workloads.size());
            workloadByKey.insert(key, index);
            topology.m_workloads.append(workload);
        }
        pod.workload = index;
        MeshWorkload& workload = topology.m_workloads[index];
        workload.hasSidecar = workload.hasSidecar || pod.hasSidecar || workload.isGateway;
        workload.pods.append(int(topology.m_pods.size()));
        topology.m_podByKey.insert(pod.ns + QLatin1Char('/') + pod.name, int(topology.m_pods.size()));
        topology.m_podsByNamespace[pod.ns].append(int(topology.m_pods.size()));
        topology.m_pods.append(pod);
    }

    for (const QJsonObject& object : source(kIstioNetworking, QStringLiteral("serviceentries"))) {
        const QJsonObject metadata = objectAt(object, "metadata");
        const QJsonObject spec = objectAt(object, "spec");
        MeshServiceEntry entry;
        entry.name = stringAt(metadata, "name");
        entry.ns = stringAt(metadata, "namespace");
        entry.resourceVersion = stringAt(metadata, "resourceVersion");
        entry.creationTimestamp = stringAt(metadata, "creationTimestamp");
        for (const QJsonValue& host : spec.value(QLatin1String("hosts")).toArray())
            entry.hosts.append(host.toString());
        entry.ports = servicePortsOf(spec.value(QLatin1String("ports")).toArray(), true);
        entry.resolution = stringAt(spec, "resolution");
        entry.meshExternal = stringAt(spec, "location") != QLatin1String("MESH_INTERNAL");
        topology.m_serviceEntries.append(entry);
    }
    topology.m_virtualServices = source(kIstioNetworking, QStringLiteral("virtualservices"));
    topology.m_destinationRules = source(kIstioNetworking, QStringLiteral("destinationrules"));
    topology.m_gateways = source(kIstioNetworking, QStringLiteral("gateways"));
    // Indexes by host, so routing a request does not scan thousands of objects.
    for (qsizetype i = 0; i < topology.m_virtualServices.size(); ++i) {
        const QJsonObject& vs = topology.m_virtualServices[i];
        const QString ns = stringAt(objectAt(vs, "metadata"), "namespace");
        const QJsonObject spec = objectAt(vs, "spec");
        const QJsonArray gateways = spec.value(QLatin1String("gateways")).toArray();
        if (!gateways.isEmpty() && !gateways.contains(QStringLiteral("mesh")))
            continue; // bound to a gateway only, not to sidecars
        for (const QJsonValue& host : spec.value(QLatin1String("hosts")).toArray())
            topology.m_virtualServicesByHost[toFqdn(host.toString(), ns)].append(int(i));
    }
    for (qsizetype i = 0; i < topology.m_destinationRules.size(); ++i) {
        const QJsonObject& rule = topology.m_destinationRules[i];
        const QString ns = stringAt(objectAt(rule, "metadata"), "namespace");
        topology.m_destinationRulesByHost[toFqdn(stringAt(objectAt(rule, "spec"), "host"), ns)].append(int(i));
    }
    topology.m_httpRoutes = source(QStringLiteral("gateway.networking.k8s.io"), QStringLiteral("httproutes"));
    for (qsizetype i = 0; i < topology.m_httpRoutes.size(); ++i) {
        const QJsonObject& route = topology.m_httpRoutes[i];
        const QString ns = stringAt(objectAt(route, "metadata"), "namespace");
        for (const QJsonValue& value : objectAt(route, "spec").value(QLatin1String("parentRefs")).toArray()) {
            const QJsonObject parent = value.toObject();
            const QString group = stringAt(parent, "group");
            if (stringAt(parent, "kind") != QLatin1String("Service")
                || !(group.isEmpty() || group == QLatin1String("core")))
                continue;
            const QString parentNs = parent.value(QLatin1String("namespace")).toString(ns);
            topology.m_httpRoutesByService[toFqdn(stringAt(parent, "name"), parentNs)].append(int(i));
        }
    }
    topology.m_istioConfigs = topology.m_virtualServices + topology.m_destinationRules + topology.m_gateways;
    for (const QJsonObject& object : source(kIstioNetworking, QStringLiteral("serviceentries")))
        topology.m_istioConfigs.append(object);
    for (const char* resource : { "sidecars", "envoyfilters", "workloadentries" })
        topology.m_istioConfigs += source(kIstioNetworking, QLatin1String(resource));
    for (const char* resource : { "peerauthentications", "authorizationpolicies", "requestauthentications" })
        topology.m_istioConfigs += source(kIstioSecurity, QLatin1String(resource));
    return topology;
}

const MeshService* MeshTopology::findService(const QString& host, const QString& fromNamespace) const
{
    const int index = m_serviceByFqdn.value(toFqdn(host, fromNamespace), -1);
    return index >= 0 ? &m_services[index] : nullptr;
}

const MeshServiceEntry* MeshTopology::findServiceEntry(const QString& host) const
{
    for (const MeshServiceEntry& entry : m_serviceEntries) {
        if (entry.hosts.contains(host))
            return &entry;
    }
    return nullptr;
}

const MeshWorkload* MeshTopology::findWorkloadByApp(const QString& app) const
{
    for (const MeshWorkload& workload : m_workloads) {
        if (workload.app == app)
            return &workload;
    }
    return nullptr;
}

const MeshPod* MeshTopology::findPod(const QString& ns, const QString& name) const
{
    const int index = m_podByKey.value(ns + QLatin1Char('/') + name, -1);
    return index >= 0 ? &m_pods[index] : nullptr;
}

QList<int> MeshTopology::podsOf(const MeshService& service, const Labels& subsetLabels) const
{
    QList<int> result;
    if (service.selector.isEmpty())
        return result;
    for (int i : m_podsByNamespace.value(service.ns)) {
        const MeshPod& pod = m_pods[i];
        if (labelsMatch(service.selector, pod.labels) && labelsMatch(subsetLabels, pod.labels))
            result.append(i);
    }
    return result;
}

QList<int> MeshTopology::workloadsOf(const MeshService& service, const Labels& subsetLabels) const
{
    QList<int> result;
    for (int podIndex : podsOf(service, subsetLabels)) {
        if (!result.contains(m_pods[podIndex].workload))
            result.append(m_pods[podIndex].workload);
    }
    return result;
}

QList<const QJsonObject*> MeshTopology::destinationRulesFor(const QString& fqdn) const
{
    QList<const QJsonObject*> rules;
    for (int index : m_destinationRulesByHost.value(fqdn))
        rules.append(&m_destinationRules[index]);
    return rules;
}

std::optional<Labels> MeshTopology::subsetLabels(const QString& fqdn, const QString& subset) const
{
    for (const QJsonObject* rule : destinationRulesFor(fqdn)) {
        const QJsonObject spec = objectAt(*rule, "spec");
        for (const QJsonValue& value : spec.value(QLatin1String("subsets")).toArray()) {
            if (value.toObject().value(QLatin1String("name")).toString() == subset)
                return labelsOf(value.toObject());
        }
    }
    return std::nullopt;
}

const QJsonObject* MeshTopology::httpRouteFor(const QString& fqdn) const
{
    const QJsonObject* oldest = nullptr;
    for (int index : m_httpRoutesByService.value(fqdn)) {
        const QJsonObject& route = m_httpRoutes[index];
        if (!oldest
            || stringAt(objectAt(route, "metadata"), "creationTimestamp")
                < stringAt(objectAt(*oldest, "metadata"), "creationTimestamp"))
            oldest = &route;
    }
    return oldest;
}

const QJsonObject* MeshTopology::virtualServiceFor(const QString& fqdn, const QString& fromNamespace) const
{
    const QJsonObject* found = nullptr;
    for (int index : m_virtualServicesByHost.value(fqdn)) {
        const QJsonObject& vs = m_virtualServices[index];
        const QString ns = stringAt(objectAt(vs, "metadata"), "namespace");
        const QJsonArray exportTo = objectAt(vs, "spec").value(QLatin1String("exportTo")).toArray();
        if (exportTo.contains(QStringLiteral(".")) && ns != fromNamespace)
            continue;
        // Istio prefers a VirtualService in the client's namespace, then the oldest.
        if (!found || (ns == fromNamespace && stringAt(objectAt(*found, "metadata"), "namespace") != fromNamespace))
            found = &vs;
    }
    return found;
}

} // namespace meshscope::sim
