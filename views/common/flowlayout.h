#pragma once

#include <QLayout>
#include <QList>

namespace meshscope {

// Lays its items out left to right and wraps onto further rows when the width runs out, so a toolbar
// never forces its window to be wider than the user wants. Items after addStretch() are pushed to the
// right end of the last row, like trailing buttons in a QHBoxLayout after a stretch.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int hSpacing = 6, int vSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    void addStretch(); // the items added after this sit at the right end of their row
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int doLayout(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_trailingFrom = -1; // index of the first right-aligned item, -1: none
    int m_hSpacing;
    int m_vSpacing;
};

} // namespace meshscope
