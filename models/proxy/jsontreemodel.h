#pragma once

#include "models/istio/jsontree.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace meshscope {

// Where each node of a JSON document sits (its parent and its row there): what a tree model needs to answer
// parent(). Built off the UI thread for big documents.
struct JsonTreeIndex
{
    JsonRef root;
    std::vector<std::uint32_t> parent; // by node index; the root's is itself
    std::vector<std::uint32_t> row;
};
std::shared_ptr<const JsonTreeIndex> buildJsonTreeIndex(const JsonRef& root);

// Node indices whose key or scalar value contains text (case-insensitive), in document order, at most limit.
std::vector<std::uint32_t> findJsonNodes(const JsonTreeIndex& index, const QString& text, std::size_t limit = 2000);

// A JSON document as a foldable tree: Name (member key or [index]) and Value (the scalar, or "{n}" / "[n]"
// for containers). Children are made on demand, so a 10 MB config dump opens instantly.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        ColumnCount
    };
    enum Roles
    {
        JsonPathRole = Qt::UserRole + 1, // e.g. configs[1].dynamic_active_clusters[3].cluster.name
    };

    explicit JsonTreeModel(QObject* parent = nullptr);

    void setIndex(std::shared_ptr<const JsonTreeIndex> index);
    std::shared_ptr<const JsonTreeIndex> treeIndex() const { return m_index; }
    QModelIndex indexOfNode(std::uint32_t node) const;
    JsonRef nodeAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;

private:
    JsonRef refOf(std::uint32_t node) const { return JsonRef(m_data, node); }
    QString nameOf(std::uint32_t node) const;

    std::shared_ptr<const JsonTreeIndex> m_index;
    std::shared_ptr<const JsonTree::Data> m_data;
};

} // namespace meshscope
