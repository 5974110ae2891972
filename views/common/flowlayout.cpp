#include "flowlayout.h"

#include <QWidget>

namespace meshscope {

FlowLayout::FlowLayout(QWidget* parent, int hSpacing, int vSpacing)
    : QLayout(parent)
    , m_hSpacing(hSpacing)
    , m_vSpacing(vSpacing)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

void FlowLayout::addStretch()
{
    m_trailingFrom = int(m_items.size());
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    if (m_trailingFrom > index)
        --m_trailingFrom;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else can wrap.
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row with everything in it.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width() + (width > 0 ? m_hSpacing : 0);
        height = std::max(height, hint.height());
    }
    const QMargins m = contentsMargins();
    return { width + m.left() + m.right(), height + m.top() + m.bottom() };
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

// Places the items row by row; returns the height used. Each row is vertically centred on its tallest item.
int FlowLayout::doLayout(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    struct Row
    {
        QList<QLayoutItem*> items;
        int width = 0;
        int height = 0;
        int trailingFrom = -1; // position in items of the first right-aligned item
    };
    QList<Row> rows(1);
    for (int i = 0; i < m_items.size(); ++i) {
        QLayoutItem* item = m_items[i];
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
        Row* row = &rows.last();
        const int needed = row->items.isEmpty() ? hint.width() : row->width + m_hSpacing + hint.width();
        if (!row->items.isEmpty() && needed > area.width()) {
            rows.append(Row {});
            row = &rows.last();
        }
        if (i == m_trailingFrom || (m_trailingFrom >= 0 && i > m_trailingFrom && row->trailingFrom < 0))
            row->trailingFrom = int(row->items.size());
        row->width = row->items.isEmpty() ? hint.width() : row->width + m_hSpacing + hint.width();
        row->height = std::max(row->height, hint.height());
        row->items.append(item);
    }

    int y = area.y();
    for (const Row& row : rows) {
        if (row.items.isEmpty())
            continue;
        if (apply) {
            int x = area.x();
            for (int i = 0; i < row.items.size(); ++i) {
                QLayoutItem* item = row.items[i];
                if (i == row.trailingFrom)
                    x = std::max(x, area.right() + 1 - (row.width - (x - area.x())));
                const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
                item->setGeometry(QRect(QPoint(x, y + (row.height - hint.height()) / 2), hint));
                x += hint.width() + m_hSpacing;
            }
        }
        y += row.height + m_vSpacing;
    }
    const int used = y - area.y() - (y > area.y() ? m_vSpacing : 0);
    const QMargins m = contentsMargins();
    return used + m.top() + m.bottom();
}

} // namespace meshscope
