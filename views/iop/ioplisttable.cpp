#include "ioplisttable.h"

#include "models/iop/iopeditordocument.h"
#include "models/iop/ioptree.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace meshscope::iop {

IopListTable::IopListTable(IopEditorDocument* document, QList<ColumnSpec> columns, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_columns(std::move(columns))
    , m_table(new QTableWidget(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_table->setColumnCount(int(m_columns.size()));
    QStringList titles;
    for (const ColumnSpec& column : std::as_const(m_columns))
        titles << column.title;
    m_table->setHorizontalHeaderLabels(titles);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(150);
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::cellChanged, this, [this] {
        if (!m_refreshing)
            commit();
    });
    connect(m_add, &QToolButton::clicked, this, [this] {
        m_refreshing = true;
        m_table->insertRow(m_table->rowCount());
        m_refreshing = false;
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        commit();
    });
}

void IopListTable::setPath(const QString& path)
{
    m_path = path;
    refresh();
}

void IopListTable::refresh()
{
    m_refreshing = true;
    setEnabled(!m_path.isEmpty());
    const QVariantList items = m_path.isEmpty() ? QVariantList() : m_document->fileValue(m_path).toList();
    m_table->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const QVariant value = valueAt(items.at(r), m_columns.at(c).key);
            const QString text = !value.isValid() || isNull(value) ? QString() : shortText(value).remove(u'"');
            auto* item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, c, item);
            }
            item->setText(text);
        }
    }
    m_refreshing = false;
}

void IopListTable::commit()
{
    if (m_path.isEmpty())
        return;
    QVariantList items;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QVariantMap item;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QTableWidgetItem* cell = m_table->item(r, c);
            const QString text = cell ? cell->text().trimmed() : QString();
            if (text.isEmpty())
                continue;
            bool isNumber = false;
            const qlonglong number = text.toLongLong(&isNumber);
            item.insert(m_columns.at(c).key, m_columns.at(c).numeric && isNumber ? QVariant(number) : QVariant(text));
        }
        if (!item.isEmpty())
            items.append(item);
    }
    QString error;
    if (!m_document->setValue(m_path, items.isEmpty() ? nullValue() : QVariant(items), &error))
        emit editFailed(tr("Cannot change %1: %2").arg(m_path, error));
}

} // namespace meshscope::iop
