#pragma once

#include "entitylistmodel.h"

#include <QAbstractTableModel>
#include <QPointF>

namespace meshscope::health {

// The Overview: one row per namespace of a health snapshot — its mesh mode (injection label, revision, ambient),
// how many apps are in which health, its inbound traffic over time and error share, its Istio config (and how
// much of it the analysis engine finds fault with) and the mTLS mode in effect. Merged by namespace name, never
// reset on refresh.
class NamespaceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        HealthColumn,
        MeshColumn,
        TrafficColumn,
        ErrorsColumn,
        ConfigColumn,
        MtlsColumn,
        ColumnCount
    };
    enum Roles
    {
        NameRole = Qt::UserRole + 1,
        StatusCountsRole, // QVariantList of ints indexed by Status (NA, Healthy, NotReady, Degraded, Failure)
        WorstStatusRole, // int(Status) of the worst app
        SparklineRole, // QVariantList of QPointF (unix seconds, requests/s)
        RateRole, // double: the latest inbound requests/s, -1 when unknown
        ErrorPercentRole, // double: the latest share of failed inbound requests, -1 when unknown
        MeshLabelRole, // "istio-injection=enabled", "rev canary", "ambient", "not in the mesh"
        MtlsRole, // STRICT / PERMISSIVE / DISABLE
        ConfigCountsRole, // QVariantMap: objects, errors, warnings, valid, notValidated
        ProblemsRole, // bool: failing or degraded apps, or config errors
        SortRole,
    };

    struct Row
    {
        QString key; // the namespace
        QString meshLabel;
        bool inMesh = false;
        QList<int> counts; // by Status
        Status worst = Status::NA;
        QList<QPointF> requests;
        double rate = -1;
        double errorPercent = -1;
        int configObjects = 0;
        int configErrors = 0;
        int configWarnings = 0;
        int configValid = 0;
        MtlsMode mtls;
        bool operator==(const Row&) const = default;
    };

    explicit NamespaceModel(QObject* parent = nullptr);

    // Safe on any thread.
    static QList<Row> buildRows(const HealthSnapshot& snapshot, const ValidationLookup& validation = {});
    void merge(QList<Row> rows);
    void clear();
    const Row* row(int index) const { return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr; }
    int rowOf(const QString& ns) const { return m_index.value(ns, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

// Filter and sort for the Overview: name substring, "only with problems", and a sort key (name, worst health,
// traffic, errors).
class NamespaceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortKey
    {
        Name,
        Health,
        Traffic,
        Errors,
    };
    explicit NamespaceFilterProxy(QObject* parent = nullptr);
    void setNameFilter(const QString& text);
    void setOnlyProblems(bool only);
    void setSortKey(SortKey key);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_name;
    bool m_onlyProblems = false;
    SortKey m_sortKey = SortKey::Name;
};

} // namespace meshscope::health
