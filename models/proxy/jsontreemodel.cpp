#include "jsontreemodel.h"

#include "gotext.h"

namespace meshscope {

std::shared_ptr<const JsonTreeIndex> buildJsonTreeIndex(const JsonRef& root)
{
    auto index = std::make_shared<JsonTreeIndex>();
    index->root = root;
    const JsonTree::Data* data = root.document();
    if (!data)
        return index;
    const std::size_t n = data->nodes.size();
    index->parent.assign(n, 0);
    index->row.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const JsonTree::Node& node = data->nodes[i];
        if (node.type != JsonTree::Type::Array && node.type != JsonTree::Type::Object)
            continue;
        for (std::uint32_t k = 0; k < node.count; ++k) {
            const std::uint32_t child = data->children[node.first + k].node;
            index->parent[child] = std::uint32_t(i);
            index->row[child] = k;
        }
    }
    index->parent[root.index()] = root.index();
    return index;
}

std::vector<std::uint32_t> findJsonNodes(const JsonTreeIndex& index, const QString& text, std::size_t limit)
{
    std::vector<std::uint32_t> found;
    const JsonTree::Data* data = index.root.document();
    if (!data || text.isEmpty())
        return found;
    const QByteArray needle = text.toUtf8().toLower();
    const auto contains = [&needle](std::string_view haystack) {
        if (haystack.size() < std::size_t(needle.size()))
            return false;
        return QByteArray::fromRawData(haystack.data(), qsizetype(haystack.size())).toLower().contains(needle);
    };
    const std::string_view strings(data->strings);
    for (std::size_t i = 0; i < data->nodes.size() && found.size() < limit; ++i) {
        const JsonTree::Node& node = data->nodes[i];
        bool match = node.type == JsonTree::Type::String && contains(strings.substr(node.first, node.count));
        if (!match && i != index.root.index()) {
            const JsonTree::Node& parent = data->nodes[index.parent[i]];
            if (parent.type == JsonTree::Type::Object) {
                const JsonTree::Child& entry = data->children[parent.first + index.row[i]];
                match = contains(strings.substr(entry.keyOffset, entry.keyLength));
            }
        }
        if (match)
            found.push_back(std::uint32_t(i));
    }
    return found;
}

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void JsonTreeModel::setIndex(std::shared_ptr<const JsonTreeIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_data.reset();
    if (m_index && m_index->root.isValid())
        m_data = std::shared_ptr<const JsonTree::Data>(m_index, m_index->root.document());
    endResetModel();
}

JsonRef JsonTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!m_index || !m_index->root.isValid())
        return {};
    return index.isValid() ? m_index->root.node(std::uint32_t(index.internalId())) : m_index->root;
}

QModelIndex JsonTreeModel::indexOfNode(std::uint32_t node) const
{
    if (!m_index || node >= m_index->parent.size() || node == m_index->root.index())
        return {};
    return createIndex(int(m_index->row[node]), 0, quintptr(node));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const JsonRef container = nodeAt(parent);
    const JsonRef child = container.at(std::uint32_t(row));
    if (!child.isValid())
        return {};
    return createIndex(row, column, quintptr(child.index()));
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !m_index)
        return {};
    const std::uint32_t parentNode = m_index->parent[std::uint32_t(child.internalId())];
    if (parentNode == m_index->root.index())
        return {};
    return createIndex(int(m_index->row[parentNode]), 0, quintptr(parentNode));
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent).size());
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::nameOf(std::uint32_t node) const
{
    const std::uint32_t parentNode = m_index->parent[node];
    const JsonRef parent = m_index->root.node(parentNode);
    if (parent.isObject())
        return QString::fromUtf8(parent.keyAt(m_index->row[node]));
    return QStringLiteral("[%1]").arg(m_index->row[node]);
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_index)
        return {};
    const std::uint32_t node = std::uint32_t(index.internalId());
    const JsonRef ref = m_index->root.node(node);
    if (role == JsonPathRole) {
        QStringList parts;
        for (std::uint32_t at = node; at != m_index->root.index(); at = m_index->parent[at]) {
            const QString name = nameOf(at);
            parts.prepend(name.startsWith(QLatin1Char('[')) ? name : QLatin1Char('.') + name);
        }
        QString path = parts.join(QString());
        return path.startsWith(QLatin1Char('.')) ? path.mid(1) : path;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == NameColumn)
        return nameOf(node);
    switch (ref.type()) {
    case JsonTree::Type::Object:
        return QStringLiteral("{%1}").arg(ref.size());
    case JsonTree::Type::Array:
        return QStringLiteral("[%1]").arg(ref.size());
    case JsonTree::Type::String: {
        const QString text = ref.toString();
        return role == Qt::DisplayRole && text.size() > 400 ? text.left(400) + QStringLiteral("…") : text;
    }
    default:
        return QString::fromUtf8(ref.toCompactJson());
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Value");
}

} // namespace meshscope
