#include "graphappenders_p.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

// Finalizers that only decorate nodes for find/hide: Kiali's labeler (graph/telemetry/istio/appender/labeler.go)
// and the frontend's node ranking (frontend/src/pages/Graph/GraphScore.ts).
namespace meshscope::graph::detail {

namespace {

// Kiali removes the configured app and version label names (defaults: app / app.kubernetes.io/name and
// version / app.kubernetes.io/version): the node shows them as app and version already.
QMap<QString, QString> withoutAppAndVersion(QMap<QString, QString> labels)
{
    for (const char* name : { "app", "app.kubernetes.io/name" }) {
        if (labels.remove(QLatin1String(name)))
            break;
    }
    for (const char* name : { "version", "app.kubernetes.io/version" }) {
        if (labels.remove(QLatin1String(name)))
            break;
    }
    return labels;
}

// An app's labels are its workloads' labels; a label with different values lists them, comma separated.
QMap<QString, QString> appLabels(const MeshInventory& inventory, const Node& n)
{
    QMap<QString, QStringList> values;
    for (const InventoryWorkload& w : inventory.workloads) {
        if (w.namespace_ != n.namespace_ || w.app != n.app)
            continue;
        for (auto it = w.labels.cbegin(); it != w.labels.cend(); ++it) {
            if (!values[it.key()].contains(it.value()))
                values[it.key()].append(it.value());
        }
    }
    QMap<QString, QString> labels;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        labels.insert(it.key(), it->join(QLatin1Char(',')));
    return labels;
}

} // namespace

void applyLabeler(TrafficMap& map, const MeshInventory& inventory)
{
    for (TrafficNode& t : map.nodes) {
        Node& n = t.node;
        if (n.isOutside || n.isInaccessible)
            continue;
        QMap<QString, QString> labels;
        if (n.type == NodeType::Workload || (n.type == NodeType::App && !n.version.isEmpty())) {
            for (const InventoryWorkload& w : inventory.workloads) {
                if (w.namespace_ == n.namespace_ && w.name == n.workload)
                    labels = w.labels;
            }
        } else if (n.type == NodeType::App) {
            labels = appLabels(inventory, n);
        } else if (n.type == NodeType::Service) {
            for (const InventoryService& s : inventory.services) {
                if (s.namespace_ == n.namespace_ && s.name == n.service)
                    labels = s.labels;
            }
        }
        n.labels = withoutAppAndVersion(labels);
    }
}

void rankNodes(Graph& graph)
{
    // Score: the node's share of all edges that end in it. Equal scores share a rank; ranks are then spread
    // over 1…min(ranks, 100) exactly like GraphScore's normalizeRanks.
    QHash<QString, int> inbound;
    for (const Edge& e : std::as_const(graph.edges))
        ++inbound[e.dest];
    QList<Node*> nodes;
    for (Node& n : graph.nodes) {
        if (n.type != NodeType::Box)
            nodes.append(&n);
    }
    if (nodes.isEmpty())
        return;
    std::stable_sort(nodes.begin(), nodes.end(),
        [&](const Node* a, const Node* b) { return inbound.value(a->id) > inbound.value(b->id); });
    int rank = 1;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (i > 0 && inbound.value(nodes[i - 1]->id) > inbound.value(nodes[i]->id))
            ++rank;
        nodes[i]->rank = rank;
    }
    const int maxRank = rank;
    const int upperBound = std::min(maxRank, 100);
    for (Node* n : std::as_const(nodes)) {
        if (maxRank == 1)
            n->rank = 1;
        else
            n->rank = int(std::ceil(double(1 + (n->rank - 1) * (upperBound - 1)) / (maxRank - 1)));
    }
}

} // namespace meshscope::graph::detail
