#pragma once

#include "healthrefresh.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <functional>

namespace meshscope::health {

// The validation of one Istio object, from the analysis engine when there is one.
enum class Validation
{
    NotValidated,
    Valid,
    Warning,
    Error,
};
using ValidationLookup = std::function<Validation(const ConfigRef&)>;

// The Applications, Workloads or Services list: one row per object of a health snapshot. Rows are merged by key
// (namespace/name) when a new snapshot arrives — inserted, removed or updated one by one, never a reset — so
// selection, scroll position and sorting survive every refresh. Rows are built off the GUI thread (buildRows);
// merge() only compares and signals.
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles
    {
        KeyRole = Qt::UserRole + 1, // "namespace/name"
        NamespaceRole,
        NameRole,
        HealthRole, // int(Status)
        ReasonRole, // why the health is what it is
        LabelsRole, // QVariantMap
        ConfigKindsRole, // QStringList of short kinds: VS, DR, GW, AP, PA, …
        ConfigRefsRole, // QStringList of "Kind namespace/name"
        ValidationRole, // int(Validation): the worst of the objects that apply
        MissingSidecarRole, // bool
        SortRole, // what a column sorts by (numbers as numbers)
    };

    struct Cell
    {
        QString text;
        QVariant sort;
        QString tooltip;
        bool operator==(const Cell&) const = default;
    };

    struct Row
    {
        QString key;
        QString namespace_;
        QString name;
        Status status = Status::NA;
        QString reason;
        Labels labels;
        QList<ConfigRef> config;
        bool missingSidecar = false;
        QList<Cell> cells; // one per column
        bool operator==(const Row&) const = default;
    };

    explicit EntityListModel(Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    static QStringList headers(Kind kind);
    int healthColumn() const { return 0; }
    int configColumn() const; // the Istio config badges
    // Safe on any thread: the rows of a snapshot, in no particular order.
    static QList<Row> buildRows(Kind kind, const HealthSnapshot& snapshot);
    void merge(QList<Row> rows);
    void clear();
    void setValidationLookup(ValidationLookup lookup); // re-evaluates the validation column
    const Row* row(int index) const { return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr; }
    int rowOf(const QString& key) const { return m_index.value(key, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Validation validation(const Row& row) const;

    Kind m_kind;
    QStringList m_headers;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
    ValidationLookup m_validation;
};

// Filters for the lists: name (substring, case-insensitive), labels ("app=reviews, version!=v1, team" — all must
// hold; a bare key means the label is set), health (a set of statuses; empty: any), Istio config kind (short
// kinds; "none" for objects without any), only problems (Degraded, Failure, Not ready, or a missing sidecar) and
// namespace. Sorts by SortRole.
class EntityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EntityFilterProxy(QObject* parent = nullptr);

    void setNameFilter(const QString& text);
    // An error message for a label expression it cannot read, else empty.
    QString setLabelFilter(const QString& expression);
    void setHealthFilter(const QList<Status>& statuses);
    void setConfigKindFilter(const QStringList& shortKinds);
    void setOnlyProblems(bool only);
    void setNamespaceFilter(const QString& ns);

    struct LabelTerm
    {
        QString key;
        QString value;
        enum class Op
        {
            Has,
            Equals,
            NotEquals,
        } op
            = Op::Has;
    };
    static std::optional<QList<LabelTerm>> parseLabels(const QString& expression, QString* error = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_name;
    QList<LabelTerm> m_labels;
    QList<Status> m_health;
    QStringList m_kinds;
    bool m_onlyProblems = false;
    QString m_namespace;
};

} // namespace meshscope::health
