// The schema set in Kubernetes' own form: OpenAPI v3 (structural) schemas and whole CustomResourceDefinitions,
// both ways. The simulator serves the CRDs written here; a cluster's CRDs are read back into the same nodes
// so that validation can use the cluster's own schemas.
#pragma once

#include "models/config/schema.h"

namespace meshscope::config {

// openAPIV3Schema → node. Unrecognised keywords are ignored; descriptions are not kept.
SchemaPtr schemaFromOpenApi(const QJsonObject& schema);
// node → openAPIV3Schema (no descriptions).
QJsonObject schemaToOpenApi(const SchemaNode& node);

// A CustomResourceDefinition (apiextensions.k8s.io/v1) for kind; nullopt-like empty KindSchema on bad input.
QJsonObject crdFor(const KindSchema& kind);
// The kind a CRD describes; its first version's schema is used for all versions. false when it is not a CRD.
bool kindFromCrd(const QJsonObject& crd, KindSchema* kind, QString* error);

} // namespace meshscope::config
