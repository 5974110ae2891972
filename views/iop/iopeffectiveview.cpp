#include "iopeffectiveview.h"

#include "models/iop/iopeffectivemodel.h"
#include "models/iop/iopmerge.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace meshscope::iop {

namespace {

// Which rows to show: text anywhere in the path or value; optionally only the file's (and --set) values;
// optionally without rows that only the charts set.
class EffectiveFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool onlyFile = false;
    bool hideCharts = false;
    QString text;

    void update() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        const int kind = index.data(IopEffectiveModel::LayerKindRole).toInt();
        if (onlyFile && kind != IopLayer::File && kind != IopLayer::SetFlag)
            return false;
        if (hideCharts && kind == IopLayer::ChartDefaults)
            return false;
        if (text.isEmpty())
            return true;
        for (int column = 0; column < IopEffectiveModel::ColumnCount; ++column) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

// Tints a row by the layer that set it, so the file's own values stand out from what the profiles bring.
class LayerDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int kind = index.data(IopEffectiveModel::LayerKindRole).toInt();
        QColor tint;
        switch (kind) {
        case IopLayer::File:
            tint = QColor(46, 160, 67, 45);
            break;
        case IopLayer::SetFlag:
            tint = QColor(230, 140, 20, 55);
            break;
        case IopLayer::Profile:
            tint = QColor(60, 120, 220, 35);
            break;
        default:
            break;
        }
        if (tint.isValid())
            option->backgroundBrush = tint;
        if (kind == IopLayer::ChartDefaults)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        if (index.column() == IopEffectiveModel::DefaultColumn
            && index.data(IopEffectiveModel::HasChartDefaultRole).toBool()
            && !index.data(IopEffectiveModel::IsChartDefaultRole).toBool())
            option->font.setBold(true); // differs from the chart's default
    }
};

} // namespace

IopEffectiveView::IopEffectiveView(IopEffectiveModel* model, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_proxy(new EffectiveFilter(this))
    , m_filter(new QLineEdit(this))
    , m_onlyFile(new QCheckBox(tr("Only values the file sets"), this))
    , m_hideCharts(new QCheckBox(tr("Hide chart defaults"), this))
{
    setObjectName(QStringLiteral("iopEffective"));
    m_table->setObjectName(QStringLiteral("iopEffectiveTable"));
    m_proxy->setSourceModel(model);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new LayerDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(IopEffectiveModel::PathColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(IopEffectiveModel::ValueColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(IopEffectiveModel::ValueColumn, 170);
    m_table->setColumnWidth(IopEffectiveModel::LayerColumn, 130);
    m_table->setColumnWidth(IopEffectiveModel::DefaultColumn, 110);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // a long path keeps its start and its end
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_filter->setPlaceholderText(tr("Filter paths and values"));
    m_filter->setClearButtonEnabled(true);
    m_hideCharts->setChecked(true);

    auto* legend = new QLabel(tr("Green: this file · Orange: --set · Blue: the profile · Plain: default profile · "
                                 "Grey: chart default. Bold default: the value differs from the chart's."),
        this);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_onlyFile);
    bar->addWidget(m_hideCharts);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(legend);

    auto* filter = static_cast<EffectiveFilter*>(m_proxy);
    filter->hideCharts = true;
    connect(m_filter, &QLineEdit::textChanged, this, [filter](const QString& text) {
        filter->text = text.trimmed();
        filter->update();
    });
    connect(m_onlyFile, &QCheckBox::toggled, this, [filter](bool on) {
        filter->onlyFile = on;
        filter->update();
    });
    connect(m_hideCharts, &QCheckBox::toggled, this, [filter](bool on) {
        filter->hideCharts = on;
        filter->update();
    });
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex& index) { emit pathActivated(index.data(IopEffectiveModel::PathRole).toString()); });
}

void IopEffectiveView::setOnlyFile(bool only)
{
    m_onlyFile->setChecked(only);
}

} // namespace meshscope::iop
