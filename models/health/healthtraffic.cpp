#include "healthtraffic.h"

#include <QRegularExpression>

namespace meshscope::health {

namespace {

const QString groupBy = QStringLiteral(
    "reporter,request_protocol,response_code,grpc_response_status,source_workload_namespace,source_workload,"
    "source_canonical_service,destination_service_namespace,destination_service_name,destination_workload_namespace,"
    "destination_workload,destination_canonical_service");

bool known(const QString& value)
{
    return !value.isEmpty() && value != QLatin1String("unknown");
}

// Inbound rates are kept per reporter until every sample is in, then combined.
struct Inbound
{
    ProtocolRates source, destination;
};

} // namespace

QString namespaceRegex(const QStringList& namespaces)
{
    QStringList escaped;
    for (const QString& ns : namespaces) {
        // Namespace names are DNS labels; escape anything a regex would read otherwise, then the backslashes for
        // the PromQL string.
        QString literal = QRegularExpression::escape(ns);
        literal.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        escaped.append(literal);
    }
    return escaped.join(QLatin1Char('|'));
}

QStringList healthQueries(const QStringList& namespaces, int rateSeconds)
{
    const QString regex = namespaceRegex(namespaces);
    const QString window = QString::number(std::max(rateSeconds, 1)) + QLatin1Char('s');
    const QString shape = QStringLiteral("sum by (%1) (rate(istio_requests_total{%2}[%3])) > 0");
    return {
        shape.arg(groupBy,
            QStringLiteral("destination_service_namespace=~\"%1\",source_workload_namespace!~\"%1\"").arg(regex),
            window),
        shape.arg(groupBy, QStringLiteral("source_workload_namespace=~\"%1\"").arg(regex), window),
    };
}

TrafficIndex trafficFromSamples(const QList<PromSample>& samples)
{
    QHash<QString, Inbound> apps, workloads, services;
    TrafficIndex index;
    for (const PromSample& sample : samples) {
        if (!(sample.value > 0))
            continue;
        const PromLabels& m = sample.metric;
        const QString protocol = m.value(QStringLiteral("request_protocol"));
        const QString code = m.value(QStringLiteral("response_code"));
        const QString grpc = m.value(QStringLiteral("grpc_response_status"));
        const QString reporter = m.value(QStringLiteral("reporter"));
        if (protocol.isEmpty() || code.isEmpty())
            continue;
        ++index.samples;
        const bool sourceReported = reporter == QLatin1String("source");
        const auto inbound = [&](QHash<QString, Inbound>& into, const QString& ns, const QString& name) {
            if (!known(ns) || !known(name))
                return;
            Inbound& in = into[key(ns, name)];
            addRequest(sourceReported ? in.source : in.destination, protocol, code, grpc, sample.value);
        };
        const QString destWorkloadNs = m.value(QStringLiteral("destination_workload_namespace"));
        inbound(workloads, destWorkloadNs, m.value(QStringLiteral("destination_workload")));
        inbound(apps, destWorkloadNs, m.value(QStringLiteral("destination_canonical_service")));
        inbound(services, m.value(QStringLiteral("destination_service_namespace")),
            m.value(QStringLiteral("destination_service_name")));
        if (sourceReported) {
            const QString ns = m.value(QStringLiteral("source_workload_namespace"));
            const QString workload = m.value(QStringLiteral("source_workload"));
            const QString app = m.value(QStringLiteral("source_canonical_service"));
            if (known(ns) && known(workload))
                addRequest(index.workloads[key(ns, workload)].outbound, protocol, code, grpc, sample.value);
            if (known(ns) && known(app))
                addRequest(index.apps[key(ns, app)].outbound, protocol, code, grpc, sample.value);
        }
    }
    const auto combine = [](const QHash<QString, Inbound>& from, QHash<QString, RequestRates>& into) {
        for (auto it = from.cbegin(); it != from.cend(); ++it)
            into[it.key()].inbound = combineReporters(it->source, it->destination);
    };
    combine(apps, index.apps);
    combine(workloads, index.workloads);
    combine(services, index.services);
    return index;
}

} // namespace meshscope::health
