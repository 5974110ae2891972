// Reading YAML for IstioOperator files: models/config parses (libyaml, kubectl's scalar rules, positions of every
// field); this turns its documents into the value tree and the spans that comment-keeping edits need.
#include "ioptree.h"
#include "iopyaml.h"
#include "models/config/jsonpath.h"
#include "models/config/yamldocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace meshscope::iop {

int YamlParse::nonEmptyDocuments() const
{
    int count = 0;
    for (const YamlDocument& document : documents) {
        if (!isNull(document.root))
            ++count;
    }
    return count;
}

namespace {

using config::JsonPath;
using config::TextPosition;

// Byte offsets of the text's lines, to turn a (line, column) position into the byte offset edits work on.
class LineOffsets
{
public:
    explicit LineOffsets(const QByteArray& text)
        : m_text(text)
    {
        m_starts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == '\n')
                m_starts.append(i + 1);
        }
    }

    // position: 1-based line and column (in characters); -1 when outside the text.
    qsizetype offsetOf(const TextPosition& position) const
    {
        if (!position.isValid() || position.line > m_starts.size())
            return -1;
        const qsizetype start = m_starts.at(position.line - 1);
        const qsizetype end = position.line < m_starts.size() ? m_starts.at(position.line) : m_text.size();
        // Walk the characters of the line: a column counts code points, not bytes.
        qsizetype offset = start;
        for (int column = 1; column < position.column && offset < end; ++column) {
            ++offset;
            while (offset < end && (uchar(m_text.at(offset)) & 0xC0) == 0x80)
                ++offset;
        }
        return offset < m_text.size() ? offset : -1;
    }

    QByteArray from(qsizetype offset, qsizetype length) const { return m_text.mid(offset, length); }
    // The plain scalar starting at offset: up to a space, comment or flow indicator.
    QByteArray token(qsizetype offset) const
    {
        qsizetype end = offset;
        while (end < m_text.size() && !QByteArrayView(" \t\r\n#,]}").contains(m_text.at(end)))
            ++end;
        return m_text.mid(offset, end - offset);
    }

private:
    const QByteArray& m_text;
    QList<qsizetype> m_starts;
};

// `key:` with nothing after it reads as null; its position is then the next token's, not a value's.
bool writtenNull(const QByteArray& at)
{
    static const QRegularExpression literal(QStringLiteral("^(~|null|Null|NULL|!)(?=$|[\\s#,\\]}])"));
    return literal.match(QString::fromUtf8(at)).hasMatch();
}

// A number written with a fraction or an exponent (1.0, 1e3), which Go reads as a float.
bool writtenAsDecimal(QByteArray token)
{
    if (token.startsWith('-') || token.startsWith('+'))
        token.remove(0, 1);
    if (token.startsWith("0x") || token.startsWith("0X"))
        return false;
    return token.contains('.') || token.contains('e') || token.contains('E');
}

struct Converter
{
    const config::YamlDocument& source;
    const LineOffsets& offsets;
    YamlDocument* target;

    // Records where path's key and value are; returns the value's byte offset (-1 when not written out).
    qsizetype record(const QString& path, const QString& configPath, const QJsonValue& value, bool listItem)
    {
        const auto found = source.m_positions.constFind(configPath);
        if (found == source.m_positions.cend())
            return -1; // inside an alias: the anchor's values have the anchor's positions
        const TextPosition key = listItem || configPath.isEmpty() ? found->value : found->key;
        if (!path.isEmpty())
            target->lines.insert(path, key.line);
        YamlSpan span;
        span.keyLine = key.line - 1;
        span.keyColumn = key.column - 1;
        const qsizetype offset = offsets.offsetOf(found->value);
        const QByteArray at = offset >= 0 ? offsets.from(offset, 8) : QByteArray();
        if (value.isObject() || value.isArray()) {
            span.style = at.startsWith('{') || at.startsWith('[') ? YamlSpan::FlowCollection
                : value.isObject()                                ? YamlSpan::BlockMap
                                                                  : YamlSpan::BlockList;
        } else if (offset < 0 || (value.isNull() && !writtenNull(at))) {
            span.style = YamlSpan::Empty;
        } else if (at.startsWith('"') || at.startsWith('\'')) {
            span.style = YamlSpan::Quoted;
        } else if (at.startsWith('|') || at.startsWith('>')) {
            span.style = YamlSpan::Block;
        } else {
            span.style = YamlSpan::Plain;
        }
        if (span.style != YamlSpan::Empty) {
            span.valueOffset = offset;
            span.valueLine = found->value.line - 1;
        }
        target->spans.insert(path, span);
        return span.valueOffset;
    }

    QVariant convert(const QJsonValue& value, const QString& path, const QString& configPath, bool listItem = false)
    {
        const qsizetype offset = record(path, configPath, value, listItem);
        if (value.isObject()) {
            QVariantMap map;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString childPath = joinKey(path, it.key());
                const QString childConfigPath = JsonPath::appendKey(configPath, it.key());
                map.insert(it.key(), convert(it.value(), childPath, childConfigPath));
            }
            return map;
        }
        if (value.isArray()) {
            QVariantList list;
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i) {
                const QString childPath = joinIndex(path, i);
                const QString childConfigPath = JsonPath::appendIndex(configPath, i);
                list.append(convert(array.at(i), childPath, childConfigPath, true));
            }
            return list;
        }
        if (value.isNull() || value.isUndefined())
            return nullValue();
        if (value.isDouble() && offset >= 0 && writtenAsDecimal(offsets.token(offset)))
            return value.toDouble(); // 1.0 stays a float, as Go reads it (JSON would make it an integer)
        return value.toVariant(); // integers qlonglong
    }
};

} // namespace

YamlParse parseYaml(const QByteArray& text)
{
    YamlParse result;
    const LineOffsets offsets(text);
    for (const config::YamlDocument& source : config::parseYamlDocuments(QString::fromUtf8(text))) {
        if (!source.ok()) {
            result.error = source.error;
            result.errorLine = source.errorPosition.line;
            break;
        }
        YamlDocument document;
        Converter converter { source, offsets, &document };
        document.root = converter.convert(source.value, QString(), QString());
        document.line = source.positionOf(JsonPath()).line;
        result.documents.append(document);
    }
    return result;
}

} // namespace meshscope::iop
