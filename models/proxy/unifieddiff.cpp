#include "unifieddiff.h"

#include <algorithm>
#include <dtl/dtl.hpp>

namespace meshscope {
namespace {

struct OpCode
{
    char tag; // 'e'qual, 'r'eplace, 'd'elete, 'i'nsert
    int i1, i2, j1, j2;
};

// The opcodes difflib derives from matching blocks, here from dtl's edit script: runs of common lines are the
// matches, and what lies between two matches is a replace, a delete or an insert.
std::vector<OpCode> opCodes(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
    diff.compose();
    std::vector<OpCode> codes;
    int i = 0, j = 0;
    int pendingI = 0, pendingJ = 0; // start of the unmatched stretch
    const auto flushUnmatched = [&] {
        if (pendingI < i && pendingJ < j)
            codes.push_back({ 'r', pendingI, i, pendingJ, j });
        else if (pendingI < i)
            codes.push_back({ 'd', pendingI, i, pendingJ, j });
        else if (pendingJ < j)
            codes.push_back({ 'i', pendingI, i, pendingJ, j });
    };
    for (const auto& element : diff.getSes().getSequence()) {
        switch (element.second.type) {
        case dtl::SES_COMMON:
            if (codes.empty() || codes.back().tag != 'e' || codes.back().i2 != i || pendingI != i || pendingJ != j) {
                flushUnmatched();
                codes.push_back({ 'e', i, i + 1, j, j + 1 });
            } else {
                ++codes.back().i2;
                ++codes.back().j2;
            }
            ++i;
            ++j;
            pendingI = i;
            pendingJ = j;
            break;
        case dtl::SES_DELETE:
            ++i;
            break;
        case dtl::SES_ADD:
            ++j;
            break;
        }
    }
    flushUnmatched();
    return codes;
}

std::vector<std::vector<OpCode>> groupedOpCodes(std::vector<OpCode> codes, int n)
{
    if (codes.empty())
        codes.push_back({ 'e', 0, 1, 0, 1 });
    if (codes.front().tag == 'e') {
        OpCode& c = codes.front();
        c = { 'e', std::max(c.i1, c.i2 - n), c.i2, std::max(c.j1, c.j2 - n), c.j2 };
    }
    if (codes.back().tag == 'e') {
        OpCode& c = codes.back();
        c = { 'e', c.i1, std::min(c.i2, c.i1 + n), c.j1, std::min(c.j2, c.j1 + n) };
    }
    const int nn = n + n;
    std::vector<std::vector<OpCode>> groups;
    std::vector<OpCode> group;
    for (OpCode c : codes) {
        // A long unchanged stretch ends a hunk: n lines of context after, n before the next.
        if (c.tag == 'e' && c.i2 - c.i1 > nn) {
            group.push_back({ 'e', c.i1, std::min(c.i2, c.i1 + n), c.j1, std::min(c.j2, c.j1 + n) });
            groups.push_back(group);
            group.clear();
            c.i1 = std::max(c.i1, c.i2 - n);
            c.j1 = std::max(c.j1, c.j2 - n);
        }
        group.push_back(c);
    }
    if (!group.empty() && !(group.size() == 1 && group.front().tag == 'e'))
        groups.push_back(group);
    return groups;
}

std::string range(int start, int stop)
{
    int beginning = start + 1;
    const int length = stop - start;
    if (length == 1)
        return std::to_string(beginning);
    if (length == 0)
        --beginning; // an empty range starts just before
    return std::to_string(beginning) + ',' + std::to_string(length);
}

} // namespace

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            lines.push_back(text.substr(start, i + 1 - start));
            start = i + 1;
        }
    }
    lines.push_back(text.substr(start) + '\n');
    return lines;
}

std::string unifiedDiff(
    const std::string& from, const std::string& to, const std::string& fromName, const std::string& toName, int context)
{
    const std::vector<std::string> a = splitLines(from), b = splitLines(to);
    if (a == b)
        return {};
    std::string out = "--- " + fromName + "\n+++ " + toName + "\n";
    for (const std::vector<OpCode>& group : groupedOpCodes(opCodes(a, b), context)) {
        out += "@@ -" + range(group.front().i1, group.back().i2) + " +" + range(group.front().j1, group.back().j2)
            + " @@\n";
        for (const OpCode& c : group) {
            if (c.tag == 'e') {
                for (int k = c.i1; k < c.i2; ++k)
                    out += ' ' + a[std::size_t(k)];
                continue;
            }
            if (c.tag == 'r' || c.tag == 'd') {
                for (int k = c.i1; k < c.i2; ++k)
                    out += '-' + a[std::size_t(k)];
            }
            if (c.tag == 'r' || c.tag == 'i') {
                for (int k = c.j1; k < c.j2; ++k)
                    out += '+' + b[std::size_t(k)];
            }
        }
    }
    return out;
}

} // namespace meshscope
