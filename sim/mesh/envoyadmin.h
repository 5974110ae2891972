#pragma once

// Envoy's admin interface (port 15000) of every istio-proxy, reached through the pod proxy:
// /config_dump, /clusters, /listeners, /stats/prometheus, /server_info, /ready, /logging.

#include "sim/http/httpmessage.h"
#include "sim/mesh/meshcontext.h"

namespace meshscope::sim {

SimHttpReply envoyAdminReply(MeshContext& context, const QString& ns, const QString& pod, const QString& path,
    const QUrlQuery& query, const QByteArray& method = "GET");

// An endpoint's health as Envoy reports it in /clusters: UNHEALTHY when its service fails every request, and
// ejected by outlier detection when it fails at least half of them and a DestinationRule sets outlierDetection.
struct EndpointHealth
{
    QString status = QStringLiteral("HEALTHY");
    bool failedOutlierCheck = false;
};
EndpointHealth endpointHealth(const MeshContext& context, const MeshTopology& topology, const QString& serviceNs,
    const QString& serviceName, const QString& serviceFqdn);

} // namespace meshscope::sim
