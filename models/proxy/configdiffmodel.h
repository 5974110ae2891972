#pragma once

#include "configdiff.h"

#include <QAbstractItemModel>

namespace meshscope {

// A ConfigDiff as a tree: one row per resource that differs (kind, name, status, how many fields), its fields
// as children (path, expected value, actual value).
class ConfigDiffModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        ResourceColumn, // "cluster outbound|9080||reviews…" / the field path
        StatusColumn, // missing / extra / changed (n fields) / the field's kind
        ExpectedColumn,
        ActualColumn,
        ColumnCount
    };
    enum Roles
    {
        StatusRole = Qt::UserRole + 1, // ResourceDifference::Status as int (resource rows and their fields)
    };

    explicit ConfigDiffModel(QObject* parent = nullptr);

    // expectedName/actualName head the value columns ("istiod", "Envoy", or two proxies' names).
    void setDiff(const ConfigDiff& diff, const QString& expectedName, const QString& actualName);
    const ConfigDiff& diff() const { return m_diff; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ConfigDiff m_diff;
    QString m_expectedName, m_actualName;
};

} // namespace meshscope
