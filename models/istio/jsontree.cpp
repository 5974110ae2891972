#include "jsontree.h"

#include <QCoreApplication>
#include <charconv>
#include <simdjson.h>

namespace meshscope {
namespace {

using Type = JsonTree::Type;

class TreeReader
{
public:
    explicit TreeReader(JsonTree::Data* data)
        : m_data(data)
    { }

    std::uint32_t read(simdjson::dom::element element)
    {
        const auto index = std::uint32_t(m_data->nodes.size());
        m_data->nodes.emplace_back();
        JsonTree::Node node;
        switch (element.type()) {
        case simdjson::dom::element_type::ARRAY: {
            node.type = Type::Array;
            const simdjson::dom::array array(element);
            if (array.size() < saturatedSize) { // the children's entries in place, filled as they are read
                node.first = std::uint32_t(m_data->children.size());
                node.count = std::uint32_t(array.size());
                m_data->children.resize(m_data->children.size() + array.size());
                std::uint32_t i = node.first;
                for (simdjson::dom::element child : array) {
                    const std::uint32_t read = this->read(child);
                    m_data->children[i++] = { read, 0, 0 };
                }
                break;
            }
            const std::size_t mark = m_stack.size();
            for (simdjson::dom::element child : array)
                m_stack.push_back({ read(child), 0, 0 });
            close(&node, mark);
            break;
        }
        case simdjson::dom::element_type::OBJECT: {
            node.type = Type::Object;
            const simdjson::dom::object object(element);
            if (object.size() < saturatedSize) {
                node.first = std::uint32_t(m_data->children.size());
                node.count = std::uint32_t(object.size());
                m_data->children.resize(m_data->children.size() + object.size());
                std::uint32_t i = node.first;
                for (simdjson::dom::key_value_pair member : object) {
                    const std::uint32_t key = addString(member.key);
                    const std::uint32_t child = read(member.value);
                    m_data->children[i++] = { child, key, std::uint32_t(member.key.size()) };
                }
                break;
            }
            const std::size_t mark = m_stack.size();
            for (simdjson::dom::key_value_pair member : object) {
                const std::uint32_t key = addString(member.key);
                const std::uint32_t child = read(member.value);
                m_stack.push_back({ child, key, std::uint32_t(member.key.size()) });
            }
            close(&node, mark);
            break;
        }
        case simdjson::dom::element_type::STRING: {
            const std::string_view text = element.get_string().value_unsafe();
            node.type = Type::String;
            node.first = addString(text);
            node.count = std::uint32_t(text.size());
            break;
        }
        case simdjson::dom::element_type::INT64:
            node.type = Type::Int;
            node.integer = element.get_int64().value_unsafe();
            break;
        case simdjson::dom::element_type::UINT64:
            node.type = Type::UInt;
            node.unsignedInteger = element.get_uint64().value_unsafe();
            break;
        case simdjson::dom::element_type::DOUBLE:
            node.type = Type::Double;
            node.number = element.get_double().value_unsafe();
            break;
        case simdjson::dom::element_type::BOOL:
            node.type = Type::Bool;
            node.boolean = element.get_bool().value_unsafe();
            break;
        case simdjson::dom::element_type::NULL_VALUE:
            node.type = Type::Null;
            break;
        }
        m_data->nodes[index] = node;
        return index;
    }

private:
    // simdjson's DOM counts a container's elements up to this; from there on it has to be walked.
    static constexpr std::size_t saturatedSize = 0xFFFFFF;

    void close(JsonTree::Node* node, std::size_t mark)
    {
        node->first = std::uint32_t(m_data->children.size());
        node->count = std::uint32_t(m_stack.size() - mark);
        m_data->children.insert(m_data->children.end(), m_stack.begin() + std::ptrdiff_t(mark), m_stack.end());
        m_stack.resize(mark);
    }
    std::uint32_t addString(std::string_view text)
    {
        const auto offset = std::uint32_t(m_data->strings.size());
        m_data->strings.append(text);
        return offset;
    }

    JsonTree::Data* m_data;
    std::vector<JsonTree::Child> m_stack;
};

void appendQuoted(QByteArray* out, std::string_view text)
{
    out->append('"');
    for (const char c : text) {
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out->append(escaped);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

void appendCompact(QByteArray* out, const JsonRef& ref)
{
    switch (ref.type()) {
    case Type::Null:
        out->append("null");
        break;
    case Type::Bool:
        out->append(ref.toBool() ? "true" : "false");
        break;
    case Type::Int:
    case Type::UInt:
    case Type::Double: {
        char buffer[32];
        const auto written = ref.type() == Type::Double ? std::to_chars(buffer, buffer + sizeof buffer, ref.toDouble())
            : ref.type() == Type::Int                   ? std::to_chars(buffer, buffer + sizeof buffer, ref.toInt())
                                      : std::to_chars(buffer, buffer + sizeof buffer, std::uint64_t(ref.toInt()));
        out->append(buffer, written.ptr - buffer);
        break;
    }
    case Type::String:
        appendQuoted(out, ref.stringView());
        break;
    case Type::Array:
        out->append('[');
        for (std::uint32_t i = 0; i < ref.size(); ++i) {
            if (i > 0)
                out->append(',');
            appendCompact(out, ref.at(i));
        }
        out->append(']');
        break;
    case Type::Object:
        out->append('{');
        for (std::uint32_t i = 0; i < ref.size(); ++i) {
            if (i > 0)
                out->append(',');
            appendQuoted(out, ref.keyAt(i));
            out->append(':');
            appendCompact(out, ref.at(i));
        }
        out->append('}');
        break;
    }
}

} // namespace

bool JsonRef::isNumber() const
{
    const Type t = type();
    return isValid() && (t == Type::Int || t == Type::UInt || t == Type::Double);
}

std::string_view JsonRef::stringView() const
{
    if (!isString())
        return {};
    return std::string_view(m_data->strings).substr(node().first, node().count);
}

std::int64_t JsonRef::toInt(std::int64_t fallback) const
{
    if (!isValid())
        return fallback;
    switch (node().type) {
    case Type::Int:
        return node().integer;
    case Type::UInt:
        return std::int64_t(node().unsignedInteger);
    case Type::Double:
        return std::int64_t(node().number);
    case Type::String: {
        const std::string_view text = stringView();
        std::int64_t value = 0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
        return result.ec == std::errc() && result.ptr == text.data() + text.size() ? value : fallback;
    }
    default:
        return fallback;
    }
}

double JsonRef::toDouble(double fallback) const
{
    if (!isValid())
        return fallback;
    switch (node().type) {
    case Type::Int:
        return double(node().integer);
    case Type::UInt:
        return double(node().unsignedInteger);
    case Type::Double:
        return node().number;
    default:
        return fallback;
    }
}

std::uint32_t JsonRef::size() const
{
    const Type t = type();
    return isValid() && (t == Type::Array || t == Type::Object) ? node().count : 0;
}

JsonRef JsonRef::at(std::uint32_t i) const
{
    if (i >= size())
        return {};
    return JsonRef(m_data, m_data->children[node().first + i].node);
}

std::string_view JsonRef::keyAt(std::uint32_t i) const
{
    if (!isObject() || i >= size())
        return {};
    const JsonTree::Child& child = m_data->children[node().first + i];
    return std::string_view(m_data->strings).substr(child.keyOffset, child.keyLength);
}

JsonRef JsonRef::operator[](std::string_view key) const
{
    if (!isObject())
        return {};
    const std::uint32_t n = node().count;
    const std::uint32_t first = node().first;
    const std::string_view strings(m_data->strings);
    for (std::uint32_t i = 0; i < n; ++i) {
        const JsonTree::Child& child = m_data->children[first + i];
        if (child.keyLength == key.size() && strings.substr(child.keyOffset, child.keyLength) == key)
            return JsonRef(m_data, child.node);
    }
    return {};
}

JsonRef JsonRef::field(std::string_view protoName) const
{
    const JsonRef direct = (*this)[protoName];
    if (direct.isValid() || protoName.find('_') == std::string_view::npos)
        return direct;
    return (*this)[protoJsonName(protoName)];
}

std::string protoJsonName(std::string_view fieldName)
{
    std::string result;
    result.reserve(fieldName.size());
    bool capitalizeNext = false;
    for (const char c : fieldName) {
        if (c == '_') {
            capitalizeNext = true;
        } else if (capitalizeNext) {
            result.push_back(c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c);
            capitalizeNext = false;
        } else {
            result.push_back(c);
        }
    }
    return result;
}

JsonRef JsonRef::path(std::initializer_list<std::string_view> keys) const
{
    JsonRef ref = *this;
    for (std::string_view key : keys)
        ref = ref[key];
    return ref;
}

bool JsonRef::operator==(const JsonRef& other) const
{
    if (isValid() != other.isValid())
        return false;
    if (!isValid())
        return true;
    if (m_data == other.m_data && m_index == other.m_index)
        return true;
    const Type t = type();
    if (t != other.type()) {
        const bool bothNumbers = isNumber() && other.isNumber();
        return bothNumbers && toDouble() == other.toDouble();
    }
    switch (t) {
    case Type::Null:
        return true;
    case Type::Bool:
        return toBool() == other.toBool();
    case Type::Int:
    case Type::UInt:
        return node().integer == other.node().integer;
    case Type::Double:
        return node().number == other.node().number;
    case Type::String:
        return stringView() == other.stringView();
    case Type::Array:
    case Type::Object:
        if (size() != other.size())
            return false;
        for (std::uint32_t i = 0; i < size(); ++i) {
            if (t == Type::Object && keyAt(i) != other.keyAt(i))
                return false;
            if (!(at(i) == other.at(i)))
                return false;
        }
        return true;
    }
    return false;
}

QByteArray JsonRef::toCompactJson() const
{
    QByteArray out;
    if (isValid())
        appendCompact(&out, *this);
    return out;
}

JsonParseResult parseJsonTree(const QByteArray& text)
{
    JsonParseResult result;
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end (whatever they hold): a QByteArray with that much
    // spare capacity is read in place, others are copied into a padded buffer first (27 MB for a large dump).
    const bool padded = text.capacity() - text.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    const simdjson::error_code error = parser.parse(text.constData(), std::size_t(text.size()), !padded).get(root);
    if (error != simdjson::SUCCESS) {
        result.error = QCoreApplication::translate("JsonTree", "not valid JSON (%1)")
                           .arg(QString::fromUtf8(simdjson::error_message(error)));
        return result;
    }
    auto data = std::make_shared<JsonTree::Data>();
    // Generous room, so that a large document is not copied while growing: a node per 8 bytes (an Envoy dump has
    // one per 23) and strings as long as the text (three quarters of a dump is string). Reserved pages that are
    // never written are never touched.
    data->nodes.reserve(std::size_t(text.size()) / 8 + 16);
    data->children.reserve(std::size_t(text.size()) / 8 + 16);
    data->strings.reserve(std::size_t(text.size()) + 16);
    TreeReader reader(data.get());
    const std::uint32_t index = reader.read(root);
    result.root = JsonRef(std::move(data), index);
    return result;
}

JsonBuilder::JsonBuilder()
    : m_data(std::make_shared<JsonTree::Data>())
{ }

std::uint32_t JsonBuilder::add(JsonTree::Node node)
{
    const auto index = std::uint32_t(m_data->nodes.size());
    m_data->nodes.push_back(node);
    if (!m_open.empty()) {
        JsonTree::Child child { index, 0, 0 };
        if (m_data->nodes[m_open.back().node].type == Type::Object) {
            child.keyOffset = addString(m_pendingKey);
            child.keyLength = std::uint32_t(m_pendingKey.size());
        }
        m_open.back().members.push_back(child);
    } else {
        m_rootSet = true;
    }
    m_hasKey = false;
    return index;
}

std::uint32_t JsonBuilder::addString(std::string_view text)
{
    const auto offset = std::uint32_t(m_data->strings.size());
    m_data->strings.append(text);
    return offset;
}

void JsonBuilder::beginObject()
{
    JsonTree::Node node;
    node.type = Type::Object;
    m_open.push_back({ add(node), {} });
}

void JsonBuilder::beginArray()
{
    JsonTree::Node node;
    node.type = Type::Array;
    m_open.push_back({ add(node), {} });
}

void JsonBuilder::end()
{
    if (m_open.empty())
        return;
    Open open = std::move(m_open.back());
    m_open.pop_back();
    JsonTree::Node& node = m_data->nodes[open.node];
    node.first = std::uint32_t(m_data->children.size());
    node.count = std::uint32_t(open.members.size());
    m_data->children.insert(m_data->children.end(), open.members.begin(), open.members.end());
}

void JsonBuilder::key(std::string_view key)
{
    m_pendingKey.assign(key);
    m_hasKey = true;
}

void JsonBuilder::value(std::string_view text)
{
    JsonTree::Node node;
    node.type = Type::String;
    node.first = addString(text);
    node.count = std::uint32_t(text.size());
    add(node);
}

void JsonBuilder::value(std::int64_t number)
{
    JsonTree::Node node;
    node.type = Type::Int;
    node.integer = number;
    add(node);
}

void JsonBuilder::value(bool boolean)
{
    JsonTree::Node node;
    node.type = Type::Bool;
    node.boolean = boolean;
    add(node);
}

void JsonBuilder::null()
{
    add(JsonTree::Node());
}

void JsonBuilder::copy(const JsonRef& ref)
{
    switch (ref.type()) {
    case Type::Object: {
        beginObject();
        for (std::uint32_t i = 0; i < ref.size(); ++i) {
            key(ref.keyAt(i));
            copy(ref.at(i));
        }
        end();
        break;
    }
    case Type::Array:
        beginArray();
        for (std::uint32_t i = 0; i < ref.size(); ++i)
            copy(ref.at(i));
        end();
        break;
    case Type::String:
        value(ref.stringView());
        break;
    case Type::Bool:
        value(ref.toBool());
        break;
    case Type::Int:
        value(ref.toInt());
        break;
    case Type::UInt: {
        JsonTree::Node node;
        node.type = Type::UInt;
        node.unsignedInteger = std::uint64_t(ref.toInt());
        add(node);
        break;
    }
    case Type::Double: {
        JsonTree::Node node;
        node.type = Type::Double;
        node.number = ref.toDouble();
        add(node);
        break;
    }
    case Type::Null:
        null();
        break;
    }
}

JsonRef JsonBuilder::finish()
{
    while (!m_open.empty())
        end();
    if (!m_rootSet)
        return {};
    auto data = std::move(m_data);
    m_data = std::make_shared<JsonTree::Data>();
    m_rootSet = false;
    return JsonRef(std::move(data), 0);
}

} // namespace meshscope
