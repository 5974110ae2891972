#pragma once

#include "graphstyle.h"
#include "models/graph/graphlayout.h"
#include "models/graph/graphnodeextras.h"
#include "models/graph/graphtypes.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHash>
#include <QTimer>
#include <functional>
#include <memory>

namespace meshscope {

class EdgeItem;
class NodeItem;
class TrafficItem;

// Where the nodes go (centres, scene coordinates) and, optionally, the routes of the edges: the controller's
// positions (GraphRefresh).
using ScenePositions = graph::GraphPositions;

// The traffic graph as items: one NodeItem per Node::id and one EdgeItem per Edge::id(). A refresh with
// the same topology only changes numbers on the existing items (no new items, no moves).
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    using NodeMatch = std::function<bool(const graph::Node&)>;
    using EdgeMatch = std::function<bool(const graph::Edge&)>;

    explicit GraphScene(QObject* parent = nullptr);
    ~GraphScene() override;

    // New graph and positions: items of vanished ids are removed, new ids get items placed at positions
    // (nodes the user pinned stay where they are). Items that stay keep their pointers.
    void setGraph(std::shared_ptr<const graph::Graph> graph, const ScenePositions& positions);
    // Same ids, new numbers: nothing moves. Returns false (and changes nothing) when the topology differs.
    bool updateGraph(std::shared_ptr<const graph::Graph> graph);
    void clearGraph();
    const std::shared_ptr<const graph::Graph>& graph() const { return m_graph; }

    NodeItem* nodeItem(const QString& id) const { return m_nodes.value(id); }
    EdgeItem* edgeItem(const QString& id) const { return m_edges.value(id); }
    const QHash<QString, NodeItem*>& nodeItems() const { return m_nodes; }
    const QHash<QString, EdgeItem*>& edgeItems() const { return m_edges; }
    ScenePositions positions() const; // where every node is now
    QHash<QString, QPointF> pinnedPositions() const;
    QRectF graphBounds() const; // of the visible items

    // What items draw at a zoom (GraphDetail for this graph's size), and the most a label is ever enlarged.
    GraphDetail detailAt(double zoom) const { return GraphDetail::at(zoom, m_nodeList.size()); }
    double maxLabelScale() const { return m_maxLabelScale; }

    void setDisplay(const GraphDisplay& display);
    const GraphDisplay& display() const { return m_display; }
    void setColors(const GraphColors& colors);
    const GraphColors& colors() const { return m_colors; }

    // Kiali's find (highlight) and hide; an empty function matches nothing. Hide wins over find.
    void setFind(NodeMatch nodes, EdgeMatch edges);
    void setHide(NodeMatch nodes, EdgeMatch edges);
    QStringList highlightedNodeIds() const;
    QStringList visibleNodeIds() const;
    std::pair<int, int> visibleCounts() const; // nodes (boxes are not nodes) and edges drawn

    // Renders the graph as it is, without the selection and the traffic dots (for export).
    void renderClean(QPainter* painter, const QRectF& target, const QRectF& source);

    // The graph as the overview shows it (zoomed out below OverviewZoom), for GraphView to paint instead of
    // visiting every item: boxes, then every visible edge as a hairline and every visible node as a square, as
    // the items themselves would draw them there, batched by colour. painter maps scene coordinates to the device;
    // only what intersects exposed (scene coordinates) is drawn.
    void paintOverview(QPainter* painter, const QRectF& exposed) const;

    // The tooltip of a node or edge id, from the graph the scene was given.
    QString toolTipFor(const QString& id) const;
    // The node or edge the user points at: its id, from the items under scenePos (the traffic dots ignored).
    QString idAt(const QPointF& scenePos, const QTransform& viewTransform) const;
    // The topmost box (a versioned app's group) there: its own context menu, where no node or edge is.
    QString boxAt(const QPointF& scenePos, const QTransform& viewTransform) const;

    // Marks other features put on nodes (NodeBadge), drawn with the node's own badges.
    void setExtraBadges(const QHash<QString, QList<graph::NodeBadge>>& badges);
    QList<graph::NodeBadge> extraBadges(const QString& nodeId) const { return m_extraBadges.value(nodeId); }
    void selectItem(const QString& id); // node or edge id; empty clears

    // The traffic animation's clock (seconds); the view drives it while animation is on and visible.
    void advanceAnimation();
    double animationTime() const { return m_animationSeconds; }

    // Called by NodeItem when the user let go of a node after dragging it.
    void notifyNodeDragged(NodeItem* node);
    void notifyNodeMoved(NodeItem* node); // while dragging: keep its edges attached
    bool isBulkUpdating() const { return m_bulkUpdate; } // items skip their own update() meanwhile

signals:
    void nodeSelected(const QString& id);
    void edgeSelected(const QString& id);
    void selectionCleared();
    void nodePinned(const QString& id, QPointF position);
    void graphChanged(); // items were added or removed

private:
    void applyVisibility();
    void updateBoxes();
    void updateBox(NodeItem* box);
    void assignBends();
    void emitSelection();
    bool showNamespaces() const;
    void updateAnimationTimer();

    std::shared_ptr<const graph::Graph> m_graph;
    QHash<QString, NodeItem*> m_nodes;
    QHash<QString, EdgeItem*> m_edges;
    // The same items in the graph's order, which is roughly the order they were allocated in: the overview walks
    // these rather than the hashes, so that it reads memory front to back (twice as fast as hash order on 20,000
    // edges).
    QList<NodeItem*> m_nodeList;
    QList<EdgeItem*> m_edgeList;
    QList<EdgeItem*> m_edgeAt; // the item drawing m_graph->edges[i] (nullptr: not drawn)
    QHash<QString, QList<NodeItem*>> m_boxChildren; // box node id → the nodes inside it
    TrafficItem* m_traffic;
    QHash<QString, QList<graph::NodeBadge>> m_extraBadges;
    GraphDisplay m_display;
    GraphColors m_colors;
    NodeMatch m_findNodes;
    EdgeMatch m_findEdges;
    NodeMatch m_hideNodes;
    EdgeMatch m_hideEdges;
    QTimer m_animationTimer;
    QElapsedTimer m_animationClock;
    double m_animationSeconds = 0;
    double m_maxLabelScale = 1;
    bool m_placing = false;
    bool m_bulkUpdate = false; // setGraph moves many nodes; edges are adjusted once afterwards
};

} // namespace meshscope
