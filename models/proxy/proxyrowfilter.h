#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <functional>

namespace meshscope {

class ProxyTableModel;

// Filters and sorts a proxy table: free text over all columns, per-column filters as istioctl's flags match
// (substring for --fqdn/--subset/--direction, whole value for --port/--status/--address/--cluster/--type), and
// optionally only the rows with a problem.
class ProxyRowFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Match
    {
        Contains,
        Equals, // ignoring case
    };

    explicit ProxyRowFilter(QObject* parent = nullptr);

    void setText(const QString& text);
    void setColumnFilter(int column, const QString& text, Match match);
    void clearColumnFilters();
    // The test a source row must pass when "only problems" is on (row, source model).
    void setProblemTest(std::function<bool(int, const QAbstractItemModel*)> test);
    void setOnlyProblems(bool only);
    bool onlyProblems() const { return m_onlyProblems; }

    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    struct ColumnFilter
    {
        QString text;
        Match match;
    };
    const ProxyTableModel* m_table = nullptr; // the source, when it is one (sorts without QVariants)
    QString m_text;
    QHash<int, ColumnFilter> m_columns;
    std::function<bool(int, const QAbstractItemModel*)> m_problem;
    bool m_onlyProblems = false;
};

} // namespace meshscope
