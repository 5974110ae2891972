#include "models/config/yamlscalar.h"

#include <QRegularExpression>
#include <cmath>
#include <limits>
#include <optional>

namespace meshscope::config {

namespace {
const QStringList nullWords { QString(), QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"),
    QStringLiteral("NULL") };
const QStringList trueWords { QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("yes"), QStringLiteral("Yes"),
    QStringLiteral("YES"), QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"), QStringLiteral("on"),
    QStringLiteral("On"), QStringLiteral("ON") };
const QStringList falseWords { QStringLiteral("n"), QStringLiteral("N"), QStringLiteral("no"), QStringLiteral("No"),
    QStringLiteral("NO"), QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
    QStringLiteral("off"), QStringLiteral("Off"), QStringLiteral("OFF") };

// A number in one of the bases YAML 1.1 readers accept: 0x1F, 0o17, 017 (octal), 0b101, 1_000, with a sign.
std::optional<QJsonValue> parseInteger(QString text)
{
    text.remove(QLatin1Char('_'));
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == QLatin1Char('+') || text.front() == QLatin1Char('-')) {
        negative = text.front() == QLatin1Char('-');
        text.remove(0, 1);
    }
    if (text.isEmpty())
        return std::nullopt;
    int base = 10;
    if (text.startsWith(QLatin1String("0x")) || text.startsWith(QLatin1String("0X"))) {
        base = 16;
        text.remove(0, 2);
    } else if (text.startsWith(QLatin1String("0o")) || text.startsWith(QLatin1String("0O"))) {
        base = 8;
        text.remove(0, 2);
    } else if (text.startsWith(QLatin1String("0b")) || text.startsWith(QLatin1String("0B"))) {
        base = 2;
        text.remove(0, 2);
    } else if (text.size() > 1 && text.front() == QLatin1Char('0')) {
        base = 8;
    }
    if (text.isEmpty())
        return std::nullopt;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const int digit = (u >= '0' && u <= '9') ? u - '0'
            : (u >= 'a' && u <= 'f')             ? u - 'a' + 10
            : (u >= 'A' && u <= 'F')             ? u - 'A' + 10
                                                 : -1;
        if (digit < 0 || digit >= base)
            return std::nullopt;
    }
    bool ok = false;
    const qulonglong magnitude = text.toULongLong(&ok, base);
    if (!ok) {
        const double value = text.toDouble(&ok);
        if (ok && base == 10)
            return negative ? -value : value;
        return std::nullopt;
    }
    if (negative) {
        if (magnitude <= qulonglong(std::numeric_limits<qint64>::max()) + 1)
            return QJsonValue(qint64(0 - magnitude));
        return -double(magnitude);
    }
    if (magnitude <= qulonglong(std::numeric_limits<qint64>::max()))
        return QJsonValue(qint64(magnitude));
    return double(magnitude);
}

const QRegularExpression& floatPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    return pattern;
}

bool isSpecialFloat(const QString& text)
{
    static const QStringList words { QStringLiteral(".inf"), QStringLiteral(".Inf"), QStringLiteral(".INF"),
        QStringLiteral("+.inf"), QStringLiteral("+.Inf"), QStringLiteral("+.INF"), QStringLiteral("-.inf"),
        QStringLiteral("-.Inf"), QStringLiteral("-.INF"), QStringLiteral(".nan"), QStringLiteral(".NaN"),
        QStringLiteral(".NAN") };
    return words.contains(text);
}

// A plain timestamp (2001-12-14, 2001-12-14T21:59:43.10Z) reads back as a time, which kubectl turns into a
// string of another shape: never write one plain.
bool looksLikeTimestamp(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$"));
    return pattern.match(text).hasMatch();
}
} // namespace

QJsonValue resolvePlain(const QString& text)
{
    if (nullWords.contains(text))
        return QJsonValue::Null;
    if (trueWords.contains(text))
        return true;
    if (falseWords.contains(text))
        return false;
    const QChar first = text.front();
    if (first.isDigit() || first == QLatin1Char('-') || first == QLatin1Char('+') || first == QLatin1Char('.')) {
        if (const auto integer = parseInteger(text))
            return *integer;
        QString plain = text;
        plain.remove(QLatin1Char('_'));
        if (floatPattern().match(plain).hasMatch()) {
            bool ok = false;
            const double value = plain.toDouble(&ok);
            if (ok && std::isfinite(value))
                return value;
        }
    }
    return text;
}

ScalarValue resolveScalar(const QString& text, bool plain, const QString& tag)
{
    if (tag == QLatin1String("!") || tag == QLatin1String("tag:yaml.org,2002:str")
        || tag == QLatin1String("tag:yaml.org,2002:binary") || (tag.isEmpty() && !plain))
        return { text, {} };
    if (tag == QLatin1String("tag:yaml.org,2002:null"))
        return { QJsonValue::Null, {} };
    if (isSpecialFloat(text))
        return { QJsonValue::Null, QStringLiteral("%1 cannot be represented in JSON").arg(text) };
    if (tag == QLatin1String("tag:yaml.org,2002:int") || tag == QLatin1String("tag:yaml.org,2002:float")) {
        const QJsonValue value = text.isEmpty() ? QJsonValue(text) : resolvePlain(text);
        if (!value.isDouble())
            return { QJsonValue::Null, QStringLiteral("cannot read \"%1\" as a number").arg(text) };
        return { value, {} };
    }
    if (tag == QLatin1String("tag:yaml.org,2002:bool")) {
        const QJsonValue value = text.isEmpty() ? QJsonValue(text) : resolvePlain(text);
        if (!value.isBool())
            return { QJsonValue::Null, QStringLiteral("cannot read \"%1\" as a boolean").arg(text) };
        return { value, {} };
    }
    if (!plain)
        return { text, {} };
    return { resolvePlain(text), {} };
}

bool isSafePlainString(const QString& text)
{
    if (text.isEmpty())
        return false;
    if (!resolvePlain(text).isString() || looksLikeTimestamp(text) || isSpecialFloat(text))
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    const QChar first = text.front();
    if (indicators.contains(first)) {
        // "-x", "?x" and ":x" are plain when not followed by a blank, but keep it simple and safe.
        return false;
    }
    if (first.isSpace() || text.back().isSpace() || text.endsWith(QLatin1Char(':')))
        return false;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")) || text.contains(QLatin1Char('\t')))
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator || c.unicode() == 0xfeff)
            return false;
    }
    return true;
}

} // namespace meshscope::config
