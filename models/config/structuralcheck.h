// Step 2 of validation: the structural schema through valijson (JSON Schema draft 7), with OpenAPI's
// nullable, x-kubernetes-int-or-string and x-kubernetes-preserve-unknown-fields translated when the schema is
// loaded, and valijson's findings reworded as the API server words them.
#pragma once

#include "models/config/validation.h"

namespace meshscope::config {

// root may be passed as a shared pointer so that its translated JSON Schema is built once and reused.
QList<ValidationMessage> checkStructure(
    const QJsonValue& value, const SchemaPtr& schema, const JsonPath& at, const ValidationOptions& options);

// The JSON Schema valijson is given for node (exposed for tests).
QJsonObject jsonSchemaFor(const SchemaNode& node);

// The schema node at a path below root (nullptr when the path leaves the schema).
const SchemaNode* schemaAt(const SchemaNode* root, const JsonPath& relative);

// Kubernetes' field error: reason and detail for a path.
ValidationMessage fieldError(
    ValidationMessage::Source source, const JsonPath& path, const QString& reason, const QString& detail);

// "Invalid value: V: <path> in body should …" as the OpenAPI validator words it.
QString inBody(const JsonPath& path, const QJsonValue& value, const QString& what);

} // namespace meshscope::config
