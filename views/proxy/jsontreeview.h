#pragma once

#include "models/core/jobtracker.h"

#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace meshscope {

class JsonTreeModel;
struct JsonTreeIndex;

// A JSON document as a foldable tree with search: matches (keys and values) are found off the UI thread, and
// Next/Previous unfold the tree to each in turn.
class JsonTreeView : public QWidget
{
    Q_OBJECT
public:
    explicit JsonTreeView(QWidget* parent = nullptr);
    ~JsonTreeView() override;

    void setIndex(std::shared_ptr<const JsonTreeIndex> index);
    QTreeView* tree() const { return m_tree; }
    JsonTreeModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    int matchCount() const { return int(m_matches.size()); }

private:
    void search();
    void showMatch(int step);

    JsonTreeModel* m_model;
    QTreeView* m_tree;
    QLineEdit* m_search;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_count;
    JobTracker m_jobs;
    std::vector<std::uint32_t> m_matches;
    int m_current = -1;
};

} // namespace meshscope
