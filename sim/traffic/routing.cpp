#include "routing.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace meshscope::sim {

namespace {

bool stringMatches(const QJsonObject& match, const QString& value)
{
    if (match.contains(QLatin1String("exact")))
        return value == match.value(QLatin1String("exact")).toString();
    if (match.contains(QLatin1String("prefix")))
        return value.startsWith(match.value(QLatin1String("prefix")).toString());
    if (match.contains(QLatin1String("regex"))) {
        const QRegularExpression regex(
            QRegularExpression::anchoredPattern(match.value(QLatin1String("regex")).toString()));
        return regex.isValid() && regex.match(value).hasMatch();
    }
    return true; // an empty StringMatch matches anything
}

// One HTTPMatchRequest (or L4MatchAttributes): every given condition must hold.
bool conditionMatches(const QJsonObject& condition, const RouteRequest& request)
{
    if (condition.contains(QLatin1String("uri"))
        && !stringMatches(condition.value(QLatin1String("uri")).toObject(), request.uri))
        return false;
    const QJsonObject headers = condition.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString name = it.key().toLower();
        if (!request.headers.contains(name) || !stringMatches(it.value().toObject(), request.headers.value(name)))
            return false;
    }
    const QJsonObject withoutHeaders = condition.value(QLatin1String("withoutHeaders")).toObject();
    for (auto it = withoutHeaders.begin(); it != withoutHeaders.end(); ++it) {
        const QString name = it.key().toLower();
        if (request.headers.contains(name) && stringMatches(it.value().toObject(), request.headers.value(name)))
            return false;
    }
    if (condition.contains(QLatin1String("port")) && condition.value(QLatin1String("port")).toInt() != request.port)
        return false;
    if (condition.contains(QLatin1String("sourceNamespace"))
        && condition.value(QLatin1String("sourceNamespace")).toString() != request.sourceNamespace)
        return false;
    return MeshTopology::labelsMatch(
        MeshTopology::labelsOf(condition, QStringLiteral("sourceLabels")), request.sourceLabels);
}

bool routeMatches(const QJsonObject& route, const RouteRequest& request)
{
    const QJsonArray matches = route.value(QLatin1String("match")).toArray();
    if (matches.isEmpty())
        return true;
    for (const QJsonValue& condition : matches) {
        if (conditionMatches(condition.toObject(), request))
            return true;
    }
    return false;
}

double percentOf(const QJsonObject& fault)
{
    if (fault.contains(QLatin1String("percentage")))
        return fault.value(QLatin1String("percentage")).toObject().value(QLatin1String("value")).toDouble();
    if (fault.contains(QLatin1String("percent")))
        return fault.value(QLatin1String("percent")).toDouble();
    return 100.0;
}

// One HTTPRouteMatch: path (Exact, PathPrefix, RegularExpression) and headers (Exact, RegularExpression).
bool httpRouteMatches(const QJsonObject& match, const RouteRequest& request)
{
    const QJsonObject path = match.value(QLatin1String("path")).toObject();
    if (!path.isEmpty()) {
        const QString type = path.value(QLatin1String("type")).toString(QStringLiteral("PathPrefix"));
        const QString value = path.value(QLatin1String("value")).toString(QStringLiteral("/"));
        QJsonObject asStringMatch;
        if (type == QLatin1String("Exact"))
            asStringMatch.insert(QLatin1String("exact"), value);
        else if (type == QLatin1String("RegularExpression"))
            asStringMatch.insert(QLatin1String("regex"), value);
        else
            asStringMatch.insert(QLatin1String("prefix"), value);
        if (!stringMatches(asStringMatch, request.uri.isEmpty() ? QStringLiteral("/") : request.uri))
            return false;
    }
    for (const QJsonValue& value : match.value(QLatin1String("headers")).toArray()) {
        const QJsonObject header = value.toObject();
        const QString name = header.value(QLatin1String("name")).toString().toLower();
        const bool regex = header.value(QLatin1String("type")).toString() == QLatin1String("RegularExpression");
        const QJsonObject asStringMatch { { regex ? QStringLiteral("regex") : QStringLiteral("exact"),
            header.value(QLatin1String("value")) } };
        if (!request.headers.contains(name) || !stringMatches(asStringMatch, request.headers.value(name)))
            return false;
    }
    return true;
}

// The Gateway API's mesh routing: rules with matches first (in order), then the catch-all rules; backendRefs
// split by weight (default 1) to the Services they name.
RouteDecision decideHttpRoute(const QJsonObject& route, const RouteRequest& request)
{
    RouteDecision decision;
    const QJsonObject metadata = route.value(QLatin1String("metadata")).toObject();
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    const QString name = ns + QLatin1Char('/') + metadata.value(QLatin1String("name")).toString();
    const QJsonArray rules = route.value(QLatin1String("spec")).toObject().value(QLatin1String("rules")).toArray();
    for (const bool withMatches : { true, false }) {
        for (qsizetype index = 0; index < rules.size(); ++index) {
            const QJsonObject rule = rules[index].toObject();
            const QJsonArray matches = rule.value(QLatin1String("matches")).toArray();
            if (matches.isEmpty() == withMatches)
                continue;
            bool matched = matches.isEmpty();
            for (const QJsonValue& match : matches)
                matched = matched || httpRouteMatches(match.toObject(), request);
            if (!matched)
                continue;
            decision.key = QStringLiteral("httproute|") + name + QLatin1Char('#') + QString::number(index);
            for (const QJsonValue& value : rule.value(QLatin1String("backendRefs")).toArray()) {
                const QJsonObject backend = value.toObject();
                if (backend.value(QLatin1String("kind")).toString(QStringLiteral("Service"))
                    != QLatin1String("Service"))
                    continue;
                WeightedDestination d;
                d.fqdn = MeshTopology::toFqdn(backend.value(QLatin1String("name")).toString() + QLatin1Char('.')
                        + backend.value(QLatin1String("namespace")).toString(ns),
                    ns);
                d.port = backend.value(QLatin1String("port")).toInt(request.port);
                d.weight = backend.value(QLatin1String("weight")).toInt(1);
                decision.destinations.append(d);
                decision.key += QLatin1Char('|') + d.fqdn + QLatin1Char('=') + QString::number(d.weight);
            }
            return decision;
        }
    }
    decision.key = QStringLiteral("noroute|") + request.fqdn; // no rule matched: 404 NR
    return decision;
}

} // namespace

int parseDurationMs(const QString& duration)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]*\\.?[0-9]+)(ms|s|m|h)$"));
    const QRegularExpressionMatch match = pattern.match(duration.trimmed());
    if (!match.hasMatch())
        return 0;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const double factor = unit == QLatin1String("ms") ? 1
        : unit == QLatin1String("s")                  ? 1000
        : unit == QLatin1String("m")                  ? 60000
                                                      : 3600000;
    return int(value * factor);
}

RouteDecision decideRoute(const MeshTopology& topology, const RouteRequest& request)
{
    RouteDecision decision;
    const QJsonObject* vs = topology.virtualServiceFor(request.fqdn, request.sourceNamespace);
    if (vs) {
        const QJsonObject metadata = vs->value(QLatin1String("metadata")).toObject();
        const QString ns = metadata.value(QLatin1String("namespace")).toString();
        const QJsonObject spec = vs->value(QLatin1String("spec")).toObject();
        const QJsonArray routes = spec.value(QLatin1String(request.http ? "http" : "tcp")).toArray();
        for (qsizetype index = 0; index < routes.size(); ++index) {
            const QJsonObject route = routes[index].toObject();
            if (!routeMatches(route, request))
                continue;
            decision.virtualService = ns + QLatin1Char('/') + metadata.value(QLatin1String("name")).toString();
            decision.key = decision.virtualService + QLatin1Char('#') + QString::number(index);
            const QJsonArray destinations = route.value(QLatin1String("route")).toArray();
            bool anyWeight = false;
            for (const QJsonValue& value : destinations)
                anyWeight = anyWeight || value.toObject().contains(QLatin1String("weight"));
            for (const QJsonValue& value : destinations) {
                const QJsonObject destination = value.toObject().value(QLatin1String("destination")).toObject();
                WeightedDestination d;
                d.fqdn = MeshTopology::toFqdn(destination.value(QLatin1String("host")).toString(), ns);
                d.subset = destination.value(QLatin1String("subset")).toString();
                d.port = destination.value(QLatin1String("port"))
                             .toObject()
                             .value(QLatin1String("number"))
                             .toInt(request.port);
                // Without any weight Istio splits evenly; with some, a missing weight is 0.
                d.weight = anyWeight ? value.toObject().value(QLatin1String("weight")).toInt(0) : 1;
                decision.destinations.append(d);
                decision.key += QLatin1Char('|') + d.fqdn + QLatin1Char('/') + d.subset + QLatin1Char('=')
                    + QString::number(d.weight);
            }
            const QJsonObject fault = route.value(QLatin1String("fault")).toObject();
            const QJsonObject abort = fault.value(QLatin1String("abort")).toObject();
            if (!abort.isEmpty()) {
                decision.abortPercent = percentOf(abort);
                decision.abortStatus = abort.value(QLatin1String("httpStatus")).toInt(503);
            }
            const QJsonObject delay = fault.value(QLatin1String("delay")).toObject();
            if (!delay.isEmpty()) {
                decision.delayPercent = percentOf(delay);
                decision.delayMs = parseDurationMs(delay.value(QLatin1String("fixedDelay")).toString());
            }
            return decision;
        }
        if (!routes.isEmpty()) {
            // Routes exist but none matched: Envoy answers 404 with response flag NR.
            decision.key = QStringLiteral("noroute|") + request.fqdn;
            return decision;
        }
    }
    if (!vs) {
        if (const QJsonObject* route = topology.httpRouteFor(request.fqdn)) {
            if (request.http)
                return decideHttpRoute(*route, request);
        }
    }
    // No VirtualService (or no route matched): the default route to every endpoint of the host.
    decision.key = QStringLiteral("default|") + request.fqdn;
    decision.destinations.append(WeightedDestination { request.fqdn, QString(), request.port, 100 });
    return decision;
}

} // namespace meshscope::sim
