#pragma once

// Counters and histograms keyed by label set, rendered in the Prometheus text format (0.0.4) that Envoy's
// /stats/prometheus serves. Label strings are rendered once, when a series is created, so recording a
// sample is a hash lookup and an addition.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <functional>
#include <utility>

namespace meshscope::sim {

using LabelPairs = QList<std::pair<QByteArray, QByteArray>>;

class MetricsRegistry
{
public:
    enum class Type
    {
        Counter,
        Histogram
    };

    int addFamily(const QByteArray& name, const QByteArray& help, Type type, const QList<double>& buckets = {});
    // The series of `family` with these labels, created on first use. `owner` tags who reports it (a
    // workload, "namespace/name"), so one proxy's /stats/prometheus can be cut out.
    int series(int family, const LabelPairs& labels, const QByteArray& owner = {});

    void increment(int series, double value = 1.0);
    void observe(int series, double value, double count = 1.0);

    int seriesCount() const { return int(m_series.size()); }
    // Prometheus text exposition; with `owner` only that owner's series.
    QByteArray exposition(const QByteArray& owner = {}) const;
    // Every sample: family index, sample name with labels ("x_bucket{a=\"b\",le=\"5\"}"), value.
    void forEachSample(const std::function<void(int family, const QByteArray& sample, double value)>& visit) const;
    const QByteArray& familyName(int family) const { return m_families[family].name; }
    const QByteArray& familyHelp(int family) const { return m_families[family].help; }
    Type familyType(int family) const { return m_families[family].type; }
    int familyCount() const { return int(m_families.size()); }

    static QByteArray escapeLabelValue(const QByteArray& value);
    static QByteArray formatValue(double value);

private:
    struct Family
    {
        QByteArray name;
        QByteArray help;
        Type type = Type::Counter;
        QList<double> buckets;
        QList<QByteArray> bucketLabels; // le="0.5" … le="+Inf"
        QList<int> series;
    };
    struct Series
    {
        int family = 0;
        QByteArray labels; // a="b",c="d"
        QByteArray owner;
        double value = 0.0; // counter value, or histogram sum
        double count = 0.0;
        QList<double> buckets; // non-cumulative counts per bucket (+Inf last)
    };
    void renderSeries(const Series& series, const std::function<void(const QByteArray&, double)>& sink) const;

    QList<Family> m_families;
    QList<Series> m_series;
    QHash<QByteArray, int> m_byLabels; // family index + labels
};

} // namespace meshscope::sim
