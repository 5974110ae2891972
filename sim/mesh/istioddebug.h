#pragma once

// istiod's debug interface (port 15014) on the istiod pods, reached through the pod proxy:
// /debug/syncz, /debug/registryz, /debug/endpointz (= /debug/endpointShardz), /debug/configz,
// /debug/config_dump?proxyID=pod.namespace, /version, /ready — in istiod's JSON shapes.

#include "sim/http/httpmessage.h"
#include "sim/mesh/meshcontext.h"

namespace meshscope::sim {

SimHttpReply istiodDebugReply(
    MeshContext& context, const QString& ns, const QString& pod, const QString& path, const QUrlQuery& query);

// The proxies istiod serves: pods with a sidecar, and gateways. Keys are "pod.namespace".
QList<const MeshPod*> connectedProxies(const MeshTopology& topology);

} // namespace meshscope::sim
