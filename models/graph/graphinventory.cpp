#include "graphinventory.h"

#include <QJsonArray>

namespace meshscope::graph {

namespace {

QJsonObject metadata(const QJsonObject& o)
{
    return o.value(QStringLiteral("metadata")).toObject();
}

QMap<QString, QString> stringMap(const QJsonObject& o)
{
    QMap<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

// Kiali's default app/version label names.
QString labelOf(const QMap<QString, QString>& labels, const char* first, const char* second)
{
    const QString value = labels.value(QLatin1String(first));
    return value.isEmpty() ? labels.value(QLatin1String(second)) : value;
}

bool hasSidecar(const QJsonObject& pod)
{
    if (metadata(pod)[QStringLiteral("annotations")].toObject().contains(QStringLiteral("sidecar.istio.io/status")))
        return true;
    const QJsonObject spec = pod.value(QStringLiteral("spec")).toObject();
    for (const char* list : { "containers", "initContainers" }) {
        for (const QJsonValue& container : spec.value(QLatin1String(list)).toArray()) {
            if (container[QStringLiteral("name")].toString() == QLatin1String("istio-proxy"))
                return true;
        }
    }
    // Ambient pods are in the mesh without a sidecar.
    return metadata(pod)[QStringLiteral("labels")][QStringLiteral("istio.io/dataplane-mode")].toString()
        == QLatin1String("ambient");
}

bool selects(const QMap<QString, QString>& selector, const QMap<QString, QString>& labels)
{
    if (selector.isEmpty())
        return false;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

} // namespace

MeshInventory inventoryFromObjects(const InventoryObjects& objects, const QString& cluster)
{
    MeshInventory inventory;
    inventory.cluster = cluster;
    inventory.knowsNamespaces = !objects.namespaces.isEmpty();
    for (const QJsonObject& ns : objects.namespaces)
        inventory.namespaces.append(metadata(ns).value(QStringLiteral("name")).toString());
    for (const QJsonObject& w : objects.workloads) {
        const QJsonObject meta = metadata(w);
        const QJsonObject spec = w.value(QStringLiteral("spec")).toObject();
        InventoryWorkload workload;
        workload.cluster = cluster;
        workload.namespace_ = meta.value(QStringLiteral("namespace")).toString();
        workload.name = meta.value(QStringLiteral("name")).toString();
        workload.labels = stringMap(
            spec[QStringLiteral("template")][QStringLiteral("metadata")][QStringLiteral("labels")].toObject());
        workload.app = labelOf(workload.labels, "app", "app.kubernetes.io/name");
        workload.version = labelOf(workload.labels, "version", "app.kubernetes.io/version");
        const QMap<QString, QString> selector
            = stringMap(spec[QStringLiteral("selector")][QStringLiteral("matchLabels")].toObject());
        int pods = 0;
        bool allSidecars = true;
        for (const QJsonObject& pod : objects.pods) {
            const QJsonObject podMeta = metadata(pod);
            if (podMeta.value(QStringLiteral("namespace")).toString() != workload.namespace_
                || !selects(selector, stringMap(podMeta.value(QStringLiteral("labels")).toObject()))) {
                continue;
            }
            ++pods;
            allSidecars = allSidecars && hasSidecar(pod);
        }
        workload.pods = pods;
        workload.sidecar = allSidecars;
        workload.waypoint = workload.labels.value(QStringLiteral("gateway.istio.io/managed"))
            == QLatin1String("istio.io-mesh-controller");
        workload.gateway = workload.labels.contains(QStringLiteral("istio"))
            && workload.labels.value(QStringLiteral("istio")).endsWith(QLatin1String("gateway"));
        inventory.workloads.append(workload);
    }
    for (const QJsonObject& s : objects.services) {
        const QJsonObject meta = metadata(s);
        InventoryService service;
        service.cluster = cluster;
        service.namespace_ = meta.value(QStringLiteral("namespace")).toString();
        service.name = meta.value(QStringLiteral("name")).toString();
        service.app = meta[QStringLiteral("labels")][QStringLiteral("app")].toString();
        service.selector = stringMap(s[QStringLiteral("spec")][QStringLiteral("selector")].toObject());
        service.labels = stringMap(meta.value(QStringLiteral("labels")).toObject());
        inventory.services.append(service);
    }
    inventory.virtualServices = objects.virtualServices;
    inventory.destinationRules = objects.destinationRules;
    inventory.serviceEntries = objects.serviceEntries;
    inventory.gateways = objects.gateways;
    return inventory;
}

} // namespace meshscope::graph
