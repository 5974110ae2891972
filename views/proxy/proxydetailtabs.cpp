#include "proxydetailtabs.h"

#include "jsontreeview.h"
#include "models/proxy/proxydetailcontroller.h"
#include "models/proxy/proxytables.h"
#include "proxypanels.h"
#include "proxytabletab.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace meshscope {

using Match = ProxyRowFilter::Match;
namespace pt = proxytables;

ProxyDetailTabs::ProxyDetailTabs(ProxyDetailController* controller, QWidget* parent)
    : QTabWidget(parent)
    , m_controller(controller)
    , m_clusters(new ProxyTableTab(controller->clusters(),
          { { pt::ClusterFqdn, tr("FQDN"), Match::Contains }, { pt::ClusterPort, tr("Port"), Match::Equals },
              { pt::ClusterSubset, tr("Subset"), Match::Contains },
              { pt::ClusterDirection, tr("Direction"), Match::Contains } },
          true, this))
    , m_listeners(new ProxyTableTab(controller->listeners(),
          { { pt::ListenerAddresses, tr("Address"), Match::Contains }, { pt::ListenerPort, tr("Port"), Match::Equals },
              { pt::ListenerType, tr("Type"), Match::Equals } },
          false, this))
    , m_routes(new ProxyTableTab(controller->routes(), { { pt::RouteName, tr("Name"), Match::Equals } }, false, this))
    , m_endpoints(new ProxyTableTab(controller->endpoints(),
          { { pt::EndpointAddress, tr("Address"), Match::Contains },
              { pt::EndpointCluster, tr("Cluster"), Match::Equals },
              { pt::EndpointStatus, tr("Status"), Match::Equals } },
          true, this))
    , m_secrets(new ProxyTableTab(controller->secrets(), {}, true, this))
    , m_ecds(new ProxyTableTab(controller->ecds(), {}, false, this))
    , m_stats(new ProxyTableTab(controller->stats(), {}, true, this))
    , m_loggers(new ProxyTableTab(controller->loggers(), {}, false, this))
    , m_certificate(new CertificatePanel(this))
    , m_bootstrap(new BootstrapPanel(this))
    , m_logging(new LoggingPanel(m_loggers, this))
    , m_istiodDiff(new ConfigDiffView(this))
    , m_compare(new ConfigDiffView(this))
    , m_compareTarget(new QComboBox(this))
    , m_compareButton(new QPushButton(tr("Compare"), this))
    , m_raw(new JsonTreeView(this))
{
    setObjectName(QStringLiteral("proxyDetailTabs"));
    auto* secrets = new QSplitter(Qt::Vertical, this);
    secrets->addWidget(m_secrets);
    secrets->addWidget(m_certificate);
    secrets->setStretchFactor(0, 1);
    secrets->setStretchFactor(1, 2);

    auto* compareBar = new QWidget(m_compare);
    auto* compareLayout = new QHBoxLayout(compareBar);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addWidget(new QLabel(tr("Compare this proxy with:"), compareBar));
    m_compareTarget->setObjectName(QStringLiteral("compareTarget"));
    m_compareTarget->setMinimumContentsLength(40);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    compareLayout->addWidget(m_compareTarget, 1);
    compareLayout->addWidget(m_compareButton);
    m_compare->addControls(compareBar);
    m_compare->setMessage(tr("Pick another proxy, e.g. another pod of the same workload or another version."));

    const QList<std::pair<QWidget*, QString>> tabs = {
        { m_clusters, tr("Clusters") },
        { m_listeners, tr("Listeners") },
        { m_routes, tr("Routes") },
        { m_endpoints, tr("Endpoints") },
        { secrets, tr("Secrets") },
        { m_bootstrap, tr("Bootstrap") },
        { m_logging, tr("Logging") },
        { m_stats, tr("Stats") },
        { m_ecds, tr("ECDS") },
        { m_istiodDiff, tr("istiod vs Envoy") },
        { m_compare, tr("Compare") },
        { m_raw, tr("Raw") },
    };
    for (const auto& [widget, title] : tabs)
        addTab(widget, title);
    m_clusters->setObjectName(QStringLiteral("clustersTab"));
    m_listeners->setObjectName(QStringLiteral("listenersTab"));
    m_routes->setObjectName(QStringLiteral("routesTab"));
    m_endpoints->setObjectName(QStringLiteral("endpointsTab"));
    m_secrets->setObjectName(QStringLiteral("secretsTab"));
    m_stats->setObjectName(QStringLiteral("statsTab"));
    m_ecds->setObjectName(QStringLiteral("ecdsTab"));
    m_istiodDiff->setObjectName(QStringLiteral("istiodDiffTab"));
    m_compare->setObjectName(QStringLiteral("compareTab"));
    m_raw->setObjectName(QStringLiteral("rawTab"));

    for (ProxyTableTab* tab : { m_clusters, m_listeners, m_routes, m_endpoints, m_secrets, m_stats })
        connect(tab, &ProxyTableTab::linkActivated, this, &ProxyDetailTabs::followLink);
    connect(m_secrets->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            const QModelIndex source = m_secrets->filter()->mapToSource(current);
            const auto snapshot = m_controller->snapshot();
            const int row = source.isValid() ? source.row() : -1;
            m_certificate->showSecret(
                row >= 0 && row < snapshot->dump.secrets.size() ? &snapshot->dump.secrets.at(row) : nullptr);
        });
    connect(m_logging, &LoggingPanel::levelRequested, controller, &ProxyDetailController::setLogLevel);
    connect(controller, &ProxyDetailController::loggingChanged, m_logging, &LoggingPanel::showResult);
    connect(controller, &ProxyDetailController::loggingPermissionChanged, this,
        [this] { m_logging->setPermission(m_controller->canChangeLogging(), m_controller->loggingPermission()); });
    connect(controller, &ProxyDetailController::snapshotChanged, this, &ProxyDetailTabs::showSnapshot);
    connect(controller, &ProxyDetailController::comparisonChanged, this, &ProxyDetailTabs::showComparison);
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        const QString id = m_compareTarget->currentText();
        const qsizetype dot = id.lastIndexOf(QLatin1Char('.'));
        if (dot > 0)
            m_controller->compareWith({ id.left(dot), id.mid(dot + 1), {} });
    });
    showSnapshot();
}

void ProxyDetailTabs::setComparableProxies(const QStringList& proxyIds)
{
    const QString current = m_compareTarget->currentText();
    QStringList others = proxyIds;
    others.removeAll(m_controller->proxy().proxyId());
    QStringList existing;
    for (int i = 0; i < m_compareTarget->count(); ++i)
        existing << m_compareTarget->itemText(i);
    if (existing == others)
        return;
    m_compareTarget->clear();
    m_compareTarget->addItems(others);
    m_compareTarget->setCurrentText(current);
}

void ProxyDetailTabs::followLink(const QString& kind, const QString& target)
{
    if (kind == QLatin1String("endpoints")) {
        setCurrentWidget(m_endpoints);
        m_endpoints->showOnly(pt::EndpointCluster, target);
    } else if (kind == QLatin1String("cluster")) {
        setCurrentWidget(m_clusters);
        m_clusters->showOnly(-1, {});
        m_clusters->selectKey(target);
    } else if (kind == QLatin1String("route")) {
        setCurrentWidget(m_routes);
        m_routes->showOnly(pt::RouteName, target);
    } else if (kind == QLatin1String("listener-route")) {
        setCurrentWidget(m_listeners);
        m_listeners->showOnly(pt::ListenerDestination, QStringLiteral("Route: ") + target);
    } else {
        const qsizetype slash = target.indexOf(QLatin1Char('/'));
        emit openResourceRequested(kind, target.left(std::max<qsizetype>(slash, 0)), target.mid(slash + 1));
    }
}

void ProxyDetailTabs::showSnapshot()
{
    const auto snapshot = m_controller->snapshot();
    m_bootstrap->showDump(snapshot->dump);
    if (snapshot->rawIndex && snapshot->dump.root.document() != m_rawDocument) {
        m_rawDocument = snapshot->dump.root.document();
        m_raw->setIndex(snapshot->rawIndex);
    } else if (!snapshot->rawIndex && m_rawDocument) {
        m_rawDocument = nullptr;
        m_raw->setIndex(nullptr);
    }
    if (m_controller->proxy().pod.isEmpty()) {
        m_istiodDiff->setMessage(tr("Select a proxy."));
    } else if (!snapshot->istiodDiff.valid) {
        m_istiodDiff->setMessage(snapshot->istiodDump.error.isEmpty()
                ? tr("istiod's view of this proxy is not available (no istiod reported it).")
                : tr("istiod's view of this proxy: %1").arg(snapshot->istiodDump.error));
    } else {
        m_istiodDiff->setDiff(snapshot->istiodDiff, tr("istiod"), tr("Envoy"),
            tr("Missing resources are what Envoy has not accepted yet (a STALE proxy)."));
    }
    m_certificate->showSecret(nullptr);
    m_logging->setPermission(m_controller->canChangeLogging(), m_controller->loggingPermission());
}

void ProxyDetailTabs::showComparison()
{
    const ProxyPod other = m_controller->comparedWith();
    if (other.pod.isEmpty()) {
        m_compare->setMessage(tr("Pick another proxy, e.g. another pod of the same workload or another version."));
        return;
    }
    if (!m_controller->comparisonError().isEmpty()) {
        m_compare->setMessage(
            tr("Could not compare with %1: %2").arg(other.proxyId(), m_controller->comparisonError()));
        return;
    }
    if (!m_controller->comparison().valid) {
        m_compare->setMessage(tr("Comparing with %1…").arg(other.proxyId()));
        return;
    }
    m_compare->setDiff(m_controller->comparison(), m_controller->proxy().proxyId(), other.proxyId(), {});
}

} // namespace meshscope
