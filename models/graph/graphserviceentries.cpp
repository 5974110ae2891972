#include "graphappenders_p.h"

#include <QJsonArray>

// Kiali's serviceEntry appender (graph/telemetry/istio/appender/service_entry.go): service nodes whose name is a
// host of a ServiceEntry visible to the requesting namespace are folded into one node per ServiceEntry, named after
// it and flagged isServiceEntry with the entry's hosts and location; their edges are re-pointed to it and merged
// per source and protocol.
namespace meshscope::graph::detail {

namespace {

struct Entry
{
    QString name;
    QString objectNamespace; // where the ServiceEntry is defined
    QString location; // MESH_EXTERNAL or MESH_INTERNAL
    QStringList hosts;
    QStringList exportTo;
};

QList<Entry> entriesOf(const MeshInventory& inventory)
{
    QList<Entry> entries;
    for (const QJsonObject& se : inventory.serviceEntries) {
        const QJsonObject meta = se.value(QStringLiteral("metadata")).toObject();
        const QJsonObject spec = se.value(QStringLiteral("spec")).toObject();
        Entry e { meta.value(QStringLiteral("name")).toString(), meta.value(QStringLiteral("namespace")).toString(),
            spec.value(QStringLiteral("location")).toString() == QLatin1String("MESH_INTERNAL")
                ? QStringLiteral("MESH_INTERNAL")
                : QStringLiteral("MESH_EXTERNAL"),
            {}, {} };
        for (const QJsonValue& host : spec.value(QStringLiteral("hosts")).toArray())
            e.hosts << host.toString();
        for (const QJsonValue& ns : spec.value(QStringLiteral("exportTo")).toArray())
            e.exportTo << ns.toString();
        if (!e.hosts.isEmpty())
            entries << e;
    }
    return entries;
}

// Istio's exportTo: "*" everywhere, "." its own namespace, else the namespaces named. Unset: everywhere (the mesh's
// defaultServiceExportTo is not read, and its own default is "*").
bool exportedTo(const Entry& e, const QString& ns)
{
    if (e.exportTo.isEmpty())
        return true;
    for (const QString& to : e.exportTo) {
        if (to == QLatin1String("*") || to == ns || (to == QLatin1String(".") && e.objectNamespace == ns))
            return true;
    }
    return false;
}

// Kiali's getServiceEntry: an exact host (wildcard hosts too: Istio reports the matching host, e.g.
// *.wikipedia.org) or, for MESH_INTERNAL entries, the host's first DNS label (but not svc.ns.global hosts).
const Entry* entryFor(const QList<Entry>& entries, const QString& ns, const QString& service)
{
    for (const Entry& e : entries) {
        if (!exportedTo(e, ns))
            continue;
        for (const QString& host : e.hosts) {
            if (host == service)
                return &e;
            const QStringList labels = host.split(QLatin1Char('.'));
            const bool global = labels.size() == 3 && labels[2] == QLatin1String("global");
            if (e.location == QLatin1String("MESH_INTERNAL") && !global && labels.first() == service)
                return &e;
        }
    }
    return nullptr;
}

// Merges the edges from `source` to `dest` per protocol (Kiali's aggregateEdges).
void mergeEdgesTo(TrafficNode& source, const QString& dest)
{
    QList<TrafficEdge> kept;
    for (const TrafficEdge& edge : std::as_const(source.edges)) {
        auto same = std::find_if(kept.begin(), kept.end(),
            [&](const TrafficEdge& k) { return k.dest == dest && edge.dest == dest && k.protocol == edge.protocol; });
        if (same == kept.end()) {
            kept << edge;
            continue;
        }
        aggregateEdge(edge, *same);
        if (edge.throughput >= 0)
            same->throughput = std::max(same->throughput, 0.0) + edge.throughput;
    }
    source.edges = kept;
}

struct Fold
{
    const Entry* entry;
    QString cluster, namespace_;
    QStringList doomed; // the service nodes folded into it
};

} // namespace

void applyServiceEntries(TrafficMap& map, GraphType type, const MeshInventory& inventory, const QStringList& accessible)
{
    const QList<Entry> entries = entriesOf(inventory);
    if (entries.isEmpty())
        return;
    // Candidates: non-injected service nodes with a cluster and namespace (mesh-internal entries), matched in their
    // own namespace; and the service nodes that non-service nodes send to (mesh-external entries, which carry no
    // namespace), matched in the requesting node's namespace.
    QList<Fold> folds;
    auto consider = [&](const Node& service, const QString& cluster, const QString& ns) {
        if (service.type != NodeType::Service || service.isInjected || service.isEgressCluster
            || !accessible.contains(ns))
            return;
        const Entry* entry = entryFor(entries, ns, service.service);
        if (!entry)
            return;
        auto fold = std::find_if(folds.begin(), folds.end(),
            [&](const Fold& f) { return f.entry == entry && f.cluster == cluster && f.namespace_ == ns; });
        if (fold == folds.end())
            fold = folds.insert(folds.end(), Fold { entry, cluster, ns, {} });
        if (!fold->doomed.contains(service.id))
            fold->doomed << service.id;
    };
    for (const QString& id : std::as_const(map.order)) {
        const TrafficNode& t = map.nodes[id];
        if (t.node.type == NodeType::Service) {
            if (isOK(t.node.cluster) && isOK(t.node.namespace_))
                consider(t.node, t.node.cluster, t.node.namespace_);
            continue;
        }
        for (const TrafficEdge& edge : t.edges) {
            if (const TrafficNode* dest = map.find(edge.dest))
                consider(dest->node, t.node.cluster, t.node.namespace_);
        }
    }
    for (const Fold& fold : std::as_const(folds)) {
        TrafficNode* se = map.add(Endpoint { fold.cluster, fold.namespace_, fold.entry->name, {}, {}, {}, {} }, type);
        if (!se)
            continue;
        const QString seId = se->node.id;
        se->node.isServiceEntry = fold.entry->location;
        se->node.serviceEntryHosts = fold.entry->hosts;
        for (const QString& doomedId : fold.doomed) {
            TrafficNode* doomed = map.find(doomedId);
            if (!doomed || doomedId == seId)
                continue; // already folded by an overlapping entry, or the entry is named like the service
            for (auto it = doomed->node.rates.cbegin(); it != doomed->node.rates.cend(); ++it)
                addValue(se->node.rates, it.key(), it.value());
            for (const ServiceRef& ref : doomed->node.destServices) {
                if (!se->node.destServices.contains(ref))
                    se->node.destServices << ref;
            }
            // Edges into it are re-pointed, except from other clusters (each cluster has its own entries).
            bool keep = false;
            for (TrafficNode& source : map.nodes) {
                bool moved = false;
                for (TrafficEdge& edge : source.edges) {
                    if (edge.dest != doomedId)
                        continue;
                    if (source.node.cluster != se->node.cluster) {
                        keep = true;
                        continue;
                    }
                    edge.dest = seId;
                    moved = true;
                }
                if (moved && fold.doomed.size() > 1)
                    mergeEdgesTo(source, seId);
            }
            // Its own edges (to an egress gateway) move along.
            for (const TrafficEdge& edge : std::as_const(doomed->edges)) {
                TrafficEdge& into = map.edge(*se, edge.dest, edge.protocol);
                aggregateEdge(edge, into);
            }
            if (!keep)
                map.remove(doomedId);
            se = map.find(seId); // map.remove may have moved the nodes
        }
    }
}

} // namespace meshscope::graph::detail
