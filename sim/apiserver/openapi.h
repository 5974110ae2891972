// OpenAPI v3 as far as kubectl needs it: the /openapi/v3 index and one document per group/version whose
// PATCH operations carry x-kubernetes-group-version-kind and the fieldValidation parameter (so kubectl
// validates server-side) and the custom resources' schemas. No strategic merge patch is advertised, so
// kubectl sends merge patches to custom resources, as with a real API server.
#pragma once

#include "sim/http/httpmessage.h"

#include <optional>

namespace meshscope::sim {

class ObjectStore;
class ResourceCatalog;

std::optional<SimHttpReply> openApiReply(
    const ResourceCatalog& catalog, const ObjectStore& store, const SimHttpRequest& request);

} // namespace meshscope::sim
