#include "models/config/structuralops.h"

namespace meshscope::config {

QJsonValue withDefaults(const QJsonValue& value, const SchemaNode& schema)
{
    if (value.isArray() && schema.items) {
        QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            array[i] = withDefaults(array.at(i), *schema.items);
        return array;
    }
    if (!value.isObject() || schema.type != SchemaNode::Type::Object)
        return value;
    QJsonObject object = value.toObject();
    for (auto it = schema.properties.begin(); it != schema.properties.end(); ++it) {
        const SchemaNode& child = **it;
        if (!object.contains(it.key())) {
            if (!child.defaultValue.isUndefined())
                object.insert(it.key(), withDefaults(child.defaultValue, child));
            continue;
        }
        object.insert(it.key(), withDefaults(object.value(it.key()), child));
    }
    if (schema.additionalProperties) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!schema.properties.contains(it.key()))
                it.value() = withDefaults(it.value(), *schema.additionalProperties);
        }
    }
    return object;
}

QJsonValue pruneUnknownFields(
    const QJsonValue& value, const SchemaNode& schema, const JsonPath& at, QList<JsonPath>* pruned)
{
    if (value.isArray() && schema.items) {
        QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            array[i] = pruneUnknownFields(array.at(i), *schema.items, at.index(i), pruned);
        return array;
    }
    if (!value.isObject() || schema.type != SchemaNode::Type::Object)
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end();) {
        const SchemaNode* child = schema.property(it.key());
        if (!child)
            child = schema.additionalProperties.get();
        if (!child) {
            if (schema.preserveUnknown) {
                ++it;
                continue;
            }
            if (pruned)
                pruned->append(at.key(it.key()));
            it = object.erase(it);
            continue;
        }
        it.value() = pruneUnknownFields(it.value(), *child, at.key(it.key()), pruned);
        ++it;
    }
    return object;
}

} // namespace meshscope::config
