#include "istioddebug.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace meshscope {
namespace {

QString notJson(const char* endpoint, const char* expected, const QJsonParseError& error)
{
    return QCoreApplication::translate("IstiodDebug", "istiod's %1 did not return %2 (%3)")
        .arg(QLatin1String(endpoint), QLatin1String(expected),
            error.error == QJsonParseError::NoError ? QStringLiteral("wrong shape") : error.errorString());
}

IstiodEndpoint readEndpoint(const QJsonObject& endpoint, const QString& service)
{
    IstiodEndpoint parsed;
    parsed.service = service;
    parsed.portName = endpoint.value(QLatin1String("ServicePortName")).toString();
    parsed.address = endpoint.value(QLatin1String("Address")).toString();
    const QJsonArray addresses = endpoint.value(QLatin1String("Addresses")).toArray();
    if (parsed.address.isEmpty() && !addresses.isEmpty()) // newer istiod: Addresses[]
        parsed.address = addresses.at(0).toString();
    parsed.port = endpoint.value(QLatin1String("EndpointPort")).toInt();
    parsed.serviceAccount = endpoint.value(QLatin1String("ServiceAccount")).toString();
    parsed.workload = endpoint.value(QLatin1String("WorkloadName")).toString();
    parsed.endpointNamespace = endpoint.value(QLatin1String("Namespace")).toString();
    return parsed;
}

} // namespace

RegistryzResult parseRegistryz(const QByteArray& body)
{
    RegistryzResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isArray()) {
        result.error = notJson("/debug/registryz", "a JSON array", error);
        return result;
    }
    for (const QJsonValue& value : document.array()) {
        const QJsonObject service = value.toObject();
        const QJsonObject attributes = service.value(QLatin1String("Attributes")).toObject();
        IstiodService parsed;
        parsed.hostname = service.value(QLatin1String("hostname")).toString();
        if (parsed.hostname.isEmpty())
            continue;
        parsed.name = attributes.value(QLatin1String("Name")).toString();
        parsed.serviceNamespace = attributes.value(QLatin1String("Namespace")).toString();
        parsed.registry = attributes.value(QLatin1String("ServiceRegistry")).toString();
        parsed.meshExternal = service.value(QLatin1String("MeshExternal")).toBool();
        for (const QJsonValue& port : service.value(QLatin1String("ports")).toArray())
            parsed.ports.append({ port.toObject().value(QLatin1String("name")).toString(),
                port.toObject().value(QLatin1String("port")).toInt() });
        result.services.append(parsed);
    }
    return result;
}

EndpointzResult parseEndpointz(const QByteArray& body)
{
    EndpointzResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (document.isArray()) {
        // Legacy: [{svc: "host:portName", ep: [{service, servicePort, endpoint}]}]
        for (const QJsonValue& value : document.array()) {
            const QJsonObject entry = value.toObject();
            const QString svc = entry.value(QLatin1String("svc")).toString();
            const QString host = svc.section(QLatin1Char(':'), 0, 0);
            for (const QJsonValue& ep : entry.value(QLatin1String("ep")).toArray())
                result.endpoints.append(readEndpoint(ep.toObject().value(QLatin1String("endpoint")).toObject(), host));
        }
        return result;
    }
    if (!document.isObject()) {
        result.error = notJson("/debug/endpointz", "JSON", error);
        return result;
    }
    // endpointShardz: {hostname: {namespace: {Shards: {"registry/cluster": [IstioEndpoint]}}}}
    const QJsonObject hosts = document.object();
    for (auto host = hosts.constBegin(); host != hosts.constEnd(); ++host) {
        const QJsonObject namespaces = host.value().toObject();
        for (auto ns = namespaces.constBegin(); ns != namespaces.constEnd(); ++ns) {
            const QJsonObject shards = ns.value().toObject().value(QLatin1String("Shards")).toObject();
            for (auto shard = shards.constBegin(); shard != shards.constEnd(); ++shard) {
                for (const QJsonValue& ep : shard.value().toArray())
                    result.endpoints.append(readEndpoint(ep.toObject(), host.key()));
            }
        }
    }
    return result;
}

ConfigzResult parseConfigz(const QByteArray& body)
{
    ConfigzResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isArray()) {
        result.error = notJson("/debug/configz", "a JSON array", error);
        return result;
    }
    for (const QJsonValue& value : document.array()) {
        if (value.isObject() && !value.toObject().value(QLatin1String("kind")).toString().isEmpty())
            result.configs.append(value.toObject());
    }
    return result;
}

} // namespace meshscope
