#pragma once

#include <QPlainTextEdit>

namespace meshscope {

// A unified diff, read-only, in a fixed-width font: added lines green, removed lines red, hunk headers and file
// names set apart; colours follow the palette (light and dark themes).
class DiffView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DiffView(QWidget* parent = nullptr);

    void setDiff(const QString& unifiedDiff, const QString& emptyText = {});

protected:
    void changeEvent(QEvent* event) override;

private:
    class Highlighter;
    Highlighter* m_highlighter;
};

} // namespace meshscope
