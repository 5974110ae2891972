// A diff of two YAML texts, side by side (scrolling together) or inline, with changed lines tinted and the
// changed words inside them boxed.
#pragma once

#include "models/config/textdiff.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace meshscope {

class YamlEditor;

class ResourceDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceDiffView(QWidget* parent = nullptr);

    void setDiff(const textdiff::LineDiff& diff, const QString& leftTitle, const QString& rightTitle);
    // Unified diffs as text (what the server's dry runs of a file give): shown inline, +/- lines tinted.
    void setUnifiedText(const QString& unified, const QString& title);
    void setSideBySide(bool sideBySide);
    bool isSideBySide() const;

    int changedRows() const { return m_changedRows; } // rows that differ (side by side)
    YamlEditor* leftEditor() const { return m_left; }
    YamlEditor* rightEditor() const { return m_right; }
    YamlEditor* inlineEditor() const { return m_inline; }

private:
    QLabel* m_leftTitle;
    QLabel* m_rightTitle;
    QLabel* m_inlineTitle;
    QStackedWidget* m_stack;
    YamlEditor* m_left;
    YamlEditor* m_right;
    YamlEditor* m_inline;
    int m_changedRows = 0;
    bool m_unifiedOnly = false;
};

} // namespace meshscope
