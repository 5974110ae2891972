#include "httprouteshift.h"

#include "routeanalysis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace meshscope::traffic {
namespace {

struct HttpRouteShiftText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::ShiftPlanner)
};

QJsonValue firstPortOf(const ServiceRouting& routing, const QString& serviceName)
{
    for (const QJsonObject& service : routing.services) {
        if (objectName(service) == serviceName && objectNamespace(service) == routing.ns()) {
            const QJsonArray ports
                = service.value(QLatin1String("spec")).toObject().value(QLatin1String("ports")).toArray();
            if (!ports.isEmpty())
                return ports.first().toObject().value(QLatin1String("port"));
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

RoutingPlan planHttpRouteShift(
    const ServiceRouting& routing, const ShiftRequest& request, const RoutingObjects& objects)
{
    const RouteAnalysis analysis = analyseHttpRoute(routing, objects);
    if (!analysis.problem.isEmpty())
        return RoutingPlan::refused(analysis.problem);
    if (request.mirror.action == MirrorChange::Action::Set)
        return RoutingPlan::badRequest(HttpRouteShiftText::tr(
            "Mirroring is not offered for services routed by an HTTPRoute; add a RequestMirror filter to the "
            "HTTPRoute instead."));

    QHash<QString, QString> backendOf = analysis.subsetOf;
    for (const auto& [version, weight] : request.weights) {
        if (weight == 0 || backendOf.contains(version))
            continue;
        const QString backend = backendServiceFor(routing, version);
        if (backend.isEmpty())
            return RoutingPlan::refused(HttpRouteShiftText::tr(
                "No Service selects version %1 of %2. An HTTPRoute sends traffic to Services, so create one with "
                "the selector of %2 plus version=%1 first.")
                                            .arg(version, routing.name()));
        backendOf.insert(version, backend);
    }

    const QJsonObject& route = analysis.httpRoute;
    QJsonObject spec = route.value(QLatin1String("spec")).toObject();
    QJsonArray rules = spec.value(QLatin1String("rules")).toArray();
    QJsonObject rule = rules.at(analysis.routeIndex).toObject();
    const QJsonArray backends = rule.value(QLatin1String("backendRefs")).toArray();
    QJsonValue port(QJsonValue::Undefined); // a default QJsonValue is null, which would be written as "port: null"
    for (const QJsonValue& value : backends) {
        if (port.isUndefined() && value.toObject().contains(QLatin1String("port")))
            port = value.toObject().value(QLatin1String("port"));
    }

    QJsonArray shifted;
    QSet<QString> placed;
    QStringList changes;
    for (qsizetype index = 0; index < backends.size(); ++index) {
        const RouteAnalysis::Entry& entry = analysis.entries.at(index);
        if (entry.version.isEmpty())
            continue; // the service itself: replaced by its versions
        QJsonObject backend = backends.at(index).toObject();
        const int weight = placed.contains(entry.version) ? 0 : requestedWeight(request.weights, entry.version);
        backend.insert(QLatin1String("weight"), weight);
        placed.insert(entry.version);
        shifted.append(backend);
    }
    for (const auto& [version, weight] : request.weights) {
        if (weight == 0 || placed.contains(version))
            continue;
        QJsonObject backend { { QStringLiteral("name"), backendOf.value(version) },
            { QStringLiteral("weight"), weight } };
        const QJsonValue backendPort = port.isUndefined() ? firstPortOf(routing, backendOf.value(version)) : port;
        if (!backendPort.isUndefined())
            backend.insert(QLatin1String("port"), backendPort);
        shifted.append(backend);
        placed.insert(version);
    }
    for (const auto& [version, before] : analysis.weights) {
        const int after = requestedWeight(request.weights, version);
        if (after != before)
            changes << HttpRouteShiftText::tr("%1 %2 % → %3 %").arg(version).arg(before).arg(after);
    }
    for (const auto& [version, weight] : request.weights) {
        if (weight > 0 && requestedWeight(analysis.weights, version) == 0 && !analysis.subsetOf.contains(version))
            changes << HttpRouteShiftText::tr("%1 0 % → %2 % (backend %3)")
                           .arg(version)
                           .arg(weight)
                           .arg(backendOf.value(version));
    }

    RoutingPlan plan;
    if (shifted == backends) {
        plan.status = RoutingPlan::Status::NothingToDo;
        plan.message = HttpRouteShiftText::tr("The routing of %1 already has these weights.").arg(routing.name());
        return plan;
    }
    rule.insert(QLatin1String("backendRefs"), shifted);
    rules.replace(analysis.routeIndex, rule);
    spec.insert(QLatin1String("rules"), rules);
    PlannedWrite write;
    write.action = PlannedWrite::Action::Update;
    write.group = QStringLiteral("gateway.networking.k8s.io");
    write.plural = QStringLiteral("httproutes");
    write.before = route;
    write.after = withoutServerFields(route, false);
    write.after.insert(QLatin1String("spec"), spec);
    write.changes << HttpRouteShiftText::tr(
        "Default rule (rule %1 of %2) backendRefs: %3. Every other rule, match, filter and field stays as it is.")
                         .arg(analysis.routeIndex + 1)
                         .arg(rules.size())
                         .arg(changes.isEmpty() ? HttpRouteShiftText::tr("the same weights, written out")
                                                : changes.join(QLatin1String(", ")));
    plan.writes << write;
    for (qsizetype index = 1; index < objects.httpRoutes.size(); ++index)
        plan.notes << HttpRouteShiftText::tr("HTTPRoute %1 also routes %2; it is left alone.")
                          .arg(objectName(objects.httpRoutes.at(index)), routing.name());
    return plan;
}

} // namespace meshscope::traffic
