// The three-way merge: the object changed in the cluster while it was being edited. Changes that do not overlap
// are already merged; each conflicting field is a row — what it was (base), what is live (theirs), what you wrote
// (yours) — where the user picks the side to keep, with the merged result shown as it will be applied.
#pragma once

#include "models/config/threewaymerge.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace meshscope {

class YamlEditor;

class MergeView : public QWidget
{
    Q_OBJECT
public:
    explicit MergeView(QWidget* parent = nullptr);

    void setMerge(const config::MergeResult& merge, const QString& title);
    const config::MergeResult& merge() const { return m_merge; }
    // Picks one side for a conflict row (what the row's chooser does).
    void pick(int row, config::MergeConflict::Pick pick);
    QTableWidget* table() const { return m_table; }

signals:
    void accepted(const meshscope::config::MergeResult& merge);
    void cancelled();

private:
    void updatePreview();

    config::MergeResult m_merge;
    QLabel* m_summary;
    QTableWidget* m_table;
    YamlEditor* m_preview;
    QPushButton* m_accept;
    QPushButton* m_cancel;
};

} // namespace meshscope
