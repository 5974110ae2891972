#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace meshscope::iop {

class IopEffectiveModel;

// The effective IstioOperator, value by value, with who set each (colour and column) and the chart default;
// filters for "only what this file sets", "hide chart defaults" and text.
class IopEffectiveView : public QWidget
{
    Q_OBJECT
public:
    explicit IopEffectiveView(IopEffectiveModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    void setOnlyFile(bool only);

signals:
    void pathActivated(const QString& path);

private:
    QTableView* m_table;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QCheckBox* m_onlyFile;
    QCheckBox* m_hideCharts;
};

} // namespace meshscope::iop
