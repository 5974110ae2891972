#include "proxystatuswriter.h"

#include "gotext.h"
#include "goyaml.h"
#include "protojson.h"

#include <QHash>
#include <QSet>
#include <map>

namespace meshscope::istioctl {
namespace {

const QString ignored = QStringLiteral("IGNORED");
const QString clientConfigType = QStringLiteral("type.googleapis.com/envoy.service.status.v3.ClientConfig");

std::string utf8(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

QString formatStatus(const XdsConfigStatus& config, const QDateTime& now)
{
    if (config.status.isEmpty() || config.status == QLatin1String("UNKNOWN"))
        return ignored;
    if (config.status == QLatin1String("NOT_SENT"))
        return QStringLiteral("NOT SENT");
    QString status = config.status;
    if (config.lastUpdated.isValid())
        status += QStringLiteral(" (%1)").arg(gotext::humanDuration(config.lastUpdated.msecsTo(now)));
    return status;
}

struct Row
{
    QString proxyId, clusterId, istiodId, istioVersion;
    QHash<QString, QString> typeStatus;
};

// RFC 3339 with 0, 3, 6 or 9 fractional digits, as proto3 JSON writes a Timestamp.
QString timestampText(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    QString text = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int ms = utc.time().msec();
    if (ms != 0)
        text += QStringLiteral(".%1").arg(ms, 3, 10, QLatin1Char('0'));
    return text + QLatin1Char('Z');
}

JsonRef responseJson(const IstiodStatus& istiod, const QString& proxyNamespace)
{
    JsonBuilder b;
    b.beginObject();
    if (!istiod.versionInfo.isEmpty()) {
        b.key("version_info");
        b.value(istiod.versionInfo);
    }
    bool any = false;
    for (const ProxyClientConfig& proxy : istiod.proxies) {
        if (!proxyNamespace.isEmpty() && proxy.proxyNamespace != proxyNamespace)
            continue;
        if (!any) {
            b.key("resources");
            b.beginArray();
            any = true;
        }
        b.beginObject();
        b.key("@type");
        b.value(clientConfigType);
        b.key("node");
        b.beginObject();
        b.key("id");
        b.value(proxy.proxyId);
        std::map<QString, QString> metadata; // NodeMetadata's omitempty fields
        if (!proxy.clusterId.isEmpty())
            metadata[QStringLiteral("CLUSTER_ID")] = proxy.clusterId;
        if (!proxy.istioVersion.isEmpty())
            metadata[QStringLiteral("ISTIO_VERSION")] = proxy.istioVersion;
        if (!proxy.proxyNamespace.isEmpty())
            metadata[QStringLiteral("NAMESPACE")] = proxy.proxyNamespace;
        if (!metadata.empty()) {
            b.key("metadata");
            b.beginObject();
            for (const auto& [key, value] : metadata) {
                b.key(utf8(key));
                b.value(value);
            }
            b.end();
        }
        b.end();
        if (!proxy.configs.isEmpty()) {
            b.key("generic_xds_configs");
            b.beginArray();
            for (const XdsConfigStatus& config : proxy.configs) {
                b.beginObject();
                b.key("type_url");
                b.value(config.typeUrl);
                if (config.lastUpdated.isValid()) {
                    b.key("last_updated");
                    b.value(timestampText(config.lastUpdated));
                }
                if (!config.status.isEmpty() && config.status != QLatin1String("UNKNOWN")) {
                    b.key("config_status");
                    b.value(config.status);
                }
                if (!config.errorDetails.isEmpty()) {
                    b.key("error_state");
                    b.beginObject();
                    if (config.lastUpdated.isValid()) {
                        b.key("last_update_attempt");
                        b.value(timestampText(config.lastUpdated));
                    }
                    b.key("details");
                    b.value(config.errorDetails);
                    b.end();
                }
                b.end();
            }
            b.end();
        }
        b.end();
    }
    if (any)
        b.end();
    b.key("type_url");
    b.value(clientConfigType);
    b.key("control_plane");
    b.beginObject();
    b.key("identifier");
    // json.Marshal of istiod's IstioControlPlaneInstance
    std::string identifier = "{\"Component\":\"istiod\",\"ID\":";
    gotext::appendJsonQuoted(&identifier, utf8(istiod.id), true);
    identifier += ",\"Info\":{\"version\":";
    gotext::appendJsonQuoted(&identifier, utf8(istiod.version), true);
    identifier += ",\"revision\":";
    gotext::appendJsonQuoted(&identifier, utf8(istiod.revision), true);
    identifier += ",\"golang_version\":\"\",\"status\":\"\",\"tag\":\"\"}}";
    b.value(std::string_view(identifier));
    b.end();
    b.end();
    return b.finish();
}

} // namespace

Output proxyStatus(const QList<IstiodStatus>& istiods, const StatusOptions& options, const QDateTime& now)
{
    if (options.format == QLatin1String("json") || options.format == QLatin1String("yaml")) {
        Output out;
        for (const IstiodStatus& istiod : istiods) {
            const JsonRef response = responseJson(istiod, options.proxyNamespace);
            if (options.format == QLatin1String("json"))
                out.text += protojson::jsonpbIndent(response) + '\n';
            else
                out.text += goyaml::jsonToYaml(protojson::toProtoJson(response)) + '\n';
        }
        return out;
    }
    if (options.format != QLatin1String("table"))
        return { {}, QStringLiteral("output format \"%1\" not supported").arg(options.format) };

    std::vector<Row> rows;
    QSet<QString> allTypesSet;
    for (const IstiodStatus& istiod : istiods) {
        for (const ProxyClientConfig& proxy : istiod.proxies) {
            if (!options.proxyNamespace.isEmpty() && proxy.proxyNamespace != options.proxyNamespace)
                continue;
            Row row { proxy.proxyId, proxy.clusterId, istiod.id, proxy.istioVersion, {} };
            for (const XdsConfigStatus& config : proxy.configs) {
                allTypesSet.insert(config.typeUrl);
                row.typeStatus.insert(config.typeUrl, formatStatus(config, now));
            }
            rows.push_back(row);
        }
    }
    // Core types in their usual order, then any others sorted.
    QStringList allTypes;
    for (const XdsType type : { XdsType::Cds, XdsType::Lds, XdsType::Eds, XdsType::Rds }) {
        if (allTypesSet.contains(xdsTypeUrl(type)))
            allTypes << xdsTypeUrl(type);
    }
    QStringList extras;
    for (const QString& type : allTypesSet) {
        if (!allTypes.contains(type))
            extras << type;
    }
    std::sort(extras.begin(), extras.end(), gotext::stringLess);
    allTypes += extras;
    gotext::sortSlice(rows, [](const Row& a, const Row& b) { return gotext::stringLess(a.proxyId, b.proxyId); });

    gotext::TabWriter writer(0, 8, 5);
    const auto line
        = [&writer](const QStringList& fields) { writer.write(utf8(fields.join(QLatin1Char('\t')) + '\n')); };
    if (options.verbosity > 0) {
        QSet<QString> verboseSet = allTypesSet;
        for (const XdsType type : allXdsTypes)
            verboseSet.insert(xdsTypeUrl(type));
        QStringList verboseTypes(verboseSet.cbegin(), verboseSet.cend());
        std::sort(verboseTypes.begin(), verboseTypes.end(), gotext::stringLess);
        QStringList header { QStringLiteral("NAME"), QStringLiteral("CLUSTER") };
        for (const QString& type : verboseTypes)
            header << xdsShortType(type);
        line(header + QStringList { QStringLiteral("ISTIOD"), QStringLiteral("VERSION") });
        for (const Row& row : rows) {
            QStringList fields { row.proxyId, row.clusterId };
            for (const QString& type : verboseTypes)
                fields << row.typeStatus.value(type, ignored);
            line(fields + QStringList { row.istiodId, row.istioVersion });
        }
        return { writer.flush(), {} };
    }
    line({ QStringLiteral("NAME"), QStringLiteral("CLUSTER"), QStringLiteral("ISTIOD"), QStringLiteral("VERSION"),
        QStringLiteral("SUBSCRIBED TYPES") });
    for (const Row& row : rows) {
        QStringList subscribed;
        for (const QString& type : allTypes) {
            const auto it = row.typeStatus.constFind(type);
            if (it != row.typeStatus.constEnd() && *it != ignored)
                subscribed << xdsShortType(type);
        }
        const QString types = subscribed.isEmpty()
            ? QStringLiteral("0")
            : QStringLiteral("%1 (%2)").arg(subscribed.size()).arg(subscribed.join(QLatin1Char(',')));
        line({ row.proxyId, row.clusterId, row.istiodId, row.istioVersion, types });
    }
    return { writer.flush(), {} };
}

IstiodStatus istiodStatusFromSyncz(
    const QString& istiodId, const QString& version, const QString& revision, const QList<ProxySyncStatus>& proxies)
{
    IstiodStatus status;
    status.id = istiodId;
    status.version = version;
    status.revision = revision;
    for (const ProxySyncStatus& proxy : proxies) {
        ProxyClientConfig client;
        client.proxyId = proxy.proxy;
        client.clusterId = proxy.clusterId;
        client.proxyNamespace = proxy.podNamespace;
        client.istioVersion = proxy.istioVersion.isEmpty() ? proxy.proxyVersion : proxy.istioVersion;
        for (const XdsTypeSync& sync : proxy.subscriptions) {
            XdsConfigStatus config;
            config.typeUrl = sync.typeUrl;
            config.lastUpdated = sync.sentTime;
            config.errorDetails = sync.lastError;
            switch (sync.state) {
            case XdsSyncState::Synced:
                config.status = QStringLiteral("SYNCED");
                break;
            case XdsSyncState::NotSent:
                config.status = QStringLiteral("NOT_SENT");
                break;
            case XdsSyncState::Stale:
                config.status = QStringLiteral("STALE");
                break;
            case XdsSyncState::Error:
                config.status = QStringLiteral("ERROR");
                break;
            }
            client.configs << config;
        }
        status.proxies << client;
    }
    return status;
}

} // namespace meshscope::istioctl
