#include "models/config/structuralcheck.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace meshscope::config {

namespace {
// Go's %v of a float64, which the API server's messages use: 100, 0.5, 4.294967295e+09.
QString goNumber(double value)
{
    const QString e = QString::number(value, 'e', QLocale::FloatingPointShortest);
    const int exponent = e.mid(e.indexOf(QLatin1Char('e')) + 1).toInt();
    if (exponent < -4 || exponent >= 21 || (exponent >= 6 && value != std::floor(value)))
        return e;
    if (exponent >= 6)
        return e;
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QJsonArray typeList(const QString& type, bool nullable)
{
    QJsonArray types { type };
    if (nullable)
        types.append(QStringLiteral("null"));
    return types;
}

void addType(QJsonObject& o, const SchemaNode& node)
{
    switch (node.type) {
    case SchemaNode::Type::Object:
        o.insert(QStringLiteral("type"), typeList(QStringLiteral("object"), node.nullable));
        break;
    case SchemaNode::Type::Array:
        o.insert(QStringLiteral("type"), typeList(QStringLiteral("array"), node.nullable));
        break;
    case SchemaNode::Type::String:
        o.insert(QStringLiteral("type"), typeList(QStringLiteral("string"), node.nullable));
        break;
    case SchemaNode::Type::Integer: // integrality is checked with the rules: valijson reads integers as int32
    case SchemaNode::Type::Number:
        o.insert(QStringLiteral("type"), typeList(QStringLiteral("number"), node.nullable));
        break;
    case SchemaNode::Type::Boolean:
        o.insert(QStringLiteral("type"), typeList(QStringLiteral("boolean"), node.nullable));
        break;
    case SchemaNode::Type::IntOrString: {
        QJsonArray types { QStringLiteral("number"), QStringLiteral("string") };
        if (node.nullable)
            types.append(QStringLiteral("null"));
        o.insert(QStringLiteral("type"), types);
        break;
    }
    case SchemaNode::Type::Untyped:
        break;
    }
}

struct CachedSchema
{
    std::weak_ptr<const SchemaNode> node;
    std::shared_ptr<valijson::Schema> schema;
};

std::shared_ptr<valijson::Schema> compileSchema(const SchemaNode& node)
{
    auto schema = std::make_shared<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    const QJsonValue document = jsonSchemaFor(node);
    valijson::adapters::QtJsonAdapter adapter(document);
    parser.populateSchema(adapter, *schema);
    return schema;
}

std::shared_ptr<valijson::Schema> schemaFor(const SchemaPtr& node)
{
    static QMutex mutex;
    static QHash<const SchemaNode*, CachedSchema> cache;
    QMutexLocker lock(&mutex);
    CachedSchema& entry = cache[node.get()];
    if (entry.schema && entry.node.lock() == node)
        return entry.schema;
    entry.node = node;
    entry.schema = compileSchema(*node);
    return entry.schema;
}

// valijson's context ("<root>", "[spec]", "[http]", "[0]") as a path, told apart by the value it walks.
JsonPath contextPath(const std::vector<std::string>& context, const QJsonValue& root)
{
    JsonPath path;
    QJsonValue value = root;
    for (std::size_t i = 1; i < context.size(); ++i) {
        QString part = QString::fromStdString(context[i]);
        if (part.startsWith(QLatin1Char('[')) && part.endsWith(QLatin1Char(']')))
            part = part.mid(1, part.size() - 2);
        if (value.isArray()) {
            const int index = part.toInt();
            path = path.index(index);
            value = value.toArray().at(index);
        } else {
            path = path.key(part);
            value = value.toObject().value(part);
        }
    }
    return path;
}

QString typeWord(const SchemaNode* node)
{
    if (!node)
        return QStringLiteral("object");
    switch (node->type) {
    case SchemaNode::Type::Object:
        return QStringLiteral("object");
    case SchemaNode::Type::Array:
        return QStringLiteral("array");
    case SchemaNode::Type::String:
        return QStringLiteral("string");
    case SchemaNode::Type::Integer:
        return QStringLiteral("integer");
    case SchemaNode::Type::Number:
        return QStringLiteral("number");
    case SchemaNode::Type::Boolean:
        return QStringLiteral("boolean");
    case SchemaNode::Type::IntOrString:
        return QStringLiteral("integer,string");
    default:
        return QString();
    }
}

QString jsonTypeOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return value.toDouble() == std::floor(value.toDouble()) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

bool isCombinatorMessage(const std::string& description)
{
    return description.rfind("Failed to validate against any schemas allowed by anyOf", 0) == 0
        || description.rfind("Failed to validate against exactly one child schema", 0) == 0
        || description.rfind("Failed to validate against any child schemas allowed by oneOf", 0) == 0
        || description.rfind("Target should not validate against schema specified in 'not'", 0) == 0;
}

QString numberAfter(const std::string& description, const char* prefix)
{
    const std::string rest = description.substr(std::string(prefix).size());
    bool ok = false;
    const double value = QString::fromStdString(rest).trimmed().remove(QLatin1Char('.')).toDouble(&ok);
    // "… of 1 characters in length." / "… to 0.000000": take the number that starts the rest.
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?"));
    const auto match = number.match(QString::fromStdString(rest).trimmed());
    if (match.hasMatch())
        return goNumber(match.captured(0).toDouble());
    return ok ? goNumber(value) : QString::fromStdString(rest);
}

bool startsWith(const std::string& text, const char* prefix)
{
    return text.rfind(prefix, 0) == 0;
}
} // namespace

QJsonObject jsonSchemaFor(const SchemaNode& node)
{
    QJsonObject o;
    addType(o, node);
    if (!node.enumValues.isEmpty()) {
        QJsonArray values = node.enumValues;
        if (node.nullable)
            values.append(QJsonValue::Null);
        o.insert(QStringLiteral("enum"), values);
    }
    if (node.minimum)
        o.insert(node.exclusiveMinimum ? QStringLiteral("exclusiveMinimum") : QStringLiteral("minimum"), *node.minimum);
    if (node.maximum)
        o.insert(node.exclusiveMaximum ? QStringLiteral("exclusiveMaximum") : QStringLiteral("maximum"), *node.maximum);
    auto count = [&o](const char* key, const std::optional<qint64>& value) {
        if (value)
            o.insert(QLatin1String(key), *value);
    };
    count("minLength", node.minLength);
    count("maxLength", node.maxLength);
    count("minItems", node.minItems);
    count("maxItems", node.maxItems);
    count("minProperties", node.minProperties);
    count("maxProperties", node.maxProperties);
    if (!node.required.isEmpty()) {
        QJsonArray required;
        for (const QString& name : node.required)
            required.append(name);
        o.insert(QStringLiteral("required"), required);
    }
    if (!node.oneOf.isEmpty())
        o.insert(QStringLiteral("oneOf"), node.oneOf);
    if (!node.anyOf.isEmpty())
        o.insert(QStringLiteral("anyOf"), node.anyOf);
    if (!node.allOf.isEmpty())
        o.insert(QStringLiteral("allOf"), node.allOf);
    if (!node.notSchema.isEmpty())
        o.insert(QStringLiteral("not"), node.notSchema);
    if (node.type == SchemaNode::Type::Object) {
        QJsonObject properties;
        for (auto it = node.properties.begin(); it != node.properties.end(); ++it)
            properties.insert(it.key(), jsonSchemaFor(**it));
        if (!properties.isEmpty())
            o.insert(QStringLiteral("properties"), properties);
        if (node.additionalProperties)
            o.insert(QStringLiteral("additionalProperties"), jsonSchemaFor(*node.additionalProperties));
        else if (!node.preserveUnknown)
            o.insert(QStringLiteral("additionalProperties"), false);
    }
    if (node.items)
        o.insert(QStringLiteral("items"), jsonSchemaFor(*node.items));
    return o;
}

const SchemaNode* schemaAt(const SchemaNode* root, const JsonPath& relative)
{
    const SchemaNode* node = root;
    for (const JsonPath::Segment& segment : relative.segments()) {
        if (!node)
            return nullptr;
        if (std::holds_alternative<int>(segment)) {
            node = node->items.get();
        } else {
            const SchemaNode* child = node->property(std::get<QString>(segment));
            node = child ? child : node->additionalProperties.get();
        }
    }
    return node;
}

QString kubeValueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    case QJsonValue::Double:
        return value.toDouble() == std::floor(value.toDouble()) && std::abs(value.toDouble()) < 1e18
            ? QString::number(value.toInteger(qint64(value.toDouble())))
            : goNumber(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("\"null\"");
    case QJsonValue::Array:
        return QStringLiteral("\"array\"");
    default:
        return QStringLiteral("\"object\"");
    }
}

ValidationMessage fieldError(
    ValidationMessage::Source source, const JsonPath& path, const QString& reason, const QString& detail)
{
    ValidationMessage message;
    message.source = source;
    message.path = path;
    message.field = path.toString();
    message.reason = reason;
    message.detail = detail;
    return message;
}

QString inBody(const JsonPath& path, const QJsonValue& value, const QString& what)
{
    return QStringLiteral("Invalid value: %1: %2 in body %3").arg(kubeValueText(value), path.toString(), what);
}

QList<ValidationMessage> checkStructure(
    const QJsonValue& value, const SchemaPtr& schema, const JsonPath& at, const ValidationOptions& options)
{
    QList<ValidationMessage> messages;
    if (!schema)
        return messages;
    const std::shared_ptr<valijson::Schema> compiled = schemaFor(schema);
    valijson::Validator validator;
    valijson::ValidationResults results;
    const valijson::adapters::QtJsonAdapter target(value);
    try {
        validator.validate(*compiled, target, &results);
    } catch (const std::exception& e) {
        messages.append(fieldError(ValidationMessage::Source::Schema, at, QStringLiteral("FieldValueInvalid"),
            QStringLiteral("Internal error: %1").arg(QString::fromStdString(e.what()))));
        return messages;
    }
    struct Found
    {
        std::vector<std::string> context;
        ValidationMessage message;
    };
    QList<Found> found;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        const std::string& d = error.description;
        const JsonPath relative = contextPath(error.context, value);
        JsonPath path = at;
        for (const auto& segment : relative.segments())
            path = std::holds_alternative<int>(segment) ? path.index(std::get<int>(segment))
                                                        : path.key(std::get<QString>(segment));
        const QJsonValue bad = relative.valueIn(value);
        const SchemaNode* node = schemaAt(schema.get(), relative);
        const auto source = ValidationMessage::Source::Schema;
        if (isCombinatorMessage(d)) {
            // The failed alternatives' own errors were reported just before this one: keep only the summary.
            while (!found.isEmpty() && found.last().message.path.startsWith(path))
                found.removeLast();
            const QString what = startsWith(d, "Failed to validate against any schemas allowed by anyOf")
                ? QStringLiteral("must validate at least one schema (anyOf)")
                : startsWith(d, "Target should not") ? QStringLiteral("must not validate the schema (not)")
                                                     : QStringLiteral("must validate one and only one schema (oneOf)");
            found.append({ error.context,
                fieldError(source, path, QStringLiteral("FieldValueInvalid"), inBody(path, bad, what)) });
            continue;
        }
        ValidationMessage message;
        if (startsWith(d, "Missing required property '")) {
            const QString name = QString::fromStdString(d.substr(27, d.size() - 27 - 2));
            message = fieldError(
                source, path.key(name), QStringLiteral("FieldValueRequired"), QStringLiteral("Required value"));
        } else if (startsWith(d, "Value type not permitted")) {
            const QString type = typeWord(node);
            message = fieldError(source, path, QStringLiteral("FieldValueTypeInvalid"),
                QStringLiteral("Invalid value: \"%1\": %2 in body must be of type %3: \"%1\"")
                    .arg(jsonTypeOf(bad), path.toString(), type));
        } else if (startsWith(d, "Failed to match against any enum values")) {
            QStringList supported;
            if (node) {
                for (const QJsonValue& v : node->enumValues)
                    supported.append(kubeValueText(v));
            }
            message = fieldError(source, path, QStringLiteral("FieldValueNotSupported"),
                QStringLiteral("Unsupported value: %1: supported values: %2")
                    .arg(kubeValueText(bad), supported.join(QStringLiteral(", "))));
        } else if (startsWith(d, "String should be no fewer than ")) {
            message = fieldError(source, path, QStringLiteral("FieldValueInvalid"),
                inBody(path, bad,
                    QStringLiteral("should be at least %1 chars long")
                        .arg(numberAfter(d, "String should be no fewer than "))));
        } else if (startsWith(d, "String should be no more than ")) {
            message = fieldError(source, path, QStringLiteral("FieldValueTooLong"),
                QStringLiteral("Too long: may not be longer than %1")
                    .arg(numberAfter(d, "String should be no more than ")));
        } else if (startsWith(d, "Array should contain no fewer than ")) {
            message = fieldError(source, path, QStringLiteral("FieldValueInvalid"),
                inBody(path, QJsonValue(bad.toArray().size()),
                    QStringLiteral("should have at least %1 items")
                        .arg(numberAfter(d, "Array should contain no fewer than "))));
        } else if (startsWith(d, "Array should contain no more than ")) {
            message = fieldError(source, path, QStringLiteral("FieldValueTooMany"),
                QStringLiteral("Too many: %1: must have at most %2 items")
                    .arg(bad.toArray().size())
                    .arg(numberAfter(d, "Array should contain no more than ")));
        } else if (startsWith(d, "Object should have no fewer than ")) {
            message = fieldError(source, path, QStringLiteral("FieldValueInvalid"),
                inBody(path, QJsonValue(bad.toObject().size()),
                    QStringLiteral("should have at least %1 properties")
                        .arg(numberAfter(d, "Object should have no fewer than "))));
        } else if (startsWith(d, "Object should have no more than ")) {
            message = fieldError(source, path, QStringLiteral("FieldValueTooMany"),
                QStringLiteral("Too many: %1: must have at most %2 items")
                    .arg(bad.toObject().size())
                    .arg(numberAfter(d, "Object should have no more than ")));
        } else if (startsWith(d, "Expected number greater than or equal to ")) {
            message = fieldError(source, path, QStringLiteral("FieldValueInvalid"),
                inBody(path, bad,
                    QStringLiteral("should be greater than or equal to %1")
                        .arg(numberAfter(d, "Expected number greater than or equal to "))));
        } else if (startsWith(d, "Expected number greater than ")) {
            message = fieldError(source, path, QStringLiteral("FieldValueInvalid"),
                inBody(path, bad,
                    QStringLiteral("should be greater than %1").arg(numberAfter(d, "Expected number greater than "))));
        } else if (startsWith(d, "Expected number less than or equal to ")) {
            message = fieldError(source, path, QStringLiteral("FieldValueInvalid"),
                inBody(path, bad,
                    QStringLiteral("should be less than or equal to %1")
                        .arg(numberAfter(d, "Expected number less than or equal to "))));
        } else if (startsWith(d, "Expected number less than ")) {
            message = fieldError(source, path, QStringLiteral("FieldValueInvalid"),
                inBody(path, bad,
                    QStringLiteral("should be less than %1").arg(numberAfter(d, "Expected number less than "))));
        } else if (startsWith(d, "Object contains a property that could not be validated")) {
            const std::size_t open = d.rfind(": '");
            const QString name = open == std::string::npos
                ? QString()
                : QString::fromStdString(d.substr(open + 3, d.size() - open - 3 - 2));
            const JsonPath unknown = path.key(name);
            message = fieldError(source, unknown, QStringLiteral("UnknownField"),
                QStringLiteral("unknown field \"%1\"").arg(unknown.toString()));
            if (!options.unknownFieldsAreErrors)
                message.severity = ValidationMessage::Severity::Warning;
        } else {
            continue; // "Failed to validate item #3 …" and the like: summaries of errors already reported
        }
        found.append({ error.context, message });
    }
    for (const Found& f : std::as_const(found))
        messages.append(f.message);
    return messages;
}

} // namespace meshscope::config
