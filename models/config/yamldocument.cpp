#include "models/config/yamldocument.h"

#include "models/config/yamlscalar.h"

#include <QJsonArray>
#include <yaml.h>

namespace meshscope::config {

namespace {
constexpr int maxDepth = 200;
constexpr qsizetype maxNodes = 1'000'000; // aliases can make a small text expand without bound

// A chunk of the text between document markers, with where it starts.
struct Chunk
{
    int firstLine = 1; // 1-based
    int lastLine = 1;
    QStringList lines;
};

bool isMarker(const QString& line, const char* marker)
{
    if (!line.startsWith(QLatin1String(marker)))
        return false;
    return line.size() == 3 || line.at(3) == QLatin1Char(' ') || line.at(3) == QLatin1Char('\t');
}

QList<Chunk> chunks(const QString& text)
{
    QList<Chunk> result;
    Chunk current;
    int lineNumber = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (i == lines.size() - 1 && line.isEmpty())
            break; // the text's final line break
        ++lineNumber;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (isMarker(line, "---") && !current.lines.isEmpty()) {
            current.lastLine = lineNumber - 1;
            result.append(current);
            current = Chunk {};
            current.firstLine = lineNumber;
        }
        current.lines.append(line);
        if (isMarker(line, "...")) {
            current.lastLine = lineNumber;
            result.append(current);
            current = Chunk {};
            current.firstLine = lineNumber + 1;
        }
    }
    if (!current.lines.isEmpty()) {
        current.lastLine = lineNumber;
        result.append(current);
    }
    return result;
}

bool onlyCommentsOrBlank(const Chunk& chunk)
{
    for (const QString& raw : chunk.lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line == QLatin1String("---")
            || line == QLatin1String("...") || line.startsWith(QLatin1Char('%')))
            continue;
        if (line.startsWith(QLatin1String("--- ")) && line.mid(4).trimmed().startsWith(QLatin1Char('#')))
            continue;
        return false;
    }
    return true;
}

struct Failure
{
    QString message;
    yaml_mark_t mark;
    yaml_mark_t context {}; // for the scanner's errors: where the token it was reading started
    bool colonInFlowScalar = false;
};

QString text(const yaml_char_t* bytes, std::size_t length)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(bytes), qsizetype(length));
}

QString text(const yaml_char_t* bytes)
{
    return bytes ? QString::fromUtf8(reinterpret_cast<const char*>(bytes)) : QString();
}

// Builds the JSON value of one document from libyaml's events, with the positions of every path.
class Builder
{
public:
    Builder(const Chunk& chunk, YamlDocument& document)
        : m_chunk(chunk)
        , m_document(document)
    { }

    TextPosition position(const yaml_mark_t& mark) const
    {
        return { m_chunk.firstLine + int(mark.line), int(mark.column) + 1 };
    }

    // Runs the parser over the chunk; throws Failure.
    void run(yaml_parser_t* parser)
    {
        yaml_event_t event;
        bool done = false;
        while (!done) {
            if (!yaml_parser_parse(parser, &event)) {
                const QString problem
                    = parser->problem ? QString::fromUtf8(parser->problem) : QStringLiteral("invalid YAML");
                const QString context = parser->context ? QString::fromUtf8(parser->context) : QString();
                throw Failure { context.isEmpty() ? problem : context + QStringLiteral(": ") + problem,
                    parser->problem_mark, parser->context_mark,
                    problem == QLatin1String("found unexpected ':'") && parser->error == YAML_SCANNER_ERROR };
            }
            try {
                done = handle(event);
            } catch (...) {
                yaml_event_delete(&event);
                throw;
            }
            yaml_event_delete(&event);
        }
    }

    bool hasRoot() const { return m_hasRoot; }
    QJsonValue root() const { return m_root; }

private:
    struct Frame
    {
        bool isMap = false;
        QJsonObject object;
        QJsonArray array;
        QString path;
        QString pendingKey;
        bool haveKey = false;
        bool mergeKey = false;
        TextPosition keyPosition;
        QHash<QString, int> keyLines;
        QList<QJsonValue> merges;
        QString anchor;
        qsizetype nodesAtStart = 0;
        yaml_mark_t start {};
    };

    // Returns true at the end of the stream.
    bool handle(const yaml_event_t& event)
    {
        switch (event.type) {
        case YAML_STREAM_END_EVENT:
            return true;
        case YAML_DOCUMENT_START_EVENT:
            if (m_documentStarted)
                throw Failure { QStringLiteral("more than one document in one section"), event.start_mark };
            m_documentStarted = true;
            return false;
        case YAML_SCALAR_EVENT: {
            const auto& s = event.data.scalar;
            const QString value = text(s.value, s.length);
            const ScalarValue scalar = resolveScalar(value, s.style == YAML_PLAIN_SCALAR_STYLE, text(s.tag));
            if (!scalar.error.isEmpty())
                throw Failure { scalar.error, event.start_mark };
            count(1, event.start_mark);
            const bool mergeKey = s.style == YAML_PLAIN_SCALAR_STYLE && value == QLatin1String("<<") && !s.tag;
            deliver(scalar.value, event.start_mark, text(s.anchor), 1, true, mergeKey);
            return false;
        }
        case YAML_ALIAS_EVENT: {
            const QString name = text(event.data.alias.anchor);
            const auto it = m_anchors.constFind(name);
            if (it == m_anchors.constEnd())
                throw Failure { QStringLiteral("unknown anchor \"%1\"").arg(name), event.start_mark };
            count(it->second, event.start_mark);
            deliver(it->first, event.start_mark, QString(), it->second, it->first.isString(), false);
            return false;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            if (m_stack.size() >= maxDepth)
                throw Failure { QStringLiteral("nesting is deeper than %1 levels").arg(maxDepth), event.start_mark };
            Frame frame;
            frame.isMap = event.type == YAML_MAPPING_START_EVENT;
            frame.anchor = text(frame.isMap ? event.data.mapping_start.anchor : event.data.sequence_start.anchor);
            frame.start = event.start_mark;
            frame.path = childPath(event.start_mark, true);
            count(1, event.start_mark);
            frame.nodesAtStart = m_nodes;
            m_stack.append(frame);
            return false;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
            Frame frame = m_stack.takeLast();
            QJsonValue value;
            if (frame.isMap) {
                for (const QJsonValue& merge : std::as_const(frame.merges))
                    applyMerge(frame, merge);
                value = frame.object;
            } else {
                value = frame.array;
            }
            deliver(value, frame.start, frame.anchor, m_nodes - frame.nodesAtStart + 1, false, false, true);
            return false;
        }
        default:
            return false;
        }
    }

    void count(qsizetype nodes, const yaml_mark_t& mark)
    {
        m_nodes += nodes;
        if (m_nodes > maxNodes)
            throw Failure { QStringLiteral("the document expands to more than %1 values (aliases?)").arg(maxNodes),
                mark };
    }

    void applyMerge(Frame& frame, const QJsonValue& merge)
    {
        QList<QJsonValue> sources;
        if (merge.isObject())
            sources.append(merge);
        else if (merge.isArray()) {
            for (const QJsonValue& item : merge.toArray())
                sources.append(item);
        }
        for (const QJsonValue& source : sources) {
            if (!source.isObject())
                throw Failure { QStringLiteral("a merge key (<<) needs a mapping or a list of mappings"), frame.start };
            const QJsonObject object = source.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!frame.object.contains(it.key()))
                    frame.object.insert(it.key(), it.value());
            }
        }
    }

    // The path of the value that starts now, recording where it starts (value position; for list items also
    // the item's "-"). Keys of mappings have no path.
    QString childPath(const yaml_mark_t& mark, bool container)
    {
        if (m_stack.isEmpty()) {
            m_document.m_positions.insert(QString(), { position(mark), position(mark) });
            return QString();
        }
        Frame& top = m_stack.last();
        if (top.isMap) {
            if (!top.haveKey) {
                if (container)
                    throw Failure { QStringLiteral("a mapping key must be a string, not a list or mapping"), mark };
                return QString();
            }
            const QString path = JsonPath::appendKey(top.path, top.pendingKey);
            m_document.m_positions.insert(path, { top.keyPosition, position(mark) });
            return path;
        }
        const QString path = JsonPath::appendIndex(top.path, int(top.array.size()));
        m_document.m_positions.insert(path, { itemPosition(mark), position(mark) });
        return path;
    }

    // A block list item's mark is its content; point at the "- " when it is on the same line.
    TextPosition itemPosition(const yaml_mark_t& mark) const
    {
        TextPosition pos = position(mark);
        if (qsizetype(mark.line) >= m_chunk.lines.size())
            return pos;
        const QString& line = m_chunk.lines.at(qsizetype(mark.line));
        qsizetype c = qsizetype(mark.column) - 1;
        while (c >= 0 && c < line.size() && line.at(c) == QLatin1Char(' '))
            --c;
        if (c >= 0 && c < line.size() && line.at(c) == QLatin1Char('-'))
            pos.column = int(c) + 1;
        return pos;
    }

    void deliver(const QJsonValue& value, const yaml_mark_t& mark, const QString& anchor, qsizetype nodes,
        bool isScalar, bool mergeKey, bool containerDone = false)
    {
        if (!anchor.isEmpty())
            m_anchors.insert(anchor, { value, nodes });
        if (m_stack.isEmpty()) {
            if (!containerDone)
                childPath(mark, false);
            m_root = value;
            m_hasRoot = true;
            return;
        }
        Frame& top = m_stack.last();
        if (!top.isMap) {
            if (!containerDone)
                childPath(mark, false);
            top.array.append(value);
            return;
        }
        if (!top.haveKey) {
            if (!isScalar && !value.isString() && !value.isDouble() && !value.isBool() && !value.isNull())
                throw Failure { QStringLiteral("a mapping key must be a string, not a list or mapping"), mark };
            QString key = value.isString() ? value.toString()
                : value.isBool()           ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                : value.isNull()           ? QStringLiteral("null")
                                           : QString::number(value.toDouble(), 'g', 17);
            top.mergeKey = mergeKey;
            top.pendingKey = key;
            top.haveKey = true;
            top.keyPosition = position(mark);
            if (!mergeKey) {
                if (const auto seen = top.keyLines.constFind(key); seen != top.keyLines.constEnd())
                    throw Failure { QStringLiteral("mapping key \"%1\" already defined at line %2").arg(key).arg(*seen),
                        mark };
                top.keyLines.insert(key, top.keyPosition.line);
            }
            return;
        }
        if (top.mergeKey) {
            top.merges.append(value);
        } else {
            if (!containerDone)
                childPath(mark, false);
            top.object.insert(top.pendingKey, value);
        }
        top.haveKey = false;
        top.mergeKey = false;
    }

    const Chunk& m_chunk;
    YamlDocument& m_document;
    QList<Frame> m_stack;
    QHash<QString, std::pair<QJsonValue, qsizetype>> m_anchors;
    QJsonValue m_root;
    bool m_hasRoot = false;
    bool m_documentStarted = false;
    qsizetype m_nodes = 0;
};

// libyaml (YAML 1.1) refuses a ':' inside a plain scalar in a flow collection ("[2001:db8::1]") that kubectl's
// reader accepts as text: quote that scalar and read the chunk again.
bool quoteFlowScalar(Chunk& chunk, const yaml_mark_t& start)
{
    if (qsizetype(start.line) >= chunk.lines.size())
        return false;
    QString& line = chunk.lines[qsizetype(start.line)];
    const qsizetype from = qsizetype(start.column);
    if (from >= line.size())
        return false;
    qsizetype to = from;
    while (to < line.size() && !QStringLiteral(",]} \t").contains(line.at(to)))
        ++to;
    QString scalar = line.mid(from, to - from);
    if (scalar.isEmpty())
        return false;
    scalar.replace(QLatin1Char('\''), QLatin1String("''"));
    line.replace(from, to - from, QLatin1Char('\'') + scalar + QLatin1Char('\''));
    return true;
}

// Parses one chunk; false when it holds no document.
bool parseChunk(const Chunk& original, YamlDocument& document)
{
    document.firstLine = original.firstLine;
    document.lastLine = original.lastLine;
    if (onlyCommentsOrBlank(original))
        return false;
    Chunk chunk = original;
    for (int attempt = 0;; ++attempt) {
        const QByteArray input = chunk.lines.join(QLatin1Char('\n')).toUtf8() + '\n';
        yaml_parser_t parser;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(input.constData()), input.size());
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
        document.m_positions.clear();
        Builder builder(chunk, document);
        bool found = true;
        bool retry = false;
        try {
            builder.run(&parser);
            document.value = builder.hasRoot() ? builder.root() : QJsonValue(QJsonValue::Null);
            document.error.clear();
            found = builder.hasRoot() && !document.value.isNull();
        } catch (const Failure& failure) {
            if (failure.colonInFlowScalar && attempt < 64 && quoteFlowScalar(chunk, failure.context)) {
                retry = true;
            } else {
                document.value = QJsonValue::Null;
                document.m_positions.clear();
                document.error = failure.message;
                document.errorPosition = builder.position(failure.mark);
                document.errorPosition.line = std::min(document.errorPosition.line, chunk.lastLine);
            }
        }
        yaml_parser_delete(&parser);
        if (!retry)
            return found || !document.ok();
    }
}
} // namespace

TextPosition YamlDocument::positionOf(const JsonPath& path) const
{
    JsonPath at = path;
    while (true) {
        const auto it = m_positions.constFind(at.toString());
        if (it != m_positions.constEnd())
            return it->key;
        if (at.isEmpty())
            break;
        at = at.parent();
    }
    return { firstLine, 1 };
}

TextPosition YamlDocument::valuePositionOf(const JsonPath& path) const
{
    const auto it = m_positions.constFind(path.toString());
    return it != m_positions.constEnd() ? it->value : positionOf(path);
}

QList<YamlDocument> parseYamlDocuments(const QString& text)
{
    QList<YamlDocument> documents;
    for (const Chunk& chunk : chunks(text)) {
        YamlDocument document;
        if (!parseChunk(chunk, document))
            continue;
        document.index = int(documents.size());
        documents.append(std::move(document));
    }
    return documents;
}

YamlDocument parseYamlDocument(const QString& text)
{
    QList<YamlDocument> documents = parseYamlDocuments(text);
    if (documents.isEmpty()) {
        YamlDocument empty;
        empty.value = QJsonValue::Null;
        empty.error = QStringLiteral("no YAML document");
        empty.errorPosition = { 1, 1 };
        return empty;
    }
    return documents.takeFirst();
}

QList<std::pair<int, int>> yamlDocumentLineRanges(const QString& text)
{
    QList<std::pair<int, int>> ranges;
    for (const Chunk& chunk : chunks(text))
        ranges.append({ chunk.firstLine, chunk.lastLine });
    return ranges;
}

} // namespace meshscope::config
