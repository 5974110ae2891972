#pragma once

#include "models/health/entitylistmodel.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

// How health and Istio config validation look everywhere outside the graph: the graph's colours (PatternFly's,
// as Kiali uses them), a filled circle per status, and small badges for Istio objects.
namespace meshscope::healthstyle {

QColor color(health::Status status, const QPalette& palette);
QColor color(health::Validation validation, const QPalette& palette);
// A circle in the status colour: a check for Healthy, "!" for Degraded, "×" for Failure, a ring for no information.
QIcon icon(health::Status status, const QPalette& palette, int size = 16);
void paintIcon(class QPainter* painter, const QRectF& rect, health::Status status, const QPalette& palette);

} // namespace meshscope::healthstyle
