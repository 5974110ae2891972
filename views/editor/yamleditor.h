// The YAML editor: QScintilla with its YAML lexer, line numbers, folding, brace matching, and validation messages
// where they belong — a marker in the margin, a squiggle under the field and the message as an annotation below
// the line. Light and dark colours follow the application palette.
#pragma once

#include <Qsci/qsciscintilla.h>

class QsciLexerYAML;

namespace meshscope {

class YamlEditor : public QsciScintilla
{
    Q_OBJECT
public:
    enum class Severity
    {
        Error,
        Warning,
        Info,
    };
    struct Mark
    {
        int line = 1; // 1-based
        int column = 1; // 1-based
        Severity severity = Severity::Error;
        QString text;
    };

    explicit YamlEditor(QWidget* parent = nullptr);

    // Replaces the marks (validation messages) shown; lines out of range are clamped.
    void setMarks(const QList<Mark>& marks);
    const QList<Mark>& marks() const { return m_marks; }
    void setAnnotationsVisible(bool visible);
    // The severities marked in the margin at a 1-based line (for tests and the message list).
    bool hasMarker(int line, Severity severity) const;

    void goTo(int line, int column); // 1-based; scrolls it into view
    bool isDark() const { return m_dark; }

    // Background of whole lines and boxes around changed text, for the diff views.
    enum class LineTint
    {
        None,
        Added,
        Removed,
        Changed,
    };
    void tintLine(int line, LineTint tint);
    void boxRange(int line, int start, int length, LineTint tint);
    void clearTints();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();
    int markerFor(Severity severity) const;

    QsciLexerYAML* m_lexer;
    QList<Mark> m_marks;
    bool m_dark = false;
    bool m_annotations = true;
};

} // namespace meshscope
