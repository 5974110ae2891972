#pragma once

#include "proxystyle.h"

#include <QStyledItemDelegate>
#include <functional>

namespace meshscope {

// Paints a cell in the tone its row or state has (a glyph and coloured text, or a pill for sync states) and
// cross-link cells in the link colour, so problems stand out without reading every cell.
class ToneDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using ToneOf = std::function<proxystyle::Tone(const QModelIndex&)>;
    ToneDelegate(ToneOf toneOf, bool pill, QObject* parent = nullptr);

    // Cells whose linkRole holds something are drawn as links.
    void setLinkRole(int role) { m_linkRole = role; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    ToneOf m_toneOf;
    bool m_pill;
    int m_linkRole = -1;
};

} // namespace meshscope
