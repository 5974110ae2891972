#pragma once

#include "routingplan.h"
#include "servicerouting.h"

namespace meshscope::traffic {

struct MirrorChange
{
    enum class Action
    {
        Keep, // leave any mirror of the route as it is
        Set,
        Remove,
    };
    Action action = Action::Keep;
    QString version;
    double percent = 100.0;
};

struct ShiftRequest
{
    QList<std::pair<QString, int>> weights; // per version; versions not named get 0
    MirrorChange mirror;
    RouteProtocol protocol = RouteProtocol::Http;
    QString wizard = QStringLiteral("traffic-shifting"); // the wizard label of objects it creates
};

// How the service's traffic is split now, and where that is written.
struct CurrentSplit
{
    enum class Source
    {
        None, // no routing: every pod of the service gets an even share
        VirtualService, // the default route of a VirtualService
        HttpRoute, // the backendRefs of an HTTPRoute's default rule
    };
    Source source = Source::None;
    QString objectName; // the VirtualService or HTTPRoute
    QList<std::pair<QString, int>> weights; // per version, every version of the inventory (0 when not routed)
    QString mirrorVersion;
    double mirrorPercent = 0;
    QString problem; // why the routing cannot be shifted (then weights are best effort)
};

// Adopting existing routing changes only the weights of the default (match-less, last) route of the
// VirtualService Istio uses for the service and keeps every other route, match, timeout, retry, fault, header
// rule, mirror and field; DestinationRule subsets that are missing are added, none is removed. Without routing it
// creates a VirtualService and a DestinationRule (one subset per version, selector version=<name>) as Kiali's
// wizard does, labelled meshscope.io/wizard. With an HTTPRoute (Gateway API) the default rule's backendRefs
// weights are shifted among the per-version Services. Pure; safe on any thread.
RoutingPlan planShift(const ServiceRouting& routing, const ShiftRequest& request);
CurrentSplit currentSplit(const ServiceRouting& routing, RouteProtocol protocol = RouteProtocol::Http);

} // namespace meshscope::traffic
