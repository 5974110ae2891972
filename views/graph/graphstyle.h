#pragma once

#include "models/graph/graphdisplay.h"
#include "models/graph/graphoptions.h"
#include "models/graph/graphtypes.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QString>

class QPalette;
class QRectF;

namespace meshscope {

using graph::EdgeLabel;
using graph::GraphDisplay;

// The colours the graph is drawn with, derived once from the widget palette (light or dark).
struct GraphColors
{
    QColor background;
    QColor nodeFill;
    QColor nodeBorder;
    QColor text;
    QColor dimText;
    QColor labelBackground;
    QColor healthy;
    QColor degraded;
    QColor failure;
    QColor idle;
    QColor tcp;
    QColor find;
    QColor selection;
    QColor badge;
    bool dark = false;

    static GraphColors fromPalette(const QPalette& palette);
    QColor forHealth(graph::Health health) const;
    QColor forEdge(const graph::Edge& edge) const; // health colour, blue for tcp, grey without traffic
    QColor forEdge(double requestRate, bool tcp, graph::Health health) const; // the same from the edge's figures
};

// Fonts shared by every item (created once, never per paint).
const QFont& graphLabelFont();
const QFont& graphSmallFont();

// Numbers the way Kiali prints them: 2 significant digits, with units.
QString formatRate(double perSecond, const QString& protocol); // "12 rps", "1.2 kbps" for tcp
QString formatBytesPerSecond(double bytes);
QString formatMilliseconds(double ms);
QString formatPercent(double percent);
QString formatDuration(int seconds); // Kiali's spelling: "30s", "5m", "1h", "1d"

QString edgeLabelText(const graph::Edge& edge, EdgeLabel mode); // empty when nothing to show
using graph::responseTimeStatFor;
QString nodeTooltip(const graph::Node& node);
QString edgeTooltip(const graph::Edge& edge, const graph::Node* source, const graph::Node* dest);
QString nodeTypeTitle(graph::NodeType type, bool serviceEntry);

// Below this zoom (the view's scale) the graph is an overview: nodes are plain squares and edges straight aliased
// hairlines, with no labels, badges or traffic dots. GraphView then paints the whole graph in a few batched calls
// (GraphScene::paintOverview) instead of visiting every item.
constexpr double OverviewZoom = 0.3;

// Antialiasing on or off, touching the painter only when it changes (items share one painter state, see GraphView).
inline void setAntialiasing(QPainter* painter, bool on)
{
    if (painter->testRenderHint(QPainter::Antialiasing) != on)
        painter->setRenderHint(QPainter::Antialiasing, on);
}

// The node shape per type (Kiali: workload ellipse, app rectangle, service rhombus, service entry trapezoid,
// operation hexagon, unknown ellipse), drawn into rect with the painter's current pen and brush.
void paintNodeShape(QPainter* painter, const QRectF& rect, graph::NodeType type, bool serviceEntry);

} // namespace meshscope
