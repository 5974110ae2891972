#include "goyaml.h"

#include "gotext.h"
#include "goyaml_p.h"

#include <algorithm>

namespace meshscope::goyaml {
namespace {

using namespace detail;

using Type = JsonTree::Type;

constexpr int bestIndent = 2;
constexpr int bestWidth = 80;

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
