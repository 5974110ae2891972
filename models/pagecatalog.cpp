#include "pagecatalog.h"

namespace meshscope {

QList<PageCatalog::Page> PageCatalog::buildPages()
{
    const QString noCluster = tr("No cluster is connected. Choose a context in the toolbar, start with "
                                 "--kubeconfig/--context, or try the built-in demo mesh with --demo.");
    return {
        { QStringLiteral("overview"), tr("Overview"),
            tr("Namespaces at a glance: health, traffic and Istio configuration status."), noCluster,
            QStringLiteral(":/icons/page-overview.svg") },
        { QStringLiteral("graph"), tr("Graph"),
            tr("Live traffic topology with request rate, errors, latency and mTLS on every edge."),
            tr("The traffic graph needs Prometheus with Istio's standard metrics. No Prometheus is "
               "configured yet; pass --prometheus URL or connect to a cluster that runs one."),
            QStringLiteral(":/icons/page-graph.svg") },
        { QStringLiteral("applications"), tr("Applications"),
            tr("Applications grouped by their app label, with health and versions."), noCluster,
            QStringLiteral(":/icons/page-applications.svg") },
        { QStringLiteral("workloads"), tr("Workloads"),
            tr("Deployments and their pods, sidecar injection and proxy status."), noCluster,
            QStringLiteral(":/icons/page-workloads.svg") },
        { QStringLiteral("services"), tr("Services"), tr("Kubernetes services and the Istio routing attached to them."),
            noCluster, QStringLiteral(":/icons/page-services.svg") },
        { QStringLiteral("istio-config"), tr("Istio Config"),
            tr("VirtualServices, DestinationRules, Gateways, policies and their validation results."), noCluster,
            QStringLiteral(":/icons/page-istio-config.svg") },
        { QStringLiteral("proxies"), tr("Proxies"),
            tr("Envoy clusters, listeners, routes, endpoints and secrets per pod, and xDS sync with istiod."),
            noCluster, QStringLiteral(":/icons/page-proxies.svg") },
        { QStringLiteral("mesh"), tr("Mesh"), tr("Control plane: istiod revisions, versions and mesh configuration."),
            noCluster, QStringLiteral(":/icons/page-mesh.svg") },
    };
}

PageCatalog::PageCatalog(QObject* parent)
    : QAbstractListModel(parent)
    , m_pages(buildPages())
{ }

int PageCatalog::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant PageCatalog::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Page& page = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return page.title;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return page.description;
    case IdRole:
        return page.id;
    case EmptyReasonRole:
        return page.emptyReason;
    case IconNameRole:
        return page.icon;
    default:
        return {};
    }
}

QHash<int, QByteArray> PageCatalog::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "pageId");
    names.insert(DescriptionRole, "description");
    names.insert(EmptyReasonRole, "emptyReason");
    names.insert(IconNameRole, "iconName");
    return names;
}

int PageCatalog::rowOf(const QString& id) const
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages.at(row).id == id)
            return row;
    }
    return -1;
}

QStringList PageCatalog::ids() const
{
    QStringList result;
    for (const Page& page : m_pages)
        result << page.id;
    return result;
}

void PageCatalog::retranslate()
{
    m_pages = buildPages();
    if (!m_pages.isEmpty())
        emit dataChanged(index(0), index(int(m_pages.size()) - 1));
}

} // namespace meshscope
