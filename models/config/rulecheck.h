// Step 3 of validation: what a JSON Schema validator does not know about Kubernetes schemas — integer values,
// patterns (RE2 syntax), string formats, list types (set/map uniqueness), protobuf one-ofs — and, unless told not
// to, the CEL rules (x-kubernetes-validations) on every value present.
#pragma once

#include "models/config/validation.h"

namespace meshscope::config {

struct RuleCheckScope
{
    bool celRules = true;
};

QList<ValidationMessage> checkRules(
    const QJsonValue& value, const SchemaNode& schema, const JsonPath& at, const RuleCheckScope& scope = {});

} // namespace meshscope::config
