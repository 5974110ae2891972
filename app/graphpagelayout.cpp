#include "graphpagelayout.h"

#include "models/graph/graphvizlock.h"
#include "views/graph/nodeitem.h"

#include <gvc.h>

namespace meshscope {

namespace {

constexpr double PointsPerInch = 72;
constexpr double LabelHeight = 22; // the label under each node's shape (see NodeItem)

// cgraph wants char*; names live as long as the graph (they are copied by agattr/agsafeset anyway).
void set(void* object, const char* name, const QByteArray& value)
{
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.constData()), const_cast<char*>(""));
}

} // namespace

QString autoLayoutEngine(qsizetype nodeCount)
{
    return nodeCount <= 300 ? QStringLiteral("dot") : QStringLiteral("sfdp");
}

ScenePositions graphvizLayout(
    const graph::Graph& graph, const QString& requestedEngine, const QHash<QString, QPointF>& pinned, QString* error)
{
    ScenePositions positions;
    qsizetype drawn = 0;
    for (const graph::Node& node : graph.nodes)
        drawn += node.type == graph::NodeType::Box ? 0 : 1;
    const QString engine = requestedEngine.isEmpty() ? autoLayoutEngine(drawn) : requestedEngine;

    std::lock_guard lock(graph::graphvizMutex());
    GVC_t* context = gvContext();
    if (!context) {
        if (error)
            *error = QStringLiteral("Graphviz could not start");
        return positions;
    }
    Agraph_t* g = agopen(const_cast<char*>("mesh"), Agdirected, nullptr);
    set(g, "rankdir", "LR");
    set(g, "nodesep", "0.35");
    set(g, "ranksep", "1.1");
    set(g, "splines", "false"); // the view draws the edges; routing them would only cost time
    set(g, "overlap", "prism"); // sfdp: no overlapping nodes
    set(g, "outputorder", "edgesfirst");

    // App boxes become clusters, so dot keeps the versions of an app together.
    QHash<QString, Agraph_t*> clusters;
    for (const graph::Node& node : graph.nodes) {
        if (node.type != graph::NodeType::Box || engine != QLatin1String("dot"))
            continue;
        const QByteArray name = "cluster_" + node.id.toUtf8();
        Agraph_t* cluster = agsubg(g, const_cast<char*>(name.constData()), 1);
        set(cluster, "margin", "14");
        clusters.insert(node.id, cluster);
    }
    QHash<QString, Agnode_t*> nodes;
    for (const graph::Node& node : graph.nodes) {
        if (node.type == graph::NodeType::Box)
            continue;
        Agraph_t* parent = clusters.value(node.parent, g);
        const QByteArray name = node.id.toUtf8();
        Agnode_t* n = agnode(parent, const_cast<char*>(name.constData()), 1);
        if (parent != g)
            agsubnode(g, n, 1);
        // Room for the label; estimated, since fonts are not for worker threads (≈ 6 pt per character at 8.5 pt).
        const double width = std::max(NodeItem::ShapeSize, 6.0 * double(node.displayName().size()) + 8);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", QByteArray::number(width / PointsPerInch));
        set(n, "height", QByteArray::number((NodeItem::ShapeSize + LabelHeight) / PointsPerInch));
        nodes.insert(node.id, n);
    }
    for (const graph::Edge& edge : graph.edges) {
        Agnode_t* from = nodes.value(edge.source);
        Agnode_t* to = nodes.value(edge.dest);
        if (from && to && from != to)
            agedge(g, from, to, nullptr, 1);
    }

    if (gvLayout(context, g, engine.toUtf8().constData()) != 0) {
        if (error)
            *error = QStringLiteral("Graphviz %1 layout failed").arg(engine);
    } else {
        // Graphviz's y grows upwards; the shape sits in the top part of the node's box, its label below.
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            const pointf centre = ND_coord(it.value());
            positions.nodes.insert(it.key(), QPointF(centre.x, -centre.y - LabelHeight / 2));
        }
        gvFreeLayout(context, g);
    }
    agclose(g);
    gvFreeContext(context);
    for (auto it = pinned.cbegin(); it != pinned.cend(); ++it) {
        if (positions.nodes.contains(it.key()))
            positions.nodes.insert(it.key(), it.value());
    }
    return positions;
}

} // namespace meshscope
