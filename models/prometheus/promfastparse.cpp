#include "promfastparse.h"

#include <QHash>
#include <charconv>
#include <cmath>
#include <limits>

namespace meshscope::detail {

// JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(QByteArrayView text)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        return i - from;
    };
    if (i < text.size() && text[i] == '-')
        ++i;
    if (i < text.size() && text[i] == '0')
        ++i;
    else if (digits() == 0)
        return false;
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == text.size();
}

namespace {

constexpr int maxDepth = 64; // for skipping values we do not read; deeper JSON goes the general way

// A strict reader over the response bytes. Every read returns false on anything it does not expect; the
// caller then gives up and lets the general parser report the problem.
class Reader
{
public:
    explicit Reader(const QByteArray& body)
        : m_p(body.constData())
        , m_end(body.constData() + body.size())
    { }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    bool consume(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_p != m_end && *m_p == c;
    }

    // Iterates an object's members: call with first = true, then false, until it returns false with done set.
    bool nextKey(bool first, QByteArrayView* key, bool* done)
    {
        *done = false;
        if (first) {
            if (!consume('{'))
                return false;
            if (consume('}')) {
                *done = true;
                return false;
            }
        } else {
            if (consume('}')) {
                *done = true;
                return false;
            }
            if (!consume(','))
                return false;
        }
        bool escaped = false;
        if (!rawString(key, &escaped) || escaped) // keys with escapes: not a Prometheus response we know
            return false;
        return consume(':');
    }

    // Iterates an array's elements the same way.
    bool nextElement(bool first, bool* done)
    {
        *done = false;
        if (first) {
            if (!consume('['))
                return false;
            if (consume(']')) {
                *done = true;
                return false;
            }
            return true;
        }
        if (consume(']')) {
            *done = true;
            return false;
        }
        return consume(',');
    }

    // A string value, decoded once per distinct spelling.
    bool string(QString* out)
    {
        QByteArrayView raw;
        bool escaped = false;
        if (!rawString(&raw, &escaped))
            return false;
        if (escaped)
            return unescape(raw, out);
        return intern(raw, out);
    }

    // The text of unescaped string bytes, shared with every earlier string of the same bytes.
    bool intern(QByteArrayView raw, QString* out)
    {
        const auto it = m_strings.constFind(raw);
        if (it != m_strings.cend()) {
            *out = *it;
            return true;
        }
        if (!isAscii(raw) && !raw.isValidUtf8())
            return false;
        *out = QString::fromUtf8(raw);
        m_strings.insert(raw, *out);
        return true;
    }

    bool number(double* out)
    {
        skipSpace();
        const char* start = m_p;
        while (m_p != m_end
            && ((*m_p >= '0' && *m_p <= '9') || *m_p == '-' || *m_p == '+' || *m_p == '.' || *m_p == 'e'
                || *m_p == 'E'))
            ++m_p;
        if (!isJsonNumber(QByteArrayView(start, m_p - start)))
            return false;
        const auto [end, error] = std::from_chars(start, m_p, *out);
        return error == std::errc() && end == m_p;
    }

    // A sample value: Prometheus sends it as a string so that NaN and ±Inf survive JSON.
    bool sampleValue(double* out)
    {
        if (!peek('"'))
            return number(out);
        QByteArrayView raw;
        bool escaped = false;
        if (!rawString(&raw, &escaped) || escaped)
            return false;
        if (raw == "NaN") {
            *out = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        if (raw == "+Inf" || raw == "Inf") {
            *out = std::numeric_limits<double>::infinity();
            return true;
        }
        if (raw == "-Inf") {
            *out = -std::numeric_limits<double>::infinity();
            return true;
        }
        if (!isJsonNumber(raw))
            return false;
        const auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), *out);
        return error == std::errc() && end == raw.data() + raw.size() && std::isfinite(*out);
    }

    // Any value, unread (members of the response that do not matter here).
    bool skipValue(int depth = 0)
    {
        if (depth > maxDepth)
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"': {
            QByteArrayView raw;
            bool escaped = false;
            return rawString(&raw, &escaped);
        }
        case '{': {
            QByteArrayView key;
            bool done = false;
            for (bool first = true; nextKey(first, &key, &done); first = false) {
                if (!skipValue(depth + 1))
                    return false;
            }
            return done;
        }
        case '[': {
            bool done = false;
            for (bool first = true; nextElement(first, &done); first = false) {
                if (!skipValue(depth + 1))
                    return false;
            }
            return done;
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default: {
            double ignored = 0;
            return number(&ignored);
        }
        }
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(QByteArrayView word)
    {
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    // The bytes between the quotes; escaped says whether there are backslash escapes to decode.
    bool rawString(QByteArrayView* out, bool* escaped)
    {
        if (!consume('"'))
            return false;
        const char* start = m_p;
        *escaped = false;
        while (m_p != m_end && *m_p != '"') {
            if (static_cast<unsigned char>(*m_p) < 0x20)
                return false;
            if (*m_p == '\\') {
                *escaped = true;
                if (++m_p == m_end)
                    return false;
            }
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }

    static bool isAscii(QByteArrayView raw)
    {
        for (char c : raw) {
            if (static_cast<unsigned char>(c) >= 0x80)
                return false;
        }
        return true;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    static bool unescape(QByteArrayView raw, QString* out)
    {
        if (!isAscii(raw) && !raw.isValidUtf8())
            return false;
        QString text;
        text.reserve(raw.size());
        qsizetype plainStart = 0;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\')
                continue;
            text += QString::fromUtf8(raw.sliced(plainStart, i - plainStart));
            const char c = raw[++i];
            switch (c) {
            case '"':
            case '\\':
            case '/':
                text += QLatin1Char(c);
                break;
            case 'b':
                text += QLatin1Char('\b');
                break;
            case 'f':
                text += QLatin1Char('\f');
                break;
            case 'n':
                text += QLatin1Char('\n');
                break;
            case 'r':
                text += QLatin1Char('\r');
                break;
            case 't':
                text += QLatin1Char('\t');
                break;
            case 'u': {
                if (i + 4 >= raw.size())
                    return false;
                int unit = 0;
                for (int d = 1; d <= 4; ++d) {
                    const int digit = hexDigit(raw[i + d]);
                    if (digit < 0)
                        return false;
                    unit = unit * 16 + digit;
                }
                i += 4;
                // Surrogates (characters beyond the BMP) are left to the general parser.
                if (unit >= 0xd800 && unit <= 0xdfff)
                    return false;
                text += QChar(char16_t(unit));
                break;
            }
            default:
                return false;
            }
            plainStart = i + 1;
        }
        text += QString::fromUtf8(raw.sliced(plainStart));
        *out = text;
        return true;
    }

    const char* m_p;
    const char* m_end;
    QHash<QByteArrayView, QString> m_strings;
};

bool readLabels(Reader& reader, PromLabels* labels)
{
    QByteArrayView key;
    bool done = false;
    QString name;
    QString value;
    for (bool first = true; reader.nextKey(first, &key, &done); first = false) {
        if (!reader.intern(key, &name) || !reader.string(&value))
            return false;
        // Prometheus sends labels sorted by name, so the hint makes every insertion constant time.
        labels->insert(labels->cend(), name, value);
    }
    return done;
}

// [ <unix time>, "<value>" ]
bool readPoint(Reader& reader, double* time, double* value)
{
    return reader.consume('[') && reader.number(time) && reader.consume(',') && reader.sampleValue(value)
        && reader.consume(']');
}

struct Item
{
    PromLabels metric;
    bool hasValue = false;
    double time = 0;
    double value = 0;
    bool hasValues = false;
    QList<std::pair<double, double>> points;
};

bool readItem(Reader& reader, Item* item)
{
    QByteArrayView key;
    bool done = false;
    for (bool first = true; reader.nextKey(first, &key, &done); first = false) {
        if (key == "metric") {
            if (!readLabels(reader, &item->metric))
                return false;
        } else if (key == "value") {
            item->hasValue = readPoint(reader, &item->time, &item->value);
            if (!item->hasValue)
                return false;
        } else if (key == "values") {
            item->hasValues = true;
            bool end = false;
            for (bool firstPoint = true; reader.nextElement(firstPoint, &end); firstPoint = false) {
                double time = 0;
                double value = 0;
                if (!readPoint(reader, &time, &value))
                    return false;
                item->points.append({ time, value });
            }
            if (!end)
                return false;
        } else {
            return false; // e.g. native histograms: the general parser says what it makes of them
        }
    }
    return done;
}

bool readResult(Reader& reader, QList<Item>* items)
{
    bool done = false;
    for (bool first = true; reader.nextElement(first, &done); first = false) {
        if (!reader.peek('{'))
            return false; // a scalar or string result: small, the general parser reads it
        Item item;
        if (!readItem(reader, &item))
            return false;
        items->append(std::move(item));
    }
    return done;
}

} // namespace

std::optional<PromResult> parseSuccessFast(const QByteArray& body)
{
    Reader reader(body);
    QString status;
    QString resultType;
    QStringList warnings;
    QList<Item> items;
    bool haveResult = false;

    QByteArrayView key;
    bool done = false;
    for (bool first = true; reader.nextKey(first, &key, &done); first = false) {
        if (key == "status") {
            if (!reader.string(&status))
                return std::nullopt;
        } else if (key == "warnings") {
            bool end = false;
            for (bool firstWarning = true; reader.nextElement(firstWarning, &end); firstWarning = false) {
                QString warning;
                if (!reader.string(&warning))
                    return std::nullopt;
                warnings.append(warning);
            }
            if (!end)
                return std::nullopt;
        } else if (key == "data") {
            QByteArrayView dataKey;
            bool dataDone = false;
            for (bool firstData = true; reader.nextKey(firstData, &dataKey, &dataDone); firstData = false) {
                if (dataKey == "resultType") {
                    if (!reader.string(&resultType))
                        return std::nullopt;
                } else if (dataKey == "result") {
                    if (!readResult(reader, &items))
                        return std::nullopt;
                    haveResult = true;
                } else if (!reader.skipValue()) {
                    return std::nullopt;
                }
            }
            if (!dataDone)
                return std::nullopt;
        } else if (!reader.skipValue()) {
            return std::nullopt;
        }
    }
    if (!done || !reader.atEnd() || status != QLatin1String("success") || !haveResult)
        return std::nullopt;

    PromResult result;
    result.warnings = warnings;
    if (resultType == QLatin1String("vector")) {
        result.kind = PromResult::Kind::Vector;
        result.vector.reserve(items.size());
        for (Item& item : items) {
            if (!item.hasValue)
                return std::nullopt;
            result.vector.append(PromSample { std::move(item.metric), item.time, item.value });
        }
    } else if (resultType == QLatin1String("matrix")) {
        result.kind = PromResult::Kind::Matrix;
        result.matrix.reserve(items.size());
        for (Item& item : items)
            result.matrix.append(PromSeries { std::move(item.metric), std::move(item.points) });
    } else {
        return std::nullopt;
    }
    return result;
}

} // namespace meshscope::detail
