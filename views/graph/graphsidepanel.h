#pragma once

#include "models/graph/graphtypes.h"

#include <QPointF>
#include <QWidget>

class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace meshscope {

// A small line chart without axes: the shape of a signal over the graph's duration, with its last value.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(const QString& title, QWidget* parent = nullptr);
    void setTitle(const QString& title, const QString& toolTip = {});
    // x: unix seconds, y: the value; formatValue prints the latest one next to the title.
    void setPoints(const QList<QPointF>& points, const QString& latest);
    void setMessage(const QString& message); // "loading…", "no data", an error
    int pointCount() const;
    QString valueText() const; // the latest value, or the message
    QString title() const { return m_titleText; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QLabel* m_title;
    QLabel* m_value;
    QChartView* m_chart;
    QLineSeries* m_series;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QString m_titleText;
};

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

    QLabel* m_title;
    QLabel* m_window;
    QLabel* m_details;
    Sparkline* m_rate;
    Sparkline* m_errors;
    Sparkline* m_p95;
    QString m_selectedId;
    bool m_tcp = false;
};

} // namespace meshscope
