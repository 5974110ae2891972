#include "routingwizards.h"

#include "routeanalysis.h"
#include "routingedits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <functional>

namespace meshscope::traffic {
namespace {

struct WizardText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::traffic::RoutingWizards)
};

QString hostOf(const ServiceRouting& routing)
{
    return routing.fqdn();
}

// Changes the default HTTP route of the VirtualService that routes the service, or creates one whose default route
// sends everything to the service (no subsets needed).
RoutingPlan editDefaultRoute(const ServiceRouting& routing, const QString& wizard,
    const std::function<QJsonObject(QJsonObject)>& edit, const QString& what)
{
    const RoutingObjects objects = routingObjectsOf(routing);
    if (!objects.httpRoutes.isEmpty())
        return RoutingPlan::refused(WizardText::tr("%1 is routed by HTTPRoute %2; this wizard writes VirtualServices. "
                                                   "Edit the HTTPRoute instead.")
                                        .arg(routing.name(), objectName(objects.httpRoutes.first())));
    const RouteAnalysis analysis = analyseDefaultRoute(routing, objects, RouteProtocol::Http);
    if (!analysis.virtualService.isEmpty() && analysis.routeIndex < 0 && !analysis.problem.isEmpty())
        return RoutingPlan::refused(analysis.problem);

    RoutingPlan plan;
    PlannedWrite write;
    write.group = QStringLiteral("networking.istio.io");
    write.plural = QStringLiteral("virtualservices");
    if (analysis.virtualService.isEmpty()) {
        const QJsonObject route = edit(QJsonObject { { QStringLiteral("route"),
            QJsonArray { QJsonObject { { QStringLiteral("destination"), destination(hostOf(routing), {}) } } } } });
        write.action = PlannedWrite::Action::Create;
        write.after = newVirtualService(routing, wizard, QStringLiteral("http"), QJsonArray { route });
        write.changes
            << WizardText::tr("Creates a VirtualService for %1 whose one route %2.").arg(routing.name(), what);
    } else {
        const QJsonObject& vs = analysis.virtualService;
        QJsonObject spec = vs.value(QLatin1String("spec")).toObject();
        QJsonArray routes = spec.value(QLatin1String("http")).toArray();
        const QJsonObject before = analysis.routeIndex < 0
            ? QJsonObject { { QStringLiteral("route"),
                QJsonArray { QJsonObject { { QStringLiteral("destination"), destination(hostOf(routing), {}) } } } } }
            : routes.at(analysis.routeIndex).toObject();
        const QJsonObject after = edit(before);
        if (after == before && analysis.routeIndex >= 0) {
            plan.status = RoutingPlan::Status::NothingToDo;
            plan.message
                = WizardText::tr("The default route of VirtualService %1 already %2.").arg(objectName(vs), what);
            return plan;
        }
        if (analysis.routeIndex < 0)
            routes.append(after);
        else
            routes.replace(analysis.routeIndex, after);
        spec.insert(QLatin1String("http"), routes);
        write.action = PlannedWrite::Action::Update;
        write.before = vs;
        write.after = withoutServerFields(vs, false);
        write.after.insert(QLatin1String("spec"), spec);
        write.changes << WizardText::tr("The default route of VirtualService %1 %2; every other route and field stays "
                                        "as it is.")
                             .arg(objectName(vs), what);
    }
    plan.writes << write;
    return plan;
}

QJsonObject stringMatch(RoutingRule::Operator op, const QString& value)
{
    switch (op) {
    case RoutingRule::Operator::Exact:
        return { { QStringLiteral("exact"), value } };
    case RoutingRule::Operator::Prefix:
        return { { QStringLiteral("prefix"), value } };
    case RoutingRule::Operator::Regex:
        return { { QStringLiteral("regex"), value } };
    }
    return {};
}

} // namespace

QString checkDuration(const QString& duration)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+(\\.[0-9]+)?)(ms|s|m|h)$"));
    const QRegularExpressionMatch match = pattern.match(duration.trimmed());
    if (!match.hasMatch())
        return WizardText::tr("\"%1\" is not a duration; write it as 500ms, 2s, 1.5s, 1m or 1h.").arg(duration);
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(3);
    const double ms = value
        * (unit == QLatin1String("ms")       ? 1
                : unit == QLatin1String("s") ? 1000
                : unit == QLatin1String("m") ? 60000
                                             : 3600000);
    if (ms < 1)
        return WizardText::tr("%1 is shorter than the 1 ms Istio accepts.").arg(duration);
    return {};
}

RoutingPlan planFaultInjection(const ServiceRouting& routing, const FaultRequest& request)
{
    if (request.delay) {
        const QString error = checkDuration(request.fixedDelay);
        if (!error.isEmpty())
            return RoutingPlan::badRequest(error);
    }
    if ((request.delay && (request.delayPercent < 0 || request.delayPercent > 100))
        || (request.abort && (request.abortPercent < 0 || request.abortPercent > 100)))
        return RoutingPlan::badRequest(WizardText::tr("Fault percentages are 0 to 100."));
    if (request.abort && (request.httpStatus < 200 || request.httpStatus > 599))
        return RoutingPlan::badRequest(
            WizardText::tr("%1 is not an HTTP status code to answer with.").arg(request.httpStatus));
    QJsonObject fault;
    QStringList what;
    if (request.delay) {
        fault.insert(QLatin1String("delay"),
            QJsonObject {
                { QStringLiteral("percentage"), QJsonObject { { QStringLiteral("value"), request.delayPercent } } },
                { QStringLiteral("fixedDelay"), request.fixedDelay } });
        what << WizardText::tr("delays %1 % of the requests by %2").arg(request.delayPercent).arg(request.fixedDelay);
    }
    if (request.abort) {
        fault.insert(QLatin1String("abort"),
            QJsonObject {
                { QStringLiteral("percentage"), QJsonObject { { QStringLiteral("value"), request.abortPercent } } },
                { QStringLiteral("httpStatus"), request.httpStatus } });
        what << WizardText::tr("answers %1 % of the requests with HTTP %2")
                    .arg(request.abortPercent)
                    .arg(request.httpStatus);
    }
    const QString text = what.isEmpty() ? WizardText::tr("injects no fault") : what.join(WizardText::tr(" and "));
    return editDefaultRoute(
        routing, QStringLiteral("fault-injection"),
        [fault](QJsonObject route) {
            if (fault.isEmpty())
                route.remove(QLatin1String("fault"));
            else
                route.insert(QLatin1String("fault"), fault);
            return route;
        },
        text);
}

RoutingPlan planTimeouts(const ServiceRouting& routing, const TimeoutRequest& request)
{
    for (const QString& duration : { request.timeout, request.perTryTimeout }) {
        if (!duration.isEmpty()) {
            const QString error = checkDuration(duration);
            if (!error.isEmpty())
                return RoutingPlan::badRequest(error);
        }
    }
    if (request.attempts < 0)
        return RoutingPlan::badRequest(WizardText::tr("Retry attempts cannot be negative."));
    QStringList what;
    what << (request.timeout.isEmpty() ? WizardText::tr("has no timeout")
                                       : WizardText::tr("times out after %1").arg(request.timeout));
    what << (request.attempts == 0 ? WizardText::tr("does not retry")
                                   : WizardText::tr("retries %n time(s)", nullptr, request.attempts));
    return editDefaultRoute(
        routing, QStringLiteral("request-timeouts"),
        [request](QJsonObject route) {
            if (request.timeout.isEmpty())
                route.remove(QLatin1String("timeout"));
            else
                route.insert(QLatin1String("timeout"), request.timeout);
            if (request.attempts == 0) {
                route.remove(QLatin1String("retries"));
            } else {
                QJsonObject retries { { QStringLiteral("attempts"), request.attempts } };
                if (!request.perTryTimeout.isEmpty())
                    retries.insert(QLatin1String("perTryTimeout"), request.perTryTimeout);
                if (!request.retryOn.isEmpty())
                    retries.insert(QLatin1String("retryOn"), request.retryOn);
                route.insert(QLatin1String("retries"), retries);
            }
            return route;
        },
        what.join(WizardText::tr(" and ")));
}

RoutingPlan planRequestRouting(const ServiceRouting& routing, const QList<RoutingRule>& rules)
{
    const VersionInventory inventory = inventoryOf(routing);
    QStringList needed;
    for (const RoutingRule& rule : rules) {
        const VersionInfo* info = inventory.find(rule.version);
        if (!info)
            return RoutingPlan::badRequest(
                WizardText::tr("Unknown version %1 of %2.").arg(rule.version, routing.name()));
        if (info->pods == 0)
            return RoutingPlan::badRequest(
                WizardText::tr("Version %1 has no pods; requests sent to it would fail (503).").arg(rule.version));
        if (rule.value.isEmpty() || (rule.field == RoutingRule::Field::Header && rule.header.isEmpty()))
            return RoutingPlan::badRequest(WizardText::tr("Every rule needs a header name and a value to match."));
        if (rule.op == RoutingRule::Operator::Regex && !QRegularExpression(rule.value).isValid())
            return RoutingPlan::badRequest(WizardText::tr("\"%1\" is not a regular expression.").arg(rule.value));
        if (!needed.contains(rule.version))
            needed << rule.version;
    }
    const RoutingObjects objects = routingObjectsOf(routing);
    if (!objects.httpRoutes.isEmpty())
        return RoutingPlan::refused(WizardText::tr("%1 is routed by HTTPRoute %2; this wizard writes VirtualServices.")
                                        .arg(routing.name(), objectName(objects.httpRoutes.first())));
    QHash<QString, QString> subsetOf;
    RoutingPlan plan = planSubsets(routing, QStringLiteral("request-routing"), inventory, objects, needed, subsetOf);
    if (!plan.ok())
        return plan;

    QJsonArray ruleRoutes;
    QStringList described;
    for (qsizetype index = 0; index < rules.size(); ++index) {
        const RoutingRule& rule = rules.at(index);
        QJsonObject match;
        if (rule.field == RoutingRule::Field::Header)
            match.insert(
                QLatin1String("headers"), QJsonObject { { rule.header.toLower(), stringMatch(rule.op, rule.value) } });
        else
            match.insert(QLatin1String("uri"), stringMatch(rule.op, rule.value));
        ruleRoutes.append(QJsonObject {
            { QStringLiteral("name"), QString(QLatin1String(ruleRoutePrefix) + QString::number(index + 1)) },
            { QStringLiteral("match"), QJsonArray { match } },
            { QStringLiteral("route"),
                QJsonArray { QJsonObject { { QStringLiteral("destination"),
                    destination(routing.fqdn(), subsetOf.value(rule.version)) } } } } });
        described << WizardText::tr("%1 %2 → %3")
                         .arg(rule.field == RoutingRule::Field::Header ? rule.header.toLower() : QStringLiteral("uri"),
                             rule.value, rule.version);
    }

    const RouteAnalysis analysis = analyseDefaultRoute(routing, objects, RouteProtocol::Http);
    PlannedWrite write;
    write.group = QStringLiteral("networking.istio.io");
    write.plural = QStringLiteral("virtualservices");
    const QString rulesText = described.isEmpty() ? WizardText::tr("no rules") : described.join(QLatin1String("; "));
    if (analysis.virtualService.isEmpty()) {
        if (rules.isEmpty()) {
            plan.status = RoutingPlan::Status::NothingToDo;
            plan.message = WizardText::tr("There are no rules to write.");
            return plan;
        }
        QJsonArray routes = ruleRoutes;
        routes.append(QJsonObject { { QStringLiteral("route"),
            QJsonArray { QJsonObject { { QStringLiteral("destination"), destination(routing.fqdn(), {}) } } } } });
        write.action = PlannedWrite::Action::Create;
        write.after = newVirtualService(routing, QStringLiteral("request-routing"), QStringLiteral("http"), routes);
        write.changes << WizardText::tr("Creates a VirtualService for %1: %2, everything else to every version as now.")
                             .arg(routing.name(), rulesText);
    } else {
        const QJsonObject& vs = analysis.virtualService;
        QJsonObject spec = vs.value(QLatin1String("spec")).toObject();
        QJsonArray routes = ruleRoutes;
        int replaced = 0;
        for (const QJsonValue& value : spec.value(QLatin1String("http")).toArray()) {
            if (value.toObject().value(QLatin1String("name")).toString().startsWith(QLatin1String(ruleRoutePrefix)))
                ++replaced;
            else
                routes.append(value);
        }
        if (routes == spec.value(QLatin1String("http")).toArray()) {
            plan.status = RoutingPlan::Status::NothingToDo;
            plan.message = WizardText::tr("VirtualService %1 already has these rules.").arg(objectName(vs));
            return plan;
        }
        spec.insert(QLatin1String("http"), routes);
        write.action = PlannedWrite::Action::Update;
        write.before = vs;
        write.after = withoutServerFields(vs, false);
        write.after.insert(QLatin1String("spec"), spec);
        write.changes << WizardText::tr(
            "VirtualService %1: rules first, in order: %2 (replacing %n rule route(s) written "
            "before); every other route stays as it is.",
            nullptr, replaced)
                             .arg(objectName(vs), rulesText);
    }
    plan.writes << write;
    return plan;
}

RoutingPlan planRemoveMeshscopeRouting(const ServiceRouting& routing)
{
    const RoutingObjects objects = routingObjectsOf(routing);
    const auto ours = [](const QJsonObject& object) {
        return object.value(QLatin1String("metadata"))
            .toObject()
            .value(QLatin1String("labels"))
            .toObject()
            .contains(QLatin1String(wizardLabel));
    };
    RoutingPlan plan;
    const auto remove = [&](const QJsonObject& object, const char* group, const char* plural) {
        PlannedWrite write;
        write.action = PlannedWrite::Action::Delete;
        write.group = QLatin1String(group);
        write.plural = QLatin1String(plural);
        write.before = object;
        write.changes << WizardText::tr("Deletes it: Meshscope created it (label %1=%2).")
                             .arg(QLatin1String(wizardLabel),
                                 object.value(QLatin1String("metadata"))
                                     .toObject()
                                     .value(QLatin1String("labels"))
                                     .toObject()
                                     .value(QLatin1String(wizardLabel))
                                     .toString());
        plan.writes << write;
    };
    const auto leave = [&](const QJsonObject& object, const QString& kind, const QString& why) {
        plan.notes << WizardText::tr("Leaves %1 %2: %3").arg(kind, objectName(object), why);
    };
    const QString notOurs = WizardText::tr("Meshscope did not create it (changes Meshscope made to it can be undone "
                                           "from the history).");

    // Subsets the routes that stay still send traffic to.
    QSet<QString> usedSubsets;
    for (const QList<QJsonObject>* list : { &objects.virtualServices, &objects.gatewayVirtualServices }) {
        for (const QJsonObject& vs : *list) {
            if (ours(vs)) {
                remove(vs, "networking.istio.io", "virtualservices");
                continue;
            }
            leave(vs, QStringLiteral("VirtualService"), notOurs);
            const QJsonObject spec = vs.value(QLatin1String("spec")).toObject();
            for (const char* field : { "http", "tcp", "tls" }) {
                for (const QJsonValue& route : spec.value(QLatin1String(field)).toArray()) {
                    for (const QJsonValue& entry : route.toObject().value(QLatin1String("route")).toArray())
                        usedSubsets.insert(entry.toObject()
                                               .value(QLatin1String("destination"))
                                               .toObject()
                                               .value(QLatin1String("subset"))
                                               .toString());
                    usedSubsets.insert(route.toObject()
                                           .value(QLatin1String("mirror"))
                                           .toObject()
                                           .value(QLatin1String("subset"))
                                           .toString());
                }
            }
        }
    }
    usedSubsets.remove(QString());
    for (const QJsonObject& route : objects.httpRoutes) {
        if (ours(route))
            remove(route, "gateway.networking.k8s.io", "httproutes");
        else
            leave(route, QStringLiteral("HTTPRoute"), notOurs);
    }
    for (const QJsonObject& rule : objects.destinationRules) {
        if (!ours(rule)) {
            leave(rule, QStringLiteral("DestinationRule"), notOurs);
            continue;
        }
        QStringList stillUsed;
        for (const QJsonValue& subset :
            rule.value(QLatin1String("spec")).toObject().value(QLatin1String("subsets")).toArray()) {
            const QString name = subset.toObject().value(QLatin1String("name")).toString();
            if (usedSubsets.contains(name))
                stillUsed << name;
        }
        if (stillUsed.isEmpty())
            remove(rule, "networking.istio.io", "destinationrules");
        else
            leave(rule, QStringLiteral("DestinationRule"),
                WizardText::tr(
                    "Meshscope created it, but routes that stay use its subset(s) %1; deleting it would make "
                    "those requests fail.")
                    .arg(stillUsed.join(QLatin1String(", "))));
    }
    if (plan.writes.isEmpty()) {
        plan.status = RoutingPlan::Status::NothingToDo;
        plan.message = WizardText::tr("Meshscope created no routing for %1.").arg(routing.name());
    }
    return plan;
}

} // namespace meshscope::traffic
