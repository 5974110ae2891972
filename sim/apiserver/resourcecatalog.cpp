#include "sim/apiserver/resourcecatalog.h"

#include "sim/store/objectstore.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace meshscope::sim {

namespace {
const QStringList allVerbs { QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("deletecollection"),
    QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("patch"), QStringLiteral("update"),
    QStringLiteral("watch") };

ResourceType builtin(const char* group, const char* version, const char* resource, const char* kind, bool namespaced,
    QStringList shortNames = {}, QStringList categories = {}, bool hasStatus = false)
{
    ResourceType type;
    type.group = QLatin1String(group);
    type.versions = { QLatin1String(version) };
    type.resource = QLatin1String(resource);
    type.kind = QLatin1String(kind);
    type.singular = type.kind.toLower();
    type.namespaced = namespaced;
    type.shortNames = shortNames;
    type.categories = categories;
    type.verbs = allVerbs;
    type.hasStatus = hasStatus;
    return type;
}

QList<ResourceType> builtinTypes()
{
    const QStringList all { QStringLiteral("all") };
    QList<ResourceType> types {
        builtin("", "v1", "namespaces", "Namespace", false, { QStringLiteral("ns") }, {}, true),
        builtin("", "v1", "pods", "Pod", true, { QStringLiteral("po") }, all, true),
        builtin("", "v1", "services", "Service", true, { QStringLiteral("svc") }, all, true),
        builtin("", "v1", "endpoints", "Endpoints", true, { QStringLiteral("ep") }),
        builtin("", "v1", "serviceaccounts", "ServiceAccount", true, { QStringLiteral("sa") }),
        builtin("", "v1", "configmaps", "ConfigMap", true, { QStringLiteral("cm") }),
        builtin("", "v1", "secrets", "Secret", true),
        builtin("", "v1", "events", "Event", true, { QStringLiteral("ev") }),
        builtin("", "v1", "nodes", "Node", false, { QStringLiteral("no") }, {}, true),
        builtin("apps", "v1", "deployments", "Deployment", true, { QStringLiteral("deploy") }, all, true),
        builtin("apps", "v1", "replicasets", "ReplicaSet", true, { QStringLiteral("rs") }, all, true),
        builtin("apps", "v1", "statefulsets", "StatefulSet", true, { QStringLiteral("sts") }, all, true),
        builtin("apps", "v1", "daemonsets", "DaemonSet", true, { QStringLiteral("ds") }, all, true),
        builtin("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", true),
        builtin("admissionregistration.k8s.io", "v1", "mutatingwebhookconfigurations", "MutatingWebhookConfiguration",
            false),
        builtin("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", false,
            { QStringLiteral("crd"), QStringLiteral("crds") }, {}, true),
    };
    for (const char* review : { "selfsubjectaccessreviews", "selfsubjectrulesreviews" }) {
        ResourceType type = builtin("authorization.k8s.io", "v1", review,
            review[15] == 'a' ? "SelfSubjectAccessReview" : "SelfSubjectRulesReview", false);
        type.verbs = { QStringLiteral("create") };
        types.append(type);
    }
    return types;
}

// Kubernetes version priority: GA before beta before alpha, higher numbers first.
std::tuple<int, int, int> versionRank(const QString& version)
{
    static const QRegularExpression pattern(QStringLiteral("^v(\\d+)(?:(alpha|beta)(\\d+))?$"));
    const QRegularExpressionMatch match = pattern.match(version);
    if (!match.hasMatch())
        return { 3, 0, 0 };
    const int stability = match.captured(2).isEmpty() ? 0 : (match.captured(2) == QStringLiteral("beta") ? 1 : 2);
    return { stability, -match.captured(1).toInt(), -match.captured(3).toInt() };
}
} // namespace

ResourceCatalog::ResourceCatalog(ObjectStore& store)
    : m_store(store)
{
    QObject::connect(
        &store, &ObjectStore::objectChanged, &store, [this](const QString& group, const QString& resource) {
            if (group == QStringLiteral("apiextensions.k8s.io")
                && resource == QStringLiteral("customresourcedefinitions"))
                m_dirty = true;
        });
}

QStringList ResourceCatalog::sortedByPriority(QStringList versions)
{
    std::sort(versions.begin(), versions.end(),
        [](const QString& a, const QString& b) { return versionRank(a) < versionRank(b); });
    return versions;
}

void ResourceCatalog::rebuild() const
{
    m_types = builtinTypes();
    for (const QJsonObject& crd :
        m_store.list(QStringLiteral("apiextensions.k8s.io"), QStringLiteral("customresourcedefinitions"))) {
        const QJsonObject spec = crd.value(QStringLiteral("spec")).toObject();
        const QJsonObject names = spec.value(QStringLiteral("names")).toObject();
        ResourceType type;
        type.group = spec.value(QStringLiteral("group")).toString();
        type.resource = names.value(QStringLiteral("plural")).toString();
        type.kind = names.value(QStringLiteral("kind")).toString();
        type.singular = names.value(QStringLiteral("singular")).toString(type.kind.toLower());
        type.namespaced = spec.value(QStringLiteral("scope")).toString() != QStringLiteral("Cluster");
        for (const QJsonValue& name : names.value(QStringLiteral("shortNames")).toArray())
            type.shortNames.append(name.toString());
        for (const QJsonValue& name : names.value(QStringLiteral("categories")).toArray())
            type.categories.append(name.toString());
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& value : spec.value(QStringLiteral("versions")).toArray()) {
            const QJsonObject version = value.toObject();
            if (version.value(QStringLiteral("served")).toBool()) {
                type.versions.append(version.value(QStringLiteral("name")).toString());
                byName.insert(type.versions.last(), version);
            }
        }
        type.versions = sortedByPriority(type.versions);
        if (type.group.isEmpty() || type.resource.isEmpty() || type.versions.isEmpty())
            continue;
        const QJsonObject preferred = byName.value(type.versions.first());
        type.printerColumns = preferred.value(QStringLiteral("additionalPrinterColumns")).toArray();
        type.hasStatus = preferred.value(QStringLiteral("subresources")).toObject().contains(QStringLiteral("status"));
        type.verbs = allVerbs;
        m_types.append(type);
    }
    m_dirty = false;
}

QList<ResourceType> ResourceCatalog::all() const
{
    if (m_dirty)
        rebuild();
    return m_types;
}

const ResourceType* ResourceCatalog::find(const QString& group, const QString& resource) const
{
    if (m_dirty)
        rebuild();
    for (const ResourceType& type : m_types) {
        if (type.group == group && type.resource == resource)
            return &type;
    }
    return nullptr;
}

QList<std::pair<QString, QStringList>> ResourceCatalog::groups() const
{
    QList<std::pair<QString, QStringList>> result;
    for (const ResourceType& type : all()) {
        auto it
            = std::find_if(result.begin(), result.end(), [&](const auto& entry) { return entry.first == type.group; });
        if (it == result.end()) {
            result.append({ type.group, {} });
            it = result.end() - 1;
        }
        for (const QString& version : type.versions) {
            if (!it->second.contains(version))
                it->second.append(version);
        }
    }
    for (auto& entry : result)
        entry.second = sortedByPriority(entry.second);
    return result;
}

} // namespace meshscope::sim
