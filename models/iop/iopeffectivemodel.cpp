#include "iopeffectivemodel.h"

#include "iopbuiltins.h"
#include "ioptree.h"

namespace meshscope::iop {

IopEffectiveModel::IopEffectiveModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void IopEffectiveModel::setMerge(const MergeResult& merge)
{
    QList<Row> rows;
    const QVariant spec = valueAt(merge.merged, QStringLiteral("spec"));
    const QString valuesPrefix = QStringLiteral("spec.values.");
    for (const QString& path : leafPaths(spec, QStringLiteral("spec"))) {
        Row row;
        row.path = path;
        row.value = valueAt(merge.merged, path);
        const int layer = merge.layerOf(path);
        if (layer >= 0 && layer < merge.layers.size()) {
            row.layer = merge.layers.at(layer).label;
            row.layerKind = merge.layers.at(layer).kind;
        }
        if (path.startsWith(valuesPrefix))
            row.chartDefault = chartDefault(path.mid(valuesPrefix.size()));
        rows.append(row);
    }
    bool sameKeys = rows.size() == m_rows.size();
    for (int i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).path == m_rows.at(i).path;
    if (!sameKeys) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        const Row& old = m_rows.at(i);
        const Row& now = rows.at(i);
        if (old.layer != now.layer || !sameValue(old.value, now.value) || old.value.typeId() != now.value.typeId()) {
            m_rows[i] = now;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

int IopEffectiveModel::rowOf(const QString& path) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).path == path)
            return i;
    }
    return -1;
}

int IopEffectiveModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IopEffectiveModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IopEffectiveModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const bool hasDefault = row.chartDefault.isValid();
    switch (role) {
    case PathRole:
        return row.path;
    case LayerKindRole:
        return row.layerKind;
    case HasChartDefaultRole:
        return hasDefault;
    case IsChartDefaultRole:
        return hasDefault && sameValue(row.chartDefault, row.value);
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn || index.column() == DefaultColumn) {
            const QVariant value = index.column() == ValueColumn ? row.value : row.chartDefault;
            return value.isValid() ? shortText(value) : QVariant();
        }
        return row.path;
    case Qt::DisplayRole:
        switch (index.column()) {
        case PathColumn:
            return row.path.mid(5); // without "spec."
        case ValueColumn:
            return shortText(row.value);
        case LayerColumn:
            return row.layer;
        case DefaultColumn:
            if (!hasDefault)
                return QString();
            return sameValue(row.chartDefault, row.value) ? tr("= default") : shortText(row.chartDefault);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant IopEffectiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Path");
    case ValueColumn:
        return tr("Effective value");
    case LayerColumn:
        return tr("Set by");
    case DefaultColumn:
        return tr("Chart default");
    }
    return {};
}

} // namespace meshscope::iop
