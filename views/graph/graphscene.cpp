#include "graphscene.h"

#include "edgeitem.h"
#include "nodeitem.h"
#include "trafficitem.h"

#include <QGraphicsView>
#include <QSet>
#include <QThreadPool>

namespace meshscope {

namespace {

constexpr int AnimationIntervalMs = 40;

// Freeing tens of thousands of nodes and edges takes milliseconds the GUI thread can spend better; nothing
// points into the old graph any more (the items were retargeted), so the last reference may go anywhere.
void releaseInBackground(std::shared_ptr<const graph::Graph> graph)
{
    if (graph && graph.use_count() == 1 && graph->edges.size() > 1000)
        QThreadPool::globalInstance()->start([graph = std::move(graph)]() mutable { graph.reset(); });
}

} // namespace

GraphScene::GraphScene(QObject* parent)
    : QGraphicsScene(parent)
    , m_traffic(new TrafficItem(this))
{
    // The BSP index suits many small static items; long edges span most of its leaves and make lookups and
    // updates crawl on large graphs. A linear walk over 30,000 items per frame is much cheaper.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    addItem(m_traffic);
    m_animationTimer.setInterval(AnimationIntervalMs);
    connect(&m_animationTimer, &QTimer::timeout, this, &GraphScene::advanceAnimation);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::emitSelection);
}

GraphScene::~GraphScene()
{
    blockSignals(true); // deleting selected items would announce a selection change to half-destroyed listeners
    clearGraph();
}

bool GraphScene::showNamespaces() const
{
    if (!m_graph)
        return false;
    QString first;
    for (const graph::Node& node : m_graph->nodes) {
        if (node.isOutside || node.namespace_.isEmpty() || node.type == graph::NodeType::Unknown)
            continue;
        if (first.isEmpty())
            first = node.namespace_;
        else if (node.namespace_ != first)
            return true;
    }
    return false;
}

void GraphScene::setGraph(std::shared_ptr<const graph::Graph> graph, const ScenePositions& positions)
{
    if (!graph)
        return clearGraph();
    std::shared_ptr<const graph::Graph> previous = m_graph; // items point into it until retargeted
    m_graph = std::move(graph);
    const bool withNamespaces = showNamespaces();
    bool churn = false;
    m_placing = true;
    m_maxLabelScale = GraphDetail::maxLabelScale(m_graph->nodes.size());

    // Nodes: keep the items of ids that stay, add the new ones.
    QSet<QString> seen;
    m_nodeList.clear();
    m_edgeList.clear();
    QPointF nextFree = graphBounds().isNull() ? QPointF() : graphBounds().topRight() + QPointF(80, 0);
    for (const graph::Node& node : m_graph->nodes) {
        const bool repeated = seen.contains(node.id);
        seen.insert(node.id);
        NodeItem* item = m_nodes.value(node.id);
        const auto placed = positions.nodes.constFind(node.id);
        if (item) {
            if (!repeated)
                m_nodeList.append(item);
            item->setNode(&node, withNamespaces, m_maxLabelScale);
            if (!item->isPinned() && placed != positions.nodes.cend() && item->pos() != *placed)
                item->setPos(*placed);
            continue;
        }
        churn = true;
        item = new NodeItem(&node);
        item->setNode(&node, withNamespaces, m_maxLabelScale);
        if (placed != positions.nodes.cend()) {
            item->setPos(*placed);
        } else if (!item->isBox()) {
            item->setPos(nextFree);
            nextFree += QPointF(0, 80);
        }
        addItem(item);
        m_nodes.insert(node.id, item);
        m_nodeList.append(item);
    }
    QList<NodeItem*> goneNodes;
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        goneNodes.append(it.value());
        it = m_nodes.erase(it);
    }

    // Edges: the same for edge ids; an edge whose nodes were replaced is rebuilt.
    seen.clear();
    m_edgeAt.clear();
    m_edgeAt.reserve(m_graph->edges.size());
    for (const graph::Edge& edge : m_graph->edges) {
        const QString id = edge.id();
        NodeItem* source = m_nodes.value(edge.source);
        NodeItem* dest = m_nodes.value(edge.dest);
        if (!source || !dest || seen.contains(id)) {
            // An edge to a node that is not in the graph: nothing to draw it to. A repeated id is drawn once.
            m_edgeAt.append(source && dest ? m_edges.value(id) : nullptr);
            continue;
        }
        seen.insert(id);
        EdgeItem* item = m_edges.value(id);
        if (item && item->sourceNode() == source && item->destNode() == dest) {
            m_edgeList.append(item);
            m_edgeAt.append(item);
            item->setEdge(&edge);
            continue;
        }
        if (item) {
            item->sourceNode()->removeEdge(item);
            item->destNode()->removeEdge(item);
            delete item;
        }
        churn = true;
        item = new EdgeItem(&edge, source, dest);
        addItem(item);
        m_edges.insert(id, item);
        m_edgeList.append(item);
        m_edgeAt.append(item);
    }
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        churn = true;
        EdgeItem* item = it.value();
        item->sourceNode()->removeEdge(item);
        item->destNode()->removeEdge(item);
        delete item;
        it = m_edges.erase(it);
    }
    churn = churn || !goneNodes.isEmpty();
    qDeleteAll(goneNodes);
    m_boxChildren.clear();
    for (NodeItem* item : std::as_const(m_nodes)) {
        if (!item->node().parent.isEmpty() && m_nodes.contains(item->node().parent))
            m_boxChildren[item->node().parent].append(item);
    }

    m_placing = false;
    for (EdgeItem* item : std::as_const(m_edges))
        item->setRoute(positions.edges.value(item->id()));
    assignBends();
    for (EdgeItem* item : std::as_const(m_edges))
        item->adjust();
    applyVisibility();
    m_traffic->setBounds(graphBounds().adjusted(-50, -50, 50, 50));
    updateAnimationTimer();
    releaseInBackground(std::move(previous));
    if (churn)
        emit graphChanged();
}

bool GraphScene::updateGraph(std::shared_ptr<const graph::Graph> graph)
{
    if (!graph || !m_graph || graph->nodes.size() != m_nodes.size())
        return false;
    // Match everything first; only a complete match touches the items.
    QList<NodeItem*> nodes;
    nodes.reserve(graph->nodes.size());
    for (const graph::Node& node : graph->nodes) {
        NodeItem* item = m_nodes.value(node.id);
        if (!item)
            return false;
        nodes.append(item);
    }
    QList<std::pair<EdgeItem*, const graph::Edge*>> edges;
    edges.reserve(graph->edges.size());
    QList<EdgeItem*> edgeAt;
    // A refresh usually lists the edges in the same order as the last one: then each keeps the item of its
    // position, without building 40,000 ids to look up.
    const QList<graph::Edge>& before = m_graph->edges;
    bool inOrder = before.size() == graph->edges.size() && m_edgeAt.size() == before.size();
    for (qsizetype i = 0; i < before.size() && inOrder; ++i) {
        const graph::Edge& a = before.at(i);
        const graph::Edge& b = graph->edges.at(i);
        inOrder = a.source == b.source && a.dest == b.dest && a.protocol == b.protocol;
    }
    if (inOrder) {
        edgeAt = m_edgeAt;
        for (qsizetype i = 0; i < edgeAt.size(); ++i) {
            if (EdgeItem* item = edgeAt.at(i))
                edges.append({ item, &graph->edges.at(i) });
        }
    } else {
        edgeAt.reserve(graph->edges.size());
        for (const graph::Edge& edge : graph->edges) {
            EdgeItem* item = m_edges.value(edge.id());
            edgeAt.append(item);
            if (item) {
                edges.append({ item, &edge });
                continue;
            }
            if (m_nodes.contains(edge.source) && m_nodes.contains(edge.dest))
                return false; // a new edge (edges to unknown nodes are never drawn)
        }
    }
    if (edges.size() != m_edges.size()) {
        // Only duplicates of the same id (drawn once) may make up the difference.
        QSet<const EdgeItem*> distinct;
        for (const auto& pair : std::as_const(edges))
            distinct.insert(pair.first);
        if (distinct.size() != m_edges.size())
            return false;
    }

    std::shared_ptr<const graph::Graph> previous = m_graph; // items point into it until retargeted
    m_graph = std::move(graph);
    m_edgeAt = std::move(edgeAt);
    m_bulkUpdate = true; // one repaint at the end instead of one per item
    for (qsizetype i = 0; i < nodes.size(); ++i)
        nodes[i]->retarget(&m_graph->nodes[i]); // same ids, same namespaces: the labels stay
    for (const auto& [item, edge] : std::as_const(edges))
        item->setEdge(edge);
    m_bulkUpdate = false;
    applyVisibility();
    update();
    releaseInBackground(std::move(previous));
    return true;
}

void GraphScene::clearGraph()
{
    const bool had = !m_nodes.isEmpty();
    m_edgeList.clear();
    m_edgeAt.clear();
    m_nodeList.clear();
    qDeleteAll(m_edges);
    m_edges.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
    m_graph.reset();
    m_animationTimer.stop();
    if (had)
        emit graphChanged();
}

void GraphScene::assignBends()
{
    // A→B and B→A (or an http and a tcp edge between the same pair) would overlap as straight lines: bend them
    // to opposite sides.
    QHash<QString, int> perPair;
    for (EdgeItem* item : std::as_const(m_edges)) {
        const QString& a = item->sourceNode()->id();
        const QString& b = item->destNode()->id();
        perPair[a < b ? a + QLatin1Char('\n') + b : b + QLatin1Char('\n') + a] += 1;
    }
    QHash<QString, int> placed;
    for (EdgeItem* item : std::as_const(m_edges)) {
        const QString& a = item->sourceNode()->id();
        const QString& b = item->destNode()->id();
        const QString key = a < b ? a + QLatin1Char('\n') + b : b + QLatin1Char('\n') + a;
        if (perPair.value(key) < 2) {
            item->setBend(0);
            continue;
        }
        const int index = placed[key]++;
        item->setBend(18.0 * (index + 1));
    }
}

ScenePositions GraphScene::positions() const
{
    ScenePositions result;
    result.nodes.reserve(m_nodes.size());
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        result.nodes.insert(it.key(), it.value()->pos());
    return result;
}

QHash<QString, QPointF> GraphScene::pinnedPositions() const
{
    QHash<QString, QPointF> result;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it.value()->isPinned())
            result.insert(it.key(), it.value()->pos());
    }
    return result;
}

QRectF GraphScene::graphBounds() const
{
    QRectF bounds;
    for (const NodeItem* item : m_nodes) {
        if (item->isVisible())
            bounds = bounds.united(item->sceneBoundingRect());
    }
    for (const EdgeItem* item : m_edges) {
        if (item->isVisible())
            bounds = bounds.united(item->sceneBoundingRect());
    }
    return bounds;
}

void GraphScene::setDisplay(const GraphDisplay& display)
{
    if (display == m_display)
        return;
    const bool labelsChanged = display.edgeLabel != m_display.edgeLabel || display.security != m_display.security;
    m_display = display;
    if (labelsChanged) {
        for (EdgeItem* item : std::as_const(m_edges))
            item->refreshLabel();
    }
    applyVisibility();
    updateAnimationTimer();
    update();
}

void GraphScene::setColors(const GraphColors& colors)
{
    m_colors = colors;
    setBackgroundBrush(colors.background);
    for (EdgeItem* item : std::as_const(m_edges))
        item->refreshLabel(); // the error line's colour is part of the label text
    update();
}

void GraphScene::setFind(NodeMatch nodes, EdgeMatch edges)
{
    m_findNodes = std::move(nodes);
    m_findEdges = std::move(edges);
    applyVisibility();
}

void GraphScene::setHide(NodeMatch nodes, EdgeMatch edges)
{
    m_hideNodes = std::move(nodes);
    m_hideEdges = std::move(edges);
    applyVisibility();
}

void GraphScene::applyVisibility()
{
    // Kiali's hide: the matching nodes and edges, then the nodes left with only hidden edges (not idle ones:
    // showing those is an explicit option), then every edge of a hidden node.
    QSet<const EdgeItem*> hiddenEdges;
    // The lists, not the hashes: the same items in memory order (a refresh of 50,000 items reads them all).
    if (m_hideEdges) {
        for (const EdgeItem* item : std::as_const(m_edgeList)) {
            if (m_hideEdges(item->edge()))
                hiddenEdges.insert(item);
        }
    }
    auto onlyHiddenEdges = [&hiddenEdges](const NodeItem* item) {
        return !hiddenEdges.isEmpty() && !item->edges().isEmpty()
            && std::all_of(item->edges().cbegin(), item->edges().cend(),
                [&](const EdgeItem* edge) { return hiddenEdges.contains(edge); });
    };
    for (NodeItem* item : std::as_const(m_nodeList)) {
        const graph::Node& node = item->node();
        if (item->isBox())
            continue; // follows its children, below
        bool visible = !(node.isIdle && !m_display.idleNodes);
        visible = visible && !(m_hideNodes && m_hideNodes(node));
        visible = visible && !(!node.isIdle && onlyHiddenEdges(item));
        if (item->isVisible() != visible)
            item->setVisible(visible);
        item->setHighlighted(visible && m_findNodes && m_findNodes(node));
    }
    updateBoxes();
    for (EdgeItem* item : std::as_const(m_edgeList)) {
        bool visible = item->sourceNode()->isVisible() && item->destNode()->isVisible();
        visible = visible && !hiddenEdges.contains(item);
        if (item->isVisible() != visible)
            item->setVisible(visible);
        item->setHighlighted(visible && m_findEdges && m_findEdges(item->edge()));
    }
}

QStringList GraphScene::highlightedNodeIds() const
{
    QStringList ids;
    for (const NodeItem* item : m_nodes) {
        if (item->isHighlighted())
            ids << item->id();
    }
    ids.sort();
    return ids;
}

QStringList GraphScene::visibleNodeIds() const
{
    QStringList ids;
    for (const NodeItem* item : m_nodes) {
        if (item->isVisible())
            ids << item->id();
    }
    ids.sort();
    return ids;
}

std::pair<int, int> GraphScene::visibleCounts() const
{
    int nodes = 0, edges = 0;
    for (const NodeItem* item : m_nodeList)
        nodes += item->isVisible() && !item->isBox() ? 1 : 0;
    for (const EdgeItem* item : m_edgeList)
        edges += item->isVisible() ? 1 : 0;
    return { nodes, edges };
}

void GraphScene::renderClean(QPainter* painter, const QRectF& target, const QRectF& source)
{
    const QList<QGraphicsItem*> selected = selectedItems();
    {
        const QSignalBlocker blocker(this); // the page would take this for the user leaving the selection
        for (QGraphicsItem* item : selected)
            item->setSelected(false);
        m_traffic->setVisible(false);
    }
    render(painter, target, source);
    const QSignalBlocker blocker(this);
    m_traffic->setVisible(true);
    for (QGraphicsItem* item : selected)
        item->setSelected(true);
}

QString GraphScene::toolTipFor(const QString& id) const
{
    if (!m_graph || id.isEmpty())
        return {};
    if (const graph::Node* node = m_graph->node(id)) {
        QString tip = nodeTooltip(*node);
        for (const graph::NodeBadge& badge : m_extraBadges.value(id))
            tip += QStringLiteral("<br>")
                + badge.toolTip.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        return tip;
    }
    if (const graph::Edge* edge = m_graph->edge(id))
        return edgeTooltip(*edge, m_graph->node(edge->source), m_graph->node(edge->dest));
    return {};
}

QString GraphScene::idAt(const QPointF& scenePos, const QTransform& viewTransform) const
{
    // The topmost node or edge: the traffic dots (one item over the whole graph) and hidden items do not count.
    for (QGraphicsItem* item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, viewTransform)) {
        if (!item->isVisible())
            continue;
        if (item->type() == NodeItem::Type && !static_cast<NodeItem*>(item)->isBox())
            return static_cast<NodeItem*>(item)->id();
        if (item->type() == EdgeItem::Type)
            return static_cast<EdgeItem*>(item)->id();
    }
    return {};
}

QString GraphScene::boxAt(const QPointF& scenePos, const QTransform& viewTransform) const
{
    for (QGraphicsItem* item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, viewTransform)) {
        if (item->isVisible() && item->type() == NodeItem::Type && static_cast<NodeItem*>(item)->isBox())
            return static_cast<NodeItem*>(item)->id();
    }
    return {};
}

void GraphScene::setExtraBadges(const QHash<QString, QList<graph::NodeBadge>>& badges)
{
    m_extraBadges = badges;
    update();
}

void GraphScene::selectItem(const QString& id)
{
    clearSelection();
    if (NodeItem* node = m_nodes.value(id))
        node->setSelected(true);
    else if (EdgeItem* edge = m_edges.value(id))
        edge->setSelected(true);
}

void GraphScene::emitSelection()
{
    const QList<QGraphicsItem*> selected = selectedItems();
    if (selected.isEmpty())
        return emit selectionCleared();
    QGraphicsItem* item = selected.first();
    if (item->type() == NodeItem::Type)
        emit nodeSelected(static_cast<NodeItem*>(item)->id());
    else if (item->type() == EdgeItem::Type)
        emit edgeSelected(static_cast<EdgeItem*>(item)->id());
}

void GraphScene::notifyNodeMoved(NodeItem* node)
{
    if (m_placing)
        return;
    for (EdgeItem* edge : node->edges())
        edge->adjust();
    if (NodeItem* box = m_nodes.value(node->node().parent); box && box->isBox())
        updateBox(box);
}

void GraphScene::updateBoxes()
{
    for (NodeItem* item : std::as_const(m_nodes)) {
        if (item->isBox())
            updateBox(item);
    }
}

void GraphScene::updateBox(NodeItem* box)
{
    QRectF bounds;
    for (const NodeItem* child : m_boxChildren.value(box->id())) {
        if (child->isVisible())
            bounds = bounds.united(child->sceneBoundingRect());
    }
    box->setVisible(!bounds.isNull());
    if (bounds.isNull())
        return;
    box->setBoxRect(bounds.adjusted(-10, -22, 10, 6)); // room for the box's label on top
    box->setHighlighted(m_findNodes && m_findNodes(box->node()));
}

void GraphScene::notifyNodeDragged(NodeItem* node)
{
    m_traffic->setBounds(graphBounds().adjusted(-50, -50, 50, 50));
    emit nodePinned(node->id(), node->pos());
}

void GraphScene::updateAnimationTimer()
{
    const bool run = m_display.animation && !m_edges.isEmpty();
    if (run && !m_animationTimer.isActive()) {
        m_animationClock.start();
        m_animationTimer.start();
    } else if (!run) {
        m_animationTimer.stop();
    }
    m_traffic->update();
}

void GraphScene::advanceAnimation()
{
    // Repaint only when someone looks closely enough to see dots (zoomed far out the dots are not drawn, and a
    // repaint of a whole large graph 25 times a second would only burn CPU).
    bool shown = false;
    for (const QGraphicsView* view : views())
        shown = shown || (view->isVisible() && view->transform().m11() >= TrafficItem::MinimumZoom);
    if (!shown)
        return;
    m_animationSeconds = m_animationClock.isValid() ? double(m_animationClock.elapsed()) / 1000 : 0;
    m_traffic->update();
}

} // namespace meshscope
