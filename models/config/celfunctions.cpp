#include "models/config/celfunctions.h"

#include "models/config/cel.h"
#include "models/config/celurl.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <limits>

namespace meshscope::config::cel {

namespace {
using Type = Value::Type;

bool isNumber(const Value& v)
{
    return v.type == Type::Int || v.type == Type::Uint || v.type == Type::Double;
}

// Three-way comparison of numbers of any CEL numeric type, exact for integers.
int compareNumbers(const Value& a, const Value& b)
{
    if (a.type == Type::Int && b.type == Type::Int)
        return a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
    if (a.type == Type::Uint && b.type == Type::Uint)
        return a.u < b.u ? -1 : a.u > b.u ? 1 : 0;
    if (a.type == Type::Int && b.type == Type::Uint)
        return a.i < 0 ? -1 : compareNumbers(Value::unsignedInteger(quint64(a.i)), b);
    if (a.type == Type::Uint && b.type == Type::Int)
        return -compareNumbers(b, a);
    const double x = a.type == Type::Double ? a.d : a.type == Type::Int ? double(a.i) : double(a.u);
    const double y = b.type == Type::Double ? b.d : b.type == Type::Int ? double(b.i) : double(b.u);
    return x < y ? -1 : x > y ? 1 : 0;
}

bool equalValues(const Value& a, const Value& b)
{
    if (isNumber(a) && isNumber(b)) {
        if ((a.type == Type::Double && std::isnan(a.d)) || (b.type == Type::Double && std::isnan(b.d)))
            return false;
        return compareNumbers(a, b) == 0;
    }
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return a.b == b.b;
    case Type::String:
    case Type::Url:
        return a.s == b.s;
    case Type::Bytes:
        return a.bytes == b.bytes;
    case Type::Duration:
        return a.i == b.i;
    case Type::Map:
        return a.map == b.map;
    case Type::List: {
        if (a.list->size() != b.list->size())
            return false;
        for (qsizetype i = 0; i < a.list->size(); ++i) {
            if (!equalValues(a.list->at(i), b.list->at(i)))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

QList<uint> codePoints(const QString& s)
{
    return s.toUcs4();
}

QString fromCodePoints(const QList<uint>& points, qsizetype from, qsizetype count)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + from), count);
}

Value conversionError(const Value& from, const char* to)
{
    return Value::error(
        QStringLiteral("type conversion error from '%1' to '%2'").arg(from.typeName(), QLatin1String(to)));
}

Value toInt(const Value& v)
{
    switch (v.type) {
    case Type::Int:
        return v;
    case Type::Uint:
        return v.u > quint64(std::numeric_limits<qint64>::max()) ? Value::error(QStringLiteral("integer overflow"))
                                                                 : Value::integer(qint64(v.u));
    case Type::Double:
        if (!std::isfinite(v.d) || v.d >= 9.2233720368547758e18 || v.d <= -9.2233720368547758e18)
            return Value::error(QStringLiteral("integer overflow"));
        return Value::integer(qint64(v.d));
    case Type::String: {
        bool ok = false;
        const qint64 i = v.s.toLongLong(&ok, 10);
        return ok && !v.s.startsWith(QLatin1Char('+')) ? Value::integer(i) : conversionError(v, "int");
    }
    case Type::Duration:
        return Value::integer(v.i);
    default:
        return conversionError(v, "int");
    }
}

const QRegularExpression* cachedRegex(const QString& pattern)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QRegularExpression>> cache;
    QMutexLocker lock(&mutex);
    auto& entry = cache[pattern];
    if (!entry) {
        entry = std::make_shared<QRegularExpression>(pattern);
        entry->optimize();
    }
    return entry.get();
}

Value stringMethod(const QString& name, const QString& s, const QList<Value>& args)
{
    auto stringArg = [&args](int i) { return args.size() > i && args.at(i).type == Type::String; };
    auto intArg = [&args](int i) { return args.size() > i && args.at(i).type == Type::Int; };
    if (name == QLatin1String("contains") && stringArg(0))
        return Value::boolean(s.contains(args.at(0).s));
    if (name == QLatin1String("startsWith") && stringArg(0))
        return Value::boolean(s.startsWith(args.at(0).s));
    if (name == QLatin1String("endsWith") && stringArg(0))
        return Value::boolean(s.endsWith(args.at(0).s));
    if (name == QLatin1String("matches") && stringArg(0)) {
        const QRegularExpression* re = cachedRegex(args.at(0).s);
        if (!re->isValid())
            return Value::error(QStringLiteral("invalid regular expression: %1").arg(re->errorString()));
        return Value::boolean(re->match(s).hasMatch());
    }
    if (name == QLatin1String("lowerAscii") || name == QLatin1String("upperAscii")) {
        QString out = s;
        for (QChar& c : out) {
            if (c.unicode() < 0x80)
                c = name == QLatin1String("lowerAscii") ? c.toLower() : c.toUpper();
        }
        return Value::string(out);
    }
    if (name == QLatin1String("trim"))
        return Value::string(s.trimmed());
    if (name == QLatin1String("replace") && stringArg(0) && stringArg(1)) {
        QString out = s;
        return Value::string(out.replace(args.at(0).s, args.at(1).s));
    }
    if (name == QLatin1String("split") && stringArg(0)) {
        QList<Value> parts;
        const QStringList pieces = args.at(0).s.isEmpty() ? QStringList {} : s.split(args.at(0).s);
        if (args.at(0).s.isEmpty()) {
            for (const uint c : codePoints(s))
                parts.append(Value::string(QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1)));
        }
        qint64 limit = intArg(1) ? args.at(1).i : -1;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (limit > 0 && parts.size() == limit - 1) {
                parts.append(Value::string(pieces.mid(i).join(args.at(0).s)));
                break;
            }
            if (limit == 0)
                break;
            parts.append(Value::string(pieces.at(i)));
        }
        return Value::ofList(parts);
    }
    const QList<uint> points = codePoints(s);
    const qsizetype n = points.size();
    if (name == QLatin1String("charAt") && intArg(0)) {
        const qint64 i = args.at(0).i;
        if (i < 0 || i > n)
            return Value::error(QStringLiteral("index out of range: %1").arg(i));
        return Value::string(i == n ? QString() : fromCodePoints(points, i, 1));
    }
    if (name == QLatin1String("substring") && intArg(0)) {
        const qint64 start = args.at(0).i;
        const qint64 end = intArg(1) ? args.at(1).i : n;
        if (start < 0 || start > n || end < start || end > n)
            return Value::error(QStringLiteral("index out of range: %1").arg(start < 0 || start > n ? start : end));
        return Value::string(fromCodePoints(points, start, end - start));
    }
    if ((name == QLatin1String("indexOf") || name == QLatin1String("lastIndexOf")) && stringArg(0)) {
        const QString needle = args.at(0).s;
        const qsizetype at = name == QLatin1String("indexOf") ? s.indexOf(needle) : s.lastIndexOf(needle);
        return Value::integer(at < 0 ? -1 : codePoints(s.left(at)).size());
    }
    return noOverload(name, Value::string(s));
}

Value size(const Value& v)
{
    switch (v.type) {
    case Type::String:
        return Value::integer(codePoints(v.s).size());
    case Type::Bytes:
        return Value::integer(v.bytes.size());
    case Type::List:
        return Value::integer(v.list->size());
    case Type::Map:
        return Value::integer(v.map.size());
    default:
        return noOverload(QStringLiteral("size"), v);
    }
}
} // namespace

QString Value::typeName() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null_type");
    case Type::Bool:
        return QStringLiteral("bool");
    case Type::Int:
        return QStringLiteral("int");
    case Type::Uint:
        return QStringLiteral("uint");
    case Type::Double:
        return QStringLiteral("double");
    case Type::String:
        return QStringLiteral("string");
    case Type::Bytes:
        return QStringLiteral("bytes");
    case Type::List:
        return QStringLiteral("list");
    case Type::Map:
        return QStringLiteral("map");
    case Type::Duration:
        return QStringLiteral("google.protobuf.Duration");
    case Type::Url:
        return QStringLiteral("kubernetes.URL");
    case Type::Error:
        return QStringLiteral("error");
    }
    return {};
}

Value Value::fromJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9.2e18)
            return integer(value.toInteger(qint64(d)));
        return real(d);
    }
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        QList<Value> items;
        for (const QJsonValue& item : value.toArray())
            items.append(fromJson(item));
        return ofList(items);
    }
    case QJsonValue::Object:
        return ofMap(value.toObject());
    default:
        return null();
    }
}

QJsonValue toJson(const Value& value)
{
    switch (value.type) {
    case Type::Bool:
        return value.b;
    case Type::Int:
    case Type::Duration:
        return value.i;
    case Type::Uint:
        return double(value.u);
    case Type::Double:
        return value.d;
    case Type::String:
    case Type::Url:
        return value.s;
    case Type::List: {
        QJsonArray array;
        for (const Value& item : *value.list)
            array.append(toJson(item));
        return array;
    }
    case Type::Map:
        return value.map;
    default:
        return QJsonValue::Null;
    }
}

Value noOverload(const QString& function, const Value& argument)
{
    if (argument.isError())
        return argument;
    return Value::error(QStringLiteral("no such overload: %1(%2)").arg(function, argument.typeName()));
}

Value binary(const QString& op, const Value& left, const Value& right)
{
    if (left.isError())
        return left;
    if (right.isError())
        return right;
    if (op == QLatin1String("=="))
        return Value::boolean(equalValues(left, right));
    if (op == QLatin1String("!="))
        return Value::boolean(!equalValues(left, right));
    if (op == QLatin1String("in")) {
        if (right.type == Type::List) {
            for (const Value& item : *right.list) {
                if (equalValues(left, item))
                    return Value::boolean(true);
            }
            return Value::boolean(false);
        }
        if (right.type == Type::Map)
            return Value::boolean(left.type == Type::String && right.map.contains(left.s));
        return noOverload(QStringLiteral("@in"), right);
    }
    if (op == QLatin1String("<") || op == QLatin1String("<=") || op == QLatin1String(">")
        || op == QLatin1String(">=")) {
        int c = 0;
        if (isNumber(left) && isNumber(right))
            c = compareNumbers(left, right);
        else if (left.type == Type::String && right.type == Type::String)
            c = left.s < right.s ? -1 : left.s > right.s ? 1 : 0;
        else if (left.type == Type::Duration && right.type == Type::Duration)
            c = left.i < right.i ? -1 : left.i > right.i ? 1 : 0;
        else if (left.type == Type::Bool && right.type == Type::Bool)
            c = int(left.b) - int(right.b);
        else if (left.type == Type::Bytes && right.type == Type::Bytes)
            c = left.bytes < right.bytes ? -1 : left.bytes > right.bytes ? 1 : 0;
        else
            return noOverload(op, left.type == right.type ? left : right);
        if (op == QLatin1String("<"))
            return Value::boolean(c < 0);
        if (op == QLatin1String("<="))
            return Value::boolean(c <= 0);
        if (op == QLatin1String(">"))
            return Value::boolean(c > 0);
        return Value::boolean(c >= 0);
    }
    if (op == QLatin1String("+")) {
        if (left.type == Type::String && right.type == Type::String)
            return Value::string(left.s + right.s);
        if (left.type == Type::List && right.type == Type::List)
            return Value::ofList(*left.list + *right.list);
        if (left.type == Type::Duration && right.type == Type::Duration) {
            Value v = left;
            v.i += right.i;
            return v;
        }
    }
    if (left.type == Type::Int && right.type == Type::Int) {
        qint64 result = 0;
        if (op == QLatin1String("+") && !__builtin_add_overflow(left.i, right.i, &result))
            return Value::integer(result);
        if (op == QLatin1String("-") && !__builtin_sub_overflow(left.i, right.i, &result))
            return Value::integer(result);
        if (op == QLatin1String("*") && !__builtin_mul_overflow(left.i, right.i, &result))
            return Value::integer(result);
        if (op == QLatin1String("/") || op == QLatin1String("%")) {
            if (right.i == 0)
                return Value::error(
                    op == QLatin1String("/") ? QStringLiteral("division by zero") : QStringLiteral("modulus by zero"));
            if (left.i == std::numeric_limits<qint64>::min() && right.i == -1)
                return Value::error(QStringLiteral("integer overflow"));
            return Value::integer(op == QLatin1String("/") ? left.i / right.i : left.i % right.i);
        }
        return Value::error(QStringLiteral("integer overflow"));
    }
    if (left.type == Type::Uint && right.type == Type::Uint) {
        quint64 result = 0;
        if (op == QLatin1String("+") && !__builtin_add_overflow(left.u, right.u, &result))
            return Value::unsignedInteger(result);
        if (op == QLatin1String("-") && !__builtin_sub_overflow(left.u, right.u, &result))
            return Value::unsignedInteger(result);
        if (op == QLatin1String("*") && !__builtin_mul_overflow(left.u, right.u, &result))
            return Value::unsignedInteger(result);
        if ((op == QLatin1String("/") || op == QLatin1String("%")) && right.u != 0)
            return Value::unsignedInteger(op == QLatin1String("/") ? left.u / right.u : left.u % right.u);
        return Value::error(
            right.u == 0 ? QStringLiteral("division by zero") : QStringLiteral("unsigned integer overflow"));
    }
    if (left.type == Type::Double && right.type == Type::Double) {
        if (op == QLatin1String("+"))
            return Value::real(left.d + right.d);
        if (op == QLatin1String("-"))
            return Value::real(left.d - right.d);
        if (op == QLatin1String("*"))
            return Value::real(left.d * right.d);
        if (op == QLatin1String("/"))
            return Value::real(left.d / right.d);
    }
    return Value::error(QStringLiteral("no such overload: %1 %2 %3").arg(left.typeName(), op, right.typeName()));
}

bool isKnownFunction(const QString& name, bool hasReceiver)
{
    static const QSet<QString> global { QStringLiteral("size"), QStringLiteral("int"), QStringLiteral("uint"),
        QStringLiteral("double"), QStringLiteral("string"), QStringLiteral("bool"), QStringLiteral("bytes"),
        QStringLiteral("duration"), QStringLiteral("matches"), QStringLiteral("url"), QStringLiteral("isURL"),
        QStringLiteral("dyn") };
    static const QSet<QString> methods { QStringLiteral("size"), QStringLiteral("contains"),
        QStringLiteral("startsWith"), QStringLiteral("endsWith"), QStringLiteral("matches"),
        QStringLiteral("lowerAscii"), QStringLiteral("upperAscii"), QStringLiteral("trim"), QStringLiteral("replace"),
        QStringLiteral("split"), QStringLiteral("charAt"), QStringLiteral("substring"), QStringLiteral("indexOf"),
        QStringLiteral("lastIndexOf"), QStringLiteral("join"), QStringLiteral("getScheme"), QStringLiteral("getHost"),
        QStringLiteral("getHostname"), QStringLiteral("getPort"), QStringLiteral("getEscapedPath"),
        QStringLiteral("isSorted"), QStringLiteral("sum"), QStringLiteral("min"), QStringLiteral("max") };
    return hasReceiver ? methods.contains(name) : global.contains(name);
}

Value callFunction(const QString& name, bool hasReceiver, const QList<Value>& args)
{
    for (const Value& arg : args) {
        if (arg.isError())
            return arg;
    }
    if (args.isEmpty())
        return Value::error(QStringLiteral("no such overload: %1()").arg(name));
    const Value& first = args.first();
    const QList<Value> rest = args.mid(1);
    if (name == QLatin1String("size"))
        return size(first);
    if (!hasReceiver) {
        if (name == QLatin1String("int"))
            return toInt(first);
        if (name == QLatin1String("dyn"))
            return first;
        if (name == QLatin1String("uint")) {
            const Value i = first.type == Type::Uint ? first : toInt(first);
            if (i.isError())
                return first.type == Type::String ? conversionError(first, "uint") : i;
            return i.type == Type::Uint ? i
                : i.i < 0               ? Value::error(QStringLiteral("unsigned integer overflow"))
                                        : Value::unsignedInteger(quint64(i.i));
        }
        if (name == QLatin1String("double")) {
            if (first.type == Type::Int)
                return Value::real(double(first.i));
            if (first.type == Type::Uint)
                return Value::real(double(first.u));
            if (first.type == Type::Double)
                return first;
            bool ok = false;
            const double d = first.type == Type::String ? first.s.toDouble(&ok) : 0;
            return ok ? Value::real(d) : conversionError(first, "double");
        }
        if (name == QLatin1String("string")) {
            switch (first.type) {
            case Type::String:
                return first;
            case Type::Int:
                return Value::string(QString::number(first.i));
            case Type::Uint:
                return Value::string(QString::number(first.u));
            case Type::Double:
                return Value::string(QString::number(first.d, 'g', 17));
            case Type::Bool:
                return Value::string(first.b ? QStringLiteral("true") : QStringLiteral("false"));
            case Type::Bytes:
                return Value::string(QString::fromUtf8(first.bytes));
            default:
                return conversionError(first, "string");
            }
        }
        if (name == QLatin1String("bool")) {
            if (first.type == Type::Bool)
                return first;
            if (first.type == Type::String && (first.s == QLatin1String("true") || first.s == QLatin1String("false")))
                return Value::boolean(first.s == QLatin1String("true"));
            return conversionError(first, "bool");
        }
        if (name == QLatin1String("bytes") && first.type == Type::String) {
            Value v;
            v.type = Type::Bytes;
            v.bytes = first.s.toUtf8();
            return v;
        }
        if (name == QLatin1String("duration")) {
            if (first.type == Type::Duration)
                return first;
            qint64 ns = 0;
            if (first.type != Type::String || !parseGoDuration(first.s, &ns))
                return Value::error(
                    QStringLiteral("type conversion error from 'string' to 'google.protobuf.Duration'"));
            Value v;
            v.type = Type::Duration;
            v.i = ns;
            return v;
        }
        if (name == QLatin1String("url"))
            return first.type == Type::String ? urlValue(first.s) : noOverload(name, first);
        if (name == QLatin1String("isURL"))
            return first.type == Type::String ? Value::boolean(isRequestUri(first.s)) : noOverload(name, first);
        if (name == QLatin1String("matches") && args.size() == 2 && first.type == Type::String)
            return stringMethod(name, first.s, rest);
        return noOverload(name, first);
    }
    if (first.type == Type::String)
        return stringMethod(name, first.s, rest);
    if (first.type == Type::Url)
        return urlMethod(name, first);
    if (first.type == Type::List) {
        const QList<Value>& items = *first.list;
        if (name == QLatin1String("join")) {
            QStringList parts;
            for (const Value& item : items) {
                if (item.type != Type::String)
                    return noOverload(name, item);
                parts.append(item.s);
            }
            return Value::string(parts.join(rest.isEmpty() ? QString() : rest.first().s));
        }
        if (name == QLatin1String("isSorted")) {
            for (qsizetype i = 1; i < items.size(); ++i) {
                const Value lessThan = binary(QStringLiteral("<"), items.at(i), items.at(i - 1));
                if (lessThan.isError())
                    return lessThan;
                if (lessThan.b)
                    return Value::boolean(false);
            }
            return Value::boolean(true);
        }
        if (name == QLatin1String("sum")) {
            Value total = Value::integer(0);
            for (const Value& item : items)
                total = binary(QStringLiteral("+"), total, item);
            return total;
        }
        if ((name == QLatin1String("min") || name == QLatin1String("max")) && !items.isEmpty()) {
            Value best = items.first();
            for (const Value& item : items) {
                const Value better
                    = binary(name == QLatin1String("min") ? QStringLiteral("<") : QStringLiteral(">"), item, best);
                if (better.isError())
                    return better;
                if (better.b)
                    best = item;
            }
            return best;
        }
        if (name == QLatin1String("indexOf") || name == QLatin1String("lastIndexOf")) {
            if (rest.isEmpty())
                return noOverload(name, first);
            const bool forward = name == QLatin1String("indexOf");
            for (qsizetype k = 0; k < items.size(); ++k) {
                const qsizetype i = forward ? k : items.size() - 1 - k;
                if (equalValues(items.at(i), rest.first()))
                    return Value::integer(i);
            }
            return Value::integer(-1);
        }
    }
    return noOverload(name, first);
}

bool parseGoDuration(const QString& text, qint64* nanoseconds)
{
    QString s = text;
    bool negative = false;
    if (!s.isEmpty() && (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('+'))) {
        negative = s.front() == QLatin1Char('-');
        s.remove(0, 1);
    }
    if (s == QLatin1String("0")) {
        *nanoseconds = 0;
        return true;
    }
    if (s.isEmpty())
        return false;
    static const QList<std::pair<QString, double>> units { { QStringLiteral("ns"), 1.0 }, { QStringLiteral("us"), 1e3 },
        { QString::fromUtf8("\u00b5s"), 1e3 }, { QString::fromUtf8("\u03bcs"), 1e3 }, { QStringLiteral("ms"), 1e6 },
        { QStringLiteral("s"), 1e9 }, { QStringLiteral("m"), 60e9 }, { QStringLiteral("h"), 3600e9 } };
    long double total = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype start = i;
        while (i < s.size() && (s.at(i).isDigit() || s.at(i) == QLatin1Char('.')))
            ++i;
        const QString number = s.mid(start, i - start);
        if (number.isEmpty() || number == QLatin1String(".") || number.count(QLatin1Char('.')) > 1)
            return false;
        const qsizetype unitStart = i;
        while (i < s.size() && !s.at(i).isDigit() && s.at(i) != QLatin1Char('.'))
            ++i;
        const QString unit = s.mid(unitStart, i - unitStart);
        double scale = 0;
        for (const auto& [name, factor] : units) {
            if (name == unit)
                scale = factor;
        }
        if (scale == 0)
            return false;
        total += static_cast<long double>(number.toDouble()) * scale;
        if (total > 9.223372036854775807e18L)
            return false;
    }
    *nanoseconds = qint64(negative ? -total : total);
    return true;
}

} // namespace meshscope::config::cel
