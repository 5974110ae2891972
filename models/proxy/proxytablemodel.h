#pragma once

#include "models/istio/jsontree.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVariant>

namespace meshscope {

// A row's cross-links by column: what a column's value refers to, e.g. {"destinationrule", "reviews.bookinfo"}.
// Rows have three at most, so a short list: a hash per row cost more to build and free than the rest of the row.
class ProxyRowLinks
{
public:
    using Link = std::pair<QString, QString>; // kind, target
    void insert(int column, const Link& link);
    bool contains(int column) const { return find(column) != nullptr; }
    Link value(int column) const;
    const QList<std::pair<int, Link>>& all() const { return m_links; }
    bool operator==(const ProxyRowLinks& other) const { return m_links == other.m_links; }

private:
    const Link* find(int column) const;
    QList<std::pair<int, Link>> m_links;
};

// One row of a proxy detail table: the cells as istioctl shows them, plus what the page needs to colour, sort,
// cross-link and show the resource behind the row.
struct ProxyTableRow
{
    enum class Severity
    {
        None,
        Good, // e.g. HEALTHY, a valid certificate
        Warning, // e.g. expiring soon, DEGRADED, draining, warming
        Bad, // e.g. UNHEALTHY, ejected by outlier detection, expired
    };

    QString key; // stable across refreshes (rows merge by it)
    QStringList cells;
    // Per column: numbers sort as numbers, text as its case-folded form (prepareProxyRows), else the cell.
    QVariantList sortValues;
    Severity severity = Severity::None;
    int severityColumn = -1; // the column the severity is about (-1: the whole row)
    QString toolTip;
    ProxyRowLinks links;
    JsonRef json;
};

// Off the UI thread, before rows go to a ProxyTableModel: gives every text cell its case-folded sort value (so
// sorting compares plain strings) and makes keys unique (so setRows need not copy the rows to rename one).
void prepareProxyRows(QList<ProxyTableRow>* rows);

// A table of rows that a refresh replaces by merging on ProxyTableRow::key: rows that did not change are left
// alone, changed ones emit dataChanged, the rest are inserted or removed (no reset, so selection and scrolling
// survive a live refresh).
class ProxyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles
    {
        SortRole = Qt::UserRole + 1,
        SeverityRole, // ProxyTableRow::Severity as int, for the severity column (or every column)
        LinkKindRole, // the cross-link of a cell: kind ("cluster", "route", "destinationrule", …)
        LinkTargetRole, // … and target
        KeyRole,
    };

    explicit ProxyTableModel(const QStringList& headers, QObject* parent = nullptr);

    void setRows(QList<ProxyTableRow> rows);
    void clear() { setRows({}); }
    const ProxyTableRow& rowAt(int row) const { return m_rows.at(row); }
    int rowOfKey(const QString& key) const { return m_index.value(key, -1); }
    const QList<ProxyTableRow>& rows() const { return m_rows; }
    // Whether row a sorts before row b by column, as SortRole's values compare (numbers as numbers, text ignoring
    // case), without building QVariants: what a sorting proxy calls some 400,000 times for 29,000 rows.
    bool lessThan(int a, int b, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QHash<QString, int> uniqueKeys(QList<ProxyTableRow>* rows);
    // One model reset: a sorting proxy sorts once instead of placing every row; the old rows are freed off the
    // UI thread.
    void resetRows(QList<ProxyTableRow> rows, QHash<QString, int> index);

    QStringList m_headers;
    QList<ProxyTableRow> m_rows;
    QHash<QString, int> m_index;
};

} // namespace meshscope
