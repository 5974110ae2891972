#pragma once

#include "shiftplanner.h"

namespace meshscope::traffic {

// Shifts the backendRefs weights of the default rule of the HTTPRoute that routes the service (Gateway API):
// each version is a Service selecting it; every other rule, match, filter and field is kept.
RoutingPlan planHttpRouteShift(
    const ServiceRouting& routing, const ShiftRequest& request, const RoutingObjects& objects);

} // namespace meshscope::traffic
