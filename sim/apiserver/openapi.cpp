#include "sim/apiserver/openapi.h"

#include "sim/apiserver/resourcecatalog.h"
#include "sim/apiserver/status.h"
#include "sim/store/objectstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meshscope::sim {

namespace {
QString groupVersionPath(const QString& group, const QString& version)
{
    return group.isEmpty() ? QStringLiteral("api/") + version : QStringLiteral("apis/%1/%2").arg(group, version);
}

// "io.istio.networking.v1.VirtualService", "io.k8s.api.core.v1.Pod": how Kubernetes names schemas.
QString schemaName(const ResourceType& type, const QString& version)
{
    if (type.group.isEmpty() || !type.group.contains(QLatin1Char('.'))) {
        return QStringLiteral("io.k8s.api.%1.%2.%3")
            .arg(type.group.isEmpty() ? QStringLiteral("core") : type.group, version, type.kind);
    }
    QStringList parts = type.group.split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('.')) + QLatin1Char('.') + version + QLatin1Char('.') + type.kind;
}

QJsonObject crdSchema(const ObjectStore& store, const ResourceType& type, const QString& version)
{
    const auto crd = store.get(QStringLiteral("apiextensions.k8s.io"), QStringLiteral("customresourcedefinitions"),
        QString(), type.resource + QLatin1Char('.') + type.group);
    if (!crd)
        return { { QStringLiteral("type"), QStringLiteral("object") },
            { QStringLiteral("x-kubernetes-preserve-unknown-fields"), true } };
    for (const QJsonValue& value :
        crd->value(QStringLiteral("spec")).toObject().value(QStringLiteral("versions")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("name")).toString() == version)
            return entry.value(QStringLiteral("schema")).toObject().value(QStringLiteral("openAPIV3Schema")).toObject();
    }
    return {};
}

QJsonObject document(
    const ResourceCatalog& catalog, const ObjectStore& store, const QString& group, const QString& version)
{
    QJsonObject paths;
    QJsonObject schemas;
    const QJsonObject stringSchema { { QStringLiteral("type"), QStringLiteral("string") },
        { QStringLiteral("uniqueItems"), true } };
    for (const ResourceType& type : catalog.all()) {
        if (type.group != group || !type.serves(version) || type.isVirtual())
            continue;
        const QJsonObject gvk { { QStringLiteral("group"), group }, { QStringLiteral("version"), version },
            { QStringLiteral("kind"), type.kind } };
        const QString name = schemaName(type, version);
        const QJsonObject ref { { QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + name) } };
        const QJsonObject content { { QStringLiteral("schema"), ref } };
        QJsonArray parameters;
        for (const char* parameter : { "dryRun", "fieldManager", "fieldValidation", "force" }) {
            parameters.append(QJsonObject { { QStringLiteral("name"), QLatin1String(parameter) },
                { QStringLiteral("in"), QStringLiteral("query") },
                { QStringLiteral("schema"),
                    parameter == QByteArrayView("force")
                        ? QJsonObject { { QStringLiteral("type"), QStringLiteral("boolean") } }
                        : stringSchema } });
        }
        const QJsonObject patch { { QStringLiteral("operationId"),
                                      QString(QStringLiteral("patchNamespaced") + type.kind) },
            { QStringLiteral("x-kubernetes-action"), QStringLiteral("patch") },
            { QStringLiteral("x-kubernetes-group-version-kind"), gvk }, { QStringLiteral("parameters"), parameters },
            { QStringLiteral("requestBody"),
                QJsonObject { { QStringLiteral("content"),
                    QJsonObject { { QStringLiteral("application/json-patch+json"), content },
                        { QStringLiteral("application/merge-patch+json"), content },
                        { QStringLiteral("application/apply-patch+yaml"), content } } } } },
            { QStringLiteral("responses"),
                QJsonObject { { QStringLiteral("200"),
                    QJsonObject { { QStringLiteral("description"), QStringLiteral("OK") },
                        { QStringLiteral("content"),
                            QJsonObject { { QStringLiteral("application/json"), content } } } } } } } };
        const QJsonObject get { { QStringLiteral("operationId"), QString(QStringLiteral("read") + type.kind) },
            { QStringLiteral("x-kubernetes-action"), QStringLiteral("get") },
            { QStringLiteral("x-kubernetes-group-version-kind"), gvk },
            { QStringLiteral("responses"),
                QJsonObject { { QStringLiteral("200"),
                    QJsonObject { { QStringLiteral("description"), QStringLiteral("OK") },
                        { QStringLiteral("content"),
                            QJsonObject { { QStringLiteral("application/json"), content } } } } } } } };
        const QString prefix = QLatin1Char('/') + groupVersionPath(group, version)
            + (type.namespaced ? QStringLiteral("/namespaces/{namespace}/") : QStringLiteral("/"));
        paths.insert(prefix + type.resource + QStringLiteral("/{name}"),
            QJsonObject { { QStringLiteral("get"), get }, { QStringLiteral("patch"), patch } });

        QJsonObject schema = type.printerColumns.isEmpty()
                && !store.find(QStringLiteral("apiextensions.k8s.io"), QStringLiteral("customresourcedefinitions"),
                    QString(), type.resource + QLatin1Char('.') + type.group)
            ? QJsonObject { { QStringLiteral("type"), QStringLiteral("object") },
                  { QStringLiteral("x-kubernetes-preserve-unknown-fields"), true } }
            : crdSchema(store, type, version);
        schema.insert(QStringLiteral("x-kubernetes-group-version-kind"), QJsonArray { gvk });
        schemas.insert(name, schema);
    }
    return { { QStringLiteral("openapi"), QStringLiteral("3.0.0") },
        { QStringLiteral("info"),
            QJsonObject { { QStringLiteral("title"), QStringLiteral("Kubernetes") },
                { QStringLiteral("version"), QStringLiteral("v1.32.0") } } },
        { QStringLiteral("paths"), paths },
        { QStringLiteral("components"), QJsonObject { { QStringLiteral("schemas"), schemas } } } };
}
} // namespace

std::optional<SimHttpReply> openApiReply(
    const ResourceCatalog& catalog, const ObjectStore& store, const SimHttpRequest& request)
{
    if (!request.path.startsWith(QStringLiteral("/openapi/")))
        return std::nullopt;
    if (request.path == QStringLiteral("/openapi/v3")) {
        // The hash changes whenever the CRDs do, so clients refetch.
        const QByteArray hash = QCryptographicHash::hash(
            QByteArray(QByteArray::number(store.resourceVersion()) + QByteArray::number(catalog.all().size())),
            QCryptographicHash::Sha256)
                                    .toHex()
                                    .left(32);
        QJsonObject paths;
        for (const auto& [group, versions] : catalog.groups()) {
            for (const QString& version : versions) {
                const QString path = groupVersionPath(group, version);
                paths.insert(path,
                    QJsonObject { { QStringLiteral("serverRelativeURL"),
                        QString(QStringLiteral("/openapi/v3/") + path + QStringLiteral("?hash=")
                            + QString::fromLatin1(hash)) } });
            }
        }
        return SimHttpReply::json(
            QJsonDocument(QJsonObject { { QStringLiteral("paths"), paths } }).toJson(QJsonDocument::Compact));
    }
    const QString rest = request.path.mid(QStringLiteral("/openapi/v3/").size());
    const QStringList parts = rest.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString group;
    QString version;
    if (parts.size() == 2 && parts.first() == QStringLiteral("api"))
        version = parts.at(1);
    else if (parts.size() == 3 && parts.first() == QStringLiteral("apis"))
        group = parts.at(1), version = parts.at(2);
    const auto groups = catalog.groups();
    const bool known = std::any_of(groups.cbegin(), groups.cend(),
        [&](const auto& entry) { return entry.first == group && entry.second.contains(version); });
    if (!request.path.startsWith(QStringLiteral("/openapi/v3/")) || version.isEmpty() || !known)
        return statusReply(
            404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource"));
    return SimHttpReply::json(QJsonDocument(document(catalog, store, group, version)).toJson(QJsonDocument::Compact));
}

} // namespace meshscope::sim
