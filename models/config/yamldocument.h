// Multi-document YAML to JSON, keeping where every value came from: for each field path
// ("spec.http[0].route[1].weight") the line and column of its key (or list item) in the whole text, so messages
// about a field land on the right line. Scalars resolve as kubectl reads them (YAML 1.1: yes/no/on/off are
// booleans, 0x1F and 0o17 integers); duplicate keys, non-string keys, NaN/Inf and runaway alias expansion are errors,
// as they are for the API server's client. Malformed YAML gives an error with its position, never a crash; the
// other documents of the text still parse. Built on libyaml's event parser (fast: a 1,000-line file in about a
// millisecond). Safe on any thread.
#pragma once

#include "models/config/jsonpath.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace meshscope::config {

struct TextPosition
{
    int line = 0; // 1-based; 0 = unknown
    int column = 0; // 1-based, in characters
    bool isValid() const { return line > 0; }
    bool operator==(const TextPosition&) const = default;
};

struct YamlDocument
{
    int index = 0; // among the non-empty documents of the text, 0-based
    int firstLine = 1; // 1-based, inclusive; the "---" line belongs to the document it opens
    int lastLine = 1;
    QJsonValue value; // the document as JSON (an object for Kubernetes resources)
    QString error; // non-empty when the document is malformed; value is then Null
    TextPosition errorPosition;

    bool ok() const { return error.isEmpty(); }
    bool isObject() const { return value.isObject(); }
    QJsonObject object() const { return value.toObject(); }

    // Where path is written: its key, or its list item. A path that is not in the document (a missing required
    // field, say) gives its nearest ancestor that is; the document's first line when none is.
    TextPosition positionOf(const JsonPath& path) const;
    TextPosition positionOf(const QString& path) const { return positionOf(JsonPath::parse(path)); }
    // Where path's value starts (the scalar, or the first line of a nested block); else as positionOf().
    TextPosition valuePositionOf(const JsonPath& path) const;
    bool contains(const JsonPath& path) const { return m_positions.contains(path.toString()); }

    struct Positions
    {
        TextPosition key; // the key, or the list item's "-"
        TextPosition value;
    };
    // Filled by the parser; keyed by JsonPath::toString().
    QHash<QString, Positions> m_positions;
};

// Every non-empty document of text, in order.
QList<YamlDocument> parseYamlDocuments(const QString& text);

// One document (the first non-empty one); error when there is none or it is malformed.
YamlDocument parseYamlDocument(const QString& text);

// The 1-based line range [first, last] of each "---"-separated chunk of text, empty ones included: what the
// editor uses to map a cursor line to its document without parsing.
QList<std::pair<int, int>> yamlDocumentLineRanges(const QString& text);

} // namespace meshscope::config
