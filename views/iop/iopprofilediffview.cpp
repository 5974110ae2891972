#include "iopprofilediffview.h"

#include "models/iop/iopbuiltins.h"
#include "models/iop/iopeditordocument.h"
#include "models/iop/iopprofiletools.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QVBoxLayout>
#include <algorithm>

namespace meshscope::iop {

namespace {

struct DiffResult
{
    ProfileDiff diff;
    QString error;
};

// A side that is a text (the edited file, the installed IstioOperator) rather than a profile.
struct TextSide
{
    QString choice;
    QString name;
    QString text;
};

// One side's dump: a built-in profile, or a text merged over its profile.
QString sideDump(const QString& side, const QList<TextSide>& texts, QString* error)
{
    MergeResult merged;
    const auto text = std::find_if(texts.cbegin(), texts.cend(), [&](const TextSide& t) { return t.choice == side; });
    if (text != texts.cend()) {
        MergeRequest request;
        request.files << readIopFile(text->name, text->text.toUtf8());
        merged = mergeIstioOperator(request);
    } else {
        MergeRequest request;
        request.profile = side;
        merged = mergeIstioOperator(request);
    }
    if (!merged.ok()) {
        *error = merged.errors.join(QStringLiteral("; "));
        return {};
    }
    return renderDump(merged.merged, DumpFormat::Yaml);
}

} // namespace

QString IopProfileDiffView::fileChoice()
{
    return tr("this file");
}

IopProfileDiffView::IopProfileDiffView(IopEditorDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_left(new QComboBox(this))
    , m_right(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("iopProfileDiff"));
    m_left->setObjectName(QStringLiteral("iopDiffLeft"));
    m_right->setObjectName(QStringLiteral("iopDiffRight"));
    m_output->setObjectName(QStringLiteral("iopDiffOutput"));
    const QStringList choices = QStringList { fileChoice() } + profileNames();
    m_left->addItems(choices);
    m_right->addItems(choices);
    m_left->setCurrentText(QStringLiteral("default"));
    m_right->setCurrentIndex(0);
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Compare"), this));
    bar->addWidget(m_left);
    bar->addWidget(new QLabel(tr("with"), this));
    bar->addWidget(m_right);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_output, 1);

    connect(m_left, &QComboBox::currentTextChanged, this, &IopProfileDiffView::recompute);
    connect(m_right, &QComboBox::currentTextChanged, this, &IopProfileDiffView::recompute);
    connect(m_document, &IopEditorDocument::analysed, this, [this] {
        if (m_left->currentText() == fileChoice() || m_right->currentText() == fileChoice())
            recompute();
    });
    recompute();
}

void IopProfileDiffView::setSides(const QString& left, const QString& right)
{
    m_left->setCurrentText(left);
    m_right->setCurrentText(right);
    recompute();
}

void IopProfileDiffView::setInstalled(const QString& label, const QString& text)
{
    if (label == m_installedLabel && text == m_installedText)
        return;
    const bool shown = !m_installedLabel.isEmpty()
        && (m_left->currentText() == m_installedLabel || m_right->currentText() == m_installedLabel);
    for (QComboBox* combo : { m_left, m_right }) {
        const QSignalBlocker blocker(combo);
        const QString current = combo->currentText();
        if (const int old = combo->findText(m_installedLabel); !m_installedLabel.isEmpty() && old >= 0)
            combo->removeItem(old);
        if (!text.isEmpty())
            combo->insertItem(1, label);
        combo->setCurrentText(current == m_installedLabel && !text.isEmpty() ? label : current);
        if (combo->currentIndex() < 0)
            combo->setCurrentIndex(0);
    }
    m_installedLabel = text.isEmpty() ? QString() : label;
    m_installedText = text;
    if (shown || m_left->currentText() == m_installedLabel || m_right->currentText() == m_installedLabel)
        recompute();
}

void IopProfileDiffView::recompute()
{
    const QString left = m_left->currentText();
    const QString right = m_right->currentText();
    QList<TextSide> texts { { fileChoice(), m_document->displayName(), m_document->text() } };
    if (!m_installedLabel.isEmpty())
        texts.append({ m_installedLabel, m_installedLabel, m_installedText });
    m_summary->setText(tr("Comparing…"));
    m_ticket = m_jobs.run(
        QCoreApplication::instance(), QStringLiteral("diff"),
        [left, right, texts] {
            DiffResult result;
            QString error;
            const QString a = sideDump(left, texts, &error);
            const QString b = error.isEmpty() ? sideDump(right, texts, &error) : QString();
            if (!error.isEmpty())
                result.error = error;
            else
                result.diff = diffDumps(a, b);
            return result;
        },
        [this, left, right](const DiffResult& result) {
            m_jobs.finish(m_ticket);
            if (!result.error.isEmpty()) {
                m_summary->setText(tr("Cannot compare: %1").arg(result.error));
                m_output->clear();
                return;
            }
            m_summary->setText(result.diff.identical ? tr("%1 and %2 are identical.").arg(left, right)
                                                     : tr("%1 → %2: %3 lines removed, %4 added.")
                                                           .arg(left, right)
                                                           .arg(result.diff.removed)
                                                           .arg(result.diff.added));
            m_output->setPlainText(result.diff.text);
            // Colour the changed lines.
            QList<QTextEdit::ExtraSelection> marks;
            for (QTextBlock block = m_output->document()->begin(); block.isValid(); block = block.next()) {
                const QString line = block.text();
                if (line.isEmpty() || (line.front() != u'+' && line.front() != u'-'))
                    continue;
                QTextEdit::ExtraSelection mark;
                mark.cursor = QTextCursor(block);
                mark.format.setBackground(line.front() == u'+' ? QColor(46, 160, 67, 60) : QColor(220, 50, 47, 60));
                mark.format.setProperty(QTextFormat::FullWidthSelection, true);
                marks.append(mark);
            }
            m_output->setExtraSelections(marks);
        });
}

} // namespace meshscope::iop
