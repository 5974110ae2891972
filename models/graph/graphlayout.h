#pragma once

#include "graphtypes.h"
#include "models/core/jobtracker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <memory>

// Graph layout with Graphviz (cgraph/gvc): a full layout on a worker thread, and stable positions across refreshes
// (sameTopology → no relayout; extendLayout places only new nodes).
namespace meshscope::graph {

struct LayoutOptions
{
    // "" = auto: dot for small graphs (up to 300 nodes and 600 edges; dot's spline routing grows much faster than
    // that), else sfdp. Any of dot, neato, fdp, sfdp, circo, twopi, osage, patchwork.
    QString engine;
    QHash<QString, QPointF> pinned; // by Node::id: these nodes end up exactly here
};

struct NodePlacement
{
    QPointF center;
    QSizeF size;
}; // points, y grows downwards (Qt scene coordinates)

struct Layout
{
    QHash<QString, NodePlacement> nodes; // by Node::id
    QHash<QString, QList<QPointF>> edges; // by Edge::id(): polyline/bezier control points; may be empty
    QRectF bounds;
    QString engine;
    QString error; // empty on success; then nodes holds every node of the graph
    double seconds = 0;
};

// Where the page draws the nodes (centres, scene coordinates, y downwards) and, optionally, the edges' routes.
struct GraphPositions
{
    QHash<QString, QPointF> nodes; // by Node::id
    QHash<QString, QList<QPointF>> edges; // by Edge::id()
};
GraphPositions positionsOf(const Layout& layout);
// A layout from positions alone (every node its usual size), e.g. to extend what the user sees.
Layout layoutOf(const GraphPositions& positions);

// The engine "" resolves to for this graph.
QString autoEngine(const Graph& graph);
// The engines computeLayout accepts.
QStringList layoutEngines();

Layout computeLayout(const Graph& graph, const LayoutOptions& options); // thread-safe (serialises Graphviz internally)
// Keeps every node of previous at its position; places only the nodes that are new (near their neighbours).
Layout extendLayout(const Layout& previous, const Graph& graph);
bool sameTopology(const Graph& a, const Graph& b); // same node ids and edge ids → a refresh needs no relayout

// Runs computeLayout on the thread pool through a job tracker: only the newest request's result is delivered
// (older ones are dropped, and skipped entirely when they have not started yet).
class GraphLayouter : public QObject
{
    Q_OBJECT
public:
    explicit GraphLayouter(QObject* parent = nullptr);
    using Done = std::function<void(const Layout& layout)>;
    // done runs on this object's thread, unless a newer request or cancel() came first.
    void request(std::shared_ptr<const Graph> graph, LayoutOptions options, Done done);
    void cancel();
    bool isBusy() const;

private:
    JobTracker m_jobs;
};

} // namespace meshscope::graph
