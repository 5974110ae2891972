#pragma once

#include "models/proxy/proxyrowfilter.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace meshscope {

class ProxyTableModel;

// One detail tab of the Proxies page: a table of a proxy's resources with istioctl's filters as fields, a count,
// the selected row's resource as JSON, and its cross-links (double-click a linked cell, or the context menu).
class ProxyTableTab : public QWidget
{
    Q_OBJECT
public:
    struct Field
    {
        int column;
        QString placeholder; // named like istioctl's flag: "FQDN", "Port", …
        ProxyRowFilter::Match match;
    };

    ProxyTableTab(ProxyTableModel* model, const QList<Field>& fields, bool problemsFilter, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ProxyRowFilter* filter() const { return m_filter; }
    // Sets a filter field (clearing the others) and shows the matching rows: how cross-links land here.
    void showOnly(int column, const QString& value);
    bool selectKey(const QString& key);
    int shownRows() const;

signals:
    void linkActivated(const QString& kind, const QString& target);

private:
    void updateCount();
    void showSelection();
    void contextMenu(const QPoint& position);
    void sizeColumnsOnce();

    ProxyTableModel* m_model;
    ProxyRowFilter* m_filter;
    QList<Field> m_fields;
    QList<QLineEdit*> m_fieldEdits;
    QLineEdit* m_text;
    QCheckBox* m_problems = nullptr;
    QLabel* m_count;
    QTableView* m_table;
    QPlainTextEdit* m_json;
    QTimer* m_debounce;
    bool m_sized = false;
};

} // namespace meshscope
