#include "proxysnapshot.h"

#include "proxytables.h"

#include <QCoreApplication>

namespace meshscope {
namespace {

struct ProxySnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(ProxySnapshot)
};

} // namespace

ProxySnapshot buildProxySnapshot(const ProxyPod& pod, const ProxyFetch& fetch, const QDateTime& now)
{
    ProxySnapshot snapshot;
    snapshot.pod = pod;
    snapshot.fetched = now;
    if (!fetch.configDumpError.isEmpty()) {
        snapshot.errors << ProxySnapshotText::tr("Config dump: %1").arg(fetch.configDumpError);
    } else {
        snapshot.dump = parseEnvoyConfigDump(fetch.configDump);
        if (!snapshot.dump.error.isEmpty())
            snapshot.errors << ProxySnapshotText::tr("Config dump: %1").arg(snapshot.dump.error);
    }
    if (!fetch.hostStatusesError.isEmpty()) {
        snapshot.errors << ProxySnapshotText::tr("Endpoints: %1").arg(fetch.hostStatusesError);
    } else {
        const EnvoyHostStatuses hosts = parseEnvoyClustersJson(fetch.hostStatuses);
        if (!hosts.error.isEmpty())
            snapshot.errors << ProxySnapshotText::tr("Endpoints: %1").arg(hosts.error);
        snapshot.hosts = hosts.endpoints;
    }
    if (!fetch.statsError.isEmpty()) {
        snapshot.errors << ProxySnapshotText::tr("Stats: %1").arg(fetch.statsError);
    } else {
        snapshot.stats = parsePrometheusText(fetch.stats);
    }
    if (!fetch.loggingError.isEmpty())
        snapshot.errors << ProxySnapshotText::tr("Logging: %1").arg(fetch.loggingError);
    else
        snapshot.loggers = parseEnvoyLogging(fetch.logging);
    if (!fetch.istiodDumpError.isEmpty()) {
        snapshot.errors << ProxySnapshotText::tr("istiod: %1").arg(fetch.istiodDumpError);
    } else if (!fetch.istiodDump.isEmpty()) {
        snapshot.istiodDump = parseEnvoyConfigDump(fetch.istiodDump);
        if (!snapshot.istiodDump.error.isEmpty())
            snapshot.errors << ProxySnapshotText::tr("istiod: %1").arg(snapshot.istiodDump.error);
    }

    const EnvoyConfigDump& dump = snapshot.dump;
    snapshot.clusters = proxytables::clusterRows(dump, snapshot.hosts);
    snapshot.listeners = proxytables::listenerRows(dump);
    snapshot.routes = proxytables::routeRows(dump);
    // /clusters knows outlier ejection; the dump's EDS section is the fallback.
    snapshot.endpoints = proxytables::endpointRows(snapshot.hosts.isEmpty() ? dump.endpoints : snapshot.hosts);
    snapshot.secrets = proxytables::secretRows(dump, now);
    snapshot.ecds = proxytables::ecdsRows(dump);
    snapshot.statsRows = proxytables::statsRows(snapshot.stats);
    snapshot.loggerRows = proxytables::loggerRows(snapshot.loggers);
    for (QList<ProxyTableRow>* rows : { &snapshot.clusters, &snapshot.listeners, &snapshot.routes, &snapshot.endpoints,
             &snapshot.secrets, &snapshot.ecds, &snapshot.statsRows, &snapshot.loggerRows })
        prepareProxyRows(rows);
    snapshot.rawIndex = buildJsonTreeIndex(dump.root);
    if (snapshot.istiodDump.error.isEmpty() && snapshot.istiodDump.root.isValid() && snapshot.ok())
        snapshot.istiodDiff = diffConfigDumps(snapshot.istiodDump, snapshot.dump);
    return snapshot;
}

} // namespace meshscope
