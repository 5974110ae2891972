#include "proxytablemodel.h"

#include <QSet>

namespace meshscope {
namespace {

bool sameDisplay(const ProxyTableRow& a, const ProxyTableRow& b)
{
    return a.cells == b.cells && a.sortValues == b.sortValues && a.severity == b.severity
        && a.severityColumn == b.severityColumn && a.toolTip == b.toolTip && a.links == b.links;
}

} // namespace

ProxyTableModel::ProxyTableModel(const QStringList& headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{ }

void ProxyTableModel::reindex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_index.insert(m_rows.at(row).key, row);
}

void ProxyTableModel::setRows(QList<ProxyTableRow> rows)
{
    // Keys must be unique for the merge; repeated ones get a suffix.
    QHash<QString, int> incoming;
    incoming.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QString key = rows.at(i).key;
        for (int n = 2; incoming.contains(key); ++n)
            key = rows.at(i).key + QStringLiteral("#%1").arg(n);
        rows[i].key = key;
        incoming.insert(key, i);
    }

    // Drop the rows that are gone, bottom up in runs.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows.at(row).key)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // The survivors must keep their order for an in-place merge; otherwise start over.
    int expected = 0;
    bool ordered = true;
    for (const ProxyTableRow& row : std::as_const(m_rows)) {
        const int at = incoming.value(row.key);
        if (at < expected) {
            ordered = false;
            break;
        }
        expected = at;
    }
    if (!ordered) {
        beginResetModel();
        m_rows = std::move(rows);
        reindex();
        endResetModel();
        return;
    }

    int j = 0;
    for (int i = 0; i < rows.size();) {
        if (j < m_rows.size() && m_rows.at(j).key == rows.at(i).key) {
            const bool changed = !sameDisplay(m_rows.at(j), rows.at(i));
            m_rows[j] = std::move(rows[i]);
            if (changed)
                emit dataChanged(index(j, 0), index(j, columnCount() - 1));
            ++i;
            ++j;
            continue;
        }
        // A run of new rows goes in before row j.
        int end = i;
        const QString nextExisting = j < m_rows.size() ? m_rows.at(j).key : QString();
        while (end < rows.size() && rows.at(end).key != nextExisting)
            ++end;
        beginInsertRows({}, j, j + (end - i) - 1);
        QList<ProxyTableRow> run;
        run.reserve(end - i);
        for (int k = i; k < end; ++k)
            run.append(std::move(rows[k]));
        m_rows.insert(j, run.size(), ProxyTableRow());
        for (int k = 0; k < run.size(); ++k)
            m_rows[j + k] = std::move(run[k]);
        endInsertRows();
        j += end - i;
        i = end;
    }
    reindex();
}

int ProxyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProxyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ProxyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProxyTableRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(column);
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case SortRole: {
        const QVariant value = row.sortValues.value(column);
        return value.isValid() ? value : QVariant(row.cells.value(column));
    }
    case SeverityRole:
        if (row.severityColumn >= 0 && row.severityColumn != column)
            return int(ProxyTableRow::Severity::None);
        return int(row.severity);
    case LinkKindRole:
        return row.links.contains(column) ? QVariant(row.links.value(column).first) : QVariant();
    case LinkTargetRole:
        return row.links.contains(column) ? QVariant(row.links.value(column).second) : QVariant();
    case KeyRole:
        return row.key;
    default:
        return {};
    }
}

QVariant ProxyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_headers.value(section);
}

} // namespace meshscope
