#include "protojson.h"

#include "gotext.h"

#include <algorithm>

namespace meshscope::protojson {
namespace {

using Type = JsonTree::Type;

// What a JSON member holds, as far as the layout is concerned. Everything that is not a map or a
// google.protobuf.Struct/Value/ListValue is a message (or a scalar, which prints the same either way).
enum class Shape
{
    Message,
    Struct,
    Value,
    ListValue,
    MapOfMessages,
    MapOfStructs,
};

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The Envoy and Istio fields whose keys are data, not field names (names compared in their JSON form, so the
// rules hold for proto names and lowerCamelCase alike). ownerField is the field holding the current message,
// ownerType its "@type" when it is an Any.
Shape fieldShape(const std::string& ownerField, std::string_view ownerType, const std::string& field)
{
    if (field == "filterMetadata")
        return Shape::MapOfStructs;
    if (field == "typedFilterMetadata" || field == "typedPerFilterConfig" || field == "typedExtensionProtocolOptions"
        || field == "namedEndpoints" || field == "sourceCodes" || field == "keyValues")
        return Shape::MapOfMessages;
    if (field == "policies" && (ownerField == "rules" || ownerField == "shadowRules"))
        return Shape::MapOfMessages;
    if (field == "metadata" && (ownerField == "node" || ownerField == "userAgentBuildVersion"))
        return Shape::Struct; // core.Node and core.BuildVersion carry a Struct; everything else a core.Metadata
    if (field == "staticLayer" || field == "jsonFormat")
        return Shape::Struct;
    if (field == "value") {
        if (endsWith(ownerType, ".TypedStruct") || endsWith(ownerType, "/google.protobuf.Struct"))
            return Shape::Struct;
        if (endsWith(ownerType, "/google.protobuf.Value"))
            return Shape::Value;
        if (endsWith(ownerType, "/google.protobuf.ListValue"))
            return Shape::ListValue;
    }
    return Shape::Message;
}

std::string_view typeOf(const JsonRef& object)
{
    return object["@type"].stringView();
}

std::string key(std::string_view name)
{
    if (!name.empty() && name.front() == '@')
        return std::string(name);
    return jsonName(name);
}

// Member indices of an object in Go's map order (sorted keys).
std::vector<std::uint32_t> sortedMembers(const JsonRef& object)
{
    std::vector<std::uint32_t> order(object.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
        [&](std::uint32_t a, std::uint32_t b) { return object.keyAt(a) < object.keyAt(b); });
    return order;
}

// --- toProtoJson ---

void convert(JsonBuilder* out, const JsonRef& in, Shape shape, const std::string& ownerField);

void convertMessage(JsonBuilder* out, const JsonRef& in, const std::string& ownerField)
{
    if (!in.isObject()) {
        out->copy(in);
        return;
    }
    out->beginObject();
    const std::string_view type = typeOf(in);
    for (std::uint32_t i = 0; i < in.size(); ++i) {
        const std::string name = key(in.keyAt(i));
        out->key(name);
        const JsonRef value = in.at(i);
        const Shape shape = fieldShape(ownerField, type, name);
        if (value.isArray()) {
            out->beginArray();
            for (std::uint32_t j = 0; j < value.size(); ++j)
                convert(out, value.at(j), shape, name);
            out->end();
        } else {
            convert(out, value, shape, name);
        }
    }
    out->end();
}

void convert(JsonBuilder* out, const JsonRef& in, Shape shape, const std::string& ownerField)
{
    switch (shape) {
    case Shape::Message:
        convertMessage(out, in, ownerField);
        return;
    case Shape::Struct:
    case Shape::Value:
    case Shape::ListValue:
        if (in.isArray()) { // a ListValue: its elements are Values
            out->beginArray();
            for (std::uint32_t i = 0; i < in.size(); ++i)
                convert(out, in.at(i), Shape::Struct, ownerField);
            out->end();
            return;
        }
        [[fallthrough]];
    case Shape::MapOfStructs:
    case Shape::MapOfMessages: {
        if (!in.isObject()) {
            out->copy(in);
            return;
        }
        out->beginObject();
        for (std::uint32_t i : sortedMembers(in)) {
            out->key(in.keyAt(i));
            const JsonRef value = in.at(i);
            if (shape == Shape::MapOfMessages)
                convertMessage(out, value, ownerField);
            else
                convert(out, value, Shape::Struct, ownerField); // Struct values are Values: nested Structs
        }
        out->end();
        return;
    }
    }
}

// --- standard (encoding/json Indent / protojson Multiline) layout ---

void appendNumber(std::string* out, const JsonRef& value)
{
    switch (value.type()) {
    case Type::Int:
        out->append(std::to_string(value.toInt()));
        break;
    case Type::UInt:
        out->append(std::to_string(std::uint64_t(value.toInt())));
        break;
    default:
        out->append(gotext::jsonFloat(value.toDouble()));
        break;
    }
}

void appendScalar(std::string* out, const JsonRef& value, bool goJson)
{
    switch (value.type()) {
    case Type::Null:
        out->append("null");
        break;
    case Type::Bool:
        out->append(value.toBool() ? "true" : "false");
        break;
    case Type::String:
        if (goJson)
            gotext::appendJsonQuoted(out, value.stringView(), true);
        else
            gotext::appendProtoJsonQuoted(out, value.stringView());
        break;
    default:
        appendNumber(out, value);
        break;
    }
}

void writeStandard(std::string* out, const JsonRef& value, const std::string& indent, bool goJson)
{
    static const std::string step = "    ";
    if (value.isObject() || value.isArray()) {
        const bool object = value.isObject();
        if (value.size() == 0) {
            out->append(object ? "{}" : "[]");
            return;
        }
        out->push_back(object ? '{' : '[');
        const std::string inner = indent + step;
        for (std::uint32_t i = 0; i < value.size(); ++i) {
            if (i > 0)
                out->push_back(',');
            out->push_back('\n');
            out->append(inner);
            if (object) {
                if (goJson)
                    gotext::appendJsonQuoted(out, value.keyAt(i), true);
                else
                    gotext::appendProtoJsonQuoted(out, value.keyAt(i));
                out->append(": ");
            }
            writeStandard(out, value.at(i), inner, goJson);
        }
        out->push_back('\n');
        out->append(indent);
        out->push_back(object ? '}' : ']');
        return;
    }
    appendScalar(out, value, goJson);
}

// --- legacy jsonpb layout (github.com/golang/protobuf/jsonpb with an indent) ---

class Jsonpb
{
public:
    explicit Jsonpb(std::string* out)
        : m_out(out)
    { }

    // marshalMessage: a message's fields one level in, its closing brace at indent.
    void message(const JsonRef& object, const std::string& indent, const std::string& ownerField)
    {
        if (!object.isObject()) {
            scalar(object);
            return;
        }
        const std::string_view type = typeOf(object);
        m_out->append("{\n");
        for (std::uint32_t i = 0; i < object.size(); ++i) {
            if (i > 0)
                m_out->append(",\n");
            const std::string name = key(object.keyAt(i));
            m_out->append(indent + step);
            gotext::appendJsonQuoted(m_out, name, true);
            m_out->append(": ");
            fieldValue(object.at(i), indent, fieldShape(ownerField, type, name), name);
        }
        m_out->append("\n" + indent + "}");
    }

private:
    static inline const std::string step = "    ";

    // marshalValue: lists and maps are laid out here; single values go to singular().
    void fieldValue(const JsonRef& value, const std::string& indent, Shape shape, const std::string& field)
    {
        if (value.isArray()) {
            list(value, indent, shape, field);
            return;
        }
        if ((shape == Shape::MapOfMessages || shape == Shape::MapOfStructs) && value.isObject()) {
            map(value, indent, shape == Shape::MapOfStructs ? Shape::Struct : Shape::Message, field);
            return;
        }
        singular(value, indent, shape, field);
    }

    void list(const JsonRef& value, const std::string& indent, Shape elementShape, const std::string& field)
    {
        m_out->push_back('[');
        for (std::uint32_t i = 0; i < value.size(); ++i) {
            if (i > 0)
                m_out->push_back(',');
            m_out->append("\n" + indent + step + step);
            singular(value.at(i), indent + step, elementShape, field);
        }
        m_out->append("\n" + indent + step + "]");
    }

    void map(const JsonRef& value, const std::string& indent, Shape valueShape, const std::string& field)
    {
        m_out->push_back('{');
        bool first = true;
        for (std::uint32_t i : sortedMembers(value)) {
            if (!first)
                m_out->push_back(',');
            first = false;
            m_out->append("\n" + indent + step + step);
            gotext::appendJsonQuoted(m_out, value.keyAt(i), true);
            m_out->append(": ");
            singular(value.at(i), indent + step, valueShape, field);
        }
        m_out->append("\n" + indent + step + "}");
    }

    // marshalSingularValue: a message value is a message one level in.
    void singular(const JsonRef& value, const std::string& indent, Shape shape, const std::string& field)
    {
        switch (shape) {
        case Shape::Message:
        case Shape::MapOfMessages:
        case Shape::MapOfStructs:
            message(value, indent + step, field);
            return;
        case Shape::Struct:
            // marshalMessage of a Struct lays out its fields map at the message's own indent
            if (value.isObject())
                map(value, indent + step, Shape::Value, field);
            else
                scalar(value);
            return;
        case Shape::Value:
            structValue(value, indent + step);
            return;
        case Shape::ListValue:
            if (value.isArray())
                list(value, indent + step, Shape::Value, field);
            else
                scalar(value);
            return;
        }
    }

    // marshalMessage of a google.protobuf.Value: the kind's value at the Value's indent.
    void structValue(const JsonRef& value, const std::string& indent)
    {
        if (value.isObject())
            singular(value, indent, Shape::Struct, {});
        else if (value.isArray())
            singular(value, indent, Shape::ListValue, {});
        else
            scalar(value);
    }

    void scalar(const JsonRef& value)
    {
        if (value.isObject() || value.isArray()) { // a shape the rules did not expect: keep it readable
            writeStandard(m_out, value, {}, true);
            return;
        }
        appendScalar(m_out, value, true);
    }

    std::string* m_out;
};

} // namespace

std::string jsonName(std::string_view fieldName)
{
    return protoJsonName(fieldName);
}

JsonRef toProtoJson(const JsonRef& envoyJson)
{
    JsonBuilder builder;
    if (envoyJson.isArray()) {
        builder.beginArray();
        for (std::uint32_t i = 0; i < envoyJson.size(); ++i)
            convert(&builder, envoyJson.at(i), Shape::Message, {});
        builder.end();
    } else {
        convert(&builder, envoyJson, Shape::Message, {});
    }
    return builder.finish();
}

std::string marshalIndent(const JsonRef& protoJson)
{
    std::string out;
    writeStandard(&out, protoJson, {}, true);
    return out;
}

std::string protojsonMultiline(const JsonRef& protoJson)
{
    std::string out;
    writeStandard(&out, protoJson, {}, false);
    return out;
}

std::string jsonpbIndent(const JsonRef& envoyJson)
{
    std::string out;
    Jsonpb(&out).message(envoyJson, {}, {});
    return out;
}

} // namespace meshscope::protojson
