#include "sim/apiserver/discovery.h"

#include "sim/apiserver/resourcecatalog.h"
#include "sim/apiserver/status.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meshscope::sim {

namespace {
QJsonArray toArray(const QStringList& strings)
{
    QJsonArray array;
    for (const QString& string : strings)
        array.append(string);
    return array;
}

SimHttpReply jsonReply(const QJsonObject& object)
{
    return SimHttpReply::json(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject groupVersion(const QString& group, const QString& version)
{
    return { { QStringLiteral("groupVersion"), QString(group + QLatin1Char('/') + version) },
        { QStringLiteral("version"), version } };
}

QJsonObject apiGroup(const QString& name, const QStringList& versions)
{
    QJsonArray list;
    for (const QString& version : versions)
        list.append(groupVersion(name, version));
    return { { QStringLiteral("name"), name }, { QStringLiteral("versions"), list },
        { QStringLiteral("preferredVersion"), groupVersion(name, versions.first()) } };
}

QJsonObject resourceEntry(const ResourceType& type, const QString& name, const QStringList& verbs, const QString& kind)
{
    QJsonObject entry { { QStringLiteral("name"), name },
        { QStringLiteral("singularName"), name.contains(QLatin1Char('/')) ? QString() : type.singular },
        { QStringLiteral("namespaced"), type.namespaced }, { QStringLiteral("kind"), kind },
        { QStringLiteral("verbs"), toArray(verbs) } };
    if (!name.contains(QLatin1Char('/'))) {
        if (!type.shortNames.isEmpty())
            entry.insert(QStringLiteral("shortNames"), toArray(type.shortNames));
        if (!type.categories.isEmpty())
            entry.insert(QStringLiteral("categories"), toArray(type.categories));
        const QByteArray hash = QCryptographicHash::hash(
            (type.group + QLatin1Char('/') + type.resource).toUtf8(), QCryptographicHash::Sha256);
        entry.insert(QStringLiteral("storageVersionHash"), QString::fromLatin1(hash.left(8).toBase64()));
    }
    return entry;
}

QJsonObject resourceList(const ResourceCatalog& catalog, const QString& group, const QString& version)
{
    QJsonArray resources;
    for (const ResourceType& type : catalog.all()) {
        if (type.group != group || !type.serves(version))
            continue;
        resources.append(resourceEntry(type, type.resource, type.verbs, type.kind));
        if (type.hasStatus) {
            resources.append(resourceEntry(type, type.resource + QStringLiteral("/status"),
                { QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update") }, type.kind));
        }
        if (type.group.isEmpty()
            && (type.resource == QStringLiteral("pods") || type.resource == QStringLiteral("services"))) {
            resources.append(resourceEntry(type, type.resource + QStringLiteral("/proxy"),
                { QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("get"), QStringLiteral("patch"),
                    QStringLiteral("update") },
                type.resource == QStringLiteral("pods") ? QStringLiteral("PodProxyOptions")
                                                        : QStringLiteral("ServiceProxyOptions")));
        }
    }
    return { { QStringLiteral("kind"), QStringLiteral("APIResourceList") },
        { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("groupVersion"), group.isEmpty() ? version : group + QLatin1Char('/') + version },
        { QStringLiteral("resources"), resources } };
}
} // namespace

std::optional<SimHttpReply> discoveryReply(
    const ResourceCatalog& catalog, const SimHttpRequest& request, const QString& serverAddress)
{
    const QString path
        = request.path.endsWith(QLatin1Char('/')) && request.path.size() > 1 ? request.path.chopped(1) : request.path;
    if (path == QStringLiteral("/version")) {
        return jsonReply(
            { { QStringLiteral("major"), QStringLiteral("1") }, { QStringLiteral("minor"), QStringLiteral("32") },
                { QStringLiteral("gitVersion"), QStringLiteral("v1.32.0") },
                { QStringLiteral("gitCommit"), QStringLiteral("70d3cc986aa8221cd1dfb1121852688902d3bf53") },
                { QStringLiteral("gitTreeState"), QStringLiteral("clean") },
                { QStringLiteral("buildDate"), QStringLiteral("2024-12-11T17:59:15Z") },
                { QStringLiteral("goVersion"), QStringLiteral("go1.23.3") },
                { QStringLiteral("compiler"), QStringLiteral("gc") },
                { QStringLiteral("platform"), QStringLiteral("linux/amd64") } });
    }
    if (path == QStringLiteral("/api")) {
        return jsonReply({ { QStringLiteral("kind"), QStringLiteral("APIVersions") },
            { QStringLiteral("versions"), QJsonArray { QStringLiteral("v1") } },
            { QStringLiteral("serverAddressByClientCIDRs"),
                QJsonArray { QJsonObject { { QStringLiteral("clientCIDR"), QStringLiteral("0.0.0.0/0") },
                    { QStringLiteral("serverAddress"), serverAddress } } } } });
    }
    if (path == QStringLiteral("/api/v1"))
        return jsonReply(resourceList(catalog, QString(), QStringLiteral("v1")));
    const auto groups = catalog.groups();
    if (path == QStringLiteral("/apis")) {
        QJsonArray list;
        for (const auto& [name, versions] : groups) {
            if (!name.isEmpty())
                list.append(apiGroup(name, versions));
        }
        return jsonReply({ { QStringLiteral("kind"), QStringLiteral("APIGroupList") },
            { QStringLiteral("apiVersion"), QStringLiteral("v1") }, { QStringLiteral("groups"), list } });
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.size() > 3 || parts.first() != QStringLiteral("apis"))
        return std::nullopt;
    for (const auto& [name, versions] : groups) {
        if (name.isEmpty() || name != parts.at(1))
            continue;
        if (parts.size() == 2) {
            QJsonObject group = apiGroup(name, versions);
            group.insert(QStringLiteral("kind"), QStringLiteral("APIGroup"));
            group.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
            return jsonReply(group);
        }
        if (versions.contains(parts.at(2)))
            return jsonReply(resourceList(catalog, name, parts.at(2)));
    }
    return statusReply(
        404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource"));
}

} // namespace meshscope::sim
