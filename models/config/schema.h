// One field's schema: the facts a structural OpenAPI v3 schema of a CustomResourceDefinition holds (type,
// format, enum, bounds, required fields, list/map semantics, defaults, CEL rules), as plain data.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace meshscope::config {

// An x-kubernetes-validations entry: a CEL expression over `self` and what the API server answers when it is false.
struct CelRule
{
    QString rule;
    QString message;
    QString messageExpression;
    QString reason;
    QString fieldPath;
    bool optionalOldSelf = false;
    bool operator==(const CelRule&) const = default;
};

struct SchemaNode;
using SchemaPtr = std::shared_ptr<const SchemaNode>;

struct SchemaNode
{
    enum class Type
    {
        Untyped, // no type: anything (with preserveUnknown: kept as is)
        Object,
        Array,
        String,
        Integer,
        Number,
        Boolean,
        IntOrString,
    };
    Type type = Type::Untyped;
    QString format; // int32, int64, double, date-time, byte, …
    bool nullable = false;
    bool preserveUnknown = false;

    QJsonArray enumValues;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    QString pattern;
    std::optional<qint64> minItems;
    std::optional<qint64> maxItems;
    std::optional<qint64> minProperties;
    std::optional<qint64> maxProperties;
    QString listType; // "set", "map", "atomic" or ""
    QStringList listMapKeys;
    QString mapType; // "granular", "atomic" or ""

    QStringList required;
    QList<QStringList> exclusive; // each group: at most one of these fields may be set
    QList<CelRule> rules;
    // JSON Schema combinators that only check values (structural schemas allow no types in them), kept as given.
    QJsonArray oneOf;
    QJsonArray anyOf;
    QJsonArray allOf;
    QJsonObject notSchema;

    QMap<QString, SchemaPtr> properties; // Object with declared fields
    SchemaPtr items; // Array
    SchemaPtr additionalProperties; // Object used as a map

    QString typeName; // the schema set's name for this object type, "" for inline nodes

    const SchemaNode* property(const QString& name) const
    {
        const auto it = properties.constFind(name);
        return it == properties.constEnd() ? nullptr : it->get();
    }
    bool isMap() const { return type == Type::Object && additionalProperties != nullptr; }
    QString typeText() const; // "string", "integer", "list", "map", "object", "int-or-string", …
};

// A resource kind: how the API server serves it and the schema of its objects.
struct KindSchema
{
    QString group;
    QString kind;
    QString plural;
    QString singular;
    QString listKind;
    QStringList shortNames;
    QStringList categories;
    QStringList versions; // as listed; all share the schema
    QStringList unserved;
    QStringList deprecated;
    QString storage;
    bool namespaced = true;
    bool statusSubresource = true;
    QJsonArray columns; // additionalPrinterColumns: name, type, jsonPath[, priority, format]
    QJsonObject annotations; // for the CRD's metadata
    SchemaPtr root;

    QString crdName() const { return plural + QLatin1Char('.') + group; }
    bool serves(const QString& version) const { return versions.contains(version) && !unserved.contains(version); }
    QString apiVersion(const QString& version) const { return group + QLatin1Char('/') + version; }
};

} // namespace meshscope::config
