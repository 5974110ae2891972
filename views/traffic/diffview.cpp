#include "diffview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QSyntaxHighlighter>

namespace meshscope {

class DiffView::Highlighter : public QSyntaxHighlighter
{
public:
    explicit Highlighter(QTextDocument* document)
        : QSyntaxHighlighter(document)
    { }

    void setDark(bool dark)
    {
        m_added.setForeground(dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37));
        m_added.setBackground(dark ? QColor(0x12, 0x3d, 0x1c) : QColor(0xe6, 0xff, 0xec));
        m_removed.setForeground(dark ? QColor(0xff, 0xa1, 0x98) : QColor(0xcf, 0x22, 0x2e));
        m_removed.setBackground(dark ? QColor(0x49, 0x1a, 0x1a) : QColor(0xff, 0xeb, 0xe9));
        m_hunk.setForeground(dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae));
        m_file.setFontWeight(QFont::Bold);
        rehighlight();
    }

protected:
    void highlightBlock(const QString& text) override
    {
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
            setFormat(0, int(text.size()), m_file);
        else if (text.startsWith(QLatin1String("@@")))
            setFormat(0, int(text.size()), m_hunk);
        else if (text.startsWith(QLatin1Char('+')))
            setFormat(0, int(text.size()), m_added);
        else if (text.startsWith(QLatin1Char('-')))
            setFormat(0, int(text.size()), m_removed);
    }

private:
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_hunk;
    QTextCharFormat m_file;
};

DiffView::DiffView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new Highlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setDark(palette().color(QPalette::Base).lightness() < 128);
}

void DiffView::setDiff(const QString& unifiedDiff, const QString& emptyText)
{
    setPlainText(unifiedDiff.isEmpty() ? emptyText : unifiedDiff);
}

void DiffView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDark(palette().color(QPalette::Base).lightness() < 128);
    QPlainTextEdit::changeEvent(event);
}

} // namespace meshscope
