#include "views/editor/findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <Qsci/qsciscintilla.h>

namespace meshscope {

FindBar::FindBar(QsciScintilla* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_find->setObjectName(QStringLiteral("findText"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setObjectName(QStringLiteral("replaceText"));
    auto* next = new QPushButton(tr("Next"), this);
    auto* previous = new QPushButton(tr("Previous"), this);
    auto* replace = new QPushButton(tr("Replace"), m_replaceRow);
    auto* all = new QPushButton(tr("Replace all"), m_replaceRow);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    auto* replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(all);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_regex, 0, 3);
    layout->addWidget(m_case, 0, 4);
    layout->addWidget(m_status, 0, 5);
    layout->addWidget(close, 0, 6);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textEdited, this, [this] { find(true, false); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(all, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

void FindBar::showFind(bool withReplace)
{
    m_replaceRow->setVisible(withReplace);
    show();
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

bool FindBar::find(bool forward, bool fromStart)
{
    if (m_find->text().isEmpty()) {
        m_status->clear();
        return false;
    }
    int line = 0;
    int index = 0;
    if (!fromStart) {
        m_editor->getCursorPosition(&line, &index);
        if (!forward && m_editor->hasSelectedText()) {
            int lineTo = 0;
            int indexTo = 0;
            m_editor->getSelection(&line, &index, &lineTo, &indexTo);
        }
    }
    const bool found = m_editor->findFirst(m_find->text(), m_regex->isChecked(), m_case->isChecked(), false, true,
        forward, fromStart ? 0 : line, fromStart ? 0 : index);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool FindBar::findNext(bool backwards)
{
    return find(!backwards, false);
}

bool FindBar::replaceCurrent()
{
    if (m_editor->isReadOnly())
        return false;
    if (!m_editor->hasSelectedText() && !find(true, false))
        return false;
    m_editor->replace(m_replace->text());
    return find(true, false);
}

int FindBar::replaceAll()
{
    if (m_editor->isReadOnly() || m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    bool found
        = m_editor->findFirst(m_find->text(), m_regex->isChecked(), m_case->isChecked(), false, false, true, 0, 0);
    while (found && count < 100000) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

} // namespace meshscope
