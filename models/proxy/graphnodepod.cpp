#include "graphnodepod.h"

#include <QJsonArray>
#include <functional>

namespace meshscope {
namespace {

QJsonObject metadataOf(const QJsonObject& object)
{
    return object.value(QLatin1String("metadata")).toObject();
}

QString namespaceOf(const QJsonObject& object)
{
    return metadataOf(object).value(QLatin1String("namespace")).toString();
}

QString labelOf(const QJsonObject& pod, const char* label)
{
    return metadataOf(pod).value(QLatin1String("labels")).toObject().value(QLatin1String(label)).toString();
}

// Higher is better: running with a sidecar, then running, then anything.
int rank(const QJsonObject& pod)
{
    const bool running = pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString()
        == QLatin1String("Running");
    bool sidecar = false;
    const QJsonObject spec = pod.value(QLatin1String("spec")).toObject();
    for (const char* list : { "containers", "initContainers" }) {
        for (const QJsonValue& container : spec.value(QLatin1String(list)).toArray())
            sidecar |= container.toObject().value(QLatin1String("name")).toString() == QLatin1String("istio-proxy");
    }
    return (sidecar ? 2 : 0) + (running ? 1 : 0);
}

QString best(const QList<QJsonObject>& pods, const QString& ns, const std::function<bool(const QJsonObject&)>& fits)
{
    const QJsonObject* chosen = nullptr;
    QString chosenName;
    for (const QJsonObject& pod : pods) {
        if (namespaceOf(pod) != ns || !fits(pod))
            continue;
        const QString name = metadataOf(pod).value(QLatin1String("name")).toString();
        // The best rank wins; among equals the first name, so the choice is stable across refreshes.
        if (!chosen || rank(pod) > rank(*chosen) || (rank(pod) == rank(*chosen) && name < chosenName)) {
            chosen = &pod;
            chosenName = name;
        }
    }
    return chosen ? chosenName + QLatin1Char('.') + ns : QString();
}

} // namespace

QString workloadOfPod(const QJsonObject& pod)
{
    const QJsonObject metadata = metadataOf(pod);
    const QJsonArray owners = metadata.value(QLatin1String("ownerReferences")).toArray();
    for (const QJsonValue& value : owners) {
        const QJsonObject owner = value.toObject();
        const QString kind = owner.value(QLatin1String("kind")).toString();
        const QString name = owner.value(QLatin1String("name")).toString();
        if (kind == QLatin1String("ReplicaSet")) {
            // <deployment>-<pod-template-hash>
            const QString hash = metadata.value(QLatin1String("labels"))
                                     .toObject()
                                     .value(QLatin1String("pod-template-hash"))
                                     .toString();
            if (!hash.isEmpty() && name.endsWith(QLatin1Char('-') + hash))
                return name.chopped(hash.size() + 1);
            const qsizetype dash = name.lastIndexOf(QLatin1Char('-'));
            return dash > 0 ? name.left(dash) : name;
        }
        if (!name.isEmpty())
            return name;
    }
    return metadata.value(QLatin1String("name")).toString();
}

QString podForGraphNode(const QString& nodeId, const QList<QJsonObject>& pods, const QList<QJsonObject>& services)
{
    // Namespaces and Kubernetes names have no '_', so the id is read from the right (a cluster name might).
    const QStringList parts = nodeId.split(QLatin1Char('_'));
    if (parts.size() < 4)
        return {};
    const QString kind = parts.first();
    const QString last = parts.at(parts.size() - 1);
    const QString beforeLast = parts.at(parts.size() - 2);
    const auto byWorkload = [&](const QString& ns, const QString& workload) {
        return best(pods, ns, [&](const QJsonObject& pod) { return workloadOfPod(pod) == workload; });
    };
    if (kind == QLatin1String("wl"))
        return byWorkload(beforeLast, last);
    if (kind == QLatin1String("app"))
        return best(pods, beforeLast, [&](const QJsonObject& pod) { return labelOf(pod, "app") == last; });
    if (kind == QLatin1String("vapp")) {
        const QString pod = byWorkload(beforeLast, last);
        if (!pod.isEmpty() || parts.size() < 5)
            return pod;
        const QString ns = parts.at(parts.size() - 3);
        return best(pods, ns, [&](const QJsonObject& candidate) {
            return labelOf(candidate, "app") == beforeLast && labelOf(candidate, "version") == last;
        });
    }
    if (kind == QLatin1String("svc")) {
        for (const QJsonObject& service : services) {
            if (namespaceOf(service) != beforeLast
                || metadataOf(service).value(QLatin1String("name")).toString() != last)
                continue;
            const QJsonObject selector
                = service.value(QLatin1String("spec")).toObject().value(QLatin1String("selector")).toObject();
            if (selector.isEmpty())
                return {};
            return best(pods, beforeLast, [&](const QJsonObject& pod) {
                const QJsonObject labels = metadataOf(pod).value(QLatin1String("labels")).toObject();
                for (auto it = selector.constBegin(); it != selector.constEnd(); ++it) {
                    if (labels.value(it.key()) != it.value())
                        return false;
                }
                return true;
            });
        }
    }
    return {};
}

} // namespace meshscope
