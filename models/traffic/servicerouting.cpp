#include "servicerouting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace meshscope::traffic {
namespace {

struct ServiceRoutingText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::ServiceRouting)
};

QJsonObject metadataOf(const QJsonObject& object)
{
    return object.value(QLatin1String("metadata")).toObject();
}
QJsonObject specOf(const QJsonObject& object)
{
    return object.value(QLatin1String("spec")).toObject();
}

bool selects(const QJsonObject& selector, const QJsonObject& labels)
{
    if (selector.isEmpty())
        return false;
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (labels.value(it.key()).toString() != it.value().toString())
            return false;
    }
    return true;
}

bool podReady(const QJsonObject& pod)
{
    const QJsonObject status = pod.value(QLatin1String("status")).toObject();
    if (status.value(QLatin1String("phase")).toString() != QLatin1String("Running"))
        return false;
    for (const QJsonValue& value : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject condition = value.toObject();
        if (condition.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            return condition.value(QLatin1String("status")).toString() == QLatin1String("True");
    }
    return false;
}

// The Deployment (or other owner) of a pod: a ReplicaSet's name without its pod-template-hash suffix.
QString workloadOf(const QJsonObject& pod)
{
    const QJsonObject metadata = metadataOf(pod);
    for (const QJsonValue& value : metadata.value(QLatin1String("ownerReferences")).toArray()) {
        const QJsonObject owner = value.toObject();
        QString name = owner.value(QLatin1String("name")).toString();
        const QString hash
            = metadata.value(QLatin1String("labels")).toObject().value(QLatin1String("pod-template-hash")).toString();
        if (owner.value(QLatin1String("kind")).toString() == QLatin1String("ReplicaSet") && !hash.isEmpty()
            && name.endsWith(QLatin1Char('-') + hash))
            name.chop(hash.size() + 1);
        return name;
    }
    return metadata.value(QLatin1String("name")).toString();
}

bool meshBound(const QJsonObject& virtualService)
{
    const QJsonArray gateways = specOf(virtualService).value(QLatin1String("gateways")).toArray();
    if (gateways.isEmpty())
        return true;
    for (const QJsonValue& gateway : gateways) {
        if (gateway.toString() == QLatin1String("mesh"))
            return true;
    }
    return false;
}

bool routesHost(const QJsonObject& object, const QJsonArray& hosts, const ServiceRouting& routing)
{
    const QString ns = objectNamespace(object);
    for (const QJsonValue& host : hosts) {
        if (hostNames(host.toString(), ns, routing.fqdn(), routing.clusterDomain))
            return true;
    }
    return false;
}

// A Service that selects one version of the service: the same selector plus a version label.
bool isVersionBackend(const QJsonObject& backend, const ServiceRouting& routing)
{
    const QJsonObject selector = specOf(backend).value(QLatin1String("selector")).toObject();
    const QJsonObject base = specOf(routing.service).value(QLatin1String("selector")).toObject();
    if (base.isEmpty() || !selector.contains(QLatin1String(versionLabel)))
        return false;
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (selector.value(it.key()) != it.value())
            return false;
    }
    return true;
}

bool referencesService(const QJsonObject& reference, const QString& name, const QString& ns, const QString& routeNs)
{
    const QString kind = reference.value(QLatin1String("kind")).toString(QStringLiteral("Service"));
    const QString group = reference.value(QLatin1String("group")).toString();
    return kind == QLatin1String("Service") && (group.isEmpty() || group == QLatin1String("core"))
        && reference.value(QLatin1String("name")).toString() == name
        && reference.value(QLatin1String("namespace")).toString(routeNs) == ns;
}

} // namespace

QString ServiceRouting::name() const
{
    return objectName(service);
}
QString ServiceRouting::ns() const
{
    return objectNamespace(service);
}
QString ServiceRouting::fqdn() const
{
    return name() + QLatin1Char('.') + ns() + QLatin1String(".svc.") + clusterDomain;
}

QString objectName(const QJsonObject& object)
{
    return metadataOf(object).value(QLatin1String("name")).toString();
}
QString objectNamespace(const QJsonObject& object)
{
    return metadataOf(object).value(QLatin1String("namespace")).toString();
}

bool createdBefore(const QJsonObject& a, const QJsonObject& b)
{
    const QString at = metadataOf(a).value(QLatin1String("creationTimestamp")).toString();
    const QString bt = metadataOf(b).value(QLatin1String("creationTimestamp")).toString();
    if (at != bt)
        return at < bt; // RFC 3339 in UTC sorts as text
    const QString an = objectNamespace(a) + QLatin1Char('/') + objectName(a);
    const QString bn = objectNamespace(b) + QLatin1Char('/') + objectName(b);
    return an < bn;
}

int VersionInventory::indexOf(const QString& version) const
{
    for (int index = 0; index < versions.size(); ++index) {
        if (versions.at(index).name == version)
            return index;
    }
    return -1;
}

const VersionInfo* VersionInventory::find(const QString& version) const
{
    const int index = indexOf(version);
    return index < 0 ? nullptr : &versions.at(index);
}

bool hostNames(const QString& host, const QString& objectNamespace, const QString& fqdn, const QString& domain)
{
    if (host.isEmpty() || host.contains(QLatin1Char('*')))
        return false;
    if (host == fqdn)
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    QString expanded;
    if (parts.size() == 1)
        expanded = host + QLatin1Char('.') + objectNamespace + QLatin1String(".svc.") + domain;
    else if (parts.size() == 2)
        expanded = host + QLatin1String(".svc.") + domain;
    else if (parts.size() == 3 && parts.at(2) == QLatin1String("svc"))
        expanded = host + QLatin1Char('.') + domain;
    return expanded == fqdn;
}

QString subsetForVersion(const QJsonObject& destinationRule, const QString& version)
{
    for (const QJsonValue& value : specOf(destinationRule).value(QLatin1String("subsets")).toArray()) {
        const QJsonObject subset = value.toObject();
        if (subset.value(QLatin1String("labels")).toObject().value(QLatin1String(versionLabel)).toString() == version)
            return subset.value(QLatin1String("name")).toString();
    }
    return {};
}

QString versionOfSubset(const QJsonObject& destinationRule, const QString& subset)
{
    for (const QJsonValue& value : specOf(destinationRule).value(QLatin1String("subsets")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("name")).toString() == subset)
            return entry.value(QLatin1String("labels")).toObject().value(QLatin1String(versionLabel)).toString();
    }
    return {};
}

QString backendServiceFor(const ServiceRouting& routing, const QString& version)
{
    QStringList names;
    for (const QJsonObject& backend : routing.services) {
        if (objectNamespace(backend) == routing.ns() && isVersionBackend(backend, routing)
            && specOf(backend).value(QLatin1String("selector")).toObject().value(QLatin1String(versionLabel)).toString()
                == version)
            names << objectName(backend);
    }
    std::sort(names.begin(), names.end());
    return names.value(0);
}

QString versionOfBackend(const ServiceRouting& routing, const QString& serviceName)
{
    for (const QJsonObject& backend : routing.services) {
        if (objectNamespace(backend) == routing.ns() && objectName(backend) == serviceName
            && isVersionBackend(backend, routing))
            return specOf(backend)
                .value(QLatin1String("selector"))
                .toObject()
                .value(QLatin1String(versionLabel))
                .toString();
    }
    return {};
}

RoutingObjects routingObjectsOf(const ServiceRouting& routing)
{
    RoutingObjects found;
    for (const QJsonObject& vs : routing.virtualServices) {
        if (!routesHost(vs, specOf(vs).value(QLatin1String("hosts")).toArray(), routing))
            continue;
        (meshBound(vs) ? found.virtualServices : found.gatewayVirtualServices) << vs;
    }
    std::sort(found.virtualServices.begin(), found.virtualServices.end(), createdBefore);
    std::sort(found.gatewayVirtualServices.begin(), found.gatewayVirtualServices.end(), createdBefore);

    for (const QJsonObject& rule : routing.destinationRules) {
        if (routesHost(rule, QJsonArray { specOf(rule).value(QLatin1String("host")) }, routing))
            found.destinationRules << rule;
    }
    // The rule named after the service first (Kiali's and ours), then the oldest.
    std::sort(
        found.destinationRules.begin(), found.destinationRules.end(), [&](const QJsonObject& a, const QJsonObject& b) {
            const bool aNamed = objectName(a) == routing.name();
            const bool bNamed = objectName(b) == routing.name();
            if (aNamed != bNamed)
                return aNamed;
            return createdBefore(a, b);
        });

    QStringList backends;
    for (const QJsonObject& backend : routing.services) {
        if (objectNamespace(backend) == routing.ns() && isVersionBackend(backend, routing))
            backends << objectName(backend);
    }
    for (const QJsonObject& route : routing.httpRoutes) {
        const QString routeNs = objectNamespace(route);
        const QJsonObject spec = specOf(route);
        bool applies = false;
        for (const QJsonValue& parent : spec.value(QLatin1String("parentRefs")).toArray())
            applies = applies || referencesService(parent.toObject(), routing.name(), routing.ns(), routeNs);
        for (const QJsonValue& rule : spec.value(QLatin1String("rules")).toArray()) {
            for (const QJsonValue& backend : rule.toObject().value(QLatin1String("backendRefs")).toArray()) {
                for (const QString& name : std::as_const(backends))
                    applies = applies || referencesService(backend.toObject(), name, routing.ns(), routeNs);
            }
        }
        if (applies)
            found.httpRoutes << route;
    }
    std::sort(found.httpRoutes.begin(), found.httpRoutes.end(), createdBefore);
    return found;
}

VersionInventory inventoryOf(const ServiceRouting& routing)
{
    VersionInventory inventory;
    const QJsonObject selector = specOf(routing.service).value(QLatin1String("selector")).toObject();
    if (selector.isEmpty())
        inventory.notes << ServiceRoutingText::tr(
            "The service has no selector, so no pods belong to it and there are no versions to route to.");

    QMap<QString, VersionInfo> versions;
    for (const QJsonObject& pod : routing.pods) {
        if (objectNamespace(pod) != routing.ns())
            continue;
        const QJsonObject labels = metadataOf(pod).value(QLatin1String("labels")).toObject();
        if (!selects(selector, labels))
            continue;
        const QString version = labels.value(QLatin1String(versionLabel)).toString();
        if (version.isEmpty()) {
            inventory.unlabelledPods << objectName(pod);
            continue;
        }
        VersionInfo& info = versions[version];
        info.name = version;
        ++info.pods;
        if (podReady(pod))
            ++info.readyPods;
        const QString workload = workloadOf(pod);
        if (!info.workloads.contains(workload))
            info.workloads << workload;
    }

    // Versions the routing knows: subsets of the service's DestinationRules, even without pods.
    const RoutingObjects objects = routingObjectsOf(routing);
    for (const QJsonObject& rule : objects.destinationRules) {
        for (const QJsonValue& value : specOf(rule).value(QLatin1String("subsets")).toArray()) {
            const QJsonObject subset = value.toObject();
            const QString version
                = subset.value(QLatin1String("labels")).toObject().value(QLatin1String(versionLabel)).toString();
            if (version.isEmpty())
                continue;
            VersionInfo& info = versions[version];
            info.name = version;
            if (info.subset.isEmpty())
                info.subset = subset.value(QLatin1String("name")).toString();
        }
    }

    for (VersionInfo& info : versions) {
        std::sort(info.workloads.begin(), info.workloads.end());
        if (info.pods == 0)
            inventory.notes << ServiceRoutingText::tr(
                "Version %1 has no pods: DestinationRule subset %2 selects none, so traffic sent to it fails (503).")
                                   .arg(info.name, info.subset);
        else if (info.readyPods == 0)
            inventory.notes << ServiceRoutingText::tr("Version %1 has no ready pod.").arg(info.name);
        inventory.versions << info;
    }
    std::sort(inventory.unlabelledPods.begin(), inventory.unlabelledPods.end());
    if (!inventory.unlabelledPods.isEmpty())
        inventory.notes << ServiceRoutingText::tr(
            "%n pod(s) without a version label (%1): a subset selects pods by version, so once traffic is split "
            "by version these pods get none of it.",
            nullptr, int(inventory.unlabelledPods.size()))
                               .arg(inventory.unlabelledPods.join(QLatin1String(", ")));
    return inventory;
}

} // namespace meshscope::traffic
