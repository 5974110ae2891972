#include "views/editor/yamleditor.h"

#include <QEvent>
#include <QFontDatabase>
#include <Qsci/qscilexeryaml.h>
#include <Qsci/qscistyle.h>

namespace meshscope {

namespace {
// Marker numbers (margin symbols) and the line backgrounds of the diff views.
constexpr int errorMarker = 1;
constexpr int warningMarker = 2;
constexpr int infoMarker = 3;
constexpr int addedLine = 4;
constexpr int removedLine = 5;
constexpr int changedLine = 6;
constexpr int symbolMargin = 1;
// Indicators: squiggles under messages, boxes around changed text.
constexpr int errorSquiggle = 8;
constexpr int warningSquiggle = 9;
constexpr int addedBox = 10;
constexpr int removedBox = 11;
// Annotation styles (above the lexer's).
constexpr int errorAnnotation = 60;
constexpr int warningAnnotation = 61;

struct Palette
{
    QColor paper, text, margin, marginText, caretLine, error, warning, info, added, removed, changed, addedBox,
        removedBox, key, comment, number, string, keyword, annotationError, annotationWarning;
};

Palette paletteFor(bool dark)
{
    if (dark) {
        return { QColor(0x1e, 0x1f, 0x22), QColor(0xd4, 0xd4, 0xd4), QColor(0x2a, 0x2b, 0x2f), QColor(0x85, 0x85, 0x8a),
            QColor(0x2a, 0x2d, 0x33), QColor(0xf1, 0x4c, 0x4c), QColor(0xe5, 0xa5, 0x0a), QColor(0x4a, 0x9e, 0xff),
            QColor(0x1f, 0x3d, 0x2b), QColor(0x4a, 0x22, 0x22), QColor(0x3a, 0x35, 0x1c), QColor(0x2e, 0x8b, 0x57),
            QColor(0xc0, 0x3c, 0x3c), QColor(0x9c, 0xdc, 0xfe), QColor(0x6a, 0x99, 0x55), QColor(0xb5, 0xce, 0xa8),
            QColor(0xce, 0x91, 0x78), QColor(0x56, 0x9c, 0xd6), QColor(0x4a, 0x22, 0x22), QColor(0x45, 0x3a, 0x10) };
    }
    return { QColor(0xff, 0xff, 0xff), QColor(0x1f, 0x1f, 0x1f), QColor(0xf3, 0xf3, 0xf3), QColor(0x8a, 0x8a, 0x8a),
        QColor(0xf5, 0xf8, 0xff), QColor(0xd3, 0x2f, 0x2f), QColor(0xc7, 0x7c, 0x02), QColor(0x1e, 0x6f, 0xd9),
        QColor(0xe6, 0xf6, 0xea), QColor(0xfd, 0xe8, 0xe8), QColor(0xfd, 0xf6, 0xdc), QColor(0x2e, 0x9e, 0x5b),
        QColor(0xd3, 0x2f, 0x2f), QColor(0x0b, 0x4f, 0x9c), QColor(0x6a, 0x73, 0x7d), QColor(0x09, 0x86, 0x58),
        QColor(0xa3, 0x15, 0x15), QColor(0x00, 0x00, 0xc0), QColor(0xfd, 0xec, 0xec), QColor(0xff, 0xf6, 0xdb) };
}
} // namespace

YamlEditor::YamlEditor(QWidget* parent)
    : QsciScintilla(parent)
    , m_lexer(new QsciLexerYAML(this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setDefaultFont(mono);
    m_lexer->setFont(mono);
    m_lexer->setFoldComments(true);
    setLexer(m_lexer);
    setUtf8(true);
    setEolMode(EolUnix);
    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(2);
    setAutoIndent(true);
    setBackspaceUnindents(true);
    setIndentationGuides(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("00000"));
    setMarginType(symbolMargin, SymbolMargin);
    setMarginWidth(symbolMargin, 16);
    setMarginMarkerMask(symbolMargin, (1 << errorMarker) | (1 << warningMarker) | (1 << infoMarker));
    setMarginMarkerMask(0, 0);
    setFolding(BoxedTreeFoldStyle, 2);
    setAnnotationDisplay(AnnotationBoxed);
    markerDefine(Circle, errorMarker);
    markerDefine(Circle, warningMarker);
    markerDefine(SmallRectangle, infoMarker);
    markerDefine(Background, addedLine);
    markerDefine(Background, removedLine);
    markerDefine(Background, changedLine);
    indicatorDefine(SquiggleIndicator, errorSquiggle);
    indicatorDefine(SquiggleIndicator, warningSquiggle);
    indicatorDefine(FullBoxIndicator, addedBox);
    indicatorDefine(FullBoxIndicator, removedBox);
    // The changed words' boxes go under the text, which stays readable.
    setIndicatorDrawUnder(true, addedBox);
    setIndicatorDrawUnder(true, removedBox);
    applyColours();
}

void YamlEditor::applyColours()
{
    m_dark = palette().color(QPalette::Base).lightness() < 128;
    const Palette p = paletteFor(m_dark);
    m_lexer->setDefaultPaper(p.paper);
    m_lexer->setPaper(p.paper);
    m_lexer->setDefaultColor(p.text);
    for (int style = 0; style <= QsciLexerYAML::Operator; ++style)
        m_lexer->setColor(p.text, style);
    m_lexer->setColor(p.key, QsciLexerYAML::Identifier);
    m_lexer->setColor(p.comment, QsciLexerYAML::Comment);
    m_lexer->setColor(p.number, QsciLexerYAML::Number);
    m_lexer->setColor(p.keyword, QsciLexerYAML::Keyword);
    m_lexer->setColor(p.string, QsciLexerYAML::TextBlockMarker);
    m_lexer->setColor(p.keyword, QsciLexerYAML::DocumentDelimiter);
    m_lexer->setColor(p.error, QsciLexerYAML::SyntaxErrorMarker);
    m_lexer->setColor(p.keyword, QsciLexerYAML::Reference);
    setPaper(p.paper);
    setColor(p.text);
    setCaretForegroundColor(p.text);
    setCaretLineBackgroundColor(p.caretLine);
    setMarginsBackgroundColor(p.margin);
    setMarginsForegroundColor(p.marginText);
    setFoldMarginColors(p.margin, p.margin);
    setIndentationGuidesForegroundColor(p.marginText);
    setMatchedBraceBackgroundColor(p.caretLine);
    setMarkerBackgroundColor(p.error, errorMarker);
    setMarkerForegroundColor(p.error, errorMarker);
    setMarkerBackgroundColor(p.warning, warningMarker);
    setMarkerForegroundColor(p.warning, warningMarker);
    setMarkerBackgroundColor(p.info, infoMarker);
    setMarkerBackgroundColor(p.added, addedLine);
    setMarkerBackgroundColor(p.removed, removedLine);
    setMarkerBackgroundColor(p.changed, changedLine);
    setIndicatorForegroundColor(p.error, errorSquiggle);
    setIndicatorForegroundColor(p.warning, warningSquiggle);
    setIndicatorForegroundColor(p.addedBox, addedBox);
    setIndicatorForegroundColor(p.removedBox, removedBox);
    // After the colours: QScintilla takes the box's alpha from the colour's, which is opaque.
    SendScintilla(SCI_INDICSETALPHA, addedBox, 90);
    SendScintilla(SCI_INDICSETALPHA, removedBox, 90);
    SendScintilla(SCI_INDICSETOUTLINEALPHA, addedBox, 160);
    SendScintilla(SCI_INDICSETOUTLINEALPHA, removedBox, 160);
    setMarks(m_marks); // annotations carry their colours with them
}

void YamlEditor::changeEvent(QEvent* event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

int YamlEditor::markerFor(Severity severity) const
{
    switch (severity) {
    case Severity::Error:
        return errorMarker;
    case Severity::Warning:
        return warningMarker;
    default:
        return infoMarker;
    }
}

void YamlEditor::setMarks(const QList<Mark>& marks)
{
    m_marks = marks;
    markerDeleteAll(errorMarker);
    markerDeleteAll(warningMarker);
    markerDeleteAll(infoMarker);
    clearAnnotations();
    const int last = std::max(0, lines() - 1);
    const int lastLength = int(text(last).size());
    clearIndicatorRange(0, 0, last, lastLength, errorSquiggle);
    clearIndicatorRange(0, 0, last, lastLength, warningSquiggle);
    QHash<int, QStringList> notes;
    QHash<int, Severity> worst;
    for (const Mark& mark : marks) {
        const int line = std::clamp(mark.line - 1, 0, last);
        markerAdd(line, markerFor(mark.severity));
        // Underline from the field to the end of its line (without the line break).
        const QString content = this->text(line);
        const int from = std::clamp(mark.column - 1, 0, std::max(0, int(content.size()) - 1));
        int to = int(content.size());
        while (to > from && (content.at(to - 1) == QLatin1Char('\n') || content.at(to - 1) == QLatin1Char('\r')))
            --to;
        if (to > from && mark.severity != Severity::Info)
            fillIndicatorRange(
                line, from, line, to, mark.severity == Severity::Error ? errorSquiggle : warningSquiggle);
        notes[line].append(mark.text);
        if (!worst.contains(line) || int(mark.severity) < int(worst.value(line)))
            worst.insert(line, mark.severity);
    }
    if (!m_annotations)
        return;
    const Palette p = paletteFor(m_dark);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        const bool error = worst.value(it.key()) == Severity::Error;
        QsciStyle style(error ? errorAnnotation : warningAnnotation, QString(), error ? p.error : p.warning,
            error ? p.annotationError : p.annotationWarning, mono);
        annotate(it.key(), it.value().join(QLatin1Char('\n')), style);
    }
}

void YamlEditor::setAnnotationsVisible(bool visible)
{
    m_annotations = visible;
    setMarks(m_marks);
}

bool YamlEditor::hasMarker(int line, Severity severity) const
{
    return (markersAtLine(line - 1) & (1u << markerFor(severity))) != 0;
}

void YamlEditor::goTo(int line, int column)
{
    setCursorPosition(std::max(0, line - 1), std::max(0, column - 1));
    ensureLineVisible(std::max(0, line - 1));
    setFocus();
}

void YamlEditor::tintLine(int line, LineTint tint)
{
    if (tint == LineTint::None)
        return;
    markerAdd(line - 1, tint == LineTint::Added ? addedLine : tint == LineTint::Removed ? removedLine : changedLine);
}

void YamlEditor::boxRange(int line, int start, int length, LineTint tint)
{
    fillIndicatorRange(line - 1, start, line - 1, start + length, tint == LineTint::Removed ? removedBox : addedBox);
}

void YamlEditor::clearTints()
{
    markerDeleteAll(addedLine);
    markerDeleteAll(removedLine);
    markerDeleteAll(changedLine);
    const int last = std::max(0, lines() - 1);
    clearIndicatorRange(0, 0, last, int(text(last).size()), addedBox);
    clearIndicatorRange(0, 0, last, int(text(last).size()), removedBox);
}

} // namespace meshscope
