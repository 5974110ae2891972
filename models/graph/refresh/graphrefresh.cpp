#include "graphrefresh.h"

#include "models/graph/graphinventorysource.h"
#include "models/graph/graphlayoutfallback.h"

namespace meshscope::graph {

namespace {

// A rate needs two samples in its window: with fewer, Prometheus has only just started scraping (the demo mesh's
// first seconds) rather than the mesh being idle.
QString warmUpQuery(int durationSeconds)
{
    return QStringLiteral("max(count_over_time({__name__=~\"istio_requests_total|istio_tcp_sent_bytes_total\"}[%1s]))")
        .arg(qMax(60, durationSeconds));
}

constexpr int WarmUpRetrySeconds = 3;

// Namespaces that are picked when the user has not chosen any: everything but the platform's own.
bool isApplicationNamespace(const QString& name)
{
    static const QStringList system { QStringLiteral("kube-system"), QStringLiteral("kube-public"),
        QStringLiteral("kube-node-lease"), QStringLiteral("istio-system"), QStringLiteral("local-path-storage") };
    return !system.contains(name);
}

} // namespace

GraphRefresh::GraphRefresh(QObject* parent)
    : RefreshController(parent)
{
    setIntervalSeconds(m_query.refreshSeconds);
    updateState();
}

GraphRefresh::~GraphRefresh() = default;

void GraphRefresh::setPrometheus(InstantQuery instant, RangeQuery range, GraphService::CancelQuery cancel)
{
    stop();
    m_unavailable.clear();
    m_instant = instant;
    m_service = instant ? std::make_unique<GraphService>(instant, std::move(cancel)) : nullptr;
    m_series = std::make_unique<GraphSeries>(std::move(range));
    connect(m_series.get(), &GraphSeries::seriesReady, this, &GraphRefresh::seriesReady);
    connect(m_series.get(), &GraphSeries::failed, this, &GraphRefresh::seriesFailed);
    updateState();
    refresh();
}

void GraphRefresh::setUnavailable(const QString& reason)
{
    stop();
    m_unavailable = reason;
    m_instant = {};
    m_service.reset();
    m_series.reset();
    clearGraph();
    updateState();
}

void GraphRefresh::clearGraph()
{
    m_layouter.cancel();
    m_layingOut = false;
    m_layingOutGraph.reset();
    const bool had = m_graph != nullptr;
    m_graph.reset();
    m_layout = {};
    m_positions = {};
    m_laid = false;
    m_failure.clear();
    m_warnings.clear();
    m_warmingUp = false;
    if (had)
        emit graphChanged(Change::Laid);
}

void GraphRefresh::setInventory(GraphInventorySource* inventory)
{
    if (m_inventory == inventory)
        return;
    if (m_inventory)
        m_inventory->disconnect(this);
    m_inventory = inventory;
    if (inventory) {
        connect(inventory, &GraphInventorySource::synced, this, &GraphRefresh::refresh);
        connect(inventory, &GraphInventorySource::reset, this, &GraphRefresh::updateState);
    }
    updateState();
}

void GraphRefresh::reset()
{
    stop();
    if (m_series)
        m_series->cancel();
    clearGraph();
    m_pinned.clear();
    m_available.clear();
    m_userChoseNamespaces = false;
    m_query.namespaces.clear();
    emit queryChanged();
    emit availableNamespacesChanged();
    updateState();
}

void GraphRefresh::setQuery(const Query& query)
{
    applyQuery(query, true);
}

void GraphRefresh::setNamespaces(const QStringList& namespaces)
{
    Query query = m_query;
    query.namespaces = namespaces;
    applyQuery(query, true);
}

void GraphRefresh::applyQuery(const Query& query, bool chosenByUser)
{
    if (query == m_query)
        return;
    const Query old = m_query;
    m_query = query;
    if (chosenByUser && query.namespaces != old.namespaces)
        m_userChoseNamespaces = true;
    if (query.refreshSeconds != old.refreshSeconds)
        setIntervalSeconds(query.refreshSeconds);
    emit queryChanged();
    if (!query.sameFetch(old)) {
        if (query.namespaces.isEmpty()) {
            // Nothing to show: what was shown belongs to namespaces no longer asked for.
            stop();
            clearGraph();
        } else {
            refresh(); // supersedes the refresh in flight, if any
        }
    } else if (query.layoutEngine != old.layoutEngine && m_graph) {
        relayout();
    }
    updateState();
}

QStringList GraphRefresh::defaultNamespaces(const QStringList& available)
{
    QStringList chosen;
    for (const QString& name : available) {
        if (isApplicationNamespace(name) && name != QLatin1String("default"))
            chosen << name;
    }
    if (chosen.isEmpty())
        chosen = available.contains(QStringLiteral("default")) ? QStringList { QStringLiteral("default") } : available;
    return chosen;
}

void GraphRefresh::setAvailableNamespaces(const QStringList& namespaces)
{
    if (namespaces == m_available)
        return;
    m_available = namespaces;
    emit availableNamespacesChanged();
    if (m_userChoseNamespaces || namespaces.isEmpty())
        return;
    Query query = m_query;
    query.namespaces = defaultNamespaces(namespaces);
    applyQuery(query, false);
}

QString GraphRefresh::message() const
{
    return m_state == State::Unavailable ? m_unavailable : m_failure;
}

QDateTime GraphRefresh::dataTime() const
{
    if (!m_graph)
        return {};
    return m_graph->timestamp > 0 ? QDateTime::fromSecsSinceEpoch(m_graph->timestamp) : QDateTime();
}

void GraphRefresh::startRefresh(const JobTracker::Ticket& ticket)
{
    if (!m_service || m_query.namespaces.isEmpty()) {
        finishRefresh(ticket);
        return updateState();
    }
    if (m_inventory && m_inventory->isConnected() && !m_inventory->isSynced()) {
        finishRefresh(ticket); // the inventory's synced() asks again
        return updateState();
    }
    GraphOptions options = m_query.options();
    std::optional<InventoryObjects> objects;
    if (m_inventory && m_inventory->isSynced()) {
        objects = m_inventory->snapshot();
        options.ambientNamespaces = m_inventory->ambientNamespaces();
    }
    QPointer<GraphService> service = m_service.get();
    jobs().onCancel(ticket, [service] {
        if (service)
            service->cancel();
    });
    updateState();
    // Idle nodes always come along; the Display toggle shows or hides them without another query.
    m_service->fetch(options, std::move(objects), true,
        jobs().guard(ticket, [this, ticket](const GraphResult& result) { fetched(ticket, result); }));
}

void GraphRefresh::fetched(const JobTracker::Ticket& ticket, const GraphResult& result)
{
    if (!result.ok()) {
        m_failure = result.error;
        m_warnings = result.warnings;
        finishRefresh(ticket);
        return updateState();
    }
    if (result.graph->edges.isEmpty() && m_instant)
        return askWhetherWarmingUp(ticket, result);
    m_failure.clear();
    m_warnings = result.warnings;
    finishRefresh(ticket);
    place(result.graph, false);
}

void GraphRefresh::askWhetherWarmingUp(const JobTracker::Ticket& ticket, const GraphResult& result)
{
    m_instant(warmUpQuery(m_query.durationSeconds), double(result.graph->timestamp), this,
        jobs().guard(ticket,
            [this, ticket, result](const PromResult& samples) {
                const bool warmingUp = samples.ok() && (samples.vector.isEmpty() || samples.vector.first().value < 2);
                m_failure.clear();
                m_warnings = result.warnings;
                finishRefresh(ticket, warmingUp ? WarmUpRetrySeconds : 0);
                place(result.graph, warmingUp);
            }),
        QStringLiteral("graph-warmup-%1").arg(quintptr(this)));
}

void GraphRefresh::setGraph(std::shared_ptr<const Graph> graph, const QStringList& warnings)
{
    if (!graph)
        return;
    m_failure.clear();
    m_warnings = warnings;
    place(std::move(graph), false);
}

void GraphRefresh::place(std::shared_ptr<const Graph> graph, bool warmingUp)
{
    m_warmingUp = warmingUp;
    const std::shared_ptr<const Graph> previous = m_graph;
    m_graph = std::move(graph);
    if (m_layingOut)
        return updateState(); // the running layout places the newest graph when it finishes
    if (m_graph->nodes.isEmpty()) {
        m_layout = {};
        m_positions = {};
        m_laid = false;
        emit graphChanged(Change::Laid);
        return updateState();
    }
    // A graph of idle nodes only (no traffic yet) is no basis for positions: lay out afresh when traffic comes.
    const bool keepPlaces = m_laid && m_laidQuery.sameLayout(m_query) && previous && !previous->edges.isEmpty();
    if (keepPlaces && sameTopology(*previous, *m_graph)) {
        emit graphChanged(Change::Numbers);
        return updateState();
    }
    if (keepPlaces) {
        m_layout = extendLayout(m_layout, *m_graph);
        m_positions = positionsOf(m_layout);
        emit graphChanged(Change::Placed);
        return updateState();
    }
    layOut();
}

void GraphRefresh::relayout()
{
    if (m_graph && !m_graph->nodes.isEmpty())
        layOut();
}

void GraphRefresh::layOut()
{
    m_layingOut = true;
    m_layingOutGraph = m_graph;
    ++m_layoutCount;
    const Query laidFor = m_query;
    m_layouter.request(
        m_graph, LayoutOptions { m_query.layoutEngine, m_pinned }, [this, laidFor](const Layout& layout) {
            m_laidQuery = laidFor;
            laidOut(layout);
        });
    updateState();
}

void GraphRefresh::laidOut(const Layout& layout)
{
    m_layingOut = false;
    const std::shared_ptr<const Graph> laid = std::move(m_layingOutGraph);
    if (layout.error.isEmpty()) {
        m_layout = layout;
    } else {
        // Graphviz failed: still show the graph, in simple columns, and say why.
        m_layout = layoutOf(fallbackLayout(*laid, m_pinned));
        m_warnings.append(layout.error);
    }
    if (m_graph != laid) // a refresh arrived while laying out: its nodes join the fresh positions
        m_layout = extendLayout(m_layout, *m_graph);
    m_laid = true;
    m_positions = positionsOf(m_layout);
    emit graphChanged(Change::Laid);
    updateState();
}

void GraphRefresh::moveNode(const QString& id, QPointF position)
{
    m_pinned.insert(id, position);
    if (const auto placement = m_layout.nodes.find(id); placement != m_layout.nodes.end())
        placement->center = position;
    m_positions.nodes.insert(id, position);
}

void GraphRefresh::updateState()
{
    State state = State::Showing;
    if (!m_unavailable.isEmpty())
        state = State::Unavailable;
    else if (m_query.namespaces.isEmpty())
        state = State::NoNamespaces;
    else if (!m_graph || (!m_laid && !m_graph->nodes.isEmpty())) {
        if (!m_failure.isEmpty())
            state = State::Failed;
        else if (m_inventory && m_inventory->isConnected() && !m_inventory->isSynced())
            state = State::WaitingForCluster;
        else
            state = State::Loading;
    } else if (m_graph->edges.isEmpty()) {
        state = m_warmingUp ? State::WaitingForMetrics : State::NoTraffic;
    }
    m_state = state;
    emit stateChanged();
}

void GraphRefresh::requestSeries(const QString& id)
{
    if (!m_series || !m_instant)
        return emit seriesFailed(id, tr("no Prometheus"));
    const Node* node = m_graph ? m_graph->node(id) : nullptr;
    if (node)
        return m_series->requestNode(*node, m_query.durationSeconds);
    const Edge* edge = m_graph ? m_graph->edge(id) : nullptr;
    const Node* source = edge ? m_graph->node(edge->source) : nullptr;
    const Node* dest = edge ? m_graph->node(edge->dest) : nullptr;
    if (source && dest)
        return m_series->requestEdge(*edge, *source, *dest, m_query.durationSeconds);
    emit seriesFailed(id, tr("not in the graph any more"));
}

void GraphRefresh::addNodeAction(const NodeAction& action)
{
    m_actions.removeIf([&action](const NodeAction& existing) { return existing.id == action.id; });
    m_actions.append(action);
}

QList<NodeAction> GraphRefresh::nodeActions(const QString& nodeId) const
{
    QList<NodeAction> actions;
    const Node* node = m_graph ? m_graph->node(nodeId) : nullptr;
    if (!node)
        return actions;
    for (const NodeAction& action : m_actions) {
        if (!action.appliesTo || action.appliesTo(*node))
            actions.append(action);
    }
    return actions;
}

void GraphRefresh::triggerNodeAction(const QString& actionId, const QString& nodeId)
{
    emit nodeActionTriggered(actionId, nodeId);
}

void GraphRefresh::setNodeBadges(const QString& provider, const QHash<QString, NodeBadge>& badges)
{
    if (badges.isEmpty())
        m_badges.remove(provider);
    else
        m_badges.insert(provider, badges);
    emit nodeBadgesChanged();
}

QList<NodeBadge> GraphRefresh::nodeBadges(const QString& nodeId) const
{
    QList<NodeBadge> badges;
    QStringList providers = m_badges.keys();
    providers.sort(); // the same order every time
    for (const QString& provider : std::as_const(providers)) {
        const auto found = m_badges.value(provider).constFind(nodeId);
        if (found != m_badges.value(provider).cend())
            badges.append(*found);
    }
    return badges;
}

} // namespace meshscope::graph
