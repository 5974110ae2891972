#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace meshscope {

class EmptyStateWidget;
class ObjectFilterProxy;

// A page that lists Kubernetes objects from any table model: a filter box (debounced, all columns),
// a sortable table, a "N of M" count, and an empty state that says why there is nothing to show.
class ResourceTablePage : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceTablePage(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    // Rows whose namespaceRole differs from the namespace are hidden (empty namespace: all).
    void setNamespaceFilter(int namespaceRole, const QString& ns);
    void setEmptyState(const QString& icon, const QString& title, const QString& reason);
    // Puts a page-specific control (a kind filter, a toggle) in the filter row, before the item count.
    void addToolWidget(QWidget* widget);

    QTableView* table() const { return m_table; }
    ObjectFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    bool isShowingEmptyState() const;

private:
    void updateState();

    QLineEdit* m_filter;
    QLabel* m_count;
    QHBoxLayout* m_tools;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyStateWidget* m_empty;
    ObjectFilterProxy* m_proxy;
    QTimer* m_debounce;
    bool m_columnsSized = false;
};

} // namespace meshscope
