#include "graphinventory.h"

#include <QJsonArray>
#include <algorithm>

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

bool hasSidecar(const QJsonObject& pod, const QJsonObject& podMetadata)
{
    if (podMetadata[QStringLiteral("annotations")].toObject().contains(QStringLiteral("sidecar.istio.io/status")))
        return true;
    const QJsonObject spec = pod.value(QStringLiteral("spec")).toObject();
    for (const char* list : { "containers", "initContainers" }) {
        for (const QJsonValue& container : spec.value(QLatin1String(list)).toArray()) {
            if (container[QStringLiteral("name")].toString() == QLatin1String("istio-proxy"))
                return true;
        }
    }
    // Ambient pods are in the mesh without a sidecar.
    return podMetadata[QStringLiteral("labels")][QStringLiteral("istio.io/dataplane-mode")].toString()
        == QLatin1String("ambient");
}

// The objects of a cache in Kubernetes' list order (by namespace, then name), so results do not depend on hashing.
QList<QJsonObject> ordered(const ObjectCache& cache)
{
    QStringList keys = cache.keys();
    std::sort(keys.begin(), keys.end());
    QList<QJsonObject> objects;
    objects.reserve(keys.size());
    for (const QString& key : std::as_const(keys))
        objects.append(cache.value(key));
    return objects;
}

// Every pod once: its labels and whether it has a sidecar, indexed by namespace and by each label=value pair, so
// a selector only looks at the pods that carry its rarest pair.
class PodIndex
{
public:
    explicit PodIndex(const ObjectCache& pods)
    {
        m_pods.reserve(pods.size());
        for (const QJsonObject& pod : pods) {
            const QJsonObject meta = metadata(pod);
            const qsizetype index = m_pods.size();
            m_pods.append({ stringMap(meta.value(QStringLiteral("labels")).toObject()), hasSidecar(pod, meta) });
            QHash<Pair, QList<qsizetype>>& byLabel = m_byNamespace[meta.value(QStringLiteral("namespace")).toString()];
            for (auto it = m_pods.last().labels.cbegin(); it != m_pods.last().labels.cend(); ++it)
                byLabel[Pair { it.key(), it.value() }].append(index);
        }
    }

    // Pods in ns that selector selects (an empty selector selects none): how many, and whether all have sidecars.
    std::pair<int, bool> select(const QString& ns, const QMap<QString, QString>& selector) const
    {
        const auto byLabel = m_byNamespace.constFind(ns);
        if (selector.isEmpty() || byLabel == m_byNamespace.cend())
            return { 0, true };
        const QList<qsizetype>* candidates = nullptr;
        for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
            const auto found = byLabel->constFind(Pair { it.key(), it.value() });
            if (found == byLabel->cend())
                return { 0, true };
            if (!candidates || found->size() < candidates->size())
                candidates = &*found;
        }
        int count = 0;
        bool allSidecars = true;
        for (qsizetype index : *candidates) {
            const Pod& pod = m_pods.at(index);
            bool matches = true;
            for (auto it = selector.cbegin(); it != selector.cend() && matches; ++it)
                matches = pod.labels.value(it.key()) == it.value();
            if (!matches)
                continue;
            ++count;
            allSidecars = allSidecars && pod.sidecar;
        }
        return { count, allSidecars };
    }

private:
    struct Pod
    {
        QMap<QString, QString> labels;
        bool sidecar = false;
    };
    using Pair = std::pair<QString, QString>;
    QList<Pod> m_pods;
    QHash<QString, QHash<Pair, QList<qsizetype>>> m_byNamespace;
};

} // namespace

MeshInventory inventoryFromObjects(const InventoryObjects& objects, const QString& cluster)
{
    MeshInventory inventory;
    inventory.cluster = cluster;
    inventory.knowsNamespaces = !objects.namespaces.isEmpty();
    for (const QJsonObject& ns : ordered(objects.namespaces))
        inventory.namespaces.append(metadata(ns).value(QStringLiteral("name")).toString());
    const PodIndex pods(objects.pods);
    for (const ObjectCache& kind : objects.workloads) {
        for (const QJsonObject& w : ordered(kind)) {
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
            const auto [count, sidecars] = pods.select(workload.namespace_,
                stringMap(spec[QStringLiteral("selector")][QStringLiteral("matchLabels")].toObject()));
            workload.pods = count;
            workload.sidecar = sidecars;
            workload.waypoint = workload.labels.value(QStringLiteral("gateway.istio.io/managed"))
                == QLatin1String("istio.io-mesh-controller");
            workload.gateway = workload.labels.contains(QStringLiteral("istio"))
                && workload.labels.value(QStringLiteral("istio")).endsWith(QLatin1String("gateway"));
            inventory.workloads.append(workload);
        }
    }
    for (const QJsonObject& s : ordered(objects.services)) {
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
    inventory.virtualServices = ordered(objects.virtualServices);
    inventory.destinationRules = ordered(objects.destinationRules);
    inventory.serviceEntries = ordered(objects.serviceEntries);
    inventory.gateways = ordered(objects.gateways);
    return inventory;
}

} // namespace meshscope::graph
