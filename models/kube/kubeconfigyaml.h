#pragma once

// The YAML reader of kubeconfig files. libyaml is the C parser go-yaml was ported from, so files read the way
// kubectl reads them: UTF-8/UTF-16 byte-order marks, CR, LF or CRLF line ends, nesting up to kubectl's 10,000
// levels (deeper is refused with kubectl's message), anchors and aliases (bounded, so an alias bomb is refused).
// Every node carries its line and column for messages like `FILE:12:5: …`.

#include <QAnyStringView>
#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace meshscope {

struct YamlNode
{
    enum class Type
    {
        Null, // an empty value, ~ or null
        Scalar,
        Sequence,
        Map,
    };
    Type type = Type::Null;
    QString scalar; // Scalar: the text
    bool plain = false; // Scalar: written without quotes (so YAML 1.1 reads true/yes/on as booleans)
    QList<std::shared_ptr<YamlNode>> items; // Sequence
    QList<std::pair<QString, std::shared_ptr<YamlNode>>> entries; // Map, in file order (keys may repeat)
    int line = 0; // 1-based
    int column = 0; // 1-based

    YamlNode() = default;
    YamlNode(const YamlNode&) = delete;
    YamlNode& operator=(const YamlNode&) = delete;
    ~YamlNode(); // iterative: a 10,000-level tree does not exhaust the stack

    bool isNull() const { return type == Type::Null; }
    bool isScalar() const { return type == Type::Scalar; }
    bool isSequence() const { return type == Type::Sequence; }
    bool isMap() const { return type == Type::Map; }
    // Map: the value of key (the first one), or nullptr.
    const YamlNode* value(QAnyStringView key) const;
    // "a map", "a list", "a string", "empty": for messages.
    QString typeName() const;
    // A plain scalar YAML 1.1 reads as a boolean (true/yes/on, false/no/off in any common case).
    std::optional<bool> boolean() const;
};

struct YamlDocument
{
    std::shared_ptr<YamlNode> root; // null when error is set; a Null node for an empty document
    QString error; // "yaml: line 3, column 7: mapping values are not allowed in this context"
    QString problem; // the same without the position
    int errorLine = 0;
    int errorColumn = 0;

    bool ok() const { return error.isEmpty(); }
};

// Reads the first YAML document of bytes. Never throws.
YamlDocument parseYaml(const QByteArray& bytes);

} // namespace meshscope
