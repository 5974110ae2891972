// service.PortNameAnalyzer (ports whose protocol Istio cannot tell), serviceentry.Analyzer (TCP ServiceEntries
// without addresses) and serviceentry.ConflictingServiceEntryProtocolAnalyzer (one host and port, two protocols).
#include "istioanalyzers.h"

#include <QSet>
#include <algorithm>

namespace meshscope::analysis {
namespace {

using namespace istio;

// Istio's protocol of a Service port from its protocol, name and appProtocol; empty when it cannot tell.
QString portProtocol(const QJsonObject& port)
{
    if (json::str(port, "protocol") == QLatin1String("UDP"))
        return QStringLiteral("UDP");
    QString name = json::str(port, "name");
    if (port.contains(QLatin1String("appProtocol"))) {
        name = json::str(port, "appProtocol");
        if (name == QLatin1String("kubernetes.io/h2c"))
            return QStringLiteral("HTTP2");
        if (name == QLatin1String("kubernetes.io/ws"))
            return QStringLiteral("HTTP");
        if (name == QLatin1String("kubernetes.io/wss"))
            return QStringLiteral("HTTPS");
    }
    if (name.startsWith(QLatin1String("grpc-web"), Qt::CaseInsensitive))
        return QStringLiteral("GRPC-Web");
    const qsizetype dash = name.indexOf(QLatin1Char('-'));
    if (dash >= 0)
        name.truncate(dash);
    static const QStringList known { QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("grpc"),
        QStringLiteral("grpc-web"), QStringLiteral("http"), QStringLiteral("http_proxy"), QStringLiteral("http2"),
        QStringLiteral("https"), QStringLiteral("tls"), QStringLiteral("mongo"), QStringLiteral("redis"),
        QStringLiteral("mysql") };
    if (known.contains(name.toLower()))
        return name.toUpper();
    // SMTP, DNS, MySQL and MongoDB ports are TCP whatever their name.
    static const QSet<qint64> wellKnown { 25, 53, 3306, 27017 };
    if (wellKnown.contains(json::integer(port, "port")))
        return QStringLiteral("TCP");
    return {};
}

class PortNameAnalyzer : public IstioAnalyzer
{
public:
    PortNameAnalyzer()
        : IstioAnalyzer("service.PortNameAnalyzer",
            "Checks that Service ports are named (or have an appProtocol) so Istio knows their protocol",
            { Kind::Service })
    { }

    void analyze(AnalysisContext& context) const override
    {
        context.snapshot().forEach(Kind::Service, [&](const ResourcePtr& service) {
            if (isIstioControlPlane(*service))
                return;
            const QString managed = service->labels.value(QStringLiteral("gateway.istio.io/managed"));
            if (managed == QLatin1String("istio.io-gateway-controller")
                || managed == QLatin1String("istio.io-mesh-controller")
                || managed == QLatin1String("istio.io-eastwest-controller"))
                return;
            const QJsonObject spec = service->spec();
            const bool externalName = json::str(spec, "type") == QLatin1String("ExternalName");
            const QJsonArray ports = json::arr(spec, "ports");
            for (int i = 0; i < ports.size(); ++i) {
                const QJsonObject port = ports.at(i).toObject();
                const QString name = json::str(port, "name");
                if (!portProtocol(port).isEmpty() && !(name == QLatin1String("tcp") && externalName))
                    continue;
                const QString path = fieldPath("{.spec.ports[%1].port}", i);
                if (externalName) {
                    context.reportAt("IST0150", service, path);
                } else {
                    QString target = json::intOrString(port.value(QLatin1String("targetPort")));
                    if (target.isEmpty())
                        target = QStringLiteral("0");
                    context.reportAt("IST0118", service, path, { name, json::integer(port, "port"), target });
                }
            }
        });
    }
};

class ProtocolAddressesAnalyzer : public IstioAnalyzer
{
public:
    ProtocolAddressesAnalyzer()
        : IstioAnalyzer("serviceentry.Analyzer",
            "Checks that ServiceEntries for TCP ports have addresses (unless DNS auto-allocation gives them one)",
            { Kind::ServiceEntry, Kind::MeshConfig })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const QJsonObject metadata
            = json::obj(json::obj(context.snapshot().meshConfig(), "defaultConfig"), "proxyMetadata");
        const auto isTrue = [&](const char* key) { return json::str(metadata, key) == QLatin1String("true"); };
        const bool autoAllocated = isTrue("ISTIO_META_DNS_CAPTURE")
            && (isTrue("ISTIO_META_DNS_AUTO_ALLOCATE") || isTrue("PILOT_ENABLE_IP_AUTOALLOCATE"));
        if (autoAllocated)
            return;
        context.snapshot().forEach(Kind::ServiceEntry, [&](const ResourcePtr& entry) {
            const QJsonObject spec = entry->spec();
            if (json::has(spec, "addresses") || !json::arr(entry->status(), "addresses").isEmpty())
                return;
            const QJsonArray ports = json::arr(spec, "ports");
            for (int i = 0; i < ports.size(); ++i) {
                const QString protocol = json::str(ports.at(i).toObject(), "protocol");
                if (protocol.isEmpty() || protocol.compare(QLatin1String("TCP"), Qt::CaseInsensitive) == 0)
                    context.reportAt("IST0134", entry, fieldPath("{.spec.ports[%1].name}", i));
            }
        });
    }
};

class ConflictingServiceEntryProtocolAnalyzer : public IstioAnalyzer
{
public:
    ConflictingServiceEntryProtocolAnalyzer()
        : IstioAnalyzer("serviceentry.ConflictingServiceEntryProtocolAnalyzer",
            "Checks that ServiceEntries visible together agree on the protocol of each host and port",
            { Kind::ServiceEntry })
    { }

    void analyze(AnalysisContext& context) const override
    {
        struct Entry
        {
            QString protocol;
            ResourcePtr resource;
        };
        struct Key
        {
            QString scope;
            QString host;
            qint64 port;
        };
        QList<Key> keys;
        QHash<QString, QList<Entry>> index; // "scope|host|port"
        const auto keyText = [](const QString& scope, const QString& host, qint64 port) -> QString {
            return scope + QLatin1Char('|') + host + QLatin1Char('|') + QString::number(port);
        };
        context.snapshot().forEach(Kind::ServiceEntry, [&](const ResourcePtr& entry) {
            const QJsonObject spec = entry->spec();
            const QStringList exportTo = json::strings(spec.value(QLatin1String("exportTo")));
            QStringList scopes;
            if (exportTo.isEmpty() || exportTo.contains(QStringLiteral("*"))) {
                scopes << QStringLiteral("*");
            } else {
                for (const QString& scope : exportTo) {
                    const QString resolved = scope == QLatin1String(".") ? entry->ns : scope;
                    if (!scopes.contains(resolved))
                        scopes << resolved;
                }
            }
            for (const QString& scope : std::as_const(scopes)) {
                for (const QString& h : json::strings(spec.value(QLatin1String("hosts")))) {
                    for (const QJsonValue& port : json::arr(spec, "ports")) {
                        const qint64 number = json::integer(port.toObject(), "number");
                        const QString key = keyText(scope, h, number);
                        if (!index.contains(key))
                            keys.append({ scope, h, number });
                        index[key].append({ json::str(port.toObject(), "protocol"), entry });
                    }
                }
            }
        });
        QSet<QString> reported;
        for (const Key& key : std::as_const(keys)) {
            QList<Entry> entries = index.value(keyText(key.scope, key.host, key.port));
            if (key.scope != QLatin1String("*"))
                entries += index.value(keyText(QStringLiteral("*"), key.host, key.port));
            QStringList protocols;
            QStringList names;
            QStringList related;
            for (const Entry& entry : std::as_const(entries)) {
                if (!protocols.contains(entry.protocol.toUpper()))
                    protocols << entry.protocol.toUpper();
                if (!names.contains(entry.resource->fullName())) {
                    names << entry.resource->fullName();
                    related << entry.resource->key();
                }
            }
            if (protocols.size() < 2)
                continue;
            std::sort(names.begin(), names.end());
            std::sort(protocols.begin(), protocols.end());
            for (const Entry& entry : std::as_const(entries)) {
                if (reported.contains(entry.resource->fullName()))
                    continue;
                reported.insert(entry.resource->fullName());
                context.reportAt("IST0177", entry.resource, QStringLiteral("{.metadata.name}"),
                    { names.join(QStringLiteral(", ")), key.host, key.port, protocols.join(QStringLiteral(", ")) });
                context.addRelated(related);
            }
        }
    }
};

} // namespace

void addServiceAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<PortNameAnalyzer>());
    list.append(std::make_shared<ProtocolAddressesAnalyzer>());
    list.append(std::make_shared<ConflictingServiceEntryProtocolAnalyzer>());
}

} // namespace meshscope::analysis
