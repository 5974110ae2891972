#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <optional>

// A grid of occupied cells for placing nodes without overlap: used to separate sfdp's overlapping layout, to put
// new nodes next to their neighbours (extendLayout) and to clear room around pinned nodes.
namespace meshscope::graph {

class LayoutGrid
{
public:
    explicit LayoutGrid(QSizeF cell)
        : m_cell(cell)
    { }

    QSizeF cell() const { return m_cell; }
    // Marks every cell the rectangle touches as taken.
    void occupy(const QRectF& rect);
    // The centre of the free cell nearest to wanted (searching rings of cells outwards); marks it taken.
    QPointF takeNearestFree(QPointF wanted);
    bool isFree(const QRectF& rect) const;
    // Takes the cell that contains point and returns its centre, or returns nullopt if it is taken already.
    std::optional<QPointF> takeCellAt(QPointF point); // no cell the rectangle touches is taken

private:
    static qint64 key(int x, int y) { return (qint64(x) << 32) ^ qint64(quint32(y)); }
    int column(double x) const;
    int row(double y) const;
    QPointF centerOf(int x, int y) const { return { (x + 0.5) * m_cell.width(), (y + 0.5) * m_cell.height() }; }

    QSizeF m_cell;
    QHash<qint64, bool> m_taken;
};

} // namespace meshscope::graph
