#pragma once

#include "models/core/jobtracker.h"
#include "models/iop/iopcanary.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace meshscope::iop {

class IopEditorDocument;
class IopRevisionWatch;

// The revision-based upgrade helper: which namespaces and pods run which revision (from the cluster's caches),
// then, for a new tag, the IstioOperator of the new revision and the install / relabel / restart / rollback steps
// as text to copy or save. Nothing is applied from here.
class IopUpgradeView : public QWidget
{
    Q_OBJECT
public:
    IopUpgradeView(IopEditorDocument* document, IopRevisionWatch* watch, QWidget* parent = nullptr);

    QTableWidget* namespaces() const { return m_table; }
    QLineEdit* tagEdit() const { return m_tag; }
    QLineEdit* revisionEdit() const { return m_revision; }
    QPlainTextEdit* newIop() const { return m_newIop; }
    QPlainTextEdit* plan() const { return m_plan; }
    QPushButton* generateButton() const { return m_generate; }
    bool isGenerating() const { return m_jobs.isBusy(QStringLiteral("plan")); }
    void generate();

    // Test seam: where "Save…" writes instead of asking.
    void setSaveName(std::function<QString(const QString& suggested)> chooser) { m_saveName = std::move(chooser); }

private:
    void showUsage();
    void saveText(const QString& text, const QString& suggested);

    IopEditorDocument* m_document;
    IopRevisionWatch* m_watch;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLineEdit* m_tag;
    QLineEdit* m_revision;
    QCheckBox* m_keepGateways;
    QPushButton* m_generate;
    QPlainTextEdit* m_newIop;
    QPlainTextEdit* m_plan;
    JobTracker m_jobs;
    JobTracker::Ticket m_ticket;
    bool m_revisionEdited = false;
    std::function<QString(const QString&)> m_saveName;
};

} // namespace meshscope::iop
