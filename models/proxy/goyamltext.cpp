#include "goyaml_p.h"

#include <QChar>
#include <algorithm>
#include <cstdint>
#include <regex>
#include <string>

namespace meshscope::goyaml::detail {

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

namespace {

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

} // namespace
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

namespace {

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

} // namespace

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

} // namespace meshscope::goyaml::detail
