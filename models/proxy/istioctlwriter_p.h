#pragma once

#include "istioctlwriter.h"

#include <vector>

// What the table and dump writers share: istioctl's selection and order of resources.
namespace meshscope::istioctl::detail {

QString noSection(const char* typeName); // "config dump has no configuration type type.googleapis.com/…"

// Dynamic active and static clusters in istioctl's order; empty with error when there are none.
std::vector<const EnvoyCluster*> sortedClusters(const EnvoyConfigDump& dump, QString* error);
// Active and static listeners in dump order; empty with error when there are none.
std::vector<const EnvoyListener*> listenerList(const EnvoyConfigDump& dump, QString* error);
// Route configurations (indices into dump.routeConfigs) in istioctl's order.
std::vector<int> sortedRouteConfigs(const EnvoyConfigDump& dump, QString* error);

struct Assignment
{
    int index = 0; // into dump.endpointAssignments
    std::vector<const EnvoyEndpoint*> endpoints; // those the filter kept
};
// Cluster load assignments with at least one endpoint the filter keeps, in istioctl's order.
std::vector<Assignment> sortedAssignments(const EnvoyConfigDump& dump, const EndpointFilter& filter);

// A list of resources printed as istioctl does for -o json (json.MarshalIndent) or -o yaml.
std::string printResources(const JsonRef& protoJsonArray, Format format);
// A resource without its "@type" (istioctl prints the decoded message, not the Any).
void copyWithoutType(JsonBuilder* builder, const JsonRef& resource);

std::string utf8(const QString& text);

// The JSON/YAML forms (istioctldumps.cpp).
Output clusterDump(const EnvoyConfigDump& dump, const ClusterFilter& filter, Format format);
Output listenerDump(const EnvoyConfigDump& dump, const ListenerFilter& filter, Format format);
Output routeDump(const EnvoyConfigDump& dump, const RouteFilter& filter, Format format);
Output endpointDump(const EnvoyConfigDump& dump, const EndpointFilter& filter, Format format);
Output hostEndpointDump(const EnvoyHostStatuses& clusters, const EndpointFilter& filter, Format format);
Output secretDump(const EnvoyConfigDump& dump, Format format);
Output ecdsDump(const EnvoyConfigDump& dump, Format format);
Output bootstrapDump(const EnvoyConfigDump& dump, Format format);

} // namespace meshscope::istioctl::detail
