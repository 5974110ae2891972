#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QTextBrowser;

namespace Ui {
class IstioConfigPage;
}

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
    ~IstioConfigPage() override;

    ResourceTablePage* table() const;
    QComboBox* kindFilter() const;
    QCheckBox* problemsOnly() const;
    QTextBrowser* details() const;
    analysis::ValidationColumnProxy* validationProxy() const { return m_validation; }

    // Selects the object with this key ("Kind:ns/name") in the table, clearing filters that hide it.
    bool selectObject(const QString& key);

private:
    void updateKinds();
    void updateDetails();
    void updateSummary();
    QString currentKey() const;
    void linkActivated(const QUrl& url);

    std::unique_ptr<Ui::IstioConfigPage> m_ui; // the table, the filters and the findings below
    KubeObjectModel* m_objects;
    QPointer<analysis::AnalysisResults> m_results;
    analysis::ValidationColumnProxy* m_validation;
    analysis::ValidationFilterProxy* m_filter;
};

} // namespace meshscope
