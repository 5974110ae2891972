#pragma once

#include "iopmerge.h"

#include <QAbstractTableModel>
#include <QList>

namespace meshscope::iop {

// The effective IstioOperator as a table, one row per value: its path, the value, the layer that set it (chart
// defaults, default profile, the profile, the file, a --set flag) and the Helm chart's default for values, so
// that "is this the default?" reads off a row.
class IopEffectiveModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PathColumn,
        ValueColumn,
        LayerColumn,
        DefaultColumn,
        ColumnCount
    };
    enum Roles
    {
        PathRole = Qt::UserRole + 1, // the full path, "spec.values.pilot.autoscaleEnabled"
        LayerKindRole, // IopLayer::Kind of the layer that set it, -1 when unknown
        IsChartDefaultRole, // the value equals the chart's default
        HasChartDefaultRole,
    };

    explicit IopEffectiveModel(QObject* parent = nullptr);

    void setMerge(const MergeResult& merge);
    int rowOf(const QString& path) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString path;
        QVariant value;
        QString layer;
        int layerKind = -1;
        QVariant chartDefault; // invalid: the charts set none
    };
    QList<Row> m_rows;
};

} // namespace meshscope::iop
