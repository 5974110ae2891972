#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;

namespace meshscope {

class KubeObjectModel;
class ResourceTablePage;

namespace analysis {
class AnalysisResults;
class ValidationColumnProxy;
class ValidationFilterProxy;
} // namespace analysis

// The Istio Config page: every Istio object of the cluster with a Validation column (✔ / ⚠ n / ✖ n, sortable),
// filters by kind and "only problems" next to the text filter, and below the table the selected object's findings,
// each with how to fix it, links to the other objects involved and to the reference documentation.
class IstioConfigPage : public QWidget
{
    Q_OBJECT
public:
    IstioConfigPage(KubeObjectModel* objects, analysis::AnalysisResults* results, QWidget* parent = nullptr);

    ResourceTablePage* table() const { return m_table; }
    QComboBox* kindFilter() const { return m_kinds; }
    QCheckBox* problemsOnly() const { return m_problems; }
    QTextBrowser* details() const { return m_details; }
    analysis::ValidationColumnProxy* validationProxy() const { return m_validation; }

    // Selects the object with this key ("Kind:ns/name") in the table, clearing filters that hide it.
    bool selectObject(const QString& key);

private:
    void updateKinds();
    void updateDetails();
    void updateSummary();
    QString currentKey() const;
    void linkActivated(const QUrl& url);

    KubeObjectModel* m_objects;
    QPointer<analysis::AnalysisResults> m_results;
    analysis::ValidationColumnProxy* m_validation;
    analysis::ValidationFilterProxy* m_filter;
    ResourceTablePage* m_table;
    QComboBox* m_kinds;
    QCheckBox* m_problems;
    QLabel* m_summary;
    QTextBrowser* m_details;
};

} // namespace meshscope
