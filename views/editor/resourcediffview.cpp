#include "views/editor/resourcediffview.h"

#include "views/editor/yamleditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace meshscope {

using textdiff::SideBySideRow;

namespace {
void prepare(YamlEditor* editor)
{
    editor->setReadOnly(true);
    editor->setCaretLineVisible(false);
}
} // namespace

ResourceDiffView::ResourceDiffView(QWidget* parent)
    : QWidget(parent)
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_inlineTitle(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_left(new YamlEditor(this))
    , m_right(new YamlEditor(this))
    , m_inline(new YamlEditor(this))
{
    for (YamlEditor* editor : { m_left, m_right, m_inline })
        prepare(editor);
    m_left->setObjectName(QStringLiteral("diffLeft"));
    m_right->setObjectName(QStringLiteral("diffRight"));
    m_inline->setObjectName(QStringLiteral("diffInline"));
    auto* sideBySide = new QWidget(m_stack);
    auto* grid = new QGridLayout(sideBySide);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    auto* inlinePage = new QWidget(m_stack);
    auto* inlineLayout = new QVBoxLayout(inlinePage);
    inlineLayout->setContentsMargins(0, 0, 0, 0);
    inlineLayout->addWidget(m_inlineTitle);
    inlineLayout->addWidget(m_inline);
    m_stack->addWidget(sideBySide);
    m_stack->addWidget(inlinePage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    // The two sides scroll together.
    connect(
        m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(), &QScrollBar::setValue);
    connect(
        m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_left->horizontalScrollBar(), &QScrollBar::valueChanged, m_right->horizontalScrollBar(),
        &QScrollBar::setValue);
    connect(m_right->horizontalScrollBar(), &QScrollBar::valueChanged, m_left->horizontalScrollBar(),
        &QScrollBar::setValue);
}

void ResourceDiffView::setDiff(const textdiff::LineDiff& diff, const QString& leftTitle, const QString& rightTitle)
{
    m_unifiedOnly = false;
    m_leftTitle->setText(QStringLiteral("<b>%1</b>").arg(leftTitle.toHtmlEscaped()));
    m_rightTitle->setText(QStringLiteral("<b>%1</b>").arg(rightTitle.toHtmlEscaped()));
    m_inlineTitle->setText(QStringLiteral("<b>%1 → %2</b>").arg(leftTitle.toHtmlEscaped(), rightTitle.toHtmlEscaped()));
    const QList<SideBySideRow> rows = textdiff::sideBySide(diff);
    QStringList left;
    QStringList right;
    QStringList inlineLines;
    struct Tint
    {
        int line;
        YamlEditor::LineTint tint;
        QList<textdiff::TextRange> boxes;
    };
    QList<Tint> leftTints, rightTints, inlineTints;
    m_changedRows = 0;
    for (const SideBySideRow& row : rows) {
        left.append(row.left);
        right.append(row.right);
        const int line = int(left.size());
        switch (row.kind) {
        case SideBySideRow::Kind::Same:
            inlineLines.append(row.left);
            break;
        case SideBySideRow::Kind::Changed:
            ++m_changedRows;
            leftTints.append({ line, YamlEditor::LineTint::Removed, row.leftChanges });
            rightTints.append({ line, YamlEditor::LineTint::Added, row.rightChanges });
            inlineLines.append(row.left);
            inlineTints.append({ int(inlineLines.size()), YamlEditor::LineTint::Removed, row.leftChanges });
            inlineLines.append(row.right);
            inlineTints.append({ int(inlineLines.size()), YamlEditor::LineTint::Added, row.rightChanges });
            break;
        case SideBySideRow::Kind::Removed:
            ++m_changedRows;
            leftTints.append({ line, YamlEditor::LineTint::Removed, {} });
            rightTints.append({ line, YamlEditor::LineTint::Changed, {} });
            inlineLines.append(row.left);
            inlineTints.append({ int(inlineLines.size()), YamlEditor::LineTint::Removed, {} });
            break;
        case SideBySideRow::Kind::Added:
            ++m_changedRows;
            leftTints.append({ line, YamlEditor::LineTint::Changed, {} });
            rightTints.append({ line, YamlEditor::LineTint::Added, {} });
            inlineLines.append(row.right);
            inlineTints.append({ int(inlineLines.size()), YamlEditor::LineTint::Added, {} });
            break;
        }
    }
    auto fill = [](YamlEditor* editor, const QStringList& lines, const QList<Tint>& tints) {
        editor->clearTints();
        editor->setText(lines.join(QLatin1Char('\n')));
        for (const Tint& tint : tints) {
            editor->tintLine(tint.line, tint.tint);
            for (const auto& box : tint.boxes)
                editor->boxRange(tint.line, box.start, box.length, tint.tint);
        }
    };
    fill(m_left, left, leftTints);
    fill(m_right, right, rightTints);
    fill(m_inline, inlineLines, inlineTints);
}

void ResourceDiffView::setUnifiedText(const QString& unified, const QString& title)
{
    m_unifiedOnly = true;
    m_inlineTitle->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_inline->clearTints();
    m_inline->setText(unified);
    const QStringList lines = unified.split(QLatin1Char('\n'));
    m_changedRows = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")))
            continue;
        if (line.startsWith(QLatin1Char('+'))) {
            m_inline->tintLine(i + 1, YamlEditor::LineTint::Added);
            ++m_changedRows;
        } else if (line.startsWith(QLatin1Char('-'))) {
            m_inline->tintLine(i + 1, YamlEditor::LineTint::Removed);
            ++m_changedRows;
        } else if (line.startsWith(QLatin1String("@@")) || line.startsWith(QLatin1String("diff "))) {
            m_inline->tintLine(i + 1, YamlEditor::LineTint::Changed);
        }
    }
    m_stack->setCurrentIndex(1);
}

void ResourceDiffView::setSideBySide(bool sideBySide)
{
    m_stack->setCurrentIndex(sideBySide && !m_unifiedOnly ? 0 : 1);
}

bool ResourceDiffView::isSideBySide() const
{
    return m_stack->currentIndex() == 0;
}

} // namespace meshscope
