#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace meshscope {

// An immutable JSON document that keeps the order of object members (Envoy writes fields in proto declaration
// order, and istioctl's output follows it; QJsonObject would sort them). Parsed with simdjson, stored compactly:
// a 10 MB config dump is a few hundred thousand nodes. Cheap to copy (shared); safe to read from any thread.
class JsonTree
{
public:
    enum class Type : std::uint8_t
    {
        Null,
        Bool,
        Int, // written without fraction or exponent, fits int64
        UInt, // above int64
        Double,
        String,
        Array,
        Object,
    };

    struct Node
    {
        Type type = Type::Null;
        bool boolean = false;
        std::uint32_t first = 0; // containers: first child entry; strings: offset in the string pool
        std::uint32_t count = 0; // containers: number of children; strings: length
        union {
            double number;
            std::int64_t integer;
            std::uint64_t unsignedInteger;
        };
        Node()
            : integer(0)
        { }
    };
    struct Child
    {
        std::uint32_t node;
        std::uint32_t keyOffset; // object members only
        std::uint32_t keyLength;
    };
    struct Data
    {
        std::vector<Node> nodes;
        std::vector<Child> children;
        std::string strings;
    };
};

class JsonRef
{
public:
    JsonRef() = default;
    JsonRef(std::shared_ptr<const JsonTree::Data> data, std::uint32_t index)
        : m_data(std::move(data))
        , m_index(index)
    { }

    bool isValid() const { return m_data != nullptr; } // false for a missing member
    JsonTree::Type type() const { return isValid() ? node().type : JsonTree::Type::Null; }
    bool isNull() const { return isValid() && node().type == JsonTree::Type::Null; }
    bool isObject() const { return isValid() && node().type == JsonTree::Type::Object; }
    bool isArray() const { return isValid() && node().type == JsonTree::Type::Array; }
    bool isString() const { return isValid() && node().type == JsonTree::Type::String; }
    bool isBool() const { return isValid() && node().type == JsonTree::Type::Bool; }
    bool isNumber() const;

    std::string_view stringView() const; // empty unless a string
    QString toString() const { return QString::fromUtf8(stringView()); }
    QString toString(const QString& fallback) const { return isString() ? toString() : fallback; }
    bool toBool(bool fallback = false) const { return isBool() ? node().boolean : fallback; }
    // Numbers as the type asks; a string holding a number (proto3 JSON writes 64-bit integers as strings) too.
    std::int64_t toInt(std::int64_t fallback = 0) const;
    double toDouble(double fallback = 0) const;

    // Arrays and objects: number of elements/members.
    std::uint32_t size() const;
    JsonRef at(std::uint32_t i) const;
    std::string_view keyAt(std::uint32_t i) const; // objects only
    // Object member by key (the first when repeated); invalid when missing or not an object.
    JsonRef operator[](std::string_view key) const;
    JsonRef path(std::initializer_list<std::string_view> keys) const;
    bool contains(std::string_view key) const { return (*this)[key].isValid(); }
    // A proto field by its name, written either way proto3 JSON allows: "port_value" or "portValue".
    JsonRef field(std::string_view protoName) const;

    // Deep equality (member order matters, as in the text).
    bool operator==(const JsonRef& other) const;
    // Identity within one document (the same node), for caches.
    std::uint32_t index() const { return m_index; }
    // Another node of the same document, by its index.
    JsonRef node(std::uint32_t index) const { return JsonRef(m_data, index); }
    const JsonTree::Data* document() const { return m_data.get(); }

    // Compact JSON text (member order kept, strings escaped minimally).
    QByteArray toCompactJson() const;

private:
    const JsonTree::Node& node() const { return m_data->nodes[m_index]; }

    std::shared_ptr<const JsonTree::Data> m_data;
    std::uint32_t m_index = 0;
};

// lowerCamelCase as protoc derives a field's json_name ("port_value" → "portValue").
std::string protoJsonName(std::string_view fieldName);

struct JsonParseResult
{
    JsonRef root;
    QString error; // empty when the text was valid JSON
};

// Parses JSON text; malformed input gives an error, never a crash. Safe on any thread.
JsonParseResult parseJsonTree(const QByteArray& text);

// Builds a JsonTree in document order: begin/end containers, key() before each member of an object.
class JsonBuilder
{
public:
    JsonBuilder();
    void beginObject();
    void beginArray();
    void end();
    void key(std::string_view key);
    void value(std::string_view text);
    void value(const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        value(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    }
    void value(const char* text) { value(std::string_view(text)); }
    void value(std::int64_t number);
    void value(bool boolean);
    void null();
    // Copies a subtree of another document.
    void copy(const JsonRef& ref);
    JsonRef finish();

private:
    std::uint32_t add(JsonTree::Node node);
    std::uint32_t addString(std::string_view text);

    struct Open
    {
        std::uint32_t node;
        std::vector<JsonTree::Child> members;
    };
    std::shared_ptr<JsonTree::Data> m_data;
    std::vector<Open> m_open;
    std::string m_pendingKey;
    bool m_hasKey = false;
    bool m_rootSet = false;
};

} // namespace meshscope
