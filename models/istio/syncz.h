#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace meshscope {

// xDS sync state of one proxy for one type, by istiod's rule (pilot statusgen debugSyncStatus).
enum class XdsSyncState
{
    Synced,
    NotSent,
    Stale,
    Error,
};
QString xdsSyncStateText(XdsSyncState state); // "SYNCED", "NOT SENT", "STALE", "ERROR"

enum class XdsType
{
    Cds,
    Lds,
    Eds,
    Rds,
    Ecds,
};
QString xdsTypeName(XdsType type); // "CDS", …
inline constexpr XdsType allXdsTypes[] = { XdsType::Cds, XdsType::Lds, XdsType::Eds, XdsType::Rds, XdsType::Ecds };

// One xDS type a proxy subscribed to, as istiod reports it.
struct XdsTypeSync
{
    QString typeUrl;
    XdsSyncState state = XdsSyncState::NotSent;
    QDateTime sentTime; // invalid when istiod does not say
    QString lastError;
};
QString xdsShortType(const QString& typeUrl); // CDS, LDS, … or the URL itself
QString xdsTypeUrl(XdsType type);

struct ProxySyncStatus
{
    QString proxy; // "pod.namespace"
    QString pod;
    QString podNamespace;
    QString clusterId;
    QString proxyType; // sidecar, router, …; empty on old istiod
    QString proxyVersion;
    QString istioVersion;
    QString istiod; // which istiod instance reported it
    QString istiodRevision;
    QMap<XdsType, XdsSyncState> states;
    // The types the proxy watches, sorted by URL (newer istiod); the four core types (and ECDS when reported)
    // for istiod versions without a resources map.
    QList<XdsTypeSync> subscriptions;
};

struct SynczResult
{
    QList<ProxySyncStatus> proxies;
    QString error;
};

// Parses istiod's /debug/syncz (a JSON array, old and new field sets). Safe on any thread.
SynczResult parseSyncz(const QByteArray& body, const QString& istiod = {});

// One row per proxy: Proxy (pod), Namespace, Sync (the worst state of its types), Type, Cluster, CDS, LDS, EDS,
// RDS, ECDS, istiod, Version. A type the proxy does not watch shows "IGNORED" as in istioctl. Rows merge by
// proxy name, so a periodic refresh updates cells instead of resetting.
class ProxyStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles
    {
        StateRole = Qt::UserRole + 1, // XdsSyncState as int for the xDS and Sync columns; -1 when not watched
        ProxyIdRole, // "pod.namespace"
        SortRole, // the Sync column sorts worst first
    };
    enum Column
    {
        ProxyColumn,
        NamespaceColumn,
        SyncColumn,
        TypeColumn,
        ClusterColumn,
        CdsColumn,
        LdsColumn,
        EdsColumn,
        RdsColumn,
        EcdsColumn,
        IstiodColumn,
        VersionColumn,
        ColumnCount
    };

    explicit ProxyStatusModel(QObject* parent = nullptr);

    // Replaces the content by merging: unchanged rows stay untouched.
    void setProxies(const QList<ProxySyncStatus>& proxies);
    const ProxySyncStatus& proxyAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& proxyId) const;
    int staleCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProxySyncStatus> m_rows;
};

// The state that matters most for a proxy: ERROR, then STALE, then SYNCED; NOT SENT only when nothing was sent.
XdsSyncState overallSyncState(const ProxySyncStatus& proxy);

} // namespace meshscope
