#include "models/config/schemaformat.h"

#include "models/config/yamldocument.h"

#include <QHash>
#include <QSet>

namespace meshscope::config {

namespace {
struct ScalarType
{
    SchemaNode::Type type;
    const char* format;
};

const QHash<QString, ScalarType>& scalarTypes()
{
    static const QHash<QString, ScalarType> types {
        { QStringLiteral("string"), { SchemaNode::Type::String, "" } },
        { QStringLiteral("integer"), { SchemaNode::Type::Integer, "" } },
        { QStringLiteral("number"), { SchemaNode::Type::Number, "" } },
        { QStringLiteral("boolean"), { SchemaNode::Type::Boolean, "" } },
        { QStringLiteral("int32"), { SchemaNode::Type::Integer, "int32" } },
        { QStringLiteral("int64"), { SchemaNode::Type::Integer, "int64" } },
        { QStringLiteral("double"), { SchemaNode::Type::Number, "double" } },
        { QStringLiteral("float"), { SchemaNode::Type::Number, "float" } },
        { QStringLiteral("date-time"), { SchemaNode::Type::String, "date-time" } },
        { QStringLiteral("byte"), { SchemaNode::Type::String, "byte" } },
        { QStringLiteral("int-or-string"), { SchemaNode::Type::IntOrString, "" } },
        { QStringLiteral("object"), { SchemaNode::Type::Object, "" } },
        { QStringLiteral("untyped"), { SchemaNode::Type::Untyped, "" } },
    };
    return types;
}

std::optional<qint64> intOf(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

std::optional<double> doubleOf(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

class Reader
{
public:
    explicit Reader(const QJsonObject& types)
        : m_types(types)
    { }

    SchemaPtr namedType(const QString& name)
    {
        if (const auto it = m_resolved.constFind(name); it != m_resolved.constEnd())
            return *it;
        if (!m_types.contains(name))
            throw QStringLiteral("unknown type %1").arg(name);
        if (m_resolving.contains(name))
            throw QStringLiteral("type %1 contains itself").arg(name);
        m_resolving.insert(name);
        auto node = std::make_shared<SchemaNode>();
        node->type = SchemaNode::Type::Object;
        node->typeName = name;
        const QJsonObject def = m_types.value(name).toObject();
        constraints(def, *node, name);
        node->preserveUnknown = def.value(QStringLiteral("preserveUnknown")).toBool();
        node->nullable = def.value(QStringLiteral("nullable")).toBool();
        const QJsonObject fields = def.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            node->properties.insert(it.key(), field(it.value(), name + QLatin1Char('.') + it.key()));
        m_resolving.remove(name);
        m_resolved.insert(name, node);
        return node;
    }

    SchemaPtr field(const QJsonValue& value, const QString& where)
    {
        if (value.isString())
            return expression(value.toString(), where);
        if (!value.isObject())
            throw QStringLiteral("%1: a field is a type expression or a mapping").arg(where);
        const QJsonObject o = value.toObject();
        QString expr = o.value(QStringLiteral("type")).toString();
        if (expr.isEmpty())
            throw QStringLiteral("%1: no type").arg(where);
        bool nullable = false;
        if (expr.endsWith(QLatin1Char('?'))) {
            nullable = true;
            expr.chop(1);
        }
        std::shared_ptr<SchemaNode> node;
        if (expr == QLatin1String("list") || expr == QLatin1String("map")) {
            node = std::make_shared<SchemaNode>();
            node->type = expr == QLatin1String("list") ? SchemaNode::Type::Array : SchemaNode::Type::Object;
            const QString key = expr == QLatin1String("list") ? QStringLiteral("items") : QStringLiteral("values");
            if (!o.contains(key))
                throw QStringLiteral("%1: %2 without %3").arg(where, expr, key);
            (expr == QLatin1String("list") ? node->items : node->additionalProperties) = field(o.value(key), where);
        } else {
            const SchemaPtr base = expression(expr, where);
            if (!base->typeName.isEmpty())
                throw QStringLiteral("%1: constraints belong to the type %2").arg(where, base->typeName);
            node = std::make_shared<SchemaNode>(*base);
        }
        node->nullable = node->nullable || nullable;
        constraints(o, *node, where);
        if (o.value(QStringLiteral("preserveUnknown")).toBool())
            node->preserveUnknown = true;
        return node;
    }

private:
    SchemaPtr expression(QString expr, const QString& where)
    {
        bool nullable = false;
        if (expr.endsWith(QLatin1Char('?'))) {
            nullable = true;
            expr.chop(1);
        }
        std::shared_ptr<SchemaNode> node;
        if ((expr.startsWith(QLatin1String("list(")) || expr.startsWith(QLatin1String("map(")))
            && expr.endsWith(QLatin1Char(')'))) {
            const bool list = expr.startsWith(QLatin1String("list("));
            const QString inner = expr.mid(list ? 5 : 4).chopped(1);
            node = std::make_shared<SchemaNode>();
            node->type = list ? SchemaNode::Type::Array : SchemaNode::Type::Object;
            (list ? node->items : node->additionalProperties) = expression(inner, where);
        } else if (expr == QLatin1String("json") || expr == QLatin1String("any")) {
            node = std::make_shared<SchemaNode>();
            node->type = expr == QLatin1String("json") ? SchemaNode::Type::Object : SchemaNode::Type::Untyped;
            node->preserveUnknown = true;
        } else if (const auto it = scalarTypes().constFind(expr); it != scalarTypes().constEnd()) {
            node = std::make_shared<SchemaNode>();
            node->type = it->type;
            node->format = QLatin1String(it->format);
        } else if (!expr.isEmpty() && expr.front().isUpper()) {
            const SchemaPtr named = namedType(expr);
            if (!nullable)
                return named;
            node = std::make_shared<SchemaNode>(*named);
        } else {
            throw QStringLiteral("%1: unknown type expression \"%2\"").arg(where, expr);
        }
        node->nullable = node->nullable || nullable;
        return node;
    }

    void constraints(const QJsonObject& o, SchemaNode& node, const QString& where)
    {
        if (o.contains(QStringLiteral("format")))
            node.format = o.value(QStringLiteral("format")).toString();
        if (o.contains(QStringLiteral("enum")))
            node.enumValues = o.value(QStringLiteral("enum")).toArray();
        if (o.contains(QStringLiteral("default")))
            node.defaultValue = o.value(QStringLiteral("default"));
        node.minimum = doubleOf(o, "min");
        node.maximum = doubleOf(o, "max");
        node.exclusiveMinimum = o.value(QStringLiteral("exclusiveMin")).toBool();
        node.exclusiveMaximum = o.value(QStringLiteral("exclusiveMax")).toBool();
        node.minLength = intOf(o, "minLength");
        node.maxLength = intOf(o, "maxLength");
        node.pattern = o.value(QStringLiteral("pattern")).toString();
        node.minItems = intOf(o, "minItems");
        node.maxItems = intOf(o, "maxItems");
        node.minProperties = intOf(o, "minProperties");
        node.maxProperties = intOf(o, "maxProperties");
        node.listType = o.value(QStringLiteral("listType")).toString();
        node.listMapKeys = strings(o.value(QStringLiteral("listMapKeys")));
        node.mapType = o.value(QStringLiteral("mapType")).toString();
        node.required = strings(o.value(QStringLiteral("required")));
        for (const QJsonValue& group : o.value(QStringLiteral("exclusive")).toArray())
            node.exclusive.append(strings(group));
        for (const QJsonValue& value : o.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject r = value.toObject();
            if (!r.value(QStringLiteral("rule")).isString())
                throw QStringLiteral("%1: a rule without \"rule\"").arg(where);
            node.rules.append({ r.value(QStringLiteral("rule")).toString(),
                r.value(QStringLiteral("message")).toString(), r.value(QStringLiteral("messageExpression")).toString(),
                r.value(QStringLiteral("reason")).toString(), r.value(QStringLiteral("fieldPath")).toString(),
                r.value(QStringLiteral("optionalOldSelf")).toBool() });
        }
        node.oneOf = o.value(QStringLiteral("oneOf")).toArray();
        node.anyOf = o.value(QStringLiteral("anyOf")).toArray();
        node.allOf = o.value(QStringLiteral("allOf")).toArray();
        node.notSchema = o.value(QStringLiteral("not")).toObject();
    }

    QJsonObject m_types;
    QHash<QString, SchemaPtr> m_resolved;
    QSet<QString> m_resolving;
};
} // namespace

bool readSchemaFile(const QString& text, QList<KindSchema>* kinds, QString* error)
{
    const YamlDocument document = parseYamlDocument(text);
    if (!document.ok()) {
        *error = QStringLiteral("line %1: %2").arg(document.errorPosition.line).arg(document.error);
        return false;
    }
    const QJsonObject root = document.object();
    Reader reader(root.value(QStringLiteral("types")).toObject());
    const QJsonObject entries = root.value(QStringLiteral("kinds")).toObject();
    try {
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const QJsonObject e = it.value().toObject();
            KindSchema kind;
            kind.kind = it.key();
            kind.group = e.value(QStringLiteral("group")).toString();
            kind.plural = e.value(QStringLiteral("plural")).toString();
            kind.singular = e.value(QStringLiteral("singular")).toString();
            kind.listKind = e.value(QStringLiteral("listKind")).toString(kind.kind + QStringLiteral("List"));
            kind.shortNames = strings(e.value(QStringLiteral("shortNames")));
            kind.categories = strings(e.value(QStringLiteral("categories")));
            kind.versions = strings(e.value(QStringLiteral("versions")));
            kind.unserved = strings(e.value(QStringLiteral("unserved")));
            kind.deprecated = strings(e.value(QStringLiteral("deprecated")));
            kind.storage = e.value(QStringLiteral("storage")).toString();
            kind.namespaced = e.value(QStringLiteral("scope")).toString() != QLatin1String("Cluster");
            kind.statusSubresource = e.value(QStringLiteral("statusSubresource")).toBool(true);
            kind.columns = e.value(QStringLiteral("columns")).toArray();
            kind.annotations = e.value(QStringLiteral("annotations")).toObject();
            if (kind.group.isEmpty() || kind.plural.isEmpty() || kind.versions.isEmpty()
                || !kind.versions.contains(kind.storage))
                throw QStringLiteral("kind %1: group, plural, versions and storage are needed").arg(kind.kind);
            kind.root = reader.field(e.value(QStringLiteral("schema")), kind.kind);
            kinds->append(kind);
        }
    } catch (const QString& message) {
        *error = message;
        return false;
    }
    return true;
}

} // namespace meshscope::config
