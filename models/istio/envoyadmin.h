#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace meshscope {

// Envoy admin /clusters (text): per cluster its settings and per host its counters.
struct EnvoyClusterHost
{
    QString address; // ip:port
    QMap<QString, QString> stats; // cx_active, rq_total, health_flags, weight, hostname, …
    bool healthy() const
    {
        return stats.value(QStringLiteral("health_flags"), QStringLiteral("healthy")) == QLatin1String("healthy");
    }
};
struct EnvoyClusterStatus
{
    QString name;
    QMap<QString, QString> settings; // added_via_api, default_priority::max_connections, …
    QList<EnvoyClusterHost> hosts;
};
struct EnvoyClustersResult
{
    QList<EnvoyClusterStatus> clusters;
    QString error;
};
EnvoyClustersResult parseEnvoyClusters(const QByteArray& text);

// Prometheus text exposition (Envoy /stats/prometheus).
struct PromTextSample // not PromResult's PromSample (models/prometheus): one name, one type
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};
struct PromTextResult
{
    QList<PromTextSample> samples;
    QHash<QString, QString> types; // metric family → counter/gauge/histogram/…
    QString error; // the first malformed line; the rest is still parsed
};
PromTextResult parsePrometheusText(const QByteArray& text);

} // namespace meshscope
