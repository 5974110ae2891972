#pragma once

#include <QGraphicsView>

namespace meshscope {

class GraphScene;

// The graph canvas: wheel zooms around the cursor, drag on the background pans, nodes can be dragged (and
// stay pinned), hover shows every signal of a node or edge, and service nodes have a context menu.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    GraphScene* graphScene() const { return m_scene; }
    void zoomToFit();
    void zoomBy(double factor);
    double zoom() const; // 1 = 100%

signals:
    void shiftTrafficRequested(const QString& nodeId);
    void showProxyConfigRequested(const QString& nodeId);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    GraphScene* m_scene;
};

} // namespace meshscope
