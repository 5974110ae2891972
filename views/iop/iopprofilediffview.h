#pragma once

#include "models/core/jobtracker.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace meshscope::iop {

class IopEditorDocument;

// Profile diff, as istioctl 1.23's `profile diff` showed it: any two profiles, the file being edited ("what does
// my file change?") or the IstioOperator installed in the cluster, each merged over default, compared line by line.
class IopProfileDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit IopProfileDiffView(IopEditorDocument* document, QWidget* parent = nullptr);

    static QString fileChoice(); // the combo entry that stands for the edited file
    // The cluster's installed IstioOperator as a choice (label: the combo entry); an empty text removes it.
    void setInstalled(const QString& label, const QString& text);
    void setSides(const QString& left, const QString& right);
    QPlainTextEdit* output() const { return m_output; }
    QLabel* summary() const { return m_summary; }
    bool isComputing() const { return m_jobs.isBusy(QStringLiteral("diff")); }
    void recompute();

private:
    IopEditorDocument* m_document;
    QComboBox* m_left;
    QComboBox* m_right;
    QLabel* m_summary;
    QPlainTextEdit* m_output;
    QString m_installedLabel;
    QString m_installedText;
    JobTracker m_jobs;
    JobTracker::Ticket m_ticket;
};

} // namespace meshscope::iop
