#pragma once

#include "models/health/healthrules.h"

#include <QList>
#include <QPalette>
#include <QPointF>
#include <QRectF>

class QPainter;

// Small pictures the Overview draws many of: a donut of health counts and a sparkline of a rate.
namespace meshscope::overviewpainting {

// counts indexed by health::Status; the total in the middle. Nothing to count: a grey ring.
void paintDonut(QPainter* painter, const QRectF& rect, const QList<int>& counts, const QPalette& palette);
// A filled line of points (x = time, y = value) scaled into rect; fewer than two points: a dashed baseline.
void paintSparkline(QPainter* painter, const QRectF& rect, const QList<QPointF>& points, const QColor& color);

} // namespace meshscope::overviewpainting
