#include "guisession.h"

#include "analysisgraphbadges.h"
#include "clusterpages.h"
#include "demomesh.h"
#include "detailswiring.h"
#include "graphpagewiring.h"
#include "healthpageswiring.h"
#include "models/analysis/liveanalysis.h"
#include "models/appsettings.h"
#include "models/connectionstatus.h"
#include "models/graph/refresh/graphrefresh.h"
#include "models/kube/clustersession.h"
#include "models/kubeconfigcontexts.h"
#include "models/pagecatalog.h"
#include "models/prometheus/promauth.h"
#include "models/prometheus/promclient.h"
#include "proxiespagewiring.h"
#include "resourceeditors.h"
#include "trafficwiring.h"
#include "ui/clusterpicker.h"
#include "ui/graphpage.h"
#include "ui/iopeditorwindow.h"
#include "ui/istioconfigpage.h"
#include "ui/listpage.h"
#include "ui/mainwindow.h"
#include "views/common/resourcetablepage.h"

#include <QElapsedTimer>
#include <QStatusBar>
#include <QTimer>

namespace meshscope {

GuiSession::GuiSession(const StartupOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<AppSettings>())
    , m_pages(new PageCatalog(this))
    , m_status(new ConnectionStatus(this))
    , m_window(std::make_unique<MainWindow>(m_pages, m_status, m_settings.get()))
    , m_cluster(new ClusterSession(m_status, this))
    , m_analysis(new analysis::LiveAnalysis(m_cluster, this))
    , m_clusterPages(new ClusterPages(m_window.get(), m_cluster, m_status, m_analysis->results(), this))
    , m_graphPage(new GraphPageWiring(m_window.get(), m_cluster, m_settings.get(), this))
    , m_traffic(new TrafficWiring(m_window.get(), m_cluster, this))
    , m_healthPages(new HealthPagesWiring(m_window.get(), m_cluster, this))
    , m_details(new DetailsWiring(m_window.get(), m_cluster, m_healthPages, this))
    , m_proxiesPage(new ProxiesPageWiring(m_window.get(), m_cluster, this))
    , m_editors(new ResourceEditors(m_window.get(), m_cluster, {}, this))
{
    m_healthPages->setAnalysis(m_analysis->results());
    // A graph node's "Details": the same detail window as the lists open.
    connect(m_graphPage->page(), &GraphPage::detailsRequested, this, [this](const QString& id) {
        const std::shared_ptr<const graph::Graph>& shown = m_graphPage->controller()->graph();
        if (!shown)
            return;
        for (const graph::Node& node : shown->nodes) {
            if (node.id != id)
                continue;
            if (node.type == graph::NodeType::Service)
                m_details->open(health::Kind::Service, node.namespace_, node.service);
            else if (node.type == graph::NodeType::Workload)
                m_details->open(health::Kind::Workload, node.namespace_, node.workload);
            else if (node.type == graph::NodeType::App)
                m_details->open(health::Kind::App, node.namespace_, node.app);
            return;
        }
    });
    // Configuration problems on the graph's nodes; the node's "Show configuration problems" opens the Istio Config
    // page on the object of the worst one.
    auto* badges = new AnalysisGraphBadges(m_graphPage->controller(), m_analysis->results(), this);
    connect(badges, &AnalysisGraphBadges::objectRequested, this, [this](const QString& key) {
        if (IstioConfigPage* config = m_clusterPages->istioConfigPage(); config && config->selectObject(key))
            m_window->showPage(QStringLiteral("istio-config"));
        else
            m_window->statusBar()->showMessage(tr("%1 is not in the Istio Config list").arg(key), 8000);
    });
    // The graph's "Show proxy config" opens the Proxies page on one of the node's pods.
    connect(
        m_graphPage->page(), &GraphPage::showProxyConfigRequested, m_proxiesPage, &ProxiesPageWiring::showGraphNode);
    connect(m_details, &DetailsWiring::proxyConfigRequested, m_proxiesPage, &ProxiesPageWiring::showGraphNode);
    m_editors->setAnalysis(m_analysis);
    if (ResourceTablePage* list = m_clusterPages->page(QStringLiteral("istio-config")))
        m_editors->attachPage(list);
    // A detail window's Istio config links open the object in the editor.
    m_details->setConfigOpener([editors = m_editors](const QJsonObject& object) { editors->openObject(object); });
    if (m_options.screenshotFile.isEmpty())
        QTimer::singleShot(0, m_editors, &ResourceEditors::offerDraftRestore);
    connect(m_cluster, &ClusterSession::ready, this, &GuiSession::settleWhenListed);
    connect(m_cluster, &ClusterSession::failed, this, &GuiSession::markSettled);
    connect(m_cluster, &ClusterSession::readOnlyChanged, m_window.get(), &MainWindow::setReadOnly);
    connect(m_window.get(), &MainWindow::istioOperatorRequested, this, [this](const QString& path) {
        auto* editor = new IopEditorWindow(m_cluster); // deletes itself on close
        if (!path.isEmpty())
            editor->openFile(path);
        editor->show();
    });
    m_traffic->setPrometheusSource([graph = m_graphPage] { return graph->prometheus(); });
    m_traffic->attachGraphPage(m_graphPage->page());
    // The Services list's "Shift traffic…".
    ListPage* services = m_healthPages->listPage(health::Kind::Service);
    services->setShiftTrafficEnabled(true);
    connect(services, &ListPage::shiftTrafficRequested, m_traffic,
        [traffic = m_traffic](const QString& ns, const QString& name) { traffic->openDialog(ns, name); });
    if (m_options.screenshotFile.isEmpty()) {
        m_window->restoreFromSettings();
        // Once the window is up: edits a crash or kill -9 left unsaved.
        QTimer::singleShot(
            0, m_window.get(), [this] { IopEditorWindow::offerDraftRecovery(m_cluster, m_window.get()); });
    }
    if (!m_options.page.isEmpty())
        m_window->showPage(m_options.page);

    connect(m_status, &ConnectionStatus::changed, this, &GuiSession::explainGraphWithoutCluster);
    if (m_options.demo) {
        startDemoMesh();
    } else {
        usePrometheus();
        loadContexts();
    }
    connect(m_window->clusterPicker(), &ClusterPicker::contextChosen, this, [this](const QString& context) {
        m_settings->setLastContext(context);
        connectCluster(context);
    });
}

GuiSession::~GuiSession() = default;

void GuiSession::startDemoMesh()
{
    m_demo = new DemoMesh(this);
    m_status->setContext(tr("demo mesh"));
    connect(m_demo, &DemoMesh::progress, this,
        [this](const QString& message) { m_status->setState(ConnectionStatus::State::Connecting, message); });
    connect(m_demo, &DemoMesh::failed, this, [this](const QString& message) {
        m_status->setState(ConnectionStatus::State::Failed, message);
        markSettled();
    });
    connect(m_demo, &DemoMesh::ready, this, [this] {
        m_options.kubeconfig = m_demo->endpoints().kubeconfig;
        if (m_options.prometheus.isEmpty())
            m_options.prometheus = m_demo->endpoints().prometheus;
        usePrometheus();
        loadContexts(); // connects the cluster session, which takes over the status from here
    });
    m_demo->start();
}

void GuiSession::usePrometheus()
{
    PromConfig config;
    config.url = m_options.prometheus;
    config.maxBodyBytes = m_options.prometheusMaxBodyBytes;
    PromAuthSources sources;
    sources.passwordFile = m_options.prometheusPasswordFile;
    sources.tokenFile = m_options.prometheusTokenFile;
    if (const QString error = applyPromAuth(&config, sources); !error.isEmpty()) {
        m_graphPage->setPrometheus(PromConfig {});
        m_graphPage->controller()->setUnavailable(error);
        m_healthPages->setPrometheus(PromConfig {});
        return;
    }
    m_graphPage->setPrometheus(config);
    m_healthPages->setPrometheus(config);
}

void GuiSession::explainGraphWithoutCluster()
{
    // The graph's namespaces come from the cluster: with Prometheus given but the cluster unreachable, the page
    // says why there is nothing to pick instead of claiming there is no Prometheus.
    if (m_options.prometheus.isEmpty())
        return;
    if (m_status->state() == ConnectionStatus::State::Failed) {
        m_graphPage->controller()->setUnavailable(
            tr("The graph takes its namespaces from the cluster, and the cluster is not available: %1")
                .arg(m_status->message()));
        m_graphProblemShown = true;
    } else if (m_graphProblemShown) {
        m_graphProblemShown = false;
        usePrometheus(); // the controller let go of Prometheus while the cluster was away
    }
}

void GuiSession::settleWhenListed()
{
    // The pages are worth a look once the first lists have arrived; give up waiting after 15 s.
    auto* poll = new QTimer(this);
    QElapsedTimer deadline;
    deadline.start();
    connect(poll, &QTimer::timeout, this, [this, poll, deadline] {
        bool listed = true;
        for (const auto& [group, plural] :
            { std::pair { "", "namespaces" }, { "", "services" }, { "apps", "deployments" } }) {
            const KubeInformer* informer = m_cluster->informer(QString::fromLatin1(group), QString::fromLatin1(plural));
            listed = listed && (!informer || informer->hasSynced());
        }
        // On the Graph page the picture is worth taking once the graph is there (Prometheus needs two scrapes).
        const bool graphShown = m_window->currentPageId() != QLatin1String("graph") || m_graphPage->isSettled();
        // The health and proxy pages are worth a look once their first snapshot (health included) is in.
        static const QStringList healthPages = { QStringLiteral("overview"), QStringLiteral("applications"),
            QStringLiteral("workloads"), QStringLiteral("services"), QStringLiteral("mesh") };
        const bool healthShown = !healthPages.contains(m_window->currentPageId()) || m_healthPages->isSettled();
        const bool proxiesShown = m_window->currentPageId() != QLatin1String("proxies") || m_proxiesPage->isSettled();
        if ((listed && graphShown && healthShown && proxiesShown) || deadline.elapsed() > (listed ? 45000 : 15000)) {
            poll->deleteLater();
            markSettled();
        }
    });
    poll->start(100);
}

void GuiSession::markSettled()
{
    if (m_settled)
        return;
    m_settled = true;
    // Queued, so a caller connecting right after construction still hears it.
    QMetaObject::invokeMethod(this, &GuiSession::settled, Qt::QueuedConnection);
}

void GuiSession::loadContexts()
{
    const auto found = KubeconfigContexts::read(
        KubeconfigContexts::defaultFiles(m_options.kubeconfig), !m_options.kubeconfig.isEmpty());
    QString context = m_options.context;
    if (context.isEmpty())
        context = found.contexts.contains(m_settings->lastContext()) ? m_settings->lastContext() : found.currentContext;
    m_window->clusterPicker()->setContexts(found.contexts, context);
    m_status->setContext(found.contexts.isEmpty() ? QString() : context);
    const bool noKubeconfigAnywhere = found.nothingFound && m_options.kubeconfig.isEmpty(); // not a failure
    if (!found.error.isEmpty() && !noKubeconfigAnywhere)
        m_status->setState(ConnectionStatus::State::Failed, found.error);
    else if (!m_options.context.isEmpty() && !found.contexts.contains(m_options.context))
        m_status->setState(ConnectionStatus::State::Failed, tr("context \"%1\" is not in the kubeconfig").arg(context));
    else if (!found.contexts.isEmpty() && found.error.isEmpty())
        return connectCluster(context);
    markSettled(); // nothing to connect to
}

void GuiSession::connectCluster(const QString& context)
{
    m_graphPage->setContext(context);
    m_cluster->open(KubeconfigContexts::defaultFiles(m_options.kubeconfig), context, !m_options.kubeconfig.isEmpty());
}

} // namespace meshscope
