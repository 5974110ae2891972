#include "livesplit.h"

#include "models/prometheus/promclient.h"
#include "models/prometheus/promresult.h"

#include <QCoreApplication>
#include <QMap>
#include <cmath>
#include <memory>

namespace meshscope::traffic {
namespace {

struct LiveSplitText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::LiveSplit)
};

QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString selector(const LiveSplit::Query& query, const QString& extra = {})
{
    QString text = QStringLiteral("reporter=\"destination\",destination_workload_namespace=") + quoted(query.ns)
        + QStringLiteral(",destination_app=") + quoted(query.app);
    if (!extra.isEmpty())
        text += QLatin1Char(',') + extra;
    return text;
}

QString window(const LiveSplit::Query& query)
{
    return QString::number(std::max(10, query.windowSeconds)) + QLatin1Char('s');
}

QMap<QString, double> byVersion(const PromResult& result)
{
    QMap<QString, double> values;
    for (const PromSample& sample : result.vector) {
        if (std::isfinite(sample.value))
            values[sample.metric.value(QStringLiteral("destination_version"))] += sample.value;
    }
    return values;
}

} // namespace

LiveSplit::LiveSplit(PromClient* prometheus, QObject* parent)
    : RefreshController(parent)
    , m_prometheus(prometheus)
{ }

void LiveSplit::setQuery(const Query& query)
{
    m_query = query;
    m_versions.clear();
    m_hasData = false;
    refresh();
}

VersionTraffic LiveSplit::version(const QString& name) const
{
    for (const VersionTraffic& traffic : m_versions) {
        if (traffic.version == name)
            return traffic;
    }
    VersionTraffic none;
    none.version = name;
    return none;
}

QString LiveSplit::requestsQuery(const Query& query)
{
    return QStringLiteral("sum by (destination_version) (rate(istio_requests_total{%1}[%2]))")
        .arg(selector(query), window(query));
}

QString LiveSplit::errorsQuery(const Query& query)
{
    return QStringLiteral("sum by (destination_version) (rate(istio_requests_total{%1}[%2]))")
        .arg(selector(query, QStringLiteral("response_code=~\"5..\"")), window(query));
}

QString LiveSplit::p95Query(const Query& query)
{
    return QStringLiteral("histogram_quantile(0.95, sum by (destination_version, le) "
                          "(rate(istio_request_duration_milliseconds_bucket{%1}[%2])))")
        .arg(selector(query), window(query));
}

QList<VersionTraffic> LiveSplit::combine(const PromResult& requests, const PromResult& errors, const PromResult& p95)
{
    const QMap<QString, double> rates = byVersion(requests);
    const QMap<QString, double> failing = byVersion(errors);
    const QMap<QString, double> latency = byVersion(p95);
    double total = 0;
    for (double rate : rates)
        total += rate;
    QList<VersionTraffic> versions;
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        VersionTraffic traffic;
        traffic.version = it.key();
        traffic.requestsPerSecond = it.value();
        traffic.share = total > 0 ? 100.0 * it.value() / total : 0;
        if (it.value() > 0) {
            traffic.errorPercent = 100.0 * failing.value(it.key()) / it.value();
            traffic.p95Ms = latency.value(it.key(), qQNaN());
        }
        versions << traffic;
    }
    return versions;
}

void LiveSplit::startRefresh(const JobTracker::Ticket& ticket)
{
    if (!m_prometheus || m_query.app.isEmpty()) {
        m_error = m_prometheus ? QString() : LiveSplitText::tr("No Prometheus to ask for the live split.");
        finishRefresh(ticket);
        emit updated();
        return;
    }
    struct Answers
    {
        PromResult requests, errors, p95;
        int pending = 3;
    };
    auto answers = std::make_shared<Answers>();
    const auto arrived = [this, ticket, answers](PromResult Answers::*slot) {
        return jobs().guard(ticket, [this, ticket, answers, slot](const PromResult& result) {
            (*answers).*slot = result;
            if (--answers->pending > 0)
                return;
            const PromResult* failed = !answers->requests.ok() ? &answers->requests
                : !answers->errors.ok()                        ? &answers->errors
                : !answers->p95.ok()                           ? &answers->p95
                                                               : nullptr;
            if (failed) {
                m_error = failed->error;
            } else {
                m_error.clear();
                m_versions = combine(answers->requests, answers->errors, answers->p95);
                m_hasData = true;
            }
            finishRefresh(ticket);
            emit updated();
        });
    };
    m_prometheus->instant(requestsQuery(m_query), 0, this, arrived(&Answers::requests));
    m_prometheus->instant(errorsQuery(m_query), 0, this, arrived(&Answers::errors));
    m_prometheus->instant(p95Query(m_query), 0, this, arrived(&Answers::p95));
}

} // namespace meshscope::traffic
