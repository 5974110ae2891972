#pragma once

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
    explicit Sparkline(QWidget* parent = nullptr);
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

} // namespace meshscope
