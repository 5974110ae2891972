#pragma once

#include <QSortFilterProxyModel>

namespace meshscope {

// Filters rows by namespace (exact, from a role of the source model) and by text in any column.
class ObjectFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNamespaceRole(int role);
    void setNamespace(const QString& ns); // empty: every namespace
    QString filterNamespace() const { return m_namespace; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_namespaceRole = -1;
    QString m_namespace;
};

} // namespace meshscope
