#pragma once

#include "graphpagequery.h"
#include "models/core/refreshcontroller.h"
#include "models/graph/graphlayout.h"
#include "models/graph/graphnodeextras.h"
#include "models/graph/graphseries.h"
#include "models/graph/graphservice.h"

#include <QDateTime>
#include <QPointer>
#include <functional>
#include <memory>

namespace meshscope::graph {

class GraphInventorySource;

// The Graph page's controller (no widgets): it owns the page's query as a value, asks Prometheus (GraphService)
// on a single-shot timer re-armed when a refresh has finished — so a Prometheus slower than the interval still
// delivers every graph — lays the graph out off the GUI thread (GraphLayouter) and keeps positions stable across
// refreshes, and holds what the page renders: the graph, its positions, the state and the side panel's series.
class GraphRefresh : public RefreshController
{
    Q_OBJECT
public:
    using Query = GraphPageQuery;

    enum class State
    {
        Unavailable, // no Prometheus to ask: message() says why
        NoNamespaces,
        WaitingForCluster, // the Kubernetes caches have not listed everything yet
        Loading, // no graph yet (asking Prometheus, or laying out)
        WaitingForMetrics, // Prometheus has too few samples for rates yet (just started)
        NoTraffic, // nothing called anything in the window (idle nodes may be there)
        Showing, // a graph with traffic; message() is set when the last refresh failed (stale)
        Failed // no graph, and the last refresh failed: message() says why
    };
    // How a new graph relates to the one before, so the page knows whether to fit the view.
    enum class Change
    {
        Numbers, // same nodes and edges: only numbers changed
        Placed, // nodes came or went: the others stayed where they were
        Laid // a fresh layout (another graph type, namespaces, engine, or the first graph)
    };

    explicit GraphRefresh(QObject* parent = nullptr);
    ~GraphRefresh() override;

    // Where the graph comes from. No instant query: the page says why (unavailable).
    void setPrometheus(InstantQuery instant, RangeQuery range, GraphService::CancelQuery cancel = {});
    void setUnavailable(const QString& reason);
    // The cluster's caches (idle and dead nodes, badges, service entries); refreshes wait for their first sync.
    void setInventory(GraphInventorySource* inventory);
    // Another cluster: forget the graph, the namespaces the user chose and what is in flight.
    void reset();

    const Query& query() const { return m_query; }
    void setQuery(const Query& query); // fetches, lays out or only re-renders, as the change needs
    void setNamespaces(const QStringList& namespaces); // the user's choice (picker, toolbar)
    bool userChoseNamespaces() const { return m_userChoseNamespaces; }
    // The namespaces the cluster has; until the user chooses, the application namespaces are shown.
    void setAvailableNamespaces(const QStringList& namespaces);
    const QStringList& availableNamespaces() const { return m_available; }
    static QStringList defaultNamespaces(const QStringList& available);

    State state() const { return m_state; }
    QString message() const; // the reason for Unavailable/Failed, or why a Showing graph is stale
    bool isStale() const { return m_state == State::Showing && !m_failure.isEmpty(); }
    const std::shared_ptr<const Graph>& graph() const { return m_graph; } // what the positions are for
    const GraphPositions& positions() const { return m_positions; }
    QDateTime dataTime() const; // the instant the graph describes
    const QStringList& warnings() const { return m_warnings; } // of the last graph
    int layoutCount() const { return m_layoutCount; } // full layouts so far

    // A built graph, as a fetch delivers it (tests and demos feed graphs directly).
    void setGraph(std::shared_ptr<const Graph> graph, const QStringList& warnings = {});
    // The user dragged a node: it stays there (layouts keep it, pinned) until the graph is laid out afresh.
    void moveNode(const QString& id, QPointF position);
    QHash<QString, QPointF> pinnedNodes() const { return m_pinned; }
    void relayout(); // lays the current graph out afresh, pins kept

    // The side panel's sparklines for a node or edge id of the current graph: seriesReady or seriesFailed.
    void requestSeries(const QString& id);

    void addNodeAction(const NodeAction& action);
    QList<NodeAction> nodeActions(const QString& nodeId) const; // those that apply to the node
    void triggerNodeAction(const QString& actionId, const QString& nodeId);
    // Badges of one provider (e.g. "health", "analysis"); replaces what it set before.
    void setNodeBadges(const QString& provider, const QHash<QString, NodeBadge>& badges);
    QList<NodeBadge> nodeBadges(const QString& nodeId) const;

signals:
    void queryChanged();
    void availableNamespacesChanged();
    void stateChanged();
    void graphChanged(meshscope::graph::GraphRefresh::Change change);
    void seriesReady(const QString& id, const meshscope::graph::Sparklines& series);
    void seriesFailed(const QString& id, const QString& message);
    void nodeActionTriggered(const QString& actionId, const QString& nodeId);
    void nodeBadgesChanged();

protected:
    void startRefresh(const JobTracker::Ticket& ticket) override;

private:
    void fetched(const JobTracker::Ticket& ticket, const GraphResult& result);
    void askWhetherWarmingUp(const JobTracker::Ticket& ticket, const GraphResult& result);
    void place(std::shared_ptr<const Graph> graph, bool warmingUp);
    void layOut();
    void clearGraph();
    void laidOut(const Layout& layout);
    void updateState(); // from everything above; always announced (the message may change with it)
    void applyQuery(const Query& query, bool chosenByUser);

    Query m_query;
    QStringList m_available;
    bool m_userChoseNamespaces = false;
    InstantQuery m_instant;
    QString m_unavailable;
    QPointer<GraphInventorySource> m_inventory;
    std::unique_ptr<GraphService> m_service;
    std::unique_ptr<GraphSeries> m_series;
    GraphLayouter m_layouter;

    State m_state = State::Unavailable;
    QString m_failure;
    std::shared_ptr<const Graph> m_graph;
    QStringList m_warnings;
    bool m_warmingUp = false;
    Layout m_layout; // of m_graph (positions are its centres and routes)
    GraphPositions m_positions;
    Query m_laidQuery; // what m_layout was made for
    bool m_laid = false;
    bool m_layingOut = false;
    std::shared_ptr<const Graph> m_layingOutGraph;
    QHash<QString, QPointF> m_pinned;
    int m_layoutCount = 0;
    QList<NodeAction> m_actions;
    QHash<QString, QHash<QString, NodeBadge>> m_badges; // provider → node id → badge
};

} // namespace meshscope::graph
