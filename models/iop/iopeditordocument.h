#pragma once

#include "iopdrafts.h"
#include "iopmerge.h"
#include "iopvalidation.h"
#include "models/core/jobtracker.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>

class QLockFile;

namespace meshscope::iop {

// The result of reading the editor's text: the file's own tree, the effective IstioOperator with the layer of
// every value (chart defaults → default profile → profile → file → --set), and istioctl's findings.
struct IopAnalysis
{
    quint64 revision = 0; // IopEditorDocument::revision() of the text analysed
    IopFile file; // for a Sail Istio resource, tree holds the IstioOperator it corresponds to
    QVariant sail; // the Sail operator Istio resource, when the text is one
    MergeResult merge; // withChartDefaults: true
    QList<IopIssue> issues; // including the file error, if any, as an Error without a path
    int errorCount() const;
    int warningCount() const;
    // The 1-based line in the file of a path (or its nearest ancestor that is in the file); 0 when none.
    int lineOf(const QString& path) const;
};

// Reads an IstioOperator text: parse, merge, validate. Pure; safe on any thread.
IopAnalysis analyseIstioOperator(const QString& name, const QString& text, const QStringList& setFlags = {});

// One IstioOperator being edited: its text (what the YAML pane shows), the file it came from, whether it differs
// from what was saved, and the latest analysis, recomputed on the thread pool after every change (a newer text
// supersedes an analysis still running). The form changes values through setValue(), which edits the text so that
// comments and order survive.
class IopEditorDocument : public QObject
{
    Q_OBJECT
public:
    explicit IopEditorDocument(QObject* parent = nullptr);
    ~IopEditorDocument() override;

    QString text() const { return m_text; }
    QString filePath() const { return m_filePath; }
    QString displayName() const; // file name, or "Untitled"
    bool isModified() const { return m_text != m_savedText; }
    quint64 revision() const { return m_revision; }
    const IopAnalysis& analysis() const { return m_analysis; }
    bool isAnalysing() const { return m_jobs.isBusy(QStringLiteral("analyse")); }
    QStringList setFlags() const { return m_setFlags; }

    // New text from the YAML pane (or a file); analysed in the background.
    void setText(const QString& text);
    void setSetFlags(const QStringList& flags);
    // A form edit: changes the value at path in the text (null removes it). False with *error when the text
    // cannot be edited (it does not parse); the text is then left alone.
    bool setValue(const QString& path, const QVariant& value, QString* error = nullptr);
    // The value the file itself sets at path (invalid when it sets none).
    QVariant fileValue(const QString& path) const;
    // The effective value (after the merge), and which layer set it.
    QVariant effectiveValue(const QString& path) const;

    void newDocument(const QString& text = QString());
    bool load(const QString& path, QString* error = nullptr);
    // Writes atomically (QSaveFile); the document is then unmodified and belongs to path.
    bool save(const QString& path, QString* error = nullptr);
    // Marks text as coming from somewhere other than a file (the cluster's installed state): modified, no path.
    void setUnsavedText(const QString& text, const QString& origin);
    QString origin() const { return m_origin; }

    // Keeps every unsaved state of the text as a draft in directory (see IopDraftStore) until it is saved or
    // discarded; a draft left behind by a crash is offered again at the next start.
    void keepDrafts(const QString& directory);
    QString draftKey() const { return m_draftKey; }
    // Continues a draft: the file it belongs to, with the draft's text as an unsaved change.
    void restoreDraft(const IopDraft& draft);
    void discardDraft(); // the user threw the changes away

signals:
    void textReplaced(const QString& text); // the text changed other than through setText() (form, load)
    void analysed(); // analysis() is new
    void modifiedChanged(bool modified);
    void filePathChanged();
    void notice(const QString& message); // e.g. "comments were not kept" after a rewrite

private:
    void schedule();
    void replaceText(const QString& text);
    void noteChange(); // after the text or the saved text changed: modifiedChanged, the draft

    QString m_text;
    QString m_savedText;
    QString m_filePath;
    QString m_origin;
    QStringList m_setFlags;
    quint64 m_revision = 0;
    IopAnalysis m_analysis;
    JobTracker m_jobs;
    JobTracker::Ticket m_analysisTicket;
    bool m_wasModified = false;
    std::optional<IopDraftStore> m_drafts;
    std::unique_ptr<QLockFile> m_draftLock;
    QString m_draftKey;
    QString m_draftError;
};

} // namespace meshscope::iop
