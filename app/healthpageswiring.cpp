#include "healthpageswiring.h"

#include "models/analysis/analysisresults.h"
#include "models/appsettings.h"
#include "models/istio/istioclient.h"
#include "models/kube/clustersession.h"
#include "models/net/httpclient.h"
#include "models/prometheus/promclient.h"
#include "models/prometheus/promdiscovery.h"
#include "ui/clusterpicker.h"
#include "ui/listpage.h"
#include "ui/mainwindow.h"
#include "ui/meshpage.h"
#include "ui/overviewpage.h"

namespace meshscope {

using health::Kind;

namespace {

constexpr int refreshSeconds = 15;

const char* pageId(Kind kind)
{
    switch (kind) {
    case Kind::App:
        return "applications";
    case Kind::Workload:
        return "workloads";
    case Kind::Service:
        break;
    }
    return "services";
}

} // namespace

HealthPagesWiring::HealthPagesWiring(MainWindow* window, ClusterSession* session, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_http(new HttpClient(this))
    , m_refresh(new health::HealthRefresh(session, this))
    , m_namespaces(new health::NamespaceModel(this))
    , m_overview(new OverviewPage(m_namespaces))
    , m_mesh(new MeshPage)
{
    m_mesh->setObjectName(QStringLiteral("meshPage"));
    m_window->setPageWidget(QStringLiteral("mesh"), m_mesh);
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_overview->setWaiting(tr("Waiting for the cluster…"));
    m_window->setPageWidget(QStringLiteral("overview"), m_overview);
    connect(m_overview, &OverviewPage::openRequested, this, [this](const QString& ns, const QString& pageId) {
        m_window->clusterPicker()->chooseNamespace(ns);
        m_window->showPage(pageId);
    });
    connect(m_overview, &OverviewPage::meshRequested, this, [this] { m_window->showPage(QStringLiteral("mesh")); });
    for (Kind kind : { Kind::App, Kind::Workload, Kind::Service }) {
        auto* model = new health::EntityListModel(kind, this);
        auto* page = new ListPage(model);
        page->setObjectName(QLatin1String(pageId(kind)) + QStringLiteral("Page"));
        page->setWaiting(tr("Waiting for the cluster…"));
        m_window->setPageWidget(QLatin1String(pageId(kind)), page);
        connect(page, &ListPage::detailsRequested, this,
            [this, kind](const QString& ns, const QString& name) { emit detailsRequested(kind, ns, name); });
        connect(page, &ListPage::graphRequested, this, &HealthPagesWiring::graphRequested);
        connect(page, &ListPage::refreshRequested, m_refresh, &health::HealthRefresh::refresh);
        m_models.append(model);
        m_pages.append(page);
    }
    m_refresh->setIntervalSeconds(refreshSeconds);
    connect(m_refresh, &health::HealthRefresh::snapshotReady, this, &HealthPagesWiring::showSnapshot);
    connect(m_refresh, &health::HealthRefresh::waitingForCluster, this, [this] {
        if (m_refresh->snapshot())
            return;
        for (ListPage* page : std::as_const(m_pages))
            page->setWaiting(tr("Listing the cluster's objects…"));
        m_overview->setWaiting(tr("Listing the cluster's objects…"));
        m_mesh->setWaiting(tr("Listing the cluster's objects…"));
    });
    connect(session, &ClusterSession::ready, this, &HealthPagesWiring::connected);
    connect(session, &ClusterSession::failed, this, [this](const QString& message) {
        for (ListPage* page : std::as_const(m_pages))
            page->setWaiting(tr("Not connected: %1").arg(message));
        m_overview->setWaiting(tr("Not connected: %1").arg(message));
        m_mesh->setWaiting(tr("Not connected: %1").arg(message));
        markSettled();
    });
    connect(m_window->clusterPicker(), &ClusterPicker::namespaceChosen, this, &HealthPagesWiring::applyNamespace);
}

HealthPagesWiring::~HealthPagesWiring() = default;

ListPage* HealthPagesWiring::listPage(Kind kind) const
{
    return m_pages.value(int(kind));
}

health::EntityListModel* HealthPagesWiring::listModel(Kind kind) const
{
    return m_models.value(int(kind));
}

void HealthPagesWiring::setPrometheus(const PromConfig& config)
{
    m_prometheus = config.url;
    if (config.url.isEmpty())
        return; // the cluster's own, once connected
    usePrometheus(m_http, config);
}

void HealthPagesWiring::usePrometheus(HttpClient* http, const PromConfig& config)
{
    delete m_prom;
    m_prom = new PromClient(http, config, this);
    m_refresh->setPromClient(m_prom);
    if (m_session->isReady())
        m_refresh->refresh();
}

void HealthPagesWiring::connected()
{
    // A new cluster: nothing of the old one stays on screen.
    for (health::EntityListModel* model : std::as_const(m_models))
        model->clear();
    m_namespaces->clear();
    delete m_istio;
    m_istio = new IstioClient(m_session->api(), this);
    m_refresh->setIstioClient(m_istio);
    QString tolerances = AppSettings().graphHealthTolerances();
    health::HealthQuery query = m_refresh->query();
    query.tolerances = tolerances;
    query.trafficHistorySeconds = 3600; // the Overview's sparklines
    if (m_prometheus.isEmpty()) {
        discoverPrometheus(m_session->api(), PromServiceRef {}, this, [this](const PromDiscoveryResult& result) {
            if (!m_prometheus.isEmpty())
                return;
            if (result.ok())
                usePrometheus(m_session->api()->http(), result.config);
            else
                m_refresh->refresh(); // health from pods alone; the banner says why requests are unknown
        });
    }
    m_refresh->setQuery(query);
    if (!m_refresh->isRefreshing())
        m_refresh->refresh();
}

void HealthPagesWiring::applyNamespace(const QString& ns)
{
    // Every namespace is in each snapshot (the Overview shows them all); the lists filter.
    for (ListPage* page : std::as_const(m_pages))
        page->setNamespace(ns);
}

void HealthPagesWiring::showSnapshot(const health::HealthSnapshotPtr& snapshot)
{
    // Rows are built on the thread pool; the GUI thread only merges them.
    struct Rows
    {
        QList<QList<health::EntityListModel::Row>> lists;
        QList<health::NamespaceModel::Row> namespaces;
        health::ControlPlaneSummary controlPlane;
        health::MeshStatus mesh;
    };
    m_jobs.run(
        this, QStringLiteral("rows"),
        [snapshot, validation = m_validation] {
            Rows rows;
            for (Kind kind : { Kind::App, Kind::Workload, Kind::Service })
                rows.lists.append(health::EntityListModel::buildRows(kind, *snapshot));
            rows.namespaces = health::NamespaceModel::buildRows(*snapshot, validation);
            rows.mesh = health::meshStatus(*snapshot);
            rows.controlPlane = rows.mesh.controlPlane;
            return rows;
        },
        [this, snapshot](Rows rows) {
            for (qsizetype i = 0; i < m_models.size(); ++i)
                m_models[i]->merge(std::move(rows.lists[i]));
            m_namespaces->merge(std::move(rows.namespaces));
            m_overview->setControlPlane(rows.controlPlane);
            m_mesh->setStatus(rows.mesh);
            QString banner;
            bool error = false;
            if (snapshot->staleSince.isValid()) {
                banner = tr("Reconnecting to the cluster — objects as of %1.")
                             .arg(QLocale().toString(snapshot->staleSince.time(), QLocale::ShortFormat));
            }
            if (!snapshot->prometheusError.isEmpty()) {
                banner += (banner.isEmpty() ? QString() : QStringLiteral(" "))
                    + tr("Request health unknown: %1").arg(snapshot->prometheusError);
                error = true;
            }
            for (ListPage* page : std::as_const(m_pages)) {
                page->setLoaded();
                page->setBanner(banner, error);
            }
            m_overview->setLoaded();
            m_overview->setBanner(banner, error);
            emit snapshotShown(snapshot);
            markSettled();
        });
}

void HealthPagesWiring::setAnalysis(analysis::AnalysisResults* results)
{
    m_analysis = results;
    connect(results, &analysis::AnalysisResults::changed, this, &HealthPagesWiring::updateValidation);
    connect(results, &analysis::AnalysisResults::reset, this, &HealthPagesWiring::updateValidation);
    updateValidation();
}

void HealthPagesWiring::updateValidation()
{
    using health::Validation;
    if (!m_analysis || !m_analysis->hasResults()) {
        m_validation = {};
    } else {
        // The worst level per object ("Kind:ns/name"); objects without findings are valid.
        QHash<QString, Validation> worst;
        for (const analysis::AnalysisMessage& message : m_analysis->all()) {
            if (!message.resource || message.level() == analysis::Level::Info)
                continue;
            const Validation v = message.level() == analysis::Level::Error ? Validation::Error : Validation::Warning;
            Validation& slot = worst[message.resource->key()];
            slot = std::max(slot, v);
        }
        m_validation = [worst = std::move(worst)](const health::ConfigRef& ref) {
            const QString key = ref.kind + QLatin1Char(':') + ref.namespace_ + QLatin1Char('/') + ref.name;
            return worst.value(key, Validation::Valid);
        };
    }
    for (health::EntityListModel* model : std::as_const(m_models))
        model->setValidationLookup(m_validation);
    if (const health::HealthSnapshotPtr snapshot = m_refresh->snapshot())
        showSnapshot(snapshot); // the Overview's config counts
}

void HealthPagesWiring::markSettled()
{
    if (m_settled)
        return;
    m_settled = true;
    emit settled();
}

} // namespace meshscope
