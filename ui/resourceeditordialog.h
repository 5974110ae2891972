// The resource editor window: renders one EditSession (the text in a YAML editor with its messages, the diffs,
// the three-way merge) and turns the user's clicks into the session's actions. It holds no state of its own
// beyond what is on screen.
#pragma once

#include <QMessageBox>
#include <QWidget>
#include <memory>

namespace Ui {
class ResourceEditor;
}

namespace meshscope {

namespace config {
class EditSession;
}
class ResourceDiffView;
class FindBar;
class MergeView;
class YamlEditor;

class ResourceEditorDialog : public QWidget
{
    Q_OBJECT
public:
    // Takes ownership of session.
    explicit ResourceEditorDialog(config::EditSession* session, QWidget* parent = nullptr);
    ~ResourceEditorDialog() override;

    config::EditSession* session() const { return m_session; }
    YamlEditor* editor() const { return m_editor; }
    ResourceDiffView* diffView() const { return m_diff; }
    MergeView* mergeView() const { return m_merge; }
    Ui::ResourceEditor* form() const { return m_ui.get(); }

    void showDiffEditedVsLive();
    void showDiffLastApplied();
    void showDryRunDiffs(); // files: the server's dry-run diff of every document
    void startApply(); // dry run first; applying needs a second click once the server accepted it
    void showEditor();

    // Test seams for the questions the window asks (the next answer given without showing the box).
    static void setNextCloseAnswer(QMessageBox::StandardButton answer);
    static void setNextSaveFileName(const QString& path);

signals:
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateTitle();
    void updateMarks();
    void updateBanners();
    void updateActions();
    void setNotice(const QString& html);
    void saveAsFile();
    void copyPatch();
    void showMerge();

    std::unique_ptr<Ui::ResourceEditor> m_ui;
    config::EditSession* m_session;
    YamlEditor* m_editor;
    FindBar* m_find;
    ResourceDiffView* m_diff;
    MergeView* m_merge;
    bool m_replacingText = false;
    bool m_applyArmed = false; // the server accepted the dry run: the next Apply click writes
};

} // namespace meshscope
