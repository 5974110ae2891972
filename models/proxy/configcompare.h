#pragma once

#include "models/istio/envoyconfigdump.h"

#include <QDateTime>
#include <QTimeZone>
#include <string>

namespace meshscope {

// `istioctl proxy-status <pod>`: istiod's config for a proxy against what its Envoy holds, as the text diff
// istioctl prints ("Clusters Match" or "Clusters Don't Match" and a unified diff with 7 lines of context, then
// listeners and routes). Dynamic resources only, sorted by name, without versions and update times.
struct ConfigCompareText
{
    std::string text;
    bool clustersMatch = false;
    bool listenersMatch = false;
    bool routesMatch = false;
    QString error; // istioctl stops here (Envoy's dump has no routes section)
};
// zone: where "RDS last loaded at" is told (istioctl uses the local time zone).
ConfigCompareText compareConfigDumps(
    const EnvoyConfigDump& istiod, const EnvoyConfigDump& envoy, const QTimeZone& zone = QTimeZone::systemTimeZone());

// The jsonpb text istioctl diffs for each kind of resource (or its error when the dump lacks the section).
std::string comparableClusters(const EnvoyConfigDump& dump);
std::string comparableListeners(const EnvoyConfigDump& dump);
std::string comparableRoutes(const EnvoyConfigDump& dump);

} // namespace meshscope
