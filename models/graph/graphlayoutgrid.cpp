#include "graphlayoutgrid_p.h"

#include <cmath>
#include <limits>

namespace meshscope::graph {

int LayoutGrid::column(double x) const
{
    return int(std::floor(x / m_cell.width()));
}

int LayoutGrid::row(double y) const
{
    return int(std::floor(y / m_cell.height()));
}

void LayoutGrid::occupy(const QRectF& rect)
{
    // The right/bottom edges are exclusive so a node that exactly fills a cell takes only that cell.
    const double epsilon = 1e-6;
    for (int x = column(rect.left()); x <= column(rect.right() - epsilon); ++x) {
        for (int y = row(rect.top()); y <= row(rect.bottom() - epsilon); ++y)
            m_taken.insert(key(x, y), true);
    }
}

bool LayoutGrid::isFree(const QRectF& rect) const
{
    const double epsilon = 1e-6;
    for (int x = column(rect.left()); x <= column(rect.right() - epsilon); ++x) {
        for (int y = row(rect.top()); y <= row(rect.bottom() - epsilon); ++y) {
            if (m_taken.contains(key(x, y)))
                return false;
        }
    }
    return true;
}

std::optional<QPointF> LayoutGrid::takeCellAt(QPointF point)
{
    const int x = column(point.x());
    const int y = row(point.y());
    if (m_taken.contains(key(x, y)))
        return std::nullopt;
    m_taken.insert(key(x, y), true);
    return centerOf(x, y);
}

QPointF LayoutGrid::takeNearestFree(QPointF wanted)
{
    const int cx = column(wanted.x());
    const int cy = row(wanted.y());
    // Ring r holds the cells at Chebyshev distance r; the nearest free one of the first ring with any is close
    // enough to the true nearest (at most one ring off).
    for (int radius = 0;; ++radius) {
        double best = std::numeric_limits<double>::max();
        int bx = 0, by = 0;
        bool found = false;
        for (int x = cx - radius; x <= cx + radius; ++x) {
            for (int y = cy - radius; y <= cy + radius; ++y) {
                if (std::max(std::abs(x - cx), std::abs(y - cy)) != radius || m_taken.contains(key(x, y)))
                    continue;
                const QPointF delta = centerOf(x, y) - wanted;
                const double distance = QPointF::dotProduct(delta, delta);
                if (distance < best) {
                    best = distance;
                    bx = x;
                    by = y;
                    found = true;
                }
            }
        }
        if (found) {
            m_taken.insert(key(bx, by), true);
            return centerOf(bx, by);
        }
    }
}

} // namespace meshscope::graph
