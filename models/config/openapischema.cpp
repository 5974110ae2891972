#include "models/config/openapischema.h"

namespace meshscope::config {

namespace {
const QString kType = QStringLiteral("type");

std::optional<qint64> intOf(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return v.toInteger(qint64(v.toDouble()));
}

std::optional<double> doubleOf(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return v.toDouble();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

// [a, b] when alternatives are protobuf's "at most one of a, b": not(anyOf(required a, required b)) or exactly one.
std::optional<QStringList> exclusiveGroup(const QJsonArray& alternatives)
{
    if (alternatives.isEmpty())
        return std::nullopt;
    const QJsonObject first = alternatives.first().toObject();
    if (first.size() != 1 || !first.contains(QStringLiteral("not")))
        return std::nullopt;
    const QJsonObject inner = first.value(QStringLiteral("not")).toObject();
    if (inner.size() != 1 || !inner.contains(QStringLiteral("anyOf")))
        return std::nullopt;
    QStringList names;
    for (const QJsonValue& option : inner.value(QStringLiteral("anyOf")).toArray()) {
        const QJsonObject o = option.toObject();
        const QJsonArray required = o.value(QStringLiteral("required")).toArray();
        if (o.size() != 1 || required.size() != 1)
            return std::nullopt;
        names.append(required.first().toString());
    }
    if (alternatives.size() != names.size() + 1)
        return std::nullopt;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QJsonObject o = alternatives.at(i + 1).toObject();
        if (o != QJsonObject { { QStringLiteral("required"), QJsonArray { names.at(i) } } })
            return std::nullopt;
    }
    return names;
}

QJsonArray exclusiveAlternatives(const QStringList& names)
{
    QJsonArray anyOf;
    QJsonArray alternatives;
    for (const QString& name : names)
        anyOf.append(QJsonObject { { QStringLiteral("required"), QJsonArray { name } } });
    alternatives.append(QJsonObject { { QStringLiteral("not"), QJsonObject { { QStringLiteral("anyOf"), anyOf } } } });
    for (const QString& name : names)
        alternatives.append(QJsonObject { { QStringLiteral("required"), QJsonArray { name } } });
    return alternatives;
}

// Value-only sub-schemas (inside oneOf/anyOf/…) lose their descriptions too.
QJsonValue withoutDescriptions(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(withoutDescriptions(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key() != QLatin1String("description"))
            out.insert(it.key(), withoutDescriptions(it.value()));
    }
    return out;
}

SchemaNode::Type typeOf(const QString& text)
{
    if (text == QLatin1String("object"))
        return SchemaNode::Type::Object;
    if (text == QLatin1String("array"))
        return SchemaNode::Type::Array;
    if (text == QLatin1String("string"))
        return SchemaNode::Type::String;
    if (text == QLatin1String("integer"))
        return SchemaNode::Type::Integer;
    if (text == QLatin1String("number"))
        return SchemaNode::Type::Number;
    if (text == QLatin1String("boolean"))
        return SchemaNode::Type::Boolean;
    return SchemaNode::Type::Untyped;
}

QString jsonTypeName(SchemaNode::Type type)
{
    switch (type) {
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
    default:
        return {};
    }
}
} // namespace

QString SchemaNode::typeText() const
{
    if (type == Type::IntOrString)
        return QStringLiteral("int-or-string");
    if (type == Type::Array)
        return QStringLiteral("list");
    if (isMap())
        return QStringLiteral("map");
    if (type == Type::Untyped)
        return QStringLiteral("any");
    return jsonTypeName(type);
}

SchemaPtr schemaFromOpenApi(const QJsonObject& o)
{
    auto node = std::make_shared<SchemaNode>();
    node->type = typeOf(o.value(kType).toString());
    node->format = o.value(QStringLiteral("format")).toString();
    node->nullable = o.value(QStringLiteral("nullable")).toBool();
    node->preserveUnknown = o.value(QStringLiteral("x-kubernetes-preserve-unknown-fields")).toBool();
    QJsonArray anyOf = o.value(QStringLiteral("anyOf")).toArray();
    if (o.value(QStringLiteral("x-kubernetes-int-or-string")).toBool()) {
        node->type = SchemaNode::Type::IntOrString;
        if (anyOf
            == QJsonArray { QJsonObject { { kType, QStringLiteral("integer") } },
                QJsonObject { { kType, QStringLiteral("string") } } })
            anyOf = {};
    }
    node->enumValues = o.value(QStringLiteral("enum")).toArray();
    if (o.contains(QStringLiteral("default")))
        node->defaultValue = o.value(QStringLiteral("default"));
    node->minimum = doubleOf(o, QStringLiteral("minimum"));
    node->maximum = doubleOf(o, QStringLiteral("maximum"));
    node->exclusiveMinimum = o.value(QStringLiteral("exclusiveMinimum")).toBool();
    node->exclusiveMaximum = o.value(QStringLiteral("exclusiveMaximum")).toBool();
    node->minLength = intOf(o, QStringLiteral("minLength"));
    node->maxLength = intOf(o, QStringLiteral("maxLength"));
    node->pattern = o.value(QStringLiteral("pattern")).toString();
    node->minItems = intOf(o, QStringLiteral("minItems"));
    node->maxItems = intOf(o, QStringLiteral("maxItems"));
    node->minProperties = intOf(o, QStringLiteral("minProperties"));
    node->maxProperties = intOf(o, QStringLiteral("maxProperties"));
    node->listType = o.value(QStringLiteral("x-kubernetes-list-type")).toString();
    node->listMapKeys = strings(o.value(QStringLiteral("x-kubernetes-list-map-keys")));
    node->mapType = o.value(QStringLiteral("x-kubernetes-map-type")).toString();
    node->required = strings(o.value(QStringLiteral("required")));
    for (const QJsonValue& value : o.value(QStringLiteral("x-kubernetes-validations")).toArray()) {
        const QJsonObject r = value.toObject();
        node->rules.append({ r.value(QStringLiteral("rule")).toString(), r.value(QStringLiteral("message")).toString(),
            r.value(QStringLiteral("messageExpression")).toString(), r.value(QStringLiteral("reason")).toString(),
            r.value(QStringLiteral("fieldPath")).toString(), r.value(QStringLiteral("optionalOldSelf")).toBool() });
    }
    QJsonArray oneOf = o.value(QStringLiteral("oneOf")).toArray();
    QJsonArray allOf = o.value(QStringLiteral("allOf")).toArray();
    if (const auto group = exclusiveGroup(oneOf)) {
        node->exclusive.append(*group);
        oneOf = {};
    }
    if (!allOf.isEmpty()) {
        QList<QStringList> groups;
        for (const QJsonValue& part : allOf) {
            const QJsonObject p = part.toObject();
            const auto group
                = p.size() == 1 ? exclusiveGroup(p.value(QStringLiteral("oneOf")).toArray()) : std::nullopt;
            if (!group) {
                groups.clear();
                break;
            }
            groups.append(*group);
        }
        if (!groups.isEmpty()) {
            node->exclusive += groups;
            allOf = {};
        }
    }
    node->oneOf = withoutDescriptions(oneOf).toArray();
    node->anyOf = withoutDescriptions(anyOf).toArray();
    node->allOf = withoutDescriptions(allOf).toArray();
    node->notSchema = withoutDescriptions(o.value(QStringLiteral("not"))).toObject();
    const QJsonObject properties = o.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        node->properties.insert(it.key(), schemaFromOpenApi(it.value().toObject()));
    if (o.value(QStringLiteral("items")).isObject())
        node->items = schemaFromOpenApi(o.value(QStringLiteral("items")).toObject());
    if (o.value(QStringLiteral("additionalProperties")).isObject())
        node->additionalProperties = schemaFromOpenApi(o.value(QStringLiteral("additionalProperties")).toObject());
    return node;
}

QJsonObject schemaToOpenApi(const SchemaNode& node)
{
    QJsonObject o;
    if (node.type == SchemaNode::Type::IntOrString) {
        o.insert(QStringLiteral("x-kubernetes-int-or-string"), true);
    } else if (node.type != SchemaNode::Type::Untyped) {
        o.insert(kType, jsonTypeName(node.type));
    }
    if (!node.format.isEmpty())
        o.insert(QStringLiteral("format"), node.format);
    if (node.nullable)
        o.insert(QStringLiteral("nullable"), true);
    if (node.preserveUnknown)
        o.insert(QStringLiteral("x-kubernetes-preserve-unknown-fields"), true);
    if (!node.enumValues.isEmpty())
        o.insert(QStringLiteral("enum"), node.enumValues);
    if (!node.defaultValue.isUndefined())
        o.insert(QStringLiteral("default"), node.defaultValue);
    auto number = [&o](const char* key, const auto& value) {
        if (value)
            o.insert(QLatin1String(key), QJsonValue(*value));
    };
    number("minimum", node.minimum);
    number("maximum", node.maximum);
    if (node.exclusiveMinimum)
        o.insert(QStringLiteral("exclusiveMinimum"), true);
    if (node.exclusiveMaximum)
        o.insert(QStringLiteral("exclusiveMaximum"), true);
    number("minLength", node.minLength);
    number("maxLength", node.maxLength);
    if (!node.pattern.isEmpty())
        o.insert(QStringLiteral("pattern"), node.pattern);
    number("minItems", node.minItems);
    number("maxItems", node.maxItems);
    number("minProperties", node.minProperties);
    number("maxProperties", node.maxProperties);
    if (!node.listType.isEmpty())
        o.insert(QStringLiteral("x-kubernetes-list-type"), node.listType);
    if (!node.listMapKeys.isEmpty())
        o.insert(QStringLiteral("x-kubernetes-list-map-keys"), stringArray(node.listMapKeys));
    if (!node.mapType.isEmpty())
        o.insert(QStringLiteral("x-kubernetes-map-type"), node.mapType);
    if (!node.required.isEmpty())
        o.insert(QStringLiteral("required"), stringArray(node.required));
    if (!node.rules.isEmpty()) {
        QJsonArray rules;
        for (const CelRule& rule : node.rules) {
            QJsonObject r { { QStringLiteral("rule"), rule.rule } };
            if (!rule.message.isEmpty())
                r.insert(QStringLiteral("message"), rule.message);
            if (!rule.messageExpression.isEmpty())
                r.insert(QStringLiteral("messageExpression"), rule.messageExpression);
            if (!rule.reason.isEmpty())
                r.insert(QStringLiteral("reason"), rule.reason);
            if (!rule.fieldPath.isEmpty())
                r.insert(QStringLiteral("fieldPath"), rule.fieldPath);
            if (rule.optionalOldSelf)
                r.insert(QStringLiteral("optionalOldSelf"), true);
            rules.append(r);
        }
        o.insert(QStringLiteral("x-kubernetes-validations"), rules);
    }
    QJsonArray anyOf = node.anyOf;
    if (node.type == SchemaNode::Type::IntOrString && anyOf.isEmpty())
        anyOf = { QJsonObject { { kType, QStringLiteral("integer") } },
            QJsonObject { { kType, QStringLiteral("string") } } };
    if (!anyOf.isEmpty())
        o.insert(QStringLiteral("anyOf"), anyOf);
    QJsonArray oneOf = node.oneOf;
    QJsonArray allOf = node.allOf;
    if (node.exclusive.size() == 1 && oneOf.isEmpty()) {
        oneOf = exclusiveAlternatives(node.exclusive.first());
    } else {
        for (const QStringList& group : node.exclusive)
            allOf.append(QJsonObject { { QStringLiteral("oneOf"), exclusiveAlternatives(group) } });
    }
    if (!oneOf.isEmpty())
        o.insert(QStringLiteral("oneOf"), oneOf);
    if (!allOf.isEmpty())
        o.insert(QStringLiteral("allOf"), allOf);
    if (!node.notSchema.isEmpty())
        o.insert(QStringLiteral("not"), node.notSchema);
    if (!node.properties.isEmpty()) {
        QJsonObject properties;
        for (auto it = node.properties.begin(); it != node.properties.end(); ++it)
            properties.insert(it.key(), schemaToOpenApi(**it));
        o.insert(QStringLiteral("properties"), properties);
    }
    if (node.items)
        o.insert(QStringLiteral("items"), schemaToOpenApi(*node.items));
    if (node.additionalProperties)
        o.insert(QStringLiteral("additionalProperties"), schemaToOpenApi(*node.additionalProperties));
    return o;
}

QJsonObject crdFor(const KindSchema& kind)
{
    QJsonObject names { { QStringLiteral("kind"), kind.kind }, { QStringLiteral("plural"), kind.plural },
        { QStringLiteral("singular"), kind.singular },
        { QStringLiteral("listKind"), kind.listKind.isEmpty() ? kind.kind + QStringLiteral("List") : kind.listKind } };
    if (!kind.shortNames.isEmpty())
        names.insert(QStringLiteral("shortNames"), stringArray(kind.shortNames));
    if (!kind.categories.isEmpty())
        names.insert(QStringLiteral("categories"), stringArray(kind.categories));
    const QJsonObject schema { { QStringLiteral("openAPIV3Schema"),
        kind.root ? schemaToOpenApi(*kind.root) : QJsonObject {} } };
    QJsonArray versions;
    for (const QString& version : kind.versions) {
        QJsonObject entry { { QStringLiteral("name"), version },
            { QStringLiteral("served"), !kind.unserved.contains(version) },
            { QStringLiteral("storage"), version == kind.storage }, { QStringLiteral("schema"), schema } };
        if (kind.deprecated.contains(version))
            entry.insert(QStringLiteral("deprecated"), true);
        if (!kind.columns.isEmpty())
            entry.insert(QStringLiteral("additionalPrinterColumns"), kind.columns);
        if (kind.statusSubresource)
            entry.insert(QStringLiteral("subresources"), QJsonObject { { QStringLiteral("status"), QJsonObject {} } });
        versions.append(entry);
    }
    QJsonObject metadata { { QStringLiteral("name"), kind.crdName() } };
    if (!kind.annotations.isEmpty())
        metadata.insert(QStringLiteral("annotations"), kind.annotations);
    return QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("apiextensions.k8s.io/v1") },
        { QStringLiteral("kind"), QStringLiteral("CustomResourceDefinition") },
        { QStringLiteral("metadata"), metadata },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("group"), kind.group }, { QStringLiteral("names"), names },
                { QStringLiteral("scope"), kind.namespaced ? QStringLiteral("Namespaced") : QStringLiteral("Cluster") },
                { QStringLiteral("versions"), versions } } } };
}

bool kindFromCrd(const QJsonObject& crd, KindSchema* kind, QString* error)
{
    if (crd.value(QStringLiteral("kind")).toString() != QLatin1String("CustomResourceDefinition")) {
        *error = QStringLiteral("not a CustomResourceDefinition");
        return false;
    }
    const QJsonObject spec = crd.value(QStringLiteral("spec")).toObject();
    const QJsonObject names = spec.value(QStringLiteral("names")).toObject();
    const QJsonArray versions = spec.value(QStringLiteral("versions")).toArray();
    if (versions.isEmpty() || names.value(QStringLiteral("kind")).toString().isEmpty()) {
        *error = QStringLiteral("the CRD has no kind or no versions");
        return false;
    }
    kind->group = spec.value(QStringLiteral("group")).toString();
    kind->kind = names.value(QStringLiteral("kind")).toString();
    kind->plural = names.value(QStringLiteral("plural")).toString();
    kind->singular = names.value(QStringLiteral("singular")).toString();
    kind->listKind = names.value(QStringLiteral("listKind")).toString();
    kind->shortNames = strings(names.value(QStringLiteral("shortNames")));
    kind->categories = strings(names.value(QStringLiteral("categories")));
    kind->namespaced = spec.value(QStringLiteral("scope")).toString() != QLatin1String("Cluster");
    kind->versions.clear();
    for (const QJsonValue& value : versions) {
        const QJsonObject v = value.toObject();
        const QString name = v.value(QStringLiteral("name")).toString();
        kind->versions.append(name);
        if (!v.value(QStringLiteral("served")).toBool(true))
            kind->unserved.append(name);
        if (v.value(QStringLiteral("deprecated")).toBool())
            kind->deprecated.append(name);
        if (v.value(QStringLiteral("storage")).toBool())
            kind->storage = name;
    }
    const QJsonObject first = versions.first().toObject();
    kind->columns = first.value(QStringLiteral("additionalPrinterColumns")).toArray();
    kind->statusSubresource = first.value(QStringLiteral("subresources")).toObject().contains(QStringLiteral("status"));
    kind->root = schemaFromOpenApi(
        first.value(QStringLiteral("schema")).toObject().value(QStringLiteral("openAPIV3Schema")).toObject());
    return true;
}

} // namespace meshscope::config
