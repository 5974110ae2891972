// Find and replace in a YAML editor (Ctrl+F / Ctrl+H): plain text or regular expressions, case on or off.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;

namespace meshscope {

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QsciScintilla* editor, QWidget* parent = nullptr);

    void showFind(bool withReplace);
    bool findNext(bool backwards = false);
    bool replaceCurrent(); // replaces the current match and finds the next
    int replaceAll();
    QLineEdit* findEdit() const { return m_find; }
    QLineEdit* replaceEdit() const { return m_replace; }

private:
    bool find(bool forward, bool fromStart);

    QsciScintilla* m_editor;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    QCheckBox* m_regex;
    QCheckBox* m_case;
    QLabel* m_status;
    QWidget* m_replaceRow;
};

} // namespace meshscope
