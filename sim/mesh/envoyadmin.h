#pragma once

// Envoy's admin interface (port 15000) of every istio-proxy, reached through the pod proxy:
// /config_dump, /clusters, /listeners, /stats/prometheus, /server_info, /ready.

#include "sim/http/httpmessage.h"
#include "sim/mesh/meshcontext.h"

namespace meshscope::sim {

SimHttpReply envoyAdminReply(
    MeshContext& context, const QString& ns, const QString& pod, const QString& path, const QUrlQuery& query);

} // namespace meshscope::sim
