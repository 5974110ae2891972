#include "models/config/textdiff.h"

#include <algorithm>
#include <dtl/dtl.hpp>
#include <vector>

namespace meshscope::textdiff {

namespace {
// dtl's script for two sequences; dtl handles the swap when the first is longer.
template <typename Element> auto editScript(const std::vector<Element>& a, const std::vector<Element>& b)
{
    dtl::Diff<Element, std::vector<Element>> diff(a, b);
    diff.compose();
    return diff.getSes().getSequence();
}

QString rangeText(int start, int count)
{
    // diff -u: "start,count", "start" when count is 1, and the line before when the range is empty.
    if (count == 1)
        return QString::number(start);
    return QStringLiteral("%1,%2").arg(start).arg(count);
}

struct Token
{
    QString text;
    int start = 0;
    bool operator==(const Token& other) const { return text == other.text; }
};

enum class CharClass
{
    Word,
    Space,
    Other,
};

CharClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c == QLatin1Char('_'))
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

// Words, runs of blanks, and single punctuation characters.
std::vector<Token> tokens(const QString& line)
{
    std::vector<Token> result;
    int i = 0;
    while (i < line.size()) {
        const CharClass cls = classOf(line.at(i));
        int j = i + 1;
        if (cls != CharClass::Other) {
            while (j < line.size() && classOf(line.at(j)) == cls)
                ++j;
        }
        result.push_back({ line.mid(i, j - i), i });
        i = j;
    }
    return result;
}

void addRange(QList<TextRange>& ranges, int start, int length)
{
    if (length <= 0)
        return;
    if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == start) {
        ranges.last().length += length;
        return;
    }
    ranges.append({ start, length });
}
} // namespace

bool LineDiff::identical() const
{
    if (oldEndsWithNewline != newEndsWithNewline && oldLineCount > 0 && newLineCount > 0)
        return false;
    for (const DiffLine& line : lines) {
        if (line.kind != DiffLine::Kind::Same)
            return false;
    }
    return true;
}

int LineDiff::addedCount() const
{
    return int(std::count_if(
        lines.begin(), lines.end(), [](const DiffLine& line) { return line.kind == DiffLine::Kind::Added; }));
}

int LineDiff::removedCount() const
{
    return int(std::count_if(
        lines.begin(), lines.end(), [](const DiffLine& line) { return line.kind == DiffLine::Kind::Removed; }));
}

QString Hunk::header() const
{
    return QStringLiteral("@@ -%1 +%2 @@").arg(rangeText(oldStart, oldCount), rangeText(newStart, newCount));
}

QStringList splitLines(const QString& text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

LineDiff diffLines(const QStringList& oldLines, const QStringList& newLines)
{
    LineDiff result;
    result.oldLineCount = int(oldLines.size());
    result.newLineCount = int(newLines.size());
    const std::vector<QString> a(oldLines.begin(), oldLines.end());
    const std::vector<QString> b(newLines.begin(), newLines.end());
    for (const auto& [text, info] : editScript(a, b)) {
        DiffLine line;
        line.text = text;
        switch (info.type) {
        case dtl::SES_DELETE:
            line.kind = DiffLine::Kind::Removed;
            line.oldLine = int(info.beforeIdx);
            break;
        case dtl::SES_ADD:
            line.kind = DiffLine::Kind::Added;
            line.newLine = int(info.afterIdx);
            break;
        default:
            line.kind = DiffLine::Kind::Same;
            line.oldLine = int(info.beforeIdx);
            line.newLine = int(info.afterIdx);
            break;
        }
        result.lines.append(line);
    }
    return result;
}

LineDiff diffTexts(const QString& oldText, const QString& newText)
{
    LineDiff diff = diffLines(splitLines(oldText), splitLines(newText));
    diff.oldEndsWithNewline = oldText.isEmpty() || oldText.endsWith(QLatin1Char('\n'));
    diff.newEndsWithNewline = newText.isEmpty() || newText.endsWith(QLatin1Char('\n'));
    // The last lines differ in their line break only: show them as changed, as diff -u does.
    if (diff.oldEndsWithNewline != diff.newEndsWithNewline && !diff.lines.isEmpty()) {
        for (qsizetype i = diff.lines.size() - 1; i >= 0; --i) {
            DiffLine& line = diff.lines[i];
            if (line.kind == DiffLine::Kind::Same && line.oldLine == diff.oldLineCount
                && line.newLine == diff.newLineCount) {
                DiffLine added = line;
                added.kind = DiffLine::Kind::Added;
                added.oldLine = 0;
                line.kind = DiffLine::Kind::Removed;
                line.newLine = 0;
                diff.lines.insert(i + 1, added);
                break;
            }
        }
    }
    return diff;
}

QList<Hunk> unifiedHunks(const LineDiff& diff, int context)
{
    context = std::max(0, context);
    QList<Hunk> hunks;
    const QList<DiffLine>& lines = diff.lines;
    const qsizetype n = lines.size();
    qsizetype i = 0;
    while (i < n) {
        // Next change.
        while (i < n && lines.at(i).kind == DiffLine::Kind::Same)
            ++i;
        if (i >= n)
            break;
        const qsizetype begin = std::max<qsizetype>(0, i - context);
        // Extend while the gap of unchanged lines to the next change is at most 2 × context.
        qsizetype end = i; // one past the last change so far
        qsizetype j = i;
        while (j < n) {
            if (lines.at(j).kind != DiffLine::Kind::Same) {
                end = j + 1;
                ++j;
                continue;
            }
            qsizetype k = j;
            while (k < n && lines.at(k).kind == DiffLine::Kind::Same)
                ++k;
            if (k < n && k - j <= 2 * context) {
                j = k;
                continue;
            }
            break;
        }
        const qsizetype stop = std::min(n, end + context);
        Hunk hunk;
        int oldFirst = 0;
        int newFirst = 0;
        for (qsizetype m = begin; m < stop; ++m) {
            const DiffLine& line = lines.at(m);
            hunk.lines.append(line);
            if (line.kind != DiffLine::Kind::Added) {
                ++hunk.oldCount;
                if (oldFirst == 0)
                    oldFirst = line.oldLine;
            }
            if (line.kind != DiffLine::Kind::Removed) {
                ++hunk.newCount;
                if (newFirst == 0)
                    newFirst = line.newLine;
            }
        }
        // An empty side starts at the line before the hunk (0 at the top).
        auto lineBefore = [&](bool old) {
            for (qsizetype m = begin - 1; m >= 0; --m) {
                const int number = old ? lines.at(m).oldLine : lines.at(m).newLine;
                if (number > 0)
                    return number;
            }
            return 0;
        };
        hunk.oldStart = hunk.oldCount > 0 ? oldFirst : lineBefore(true);
        hunk.newStart = hunk.newCount > 0 ? newFirst : lineBefore(false);
        hunks.append(hunk);
        i = stop;
    }
    return hunks;
}

QString unifiedText(const LineDiff& diff, const QString& oldName, const QString& newName, int context)
{
    if (diff.identical())
        return {};
    QString out;
    out += QStringLiteral("--- ") + oldName + QLatin1Char('\n');
    out += QStringLiteral("+++ ") + newName + QLatin1Char('\n');
    for (const Hunk& hunk : unifiedHunks(diff, context)) {
        out += hunk.header() + QLatin1Char('\n');
        for (const DiffLine& line : hunk.lines) {
            const QChar mark = line.kind == DiffLine::Kind::Added ? QLatin1Char('+')
                : line.kind == DiffLine::Kind::Removed            ? QLatin1Char('-')
                                                                  : QLatin1Char(' ');
            out += mark + line.text + QLatin1Char('\n');
            const bool lastOld = line.kind != DiffLine::Kind::Added && line.oldLine == diff.oldLineCount;
            const bool lastNew = line.kind != DiffLine::Kind::Removed && line.newLine == diff.newLineCount;
            if ((lastOld && !diff.oldEndsWithNewline) || (lastNew && !diff.newEndsWithNewline))
                out += QStringLiteral("\\ No newline at end of file\n");
        }
    }
    return out;
}

QString unifiedDiff(
    const QString& oldText, const QString& newText, const QString& oldName, const QString& newName, int context)
{
    return unifiedText(diffTexts(oldText, newText), oldName, newName, context);
}

QList<SideBySideRow> sideBySide(const LineDiff& diff)
{
    QList<SideBySideRow> rows;
    const QList<DiffLine>& lines = diff.lines;
    qsizetype i = 0;
    while (i < lines.size()) {
        const DiffLine& line = lines.at(i);
        if (line.kind == DiffLine::Kind::Same) {
            rows.append({ SideBySideRow::Kind::Same, line.oldLine, line.newLine, line.text, line.text, {}, {} });
            ++i;
            continue;
        }
        // A block of changes: its removed lines, then its added lines (dtl may interleave them).
        QList<DiffLine> removed;
        QList<DiffLine> added;
        while (i < lines.size() && lines.at(i).kind != DiffLine::Kind::Same) {
            (lines.at(i).kind == DiffLine::Kind::Removed ? removed : added).append(lines.at(i));
            ++i;
        }
        const qsizetype pairs = std::min(removed.size(), added.size());
        for (qsizetype k = 0; k < std::max(removed.size(), added.size()); ++k) {
            SideBySideRow row;
            if (k < pairs) {
                row.kind = SideBySideRow::Kind::Changed;
                row.leftLine = removed.at(k).oldLine;
                row.left = removed.at(k).text;
                row.rightLine = added.at(k).newLine;
                row.right = added.at(k).text;
                std::tie(row.leftChanges, row.rightChanges) = intraLineChanges(row.left, row.right);
            } else if (k < removed.size()) {
                row.kind = SideBySideRow::Kind::Removed;
                row.leftLine = removed.at(k).oldLine;
                row.left = removed.at(k).text;
            } else {
                row.kind = SideBySideRow::Kind::Added;
                row.rightLine = added.at(k).newLine;
                row.right = added.at(k).text;
            }
            rows.append(row);
        }
    }
    return rows;
}

std::pair<QList<TextRange>, QList<TextRange>> intraLineChanges(const QString& oldLine, const QString& newLine)
{
    QList<TextRange> left;
    QList<TextRange> right;
    if (oldLine == newLine)
        return { left, right };
    const std::vector<Token> a = tokens(oldLine);
    const std::vector<Token> b = tokens(newLine);
    for (const auto& [token, info] : editScript(a, b)) {
        if (info.type == dtl::SES_DELETE)
            addRange(left, token.start, int(token.text.size()));
        else if (info.type == dtl::SES_ADD)
            addRange(right, token.start, int(token.text.size()));
    }
    return { left, right };
}

} // namespace meshscope::textdiff
