#pragma once

#include "graphbuilder.h"
#include "graphinventory.h"
#include "graphoptions.h"
#include "graphpromquery.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <memory>

namespace meshscope {
class ClusterSession;
} // namespace meshscope

namespace meshscope::graph {

// Runs a graph refresh: the fixed query set of graphQueries() through PromClient (all in parallel, one instant
// for all of them), plus — when a ClusterSession is connected — the Kubernetes inventory from its caches; builds
// the graph on the thread pool and hands it back on this object's thread. A refresh started while another runs
// supersedes it: the older one's results are dropped, its queries cancelled.
class GraphService : public QObject
{
    Q_OBJECT
public:
    // query: instantQuery(promClient), or a test stub.
    explicit GraphService(InstantQuery query, ClusterSession* cluster = nullptr, QObject* parent = nullptr);
    void setQuery(InstantQuery query) { m_query = std::move(query); }

    void setOptions(const GraphOptions& options);
    const GraphOptions& options() const { return m_options; }
    void setIncludeIdleNodes(bool include) { m_includeIdleNodes = include; }

    void refresh();
    bool isLoading() const { return m_loading; }
    std::shared_ptr<const Graph> lastGraph() const { return m_lastGraph; }
    // When the last good graph was evaluated ("Prometheus unreachable — showing data from 14:02").
    QDateTime lastGoodTime() const { return m_lastGoodTime; }
    QStringList lastWarnings() const { return m_warnings; }

signals:
    void graphReady(std::shared_ptr<const meshscope::graph::Graph> graph);
    void failed(const QString& message);
    void loadingChanged(bool loading);

private:
    void queryAnswered(quint64 generation, qsizetype index, const PromResult& result);
    void build(quint64 generation);
    void setLoading(bool loading);
    std::shared_ptr<const MeshInventory> inventory() const;

    InstantQuery m_query;
    QPointer<ClusterSession> m_cluster;
    GraphOptions m_options;
    bool m_includeIdleNodes = false;
    quint64 m_generation = 0;
    GraphOptions m_running; // the options (with the fixed query time) of the refresh in flight
    QList<QueryResponse> m_responses;
    qsizetype m_pending = 0;
    bool m_loading = false;
    std::shared_ptr<const Graph> m_lastGraph;
    QDateTime m_lastGoodTime;
    QStringList m_warnings;
};

} // namespace meshscope::graph
