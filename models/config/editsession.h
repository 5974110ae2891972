// The resource editor's controller (no widgets): one edit of a cluster object, a new object from a template, or
// a local manifest file (one or many documents). It owns the text being edited and what the edit started from,
// validates as the text changes (debounced, off the UI thread through the job tracker), keeps a draft on disk
// (debounced, atomic), computes the diffs (edited vs live, live vs last applied by Meshscope), and runs the
// safe apply: server dry run first (its verdict per resource), then server-side apply; a change made under the
// edit meanwhile turns into a three-way merge, a field owned by another manager into a named conflict.
#pragma once

#include "models/config/documentvalidation.h"
#include "models/config/drafts.h"
#include "models/config/manifestsync.h"
#include "models/config/ownershipnotice.h"
#include "models/config/textdiff.h"
#include "models/config/threewaymerge.h"
#include "models/core/jobtracker.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace meshscope::config {

class AppliedRecords;

// What an editor needs from a cluster connection (all null: offline).
struct ClusterAccess
{
    KubeApi* api = nullptr;
    KubeDiscovery* discovery = nullptr;
    KubeWriter* writer = nullptr;
    QString context;
    QString defaultNamespace = QStringLiteral("default");
    bool readOnly = false;
    QString readOnlyReason;
    bool connected() const { return api && discovery && writer; }
};

// The server's verdict on one resource of the text: from a dry run or an apply.
struct ResourceVerdict
{
    int documentIndex = 0;
    QString title; // "VirtualService bookinfo/reviews"
    bool ok = false;
    QString message; // the server's message, or "accepted"
    QList<DocumentMessage> causes; // field errors placed on their lines
    QStringList warnings;
    QList<FieldConflict> conflicts; // field-ownership conflicts on apply
};

class EditSession : public QObject
{
    Q_OBJECT
public:
    enum class Origin
    {
        Cluster, // an object read from the cluster
        New, // from a template, not yet in the cluster
        File, // a manifest file (any number of documents)
    };

    EditSession(DraftStore* drafts, AppliedRecords* applied, QObject* parent = nullptr);
    ~EditSession() override;

    void setCluster(const ClusterAccess& access);
    const ClusterAccess& cluster() const { return m_cluster; }
    void setSchemas(std::shared_ptr<const SchemaSet> schemas); // default: the built-in set
    QString schemaOrigin() const;
    // Extra messages for a resource (the analysis engine's), shown with the validation's; they run on the
    // validation's worker thread. Errors of Source::Analysis do not block applying (the server may accept what the
    // analysis flags, e.g. a route to a subset whose DestinationRule comes next).
    void setExtraChecks(std::function<QList<ValidationMessage>(const QJsonObject&)> checks);

    void openObject(const QJsonObject& live);
    void openNew(const QString& text, const QString& title);
    bool openFile(const QString& path, QString* error);
    void restoreDraft(const Draft& draft);

    Origin origin() const { return m_origin; }
    static QString titleOf(const QJsonObject& object); // "VirtualService bookinfo/reviews"
    QString title() const { return m_title; }
    QString filePath() const { return m_filePath; }
    QString draftKey() const { return m_draftKey; }
    QJsonObject base() const { return m_base; }
    QJsonObject live() const { return m_live; }
    std::optional<OwnershipNotice> ownership() const;

    QString text() const { return m_text; }
    // The editor's text changed (typing): cheap; validation and the draft follow after a pause.
    void setText(const QString& text);
    bool isModified() const { return m_modified; }
    // Hide managedFields, status and resourceVersion (and the other fields the server sets). They are never sent.
    bool hidesServerFields() const { return m_hideServerFields; }
    bool setHideServerFields(bool hide, QString* error);

    // Validation of the current text (updated by validated()).
    const TextValidation& validation() const { return m_validation; }
    void validateNow(); // skip the pause (the editor's Validate button, tests)
    bool isValidating() const;

    // Diffs (canonical YAML of both sides, so only meaning shows, not formatting).
    std::optional<textdiff::LineDiff> diffEditedVsLive(QString* error) const;
    std::optional<textdiff::LineDiff> diffLiveVsLastApplied(QString* error) const;

    // Why Apply is not possible now ("" when it is).
    QString applyBlocker() const;
    bool dryRunPassed() const; // for the current text
    const QList<ResourceVerdict>& verdicts() const { return m_verdicts; }

    void refreshLive();
    void dryRun();
    void apply();
    // Take over fields other managers own (server-side apply's force), for the next dry run and apply.
    void setForceConflicts(bool force);
    bool forcesConflicts() const { return m_force; }
    bool isBusy() const { return m_busy; }
    // The user resolved a merge: its result becomes the text, and the live object the new base.
    void acceptMerge(const MergeResult& result);

    // For a Git change instead of a direct edit: the edited text, and a merge patch live → edited.
    QString mergePatch(QString* error) const;
    bool saveToFile(const QString& path, QString* error);
    void discard(); // drops the draft (the editor closes without saving)

signals:
    void textReplaced(const QString& text); // the session rewrote the text (toggle, merge, reload)
    void modifiedChanged(bool modified);
    void validated();
    void liveChanged();
    void busyChanged(bool busy);
    void dryRunFinished(bool ok);
    void applied();
    void applyFailed(const QString& message);
    void mergeNeeded(const meshscope::config::MergeResult& result);
    void ownershipConflict(const QList<meshscope::config::FieldConflict>& conflicts);
    void draftSaved();
    void notice(const QString& message); // a one-line status for the user

private:
    void reset(Origin origin, const QString& title, const QString& text);
    void startValidation();
    void saveDraft();
    void setBusy(bool busy);
    void setModified(bool modified);
    QString render(const QJsonObject& object) const;
    QList<QJsonObject> editedObjects(QString* error) const;
    ResourceVerdict verdictFor(int index, const ManifestSync::Item& item) const;
    void runSync(ManifestSync::Mode mode, const QList<QJsonObject>& objects, const QString& text,
        const QStringList& versions = {});
    void takeOverReviewedFields(
        const QList<FieldConflict>& conflicts, const QList<QJsonObject>& objects, const QString& text);
    void applyAfterLiveCheck();
    QString identityKey(const QJsonObject& object) const;

    DraftStore* m_drafts;
    AppliedRecords* m_applied;
    ClusterAccess m_cluster;
    std::shared_ptr<const SchemaSet> m_schemas;
    std::function<QList<ValidationMessage>(const QJsonObject&)> m_extraChecks;
    JobTracker m_jobs;
    QTimer m_validateTimer;
    QTimer m_draftTimer;

    Origin m_origin = Origin::New;
    QString m_title;
    QString m_filePath;
    QString m_draftKey;
    QJsonObject m_base; // the object the edit started from (server fields included)
    QJsonObject m_live; // the newest live copy read
    QString m_savedText; // the text as opened or last saved/applied: not modified when equal
    QString m_text;
    bool m_modified = false;
    bool m_hideServerFields = true;
    TextValidation m_validation;
    QList<ResourceVerdict> m_verdicts;
    QString m_dryRunText; // the text the last successful dry run judged
    bool m_busy = false;
    bool m_force = false;
    bool m_takeOver = false; // the last dry run takes over fields the user reviewed (see takeOverReviewedFields)
    QStringList m_takenOver;
    ManifestSync* m_sync = nullptr;
};

} // namespace meshscope::config
