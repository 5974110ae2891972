#include "shiftplanner.h"

#include "httprouteshift.h"
#include "routeanalysis.h"
#include "routingedits.h"
#include "weightsplit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace meshscope::traffic {
namespace {

struct ShiftText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::ShiftPlanner)
};

int requested(const ShiftRequest& request, const QString& version)
{
    return requestedWeight(request.weights, version);
}

QString percentText(int weight)
{
    return ShiftText::tr("%1 %").arg(weight);
}

QString weightsText(const QList<std::pair<QString, int>>& weights)
{
    QStringList parts;
    for (const auto& [version, weight] : weights)
        parts << version + QLatin1Char(' ') + percentText(weight);
    return parts.join(QLatin1String(", "));
}

// "v1 50 % → 80 %, v3 25 % → 0 %" for the versions whose weight changes.
QString weightChanges(const QList<std::pair<QString, int>>& before, const ShiftRequest& request)
{
    QStringList parts;
    QSet<QString> seen;
    for (const auto& [version, weight] : before) {
        seen.insert(version);
        const int next = requested(request, version);
        if (next != weight)
            parts << ShiftText::tr("%1 %2 → %3").arg(version, percentText(weight), percentText(next));
    }
    for (const auto& [version, weight] : request.weights) {
        if (!seen.contains(version) && weight != 0)
            parts << ShiftText::tr("%1 0 % → %2").arg(version, percentText(weight));
    }
    return parts.join(QLatin1String(", "));
}

// Checks the request against the versions the service has.
RoutingPlan validate(const ServiceRouting& routing, const ShiftRequest& request, const VersionInventory& inventory)
{
    QStringList known;
    for (const VersionInfo& info : inventory.versions)
        known << info.name;
    if (known.isEmpty())
        return RoutingPlan::refused(
            ShiftText::tr("%1 has no pods with a version label, so there are no versions to split traffic between.")
                .arg(routing.name()));
    for (const auto& [version, weight] : request.weights) {
        const VersionInfo* info = inventory.find(version);
        if (!info)
            return RoutingPlan::badRequest(ShiftText::tr("Unknown version %1: %2 has %3.")
                                               .arg(version, routing.name(), known.join(QLatin1String(", "))));
        if (weight > 0 && info->pods == 0)
            return RoutingPlan::badRequest(
                ShiftText::tr("Version %1 has no pods; traffic sent to it would fail (503).").arg(version));
    }
    const QString problem = WeightSplit::fromWeights(request.weights).problem();
    if (!problem.isEmpty())
        return RoutingPlan::badRequest(problem);
    if (request.mirror.action == MirrorChange::Action::Set) {
        const VersionInfo* info = inventory.find(request.mirror.version);
        if (!info)
            return RoutingPlan::badRequest(
                ShiftText::tr("Unknown version %1 to mirror to: %2 has %3.")
                    .arg(request.mirror.version, routing.name(), known.join(QLatin1String(", "))));
        if (info->pods == 0)
            return RoutingPlan::badRequest(
                ShiftText::tr("Version %1 has no pods to receive mirrored traffic.").arg(request.mirror.version));
        if (request.mirror.percent < 0 || request.mirror.percent > 100)
            return RoutingPlan::badRequest(ShiftText::tr("The mirror percentage must be 0 to 100."));
    }
    return {};
}

void applyMirror(QJsonObject& route, const ShiftRequest& request, const QString& host, const QJsonValue& port,
    const QHash<QString, QString>& subsetOf)
{
    switch (request.mirror.action) {
    case MirrorChange::Action::Keep:
        break;
    case MirrorChange::Action::Set:
        route.insert(QLatin1String("mirror"), destination(host, subsetOf.value(request.mirror.version), port));
        route.insert(
            QLatin1String("mirrorPercentage"), QJsonObject { { QStringLiteral("value"), request.mirror.percent } });
        route.remove(QLatin1String("mirrorPercent"));
        break;
    case MirrorChange::Action::Remove:
        route.remove(QLatin1String("mirror"));
        route.remove(QLatin1String("mirrorPercentage"));
        route.remove(QLatin1String("mirrorPercent"));
        break;
    }
}

// The new default route: existing entries keep every field but their weight; versions not yet routed are added.
QJsonObject shiftedRoute(QJsonObject route, const RouteAnalysis& analysis, const ShiftRequest& request,
    const QHash<QString, QString>& subsetOf, const QString& defaultHost)
{
    const QJsonArray entries = route.value(QLatin1String("route")).toArray();
    QString host = defaultHost;
    QJsonValue port;
    bool hadWeights = false;
    for (const QJsonValue& value : entries) {
        const QJsonObject dest = value.toObject().value(QLatin1String("destination")).toObject();
        if (host == defaultHost && !dest.value(QLatin1String("host")).toString().isEmpty())
            host = dest.value(QLatin1String("host")).toString();
        if (port.isUndefined() && dest.contains(QLatin1String("port")))
            port = dest.value(QLatin1String("port"));
        hadWeights = hadWeights || value.toObject().contains(QLatin1String("weight"));
    }
    QJsonArray shifted;
    QSet<QString> placed;
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const RouteAnalysis::Entry& entry = analysis.entries.at(index);
        if (entry.version.isEmpty())
            continue; // the whole service: replaced by its versions
        QJsonObject object = entries.at(index).toObject();
        object.insert(QLatin1String("weight"), placed.contains(entry.version) ? 0 : requested(request, entry.version));
        placed.insert(entry.version);
        shifted.append(object);
    }
    for (const auto& [version, weight] : request.weights) {
        if (weight > 0 && !placed.contains(version)) {
            shifted.append(
                QJsonObject { { QStringLiteral("destination"), destination(host, subsetOf.value(version), port) },
                    { QStringLiteral("weight"), weight } });
            placed.insert(version);
        }
    }
    if (shifted.size() == 1 && !hadWeights && !entries.isEmpty()) {
        QJsonObject only = shifted.first().toObject();
        only.remove(QLatin1String("weight")); // one destination: as it was written, without a weight
        shifted = QJsonArray { only };
    }
    route.insert(QLatin1String("route"), shifted);
    applyMirror(route, request, host, port, subsetOf);
    return route;
}

QString mirrorChangeText(const ShiftRequest& request, const RouteAnalysis& analysis)
{
    switch (request.mirror.action) {
    case MirrorChange::Action::Keep:
        return {};
    case MirrorChange::Action::Set:
        if (analysis.mirrorVersion == request.mirror.version && analysis.mirrorPercent == request.mirror.percent)
            return {};
        return ShiftText::tr("mirrors %1 % of the requests to %2")
            .arg(request.mirror.percent)
            .arg(request.mirror.version);
    case MirrorChange::Action::Remove:
        return analysis.mirrorVersion.isEmpty() ? QString()
                                                : ShiftText::tr("stops mirroring to %1").arg(analysis.mirrorVersion);
    }
    return {};
}

RoutingPlan planIstio(const ServiceRouting& routing, const ShiftRequest& request, const VersionInventory& inventory,
    const RoutingObjects& objects)
{
    const RouteAnalysis analysis = analyseDefaultRoute(routing, objects, request.protocol);
    if (!analysis.problem.isEmpty())
        return RoutingPlan::refused(analysis.problem);

    // A new VirtualService names every version that has pods (as Kiali's does), so that later shifts only change
    // weights; an adopted one gets the versions that receive traffic.
    QStringList needed;
    for (const VersionInfo& info : inventory.versions) {
        if (requested(request, info.name) > 0 || (analysis.virtualService.isEmpty() && info.pods > 0))
            needed << info.name;
    }
    if (request.mirror.action == MirrorChange::Action::Set && !needed.contains(request.mirror.version))
        needed << request.mirror.version;
    // Versions already routed keep their subset even at weight 0.
    QHash<QString, QString> subsetOf = analysis.subsetOf;
    RoutingPlan plan = planSubsets(routing, request.wizard, inventory, objects, needed, subsetOf);
    if (plan.status != RoutingPlan::Status::Ok)
        return plan;

    const QString routesField = QLatin1String(request.protocol == RouteProtocol::Http ? "http" : "tcp");
    const QString protocolName
        = request.protocol == RouteProtocol::Http ? QStringLiteral("HTTP") : QStringLiteral("TCP");
    if (!analysis.virtualService.isEmpty()) {
        const QJsonObject& vs = analysis.virtualService;
        QJsonObject spec = vs.value(QLatin1String("spec")).toObject();
        QJsonArray routes = spec.value(routesField).toArray();
        const QJsonObject before = analysis.routeIndex < 0 ? QJsonObject() : routes.at(analysis.routeIndex).toObject();
        const QJsonObject after = shiftedRoute(before, analysis, request, subsetOf, routing.fqdn());
        if (after != before) {
            if (analysis.routeIndex < 0)
                routes.append(after);
            else
                routes.replace(analysis.routeIndex, after);
            spec.insert(routesField, routes);
            PlannedWrite write;
            write.action = PlannedWrite::Action::Update;
            write.group = QStringLiteral("networking.istio.io");
            write.plural = QStringLiteral("virtualservices");
            write.before = vs;
            write.after = withoutServerFields(vs, false);
            write.after.insert(QLatin1String("spec"), spec);
            QStringList what;
            const QString weights = weightChanges(analysis.weights, request);
            if (!weights.isEmpty())
                what << weights;
            const QString mirror = mirrorChangeText(request, analysis);
            if (!mirror.isEmpty())
                what << mirror;
            write.changes << (analysis.routeIndex < 0
                    ? ShiftText::tr("Adds a default %1 route: %2.").arg(protocolName, what.join(QLatin1String("; ")))
                    : ShiftText::tr("Default %1 route (route %2 of %3): %4. Every other route, match, timeout, retry, "
                                    "fault, header rule and field stays as it is.")
                          .arg(protocolName)
                          .arg(analysis.routeIndex + 1)
                          .arg(routes.size())
                          .arg(what.isEmpty() ? ShiftText::tr("the same weights, written out")
                                              : what.join(QLatin1String("; "))));
            plan.writes << write;
        }
    } else {
        QJsonArray entries;
        for (const QString& version : std::as_const(needed)) {
            if (version == request.mirror.version && requested(request, version) == 0)
                continue; // mirrored only
            entries.append(QJsonObject {
                { QStringLiteral("destination"), destination(routing.fqdn(), subsetOf.value(version), QJsonValue()) },
                { QStringLiteral("weight"), requested(request, version) } });
        }
        QJsonObject route { { QStringLiteral("route"), entries } };
        applyMirror(route, request, routing.fqdn(), QJsonValue(), subsetOf);
        PlannedWrite write;
        write.action = PlannedWrite::Action::Create;
        write.group = QStringLiteral("networking.istio.io");
        write.plural = QStringLiteral("virtualservices");
        write.after = newVirtualService(routing, request.wizard, routesField, QJsonArray { route });
        write.changes << ShiftText::tr("Creates a VirtualService for %1 with one %2 route: %3.")
                             .arg(routing.name(), protocolName, weightsText(request.weights));
        plan.writes << write;
    }

    for (qsizetype index = 1; index < objects.virtualServices.size(); ++index)
        plan.notes << ShiftText::tr("VirtualService %1 also routes %2, but Istio uses the oldest one (%3); it is left "
                                    "alone.")
                          .arg(objectName(objects.virtualServices.at(index)), routing.name(),
                              objectName(objects.virtualServices.first()));
    for (const QJsonObject& vs : objects.gatewayVirtualServices)
        plan.notes << ShiftText::tr("VirtualService %1 routes %2 for its gateways only; it is left alone.")
                          .arg(objectName(vs), routing.name());
    if (plan.writes.isEmpty()) {
        plan.status = RoutingPlan::Status::NothingToDo;
        plan.message = ShiftText::tr("The routing of %1 already has these weights.").arg(routing.name());
    }
    return plan;
}

} // namespace

RoutingPlan planShift(const ServiceRouting& routing, const ShiftRequest& request)
{
    const VersionInventory inventory = inventoryOf(routing);
    RoutingPlan plan = validate(routing, request, inventory);
    if (plan.status != RoutingPlan::Status::Ok)
        return plan;
    const RoutingObjects objects = routingObjectsOf(routing);
    if (request.protocol == RouteProtocol::Http && !objects.httpRoutes.isEmpty()) {
        if (!objects.virtualServices.isEmpty())
            return RoutingPlan::refused(
                ShiftText::tr("Both VirtualService %1 and HTTPRoute %2 route %3; remove one of them first, so that "
                              "it is clear which one the mesh follows.")
                    .arg(objectName(objects.virtualServices.first()), objectName(objects.httpRoutes.first()),
                        routing.name()));
        plan = planHttpRouteShift(routing, request, objects);
    } else {
        plan = planIstio(routing, request, inventory, objects);
    }
    if (plan.status == RoutingPlan::Status::Ok || plan.status == RoutingPlan::Status::NothingToDo)
        plan.notes = inventory.notes + plan.notes;
    return plan;
}

CurrentSplit currentSplit(const ServiceRouting& routing, RouteProtocol protocol)
{
    const VersionInventory inventory = inventoryOf(routing);
    const RoutingObjects objects = routingObjectsOf(routing);
    CurrentSplit split;
    RouteAnalysis analysis;
    if (protocol == RouteProtocol::Http && !objects.httpRoutes.isEmpty()) {
        analysis = analyseHttpRoute(routing, objects);
        split.source = CurrentSplit::Source::HttpRoute;
        split.objectName = objectName(analysis.httpRoute);
    } else {
        analysis = analyseDefaultRoute(routing, objects, protocol);
        if (!analysis.virtualService.isEmpty()) {
            split.source = CurrentSplit::Source::VirtualService;
            split.objectName = objectName(analysis.virtualService);
        }
    }
    split.problem = analysis.problem;
    split.mirrorVersion = analysis.mirrorVersion;
    split.mirrorPercent = analysis.mirrorPercent;
    split.weights = effectiveWeights(analysis, inventory);
    return split;
}

} // namespace meshscope::traffic
