#include "gotext.h"

#include <charconv>
#include <cstdio>
#include <limits>

namespace meshscope::gotext {
namespace {

int runeCount(std::string_view text)
{
    int count = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

const char hexDigits[] = "0123456789abcdef";

// The shortest round-trip digits of value and its decimal exponent (value = 0.d1d2d3… × 10^point).
struct Decimal
{
    bool negative = false;
    std::string digits;
    int point = 0;
};

Decimal shortestDecimal(double value)
{
    Decimal decimal;
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string_view text(buffer, std::size_t(result.ptr - buffer));
    if (!text.empty() && text.front() == '-') {
        decimal.negative = true;
        text.remove_prefix(1);
    }
    const std::size_t e = text.find('e');
    for (const char c : text.substr(0, e)) {
        if (c != '.')
            decimal.digits.push_back(c);
    }
    int exponent = 0;
    std::string_view exponentText = text.substr(e + 1);
    if (!exponentText.empty() && exponentText.front() == '+')
        exponentText.remove_prefix(1);
    std::from_chars(exponentText.data(), exponentText.data() + exponentText.size(), exponent);
    decimal.point = exponent + 1;
    if (decimal.digits == "0")
        decimal.point = 1;
    return decimal;
}

std::string fixedFormat(const Decimal& d)
{
    std::string out = d.negative ? "-" : "";
    const int nd = int(d.digits.size());
    if (d.point <= 0) {
        out += "0." + std::string(std::size_t(-d.point), '0') + d.digits;
    } else if (d.point >= nd) {
        out += d.digits + std::string(std::size_t(d.point - nd), '0');
    } else {
        out += d.digits.substr(0, std::size_t(d.point)) + '.' + d.digits.substr(std::size_t(d.point));
    }
    return out;
}

std::string exponentFormat(const Decimal& d)
{
    std::string out = d.negative ? "-" : "";
    out += d.digits.front();
    if (d.digits.size() > 1)
        out += '.' + d.digits.substr(1);
    int exponent = d.digits == "0" ? 0 : d.point - 1;
    out += 'e';
    out += exponent < 0 ? '-' : '+';
    if (exponent < 0)
        exponent = -exponent;
    if (exponent < 10)
        out += '0';
    out += std::to_string(exponent);
    return out;
}

} // namespace

TabWriter::TabWriter(int minWidth, int tabWidth, int padding)
    : m_minWidth(minWidth)
    , m_padding(padding)
{
    Q_UNUSED(tabWidth) // only matters when padding with tabs, which istioctl never does
    m_lines.emplace_back();
}

void TabWriter::write(std::string_view text)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch != '\t' && ch != '\n')
            continue;
        const std::string_view segment = text.substr(n, i - n);
        m_buffer.append(segment);
        m_cell.size += int(segment.size());
        m_cell.width += runeCount(segment);
        n = i + 1;
        const std::size_t cells = m_lines.back().size() + 1;
        terminateCell();
        if (ch == '\n') {
            m_lines.emplace_back();
            if (cells == 1)
                flushBuffered(); // a line without tabs ends every column block
        }
    }
    const std::string_view rest = text.substr(n);
    m_buffer.append(rest);
    m_cell.size += int(rest.size());
    m_cell.width += runeCount(rest);
}

void TabWriter::terminateCell()
{
    m_lines.back().push_back(m_cell);
    m_cell = Cell();
}

std::string TabWriter::flush()
{
    flushBuffered();
    return m_out;
}

void TabWriter::flushBuffered()
{
    if (m_cell.size > 0)
        terminateCell();
    format(0, int(m_lines.size()));
    m_buffer.clear();
    m_consumed = 0;
    m_cell = Cell();
    m_lines.clear();
    m_lines.emplace_back();
    m_widths.clear();
}

void TabWriter::format(int line0, int line1)
{
    const int column = int(m_widths.size());
    for (int current = line0; current < line1; ++current) {
        if (column >= int(m_lines[std::size_t(current)].size()) - 1)
            continue;
        // A cell in this column starts a block: print what precedes it, then size the column over the block.
        writeLines(line0, current);
        line0 = current;
        int width = m_minWidth;
        for (; current < line1; ++current) {
            const std::vector<Cell>& line = m_lines[std::size_t(current)];
            if (column >= int(line.size()) - 1)
                break;
            width = std::max(width, line[std::size_t(column)].width + m_padding);
        }
        m_widths.push_back(width);
        format(line0, current);
        m_widths.pop_back();
        line0 = current;
    }
    writeLines(line0, line1);
}

void TabWriter::writeLines(int line0, int line1)
{
    for (int i = line0; i < line1; ++i) {
        const std::vector<Cell>& line = m_lines[std::size_t(i)];
        for (std::size_t j = 0; j < line.size(); ++j) {
            const Cell& cell = line[j];
            if (cell.size > 0) {
                m_out.append(m_buffer, m_consumed, std::size_t(cell.size));
                m_consumed += std::size_t(cell.size);
            }
            if (j < m_widths.size() && m_widths[j] > cell.width)
                m_out.append(std::size_t(m_widths[j] - cell.width), ' ');
        }
        if (i + 1 == int(m_lines.size())) {
            m_out.append(m_buffer, m_consumed, std::size_t(m_cell.size));
            m_consumed += std::size_t(m_cell.size);
        } else {
            m_out.push_back('\n');
        }
    }
}

void appendJsonQuoted(std::string* out, std::string_view text, bool escapeHtml)
{
    out->push_back('"');
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            const bool html = c == '<' || c == '>' || c == '&';
            if (c >= 0x20 && c != '"' && c != '\\' && !(escapeHtml && html)) {
                out->push_back(char(c));
                continue;
            }
            out->push_back('\\');
            switch (c) {
            case '"':
            case '\\':
                out->push_back(char(c));
                break;
            case '\b':
                out->push_back('b');
                break;
            case '\f':
                out->push_back('f');
                break;
            case '\n':
                out->push_back('n');
                break;
            case '\r':
                out->push_back('r');
                break;
            case '\t':
                out->push_back('t');
                break;
            default:
                out->append("u00");
                out->push_back(hexDigits[c >> 4]);
                out->push_back(hexDigits[c & 0xF]);
            }
            continue;
        }
        // U+2028 and U+2029 (E2 80 A8/A9) are escaped for JavaScript's sake.
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
            && (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xA8) {
            out->append(static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029");
            i += 2;
            continue;
        }
        out->push_back(char(c));
    }
    out->push_back('"');
}

void appendProtoJsonQuoted(std::string* out, std::string_view text)
{
    out->push_back('"');
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c != '"' && c != '\\') {
            out->push_back(ch);
            continue;
        }
        out->push_back('\\');
        switch (c) {
        case '"':
        case '\\':
            out->push_back(ch);
            break;
        case '\b':
            out->push_back('b');
            break;
        case '\f':
            out->push_back('f');
            break;
        case '\n':
            out->push_back('n');
            break;
        case '\r':
            out->push_back('r');
            break;
        case '\t':
            out->push_back('t');
            break;
        default:
            out->append("u00");
            out->push_back(hexDigits[c >> 4]);
            out->push_back(hexDigits[c & 0xF]);
        }
    }
    out->push_back('"');
}

std::string jsonFloat(double value)
{
    const Decimal d = shortestDecimal(value);
    const double magnitude = value < 0 ? -value : value;
    if (magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21)) {
        std::string text = exponentFormat(d);
        // "e-07" → "e-7"
        const std::size_t n = text.size();
        if (n >= 4 && text[n - 4] == 'e' && text[n - 3] == '-' && text[n - 2] == '0')
            text.erase(n - 2, 1);
        return text;
    }
    return fixedFormat(d);
}

std::string formatFloatG(double value)
{
    if (value != value)
        return "NaN";
    if (value == std::numeric_limits<double>::infinity())
        return "+Inf";
    if (value == -std::numeric_limits<double>::infinity())
        return "-Inf";
    const Decimal d = shortestDecimal(value);
    const int exponent = d.point - 1;
    if (exponent < -4 || exponent >= 6)
        return exponentFormat(d);
    return fixedFormat(d);
}

QString humanDuration(std::int64_t milliseconds)
{
    const std::int64_t seconds = milliseconds / 1000;
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 60 * 2)
        return QStringLiteral("%1s").arg(seconds);
    const std::int64_t minutes = seconds / 60;
    if (minutes < 10) {
        const std::int64_t s = seconds % 60;
        return s == 0 ? QStringLiteral("%1m").arg(minutes) : QStringLiteral("%1m%2s").arg(minutes).arg(s);
    }
    if (minutes < 60 * 3)
        return QStringLiteral("%1m").arg(minutes);
    const std::int64_t hours = minutes / 60;
    if (hours < 8) {
        const std::int64_t m = minutes % 60;
        return m == 0 ? QStringLiteral("%1h").arg(hours) : QStringLiteral("%1h%2m").arg(hours).arg(m);
    }
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (hours < 24 * 8) {
        const std::int64_t h = hours % 24;
        return h == 0 ? QStringLiteral("%1d").arg(hours / 24) : QStringLiteral("%1d%2h").arg(hours / 24).arg(h);
    }
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1d").arg(hours / 24);
    if (hours < 24 * 365 * 8) {
        const std::int64_t days = (hours / 24) % 365;
        return days == 0 ? QStringLiteral("%1y").arg(hours / 24 / 365)
                         : QStringLiteral("%1y%2d").arg(hours / 24 / 365).arg(days);
    }
    return QStringLiteral("%1y").arg(hours / 24 / 365);
}

std::int64_t atoi(QStringView text, bool* ok)
{
    if (ok)
        *ok = false;
    qsizetype i = 0;
    bool negative = false;
    if (!text.isEmpty() && (text[0] == QLatin1Char('+') || text[0] == QLatin1Char('-'))) {
        negative = text[0] == QLatin1Char('-');
        i = 1;
    }
    if (i >= text.size())
        return 0;
    std::int64_t value = 0;
    bool overflow = false;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return 0;
        if (value > (std::numeric_limits<std::int64_t>::max() - (c - u'0')) / 10)
            overflow = true;
        else
            value = value * 10 + (c - u'0');
    }
    if (overflow) // Atoi reports the error but still returns the clamped value
        return negative ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max();
    if (ok)
        *ok = true;
    return negative ? -value : value;
}

bool stringLess(const QString& a, const QString& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t ca = a[i].unicode(), cb = b[i].unicode();
        if (ca == cb)
            continue;
        // UTF-16 code units sort like code points except surrogates, which stand for code points above U+FFFF.
        const auto fix = [](char16_t c) -> int {
            if (c >= 0xD800 && c <= 0xDFFF)
                return c + 0x2000;
            if (c >= 0xE000)
                return c - 0x800;
            return c;
        };
        return fix(ca) < fix(cb);
    }
    return a.size() < b.size();
}

bool equalFold(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace meshscope::gotext
