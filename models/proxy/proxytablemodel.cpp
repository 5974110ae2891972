#include "proxytablemodel.h"

#include "models/core/backgroundrelease.h"

#include <QSet>

namespace meshscope {
namespace {

bool sameDisplay(const ProxyTableRow& a, const ProxyTableRow& b)
{
    return a.cells == b.cells && a.sortValues == b.sortValues && a.severity == b.severity
        && a.severityColumn == b.severityColumn && a.toolTip == b.toolTip && a.links == b.links;
}

bool sameKeys(const QList<ProxyTableRow>& a, const QList<ProxyTableRow>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).key != b.at(i).key)
            return false;
    }
    return true;
}

// The case-folded text a cell sorts by. Most cells (names, addresses, numbers) have nothing to fold: they are
// recognised by a plain scan and stay shared, which costs a fraction of what folding them would.
QString sortText(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || (u >= u'A' && u <= u'Z'))
            return text.toCaseFolded();
    }
    return text;
}

} // namespace

void ProxyRowLinks::insert(int column, const Link& link)
{
    for (auto& [at, existing] : m_links) {
        if (at == column) {
            existing = link;
            return;
        }
    }
    m_links.append({ column, link });
}

const ProxyRowLinks::Link* ProxyRowLinks::find(int column) const
{
    for (const auto& [at, link] : m_links) {
        if (at == column)
            return &link;
    }
    return nullptr;
}

ProxyRowLinks::Link ProxyRowLinks::value(int column) const
{
    const Link* link = find(column);
    return link ? *link : Link();
}

void prepareProxyRows(QList<ProxyTableRow>* rows)
{
    QSet<QString> keys;
    keys.reserve(rows->size());
    for (ProxyTableRow& row : *rows) {
        if (keys.contains(row.key)) {
            QString unique;
            for (int n = 2; unique.isEmpty() || keys.contains(unique); ++n)
                unique = row.key + QStringLiteral("#%1").arg(n);
            row.key = unique;
        }
        keys.insert(row.key);
        row.sortValues.resize(row.cells.size());
        for (qsizetype column = 0; column < row.cells.size(); ++column) {
            if (!row.sortValues.at(column).isValid())
                row.sortValues[column] = sortText(row.cells.at(column));
        }
    }
}

ProxyTableModel::ProxyTableModel(const QStringList& headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{ }

// Keys must be unique for the merge; repeated ones get a suffix (the list is only written to when one repeats, so
// rows shared with a snapshot stay shared). Returns each key's row.
QHash<QString, int> ProxyTableModel::uniqueKeys(QList<ProxyTableRow>* rows)
{
    QHash<QString, int> keys;
    keys.reserve(rows->size());
    for (int i = 0; i < rows->size(); ++i) {
        const QString& key = rows->at(i).key;
        if (!keys.contains(key)) {
            keys.insert(key, i);
            continue;
        }
        QString unique;
        for (int n = 2; unique.isEmpty() || keys.contains(unique); ++n)
            unique = key + QStringLiteral("#%1").arg(n);
        (*rows)[i].key = unique;
        keys.insert(unique, i);
    }
    return keys;
}

void ProxyTableModel::setRows(QList<ProxyTableRow> rows)
{
    QHash<QString, int> incoming = uniqueKeys(&rows);
    if (m_rows.isEmpty() || rows.isEmpty()) {
        if (m_rows.isEmpty() && rows.isEmpty())
            return;
        // Filling an empty table or emptying one: one reset, so a sorting proxy sorts once instead of placing
        // every inserted row, and nothing is lost (no selection or scroll position to keep).
        resetRows(std::move(rows), std::move(incoming));
        return;
    }
    if (sameKeys(m_rows, rows)) {
        // A live refresh of an unchanged set of resources: take the new rows as they are and signal the runs that
        // look different.
        QList<ProxyTableRow> old = std::exchange(m_rows, std::move(rows));
        m_index = std::move(incoming);
        for (int row = 0; row < m_rows.size();) {
            if (sameDisplay(old.at(row), m_rows.at(row))) {
                ++row;
                continue;
            }
            int last = row;
            while (last + 1 < m_rows.size() && !sameDisplay(old.at(last + 1), m_rows.at(last + 1)))
                ++last;
            emit dataChanged(index(row, 0), index(last, columnCount() - 1));
            row = last + 1;
        }
        releaseInBackground(std::move(old));
        return;
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
        resetRows(std::move(rows), std::move(incoming));
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
    m_index = std::move(incoming); // the merged rows are the new ones, in their order
}

void ProxyTableModel::resetRows(QList<ProxyTableRow> rows, QHash<QString, int> index)
{
    beginResetModel();
    QList<ProxyTableRow> old = std::exchange(m_rows, std::move(rows));
    m_index = std::move(index);
    endResetModel();
    releaseInBackground(std::move(old));
}

bool ProxyTableModel::lessThan(int a, int b, int column) const
{
    const ProxyTableRow& left = m_rows.at(a);
    const ProxyTableRow& right = m_rows.at(b);
    const QVariant* leftValue = column < left.sortValues.size() ? &left.sortValues.at(column) : nullptr;
    const QVariant* rightValue = column < right.sortValues.size() ? &right.sortValues.at(column) : nullptr;
    const auto isText = [](const QVariant* value) { return value && value->typeId() == QMetaType::QString; };
    if (isText(leftValue) && isText(rightValue)) { // both case-folded
        return *static_cast<const QString*>(leftValue->constData())
            < *static_cast<const QString*>(rightValue->constData());
    }
    if (leftValue && leftValue->isValid() && !isText(leftValue)) {
        return leftValue->toDouble()
            < (rightValue && rightValue->isValid() ? rightValue->toDouble() : right.cells.value(column).toDouble());
    }
    const QString empty;
    const QString& leftText = column < left.cells.size() ? left.cells.at(column) : empty;
    const QString& rightText = column < right.cells.size() ? right.cells.at(column) : empty;
    return leftText.compare(rightText, Qt::CaseInsensitive) < 0;
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
