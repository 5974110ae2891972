#include "goyaml.h"

#include "gotext.h"

#include <QChar>
#include <algorithm>
#include <regex>

namespace meshscope::goyaml {
namespace {

using Type = JsonTree::Type;

constexpr int bestIndent = 2;
constexpr int bestWidth = 80;

// --- UTF-8 helpers ---

int charWidth(unsigned char lead)
{
    if ((lead & 0x80) == 0)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 1;
}

unsigned char byteAt(std::string_view s, std::size_t i)
{
    return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

bool isSpace(std::string_view s, std::size_t i)
{
    return byteAt(s, i) == ' ';
}

bool isBlankZ(std::string_view s, std::size_t i)
{
    const unsigned char c = byteAt(s, i);
    return i >= s.size() || c == ' ' || c == '\t' || c == '\r' || c == '\n' || (c == 0xC2 && byteAt(s, i + 1) == 0x85)
        || (c == 0xE2 && byteAt(s, i + 1) == 0x80 && (byteAt(s, i + 2) == 0xA8 || byteAt(s, i + 2) == 0xA9));
}

bool isBreak(std::string_view s, std::size_t i)
{
    const unsigned char c = byteAt(s, i);
    return i < s.size()
        && (c == '\r' || c == '\n' || (c == 0xC2 && byteAt(s, i + 1) == 0x85)
            || (c == 0xE2 && byteAt(s, i + 1) == 0x80 && (byteAt(s, i + 2) == 0xA8 || byteAt(s, i + 2) == 0xA9)));
}

bool isPrintable(std::string_view s, std::size_t i)
{
    const unsigned char c = byteAt(s, i);
    const unsigned char c1 = byteAt(s, i + 1);
    const unsigned char c2 = byteAt(s, i + 2);
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c == 0xC2 && c1 >= 0xA0) || (c > 0xC2 && c < 0xED)
        || (c == 0xED && c1 < 0xA0) || c == 0xEE
        || (c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)));
}

bool isBom(std::string_view s, std::size_t i)
{
    return byteAt(s, i) == 0xEF && byteAt(s, i + 1) == 0xBB && byteAt(s, i + 2) == 0xBF;
}

char32_t decode(std::string_view s, std::size_t i, int* width)
{
    const unsigned char lead = byteAt(s, i);
    *width = charWidth(lead);
    char32_t value = *width == 1 ? lead : *width == 2 ? (lead & 0x1F) : *width == 3 ? (lead & 0x0F) : (lead & 0x07);
    for (int k = 1; k < *width; ++k)
        value = (value << 6) | (byteAt(s, i + std::size_t(k)) & 0x3F);
    return value;
}

// --- how go-yaml v2 resolves a plain scalar: would this text read back as something other than a string? ---

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Go's time.Parse with go-yaml's four timestamp layouts (short month/day/hour/minute/second fields allowed).
bool isTimestamp(std::string_view s)
{
    if (s.size() < 5 || !allDigits(s.substr(0, 4)) || s[4] != '-')
        return false;
    std::size_t i = 5;
    const auto number = [&](int maxDigits, int* value) {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9' && int(i - start) < maxDigits)
            ++i;
        if (i == start)
            return false;
        *value = std::stoi(std::string(s.substr(start, i - start)));
        return true;
    };
    int year = std::stoi(std::string(s.substr(0, 4))), month = 0, day = 0;
    if (!number(2, &month) || i >= s.size() || s[i] != '-')
        return false;
    ++i;
    if (!number(2, &day))
        return false;
    if (month < 1 || month > 12)
        return false;
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day < 1 || day > days[month - 1] + (month == 2 && leap ? 1 : 0))
        return false;
    if (i == s.size())
        return true; // "2006-1-2"
    const char separator = s[i];
    if (separator != 'T' && separator != 't' && separator != ' ')
        return false;
    ++i;
    int hour = 0, minute = 0, second = 0;
    if (!number(2, &hour) || i >= s.size() || s[i] != ':')
        return false;
    ++i;
    if (!number(2, &minute) || i >= s.size() || s[i] != ':')
        return false;
    ++i;
    if (!number(2, &second))
        return false;
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && s[i + 1] >= '0' && s[i + 1] <= '9') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
    }
    if (separator == ' ')
        return i == s.size();
    if (i < s.size() && s[i] == 'Z')
        return i + 1 == s.size();
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        const std::string_view zone = s.substr(i + 1);
        return zone.size() == 5 && allDigits(zone.substr(0, 2)) && zone[2] == ':' && allDigits(zone.substr(3, 2));
    }
    return false;
}

// strconv.ParseInt/ParseUint(s, 0, 64) succeed (sign, 0x/0o/0b prefixes, a leading 0 meaning octal).
bool isGoInteger(std::string_view s, bool allowSign)
{
    if (s.empty())
        return false;
    if (s.front() == '+' || s.front() == '-') {
        if (!allowSign)
            return false;
        s.remove_prefix(1);
    }
    if (s.empty())
        return false;
    int base = 10;
    if (s.size() > 1 && s[0] == '0') {
        const char p = char(s[1] | 0x20);
        if (p == 'x' || p == 'o' || p == 'b') {
            base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            s.remove_prefix(2);
        } else {
            base = 8;
            s.remove_prefix(1);
        }
        if (s.empty())
            return base == 8; // "0" alone is fine; "0x" is not
    }
    std::uint64_t value = 0;
    for (const char c : s) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'z')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z')
            digit = c - 'A' + 10;
        if (digit < 0 || digit >= base)
            return false;
        if (value > (UINT64_MAX - std::uint64_t(digit)) / std::uint64_t(base))
            return false; // out of range for ParseUint
        value = value * std::uint64_t(base) + std::uint64_t(digit);
    }
    return true;
}

bool isPlainNonString(std::string_view in)
{
    static const char* const specials[] = { "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
        "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "", "~", "null", "Null", "NULL",
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", "<<" };
    for (const char* special : specials) {
        if (in == special)
            return true;
    }
    if (in.empty())
        return true;
    const char first = in.front();
    if (first == '.') {
        static const std::regex dotFloat(R"(^\.[0-9]+([eE][-+]?[0-9]+)?$)");
        return std::regex_match(in.begin(), in.end(), dotFloat);
    }
    const bool digit = first >= '0' && first <= '9';
    if (!digit && first != '+' && first != '-')
        return false;
    if (isTimestamp(in))
        return true;
    std::string plain(in);
    plain.erase(std::remove(plain.begin(), plain.end(), '_'), plain.end());
    if (isGoInteger(plain, true))
        return true;
    static const std::regex yamlFloat(R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)");
    if (std::regex_match(plain, yamlFloat))
        return true;
    if (plain.rfind("0b", 0) == 0 || plain.rfind("-0b", 0) == 0) {
        const std::string bits = plain.substr(plain.front() == '-' ? 3 : 2);
        return !bits.empty() && std::all_of(bits.begin(), bits.end(), [](char c) { return c == '0' || c == '1'; });
    }
    return false;
}

bool isBase60Float(std::string_view s)
{
    if (s.empty() || s.find(':') == std::string_view::npos)
        return false;
    const char c = s.front();
    if (!(c == '+' || c == '-' || (c >= '0' && c <= '9')))
        return false;
    static const std::regex base60(R"(^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$)");
    return std::regex_match(s.begin(), s.end(), base60);
}

// --- key order (go-yaml v2 keyList.Less on strings) ---

std::u32string runes(std::string_view s)
{
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        int width = 1;
        out.push_back(decode(s, i, &width));
        i += std::size_t(width);
    }
    return out;
}

bool isLetter(char32_t c)
{
    return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : QChar::isLetter(c);
}

bool isDigit(char32_t c)
{
    return c < 0x80 ? (c >= '0' && c <= '9') : QChar::isDigit(c);
}

bool keyLess(std::string_view aText, std::string_view bText)
{
    const std::u32string a = runes(aText), b = runes(bText);
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (a[i] == b[i])
            continue;
        const bool al = isLetter(a[i]), bl = isLetter(b[i]);
        if (al && bl)
            return a[i] < b[i];
        if (al || bl)
            return bl;
        long long an = 0, bn = 0;
        if (a[i] == '0' || b[i] == '0') {
            for (std::size_t j = i; j-- > 0 && isDigit(a[j]);) {
                if (a[j] != '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        std::size_t ai = i, bi = i;
        for (; ai < a.size() && isDigit(a[ai]); ++ai)
            an = an * 10 + (long long)(a[ai] - '0');
        for (; bi < b.size() && isDigit(b[bi]); ++bi)
            bn = bn * 10 + (long long)(b[bi] - '0');
        if (an != bn)
            return an < bn;
        if (ai != bi)
            return ai < bi;
        return a[i] < b[i];
    }
    return a.size() < b.size();
}

// --- the emitter ---

struct Analysis
{
    bool multiline = false;
    bool blockPlainAllowed = true;
    bool singleQuotedAllowed = true;
    bool blockAllowed = true;
};

Analysis analyze(std::string_view value)
{
    Analysis result;
    if (value.empty()) {
        result.blockPlainAllowed = true;
        result.singleQuotedAllowed = true;
        result.blockAllowed = false;
        return result;
    }
    bool blockIndicators = false, flowIndicators = false, lineBreaks = false, specialCharacters = false;
    bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
    bool breakSpace = false, spaceBreak = false, precededByWhitespace = true, previousSpace = false,
         previousBreak = false;
    if (value.substr(0, 3) == "---" || value.substr(0, 3) == "...") {
        blockIndicators = true;
        flowIndicators = true;
    }
    for (std::size_t i = 0; i < value.size();) {
        const unsigned char c = byteAt(value, i);
        const std::size_t w = std::size_t(charWidth(c));
        const bool followedByWhitespace = isBlankZ(value, i + w);
        if (i == 0) {
            switch (c) {
            case '#':
            case ',':
            case '[':
            case ']':
            case '{':
            case '}':
            case '&':
            case '*':
            case '!':
            case '|':
            case '>':
            case '\'':
            case '"':
            case '%':
            case '@':
            case '`':
                flowIndicators = true;
                blockIndicators = true;
                break;
            case '?':
            case ':':
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
                break;
            case '-':
                if (followedByWhitespace) {
                    flowIndicators = true;
                    blockIndicators = true;
                }
                break;
            }
        } else {
            switch (c) {
            case ',':
            case '?':
            case '[':
            case ']':
            case '{':
            case '}':
                flowIndicators = true;
                break;
            case ':':
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
                break;
            case '#':
                if (precededByWhitespace) {
                    flowIndicators = true;
                    blockIndicators = true;
                }
                break;
            }
        }
        if (!isPrintable(value, i))
            specialCharacters = true;
        if (isSpace(value, i)) {
            if (i == 0)
                leadingSpace = true;
            if (i + w == value.size())
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        } else if (isBreak(value, i)) {
            lineBreaks = true;
            if (i == 0)
                leadingBreak = true;
            if (i + w == value.size())
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        } else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = isBlankZ(value, i);
        i += w;
    }
    result.multiline = lineBreaks;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        result.blockPlainAllowed = false;
    if (trailingSpace)
        result.blockAllowed = false;
    if (breakSpace) {
        result.blockPlainAllowed = false;
        result.singleQuotedAllowed = false;
    }
    if (spaceBreak || specialCharacters) {
        result.blockPlainAllowed = false;
        result.singleQuotedAllowed = false;
        result.blockAllowed = false;
    }
    if (lineBreaks)
        result.blockPlainAllowed = false;
    if (blockIndicators)
        result.blockPlainAllowed = false;
    (void)flowIndicators; // only matters inside flow collections, which this emitter never writes
    return result;
}

enum class Style
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
};

class Emitter
{
public:
    std::string run(const JsonRef& root)
    {
        node(root, Context::Root);
        m_indent = -1;
        writeIndent(); // the document ends on a fresh line
        return m_out;
    }

private:
    enum class Context
    {
        Root,
        MappingValue,
        SequenceItem,
    };

    void node(const JsonRef& value, Context context)
    {
        if (value.isObject() || value.isArray()) {
            if (value.size() == 0) {
                scalarText(value.isObject() ? "{}" : "[]", Style::Plain, false, true);
                return;
            }
            if (value.isObject())
                mapping(value);
            else
                sequence(value, context == Context::MappingValue);
            return;
        }
        switch (value.type()) {
        case Type::String:
            stringScalar(value.stringView(), false);
            break;
        case Type::Null:
            scalarText("null", Style::Plain, false, false);
            break;
        case Type::Bool:
            scalarText(value.toBool() ? "true" : "false", Style::Plain, false, false);
            break;
        case Type::Int:
            scalarText(std::to_string(value.toInt()), Style::Plain, false, false);
            break;
        case Type::UInt:
            scalarText(std::to_string(std::uint64_t(value.toInt())), Style::Plain, false, false);
            break;
        case Type::Double: {
            std::string text = gotext::formatFloatG(value.toDouble());
            if (text == "+Inf")
                text = ".inf";
            else if (text == "-Inf")
                text = "-.inf";
            else if (text == "NaN")
                text = ".nan";
            scalarText(text, Style::Plain, false, false);
            break;
        }
        default:
            break;
        }
    }

    void mapping(const JsonRef& object)
    {
        increaseIndent(false);
        std::vector<std::uint32_t> order(object.size());
        for (std::uint32_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return keyLess(object.keyAt(a), object.keyAt(b)); });
        for (std::uint32_t i : order) {
            writeIndent();
            stringScalar(object.keyAt(i), true);
            writeIndicator(":", false, false, false);
            node(object.at(i), Context::MappingValue);
        }
        popIndent();
    }

    void sequence(const JsonRef& array, bool inMapping)
    {
        // Inside a mapping, go-yaml writes the dashes at the key's column.
        increaseIndent(inMapping && !m_indention);
        for (std::uint32_t i = 0; i < array.size(); ++i) {
            writeIndent();
            writeIndicator("-", true, false, true);
            node(array.at(i), Context::SequenceItem);
        }
        popIndent();
    }

    void stringScalar(std::string_view text, bool simpleKey)
    {
        const bool canUsePlain = !isPlainNonString(text) && !isBase60Float(text);
        Style style = text.find('\n') != std::string_view::npos ? Style::Literal
            : canUsePlain                                       ? Style::Plain
                                                                : Style::DoubleQuoted;
        scalarText(text, style, simpleKey, false);
    }

    void scalarText(std::string_view text, Style style, bool simpleKey, bool flowCollection)
    {
        if (!flowCollection) {
            const Analysis analysis = analyze(text);
            if (simpleKey && analysis.multiline)
                style = Style::DoubleQuoted;
            if (style == Style::Plain) {
                if (!analysis.blockPlainAllowed || (text.empty() && simpleKey))
                    style = Style::SingleQuoted;
            }
            if (style == Style::SingleQuoted && !analysis.singleQuotedAllowed)
                style = Style::DoubleQuoted;
            if (style == Style::Literal && (!analysis.blockAllowed || simpleKey))
                style = Style::DoubleQuoted;
        }
        increaseIndent(false, true);
        const bool allowBreaks = !simpleKey;
        switch (style) {
        case Style::Plain:
            writePlain(text, allowBreaks && !flowCollection);
            break;
        case Style::SingleQuoted:
            writeSingleQuoted(text, allowBreaks);
            break;
        case Style::DoubleQuoted:
            writeDoubleQuoted(text, allowBreaks);
            break;
        case Style::Literal:
            writeLiteral(text);
            break;
        }
        popIndent();
    }

    // --- low-level writing, as libyaml's emitter does it ---

    void increaseIndent(bool indentless, bool flow = false)
    {
        m_indents.push_back(m_indent);
        if (m_indent < 0)
            m_indent = flow ? bestIndent : 0;
        else if (!indentless)
            m_indent += bestIndent;
    }
    void popIndent()
    {
        m_indent = m_indents.back();
        m_indents.pop_back();
    }
    void put(char c)
    {
        m_out.push_back(c);
        ++m_column;
    }
    void putBreak()
    {
        m_out.push_back('\n');
        m_column = 0;
    }
    // Copies one character (one code point, however many bytes).
    void writeChar(std::string_view s, std::size_t* i)
    {
        const std::size_t w = std::size_t(charWidth(byteAt(s, *i)));
        m_out.append(s.substr(*i, w));
        ++m_column;
        *i += w;
    }
    void writeBreak(std::string_view s, std::size_t* i)
    {
        if (byteAt(s, *i) == '\n') {
            putBreak();
            ++*i;
            return;
        }
        const std::size_t w = std::size_t(charWidth(byteAt(s, *i)));
        m_out.append(s.substr(*i, w));
        m_column = 0;
        *i += w;
    }
    void writeIndent()
    {
        const int indent = std::max(m_indent, 0);
        if (!m_indention || m_column > indent || (m_column == indent && !m_whitespace))
            putBreak();
        while (m_column < indent)
            put(' ');
        m_whitespace = true;
        m_indention = true;
    }
    void writeIndicator(std::string_view indicator, bool needWhitespace, bool isWhitespace, bool isIndention)
    {
        if (needWhitespace && !m_whitespace)
            put(' ');
        for (std::size_t i = 0; i < indicator.size();)
            writeChar(indicator, &i);
        m_whitespace = isWhitespace;
        m_indention = m_indention && isIndention;
    }

    void writePlain(std::string_view value, bool allowBreaks)
    {
        if (!m_whitespace)
            put(' ');
        bool spaces = false;
        for (std::size_t i = 0; i < value.size();) {
            if (isSpace(value, i)) {
                if (allowBreaks && !spaces && m_column > bestWidth && !isSpace(value, i + 1)) {
                    writeIndent();
                    ++i;
                } else {
                    writeChar(value, &i);
                }
                spaces = true;
            } else {
                writeChar(value, &i);
                m_indention = false;
                spaces = false;
            }
        }
        m_whitespace = false;
        m_indention = false;
    }

    void writeSingleQuoted(std::string_view value, bool allowBreaks)
    {
        writeIndicator("'", true, false, false);
        bool spaces = false, breaks = false;
        for (std::size_t i = 0; i < value.size();) {
            if (isSpace(value, i)) {
                if (allowBreaks && !spaces && m_column > bestWidth && i != 0 && i != value.size() - 1
                    && !isSpace(value, i + 1)) {
                    writeIndent();
                    ++i;
                } else {
                    writeChar(value, &i);
                }
                spaces = true;
            } else if (isBreak(value, i)) {
                if (!breaks && byteAt(value, i) == '\n')
                    putBreak();
                writeBreak(value, &i);
                m_indention = true;
                breaks = true;
            } else {
                if (breaks)
                    writeIndent();
                if (byteAt(value, i) == '\'')
                    put('\'');
                writeChar(value, &i);
                m_indention = false;
                spaces = false;
                breaks = false;
            }
        }
        writeIndicator("'", false, false, false);
        m_whitespace = false;
        m_indention = false;
    }

    void writeDoubleQuoted(std::string_view value, bool allowBreaks)
    {
        writeIndicator("\"", true, false, false);
        bool spaces = false;
        for (std::size_t i = 0; i < value.size();) {
            const unsigned char c = byteAt(value, i);
            if (!isPrintable(value, i) || isBom(value, i) || isBreak(value, i) || c == '"' || c == '\\') {
                int width = 1;
                const char32_t v = decode(value, i, &width);
                i += std::size_t(width);
                put('\\');
                switch (v) {
                case 0x00:
                    put('0');
                    break;
                case 0x07:
                    put('a');
                    break;
                case 0x08:
                    put('b');
                    break;
                case 0x09:
                    put('t');
                    break;
                case 0x0A:
                    put('n');
                    break;
                case 0x0B:
                    put('v');
                    break;
                case 0x0C:
                    put('f');
                    break;
                case 0x0D:
                    put('r');
                    break;
                case 0x1B:
                    put('e');
                    break;
                case 0x22:
                    put('"');
                    break;
                case 0x5C:
                    put('\\');
                    break;
                case 0x85:
                    put('N');
                    break;
                case 0xA0:
                    put('_');
                    break;
                case 0x2028:
                    put('L');
                    break;
                case 0x2029:
                    put('P');
                    break;
                default: {
                    int digits = 2;
                    if (v <= 0xFF) {
                        put('x');
                    } else if (v <= 0xFFFF) {
                        put('u');
                        digits = 4;
                    } else {
                        put('U');
                        digits = 8;
                    }
                    for (int k = (digits - 1) * 4; k >= 0; k -= 4) {
                        const int digit = int((v >> k) & 0x0F);
                        put(char(digit < 10 ? '0' + digit : 'A' + digit - 10));
                    }
                }
                }
                spaces = false;
            } else if (isSpace(value, i)) {
                if (allowBreaks && !spaces && m_column > bestWidth && i != 0 && i != value.size() - 1) {
                    writeIndent();
                    if (isSpace(value, i + 1))
                        put('\\');
                    ++i;
                } else {
                    writeChar(value, &i);
                }
                spaces = true;
            } else {
                writeChar(value, &i);
                spaces = false;
            }
        }
        writeIndicator("\"", false, false, false);
        m_whitespace = false;
        m_indention = false;
    }

    void writeLiteral(std::string_view value)
    {
        writeIndicator("|", true, false, false);
        // Block scalar hints: an indentation digit when the text starts with a space or break, a chomping sign.
        if (isSpace(value, 0) || isBreak(value, 0))
            writeIndicator(std::string(1, char('0' + bestIndent)), false, false, false);
        std::string chomp;
        if (value.empty()) {
            chomp = "-";
        } else {
            std::size_t i = value.size() - 1;
            while (i > 0 && (byteAt(value, i) & 0xC0) == 0x80)
                --i;
            if (!isBreak(value, i)) {
                chomp = "-";
            } else if (i == 0) {
                chomp = "+";
            } else {
                --i;
                while (i > 0 && (byteAt(value, i) & 0xC0) == 0x80)
                    --i;
                if (isBreak(value, i))
                    chomp = "+";
            }
        }
        if (!chomp.empty())
            writeIndicator(chomp, false, false, false);
        putBreak();
        m_indention = true;
        m_whitespace = true;
        bool breaks = true;
        for (std::size_t i = 0; i < value.size();) {
            if (isBreak(value, i)) {
                writeBreak(value, &i);
                m_indention = true;
                breaks = true;
            } else {
                if (breaks)
                    writeIndent();
                writeChar(value, &i);
                m_indention = false;
                breaks = false;
            }
        }
    }

    std::string m_out;
    int m_column = 0;
    int m_indent = -1;
    std::vector<int> m_indents;
    bool m_whitespace = true;
    bool m_indention = true;
};

} // namespace

std::string jsonToYaml(const JsonRef& value)
{
    return Emitter().run(value);
}

} // namespace meshscope::goyaml
