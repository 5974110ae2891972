#include "entitydelegate.h"

#include "healthstyle.h"

#include <QApplication>
#include <QPainter>

namespace meshscope {

using health::EntityListModel;

EntityDelegate::EntityDelegate(int healthColumn, int configColumn, int meshColumn, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_healthColumn(healthColumn)
    , m_configColumn(configColumn)
    , m_meshColumn(meshColumn)
{ }

void EntityDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == m_configColumn)
        return paintBadges(painter, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.column() == m_healthColumn) {
        const auto status = health::Status(index.data(EntityListModel::HealthRole).toInt());
        opt.icon = healthstyle::icon(status, option.palette);
        opt.features |= QStyleOptionViewItem::HasDecoration;
        opt.decorationSize = QSize(14, 14);
    } else if (index.column() == m_meshColumn && index.data(EntityListModel::MissingSidecarRole).toBool()) {
        const QColor warning = healthstyle::color(health::Status::Degraded, option.palette);
        opt.palette.setColor(QPalette::Text, warning);
        opt.palette.setColor(QPalette::HighlightedText, warning.lighter(150));
        opt.font.setBold(true);
    }
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

void EntityDelegate::paintBadges(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QStringList kinds = index.data(EntityListModel::ConfigKindsRole).toStringList();
    if (kinds.isEmpty())
        return;
    const auto validation = health::Validation(index.data(EntityListModel::ValidationRole).toInt());
    const QColor outline = healthstyle::color(validation, option.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    qreal x = option.rect.left() + 4;
    const qreal y = option.rect.center().y() - height / 2.0;
    for (const QString& kind : kinds) {
        const qreal width = metrics.horizontalAdvance(kind) + 10;
        if (x + width > option.rect.right())
            break;
        const QRectF badge(x, y, width, height);
        painter->setPen(QPen(outline, validation == health::Validation::NotValidated ? 1.0 : 1.6));
        painter->setBrush(option.palette.color(QPalette::AlternateBase));
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                              : option.palette.color(QPalette::Text));
        painter->drawText(badge, Qt::AlignCenter, kind);
        x += width + 4;
    }
    painter->restore();
}

QSize EntityDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == m_configColumn) {
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(true);
        const QFontMetrics metrics(font);
        int width = 8;
        for (const QString& kind : index.data(EntityListModel::ConfigKindsRole).toStringList())
            width += metrics.horizontalAdvance(kind) + 14;
        size.setWidth(std::max(width, 60));
    } else if (index.column() == m_healthColumn) {
        size.setWidth(size.width() + 22);
    }
    return size;
}

} // namespace meshscope
