#include "resourcetablepage.h"

#include "emptystatewidget.h"
#include "objectfilterproxy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace meshscope {

ResourceTablePage::ResourceTablePage(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(m_stack))
    , m_empty(new EmptyStateWidget(m_stack))
    , m_proxy(new ObjectFilterProxy(this))
    , m_debounce(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by any column…"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_table->setObjectName(QStringLiteral("resourceTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    m_tools = new QHBoxLayout;
    top->addLayout(m_tools);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    // Typing re-filters thousands of rows; wait for a pause instead of filtering on every key.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_proxy->setFilterFixedString(m_filter->text());
        updateState();
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &ResourceTablePage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResourceTablePage::updateState);
    updateState();
}

void ResourceTablePage::setModel(QAbstractItemModel* model)
{
    m_proxy->setSourceModel(model);
    m_columnsSized = false;
    if (model) {
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(model, signal, this, &ResourceTablePage::updateState, Qt::UniqueConnection);
    }
    updateState();
}

void ResourceTablePage::addToolWidget(QWidget* widget)
{
    m_tools->addWidget(widget);
}

void ResourceTablePage::setEmptyState(const QString& icon, const QString& title, const QString& reason)
{
    m_empty->setIcon(icon);
    m_empty->setTitle(title);
    m_empty->setReason(reason);
}

void ResourceTablePage::setNamespaceFilter(int namespaceRole, const QString& ns)
{
    m_proxy->setNamespaceRole(namespaceRole);
    m_proxy->setNamespace(ns);
    updateState();
}

bool ResourceTablePage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ResourceTablePage::updateState()
{
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    // Size the columns to the first rows that arrive (the model is usually empty when attached).
    if (m_proxy->rowCount() > 0 && !m_columnsSized) {
        m_columnsSized = true;
        // After the batch that brought the rows has been laid out, not in the middle of it.
        QTimer::singleShot(0, m_table, [table = m_table] {
            table->resizeColumnsToContents();
            // Room to breathe; not for the last column, which stretches to the edge (widening it would only
            // bring up a horizontal scroll bar).
            for (int column = 0; column + 1 < table->model()->columnCount(); ++column)
                table->setColumnWidth(column, table->columnWidth(column) + 16);
        });
    }
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n item(s)", nullptr, total) : tr("%1 of %2").arg(shown).arg(total));
    // Only an empty source is an empty state; a filter that matches nothing keeps the table (and its headers).
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget*>(m_empty) : m_table);
}

} // namespace meshscope
