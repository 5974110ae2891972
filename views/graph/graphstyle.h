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
QString healthTitle(graph::Health health); // translated; empty for None

// Below this zoom (the view's scale) a large graph is an overview: nodes are plain squares and edges straight
// aliased hairlines, with no labels, badges or traffic dots. GraphView then paints the whole graph in a few batched
// calls (GraphScene::paintOverview) instead of visiting every item.
constexpr double OverviewZoom = 0.3;

// What the graph draws at a zoom, chosen by the size its labels would have on screen and by its number of nodes.
// A small graph fitted into a small window keeps its shapes and readable labels: they are drawn up to
// MaxLabelScale times their natural size, so that their text is at least MinLabelPixels high on screen, and
// only where even that would not do are they left out. A large graph shows its labels at their natural size
// from LargeGraphLabelZoom on (enlarged, thousands of labels would cover each other) and becomes the overview
// below OverviewZoom; painting a few hundred items one by one is cheap, so small graphs do so down to
// SmallGraphOverviewZoom.
struct GraphDetail
{
    static constexpr qsizetype SmallGraphNodes = 150;
    static constexpr double MaxLabelScale = 3;
    static constexpr double MinLabelPixels = 9;
    static constexpr double LargeGraphLabelZoom = 0.55;
    static constexpr double SmallGraphOverviewZoom = 0.15;

    bool overview = false; // plain squares and hairlines
    bool labels = true; // node labels and badges (edge labels also need EdgeItem's own zoom: they are never enlarged)
    double labelScale = 1; // labels are drawn this many times their natural size

    static GraphDetail at(double zoom, qsizetype nodeCount);
    // The largest labelScale a graph of this size gets at any zoom (items reserve room for it).
    static double maxLabelScale(qsizetype nodeCount) { return nodeCount <= SmallGraphNodes ? MaxLabelScale : 1; }
    static double labelPixels(); // the height of the label font at zoom 1, in pixels
};

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
