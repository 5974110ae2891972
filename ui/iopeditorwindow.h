#pragma once

#include <QJsonObject>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <functional>
#include <memory>

namespace Ui {
class IopEditorWindow;
}

namespace meshscope {

class ClusterSession;
class KubeInformer;

namespace iop {
struct IopDraft;
class IopEditorDocument;
class IopEffectiveModel;
class IopEffectiveView;
class IopFormWidget;
class IopProfileDiffView;
class IopYamlPane;
} // namespace iop

// The IstioOperator editor: the form and the YAML side by side and in step, the effective view with who set each
// value, profile diffs, and opening/saving files (atomically; closing with changes asks first). With a cluster it
// also opens the installed-state IstioOperator.
class IopEditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit IopEditorWindow(ClusterSession* cluster = nullptr, QWidget* parent = nullptr);
    ~IopEditorWindow() override;

    iop::IopEditorDocument* document() const { return m_document; }
    iop::IopFormWidget* form() const { return m_form; }
    iop::IopYamlPane* yamlPane() const { return m_yaml; }
    iop::IopEffectiveView* effectiveView() const { return m_effectiveView; }
    iop::IopProfileDiffView* profileDiff() const { return m_diff; }
    QTabWidget* tabs() const;

    bool openFile(const QString& path); // shows an error message on failure
    bool saveFile(const QString& path);
    bool openInstalledState(); // false (with a message) when not connected or none is installed
    void restoreDraft(const iop::IopDraft& draft);

    // At start: when edits were left unsaved (a crash, kill -9, a session that ended), asks — without blocking —
    // whether to restore them, each in its own editor window, or discard them.
    static void offerDraftRecovery(ClusterSession* cluster, QWidget* parent);

    // Test seam: what to answer instead of asking "save changes?" on close.
    void setCloseQuestion(std::function<QMessageBox::StandardButton()> question)
    {
        m_closeQuestion = std::move(question);
    }
    // Test seam: the file name chosen instead of showing a save dialog ("" cancels).
    void setSaveAsName(std::function<QString()> chooser) { m_saveAsName = std::move(chooser); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void open();
    bool save();
    bool saveAs();
    void newFile();
    bool maybeSave();
    void updateTitle();
    void analysed();
    void showNotice(const QString& message);
    QJsonObject installedState(QString* reason) const; // empty, with the reason, when there is none
    void watchInstalledState();
    void updateInstalledDiff(); // offers the installed IstioOperator in the profile diff

    std::unique_ptr<Ui::IopEditorWindow> m_ui;
    QPointer<ClusterSession> m_cluster;
    QPointer<KubeInformer> m_installedInformer;
    iop::IopEditorDocument* m_document;
    iop::IopEffectiveModel* m_effective;
    iop::IopFormWidget* m_form;
    iop::IopYamlPane* m_yaml;
    iop::IopEffectiveView* m_effectiveView;
    iop::IopProfileDiffView* m_diff;
    std::function<QMessageBox::StandardButton()> m_closeQuestion;
    std::function<QString()> m_saveAsName;
};

} // namespace meshscope
