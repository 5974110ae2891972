#include "graphlayout.h"

#include "graphlayout_p.h"
#include "graphvizlock.h"
#include "models/core/background.h"

#include <QElapsedTimer>
#include <QSet>
#include <atomic>
#include <gvc.h>

namespace meshscope::graph {

using namespace layoutdetail;

namespace {

// cgraph's API takes char* for names that it never modifies.
char* text(const char* value)
{
    return const_cast<char*>(value);
}

// Graphviz reports errors through a process-wide callback; we collect them while we hold graphvizMutex().
QString* capturedErrors = nullptr;
int captureError(char* message)
{
    if (capturedErrors)
        capturedErrors->append(QString::fromUtf8(message).trimmed() + QLatin1Char(' '));
    return 0;
}
struct Placed
{
    std::vector<QPointF> centers; // y downwards
    QHash<int, QList<QPointF>> routes; // by edge index in graph.edges (dot only)
    QString error;
};

void setGraphAttributes(Agraph_t* g, const QString& engine)
{
    auto set = [g](const char* name, const char* value) { agattr(g, AGRAPH, text(name), text(value)); };
    if (engine == QLatin1String("dot")) {
        set("rankdir", "LR"); // sources on the left, like Kiali's dagre layout
        set("nodesep", "0.35");
        set("ranksep", "1.0");
        // Network-simplex and crossing-minimisation limits: without them dot takes tens of seconds on a few
        // hundred nodes with crossing edges.
        set("nslimit", "2");
        set("nslimit1", "2");
        set("mclimit", "0.5");
    } else if (engine == QLatin1String("sfdp")) {
        // Graphviz's own overlap removal (prism) takes several seconds at 5,000 nodes; separate() does it in
        // milliseconds. quadtree=fast: the Barnes-Hut approximation that makes sfdp ~1.5x faster.
        set("overlap", "true");
        set("quadtree", "fast");
    } else {
        set("overlap", "false");
    }
    auto setNode = [g](const char* name, const char* value) { agattr(g, AGNODE, text(name), text(value)); };
    setNode("shape", "box");
    setNode("fixedsize", "true");
    setNode("label", "");
    setNode("width", QByteArray::number(NodeWidth / 72.0).constData());
    setNode("height", QByteArray::number(NodeHeight / 72.0).constData());
}

// dot keeps the children of a box together as a cluster subgraph (nested for nested boxes).
Agraph_t* clusterFor(Agraph_t* root, const Graph& graph, const QSet<QString>& boxIds, const QString& boxId,
    QHash<QString, Agraph_t*>& clusters, int depth = 0)
{
    if (boxId.isEmpty() || !boxIds.contains(boxId) || depth > 8)
        return root;
    if (Agraph_t* existing = clusters.value(boxId))
        return existing;
    const Node* box = graph.node(boxId);
    Agraph_t* parent = clusterFor(root, graph, boxIds, box ? box->parent : QString(), clusters, depth + 1);
    const QByteArray name = "cluster_" + QByteArray::number(clusters.size());
    Agraph_t* cluster = agsubg(parent, text(name.constData()), 1);
    agsafeset(cluster, text("margin"), text("16"), text(""));
    clusters.insert(boxId, cluster);
    return cluster;
}

QPointF flip(pointf point, double top)
{
    return { point.x, top - point.y };
}

Placed runGraphviz(const Graph& graph, const Input& input, const QString& engine)
{
    Placed placed;
    const std::lock_guard lock(graphvizMutex());
    static GVC_t* context = gvContext(); // lives as long as the process; only used under the mutex
    QString errors;
    capturedErrors = &errors;
    const agusererrf previousHandler = agseterrf(captureError);

    Agraph_t* g = agopen(text("meshscope"), Agdirected, nullptr);
    setGraphAttributes(g, engine);
    const bool dot = engine == QLatin1String("dot");
    QSet<QString> boxIds;
    for (const Node* box : input.boxes)
        boxIds.insert(box->id);
    QHash<QString, Agraph_t*> clusters;
    std::vector<Agnode_t*> nodes;
    nodes.reserve(input.nodes.size());
    for (qsizetype i = 0; i < input.nodes.size(); ++i) {
        const QByteArray name = 'n' + QByteArray::number(i);
        Agnode_t* node = agnode(g, text(name.constData()), 1);
        if (dot && !input.nodes.at(i)->parent.isEmpty())
            agsubnode(clusterFor(g, graph, boxIds, input.nodes.at(i)->parent, clusters), node, 1);
        nodes.push_back(node);
    }
    std::vector<std::pair<int, Agedge_t*>> edges;
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const Edge& edge = graph.edges.at(i);
        const int from = input.index.value(edge.source, -1);
        const int to = input.index.value(edge.dest, -1);
        if (from >= 0 && to >= 0)
            edges.emplace_back(int(i), agedge(g, nodes[size_t(from)], nodes[size_t(to)], nullptr, 1));
    }

    if (gvLayout(context, g, engine.toUtf8().constData()) != 0) {
        placed.error = QStringLiteral("Graphviz could not lay out the graph with %1: %2")
                           .arg(engine, errors.isEmpty() ? QStringLiteral("unknown error") : errors.trimmed());
    } else {
        const double top = GD_bb(g).UR.y;
        placed.centers.reserve(nodes.size());
        for (Agnode_t* node : nodes)
            placed.centers.push_back(flip(ND_coord(node), top));
        if (dot) {
            for (const auto& [index, edge] : edges) {
                const splines* spline = ED_spl(edge);
                if (!spline)
                    continue;
                QList<QPointF> points;
                for (int b = 0; b < spline->size; ++b) {
                    const bezier& curve = spline->list[b];
                    if (curve.sflag)
                        points.append(flip(curve.sp, top));
                    for (int p = 0; p < curve.size; ++p)
                        points.append(flip(curve.list[p], top));
                    if (curve.eflag)
                        points.append(flip(curve.ep, top));
                }
                placed.routes.insert(index, points);
            }
        }
        gvFreeLayout(context, g);
    }
    agclose(g);
    agseterrf(previousHandler);
    capturedErrors = nullptr;
    return placed;
}

} // namespace

QStringList layoutEngines()
{
    return { QStringLiteral("dot"), QStringLiteral("sfdp"), QStringLiteral("neato"), QStringLiteral("fdp"),
        QStringLiteral("circo"), QStringLiteral("twopi"), QStringLiteral("osage"), QStringLiteral("patchwork") };
}

QString autoEngine(const Graph& graph)
{
    return graph.nodes.size() <= 300 && graph.edges.size() <= 600 ? QStringLiteral("dot") : QStringLiteral("sfdp");
}

Layout computeLayout(const Graph& graph, const LayoutOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    Layout layout;
    layout.engine = options.engine.isEmpty() ? autoEngine(graph) : options.engine;
    if (!layoutEngines().contains(layout.engine)) {
        layout.error = QStringLiteral("Unknown layout engine \"%1\"; use one of: %2")
                           .arg(layout.engine, layoutEngines().join(QStringLiteral(", ")));
        return layout;
    }
    const Input input = collect(graph);
    Placed placed;
    if (!input.nodes.isEmpty()) {
        placed = runGraphviz(graph, input, layout.engine);
        if (!placed.error.isEmpty()) {
            layout.error = placed.error;
            layout.seconds = double(timer.nsecsElapsed()) / 1e9;
            return layout;
        }
    }
    std::vector<QPointF>& centers = placed.centers;

    // Pinned nodes: shift the whole layout so it lines up with the pins on average, then put them exactly there.
    std::vector<bool> fixed(centers.size(), false);
    QPointF shift;
    int pins = 0;
    for (const auto& [id, position] : options.pinned.asKeyValueRange()) {
        const int i = input.index.value(id, -1);
        if (i >= 0) {
            shift += position - centers[size_t(i)];
            ++pins;
        }
    }
    if (pins > 0) {
        shift /= pins;
        for (QPointF& center : centers)
            center += shift;
        for (QList<QPointF>& points : placed.routes) {
            for (QPointF& point : points)
                point += shift;
        }
        for (const auto& [id, position] : options.pinned.asKeyValueRange()) {
            const int i = input.index.value(id, -1);
            if (i >= 0) {
                centers[size_t(i)] = position;
                fixed[size_t(i)] = true;
            }
        }
    }
    const bool dot = layout.engine == QLatin1String("dot");
    const std::vector<QPointF> before = centers;
    if (dot) {
        if (pins > 0) // dot never overlaps nodes, but pins may land anywhere
            clearAroundFixed(centers, fixed);
    } else {
        std::vector<bool> loner(centers.size(), true);
        for (const Edge& edge : graph.edges) {
            const int a = input.index.value(edge.source, -1);
            const int b = input.index.value(edge.dest, -1);
            if (a >= 0 && b >= 0 && a != b)
                loner[size_t(a)] = loner[size_t(b)] = false;
        }
        spreadAndSnap(centers, fixed, loner);
        placeLoners(centers, fixed, loner);
    }

    for (qsizetype i = 0; i < input.nodes.size(); ++i)
        layout.nodes.insert(input.nodes.at(i)->id, { centers[size_t(i)], nodeSize });
    placeBoxes(layout, graph, input.boxes);

    layout.edges.reserve(graph.edges.size());
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const Edge& edge = graph.edges.at(i);
        const auto from = layout.nodes.constFind(edge.source);
        const auto to = layout.nodes.constFind(edge.dest);
        if (from == layout.nodes.cend() || to == layout.nodes.cend())
            continue;
        // dot's route while both ends are where dot put them; else a straight line between the centres.
        const int a = input.index.value(edge.source, -1);
        const int b = input.index.value(edge.dest, -1);
        const bool unmoved = a >= 0 && b >= 0 && centers[size_t(a)] == before[size_t(a)]
            && centers[size_t(b)] == before[size_t(b)] && !fixed[size_t(a)] && !fixed[size_t(b)];
        if (unmoved && placed.routes.contains(int(i)))
            layout.edges.insert(edge.id(), placed.routes.value(int(i)));
        else
            layout.edges.insert(edge.id(), { from->center, to->center });
    }
    layout.bounds = boundsOf(layout);
    layout.seconds = double(timer.nsecsElapsed()) / 1e9;
    return layout;
}

GraphPositions positionsOf(const Layout& layout)
{
    GraphPositions positions;
    positions.nodes.reserve(layout.nodes.size());
    for (auto it = layout.nodes.cbegin(); it != layout.nodes.cend(); ++it)
        positions.nodes.insert(it.key(), it.value().center);
    positions.edges = layout.edges;
    return positions;
}

Layout layoutOf(const GraphPositions& positions)
{
    Layout layout;
    layout.nodes.reserve(positions.nodes.size());
    for (auto it = positions.nodes.cbegin(); it != positions.nodes.cend(); ++it)
        layout.nodes.insert(it.key(), { it.value(), nodeSize });
    layout.edges = positions.edges;
    layout.bounds = boundsOf(layout);
    return layout;
}

namespace {
const QString layoutLane = QStringLiteral("layout");
} // namespace

GraphLayouter::GraphLayouter(QObject* parent)
    : QObject(parent)
{ }

void GraphLayouter::request(std::shared_ptr<const Graph> graph, LayoutOptions options, Done done)
{
    const JobTracker::Ticket ticket = m_jobs.start(layoutLane);
    // Set when the request is superseded, so a layout that has not started yet (Graphviz runs one at a time) is
    // skipped instead of costing seconds of CPU for nothing.
    auto superseded = std::make_shared<std::atomic<bool>>(false);
    m_jobs.onCancel(ticket, [superseded] { superseded->store(true); });
    runInBackground(
        this,
        [graph = std::move(graph), options = std::move(options), superseded] {
            if (superseded->load() || !graph)
                return Layout {};
            return computeLayout(*graph, options);
        },
        m_jobs.guard(ticket, [this, ticket, done = std::move(done)](const Layout& layout) {
            m_jobs.finish(ticket);
            done(layout);
        }));
}

void GraphLayouter::cancel()
{
    m_jobs.cancel(layoutLane);
}

bool GraphLayouter::isBusy() const
{
    return m_jobs.isBusy(layoutLane);
}

} // namespace meshscope::graph
