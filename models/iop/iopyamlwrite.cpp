// Writing value trees as Go does: YAML as yaml.v2 marshals (sorted keys, list items at the key's indentation),
// JSON as json.MarshalIndent, and `--set` flags.
#include "ioptree.h"
#include "iopyaml.h"
#include "models/config/yamlscalar.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace meshscope::iop {

namespace {

bool isIntegral(double value)
{
    return std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < 1e21;
}

QString integralText(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 0);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

bool resolvesToNonString(const QString& text)
{
    return !config::resolvePlain(text).isString();
}

bool plainAllowed(const QString& text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    const QChar first = text.front();
    if (indicators.contains(first)) {
        // `-`, `?` and `:` only start an indicator when a space (or nothing) follows.
        const bool dashLike = first == u'-' || first == u'?' || first == u':';
        if (!dashLike || text.size() == 1 || text.at(1).isSpace())
            return false;
    }
    if (text.contains(QStringLiteral(": ")) || text.contains(QStringLiteral(" #")) || text.endsWith(u':'))
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0xfeff))
            return false;
    }
    return true;
}

QString doubleQuoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1")
                           .arg(c.unicode(), 2, 16, QLatin1Char('0'))
                           .toUpper()
                           .replace(QStringLiteral("\\X"), QStringLiteral("\\x"));
            else
                out += c;
        }
    }
    return out + u'"';
}

bool literalAllowed(const QString& text)
{
    if (text.startsWith(u' ') || text.startsWith(u'\n'))
        return false;
    for (const QString& row : text.split(u'\n')) {
        if (row.endsWith(u' ') || row.endsWith(u'\t'))
            return false;
        for (const QChar c : row) {
            if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
                return false;
        }
    }
    return true;
}

QString indentText(int indent)
{
    return QString(indent, u' ');
}

// A scalar as it appears after "key: " or "- ". Multi-line strings become literal blocks indented by blockIndent.
QString scalarText(const QVariant& value, int blockIndent)
{
    if (isNull(value))
        return QStringLiteral("null");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return QStringLiteral(".nan");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
        return isIntegral(d) ? integralText(d) : goFloat(d);
    }
    default:
        break;
    }
    const QString text = value.toString();
    if (text.contains(u'\n') && literalAllowed(text)) {
        QString chomp;
        if (!text.endsWith(u'\n'))
            chomp = QStringLiteral("-");
        else if (text.endsWith(QStringLiteral("\n\n")))
            chomp = QStringLiteral("+");
        QString body = text;
        if (body.endsWith(u'\n'))
            body.chop(1);
        QString out = u'|' + chomp;
        for (const QString& row : body.split(u'\n'))
            out += u'\n' + (row.isEmpty() ? QString() : indentText(blockIndent) + row);
        return out;
    }
    if (text.isEmpty() || text.contains(u'\n') || resolvesToNonString(text))
        return doubleQuoted(text);
    if (plainAllowed(text))
        return text;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return doubleQuoted(text);
    }
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

void writeYaml(const QVariant& value, int indent, QString* out);

void writeMapBody(const QVariantMap& map, int indent, bool firstInline, QString* out)
{
    bool first = true;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!(first && firstInline))
            *out += indentText(indent);
        first = false;
        *out += scalarText(it.key(), indent + 2) + u':';
        const QVariant& child = it.value();
        if (isMap(child) && !child.toMap().isEmpty()) {
            *out += u'\n';
            writeMapBody(child.toMap(), indent + 2, false, out);
        } else if (isList(child) && !child.toList().isEmpty()) {
            *out += u'\n';
            writeYaml(child, indent, out); // Go's yaml.v2: list items at the key's indentation
        } else {
            *out += u' '
                + (isMap(child)         ? QStringLiteral("{}")
                        : isList(child) ? QStringLiteral("[]")
                                        : scalarText(child, indent + 2))
                + u'\n';
        }
    }
}

void writeYaml(const QVariant& value, int indent, QString* out)
{
    if (isMap(value)) {
        const QVariantMap map = value.toMap();
        if (map.isEmpty())
            *out += indentText(indent) + QStringLiteral("{}\n");
        else
            writeMapBody(map, indent, false, out);
        return;
    }
    if (isList(value)) {
        const QVariantList list = value.toList();
        if (list.isEmpty()) {
            *out += indentText(indent) + QStringLiteral("[]\n");
            return;
        }
        for (const QVariant& item : list) {
            *out += indentText(indent) + QStringLiteral("- ");
            if (isMap(item) && !item.toMap().isEmpty()) {
                writeMapBody(item.toMap(), indent + 2, true, out);
            } else if (isList(item) && !item.toList().isEmpty()) {
                // Nested list: "- - a" with the inner items two columns further in.
                QString inner;
                writeYaml(item, indent + 2, &inner);
                *out += inner.mid(indent + 2);
            } else {
                *out += (isMap(item)           ? QStringLiteral("{}")
                                : isList(item) ? QStringLiteral("[]")
                                               : scalarText(item, indent + 2))
                    + u'\n';
            }
        }
        return;
    }
    *out += indentText(indent) + scalarText(value, indent + 2) + u'\n';
}

QString jsonString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '<':
        case '>':
        case '&':
        case 0x2028:
        case 0x2029:
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString jsonNumber(double d)
{
    if (!std::isfinite(d))
        return QStringLiteral("null");
    const double magnitude = std::fabs(d);
    if (magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21)) {
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::scientific);
        QString text = QString::fromLatin1(buffer, result.ptr - buffer);
        // Go writes e-07 as e-7.
        static const QRegularExpression zero(QStringLiteral("e([-+])0(\\d)$"));
        text.replace(zero, QStringLiteral("e\\1\\2"));
        return text;
    }
    char buffer[400];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::fixed);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

void writeJson(const QVariant& value, int indent, QString* out)
{
    const QString pad = indentText(indent + 4);
    if (isMap(value)) {
        const QVariantMap map = value.toMap();
        if (map.isEmpty()) {
            *out += QStringLiteral("{}");
            return;
        }
        *out += QStringLiteral("{\n");
        bool first = true;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!first)
                *out += QStringLiteral(",\n");
            first = false;
            *out += pad + jsonString(it.key()) + QStringLiteral(": ");
            writeJson(it.value(), indent + 4, out);
        }
        *out += u'\n' + indentText(indent) + u'}';
        return;
    }
    if (isList(value)) {
        const QVariantList list = value.toList();
        if (list.isEmpty()) {
            *out += QStringLiteral("[]");
            return;
        }
        *out += QStringLiteral("[\n");
        for (int i = 0; i < list.size(); ++i) {
            if (i > 0)
                *out += QStringLiteral(",\n");
            *out += pad;
            writeJson(list.at(i), indent + 4, out);
        }
        *out += u'\n' + indentText(indent) + u']';
        return;
    }
    if (isNull(value)) {
        *out += QStringLiteral("null");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        *out += value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return;
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        *out += QString::number(value.toLongLong());
        return;
    case QMetaType::Double:
        *out += jsonNumber(value.toDouble());
        return;
    default:
        *out += jsonString(value.toString());
    }
}

} // namespace

QString toYaml(const QVariant& root)
{
    if (isNull(root))
        return QString();
    QString out;
    writeYaml(root, 0, &out);
    return out;
}

QString toJson(const QVariant& root)
{
    QString out;
    writeJson(root, 0, &out);
    return out;
}

QString goFloat(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (value == 0)
        return std::signbit(value) ? QStringLiteral("-0") : QStringLiteral("0");
    // The shortest digits that read back exactly, then strconv's 'g' rule for the shortest precision: the exponent
    // form when the decimal exponent is below -4 or at least 6.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const QString sci = QString::fromLatin1(buffer, result.ptr - buffer); // d.ddde±XX
    const qsizetype e = sci.indexOf(u'e');
    QString mantissa = sci.left(e);
    const int exponent = sci.mid(e + 1).toInt();
    const bool negative = mantissa.startsWith(u'-');
    if (negative)
        mantissa.remove(0, 1);
    QString digits = mantissa;
    digits.remove(u'.');
    if (exponent < -4 || exponent >= 6) {
        // exponent form, Go style: 1e+06, 1.5e-07
        QString exp = QString::number(std::abs(exponent));
        if (exp.size() < 2)
            exp.prepend(u'0');
        return (negative ? QStringLiteral("-") : QString()) + mantissa + u'e' + (exponent < 0 ? u'-' : u'+') + exp;
    }
    QString plain;
    if (exponent < 0) {
        plain = QStringLiteral("0.") + QString(-exponent - 1, u'0') + digits;
    } else if (exponent + 1 >= digits.size()) {
        plain = digits + QString(exponent + 1 - digits.size(), u'0');
    } else {
        plain = digits.left(exponent + 1) + u'.' + digits.mid(exponent + 1);
    }
    return (negative ? QStringLiteral("-") : QString()) + plain;
}

namespace {

void walkFlags(const QVariant& value, const QString& path, QStringList* out)
{
    if (isMap(value)) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            walkFlags(it.value(), joinKey(path, it.key()), out);
        return;
    }
    if (isList(value)) {
        const QVariantList list = value.toList();
        for (int i = 0; i < list.size(); ++i)
            walkFlags(list.at(i), joinIndex(path, i), out);
        return;
    }
    QString text;
    if (isNull(value))
        text = QStringLiteral("<nil>");
    else if (value.typeId() == QMetaType::Bool)
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.typeId() == QMetaType::QString)
        text = goQuote(value.toString());
    else
        text = goFloat(value.toDouble()); // Go decoded every number as a float64
    out->append(path + u'=' + text);
}

} // namespace

QStringList toFlags(const QVariant& root)
{
    QStringList flags;
    walkFlags(root, QString(), &flags);
    std::sort(flags.begin(), flags.end(), [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    return flags;
}

QString goQuote(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\a':
            out += QStringLiteral("\\a");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        case '\v':
            out += QStringLiteral("\\v");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

} // namespace meshscope::iop
