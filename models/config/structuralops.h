// What the API server does to a custom resource before validating and storing it: fill in schema defaults and
// prune the fields the schema does not declare (unless x-kubernetes-preserve-unknown-fields).
#pragma once

#include "models/config/jsonpath.h"
#include "models/config/schema.h"

namespace meshscope::config {

// value with every missing field that has a default filled in (recursively, as the API server defaults).
QJsonValue withDefaults(const QJsonValue& value, const SchemaNode& schema);

// value without undeclared fields; *pruned (optional) lists them, below at.
QJsonValue pruneUnknownFields(
    const QJsonValue& value, const SchemaNode& schema, const JsonPath& at = {}, QList<JsonPath>* pruned = nullptr);

} // namespace meshscope::config
