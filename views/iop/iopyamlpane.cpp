#include "iopyamlpane.h"

#include "models/iop/iopeditordocument.h"

#include <QFontDatabase>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace meshscope::iop {

IopYamlPane::IopYamlPane(IopEditorDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(new QPlainTextEdit(this))
    , m_issues(new QListWidget(this))
    , m_typing(new QTimer(this))
{
    m_editor->setObjectName(QStringLiteral("iopYaml"));
    m_issues->setObjectName(QStringLiteral("iopIssues"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    m_editor->setPlaceholderText(
        tr("apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  profile: default"));
    m_issues->setMaximumHeight(140);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_issues);
    splitter->setStretchFactor(0, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            m_typing->start();
    });
    connect(m_typing, &QTimer::timeout, this, &IopYamlPane::flush);
    connect(m_document, &IopEditorDocument::textReplaced, this, &IopYamlPane::showText);
    connect(m_document, &IopEditorDocument::analysed, this, &IopYamlPane::showAnalysis);
    connect(m_issues, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { goToLine(item->data(Qt::UserRole).toInt()); });
    connect(m_issues, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { goToLine(item->data(Qt::UserRole).toInt()); });
    showText(m_document->text());
}

void IopYamlPane::flush()
{
    m_typing->stop();
    m_document->setText(m_editor->toPlainText());
}

void IopYamlPane::goToLine(int line)
{
    if (line <= 0)
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus();
}

void IopYamlPane::showText(const QString& text)
{
    if (text == m_editor->toPlainText())
        return;
    // Keep the caret and the scroll position where they were: a form edit changes one line, not the view.
    const int position = m_editor->textCursor().position();
    const int scroll = m_editor->verticalScrollBar()->value();
    m_settingText = true;
    m_editor->setPlainText(text);
    m_settingText = false;
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(scroll);
}

void IopYamlPane::showAnalysis()
{
    const IopAnalysis& analysis = m_document->analysis();
    if (analysis.revision != m_document->revision())
        return; // the text changed since; a newer analysis is on its way
    m_issues->clear();
    QList<QTextEdit::ExtraSelection> marks;
    const QColor errorColor = QColor(220, 50, 47, 60);
    const QColor warningColor = QColor(203, 140, 0, 60);
    const bool dark = m_issues->palette().color(QPalette::Base).lightness() < 128; // text must stay readable
    for (const IopIssue& issue : analysis.issues) {
        int line = issue.path.isEmpty() ? analysis.file.errorLine : analysis.lineOf(issue.path);
        if (line <= 0 && !issue.path.isEmpty())
            line = 0;
        const QString where = line > 0 ? tr("line %1: ").arg(line) : QString();
        auto* item = new QListWidgetItem(
            (issue.severity == IopIssue::Error ? tr("Error: ") : tr("Warning: ")) + where + issue.message, m_issues);
        item->setData(Qt::UserRole, line);
        item->setForeground(issue.severity == IopIssue::Error ? (dark ? QColor(255, 120, 110) : QColor(200, 40, 40))
                                                              : (dark ? QColor(240, 185, 70) : QColor(160, 110, 0)));
        if (line > 0) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_editor->document()->findBlockByNumber(line - 1));
            mark.format.setBackground(issue.severity == IopIssue::Error ? errorColor : warningColor);
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            mark.format.setToolTip(issue.message);
            marks.append(mark);
        }
    }
    if (analysis.issues.isEmpty())
        new QListWidgetItem(tr("No problems: istioctl would accept this IstioOperator."), m_issues);
    m_editor->setExtraSelections(marks);
}

} // namespace meshscope::iop
