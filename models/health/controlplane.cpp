#include "controlplane.h"

#include <QSet>

namespace meshscope::health {

namespace {

QString imageTag(const QString& image)
{
    const QString last = image.section(QLatin1Char('/'), -1);
    return last.contains(QLatin1Char(':')) ? last.section(QLatin1Char(':'), -1) : QString();
}

bool isIstiod(const WorkloadInfo& w)
{
    return w.labels.value(QStringLiteral("app")) == QLatin1String("istiod")
        || w.labels.value(QStringLiteral("istio")) == QLatin1String("pilot");
}

} // namespace

QStringList ControlPlaneSummary::versions() const
{
    QStringList result;
    for (const IstiodRevision& r : istiods) {
        if (!r.version.isEmpty() && !result.contains(r.version))
            result.append(r.version);
    }
    return result;
}

ControlPlaneSummary controlPlaneSummary(const HealthSnapshot& snapshot)
{
    const Inventory& inv = snapshot.inventory;
    ControlPlaneSummary summary;
    summary.meshMtls = snapshot.configRefs.meshMtls;
    for (qsizetype i = 0; i < inv.workloads.size(); ++i) {
        const WorkloadInfo& w = inv.workloads[i];
        if (isIstiod(w)) {
            IstiodRevision r;
            r.revision = w.labels.value(QStringLiteral("istio.io/rev"), QStringLiteral("default"));
            r.namespace_ = w.namespace_;
            r.deployment = w.name;
            r.pods = int(w.pods.size());
            r.status = snapshot.report.workloads.value(i).status;
            for (int pod : w.pods) {
                r.readyPods += inv.pods[pod].ready ? 1 : 0;
                if (r.version.isEmpty() && !inv.pods[pod].images.isEmpty())
                    r.version = imageTag(inv.pods[pod].images.first()); // pilot-discovery's tag
            }
            summary.istiods.append(r);
        }
        const QString app = w.labels.value(QStringLiteral("app"));
        if (app == QLatin1String("ztunnel") || app == QLatin1String("istio-cni-node")
            || w.labels.contains(QStringLiteral("gateway.istio.io/managed")))
            summary.ambientComponents.append(w.namespace_ + QLatin1Char('/') + w.name);
    }

    QSet<QString> stale;
    for (const ProxySyncStatus& proxy : snapshot.proxies) {
        for (XdsSyncState state : proxy.states) {
            if (state == XdsSyncState::Stale || state == XdsSyncState::Error) {
                stale.insert(key(proxy.podNamespace, proxy.pod));
                break;
            }
        }
    }
    summary.syncKnown = snapshot.proxySyncKnown;
    QMap<std::pair<QString, QString>, ProxyGroup> groups;
    for (const PodInfo& pod : inv.pods) {
        if (!pod.sidecar)
            continue;
        ++summary.proxies;
        const bool isStale = stale.contains(key(pod.namespace_, pod.name));
        summary.proxiesStale += isStale ? 1 : 0;
        const QString revision = pod.revision.isEmpty() ? QStringLiteral("default") : pod.revision;
        ProxyGroup& group = groups[{ revision, imageTag(pod.proxyImage) }];
        group.revision = revision;
        group.version = imageTag(pod.proxyImage);
        ++group.pods;
        if (!group.namespaces.contains(pod.namespace_))
            group.namespaces.append(pod.namespace_);
    }
    summary.proxiesSynced = summary.syncKnown ? summary.proxies - summary.proxiesStale : 0;
    summary.proxyGroups = groups.values();
    for (ProxyGroup& group : summary.proxyGroups)
        group.namespaces.sort();
    return summary;
}

} // namespace meshscope::health
