// Validation of one Kubernetes resource (as JSON) against the schema set, the way the API server and Istio's
// admission webhook judge it:
//   1. metadata (name, namespace, label and annotation syntax),
//   2. the structural schema — types, enums, bounds, lengths, required fields, unknown fields — through
//      valijson, reported with Kubernetes' wording ("spec.hosts: Required value"),
//   3. patterns, formats, list-type uniqueness, protobuf one-ofs, and the CEL rules (x-kubernetes-validations),
//      skipped as the API server skips them when step 2 found a blocking error,
//   4. Istio's webhook checks that the schema cannot express (route weights, hosts, ports, durations, selectors).
// Pure functions, safe on any thread. This is the API the analysis engine and the editor call:
//
//     const QList<ValidationMessage> messages = validateResource(object);
//     for (const ValidationMessage& m : messages)
//         qDebug() << m.field << m.text();   // "spec.http[0].route[1].weight", "spec.http[0]…: Invalid value: …"
#pragma once

#include "models/config/jsonpath.h"
#include "models/config/schemaset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace meshscope::config {

struct ValidationMessage
{
    enum class Severity
    {
        Error,
        Warning,
    };
    enum class Source
    {
        Yaml, // the text is not a document
        Resource, // apiVersion/kind/metadata
        Schema, // the structural OpenAPI schema
        Rule, // patterns, formats, list semantics, one-ofs and CEL rules
        Webhook, // Istio's semantic checks
        Analysis, // the analysis engine, when the editor shows its messages
    };
    Severity severity = Severity::Error;
    Source source = Source::Schema;
    JsonPath path; // the field; empty for the whole object
    QString field; // path as Kubernetes writes it: "spec.http[0].route[1].weight"
    // Kubernetes' cause type: FieldValueRequired, FieldValueInvalid, FieldValueNotSupported, FieldValueDuplicate,
    // FieldValueTooLong, FieldValueTooMany, FieldValueForbidden, FieldValueTypeInvalid, or UnknownField.
    QString reason;
    QString detail; // what follows "field: ", e.g. "Required value", "Unsupported value: \"X\": supported values: …"

    // "spec.hosts: Required value" (a Kubernetes field error), or the detail alone when there is no field.
    QString text() const;
    bool isError() const { return severity == Severity::Error; }
};

struct ValidationOptions
{
    // Unknown fields: the API server drops them (a warning); kubectl --validate=strict and `meshscope validate
    // --strict` reject them.
    bool unknownFieldsAreErrors = false;
    bool webhookChecks = true;
    bool requireName = true; // false for server-side dry runs of generateName objects, and templates
};

// Messages for object, ordered by field. No schema for its kind: only the metadata checks (and a warning for
// an Istio group whose kind is unknown).
QList<ValidationMessage> validateResource(
    const QJsonObject& object, const SchemaSet& schemas, const ValidationOptions& options = {});
inline QList<ValidationMessage> validateResource(const QJsonObject& object, const ValidationOptions& options = {})
{
    return validateResource(object, *SchemaSet::builtIn(), options);
}

// The schema and rule checks of one field value alone (steps 2–3), for callers that hold a sub-object.
QList<ValidationMessage> validateValue(
    const QJsonValue& value, const SchemaNode& schema, const JsonPath& at, const ValidationOptions& options = {});

// Kubernetes' rendering of a bad value inside "Invalid value: …": strings quoted, numbers bare, objects "object".
QString kubeValueText(const QJsonValue& value);

} // namespace meshscope::config
