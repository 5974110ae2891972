#include "schemavalidation.h"

namespace meshscope::analysis {
namespace {

void error(QList<SchemaFinding>& findings, bool failed, const QString& text)
{
    if (failed)
        findings.append({ false, text });
}

void validateGateway(const QJsonObject& spec, QList<SchemaFinding>& findings)
{
    const QJsonArray servers = json::arr(spec, "servers");
    error(findings, servers.isEmpty(), QStringLiteral("gateway must have at least one server"));
    for (int i = 0; i < servers.size(); ++i) {
        const QJsonObject server = servers.at(i).toObject();
        const QString where = QStringLiteral("servers[%1]").arg(i);
        error(findings, json::arr(server, "hosts").isEmpty(),
            where + QStringLiteral(": server config must contain at least one host"));
        if (!json::has(server, "port")) {
            findings.append({ false, where + QStringLiteral(".port is required") });
            continue;
        }
        const QJsonObject port = json::obj(server, "port");
        const qint64 number = json::integer(port, "number");
        if (number < 1 || number > 65535)
            findings.append({ false, where + QStringLiteral(".port.number %1 is not a valid port").arg(number) });
        error(findings, json::str(port, "protocol").isEmpty(), where + QStringLiteral(".port.protocol is required"));
    }
}

} // namespace

QList<SchemaFinding> validateSchema(const Resource& resource)
{
    QList<SchemaFinding> findings;
    const QJsonObject spec = resource.spec();
    switch (resource.kind) {
    case Kind::Gateway:
        validateGateway(spec, findings);
        break;
    case Kind::VirtualService:
        // A VirtualService without hosts is a delegate, which must not bind to gateways.
        error(findings, json::arr(spec, "hosts").isEmpty() && !json::arr(spec, "gateways").isEmpty(),
            QStringLiteral("virtual service must have at least one host"));
        break;
    case Kind::DestinationRule:
        error(findings, json::str(spec, "host").isEmpty(), QStringLiteral("host: Required value"));
        break;
    case Kind::ServiceEntry:
        error(
            findings, json::arr(spec, "hosts").isEmpty(), QStringLiteral("service entry must have at least one host"));
        break;
    default:
        break;
    }
    return findings;
}

} // namespace meshscope::analysis
