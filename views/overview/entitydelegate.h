#pragma once

#include <QStyledItemDelegate>

namespace meshscope {

// Paints the lists' special cells: the health column (status icon and text), the Istio config column (one badge
// per kind, outlined in the colour of its validation) and a missing sidecar (in the warning colour).
class EntityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    EntityDelegate(int healthColumn, int configColumn, int meshColumn, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintBadges(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;

    int m_healthColumn;
    int m_configColumn;
    int m_meshColumn; // -1: none
};

} // namespace meshscope
