#pragma once

#include "istioctlwriter.h"
#include "models/istio/syncz.h"

#include <QDateTime>
#include <QList>
#include <QString>

// `istioctl proxy-status` output, byte for byte: the table (SUBSCRIBED TYPES, or with verbosity one column per
// xDS type), and the JSON/YAML form, which is istiod's xDS answer (a DiscoveryResponse of ClientConfigs) per istiod.
namespace meshscope::istioctl {

struct XdsConfigStatus
{
    QString typeUrl;
    QString status; // SYNCED, NOT_SENT, STALE, ERROR, UNKNOWN
    QDateTime lastUpdated; // invalid: not reported
    QString errorDetails;
};

struct ProxyClientConfig
{
    QString proxyId; // pod.namespace
    QString clusterId;
    QString proxyNamespace;
    QString istioVersion;
    QList<XdsConfigStatus> configs; // in the order istiod sends them
};

struct IstiodStatus
{
    QString id; // the istiod pod
    QString version; // istiod's own version
    QString revision;
    QString versionInfo; // the response's version_info
    QList<ProxyClientConfig> proxies;
};

struct StatusOptions
{
    QString format = QStringLiteral("table"); // table, json, yaml
    int verbosity = 0;
    QString proxyNamespace; // only proxies of this namespace
};

Output proxyStatus(const QList<IstiodStatus>& istiods, const StatusOptions& options, const QDateTime& now);

// What istiod's /debug/syncz says, in the shape of its xDS answer.
IstiodStatus istiodStatusFromSyncz(
    const QString& istiodId, const QString& version, const QString& revision, const QList<ProxySyncStatus>& proxies);

} // namespace meshscope::istioctl
