#include "graphlayout.h"

#include "graphlayoutgrid_p.h"
#include "graphvizlock.h"
#include "models/kube/background.h"

#include <QElapsedTimer>
#include <QSet>
#include <cmath>
#include <gvc.h>
#include <limits>
#include <vector>

namespace meshscope::graph {

namespace {

// Every node gets the same box: the view draws a ~40 pt shape with its label under it.
constexpr double NodeWidth = 90;
constexpr double NodeHeight = 60;
constexpr double Gap = 30; // free space kept between nodes when we place them ourselves
constexpr double BoxPadding = 15;
constexpr double BoxLabel = 20; // room for the box's label above its children

const QSizeF nodeSize(NodeWidth, NodeHeight);
const QSizeF cellSize(NodeWidth + Gap, NodeHeight + Gap);

QRectF rectAround(QPointF center, QSizeF size)
{
    return { center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(), size.height() };
}

QRectF cellRect(QPointF center)
{
    return rectAround(center, cellSize - QSizeF(1, 1));
}

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

struct Input
{
    QList<const Node*> nodes; // what Graphviz lays out (boxes with children are drawn around them instead)
    QHash<QString, int> index; // Node::id → position in nodes
    QList<const Node*> boxes; // boxes with children
};

Input collect(const Graph& graph)
{
    QSet<QString> parents;
    for (const Node& node : graph.nodes) {
        if (!node.parent.isEmpty())
            parents.insert(node.parent);
    }
    Input input;
    QSet<QString> seen;
    for (const Node& node : graph.nodes) {
        if (seen.contains(node.id))
            continue; // a duplicate id is laid out once
        seen.insert(node.id);
        if (node.type == NodeType::Box && parents.contains(node.id)) {
            input.boxes.append(&node);
            continue;
        }
        input.index.insert(node.id, int(input.nodes.size()));
        input.nodes.append(&node);
    }
    return input;
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

// Snaps every node that is not fixed to the grid cell its centre is in, or the nearest free one when another node
// got there first (fixed nodes keep their place and their cells). Returns how many nodes had to go elsewhere.
size_t snapToGrid(std::vector<QPointF>& centers, const std::vector<bool>& fixed, const std::vector<bool>& skip)
{
    LayoutGrid grid(cellSize);
    for (size_t i = 0; i < centers.size(); ++i) {
        if (fixed[i])
            grid.occupy(cellRect(centers[i]));
    }
    std::vector<size_t> conflicts;
    for (size_t i = 0; i < centers.size(); ++i) {
        if (fixed[i] || skip[i])
            continue;
        if (const std::optional<QPointF> cell = grid.takeCellAt(centers[i]))
            centers[i] = *cell;
        else
            conflicts.push_back(i);
    }
    for (size_t i : conflicts)
        centers[i] = grid.takeNearestFree(centers[i]);
    return conflicts.size();
}

// sfdp and the other force-directed engines pack nodes tighter than their size (we leave Graphviz's overlap removal
// off: it takes seconds at 5,000 nodes). Spread the layout until few nodes share a grid cell, then snap to the grid:
// no two nodes overlap, and the picture stays the engine's. Nodes in skip are left alone.
void spreadAndSnap(std::vector<QPointF>& centers, const std::vector<bool>& fixed, const std::vector<bool>& skip)
{
    size_t count = 0;
    QPointF low(std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
    QPointF high(std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest());
    for (size_t i = 0; i < centers.size(); ++i) {
        if (fixed[i] || skip[i])
            continue;
        ++count;
        low = QPointF(std::min(low.x(), centers[i].x()), std::min(low.y(), centers[i].y()));
        high = QPointF(std::max(high.x(), centers[i].x()), std::max(high.y(), centers[i].y()));
    }
    if (count == 0)
        return;
    const double area = std::max(high.x() - low.x(), 1.0) * std::max(high.y() - low.y(), 1.0);
    const double needed = double(count) * cellSize.width() * cellSize.height();
    double scale = std::max(1.0, std::sqrt(needed / area));
    const std::vector<QPointF> original = centers;
    for (int attempt = 0;; ++attempt) {
        for (size_t i = 0; i < centers.size(); ++i) {
            if (!fixed[i] && !skip[i])
                centers[i] = low + (original[i] - low) * scale;
        }
        std::vector<QPointF> trial = centers;
        const size_t moved = snapToGrid(trial, fixed, skip);
        if (moved * 10 <= count || attempt == 6) {
            centers = std::move(trial);
            return;
        }
        scale *= 1.25;
    }
}

// Moves the nodes that overlap a fixed (pinned) node or each other to the nearest free cell; the others stay.
void clearAroundFixed(std::vector<QPointF>& centers, const std::vector<bool>& fixed)
{
    LayoutGrid grid(cellSize);
    for (size_t i = 0; i < centers.size(); ++i) {
        if (fixed[i])
            grid.occupy(cellRect(centers[i]));
    }
    std::vector<size_t> conflicts;
    for (size_t i = 0; i < centers.size(); ++i) {
        if (fixed[i])
            continue;
        if (grid.isFree(cellRect(centers[i])))
            grid.occupy(cellRect(centers[i]));
        else
            conflicts.push_back(i);
    }
    for (size_t i : conflicts)
        centers[i] = grid.takeNearestFree(centers[i]);
}

// Nodes without edges (idle workloads): force-directed engines fling them far out. Put them in rows under the rest.
void placeLoners(std::vector<QPointF>& centers, const std::vector<bool>& fixed, const std::vector<bool>& loner)
{
    LayoutGrid grid(cellSize);
    QRectF rest;
    size_t loners = 0;
    for (size_t i = 0; i < centers.size(); ++i) {
        if (loner[i] && !fixed[i]) {
            ++loners;
            continue;
        }
        grid.occupy(cellRect(centers[i]));
        rest = rest.united(rectAround(centers[i], nodeSize));
    }
    const int perRow = std::max(1, int(std::ceil(std::sqrt(double(loners)))));
    const QPointF start(rest.left() + cellSize.width() / 2, rest.bottom() + cellSize.height());
    int placed = 0;
    for (size_t i = 0; i < centers.size(); ++i) {
        if (!loner[i] || fixed[i])
            continue;
        const QPointF wanted
            = start + QPointF((placed % perRow) * cellSize.width(), (placed / perRow) * cellSize.height());
        centers[i] = grid.takeNearestFree(wanted);
        ++placed;
    }
}

// Box nodes surround their children (innermost boxes first, so nested boxes include their inner boxes).
void placeBoxes(Layout& layout, const Graph& graph, const QList<const Node*>& boxes)
{
    QHash<QString, QList<QString>> children;
    for (const Node& node : graph.nodes) {
        if (!node.parent.isEmpty())
            children[node.parent].append(node.id);
    }
    QList<const Node*> pending = boxes;
    for (int round = 0; round < 8 && !pending.isEmpty(); ++round) {
        QList<const Node*> later;
        for (const Node* box : std::as_const(pending)) {
            QRectF area;
            bool ready = true;
            for (const QString& child : children.value(box->id)) {
                const auto placement = layout.nodes.constFind(child);
                if (placement != layout.nodes.cend())
                    area = area.united(rectAround(placement->center, placement->size));
                else if (graph.node(child) && graph.node(child)->type == NodeType::Box)
                    ready = false; // an inner box not placed yet
            }
            if (!ready && round < 7) {
                later.append(box);
                continue;
            }
            if (area.isNull())
                area = QRectF(0, 0, NodeWidth, NodeHeight);
            area.adjust(-BoxPadding, -BoxPadding - BoxLabel, BoxPadding, BoxPadding);
            layout.nodes.insert(box->id, { area.center(), area.size() });
        }
        pending = later;
    }
}

QRectF boundsOf(const Layout& layout)
{
    QRectF bounds;
    for (const NodePlacement& placement : layout.nodes)
        bounds = bounds.united(rectAround(placement.center, placement.size));
    return bounds;
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

Layout extendLayout(const Layout& previous, const Graph& graph)
{
    QElapsedTimer timer;
    timer.start();
    Layout layout;
    layout.engine = previous.engine;
    const Input input = collect(graph);
    LayoutGrid grid(cellSize);
    QList<const Node*> fresh;
    for (const Node* node : input.nodes) {
        const auto old = previous.nodes.constFind(node->id);
        if (old != previous.nodes.cend()) {
            layout.nodes.insert(node->id, *old);
            grid.occupy(rectAround(old->center, old->size + QSizeF(Gap, Gap)));
        } else {
            fresh.append(node);
        }
    }
    // Boxes that stay keep their area free too (their children may be new and go inside later).
    for (const Node* box : input.boxes) {
        const auto old = previous.nodes.constFind(box->id);
        if (old != previous.nodes.cend())
            grid.occupy(rectAround(old->center, old->size));
    }

    // A new node goes next to its placed neighbours: right of its sources, left of its destinations. Chains of new
    // nodes are placed link by link; nodes with no placed neighbour at all go in a row under the rest.
    QHash<QString, QList<std::pair<QString, double>>> neighbours; // id → (neighbour, side)
    for (const Edge& edge : graph.edges) {
        if (edge.source == edge.dest)
            continue;
        neighbours[edge.dest].append({ edge.source, +1.0 });
        neighbours[edge.source].append({ edge.dest, -1.0 });
    }
    bool progress = true;
    while (progress && !fresh.isEmpty()) {
        progress = false;
        QList<const Node*> waiting;
        for (const Node* node : std::as_const(fresh)) {
            QPointF sum;
            int count = 0;
            for (const auto& [other, side] : neighbours.value(node->id)) {
                const auto placement = layout.nodes.constFind(other);
                if (placement == layout.nodes.cend())
                    continue;
                sum += placement->center + QPointF(side * cellSize.width() * 1.5, 0);
                ++count;
            }
            if (count == 0) {
                waiting.append(node);
                continue;
            }
            layout.nodes.insert(node->id, { grid.takeNearestFree(sum / count), nodeSize });
            progress = true;
        }
        fresh = waiting;
    }
    const QRectF placedBounds = boundsOf(layout);
    QPointF next(placedBounds.left() + cellSize.width() / 2, placedBounds.bottom() + cellSize.height());
    for (const Node* node : std::as_const(fresh)) {
        const QPointF center = grid.takeNearestFree(next);
        layout.nodes.insert(node->id, { center, nodeSize });
        next = center + QPointF(cellSize.width(), 0);
    }
    placeBoxes(layout, graph, input.boxes);

    for (const Edge& edge : graph.edges) {
        const auto from = layout.nodes.constFind(edge.source);
        const auto to = layout.nodes.constFind(edge.dest);
        if (from == layout.nodes.cend() || to == layout.nodes.cend())
            continue;
        const QString id = edge.id();
        const auto route = previous.edges.constFind(id);
        const bool bothOld = previous.nodes.contains(edge.source) && previous.nodes.contains(edge.dest);
        if (bothOld && route != previous.edges.cend())
            layout.edges.insert(id, *route);
        else
            layout.edges.insert(id, { from->center, to->center });
    }
    layout.bounds = boundsOf(layout);
    layout.seconds = double(timer.nsecsElapsed()) / 1e9;
    return layout;
}

bool sameTopology(const Graph& a, const Graph& b)
{
    if (a.nodes.size() != b.nodes.size() || a.edges.size() != b.edges.size())
        return false;
    // Refreshes usually list everything in the same order: compare in place first, sets only if that fails.
    bool inOrder = true;
    for (qsizetype i = 0; i < a.nodes.size() && inOrder; ++i)
        inOrder = a.nodes.at(i).id == b.nodes.at(i).id;
    for (qsizetype i = 0; i < a.edges.size() && inOrder; ++i) {
        const Edge& x = a.edges.at(i);
        const Edge& y = b.edges.at(i);
        inOrder = x.source == y.source && x.dest == y.dest && x.protocol == y.protocol;
    }
    if (inOrder)
        return true;
    QSet<QString> nodes;
    nodes.reserve(a.nodes.size());
    for (const Node& node : a.nodes)
        nodes.insert(node.id);
    for (const Node& node : b.nodes) {
        if (!nodes.contains(node.id))
            return false;
    }
    QSet<QString> edges;
    edges.reserve(a.edges.size());
    for (const Edge& edge : a.edges)
        edges.insert(edge.id());
    for (const Edge& edge : b.edges) {
        if (!edges.contains(edge.id()))
            return false;
    }
    return true;
}

GraphLayouter::GraphLayouter(QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{ }

int GraphLayouter::request(std::shared_ptr<const Graph> graph, LayoutOptions options)
{
    const int job = ++*m_latest;
    auto latest = m_latest;
    runInBackground(
        this,
        [graph = std::move(graph), options = std::move(options), latest, job] {
            if (latest->load() != job || !graph)
                return Layout {}; // superseded before it started: not worth the CPU
            return computeLayout(*graph, options);
        },
        [this, job](Layout layout) {
            if (job == m_latest->load())
                emit finished(job, layout);
        });
    return job;
}

} // namespace meshscope::graph
