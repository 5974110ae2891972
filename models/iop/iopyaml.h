#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

// YAML text ⇄ value tree, with istioctl's (Go yaml.v2 / sigs.k8s.io/yaml) reading of plain scalars — `yes`, `on`
// and `true` are booleans, `1.0` a number, quoted text always a string — and Go's way of writing YAML (sorted keys,
// list items at the key's indentation) and JSON (4-space indent, sorted keys).
namespace meshscope::iop {

// Where a value sits in the text, for edits that keep the rest of the text (comments, order) as it is.
struct YamlSpan
{
    enum Style
    {
        Plain,
        Quoted,
        Block,
        FlowCollection,
        BlockMap,
        BlockList,
        Empty
    };
    int keyLine = 0; // 0-based; for list items the line of the item
    int keyColumn = 0; // 0-based column of the key (of the "-" line's content for list items)
    qsizetype valueOffset = -1; // byte offset of the value in the text (-1: no value written, e.g. `key:`)
    int valueLine = 0;
    Style style = Plain;
};

struct YamlDocument
{
    QVariant root; // null for an empty document
    int line = 1; // 1-based line where the document starts
    QHash<QString, int> lines; // path → 1-based line of that key or list item
    QHash<QString, YamlSpan> spans; // path → where its key and value are ("" is the document's root)
};

struct YamlParse
{
    QList<YamlDocument> documents; // empty documents included (their root is null)
    QString error; // set when the text is not YAML; documents then holds those read before the error
    int errorLine = 0; // 1-based, 0 when unknown
    bool ok() const { return error.isEmpty(); }
    int nonEmptyDocuments() const;
};

YamlParse parseYaml(const QByteArray& text);

QString toYaml(const QVariant& root); // ends with a newline (empty for a null root)
QString toJson(const QVariant& root); // Go's json.MarshalIndent(v, "", "    "), no trailing newline

// What `profile dump -o flags` prints: one `path=value` per leaf, sorted, text in Go's %q quotes, numbers as Go
// prints a float64, null as <nil>. Empty maps and lists print nothing.
QStringList toFlags(const QVariant& root);

// Go's %v for a float64 (strconv 'g', shortest): 100 → "100", 1e6 → "1e+06", 0.5 → "0.5".
QString goFloat(double value);
// Go's %q for a string.
QString goQuote(const QString& text);

} // namespace meshscope::iop
