#include "configrefs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <numeric>

namespace meshscope::health {

namespace {

struct ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(ConfigRefs)
};

QJsonObject metadata(const QJsonObject& o)
{
    return o.value(QLatin1String("metadata")).toObject();
}

QJsonObject spec(const QJsonObject& o)
{
    return o.value(QLatin1String("spec")).toObject();
}

Labels stringMap(const QJsonObject& o)
{
    Labels map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

bool selects(const Labels& selector, const Labels& labels)
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

// Every host a VirtualService routes for or to.
QStringList virtualServiceHosts(const QJsonObject& vs)
{
    QStringList hosts;
    const QJsonObject s = spec(vs);
    for (const QJsonValue& host : s.value(QLatin1String("hosts")).toArray())
        hosts.append(host.toString());
    for (const char* protocol : { "http", "tcp", "tls" }) {
        for (const QJsonValue& rule : s.value(QLatin1String(protocol)).toArray()) {
            for (const QJsonValue& route : rule[QLatin1String("route")].toArray())
                hosts.append(route[QLatin1String("destination")][QLatin1String("host")].toString());
            const QString mirror = rule[QLatin1String("mirror")][QLatin1String("host")].toString();
            if (!mirror.isEmpty())
                hosts.append(mirror);
        }
    }
    return hosts;
}

// The selector of a policy or Sidecar; nullopt when it has none (it applies namespace-wide).
std::optional<Labels> workloadSelector(const QString& kind, const QJsonObject& o)
{
    const QJsonObject s = spec(o);
    const QJsonObject selector = kind == QLatin1String("Sidecar")
        ? s.value(QLatin1String("workloadSelector")).toObject().value(QLatin1String("labels")).toObject()
        : kind == QLatin1String("Gateway")
        ? s.value(QLatin1String("selector")).toObject()
        : s.value(QLatin1String("selector")).toObject().value(QLatin1String("matchLabels")).toObject();
    if (selector.isEmpty())
        return std::nullopt;
    return stringMap(selector);
}

void add(QHash<QString, QList<ConfigRef>>& into, const QString& key, const ConfigRef& ref)
{
    QList<ConfigRef>& list = into[key];
    if (!list.contains(ref))
        list.append(ref);
}

} // namespace

QString shortKind(const QString& kind)
{
    static const QHash<QString, QString> shortNames = {
        { QStringLiteral("VirtualService"), QStringLiteral("VS") },
        { QStringLiteral("DestinationRule"), QStringLiteral("DR") },
        { QStringLiteral("Gateway"), QStringLiteral("GW") },
        { QStringLiteral("ServiceEntry"), QStringLiteral("SE") },
        { QStringLiteral("Sidecar"), QStringLiteral("SC") },
        { QStringLiteral("AuthorizationPolicy"), QStringLiteral("AP") },
        { QStringLiteral("PeerAuthentication"), QStringLiteral("PA") },
        { QStringLiteral("RequestAuthentication"), QStringLiteral("RA") },
    };
    return shortNames.value(kind, kind);
}

bool hostNamesService(const QString& host, const QString& objectNamespace, const ServiceInfo& service)
{
    if (host == service.name)
        return objectNamespace == service.namespace_;
    const QString qualified = service.name + QLatin1Char('.') + service.namespace_;
    return host == qualified || host == qualified + QStringLiteral(".svc")
        || host == qualified + QStringLiteral(".svc.cluster.local");
}

ConfigRefs configReferences(const Inventory& inventory, const QList<IstioObject>& objects, const QString& rootNamespace)
{
    ConfigRefs refs;
    refs.meshMtls = { QStringLiteral("PERMISSIVE"), ConfigText::tr("Istio default") };

    // Services and workloads by namespace, so each object only looks at its own namespace's.
    QHash<QString, QList<int>> servicesByNs, workloadsByNs;
    for (int i = 0; i < inventory.services.size(); ++i)
        servicesByNs[inventory.services[i].namespace_].append(i);
    for (int i = 0; i < inventory.workloads.size(); ++i)
        workloadsByNs[inventory.workloads[i].namespace_].append(i);
    QHash<QString, QList<int>> servicesByShortName;
    for (int i = 0; i < inventory.services.size(); ++i)
        servicesByShortName[inventory.services[i].name].append(i);

    QHash<QString, QList<int>> gatewayServices; // "ns/gateway" → services of the VirtualServices bound to it
    const auto servicesForHost = [&](const QString& host, const QString& ns) {
        QList<int> found;
        for (int i : servicesByShortName.value(host.section(QLatin1Char('.'), 0, 0))) {
            if (hostNamesService(host, ns, inventory.services[i]))
                found.append(i);
        }
        return found;
    };

    for (const IstioObject& o : objects) {
        const QJsonObject meta = metadata(o.object);
        const ConfigRef ref { o.kind, meta.value(QLatin1String("namespace")).toString(),
            meta.value(QLatin1String("name")).toString() };
        refs.objectsByNamespace[ref.namespace_] += 1;
        if (o.kind == QLatin1String("VirtualService")) {
            QList<int> services;
            for (const QString& host : virtualServiceHosts(o.object))
                services += servicesForHost(host, ref.namespace_);
            for (int i : services)
                add(refs.services, key(inventory.services[i].namespace_, inventory.services[i].name), ref);
            for (const QJsonValue& gateway : spec(o.object).value(QLatin1String("gateways")).toArray()) {
                const QString name = gateway.toString();
                if (name == QLatin1String("mesh"))
                    continue;
                const QString gatewayKey = name.contains(QLatin1Char('/')) ? name : key(ref.namespace_, name);
                gatewayServices[gatewayKey] += services;
            }
        } else if (o.kind == QLatin1String("DestinationRule")) {
            for (int i : servicesForHost(spec(o.object).value(QLatin1String("host")).toString(), ref.namespace_))
                add(refs.services, key(inventory.services[i].namespace_, inventory.services[i].name), ref);
        } else if (o.kind == QLatin1String("Gateway") || o.kind == QLatin1String("AuthorizationPolicy")
            || o.kind == QLatin1String("PeerAuthentication") || o.kind == QLatin1String("RequestAuthentication")
            || o.kind == QLatin1String("Sidecar")) {
            const std::optional<Labels> selector = workloadSelector(o.kind, o.object);
            // Gateway selectors reach the gateway's pods in any namespace; the others only their own namespace's.
            const bool anyNamespace = o.kind == QLatin1String("Gateway");
            if (o.kind == QLatin1String("Gateway") && !selector)
                continue;
            const QList<int> candidates = anyNamespace
                ? [&] {
                      QList<int> all(inventory.workloads.size());
                      std::iota(all.begin(), all.end(), 0);
                      return all;
                  }()
                : workloadsByNs.value(ref.namespace_);
            if (!selector && ref.namespace_ == rootNamespace)
                continue; // mesh-wide: shown as the mesh's policy, not as a badge on every workload
            for (int i : candidates) {
                const WorkloadInfo& w = inventory.workloads[i];
                if (!selector || selects(*selector, w.labels))
                    add(refs.workloads, key(w.namespace_, w.name), ref);
            }
            if (o.kind == QLatin1String("PeerAuthentication") && !selector) {
                const QString mode
                    = spec(o.object).value(QLatin1String("mtls")).toObject().value(QLatin1String("mode")).toString();
                refs.mtlsByNamespace.insert(ref.namespace_,
                    { mode.isEmpty() ? QStringLiteral("PERMISSIVE") : mode,
                        ConfigText::tr("PeerAuthentication %1/%2").arg(ref.namespace_, ref.name) });
            }
        }
    }

    // Mesh-wide PeerAuthentication (root namespace, no selector).
    if (refs.mtlsByNamespace.contains(rootNamespace)) {
        refs.meshMtls = refs.mtlsByNamespace.value(rootNamespace);
        refs.meshMtls.source = ConfigText::tr("mesh-wide %1").arg(refs.meshMtls.source);
    }
    for (const NamespaceInfo& ns : inventory.namespaces) {
        if (!refs.mtlsByNamespace.contains(ns.name))
            refs.mtlsByNamespace.insert(ns.name, refs.meshMtls);
    }

    for (const IstioObject& o : objects) {
        if (o.kind != QLatin1String("Gateway"))
            continue;
        const QJsonObject meta = metadata(o.object);
        const ConfigRef ref { o.kind, meta.value(QLatin1String("namespace")).toString(),
            meta.value(QLatin1String("name")).toString() };
        for (int i : gatewayServices.value(key(ref.namespace_, ref.name)))
            add(refs.services, key(inventory.services[i].namespace_, inventory.services[i].name), ref);
    }

    // Workloads also carry their services' routing; services their workloads' policies; apps all of it.
    for (const WorkloadInfo& w : inventory.workloads) {
        const QString wKey = key(w.namespace_, w.name);
        for (int i : w.services) {
            const ServiceInfo& s = inventory.services[i];
            const QString sKey = key(s.namespace_, s.name);
            for (const ConfigRef& ref : refs.services.value(sKey))
                add(refs.workloads, wKey, ref);
        }
    }
    for (const ServiceInfo& s : inventory.services) {
        const QString sKey = key(s.namespace_, s.name);
        for (int i : s.workloads) {
            for (const ConfigRef& ref :
                refs.workloads.value(key(inventory.workloads[i].namespace_, inventory.workloads[i].name))) {
                if (ref.kind == QLatin1String("AuthorizationPolicy") || ref.kind == QLatin1String("PeerAuthentication"))
                    add(refs.services, sKey, ref);
            }
        }
    }
    for (const AppInfo& app : inventory.apps) {
        const QString aKey = key(app.namespace_, app.name);
        for (int i : app.workloads) {
            for (const ConfigRef& ref :
                refs.workloads.value(key(inventory.workloads[i].namespace_, inventory.workloads[i].name)))
                add(refs.apps, aKey, ref);
        }
    }
    const auto order = [](const ConfigRef& a, const ConfigRef& b) {
        return std::tie(a.kind, a.namespace_, a.name) < std::tie(b.kind, b.namespace_, b.name);
    };
    for (QHash<QString, QList<ConfigRef>>* map : { &refs.apps, &refs.workloads, &refs.services }) {
        for (QList<ConfigRef>& list : *map)
            std::sort(list.begin(), list.end(), order);
    }
    return refs;
}

} // namespace meshscope::health
