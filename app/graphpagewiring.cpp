#include "graphpagewiring.h"

#include "models/appsettings.h"
#include "models/graph/graphinventorysource.h"
#include "models/graph/graphpromquery.h"
#include "models/graph/refresh/graphrefresh.h"
#include "models/kube/clustersession.h"
#include "models/net/httpclient.h"
#include "models/prometheus/promclient.h"
#include "models/prometheus/promdiscovery.h"
#include "ui/clusterpicker.h"
#include "ui/graphpage.h"
#include "ui/mainwindow.h"

#include <QPointer>

namespace meshscope {

GraphPageWiring::GraphPageWiring(MainWindow* window, ClusterSession* session, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_settings(settings)
    , m_controller(new graph::GraphRefresh(this))
    , m_inventory(new graph::GraphInventorySource(session, this))
    , m_page(new GraphPage(m_controller))
    , m_http(new HttpClient(this))
{
    m_window->setPageWidget(QStringLiteral("graph"), m_page);
    // Health thresholds are kept for every context alike (Display → Health thresholds…).
    graph::GraphPageQuery query = m_controller->query();
    query.health = graph::healthConfigFromText(m_settings->graphHealthTolerances()).tolerances;
    m_controller->setQuery(query);
    m_controller->setInventory(m_inventory);
    m_controller->setUnavailable(tr("No Prometheus to ask: start Meshscope with --prometheus URL, or try --demo."));

    KubeObjectModel* namespaces = session->namespacesModel();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(namespaces, signal, this, &GraphPageWiring::updateNamespaces);
    connect(namespaces, &QAbstractItemModel::modelReset, this, &GraphPageWiring::updateNamespaces);
    // The window's namespace picker and the page's namespace menu show the same choice: the controller's.
    ClusterPicker* picker = m_window->clusterPicker();
    connect(picker, &ClusterPicker::namespaceChosen, this, [this](const QString& ns) {
        m_controller->setNamespaces(ns.isEmpty()
                ? graph::GraphRefresh::defaultNamespaces(m_controller->availableNamespaces())
                : QStringList { ns });
    });
    connect(m_controller, &graph::GraphRefresh::queryChanged, this, [this, picker] {
        picker->showNamespaceSelection(m_controller->query().namespaces,
            graph::GraphRefresh::defaultNamespaces(m_controller->availableNamespaces()));
        saveQuery();
    });
    connect(m_controller, &graph::GraphRefresh::stateChanged, this, &GraphPageWiring::stateChanged);
    connect(session, &ClusterSession::ready, this, &GraphPageWiring::discoverPrometheus);
}

GraphPageWiring::~GraphPageWiring() = default;

void GraphPageWiring::setContext(const QString& context)
{
    const bool another = !m_context.isEmpty() && context != m_context;
    m_context = context;
    if (another)
        m_controller->reset(); // the old cluster's graph must not keep refreshing under the new one
    graph::GraphPageQuery query = m_controller->query().withSettings(m_settings->graphPage(context));
    m_controller->setQuery(query);
}

void GraphPageWiring::saveQuery()
{
    if (m_context.isEmpty())
        return;
    QVariantMap settings = m_controller->query().toSettings();
    if (!m_controller->userChoseNamespaces())
        settings.remove(QStringLiteral("namespaces")); // the defaults follow the cluster's namespaces
    m_settings->setGraphPage(m_context, settings);
    m_settings->setGraphHealthTolerances(graph::toString(m_controller->query().health));
}

void GraphPageWiring::updateNamespaces()
{
    QStringList names;
    const KubeObjectModel* model = m_session->namespacesModel();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data(KubeObjectModel::NameRole).toString();
    names.sort();
    m_controller->setAvailableNamespaces(names);
}

void GraphPageWiring::setPrometheus(const PromConfig& given)
{
    const QUrl url = given.url;
    m_prometheus = url;
    if (!url.isValid() || url.isEmpty()) {
        // Maybe the cluster has one (istio-system/prometheus): asked once the session is connected.
        m_controller->setUnavailable(tr("No Prometheus to ask: start Meshscope with --prometheus URL, or try --demo."));
        if (!m_session->isReady())
            markSettled();
        return;
    }
    usePrometheus(m_http, given);
}

void GraphPageWiring::discoverPrometheus()
{
    if (!m_prometheus.isEmpty() || !m_session->api())
        return; // --prometheus (or the demo's) wins over the cluster's own
    meshscope::discoverPrometheus(m_session->api(), PromServiceRef {}, this, [this](const PromDiscoveryResult& result) {
        if (!m_prometheus.isEmpty())
            return;
        if (!result.ok()) {
            m_controller->setUnavailable(result.error); // says what was looked for and how to point elsewhere
            return markSettled();
        }
        usePrometheus(m_session->api()->http(), result.config); // through the API server's service proxy
    });
}

void GraphPageWiring::usePrometheus(HttpClient* http, const PromConfig& config)
{
    // A new Prometheus (or a new way to reach it): a fresh client; the page keeps its graph meanwhile.
    PromClient* old = m_prom;
    m_prom = new PromClient(http, config, this);
    QPointer<PromClient> prom = m_prom;
    m_controller->setPrometheus(graph::instantQuery(m_prom), graph::rangeQuery(m_prom), [prom](const QString& key) {
        if (prom)
            prom->cancel(key);
    });
    delete old; // after the controller let go of it: its queries in flight are aborted
}

void GraphPageWiring::stateChanged()
{
    using State = graph::GraphRefresh::State;
    switch (m_controller->state()) {
    case State::Showing:
    case State::NoTraffic:
    case State::Failed:
        return markSettled();
    case State::Unavailable:
        if (!m_session->isReady())
            markSettled(); // unless the cluster may still offer its own Prometheus
        return;
    default:
        return;
    }
}

void GraphPageWiring::markSettled()
{
    if (m_settled)
        return;
    m_settled = true;
    emit settled();
}

} // namespace meshscope
