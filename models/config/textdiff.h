// Line diffs of two texts (dtl's O(NP) shortest edit script) and the shapes the views and commands need:
// unified hunks with any number of context lines (diff -u, kubectl diff: 3; istioctl's compare: 7),
// side-by-side rows, and the changed character ranges inside a changed line. Safe on any thread.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace meshscope::textdiff {

struct DiffLine
{
    enum class Kind
    {
        Same,
        Removed,
        Added,
    };
    Kind kind = Kind::Same;
    QString text; // without the line break
    int oldLine = 0; // 1-based line in the old text; 0 for added lines
    int newLine = 0; // 1-based line in the new text; 0 for removed lines
};

// The whole edit script, old text to new text, in order.
struct LineDiff
{
    QList<DiffLine> lines;
    bool oldEndsWithNewline = true;
    bool newEndsWithNewline = true;
    int oldLineCount = 0;
    int newLineCount = 0;

    bool identical() const;
    int addedCount() const;
    int removedCount() const;
};

struct Hunk
{
    int oldStart = 0; // as diff -u prints it: 1-based, or the line before when oldCount is 0
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;

    QString header() const; // "@@ -3,7 +3,8 @@"
};

// A character range [start, start + length) in one line.
struct TextRange
{
    int start = 0;
    int length = 0;
    bool operator==(const TextRange&) const = default;
};

struct SideBySideRow
{
    enum class Kind
    {
        Same,
        Changed, // a removed line facing an added line
        Removed, // left only
        Added, // right only
    };
    Kind kind = Kind::Same;
    int leftLine = 0; // 0: no line on that side
    int rightLine = 0;
    QString left;
    QString right;
    QList<TextRange> leftChanges; // for Changed rows: what differs inside the line
    QList<TextRange> rightChanges;
};

// Splits text into lines at '\n' (a trailing "\r" is kept out of the line); "" has no lines.
QStringList splitLines(const QString& text);

LineDiff diffLines(const QStringList& oldLines, const QStringList& newLines);
LineDiff diffTexts(const QString& oldText, const QString& newText);

// Groups the edit script into hunks with `context` unchanged lines around each change; changes closer than
// 2 × context lines share a hunk.
QList<Hunk> unifiedHunks(const LineDiff& diff, int context = 3);

// "--- oldName\n+++ newName\n@@ … @@\n-…\n+…\n" (GNU diff -u); "" when the texts are identical.
// A side without a final line break gets "\ No newline at end of file" after its last line.
QString unifiedText(const LineDiff& diff, const QString& oldName, const QString& newName, int context = 3);
QString unifiedDiff(
    const QString& oldText, const QString& newText, const QString& oldName, const QString& newName, int context = 3);

// Side-by-side rows: runs of removed lines face the added lines that replace them.
QList<SideBySideRow> sideBySide(const LineDiff& diff);

// What changed inside a line: the ranges of oldLine and newLine not in their longest common subsequence,
// widened to whole words so the highlight reads as "this token changed", not scattered letters.
std::pair<QList<TextRange>, QList<TextRange>> intraLineChanges(const QString& oldLine, const QString& newLine);

} // namespace meshscope::textdiff
