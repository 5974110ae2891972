#include "objectfilterproxy.h"

namespace meshscope {

void ObjectFilterProxy::setNamespaceRole(int role)
{
    m_namespaceRole = role;
    invalidateFilter();
}

void ObjectFilterProxy::setNamespace(const QString& ns)
{
    if (ns == m_namespace)
        return;
    m_namespace = ns;
    invalidateFilter();
}

bool ObjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_namespace.isEmpty() && m_namespaceRole >= 0) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        // Cluster-scoped objects (no namespace) stay visible whatever namespace is picked.
        const QString ns = index.data(m_namespaceRole).toString();
        if (!ns.isEmpty() && ns != m_namespace)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace meshscope
