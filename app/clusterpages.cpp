#include "clusterpages.h"

#include "models/connectionstatus.h"
#include "models/kube/clustersession.h"
#include "models/pagecatalog.h"
#include "ui/clusterpicker.h"
#include "ui/istioconfigpage.h"
#include "ui/mainwindow.h"
#include "views/common/resourcetablepage.h"

#include <QTableView>

namespace meshscope {

ClusterPages::ClusterPages(MainWindow* window, ClusterSession* session, ConnectionStatus* status,
    analysis::AnalysisResults* analysis, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_status(status)
{
    // Applications, Workloads and Services are the health pages' (HealthPagesWiring).
    if (analysis) {
        const QString pageId = QStringLiteral("istio-config");
        m_istioConfig = new IstioConfigPage(session->istioConfigModel(), analysis);
        m_istioConfig->setObjectName(pageId + QStringLiteral("Page"));
        prepare(pageId, m_istioConfig->table());
        m_window->setPageWidget(pageId, m_istioConfig);
    } else {
        addPage(QStringLiteral("istio-config"), session->istioConfigModel());
    }

    KubeObjectModel* namespaces = session->namespacesModel();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(namespaces, signal, this, &ClusterPages::updateNamespaceChoices);
    connect(namespaces, &QAbstractItemModel::modelReset, this, &ClusterPages::updateNamespaceChoices);
    connect(window->clusterPicker(), &ClusterPicker::namespaceChosen, this, &ClusterPages::applyNamespace);
    connect(status, &ConnectionStatus::changed, this, &ClusterPages::updateEmptyStates);
    updateEmptyStates();
}

void ClusterPages::updateEmptyStates()
{
    const PageCatalog catalog;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const PageCatalog::Page& info = catalog.pages().at(catalog.rowOf(it.key()));
        QString text;
        switch (m_status->state()) {
        case ConnectionStatus::State::NotConfigured:
            text = info.emptyReason;
            break;
        case ConnectionStatus::State::Connecting:
            text = m_status->message().isEmpty()
                ? tr("Connecting to %1…").arg(m_status->context())
                : tr("Connecting to %1: %2").arg(m_status->context(), m_status->message());
            break;
        case ConnectionStatus::State::Failed:
            text = m_status->context().isEmpty()
                ? tr("Cannot use the kubeconfig: %1").arg(m_status->message())
                : tr("Cannot connect to %1: %2").arg(m_status->context(), m_status->message());
            break;
        case ConnectionStatus::State::Connected:
        case ConnectionStatus::State::Reconnecting:
            text = tr("Nothing here: the list is still loading, or the chosen namespace has none.");
            break;
        }
        it.value()->setEmptyState(info.icon, info.title, text);
    }
}

ResourceTablePage* ClusterPages::addPage(const QString& pageId, QAbstractItemModel* model)
{
    auto* page = new ResourceTablePage;
    page->setObjectName(pageId + QStringLiteral("Page"));
    prepare(pageId, page);
    page->setModel(model);
    m_window->setPageWidget(pageId, page);
    return page;
}

void ClusterPages::prepare(const QString& pageId, ResourceTablePage* page)
{
    const PageCatalog catalog;
    const PageCatalog::Page& info = catalog.pages().at(catalog.rowOf(pageId));
    page->setEmptyState(
        info.icon, info.title, tr("Nothing here yet: waiting for the cluster, or the chosen namespace has none."));
    m_pages.insert(pageId, page);
}

void ClusterPages::updateNamespaceChoices()
{
    QStringList names;
    const KubeObjectModel* namespaces = m_session->namespacesModel();
    for (int row = 0; row < namespaces->rowCount(); ++row)
        names << namespaces->index(row, 0).data(KubeObjectModel::NameRole).toString();
    names.sort();
    m_window->clusterPicker()->setNamespaces(names);
}

void ClusterPages::applyNamespace(const QString& ns)
{
    for (ResourceTablePage* page : std::as_const(m_pages))
        page->setNamespaceFilter(KubeObjectModel::NamespaceRole, ns);
}

} // namespace meshscope
