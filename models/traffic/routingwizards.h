#pragma once

// The service traffic wizards next to shifting (shiftplanner.h): request routing, fault injection, request timeouts
// and retries, and removing what Meshscope created. Like the shift they adopt the VirtualService Istio uses for the
// service, change only what they are about, and create a labelled VirtualService (to the whole service) when there
// is none. Pure; safe on any thread.

#include "routingplan.h"
#include "servicerouting.h"

namespace meshscope::traffic {

// Istio applies faults per route, so a fault is set on the default route (every version) or, with a version, on a
// route for that version's requests (request routing's rules).
struct FaultRequest
{
    bool delay = false;
    double delayPercent = 100;
    QString fixedDelay = QStringLiteral("5s");
    bool abort = false;
    double abortPercent = 100;
    int httpStatus = 503;
};

struct TimeoutRequest
{
    QString timeout; // e.g. "2s"; empty: no timeout (an existing one is removed)
    int attempts = 0; // retries; 0: none (existing retries are removed)
    QString perTryTimeout; // e.g. "500ms"; empty: Istio's default
    QString retryOn; // e.g. "5xx,connect-failure"; empty: Istio's default
};

struct RoutingRule
{
    enum class Field
    {
        Header,
        Uri,
    };
    enum class Operator
    {
        Exact,
        Prefix,
        Regex,
    };
    Field field = Field::Header;
    QString header; // for Field::Header, e.g. end-user
    Operator op = Operator::Exact;
    QString value;
    QString version; // where matching requests go
};

inline constexpr char ruleRoutePrefix[] = "meshscope-rule-"; // names of the routes request routing writes

// Ordered rules, first match wins: written as routes named meshscope-rule-<n> in front of the VirtualService's
// other routes (replacing the rules written before); every other route stays. Empty rules: removes them.
RoutingPlan planRequestRouting(const ServiceRouting& routing, const QList<RoutingRule>& rules);
// Sets (or, with neither delay nor abort, removes) the fault of the default route.
RoutingPlan planFaultInjection(const ServiceRouting& routing, const FaultRequest& request);
// Sets the timeout and retries of the default route.
RoutingPlan planTimeouts(const ServiceRouting& routing, const TimeoutRequest& request);
// Deletes the VirtualServices, DestinationRules and HTTPRoutes of the service that carry meshscope.io/wizard;
// notes say what it leaves and why (not Meshscope's, or a subset still used by a route that stays).
RoutingPlan planRemoveMeshscopeRouting(const ServiceRouting& routing);

// "5s", "100ms", "1.5s", "2m", "1h" (Istio durations, ≥ 1 ms); an error text when malformed.
QString checkDuration(const QString& duration);

} // namespace meshscope::traffic
