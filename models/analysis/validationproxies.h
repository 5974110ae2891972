#pragma once

#include "analysisresults.h"

#include <QIdentityProxyModel>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace meshscope::analysis {

// Adds a "Validation" column to a table of Kubernetes objects (any model with KubeObjectModel's KeyRole): ✔ when
// the analysis found nothing, else "✖ n" for errors and "⚠ n" for warnings (infos are counted in the tooltip).
// It sorts by severity (errors, then warnings, then infos) and follows the results as they change.
class ValidationColumnProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Roles
    {
        SeverityRole = Qt::UserRole + 100, // sort key: 0 when clean, larger is worse
        HasProblemsRole, // bool: an error or a warning
        SortRole, // what to sort by: SeverityRole in the validation column, the display text elsewhere
        LevelRole, // the worst finding's Level as int, -1 when clean (for the view's colours)
    };

    ValidationColumnProxy(AnalysisResults* results, int keyRole, QObject* parent = nullptr);

    int validationColumn() const;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // "✔", "✖ 2", "⚠ 1", "✖ 1 ⚠ 3"; empty before the first analysis.
    static QString badge(const AnalysisResults::Summary& summary);

private:
    QString keyAt(int row) const;
    void resultsChanged(const QSet<QString>& keys);
    void allChanged();

    QPointer<AnalysisResults> m_results;
    int m_keyRole;
};

// Hides rows by kind (a role of the source) and, when asked, rows without errors or warnings.
class ValidationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    ValidationFilterProxy(int kindRole, QObject* parent = nullptr);

    void setKind(const QString& kind); // empty: every kind
    QString kind() const { return m_kind; }
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_kindRole;
    QString m_kind;
    bool m_problemsOnly = false;
};

} // namespace meshscope::analysis
