#pragma once

#include "configdiff.h"
#include "envoylogging.h"
#include "jsontreemodel.h"
#include "models/istio/envoyadmin.h"
#include "models/istio/envoyconfigdump.h"
#include "proxytablemodel.h"
#include "proxytarget.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace meshscope {

// The raw answers of one refresh of a proxy (each with its error, if it failed).
struct ProxyFetch
{
    QByteArray configDump, hostStatuses, stats, logging, istiodDump;
    QString configDumpError, hostStatusesError, statsError, loggingError, istiodDumpError;
};

// Everything the detail tabs show about one proxy, parsed and laid out off the UI thread.
struct ProxySnapshot
{
    ProxyPod pod;
    QDateTime fetched;
    EnvoyConfigDump dump; // Envoy's own
    EnvoyConfigDump istiodDump; // what istiod would send now (empty when istiod was not asked or failed)
    QList<EnvoyEndpoint> hosts; // from /clusters
    PromTextResult stats;
    QList<EnvoyLogger> loggers;
    QList<ProxyTableRow> clusters, listeners, routes, endpoints, secrets, ecds, statsRows, loggerRows;
    ConfigDiff istiodDiff; // istiod vs Envoy, per resource
    std::shared_ptr<const JsonTreeIndex> rawIndex; // the config dump as a tree
    QStringList errors; // one line per source that failed
    bool ok() const { return dump.error.isEmpty() && dump.root.isValid(); }
};

ProxySnapshot buildProxySnapshot(const ProxyPod& pod, const ProxyFetch& fetch, const QDateTime& now);

} // namespace meshscope
