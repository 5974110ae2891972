#pragma once

#include <QGraphicsView>

namespace meshscope {

class GraphScene;

// The graph canvas: wheel zooms around the cursor, drag on the background pans, nodes can be dragged (and
// stay pinned), hover shows every signal of a node or edge, and a right click asks for a node's context menu.
// Until the user zooms, the view keeps the whole graph in sight: it fits again when it is resized (e.g. the side
// panel opens), but never while a mouse button is down (the node under it would jump).
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    GraphScene* graphScene() const { return m_scene; }
    void zoomToFit(); // and follow the graph's size again, as if the user had never zoomed
    void zoomBy(double factor); // the user's zoom: no more fitting on resize
    double zoom() const; // 1 = 100%
    bool userZoomed() const { return m_userZoomed; }
    QString idAt(const QPoint& viewportPos) const; // the node or edge there, or empty

signals:
    void nodeContextMenuRequested(const QString& nodeId, const QPoint& globalPos);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void fitLater();

    GraphScene* m_scene;
    bool m_userZoomed = false;
    bool m_buttonDown = false;
    bool m_fitWhenReleased = false;
};

} // namespace meshscope
