#pragma once

#include "envoyconfigdump.h"

// How istioctl describes listeners and routes in its tables: listener types, filter chain matches and
// destinations, route matches and domain lists. Pure functions of the JSON.
namespace meshscope {

EnvoyListener describeListener(const JsonRef& listener);
// One row per route of every virtual host (a virtual host without routes gets one "/*" row).
QList<EnvoyRouteEntry> describeRouteConfiguration(const JsonRef& routeConfiguration);
// istioctl's DOMAINS column: the only domain, or the shortest names without ports ("a, b + 2 more...").
QString describeRouteDomains(const QStringList& domains);
// A route's match: "/prefix*", "PathPrefix:/p", the exact path, "regex …" (headers are not shown).
QString describeRouteMatch(const JsonRef& match);
// An Endpoint's addresses as istioctl writes them (ip:port, pipe path, envoy://listener/id or "unknown").
QStringList envoyEndpointAddresses(const JsonRef& endpoint);

} // namespace meshscope
