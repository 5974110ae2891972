#include "yamlresources.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace meshscope::analysis {
namespace {

struct Document
{
    QByteArray text;
    int firstLine = 1; // line of text's first line in the file
    int startLine = 1; // first line that is neither blank nor a separator
};

bool isSeparator(const QByteArray& line)
{
    return line.startsWith("---") && line.mid(3).trimmed().isEmpty();
}

// Splits at separator lines exactly as istioctl's reader does, remembering where each document starts.
QList<Document> splitDocuments(const QByteArray& text)
{
    QList<Document> documents;
    Document current;
    bool foundStart = false;
    bool empty = true;
    int lineNumber = 0;
    qsizetype position = 0;
    while (position < text.size()) {
        qsizetype end = text.indexOf('\n', position);
        if (end < 0)
            end = text.size();
        QByteArray line = text.mid(position, end - position);
        if (line.endsWith('\r'))
            line.chop(1);
        line.append('\n');
        position = end + 1;
        ++lineNumber;
        if (line != "\n" && line != "---\n" && !foundStart) {
            current.startLine = lineNumber;
            foundStart = true;
        }
        if (isSeparator(line)) {
            if (!empty)
                documents.append(current);
            current = Document();
            current.startLine = lineNumber + 1;
            foundStart = false;
            empty = true;
            continue;
        }
        if (empty) {
            current.firstLine = lineNumber;
            empty = false;
        }
        current.text.append(line);
    }
    if (!empty)
        documents.append(current);
    return documents;
}

QJsonValue scalarValue(const YAML::Node& node)
{
    const std::string& raw = node.Scalar();
    const QString text = QString::fromStdString(raw);
    if (node.Tag() != "?") // quoted or explicitly tagged: a string
        return text;
    static const QStringList nulls { QString(), QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"),
        QStringLiteral("NULL") };
    if (nulls.contains(text))
        return QJsonValue::Null;
    static const QStringList trues { QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("yes"),
        QStringLiteral("Yes"), QStringLiteral("YES"), QStringLiteral("true"), QStringLiteral("True"),
        QStringLiteral("TRUE"), QStringLiteral("on"), QStringLiteral("On"), QStringLiteral("ON") };
    static const QStringList falses { QStringLiteral("n"), QStringLiteral("N"), QStringLiteral("no"),
        QStringLiteral("No"), QStringLiteral("NO"), QStringLiteral("false"), QStringLiteral("False"),
        QStringLiteral("FALSE"), QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF") };
    if (trues.contains(text))
        return true;
    if (falses.contains(text))
        return false;
    static const QRegularExpression integer(QStringLiteral("^[-+]?(0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|0o?[0-7_]+)$"));
    if (integer.match(text).hasMatch()) {
        QString digits = text;
        digits.remove(QLatin1Char('_'));
        bool negative = digits.startsWith(QLatin1Char('-'));
        if (digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+')))
            digits.remove(0, 1);
        int base = 10;
        if (digits.startsWith(QLatin1String("0x"))) {
            base = 16;
            digits.remove(0, 2);
        } else if (digits.startsWith(QLatin1String("0o"))) {
            base = 8;
            digits.remove(0, 2);
        } else if (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))) {
            base = 8;
        }
        bool ok = false;
        const qint64 parsed = digits.toLongLong(&ok, base);
        if (ok)
            return double(negative ? -parsed : parsed);
    }
    static const QRegularExpression floating(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (floating.match(text).hasMatch()) {
        bool ok = false;
        const double parsed = text.toDouble(&ok);
        if (ok)
            return parsed;
    }
    return text;
}

// Converts a node to JSON; with lines set, records the line of every scalar under its istioctl field path.
QJsonValue toJson(const YAML::Node& node, const QString& path, int lineOffset, QHash<QString, int>* lines)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            const YAML::Node value = it->second;
            const QString childPath = path + QLatin1Char('.') + key;
            if (lines && (value.Type() == YAML::NodeType::Scalar || value.Type() == YAML::NodeType::Null)) {
                // An empty value has no position of its own: it is on the key's line.
                const int line = value.Type() == YAML::NodeType::Null || value.Mark().is_null() ? it->first.Mark().line
                                                                                                : value.Mark().line;
                lines->insert(QLatin1Char('{') + childPath + QLatin1Char('}'), line + lineOffset);
            }
            object.insert(key, toJson(value, childPath, lineOffset, lines));
        }
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        int index = 0;
        for (const YAML::Node& item : node) {
            const QString childPath = path + QLatin1Char('[') + QString::number(index++) + QLatin1Char(']');
            if (lines && item.Type() == YAML::NodeType::Scalar)
                lines->insert(QLatin1Char('{') + childPath + QLatin1Char('}'), item.Mark().line + lineOffset);
            array.append(toJson(item, childPath, lineOffset, lines));
        }
        return array;
    }
    case YAML::NodeType::Scalar:
        return scalarValue(node);
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Null;
}

QString documentName(const QString& fileName, int index)
{
    return QStringLiteral("%1[%2]").arg(fileName).arg(index);
}

// Turns one parsed object into a resource (or several, for a List). Returns an error text, or empty.
QString addObject(const YAML::Node& node, const QJsonObject& object, int line, int lineOffset, YamlInput* input)
{
    const QString apiVersion = json::str(object, "apiVersion");
    const QString kindText = json::str(object, "kind");
    if (kindText == QLatin1String("List")) {
        const YAML::Node items = node["items"];
        if (!items || !items.IsSequence())
            return QStringLiteral("the List has no items");
        const QJsonArray jsonItems = object.value(QLatin1String("items")).toArray();
        int index = 0;
        for (const YAML::Node& item : items) {
            if (!item.IsMap())
                return QStringLiteral("an item of the List is not an object");
            // istioctl re-reads each item on its own, which puts everything one line further down.
            const int itemLine = item.Mark().line + lineOffset + 1;
            const QString error = addObject(item, jsonItems.at(index++).toObject(), itemLine, lineOffset + 1, input);
            if (!error.isEmpty())
                return error;
        }
        return {};
    }
    if (apiVersion.isEmpty() && kindText.isEmpty())
        return QStringLiteral("the object has no apiVersion and kind");
    if (kindText.isEmpty())
        return QStringLiteral("the object has no kind");
    const Kind kind = kindFromApiVersion(apiVersion, kindText);
    if (kind == Kind::Count) {
        ++input->skipped;
        return {};
    }
    auto lines = std::make_shared<QHash<QString, int>>();
    toJson(node, QString(), lineOffset, lines.get());
    std::shared_ptr<Resource> resource = makeResource(kind, object);
    resource->line = line;
    resource->fieldLines = std::move(lines);
    input->resources.append(std::move(resource));
    return {};
}

} // namespace

bool yamlToJson(const QByteArray& text, QJsonValue* value, QString* error)
{
    try {
        const YAML::Node node = YAML::Load(text.toStdString());
        *value = toJson(node, QString(), 0, nullptr);
        return true;
    } catch (const YAML::Exception& exception) {
        if (error)
            *error = QString::fromStdString(exception.what());
        return false;
    }
}

YamlInput readYamlResources(const QByteArray& text, const QString& fileName)
{
    YamlInput input;
    const QList<Document> documents = splitDocuments(text);
    for (int index = 0; index < documents.size(); ++index) {
        const Document& document = documents.at(index);
        if (document.text.trimmed().isEmpty())
            continue;
        YAML::Node node;
        try {
            node = YAML::Load(document.text.toStdString());
        } catch (const YAML::Exception& exception) {
            input.errors.append(QStringLiteral("%1: not valid YAML: %2")
                                    .arg(documentName(fileName, index), QString::fromStdString(exception.what())));
            continue;
        }
        if (node.IsNull() || !node.IsDefined())
            continue; // comments only
        if (!node.IsMap()) {
            input.errors.append(QStringLiteral("%1: the document is not an object").arg(documentName(fileName, index)));
            continue;
        }
        const int lineOffset = document.firstLine; // yaml-cpp counts lines from 0 within the document
        QJsonObject object;
        try {
            object = toJson(node, QString(), 0, nullptr).toObject();
        } catch (const YAML::Exception& exception) {
            input.errors.append(
                QStringLiteral("%1: %2").arg(documentName(fileName, index), QString::fromStdString(exception.what())));
            continue;
        }
        const QString error = addObject(node, object, document.startLine, lineOffset, &input);
        if (!error.isEmpty())
            input.errors.append(QStringLiteral("%1: %2").arg(documentName(fileName, index), error));
    }
    return input;
}

} // namespace meshscope::analysis
