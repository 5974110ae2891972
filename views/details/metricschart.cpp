#include "metricschart.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace meshscope {

namespace {

const QList<QColor> seriesColors = { QColor(0x00, 0x66, 0xcc), QColor(0xc9, 0x19, 0x0b), QColor(0x3e, 0x86, 0x35),
    QColor(0xec, 0x7a, 0x08), QColor(0x5e, 0x40, 0xbe), QColor(0x00, 0x95, 0x96), QColor(0x6a, 0x6e, 0x73) };

} // namespace

MetricsChartView::MetricsChartView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(210);
    // The view starts with a chart of its own; setChart() here would orphan it.
}

QString MetricsChartView::valueText(const QString& unit, double value)
{
    if (unit == QLatin1String("ops"))
        return tr("%1 req/s").arg(value, 0, 'f', value < 10 ? 3 : 1);
    if (unit == QLatin1String("ms"))
        return tr("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 0);
    if (unit == QLatin1String("bytes"))
        return tr("%1 B").arg(value, 0, 'f', 0);
    if (unit == QLatin1String("bitrate"))
        return tr("%1 B/s").arg(value, 0, 'f', value < 10 ? 2 : 0);
    if (unit == QLatin1String("connrate"))
        return tr("%1 conn/s").arg(value, 0, 'f', 3);
    return QString::number(value);
}

int MetricsChartView::seriesCount() const
{
    return int(QChartView::chart()->series().size());
}

void MetricsChartView::showChart(const metrics::Chart& data)
{
    m_chart = data;
    auto* chart = new QChart;
    chart->setTitle(data.spec.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QPalette& pal = this->palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));

    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("HH:mm"));
    time->setTickCount(6);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.3g"));
    values->setTitleText(data.spec.unit);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    double minX = std::numeric_limits<double>::max(), maxX = 0, maxY = 0;
    QHash<QString, QColor> colors; // a series and its earlier self share a colour
    for (const metrics::Series& s : data.series) {
        auto* line = new QLineSeries;
        line->setName(s.name());
        const QString identity = s.group + QLatin1Char('|') + s.stat;
        if (!colors.contains(identity))
            colors.insert(identity, seriesColors[colors.size() % seriesColors.size()]);
        QPen pen(colors.value(identity), 1.8);
        if (s.compare)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        for (const QPointF& p : s.points) {
            line->append(p.x() * 1000.0, p.y());
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
        chart->addSeries(line);
        line->attachAxis(time);
        line->attachAxis(values);
        const QString unit = data.spec.unit;
        const QString name = s.name();
        connect(line, &QLineSeries::hovered, this, [this, unit, name](const QPointF& point, bool state) {
            if (!state)
                return QToolTip::hideText();
            QToolTip::showText(QCursor::pos(),
                QStringLiteral("%1 — %2\n%3")
                    .arg(name, QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("HH:mm:ss")),
                        valueText(unit, point.y())),
                this);
        });
    }
    if (maxX > 0) {
        time->setRange(QDateTime::fromSecsSinceEpoch(qint64(minX)), QDateTime::fromSecsSinceEpoch(qint64(maxX)));
        values->setRange(0, maxY > 0 ? maxY * 1.15 : 1);
    } else {
        chart->setTitle(tr("%1 — no data in this window").arg(data.spec.title));
        values->setRange(0, 1);
    }
    for (QAbstractAxis* axis : { static_cast<QAbstractAxis*>(time), static_cast<QAbstractAxis*>(values) }) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Mid));
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace meshscope
