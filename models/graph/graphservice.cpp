#include "graphservice.h"

#include <QDateTime>

namespace meshscope::graph {

namespace {
const QString graphLane = QStringLiteral("graph");
} // namespace

struct GraphService::Running
{
    JobTracker::Ticket ticket;
    GraphOptions options; // with the fixed query time
    std::optional<InventoryObjects> objects;
    bool includeIdleNodes = false;
    QList<QueryResponse> responses;
    qsizetype pending = 0;
    Done done;
};

GraphService::GraphService(InstantQuery query, CancelQuery cancel, QObject* parent)
    : QObject(parent)
    , m_query(std::move(query))
    , m_cancel(std::move(cancel))
{ }

bool GraphService::isBusy() const
{
    return m_jobs.isBusy(graphLane);
}

void GraphService::cancel()
{
    m_jobs.cancel(graphLane);
}

void GraphService::fetch(
    const GraphOptions& options, std::optional<InventoryObjects> objects, bool includeIdleNodes, Done done)
{
    auto running = std::make_shared<Running>();
    running->ticket = m_jobs.start(graphLane);
    running->options = options;
    running->objects = std::move(objects);
    running->includeIdleNodes = includeIdleNodes;
    running->done = std::move(done);
    if (!m_query) {
        m_jobs.finish(running->ticket);
        running->done(GraphResult { {}, {}, tr("No Prometheus configured.") });
        return;
    }
    // One instant for every query of the refresh, so all of them describe the same window.
    if (running->options.queryTime <= 0)
        running->options.queryTime = QDateTime::currentSecsSinceEpoch();
    const QList<GraphQuery> queries = graphQueries(running->options);
    for (const GraphQuery& query : queries)
        running->responses.append({ query, PromResult {} });
    running->pending = queries.size();
    if (queries.isEmpty())
        return answered(running);
    // Keys unique per service (two services may share one PromClient) and per index, so a newer fetch's queries
    // take the place of the older one's.
    QStringList keys;
    for (qsizetype i = 0; i < queries.size(); ++i)
        keys.append(QStringLiteral("graph-%1-%2").arg(quintptr(this)).arg(i));
    if (m_cancel) {
        m_jobs.onCancel(running->ticket, [cancel = m_cancel, keys] {
            for (const QString& key : keys)
                cancel(key);
        });
    }
    for (qsizetype i = 0; i < queries.size(); ++i) {
        m_query(queries[i].promql, double(running->options.queryTime), this,
            m_jobs.guard(running->ticket,
                [this, running, i](const PromResult& result) {
                    running->responses[i].result = result;
                    if (--running->pending == 0)
                        answered(running);
                }),
            keys.at(i));
    }
}

void GraphService::answered(const std::shared_ptr<Running>& running)
{
    // Kiali fails the graph when a traffic query fails; appender queries only degrade it (warnings).
    for (const QueryResponse& response : std::as_const(running->responses)) {
        if (response.query.kind == QueryKind::Traffic && !response.result.ok()) {
            // The client's own failures already say what went wrong with which Prometheus; Prometheus' errors
            // (bad_data, execution) are its raw words.
            static const QStringList selfExplaining { QStringLiteral("transport"), QStringLiteral("timeout"),
                QStringLiteral("http"), QStringLiteral("credentials"), QStringLiteral("config") };
            const PromResult& failed = response.result;
            m_jobs.finish(running->ticket);
            running->done(GraphResult { {}, failed.warnings,
                selfExplaining.contains(failed.errorType) ? failed.error
                                                          : tr("Prometheus query failed: %1").arg(failed.error) });
            return;
        }
    }
    const GraphOptions options = running->options;
    const QList<QueryResponse> responses = running->responses;
    const std::optional<InventoryObjects> objects = running->objects;
    const bool includeIdle = running->includeIdleNodes;
    // The inventory and the graph are built on the thread pool: with 20,000 pods that is real work.
    runInBackground(
        this,
        [options, responses, objects, includeIdle] {
            GraphResult result;
            std::optional<MeshInventory> inventory;
            if (objects) {
                inventory = inventoryFromObjects(*objects, QStringLiteral("Kubernetes"));
                inventory->includeIdleNodes = includeIdle;
            }
            result.graph = std::make_shared<const Graph>(
                buildGraph(options, responses, inventory ? &*inventory : nullptr, &result.warnings));
            result.warnings.removeDuplicates();
            return result;
        },
        m_jobs.guard(running->ticket, [this, running](const GraphResult& result) {
            m_jobs.finish(running->ticket);
            running->done(result);
        }));
}

} // namespace meshscope::graph
