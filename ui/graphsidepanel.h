#pragma once

#include "models/graph/graphtypes.h"
#include "views/graph/sparkline.h"

#include <QWidget>
#include <memory>

namespace Ui {
class GraphSidePanel;
}

namespace meshscope {

// The side panel for the selected node or edge: what it is, every signal (rates over the graph's duration), and
// sparklines for request rate, error % and p95 latency over the same duration, each point a short-window rate
// (filled in by whoever fetches the series). Both say which window they show.
class GraphSidePanel : public QWidget
{
    Q_OBJECT
public:
    enum class Chart
    {
        Rate,
        ErrorPercent,
        P95
    };

    explicit GraphSidePanel(QWidget* parent = nullptr);
    ~GraphSidePanel() override;

    // keepCharts: a refresh of the same selection; the sparklines stay as they are.
    void showNode(const graph::Node& node, int windowSeconds, bool keepCharts = false);
    void showEdge(const graph::Edge& edge, const graph::Node* source, const graph::Node* dest, int windowSeconds,
        bool keepCharts = false);
    void showNothing();
    QString selectedId() const { return m_selectedId; }

    void setSeries(Chart chart, const QList<QPointF>& points);
    void setSeriesMessage(const QString& message); // on all three charts
    Sparkline* sparkline(Chart chart) const;

signals:
    void closeRequested();

private:
    void setWindow(int windowSeconds);

    std::unique_ptr<Ui::GraphSidePanel> m_ui;
    QString m_selectedId;
    bool m_tcp = false;
};

} // namespace meshscope
