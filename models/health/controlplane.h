#pragma once

#include "healthrefresh.h"

#include <QList>
#include <QMap>
#include <QString>

// The control plane at a glance, from a health snapshot: istiod per revision with its version and pods, and the
// data plane's proxies — in sync or stale with istiod, per revision and per proxy version (a canary upgrade's
// progress: which namespaces and how many pods still run the old revision).
namespace meshscope::health {

struct IstiodRevision
{
    QString revision; // "default" when unlabelled
    QString namespace_;
    QString deployment;
    QString version; // the pilot image's tag
    int readyPods = 0;
    int pods = 0;
    Status status = Status::NA;
};

struct ProxyGroup
{
    QString revision;
    QString version; // istio-proxy image tag (or syncz's proxy version)
    int pods = 0;
    QStringList namespaces;
};

struct ControlPlaneSummary
{
    QList<IstiodRevision> istiods;
    int proxies = 0; // pods with a sidecar (or gateways)
    int proxiesSynced = 0;
    int proxiesStale = 0;
    bool syncKnown = false;
    QList<ProxyGroup> proxyGroups; // by revision, then version
    MtlsMode meshMtls;
    QList<QString> ambientComponents; // ztunnel, istio-cni, waypoints found in the inventory

    QStringList versions() const; // distinct istiod versions
};

ControlPlaneSummary controlPlaneSummary(const HealthSnapshot& snapshot);

} // namespace meshscope::health
