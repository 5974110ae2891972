#include "metricsregistry.h"

#include <cmath>

namespace meshscope::sim {

QByteArray MetricsRegistry::escapeLabelValue(const QByteArray& value)
{
    QByteArray escaped;
    escaped.reserve(value.size());
    for (char c : value) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '"')
            escaped += "\\\"";
        else if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}

QByteArray MetricsRegistry::formatValue(double value)
{
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(static_cast<long long>(value));
    return QByteArray::number(value, 'g', 15);
}

int MetricsRegistry::addFamily(const QByteArray& name, const QByteArray& help, Type type, const QList<double>& buckets)
{
    Family family;
    family.name = name;
    family.help = help;
    family.type = type;
    family.buckets = buckets;
    for (double bound : buckets)
        family.bucketLabels.append("le=\"" + QByteArray::number(bound, 'g', 6) + '"');
    family.bucketLabels.append(QByteArrayLiteral("le=\"+Inf\""));
    m_families.append(family);
    return int(m_families.size() - 1);
}

int MetricsRegistry::series(int family, const LabelPairs& labels, const QByteArray& owner)
{
    QByteArray rendered;
    for (const auto& [name, value] : labels) {
        if (!rendered.isEmpty())
            rendered += ',';
        rendered += name + "=\"" + escapeLabelValue(value) + '"';
    }
    const QByteArray key = QByteArray::number(family) + ':' + owner + ':' + rendered;
    const auto it = m_byLabels.constFind(key);
    if (it != m_byLabels.constEnd())
        return it.value();
    Series series;
    series.family = family;
    series.labels = rendered;
    series.owner = owner;
    if (m_families[family].type == Type::Histogram)
        series.buckets = QList<double>(m_families[family].buckets.size() + 1, 0.0);
    const int index = int(m_series.size());
    m_series.append(series);
    m_families[family].series.append(index);
    m_byLabels.insert(key, index);
    return index;
}

void MetricsRegistry::increment(int series, double value)
{
    m_series[series].value += value;
}

void MetricsRegistry::observe(int series, double value, double count)
{
    Series& s = m_series[series];
    const QList<double>& bounds = m_families[s.family].buckets;
    qsizetype bucket = 0;
    while (bucket < bounds.size() && value > bounds[bucket])
        ++bucket;
    s.buckets[bucket] += count;
    s.value += value * count;
    s.count += count;
}

void MetricsRegistry::renderSeries(
    const Series& series, const std::function<void(const QByteArray&, double)>& sink) const
{
    const Family& family = m_families[series.family];
    const QByteArray labels = series.labels.isEmpty() ? QByteArray() : '{' + series.labels + '}';
    if (family.type == Type::Counter) {
        sink(family.name + labels, series.value);
        return;
    }
    const QByteArray separator = series.labels.isEmpty() ? QByteArray() : QByteArrayLiteral(",");
    double cumulative = 0.0;
    for (qsizetype i = 0; i < series.buckets.size(); ++i) {
        cumulative += series.buckets[i];
        sink(family.name + "_bucket{" + series.labels + separator + family.bucketLabels[i] + '}', cumulative);
    }
    sink(family.name + "_sum" + labels, series.value);
    sink(family.name + "_count" + labels, series.count);
}

QByteArray MetricsRegistry::exposition(const QByteArray& owner) const
{
    QByteArray out;
    out.reserve(256 * m_series.size());
    for (const Family& family : m_families) {
        bool headerWritten = false;
        for (int index : family.series) {
            const Series& series = m_series[index];
            if (!owner.isEmpty() && series.owner != owner)
                continue;
            if (!headerWritten) {
                if (!family.help.isEmpty())
                    out += "# HELP " + family.name + ' ' + family.help + '\n';
                out += "# TYPE " + family.name + (family.type == Type::Counter ? " counter\n" : " histogram\n");
                headerWritten = true;
            }
            renderSeries(series, [&out](const QByteArray& sample, double value) {
                out += sample;
                out += ' ';
                out += formatValue(value);
                out += '\n';
            });
        }
    }
    return out;
}

void MetricsRegistry::forEachSample(const std::function<void(int, const QByteArray&, double)>& visit) const
{
    for (qsizetype f = 0; f < m_families.size(); ++f) {
        for (int index : m_families[f].series)
            renderSeries(
                m_series[index], [&](const QByteArray& sample, double value) { visit(int(f), sample, value); });
    }
}

} // namespace meshscope::sim
