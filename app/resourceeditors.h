// Wiring of the resource editor: opens editors from the Istio Config list (double click or "Edit YAML…"), from
// File → New resource (a template per kind) / Open manifest, and for drafts left by an earlier run; hands each
// editor the cluster connection, the read-only state and the cluster's own CRD schemas (else the built-in set).
#pragma once

#include "models/config/appliedrecords.h"
#include "models/config/drafts.h"
#include "models/config/editsession.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QMenu;

namespace meshscope {

namespace analysis {
class LiveAnalysis;
}
class ClusterSession;
class MainWindow;
class ResourceEditorDialog;
class ResourceTablePage;

class ResourceEditors : public QObject
{
    Q_OBJECT
public:
    // dataDir: where drafts and applied records live (tests); empty = AppDataLocation.
    ResourceEditors(
        MainWindow* window, ClusterSession* cluster, const QString& dataDir = {}, QObject* parent = nullptr);
    ~ResourceEditors() override;

    ResourceEditorDialog* openObject(const QJsonObject& object);
    ResourceEditorDialog* openNew(const QString& kind, const QString& apiVersion, const QString& ns);
    ResourceEditorDialog* openFile(const QString& path);
    ResourceEditorDialog* openFolder(const QString& path);
    // Drafts of an earlier run: asks (without blocking), then opens an editor for each. Returns how many were
    // opened, or -1 while the question is open.
    int offerDraftRestore();

    QList<ResourceEditorDialog*> editors() const;
    config::DraftStore& drafts() { return m_drafts; }
    // Lets a list page open editors (double click, context menu).
    void attachPage(ResourceTablePage* page);
    // The cluster's live analysis: each edited object is checked as if applied, while the user types; the findings
    // (also what the edit would break on other objects) sit at their fields' lines.
    void setAnalysis(analysis::LiveAnalysis* analysis);

    static void setNextRestoreAnswer(QMessageBox::StandardButton answer);

private:
    ResourceEditorDialog* show(config::EditSession* session);
    config::ClusterAccess access() const;
    void clusterReady();
    void loadClusterSchemas();
    void updateAccess();
    QString pickedNamespace() const; // the namespace picker's, else the context's default
    void openFileDialog();
    void installDraftCheck(config::EditSession* session);

    MainWindow* m_window;
    ClusterSession* m_cluster;
    analysis::LiveAnalysis* m_analysis = nullptr; // owned by the GUI session, outlives the editors
    config::DraftStore m_drafts;
    config::AppliedRecords m_applied;
    std::shared_ptr<const config::SchemaSet> m_schemas;
    QList<QPointer<ResourceEditorDialog>> m_editors;
    QMenu* m_newMenu; // a template per kind
};

} // namespace meshscope
