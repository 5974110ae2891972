#include "ioptextedit.h"

#include "ioptree.h"
#include "iopyaml.h"

#include <QByteArrayList>
#include <QCoreApplication>

namespace meshscope::iop {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::iop::TextEdit)
};

int indentOf(const QByteArray& line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == ' ')
        ++n;
    return n;
}

bool isBlankOrComment(const QByteArray& line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith('#');
}

// The text split into lines (without '\n') with the byte offset where each starts.
struct Lines
{
    QByteArrayList rows;
    QList<qsizetype> starts;

    explicit Lines(const QByteArray& text)
    {
        qsizetype start = 0;
        while (true) {
            const qsizetype end = text.indexOf('\n', start);
            starts << start;
            rows << text.mid(start, end < 0 ? -1 : end - start);
            if (end < 0)
                break;
            start = end + 1;
        }
    }
    QByteArray join() const { return rows.join('\n'); }
};

// The last line of the block that starts at line `from` and holds lines indented at least `indent` (blank and
// comment lines inside it included, trailing ones not).
int blockEnd(const Lines& lines, int from, int indent)
{
    int last = from;
    for (int i = from + 1; i < lines.rows.size(); ++i) {
        const QByteArray& row = lines.rows.at(i);
        if (row.startsWith("---") || row.startsWith("..."))
            break;
        if (isBlankOrComment(row))
            continue;
        if (indentOf(row) < indent)
            break;
        last = i;
    }
    return last;
}

// Where a single-line scalar written at offset ends (exclusive), or -1 when it does not end on its line.
qsizetype scalarEnd(const QByteArray& text, qsizetype offset)
{
    const qsizetype lineEnd = [&] {
        const qsizetype n = text.indexOf('\n', offset);
        return n < 0 ? text.size() : n;
    }();
    const char first = text.at(offset);
    if (first == '"') {
        for (qsizetype i = offset + 1; i < lineEnd; ++i) {
            if (text.at(i) == '\\')
                ++i;
            else if (text.at(i) == '"')
                return i + 1;
        }
        return -1;
    }
    if (first == '\'') {
        for (qsizetype i = offset + 1; i < lineEnd; ++i) {
            if (text.at(i) == '\'') {
                if (i + 1 < lineEnd && text.at(i + 1) == '\'')
                    ++i;
                else
                    return i + 1;
            }
        }
        return -1;
    }
    qsizetype end = lineEnd;
    for (qsizetype i = offset; i < lineEnd; ++i) {
        if (text.at(i) == '#' && i > offset && (text.at(i - 1) == ' ' || text.at(i - 1) == '\t')) {
            end = i;
            break;
        }
    }
    while (end > offset && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t' || text.at(end - 1) == '\r'))
        --end;
    return end;
}

// A value written after "key: " on one line; empty when it needs several lines.
QByteArray inlineText(const QVariant& value)
{
    if (isMap(value) && value.toMap().isEmpty())
        return "{}";
    if (isList(value) && value.toList().isEmpty())
        return "[]";
    if (!isScalar(value))
        return {};
    const QString text = toYaml(value).chopped(1);
    return text.contains(u'\n') ? QByteArray() : text.toUtf8();
}

// "key: value" or "key:\n  child: …" for a new entry, indented by `indent`.
QByteArray entryText(const QString& key, const QVariant& value, int indent)
{
    const QString yaml = toYaml(QVariantMap { { key, value } });
    QByteArray out;
    const QStringList rows = yaml.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& row : rows)
        out += QByteArray(indent, ' ') + row.toUtf8() + '\n';
    return out;
}

TextEdit rewrite(const QString& text, const QVariant& root, const QString& path, const QVariant& value, bool remove)
{
    TextEdit edit;
    edit.text = text;
    QVariant tree = isNull(root) ? QVariant(QVariantMap()) : root;
    QString error;
    if (remove) {
        removeValueAt(tree, path);
    } else if (!setValueAt(tree, path, value, &error)) {
        edit.error = error;
        return edit;
    }
    edit.text = toYaml(tree);
    edit.ok = true;
    edit.rewritten = true;
    return edit;
}

struct Parsed
{
    YamlDocument document;
    QString error;
};

Parsed parseSingle(const QString& text)
{
    Parsed parsed;
    const YamlParse result = parseYaml(text.toUtf8());
    if (!result.ok()) {
        parsed.error = Tr::tr("the YAML has an error at line %1; fix it first").arg(result.errorLine);
        return parsed;
    }
    if (result.nonEmptyDocuments() > 1) {
        parsed.error = Tr::tr("the file holds several documents");
        return parsed;
    }
    for (const YamlDocument& document : result.documents) {
        if (!isNull(document.root))
            parsed.document = document;
    }
    return parsed;
}

QString parentOf(const QString& path, QString* last)
{
    const qsizetype dot = [&] {
        // the last unescaped '.' or the last '['
        for (qsizetype i = path.size() - 1; i > 0; --i) {
            if (path.at(i) == u'[')
                return i;
            if (path.at(i) == u'.' && path.at(i - 1) != u'\\')
                return i;
        }
        return qsizetype(-1);
    }();
    if (dot < 0) {
        *last = path;
        return QString();
    }
    *last = path.at(dot) == u'.' ? path.mid(dot + 1) : path.mid(dot);
    return path.left(dot);
}

} // namespace

TextEdit removeYamlValue(const QString& text, const QString& path)
{
    TextEdit edit;
    edit.text = text;
    const Parsed parsed = parseSingle(text);
    if (!parsed.error.isEmpty()) {
        edit.error = parsed.error;
        return edit;
    }
    const auto span = parsed.document.spans.constFind(path);
    if (span == parsed.document.spans.cend() || path.isEmpty()) {
        edit.ok = true; // nothing to remove
        return edit;
    }
    QString last;
    const QString parent = parentOf(path, &last);
    const YamlSpan parentSpan = parsed.document.spans.value(parent);
    const bool parentIsBlock = parent.isEmpty()
        ? isMap(parsed.document.root) && parentSpan.style != YamlSpan::FlowCollection
        : (parentSpan.style == YamlSpan::BlockMap || parentSpan.style == YamlSpan::BlockList);
    if (!parentIsBlock)
        return rewrite(text, parsed.document.root, path, {}, true);

    Lines lines(text.toUtf8());
    const int first = span->keyLine;
    const bool listItem = last.startsWith(u'[');
    // A list item's block: its "- " line and what is indented past the dash; a key's: what is indented past the
    // key, and a list written at the key's own indentation (Go's style).
    int end = first;
    if (listItem) {
        const int dash = lines.rows.at(first).indexOf('-');
        end = blockEnd(lines, first, dash + 1);
    } else {
        end = blockEnd(lines, first, span->keyColumn + 1);
        if (span->style == YamlSpan::BlockList) {
            for (int i = end + 1; i < lines.rows.size(); ++i) {
                const QByteArray& row = lines.rows.at(i);
                if (isBlankOrComment(row))
                    continue;
                if (indentOf(row) == span->keyColumn && row.mid(span->keyColumn).startsWith('-'))
                    end = blockEnd(lines, i, span->keyColumn + 1);
                else
                    break;
            }
        }
    }
    if (lines.rows.at(first).left(span->keyColumn).trimmed().size() > 0 && !listItem)
        return rewrite(text, parsed.document.root, path, {}, true); // key shares its line ("- key: v")
    for (int i = end; i >= first; --i)
        lines.rows.removeAt(i);
    edit.text = QString::fromUtf8(lines.join());
    edit.ok = true;
    return edit;
}

TextEdit setYamlValue(const QString& text, const QString& path, const QVariant& value)
{
    if (isNull(value))
        return removeYamlValue(text, path);
    TextEdit edit;
    edit.text = text;
    const Parsed parsed = parseSingle(text);
    if (!parsed.error.isEmpty()) {
        edit.error = parsed.error;
        return edit;
    }
    const YamlDocument& document = parsed.document;
    if (!isNull(document.root) && !isMap(document.root)) {
        edit.error = Tr::tr("the document is not a mapping");
        return edit;
    }
    QList<PathSegment> segments;
    QString pathError;
    if (!parsePath(path, &segments, &pathError)) {
        edit.error = pathError;
        return edit;
    }

    const QByteArray bytes = text.toUtf8();
    const auto existing = document.spans.constFind(path);
    if (existing != document.spans.cend()) {
        const YamlSpan span = existing.value();
        const QByteArray replacement = inlineText(value);
        if (!replacement.isEmpty() && (span.style == YamlSpan::Plain || span.style == YamlSpan::Quoted)) {
            const qsizetype end = scalarEnd(bytes, span.valueOffset);
            if (end > span.valueOffset) {
                QByteArray updated = bytes;
                updated.replace(span.valueOffset, end - span.valueOffset, replacement);
                edit.text = QString::fromUtf8(updated);
                edit.ok = true;
                return edit;
            }
        }
        // Anything else: take the entry out, then add it back below.
        const bool sharesLine
            = span.keyColumn > 0 && !Lines(bytes).rows.value(span.keyLine).left(span.keyColumn).trimmed().isEmpty();
        if (span.style == YamlSpan::FlowCollection || span.style == YamlSpan::Block || path.contains(u'[')
            || sharesLine)
            return rewrite(text, document.root, path, value, false);
        const TextEdit removed = removeYamlValue(text, path);
        if (!removed.ok || removed.rewritten)
            return rewrite(text, document.root, path, value, false);
        return setYamlValue(removed.text, path, value);
    }

    // A new key: find the deepest map that is there and add the rest of the path below it.
    int depth = int(segments.size()) - 1;
    QString ancestor;
    while (depth > 0) {
        QString candidate;
        for (int i = 0; i < depth; ++i)
            candidate = segments.at(i).kind == PathSegment::Key ? joinKey(candidate, segments.at(i).key)
                                                                : joinIndex(candidate, segments.at(i).index);
        if (document.spans.contains(candidate)) {
            ancestor = candidate;
            break;
        }
        --depth;
    }
    QVariant rest = value;
    for (int i = int(segments.size()) - 1; i > depth; --i) {
        if (segments.at(i).kind != PathSegment::Key)
            return rewrite(text, document.root, path, value, false);
        rest = QVariantMap { { segments.at(i).key, rest } };
    }
    if (segments.at(depth).kind != PathSegment::Key)
        return rewrite(text, document.root, path, value, false);
    const QString key = segments.at(depth).key;

    Lines lines(bytes);
    const YamlSpan parentSpan = document.spans.value(ancestor);
    int childIndent = 0;
    int insertAfter = -1; // line index after which to insert; -1 = at the start
    if (ancestor.isEmpty()) {
        if (!isNull(document.root) && parentSpan.style == YamlSpan::FlowCollection)
            return rewrite(text, document.root, path, value, false);
        // After the document's last line of content.
        for (int i = 0; i < lines.rows.size(); ++i) {
            const QByteArray& row = lines.rows.at(i);
            if (!isBlankOrComment(row) && !row.startsWith("---") && !row.startsWith("..."))
                insertAfter = i;
        }
        if (insertAfter < 0)
            insertAfter = int(lines.rows.size()) - 1;
    } else if (parentSpan.style == YamlSpan::BlockMap) {
        const QVariantMap siblings = valueAt(document.root, ancestor).toMap();
        childIndent = document.spans.value(joinKey(ancestor, siblings.firstKey())).keyColumn;
        insertAfter = blockEnd(lines, parentSpan.keyLine, childIndent);
    } else if (parentSpan.style == YamlSpan::Empty && !ancestor.contains(u'[')) {
        const QByteArray keyLine = lines.rows.value(parentSpan.keyLine);
        if (keyLine.left(parentSpan.keyColumn).trimmed().size() > 0)
            return rewrite(text, document.root, path, value, false);
        childIndent = parentSpan.keyColumn + 2;
        insertAfter = parentSpan.keyLine;
    } else {
        return rewrite(text, document.root, path, value, false);
    }
    // Keep the trailing newline discipline: insert whole lines.
    QByteArray insertion = entryText(key, rest, childIndent);
    insertion.chop(1);
    const QByteArrayList added = insertion.split('\n');
    if (!lines.rows.isEmpty() && lines.rows.last().isEmpty() && insertAfter == lines.rows.size() - 1)
        --insertAfter; // before the final empty line the trailing newline leaves
    for (int i = 0; i < added.size(); ++i)
        lines.rows.insert(insertAfter + 1 + i, added.at(i));
    QByteArray joined = lines.join();
    if (!joined.endsWith('\n'))
        joined += '\n';
    edit.text = QString::fromUtf8(joined);
    edit.ok = true;
    return edit;
}

} // namespace meshscope::iop
