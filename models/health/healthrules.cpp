#include "healthrules.h"

namespace meshscope::health {

namespace {

struct HealthText
{
    Q_DECLARE_TR_FUNCTIONS(HealthText)
};

QRegularExpression anchored(const QString& pattern)
{
    return QRegularExpression(
        QStringLiteral("^(?:") + (pattern.isEmpty() ? QStringLiteral(".*") : pattern) + QStringLiteral(")$"));
}

bool isHttpError(const QString& code)
{
    return code == QLatin1String("-") || code.startsWith(QLatin1Char('4')) || code.startsWith(QLatin1Char('5'));
}

QString percentText(double percent)
{
    return QString::number(percent, 'f', percent < 10 ? 1 : 0);
}

} // namespace

QString key(const QString& ns, const QString& name)
{
    return ns + QLatin1Char('/') + name;
}

Status worse(Status a, Status b)
{
    return int(a) > int(b) ? a : b;
}

QString statusId(Status status)
{
    switch (status) {
    case Status::Healthy:
        return QStringLiteral("Healthy");
    case Status::NotReady:
        return QStringLiteral("NotReady");
    case Status::Degraded:
        return QStringLiteral("Degraded");
    case Status::Failure:
        return QStringLiteral("Failure");
    case Status::NA:
        break;
    }
    return QStringLiteral("NA");
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Healthy:
        return HealthText::tr("Healthy");
    case Status::NotReady:
        return HealthText::tr("Not ready");
    case Status::Degraded:
        return HealthText::tr("Degraded");
    case Status::Failure:
        return HealthText::tr("Failure");
    case Status::NA:
        break;
    }
    return HealthText::tr("No health information");
}

graph::Health toGraphHealth(Status status)
{
    switch (status) {
    case Status::Healthy:
        return graph::Health::Healthy;
    case Status::Degraded:
        return graph::Health::Degraded;
    case Status::Failure:
        return graph::Health::Failure;
    case Status::NA:
    case Status::NotReady:
        break;
    }
    return graph::Health::None;
}

Verdict replicaHealth(const ReplicaStatus& r)
{
    if (r.desired == 0)
        return { Status::NotReady, HealthText::tr("Scaled to 0 replicas") };
    const QString counts
        = HealthText::tr("%1 of %2 pods available, %3 running").arg(r.available).arg(r.desired).arg(r.current);
    if (r.current > 0 && r.available > 0 && (r.current < r.desired || r.available < r.desired))
        return { Status::Degraded, counts };
    if (r.available == 0)
        return { Status::Failure, counts };
    if (r.desired == r.available && r.available != r.current)
        return {
            Status::Failure,
            HealthText::tr("%1 pods running for %2 wanted (pods pending or terminating)").arg(r.current).arg(r.desired)
        };
    if (r.syncedProxies >= 0 && r.syncedProxies < r.desired)
        return { Status::Degraded,
            HealthText::tr("%1 of %2 proxies in sync with istiod").arg(r.syncedProxies).arg(r.desired) };
    if (r.desired == r.current && r.current == r.available)
        return { Status::Healthy, {} };
    return { Status::Degraded, counts };
}

double RequestRates::total(const ProtocolRates& rates)
{
    double sum = 0;
    for (const CodeRates& codes : rates) {
        for (double value : codes)
            sum += value;
    }
    return sum;
}

double RequestRates::errorPercent(const ProtocolRates& rates)
{
    double all = 0, errors = 0;
    for (auto protocol = rates.cbegin(); protocol != rates.cend(); ++protocol) {
        const bool grpc = protocol.key() == QLatin1String("grpc");
        for (auto code = protocol->cbegin(); code != protocol->cend(); ++code) {
            all += code.value();
            const bool error = grpc
                ? (code.key() != QLatin1String("0") && code.key().size() < 3) || isHttpError(code.key())
                : isHttpError(code.key());
            if (error)
                errors += code.value();
        }
    }
    return all > 0 ? errors / all * 100 : -1;
}

void addRequest(
    ProtocolRates& rates, const QString& protocol, const QString& responseCode, const QString& grpcStatus, double value)
{
    QString code = responseCode;
    if (code == QLatin1String("0"))
        code = QStringLiteral("-");
    else if (protocol == QLatin1String("grpc") && !grpcStatus.isEmpty())
        code = grpcStatus;
    rates[protocol][code] += value;
}

ProtocolRates combineReporters(const ProtocolRates& source, const ProtocolRates& destination)
{
    ProtocolRates combined = source;
    for (auto protocol = destination.cbegin(); protocol != destination.cend(); ++protocol) {
        CodeRates& codes = combined[protocol.key()];
        for (auto code = protocol->cbegin(); code != protocol->cend(); ++code) {
            double& value = codes[code.key()];
            value = std::max(value, code.value());
        }
    }
    return combined;
}

ToleranceSet::ToleranceSet(const QList<graph::RateTolerance>& tolerances)
    : m_tolerances(tolerances)
{
    for (const graph::RateTolerance& t : tolerances)
        m_compiled.append({ t, graph::toleranceCodeRegex(t.code), anchored(t.protocol), anchored(t.direction) });
}

namespace {

// Kiali's fallback when no tolerance is configured at all.
RequestVerdict simpleRequestHealth(const RequestRates& rates)
{
    double all = 0, errors = 0;
    for (const ProtocolRates* direction : { &rates.inbound, &rates.outbound }) {
        for (const CodeRates& codes : *direction) {
            for (auto code = codes.cbegin(); code != codes.cend(); ++code) {
                all += code.value();
                if (code.key().startsWith(QLatin1Char('4')) || code.key().startsWith(QLatin1Char('5')))
                    errors += code.value();
            }
        }
    }
    RequestVerdict verdict;
    if (all <= 0)
        return verdict;
    verdict.percent = errors / all * 100;
    verdict.status = verdict.percent >= 10 ? Status::Failure
        : verdict.percent >= 0.1           ? Status::Degraded
                                           : Status::Healthy;
    if (verdict.status != Status::Healthy)
        verdict.reason = HealthText::tr("%1 % of requests failed").arg(percentText(verdict.percent));
    return verdict;
}

} // namespace

RequestVerdict requestHealth(const RequestRates& rates, const ToleranceSet& tolerances)
{
    if (tolerances.compiled().isEmpty())
        return simpleRequestHealth(rates);
    RequestVerdict worst;
    bool traffic = false;
    const std::pair<const ProtocolRates*, QString> directions[]
        = { { &rates.inbound, QStringLiteral("inbound") }, { &rates.outbound, QStringLiteral("outbound") } };
    for (const auto& [byProtocol, direction] : directions) {
        for (auto protocol = byProtocol->cbegin(); protocol != byProtocol->cend(); ++protocol) {
            for (const ToleranceSet::Compiled& t : tolerances.compiled()) {
                if (!t.direction.match(direction).hasMatch() || !t.protocol.match(protocol.key()).hasMatch())
                    continue;
                double all = 0, matched = 0;
                for (auto code = protocol->cbegin(); code != protocol->cend(); ++code) {
                    all += code.value();
                    if (t.code.match(code.key()).hasMatch())
                        matched += code.value();
                }
                if (all <= 0)
                    continue;
                traffic = true;
                const double percent = matched / all * 100;
                Status status = Status::Healthy;
                switch (graph::healthForPercent(percent, t.tolerance)) {
                case graph::Health::Failure:
                    status = Status::Failure;
                    break;
                case graph::Health::Degraded:
                    status = Status::Degraded;
                    break;
                default:
                    break;
                }
                if (int(status) > int(worst.status)) {
                    worst.status = status;
                    worst.percent = percent;
                    worst.direction = direction;
                    worst.protocol = protocol.key();
                    worst.code = t.tolerance.code;
                }
            }
        }
    }
    if (!traffic)
        return {};
    if (worst.status == Status::NA) {
        worst.status = Status::Healthy;
        worst.percent = 0;
    }
    if (worst.status == Status::Failure || worst.status == Status::Degraded) {
        const QString code = worst.code == QLatin1String("^-$") || worst.code == QLatin1String("-")
            ? HealthText::tr("no response")
            : worst.code;
        worst.reason = HealthText::tr("%1 % %2 %3 requests answered %4")
                           .arg(percentText(worst.percent), worst.direction, worst.protocol, code);
    }
    return worst;
}

QList<graph::RateTolerance> annotationTolerances(const QString& annotation)
{
    if (annotation.trimmed().isEmpty())
        return {};
    return graph::parseTolerances(annotation);
}

} // namespace meshscope::health
