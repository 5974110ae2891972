#pragma once

#include "graphbuilder.h"
#include "graphinventory.h"
#include "graphoptions.h"
#include "graphpromquery.h"
#include "models/core/jobtracker.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace meshscope::graph {

// What one graph fetch gives: the graph, or the reason there is none; warnings either way (Prometheus' own, e.g.
// Thanos partial responses, and appender queries that failed and only degrade the graph).
struct GraphResult
{
    std::shared_ptr<const Graph> graph;
    QStringList warnings;
    QString error; // set: no graph (a traffic query failed, no Prometheus)
    bool ok() const { return error.isEmpty() && graph; }
};

// One graph fetch: the fixed query set of graphQueries() through the instant query function (all in parallel, one
// instant for all of them), then — off the GUI thread — the Kubernetes inventory from the caches' snapshot and the
// graph. A fetch started while another runs supersedes it: the older one's answers are dropped and its queries
// cancelled (job tracker lane "graph").
class GraphService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const GraphResult& result)>;
    using CancelQuery = std::function<void(const QString& key)>;

    // query: instantQuery(promClient), or a test stub; cancel (optional): aborts a query by its key.
    explicit GraphService(InstantQuery query, CancelQuery cancel = {}, QObject* parent = nullptr);

    // objects: a GraphInventorySource snapshot (idle/dead nodes, badges, service entries), or none.
    // done runs on this object's thread unless a newer fetch or cancel() came first.
    void fetch(const GraphOptions& options, std::optional<InventoryObjects> objects, bool includeIdleNodes, Done done);
    void cancel();
    bool isBusy() const;

private:
    struct Running;
    void answered(const std::shared_ptr<Running>& running);

    InstantQuery m_query;
    CancelQuery m_cancel;
    JobTracker m_jobs;
};

} // namespace meshscope::graph
