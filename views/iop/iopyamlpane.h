#pragma once

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace meshscope::iop {

class IopEditorDocument;

// The YAML side of the IOP editor: the text (typing updates the document after a short pause) and the findings of
// the last analysis, each marked on its line; a click on a finding goes to the line.
class IopYamlPane : public QWidget
{
    Q_OBJECT
public:
    explicit IopYamlPane(IopEditorDocument* document, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_editor; }
    QListWidget* issues() const { return m_issues; }
    void flush(); // hands pending typing to the document now
    void goToLine(int line);

private:
    void showText(const QString& text);
    void showAnalysis();

    IopEditorDocument* m_document;
    QPlainTextEdit* m_editor;
    QListWidget* m_issues;
    QTimer* m_typing;
    bool m_settingText = false;
};

} // namespace meshscope::iop
