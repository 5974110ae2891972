#include "tonedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace meshscope {

ToneDelegate::ToneDelegate(ToneOf toneOf, bool pill, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_toneOf(std::move(toneOf))
    , m_pill(pill)
{ }

void ToneDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const proxystyle::Tone tone = m_toneOf ? m_toneOf(index) : proxystyle::Tone::Neutral;
    const bool link = m_linkRole >= 0 && index.data(m_linkRole).isValid();
    if (tone == proxystyle::Tone::Neutral && !link && !m_pill) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    painter->save();
    const QColor colour = proxystyle::colour(tone, option.palette);
    const bool selected = option.state & QStyle::State_Selected;
    if (m_pill && !text.isEmpty()) {
        const QString label = proxystyle::glyph(tone) + QLatin1Char(' ') + text;
        QFont font = option.font;
        font.setBold(tone == proxystyle::Tone::Bad);
        painter->setFont(font);
        const QFontMetrics metrics(font);
        QRect pill(area.left(), area.top() + 2, metrics.horizontalAdvance(label) + 12, area.height() - 4);
        pill = pill.intersected(area.adjusted(0, 0, 0, 0));
        QColor fill = colour;
        fill.setAlpha(tone == proxystyle::Tone::Neutral ? 30 : 48);
        QPainterPath path;
        path.addRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(path, fill);
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : colour);
        painter->drawText(pill, Qt::AlignCenter, label);
    } else {
        QString label = text;
        if (tone != proxystyle::Tone::Neutral && !text.isEmpty())
            label = proxystyle::glyph(tone) + QLatin1Char(' ') + text;
        QColor pen = tone != proxystyle::Tone::Neutral ? colour : option.palette.color(QPalette::Link);
        if (selected)
            pen = option.palette.color(QPalette::HighlightedText);
        painter->setPen(pen);
        QFont font = option.font;
        font.setUnderline(link && tone == proxystyle::Tone::Neutral);
        painter->setFont(font);
        painter->drawText(area, int(Qt::AlignVCenter | Qt::AlignLeft),
            QFontMetrics(font).elidedText(label, Qt::ElideRight, area.width()));
    }
    painter->restore();
}

QSize ToneDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.horizontalAdvance(QStringLiteral("✔ ")) + (m_pill ? 16 : 0);
    return size;
}

} // namespace meshscope
