#include "meshinventory.h"

#include <QJsonArray>
#include <QSet>

namespace meshscope::health {

namespace {

QJsonObject object(const QJsonObject& o, const char* field)
{
    return o.value(QLatin1String(field)).toObject();
}

QString text(const QJsonObject& o, const char* field)
{
    return o.value(QLatin1String(field)).toString();
}

Labels stringMap(const QJsonObject& o)
{
    Labels map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QDateTime timestamp(const QJsonObject& meta)
{
    return QDateTime::fromString(text(meta, "creationTimestamp"), Qt::ISODate);
}

// Kiali's default app/version label names.
QString labelOf(const Labels& labels, const char* first, const char* second)
{
    const QString value = labels.value(QLatin1String(first));
    return value.isEmpty() ? labels.value(QLatin1String(second)) : value;
}

bool selects(const Labels& selector, const Labels& labels)
{
    if (selector.isEmpty())
        return false;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

PodInfo readPod(const QJsonObject& pod)
{
    const QJsonObject meta = object(pod, "metadata");
    const QJsonObject spec = object(pod, "spec");
    const QJsonObject status = object(pod, "status");
    PodInfo info;
    info.namespace_ = text(meta, "namespace");
    info.name = text(meta, "name");
    info.labels = stringMap(object(meta, "labels"));
    info.created = timestamp(meta);
    info.phase = text(status, "phase");
    info.status = info.phase;
    info.node = text(spec, "nodeName");
    info.ip = text(status, "podIP");
    for (const QJsonValue& condition : status.value(QLatin1String("conditions")).toArray()) {
        if (condition[QLatin1String("type")].toString() == QLatin1String("Ready"))
            info.ready = condition[QLatin1String("status")].toString() == QLatin1String("True");
    }
    for (const QJsonValue& container : spec.value(QLatin1String("containers")).toArray()) {
        const QString name = container[QLatin1String("name")].toString();
        info.containers.append(name);
        info.images.append(container[QLatin1String("image")].toString());
        if (name == QLatin1String("istio-proxy")) {
            info.sidecar = true;
            info.proxyImage = container[QLatin1String("image")].toString();
        }
    }
    for (const QJsonValue& container : status.value(QLatin1String("containerStatuses")).toArray()) {
        info.restarts += container[QLatin1String("restartCount")].toInt();
        const QString waiting
            = container[QLatin1String("state")][QLatin1String("waiting")][QLatin1String("reason")].toString();
        if (!waiting.isEmpty())
            info.status = waiting;
    }
    if (!text(meta, "deletionTimestamp").isEmpty())
        info.status = QStringLiteral("Terminating");
    const QJsonObject annotations = object(meta, "annotations");
    if (annotations.contains(QLatin1String("sidecar.istio.io/status")))
        info.sidecar = true;
    info.revision = annotations.value(QLatin1String("istio.io/rev")).toString();
    if (info.revision.isEmpty())
        info.revision = info.labels.value(QStringLiteral("istio.io/rev"));
    info.ambient = info.labels.value(QStringLiteral("istio.io/dataplane-mode")) == QLatin1String("ambient")
        || annotations.value(QLatin1String("ambient.istio.io/redirection")).toString() == QLatin1String("enabled");
    return info;
}

// The workload that owns a pod, as "Kind/name": a Deployment through its ReplicaSet (named
// <deployment>-<pod-template-hash>), a StatefulSet or DaemonSet directly.
QString ownerOf(const QJsonObject& pod, const Labels& labels)
{
    const QJsonArray owners = object(pod, "metadata").value(QLatin1String("ownerReferences")).toArray();
    for (const QJsonValue& owner : owners) {
        const QString kind = owner[QLatin1String("kind")].toString();
        const QString name = owner[QLatin1String("name")].toString();
        if (kind == QLatin1String("ReplicaSet")) {
            const QString hash = labels.value(QStringLiteral("pod-template-hash"));
            if (!hash.isEmpty() && name.endsWith(QLatin1Char('-') + hash))
                return QStringLiteral("Deployment/") + name.left(name.size() - hash.size() - 1);
            return QStringLiteral("ReplicaSet/") + name;
        }
        if (kind == QLatin1String("StatefulSet") || kind == QLatin1String("DaemonSet"))
            return kind + QLatin1Char('/') + name;
    }
    return {};
}

int intOr(const QJsonObject& o, const char* field, int fallback)
{
    const QJsonValue value = o.value(QLatin1String(field));
    return value.isDouble() ? value.toInt() : fallback;
}

WorkloadInfo readWorkload(const QJsonObject& w, const QString& kind)
{
    const QJsonObject meta = object(w, "metadata");
    const QJsonObject spec = object(w, "spec");
    const QJsonObject status = object(w, "status");
    const QJsonObject podTemplate = object(spec, "template");
    WorkloadInfo info;
    info.kind = kind;
    info.namespace_ = text(meta, "namespace");
    info.name = text(meta, "name");
    info.created = timestamp(meta);
    info.annotations = stringMap(object(meta, "annotations"));
    info.labels = stringMap(object(object(podTemplate, "metadata"), "labels"));
    info.selector = stringMap(object(object(spec, "selector"), "matchLabels"));
    info.app = labelOf(info.labels, "app", "app.kubernetes.io/name");
    info.version = labelOf(info.labels, "version", "app.kubernetes.io/version");
    info.serviceAccount = text(object(podTemplate, "spec"), "serviceAccountName");
    const QString istioLabel = info.labels.value(QStringLiteral("istio"));
    info.gateway = istioLabel == QLatin1String("ingressgateway") || istioLabel == QLatin1String("egressgateway")
        || info.labels.contains(QStringLiteral("gateway.networking.k8s.io/gateway-name"));
    if (kind == QLatin1String("DaemonSet")) {
        info.replicas.desired = intOr(status, "desiredNumberScheduled", 0);
        info.replicas.current = intOr(status, "currentNumberScheduled", 0);
        info.replicas.available = intOr(status, "numberAvailable", 0);
    } else {
        info.replicas.desired = intOr(spec, "replicas", 1);
        info.replicas.current = intOr(status, "replicas", 0);
        info.replicas.available = kind == QLatin1String("StatefulSet") ? intOr(status, "readyReplicas", 0)
                                                                       : intOr(status, "availableReplicas", 0);
    }
    return info;
}

ServiceInfo readService(const QJsonObject& s)
{
    const QJsonObject meta = object(s, "metadata");
    const QJsonObject spec = object(s, "spec");
    ServiceInfo info;
    info.namespace_ = text(meta, "namespace");
    info.name = text(meta, "name");
    info.created = timestamp(meta);
    info.labels = stringMap(object(meta, "labels"));
    info.annotations = stringMap(object(meta, "annotations"));
    info.selector = stringMap(object(spec, "selector"));
    info.type = text(spec, "type");
    info.clusterIP = text(spec, "clusterIP");
    info.app = labelOf(info.labels, "app", "app.kubernetes.io/name");
    for (const QJsonValue& port : spec.value(QLatin1String("ports")).toArray()) {
        info.ports.append({ port[QLatin1String("name")].toString(), port[QLatin1String("port")].toInt(),
            port[QLatin1String("protocol")].toString(QStringLiteral("TCP")),
            port[QLatin1String("appProtocol")].toString() });
    }
    return info;
}

} // namespace

const WorkloadInfo* Inventory::workload(const QString& ns, const QString& name) const
{
    const int i = workloadIndex.value(key(ns, name), -1);
    return i < 0 ? nullptr : &workloads[i];
}

const ServiceInfo* Inventory::service(const QString& ns, const QString& name) const
{
    const int i = serviceIndex.value(key(ns, name), -1);
    return i < 0 ? nullptr : &services[i];
}

const AppInfo* Inventory::app(const QString& ns, const QString& name) const
{
    const int i = appIndex.value(key(ns, name), -1);
    return i < 0 ? nullptr : &apps[i];
}

const NamespaceInfo* Inventory::namespaceInfo(const QString& name) const
{
    const int i = namespaceIndex.value(name, -1);
    return i < 0 ? nullptr : &namespaces[i];
}

Inventory buildInventory(const InventoryObjects& objects, const QStringList& namespaces)
{
    const QSet<QString> wanted(namespaces.cbegin(), namespaces.cend());
    const auto included = [&wanted](const QJsonObject& o) {
        return wanted.isEmpty() || wanted.contains(text(object(o, "metadata"), "namespace"));
    };
    Inventory inventory;
    for (const QJsonObject& ns : objects.namespaces) {
        const QJsonObject meta = object(ns, "metadata");
        NamespaceInfo info;
        info.name = text(meta, "name");
        if (!wanted.isEmpty() && !wanted.contains(info.name))
            continue;
        info.labels = stringMap(object(meta, "labels"));
        info.created = timestamp(meta);
        info.injection = info.labels.value(QStringLiteral("istio-injection"));
        info.revision = info.labels.value(QStringLiteral("istio.io/rev"));
        info.ambient = info.labels.value(QStringLiteral("istio.io/dataplane-mode")) == QLatin1String("ambient");
        inventory.namespaceIndex.insert(info.name, int(inventory.namespaces.size()));
        inventory.namespaces.append(info);
    }

    const std::pair<const QList<QJsonObject>*, QString> kinds[]
        = { { &objects.deployments, QStringLiteral("Deployment") },
              { &objects.statefulSets, QStringLiteral("StatefulSet") },
              { &objects.daemonSets, QStringLiteral("DaemonSet") } };
    QHash<QString, int> byOwner; // "ns/Kind/name" → workload
    for (const auto& [list, kind] : kinds) {
        for (const QJsonObject& w : *list) {
            if (!included(w))
                continue;
            WorkloadInfo info = readWorkload(w, kind);
            const int index = int(inventory.workloads.size());
            byOwner.insert(info.namespace_ + QLatin1Char('/') + kind + QLatin1Char('/') + info.name, index);
            // Kiali names workloads without their kind; the first of a name wins.
            if (!inventory.workloadIndex.contains(key(info.namespace_, info.name)))
                inventory.workloadIndex.insert(key(info.namespace_, info.name), index);
            inventory.workloads.append(std::move(info));
        }
    }

    for (const QJsonObject& p : objects.pods) {
        if (!included(p))
            continue;
        PodInfo pod = readPod(p);
        const QString owner = ownerOf(p, pod.labels);
        pod.workload = owner.isEmpty() ? -1 : byOwner.value(pod.namespace_ + QLatin1Char('/') + owner, -1);
        const int index = int(inventory.pods.size());
        if (pod.workload >= 0) {
            WorkloadInfo& workload = inventory.workloads[pod.workload];
            workload.pods.append(index);
            workload.podsWithSidecar += pod.sidecar ? 1 : 0;
            workload.podsAmbient += pod.ambient && !pod.sidecar ? 1 : 0;
        }
        inventory.pods.append(std::move(pod));
    }

    // Services select workloads by their pod template labels; candidates come from one selector pair's index so
    // this stays linear on big namespaces.
    QHash<QString, QList<int>> byLabel; // "ns\nkey=value" → workloads
    for (int i = 0; i < inventory.workloads.size(); ++i) {
        const WorkloadInfo& w = inventory.workloads[i];
        for (auto it = w.labels.cbegin(); it != w.labels.cend(); ++it)
            byLabel[w.namespace_ + QLatin1Char('\n') + it.key() + QLatin1Char('=') + it.value()].append(i);
    }
    for (const QJsonObject& s : objects.services) {
        if (!included(s))
            continue;
        ServiceInfo service = readService(s);
        const int index = int(inventory.services.size());
        if (!service.selector.isEmpty()) {
            const auto first = service.selector.cbegin();
            for (int candidate : byLabel.value(
                     service.namespace_ + QLatin1Char('\n') + first.key() + QLatin1Char('=') + first.value())) {
                WorkloadInfo& workload = inventory.workloads[candidate];
                if (selects(service.selector, workload.labels)) {
                    service.workloads.append(candidate);
                    workload.services.append(index);
                }
            }
        }
        if (service.app.isEmpty() && !service.workloads.isEmpty())
            service.app = inventory.workloads[service.workloads.first()].app;
        inventory.serviceIndex.insert(key(service.namespace_, service.name), index);
        inventory.services.append(std::move(service));
    }

    for (int i = 0; i < inventory.workloads.size(); ++i) {
        const WorkloadInfo& w = inventory.workloads[i];
        if (w.app.isEmpty())
            continue;
        const QString appKey = key(w.namespace_, w.app);
        int index = inventory.appIndex.value(appKey, -1);
        if (index < 0) {
            index = int(inventory.apps.size());
            inventory.appIndex.insert(appKey, index);
            inventory.apps.append({ w.namespace_, w.app, {}, {}, {} });
        }
        AppInfo& app = inventory.apps[index];
        app.workloads.append(i);
        if (!w.version.isEmpty() && !app.versions.contains(w.version))
            app.versions.append(w.version);
        for (int service : w.services) {
            if (!app.services.contains(service))
                app.services.append(service);
        }
    }
    for (AppInfo& app : inventory.apps)
        app.versions.sort();
    return inventory;
}

} // namespace meshscope::health
