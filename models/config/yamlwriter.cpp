#include "models/config/yamlwriter.h"

#include "models/config/yamlscalar.h"

#include <QJsonArray>
#include <QLocale>

namespace meshscope::config {

namespace {
QString quoted(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfeff || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString number(double value)
{
    if (value == double(qint64(value)) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// A multi-line string that a literal block keeps exactly.
bool fitsLiteralBlock(const QString& text)
{
    if (!text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text.startsWith(QLatin1Char(' '))
        || text.startsWith(QLatin1Char('\n')))
        return false;
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) || c.unicode() == 0xfeff)
            return false;
    }
    // Trailing blank lines need "|+", and lines of only spaces at the end are lost: quote those.
    if (text.endsWith(QLatin1String("\n\n")) || text.endsWith(QLatin1Char(' ')))
        return false;
    return true;
}

QString literalBlock(const QString& text, int indent)
{
    const bool finalBreak = text.endsWith(QLatin1Char('\n'));
    QString body = finalBreak ? text.chopped(1) : text;
    QString header = QStringLiteral("|");
    if (!finalBreak)
        header += QLatin1Char('-');
    const QString pad(indent, QLatin1Char(' '));
    QString out = header;
    for (const QString& line : body.split(QLatin1Char('\n'))) {
        out += QLatin1Char('\n');
        if (!line.isEmpty())
            out += pad + line;
    }
    return out;
}

void writeValue(QString& out, const QJsonValue& value, int indent);

bool isEmptyCollection(const QJsonValue& value)
{
    return (value.isObject() && value.toObject().isEmpty()) || (value.isArray() && value.toArray().isEmpty());
}

QString keyText(const QString& key)
{
    return isSafePlainString(key) ? key : quoted(key);
}

void writeObject(QString& out, const QJsonObject& object, int indent, bool firstInline)
{
    const QString pad(indent, QLatin1Char(' '));
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!(first && firstInline))
            out += pad;
        first = false;
        out += keyText(it.key()) + QLatin1Char(':');
        const QJsonValue& child = it.value();
        if (child.isObject() && !isEmptyCollection(child)) {
            out += QLatin1Char('\n');
            writeObject(out, child.toObject(), indent + 2, false);
        } else if (child.isArray() && !isEmptyCollection(child)) {
            out += QLatin1Char('\n');
            writeValue(out, child, indent);
        } else if (child.isString() && fitsLiteralBlock(child.toString())) {
            out += QLatin1Char(' ') + literalBlock(child.toString(), indent + 2) + QLatin1Char('\n');
        } else {
            out += QLatin1Char(' ') + yamlScalar(child) + QLatin1Char('\n');
        }
    }
}

// Lists: "- item" at indent, nested content two further in.
void writeArray(QString& out, const QJsonArray& array, int indent, bool firstInline)
{
    const QString pad(indent, QLatin1Char(' '));
    bool first = true;
    for (const QJsonValue& item : array) {
        if (!(first && firstInline))
            out += pad;
        first = false;
        out += QLatin1String("- ");
        if (item.isObject() && !isEmptyCollection(item))
            writeObject(out, item.toObject(), indent + 2, true);
        else if (item.isArray() && !isEmptyCollection(item))
            writeArray(out, item.toArray(), indent + 2, true);
        else if (item.isString() && fitsLiteralBlock(item.toString()))
            out += literalBlock(item.toString(), indent + 2) + QLatin1Char('\n');
        else
            out += yamlScalar(item) + QLatin1Char('\n');
    }
}

void writeValue(QString& out, const QJsonValue& value, int indent)
{
    if (value.isObject() && !isEmptyCollection(value))
        writeObject(out, value.toObject(), indent, false);
    else if (value.isArray() && !isEmptyCollection(value))
        writeArray(out, value.toArray(), indent, false);
    else if (value.isString() && fitsLiteralBlock(value.toString()))
        out += literalBlock(value.toString(), indent + 2) + QLatin1Char('\n');
    else
        out += yamlScalar(value) + QLatin1Char('\n');
}
} // namespace

QString yamlScalar(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return QString::number(variant.toLongLong());
        return number(value.toDouble());
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        return isSafePlainString(text) ? text : quoted(text);
    }
    case QJsonValue::Array:
        return value.toArray().isEmpty() ? QStringLiteral("[]") : QString();
    case QJsonValue::Object:
        return value.toObject().isEmpty() ? QStringLiteral("{}") : QString();
    }
    return {};
}

QString toYaml(const QJsonValue& value)
{
    QString out;
    writeValue(out, value, 0);
    return out;
}

QString toYamlDocuments(const QList<QJsonObject>& documents)
{
    QString out;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (i > 0)
            out += QStringLiteral("---\n");
        out += toYaml(documents.at(i));
    }
    return out;
}

} // namespace meshscope::config
