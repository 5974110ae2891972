#include "syncz.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meshscope {
namespace {

XdsSyncState stateOf(const QString& sent, const QString& acked, const QString& lastError)
{
    if (!lastError.isEmpty())
        return XdsSyncState::Error;
    if (sent.isEmpty())
        return XdsSyncState::NotSent;
    return acked == sent ? XdsSyncState::Synced : XdsSyncState::Stale;
}

std::optional<XdsType> typeOfUrl(const QString& typeUrl)
{
    if (typeUrl.endsWith(QLatin1String(".Cluster")))
        return XdsType::Cds;
    if (typeUrl.endsWith(QLatin1String(".Listener")))
        return XdsType::Lds;
    if (typeUrl.endsWith(QLatin1String(".ClusterLoadAssignment")))
        return XdsType::Eds;
    if (typeUrl.endsWith(QLatin1String(".RouteConfiguration")))
        return XdsType::Rds;
    if (typeUrl.endsWith(QLatin1String(".TypedExtensionConfig")))
        return XdsType::Ecds;
    return std::nullopt;
}

} // namespace

QString xdsSyncStateText(XdsSyncState state)
{
    switch (state) {
    case XdsSyncState::Synced:
        return QStringLiteral("SYNCED");
    case XdsSyncState::NotSent:
        return QStringLiteral("NOT SENT");
    case XdsSyncState::Stale:
        return QStringLiteral("STALE");
    case XdsSyncState::Error:
        return QStringLiteral("ERROR");
    }
    return {};
}

QString xdsTypeUrl(XdsType type)
{
    switch (type) {
    case XdsType::Cds:
        return QStringLiteral("type.googleapis.com/envoy.config.cluster.v3.Cluster");
    case XdsType::Lds:
        return QStringLiteral("type.googleapis.com/envoy.config.listener.v3.Listener");
    case XdsType::Eds:
        return QStringLiteral("type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment");
    case XdsType::Rds:
        return QStringLiteral("type.googleapis.com/envoy.config.route.v3.RouteConfiguration");
    case XdsType::Ecds:
        return QStringLiteral("type.googleapis.com/envoy.config.core.v3.TypedExtensionConfig");
    }
    return {};
}

QString xdsShortType(const QString& typeUrl)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("type.googleapis.com/envoy.config.cluster.v3.Cluster"), QStringLiteral("CDS") },
        { QStringLiteral("type.googleapis.com/envoy.config.listener.v3.Listener"), QStringLiteral("LDS") },
        { QStringLiteral("type.googleapis.com/envoy.config.route.v3.RouteConfiguration"), QStringLiteral("RDS") },
        { QStringLiteral("type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment"), QStringLiteral("EDS") },
        { QStringLiteral("type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret"),
            QStringLiteral("SDS") },
        { QStringLiteral("type.googleapis.com/istio.networking.nds.v1.NameTable"), QStringLiteral("NDS") },
        { QStringLiteral("type.googleapis.com/istio.mesh.v1alpha1.ProxyConfig"), QStringLiteral("PCDS") },
        { QStringLiteral("type.googleapis.com/envoy.config.core.v3.TypedExtensionConfig"), QStringLiteral("ECDS") },
        { QStringLiteral("type.googleapis.com/istio.workload.Address"), QStringLiteral("WDS") },
        { QStringLiteral("type.googleapis.com/istio.workload.Workload"), QStringLiteral("WDS") },
        { QStringLiteral("type.googleapis.com/istio.security.Authorization"), QStringLiteral("WADS") },
    };
    return names.value(typeUrl, typeUrl);
}

QString xdsTypeName(XdsType type)
{
    switch (type) {
    case XdsType::Cds:
        return QStringLiteral("CDS");
    case XdsType::Lds:
        return QStringLiteral("LDS");
    case XdsType::Eds:
        return QStringLiteral("EDS");
    case XdsType::Rds:
        return QStringLiteral("RDS");
    case XdsType::Ecds:
        return QStringLiteral("ECDS");
    }
    return {};
}

SynczResult parseSyncz(const QByteArray& body, const QString& istiod)
{
    SynczResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isArray()) {
        result.error = QCoreApplication::translate("Syncz", "istiod's /debug/syncz did not return a JSON array (%1)")
                           .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("an object")
                                                                             : parseError.errorString());
        return result;
    }
    static const std::pair<XdsType, const char*> legacyFields[]
        = { { XdsType::Cds, "cluster" }, { XdsType::Lds, "listener" }, { XdsType::Eds, "endpoint" },
              { XdsType::Rds, "route" }, { XdsType::Ecds, "extensionconfig" } };
    const QJsonArray entries = document.array();
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        ProxySyncStatus proxy;
        proxy.proxy = entry.value(QLatin1String("proxy")).toString();
        if (proxy.proxy.isEmpty())
            continue; // every field is omitempty; without a name the row says nothing
        const qsizetype dot = proxy.proxy.lastIndexOf(QLatin1Char('.'));
        proxy.pod = dot < 0 ? proxy.proxy : proxy.proxy.left(dot);
        proxy.podNamespace = dot < 0 ? QString() : proxy.proxy.mid(dot + 1);
        proxy.clusterId = entry.value(QLatin1String("cluster_id")).toString();
        proxy.proxyType = entry.value(QLatin1String("proxy_type")).toString();
        proxy.proxyVersion = entry.value(QLatin1String("proxy_version")).toString();
        proxy.istioVersion = entry.value(QLatin1String("istio_version")).toString();
        proxy.istiod = istiod;
        for (const auto& [type, field] : legacyFields) {
            const QString prefix = QLatin1String(field);
            const QString sent = entry.value(prefix + QLatin1String("_sent")).toString();
            const QString acked = entry.value(prefix + QLatin1String("_acked")).toString();
            if (type != XdsType::Ecds || !sent.isEmpty() || !acked.isEmpty()) {
                proxy.states.insert(type, stateOf(sent, acked, {}));
                proxy.subscriptions.append({ xdsTypeUrl(type), stateOf(sent, acked, {}), {}, {} });
            }
        }
        std::sort(proxy.subscriptions.begin(), proxy.subscriptions.end(),
            [](const XdsTypeSync& a, const XdsTypeSync& b) { return a.typeUrl < b.typeUrl; }); // as istiod sorts
        // Newer istiod: resources{typeUrl: {sent, acked, lastError}} wins over the legacy pairs.
        const QJsonObject resources = entry.value(QLatin1String("resources")).toObject();
        if (!resources.isEmpty()) {
            proxy.subscriptions.clear(); // QJsonObject iterates in key order: sorted by URL, as istiod sorts
            proxy.states.clear();
        }
        for (auto it = resources.constBegin(); it != resources.constEnd(); ++it) {
            const QJsonObject status = it.value().toObject();
            XdsTypeSync sync;
            sync.typeUrl = it.key();
            sync.lastError = status.value(QLatin1String("lastError")).toString();
            sync.state = stateOf(status.value(QLatin1String("sent")).toString(),
                status.value(QLatin1String("acked")).toString(), sync.lastError);
            const QDateTime sentTime
                = QDateTime::fromString(status.value(QLatin1String("sentTime")).toString(), Qt::ISODateWithMs);
            if (sentTime.isValid() && sentTime.date().year() > 1) // Go writes its zero time for "never"
                sync.sentTime = sentTime;
            proxy.subscriptions.append(sync);
            if (const auto type = typeOfUrl(it.key()))
                proxy.states.insert(*type, sync.state);
        }
        result.proxies.append(proxy);
    }
    return result;
}

XdsSyncState overallSyncState(const ProxySyncStatus& proxy)
{
    bool synced = false, stale = false;
    for (auto it = proxy.states.cbegin(); it != proxy.states.cend(); ++it) {
        if (*it == XdsSyncState::Error)
            return XdsSyncState::Error;
        stale |= *it == XdsSyncState::Stale;
        synced |= *it == XdsSyncState::Synced;
    }
    if (stale)
        return XdsSyncState::Stale;
    return synced ? XdsSyncState::Synced : XdsSyncState::NotSent;
}

ProxyStatusModel::ProxyStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ProxyStatusModel::setProxies(const QList<ProxySyncStatus>& proxies)
{
    QHash<QString, const ProxySyncStatus*> incoming;
    for (const ProxySyncStatus& proxy : proxies)
        incoming.insert(proxy.proxy, &proxy);
    // Remove vanished rows from the bottom up so row numbers stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_rows.at(row).proxy)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QHash<QString, int> existing;
    for (int row = 0; row < m_rows.size(); ++row)
        existing.insert(m_rows.at(row).proxy, row);
    QList<ProxySyncStatus> added;
    for (const ProxySyncStatus& proxy : proxies) {
        const int row = existing.value(proxy.proxy, -1);
        if (row < 0) {
            if (!existing.contains(proxy.proxy)) {
                existing.insert(proxy.proxy, -2); // duplicates in one answer count once
                added.append(proxy);
            }
            continue;
        }
        ProxySyncStatus& current = m_rows[row];
        if (current.states == proxy.states && current.istiod == proxy.istiod && current.clusterId == proxy.clusterId
            && current.proxyVersion == proxy.proxyVersion && current.istioVersion == proxy.istioVersion
            && current.proxyType == proxy.proxyType && current.istiodRevision == proxy.istiodRevision)
            continue;
        current = proxy;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

int ProxyStatusModel::rowOf(const QString& proxyId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).proxy == proxyId)
            return row;
    }
    return -1;
}

int ProxyStatusModel::staleCount() const
{
    int count = 0;
    for (const ProxySyncStatus& proxy : m_rows) {
        const XdsSyncState state = overallSyncState(proxy);
        count += state == XdsSyncState::Stale || state == XdsSyncState::Error ? 1 : 0;
    }
    return count;
}

int ProxyStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProxyStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProxyStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProxySyncStatus& proxy = m_rows.at(index.row());
    const int column = index.column();
    if (role == ProxyIdRole)
        return proxy.proxy;
    if (column == SyncColumn) {
        const XdsSyncState state = overallSyncState(proxy);
        if (role == Qt::DisplayRole)
            return xdsSyncStateText(state);
        if (role == StateRole)
            return int(state);
        if (role == SortRole) // worst first when sorted ascending
            return state == XdsSyncState::Error  ? 0
                : state == XdsSyncState::Stale   ? 1
                : state == XdsSyncState::NotSent ? 2
                                                 : 3;
        return {};
    }
    if (column >= CdsColumn && column <= EcdsColumn) {
        const XdsType type = allXdsTypes[column - CdsColumn];
        const bool watched = proxy.states.contains(type);
        const XdsSyncState state = proxy.states.value(type, XdsSyncState::NotSent);
        if (role == Qt::DisplayRole)
            return watched ? xdsSyncStateText(state) : QStringLiteral("IGNORED");
        if (role == StateRole)
            return watched ? int(state) : -1;
        if (role == SortRole)
            return watched ? int(state) : -1;
        if (role == Qt::ToolTipRole) {
            for (const XdsTypeSync& sync : proxy.subscriptions) {
                if (sync.typeUrl == xdsTypeUrl(type) && !sync.lastError.isEmpty())
                    return sync.lastError;
            }
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case ProxyColumn:
        return proxy.pod;
    case NamespaceColumn:
        return proxy.podNamespace;
    case TypeColumn:
        return proxy.proxyType;
    case ClusterColumn:
        return proxy.clusterId;
    case IstiodColumn:
        return proxy.istiodRevision.isEmpty() || proxy.istiodRevision == QLatin1String("default")
            ? proxy.istiod
            : QStringLiteral("%1 (%2)").arg(proxy.istiod, proxy.istiodRevision);
    case VersionColumn:
        return proxy.proxyVersion.isEmpty() ? proxy.istioVersion : proxy.proxyVersion;
    default:
        return {};
    }
}

QVariant ProxyStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProxyColumn:
        return tr("Proxy");
    case NamespaceColumn:
        return tr("Namespace");
    case SyncColumn:
        return tr("Sync");
    case TypeColumn:
        return tr("Type");
    case ClusterColumn:
        return tr("Cluster");
    case IstiodColumn:
        return tr("istiod");
    case VersionColumn:
        return tr("Version");
    default:
        if (section >= CdsColumn && section <= EcdsColumn)
            return xdsTypeName(allXdsTypes[section - CdsColumn]);
        return {};
    }
}

} // namespace meshscope
