#include "proxyrowfilter.h"

#include "proxytablemodel.h"

namespace meshscope {

ProxyRowFilter::ProxyRowFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProxyTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ProxyRowFilter::setSourceModel(QAbstractItemModel* model)
{
    m_table = qobject_cast<const ProxyTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool ProxyRowFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_table && sortRole() == ProxyTableModel::SortRole && left.column() == right.column())
        return m_table->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

void ProxyRowFilter::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

void ProxyRowFilter::setColumnFilter(int column, const QString& text, Match match)
{
    if (text.trimmed().isEmpty())
        m_columns.remove(column);
    else
        m_columns.insert(column, { text.trimmed(), match });
    invalidateFilter();
}

void ProxyRowFilter::clearColumnFilters()
{
    m_columns.clear();
    invalidateFilter();
}

void ProxyRowFilter::setProblemTest(std::function<bool(int, const QAbstractItemModel*)> test)
{
    m_problem = std::move(test);
    invalidateFilter();
}

void ProxyRowFilter::setOnlyProblems(bool only)
{
    if (only == m_onlyProblems)
        return;
    m_onlyProblems = only;
    invalidateFilter();
}

bool ProxyRowFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (m_onlyProblems && m_problem && !m_problem(sourceRow, model))
        return false;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        const QString value = model->index(sourceRow, it.key(), sourceParent).data().toString();
        const bool ok = it->match == Match::Contains ? value.contains(it->text, Qt::CaseInsensitive)
                                                     : value.compare(it->text, Qt::CaseInsensitive) == 0;
        if (!ok)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace meshscope
