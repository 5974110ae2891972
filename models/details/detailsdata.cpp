#include "detailsdata.h"

#include <QSet>

namespace meshscope::details {

using namespace health;

namespace {

QString imageTag(const QString& image)
{
    const QString last = image.section(QLatin1Char('/'), -1);
    return last.contains(QLatin1Char(':')) ? last.section(QLatin1Char(':'), -1) : QString();
}

PodRow podRow(const PodInfo& pod)
{
    PodRow row;
    row.name = pod.name;
    row.status = pod.status;
    row.ready = pod.ready;
    row.restarts = pod.restarts;
    row.node = pod.node;
    row.ip = pod.ip;
    row.proxy = pod.sidecar ? imageTag(pod.proxyImage) : pod.ambient ? QStringLiteral("ambient") : QString();
    row.containers = pod.containers;
    row.created = pod.created;
    return row;
}

RelatedObject related(Kind kind, const QString& ns, const QString& name, const QList<EntityHealth>& report, int index)
{
    return { kind, ns, name, report.value(index).status };
}

} // namespace

DetailsData detailsData(const HealthSnapshot& snapshot, Kind kind, const QString& ns, const QString& name)
{
    const Inventory& inv = snapshot.inventory;
    DetailsData d;
    d.kind = kind;
    d.namespace_ = ns;
    d.name = name;
    d.mtls = snapshot.configRefs.mtlsByNamespace.value(ns, snapshot.configRefs.meshMtls);
    const QString k = key(ns, name);
    if (kind == Kind::Workload) {
        const int i = inv.workloadIndex.value(k, -1);
        if (i < 0)
            return d;
        const WorkloadInfo& w = inv.workloads[i];
        d.found = true;
        d.health = snapshot.report.workloads.value(i);
        d.type = w.kind;
        d.labels = w.labels;
        d.selector = w.selector;
        d.app = w.app;
        d.versions = w.version.isEmpty() ? QStringList() : QStringList { w.version };
        d.serviceAccount = w.serviceAccount;
        d.replicas = w.replicas;
        d.missingSidecar = w.missingSidecar();
        for (int pod : w.pods)
            d.pods.append(podRow(inv.pods[pod]));
        for (int s : w.services)
            d.related.append(related(Kind::Service, ns, inv.services[s].name, snapshot.report.services, s));
        if (const int app = inv.appIndex.value(key(ns, w.app), -1); app >= 0)
            d.related.append(related(Kind::App, ns, w.app, snapshot.report.apps, app));
        d.config = snapshot.configRefs.workloads.value(k);
    } else if (kind == Kind::Service) {
        const int i = inv.serviceIndex.value(k, -1);
        if (i < 0)
            return d;
        const ServiceInfo& s = inv.services[i];
        d.found = true;
        d.health = snapshot.report.services.value(i);
        d.type = s.type.isEmpty() ? QStringLiteral("ClusterIP") : s.type;
        d.labels = s.labels;
        d.selector = s.selector;
        d.app = s.app;
        d.ports = s.ports;
        for (int w : s.workloads) {
            const WorkloadInfo& workload = inv.workloads[w];
            d.related.append(related(Kind::Workload, ns, workload.name, snapshot.report.workloads, w));
            d.missingSidecar = d.missingSidecar || workload.missingSidecar();
            if (!workload.version.isEmpty() && !d.versions.contains(workload.version))
                d.versions.append(workload.version);
            for (int pod : workload.pods)
                d.pods.append(podRow(inv.pods[pod]));
        }
        d.config = snapshot.configRefs.services.value(k);
    } else {
        const int i = inv.appIndex.value(k, -1);
        if (i < 0)
            return d;
        const AppInfo& app = inv.apps[i];
        d.found = true;
        d.health = snapshot.report.apps.value(i);
        d.type = QStringLiteral("App");
        d.app = app.name;
        d.versions = app.versions;
        d.labels = { { QStringLiteral("app"), app.name } };
        for (int w : app.workloads) {
            const WorkloadInfo& workload = inv.workloads[w];
            d.related.append(related(Kind::Workload, ns, workload.name, snapshot.report.workloads, w));
            d.missingSidecar = d.missingSidecar || workload.missingSidecar();
            for (int pod : workload.pods)
                d.pods.append(podRow(inv.pods[pod]));
        }
        for (int s : app.services)
            d.related.append(related(Kind::Service, ns, inv.services[s].name, snapshot.report.services, s));
        d.config = snapshot.configRefs.apps.value(k);
    }
    return d;
}

graph::NodeFocus nodeFocus(Kind kind, const QString& ns, const QString& name)
{
    graph::NodeFocus focus;
    focus.namespace_ = ns;
    focus.name = name;
    focus.type = kind == Kind::Workload ? graph::NodeType::Workload
        : kind == Kind::Service         ? graph::NodeType::Service
                                        : graph::NodeType::App;
    return focus;
}

QList<TrafficRow> trafficRows(const graph::Graph& graph, Kind kind, const QString& ns, const QString& name)
{
    const auto isSelf = [&](const graph::Node& n) {
        if (n.namespace_ != ns || n.type == graph::NodeType::Box)
            return false;
        switch (kind) {
        case Kind::Workload:
            return n.type == graph::NodeType::Workload && n.workload == name;
        case Kind::Service:
            return n.type == graph::NodeType::Service && n.service == name;
        case Kind::App:
            break;
        }
        return n.type == graph::NodeType::App && n.app == name;
    };
    QSet<QString> self;
    for (const graph::Node& n : graph.nodes) {
        if (isSelf(n))
            self.insert(n.id);
    }
    QList<TrafficRow> rows;
    for (const graph::Edge& e : graph.edges) {
        const bool in = self.contains(e.dest) && !self.contains(e.source);
        const bool out = self.contains(e.source) && !self.contains(e.dest);
        if (!in && !out)
            continue;
        const graph::Node* peer = graph.node(in ? e.source : e.dest);
        TrafficRow row;
        row.inbound = in;
        row.peer = peer ? peer->displayName() : (in ? e.source : e.dest);
        row.peerNamespace = peer ? peer->namespace_ : QString();
        row.protocol = e.protocol;
        row.rate = e.requestRate();
        row.errorPercent = e.errorPercent();
        row.p95Ms = e.responseTimes.value(graph::responseTimeKey(graph::ResponseTimeStat::P95), e.responseTimeMs);
        row.mtlsPercent = e.mtlsPercent;
        row.health = e.health;
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
        [](const TrafficRow& a, const TrafficRow& b) { return a.inbound != b.inbound ? a.inbound : a.rate > b.rate; });
    return rows;
}

} // namespace meshscope::details
