#pragma once

#include "graphtypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <atomic>
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

// The engine "" resolves to for this graph.
QString autoEngine(const Graph& graph);
// The engines computeLayout accepts.
QStringList layoutEngines();

Layout computeLayout(const Graph& graph, const LayoutOptions& options); // thread-safe (serialises Graphviz internally)
// Keeps every node of previous at its position; places only the nodes that are new (near their neighbours).
Layout extendLayout(const Layout& previous, const Graph& graph);
bool sameTopology(const Graph& a, const Graph& b); // same node ids and edge ids → a refresh needs no relayout

// Runs computeLayout on the thread pool; only the newest request's result is delivered (older ones are dropped,
// and skipped entirely when they have not started yet).
class GraphLayouter : public QObject
{
    Q_OBJECT
public:
    explicit GraphLayouter(QObject* parent = nullptr);
    int request(std::shared_ptr<const Graph> graph, LayoutOptions options); // returns job id
    int latestJob() const { return *m_latest; }

signals:
    void finished(int job, const meshscope::graph::Layout& layout);

private:
    std::shared_ptr<std::atomic<int>> m_latest;
};

} // namespace meshscope::graph
