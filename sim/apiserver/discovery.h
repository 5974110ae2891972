// Discovery as the real API server serves it: /version, /api, /api/v1, /apis, /apis/<group>[/<version>].
// Aggregated discovery is not offered: the JSON content type tells kubectl to fall back to these.
#pragma once

#include "sim/http/httpmessage.h"

#include <optional>

namespace meshscope::sim {

class ResourceCatalog;

// nullopt when the path is not a discovery path.
std::optional<SimHttpReply> discoveryReply(
    const ResourceCatalog& catalog, const SimHttpRequest& request, const QString& serverAddress);

} // namespace meshscope::sim
