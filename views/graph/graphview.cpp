#include "graphview.h"

#include "graphscene.h"
#include "nodeitem.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>
#include <QWheelEvent>

namespace meshscope {

namespace {

constexpr double MinZoom = 0.02;
constexpr double MaxZoom = 4;

} // namespace

GraphView::GraphView(GraphScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("graphView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // The scene changes in small places (a label, the traffic dots); repaint only those.
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setFrameShape(QFrame::NoFrame);
    // Panning is by dragging the background; scroll bars would only take room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scene->setColors(GraphColors::fromPalette(palette()));
}

double GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::zoomBy(double factor)
{
    m_userZoomed = true;
    const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    if (zoom() <= 0)
        return;
    const double applied = target / zoom();
    scale(applied, applied);
    emit zoomChanged(zoom());
}

void GraphView::zoomToFit()
{
    m_userZoomed = false;
    if (m_buttonDown) {
        m_fitWhenReleased = true; // moving the scene under a pressed button would turn a click into a drag
        return;
    }
    const QRectF bounds = m_scene->graphBounds();
    if (bounds.isEmpty())
        return;
    setSceneRect(bounds.adjusted(-bounds.width() * 2, -bounds.height() * 2, bounds.width() * 2, bounds.height() * 2));
    fitInView(bounds.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    // Small graphs would be blown up to giant nodes; cap the zoom.
    constexpr double MaxFitZoom = 1.5;
    if (zoom() > MaxFitZoom)
        setTransform(QTransform::fromScale(MaxFitZoom, MaxFitZoom));
    centerOn(bounds.center());
    emit zoomChanged(zoom());
}

void GraphView::paintEvent(QPaintEvent* event)
{
    const bool overview
        = m_scene->detailAt(QStyleOptionGraphicsItem::levelOfDetailFromTransform(viewportTransform())).overview;
    // The overview below does not record where it painted each item, which SmartViewportUpdate needs to repaint
    // just the old and new place of a changed item; it is cheap enough to repaint whole.
    setViewportUpdateMode(overview ? FullViewportUpdate : SmartViewportUpdate);
    if (!overview)
        return QGraphicsView::paintEvent(event);

    // Zoomed out this far, every node is a square of a pixel or two and every edge a hairline: QGraphicsView's own
    // paint would spend most of a frame visiting tens of thousands of items one by one (a transform, a style option
    // and a paint call each); the scene draws them in a few batched calls instead. The items still take clicks,
    // drags and tooltips as usual.
    QPainter painter(viewport());
    painter.setRenderHints(renderHints());
    const QRectF exposed = mapToScene(event->rect()).boundingRect();
    painter.setWorldTransform(viewportTransform());
    drawBackground(&painter, exposed);
    m_scene->paintOverview(&painter, exposed);
    drawForeground(&painter, exposed);
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return QGraphicsView::wheelEvent(event);
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

QString GraphView::idAt(const QPoint& viewportPos) const
{
    return m_scene->idAt(mapToScene(viewportPos), viewportTransform());
}

bool GraphView::viewportEvent(QEvent* event)
{
    // Tooltips are built when asked for, not stored on 10,000 items at every refresh.
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = m_scene->toolTipFor(idAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent* event)
{
    QString id = idAt(event->pos());
    if (id.isEmpty())
        id = m_scene->boxAt(mapToScene(event->pos()), viewportTransform());
    if (id.isEmpty() || !m_scene->nodeItem(id))
        return QGraphicsView::contextMenuEvent(event);
    emit nodeContextMenuRequested(id, event->globalPos());
    event->accept();
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed)
        fitLater();
}

void GraphView::mousePressEvent(QMouseEvent* event)
{
    m_buttonDown = true;
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    m_buttonDown = event->buttons() != Qt::NoButton;
    if (m_fitWhenReleased && !m_buttonDown) {
        m_fitWhenReleased = false;
        if (!m_userZoomed)
            fitLater();
    }
}

void GraphView::fitLater()
{
    // Once the layouts have settled (a splitter resizes in steps).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_userZoomed)
                zoomToFit();
        },
        Qt::QueuedConnection);
}

void GraphView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_scene->setColors(GraphColors::fromPalette(palette()));
    QGraphicsView::changeEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::ZoomIn))
        return zoomBy(1.25);
    if (event->matches(QKeySequence::ZoomOut))
        return zoomBy(0.8);
    QGraphicsView::keyPressEvent(event);
}

} // namespace meshscope
