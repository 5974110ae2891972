#include "configdiffmodel.h"

namespace meshscope {
namespace {

// Resource rows have internal id 0; field rows carry their resource's row + 1.
constexpr quintptr resourceId = 0;

} // namespace

ConfigDiffModel::ConfigDiffModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void ConfigDiffModel::setDiff(const ConfigDiff& diff, const QString& expectedName, const QString& actualName)
{
    beginResetModel();
    m_diff = diff;
    m_expectedName = expectedName;
    m_actualName = actualName;
    endResetModel();
}

QModelIndex ConfigDiffModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, resourceId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ConfigDiffModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == resourceId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, resourceId);
}

int ConfigDiffModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_diff.resources.size());
    if (parent.internalId() != resourceId || parent.column() != 0)
        return 0;
    return int(m_diff.resources.at(parent.row()).fields.size());
}

int ConfigDiffModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ConfigDiffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isField = index.internalId() != resourceId;
    const ResourceDifference& resource = m_diff.resources.at(isField ? int(index.internalId() - 1) : index.row());
    if (role == StatusRole)
        return int(resource.status);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (!isField) {
        switch (index.column()) {
        case ResourceColumn:
            return QString(resource.kind + QLatin1Char(' ') + resource.name);
        case StatusColumn:
            if (resource.status == ResourceDifference::Status::Changed)
                return tr("changed (%n field(s)%1)", nullptr, int(resource.fields.size()))
                    .arg(resource.truncated ? tr(", more not listed") : QString());
            return resourceStatusText(resource.status);
        case ExpectedColumn:
            return resource.expected.isValid() ? tr("present") : tr("absent");
        case ActualColumn:
            return resource.actual.isValid() ? tr("present") : tr("absent");
        default:
            return {};
        }
    }
    const FieldDifference& field = resource.fields.at(index.row());
    switch (index.column()) {
    case ResourceColumn:
        return field.path;
    case StatusColumn:
        return field.kind == FieldDifference::Kind::Changed     ? tr("changed")
            : field.kind == FieldDifference::Kind::OnlyExpected ? tr("only in %1").arg(m_expectedName)
                                                                : tr("only in %1").arg(m_actualName);
    case ExpectedColumn:
        return role == Qt::DisplayRole && field.expected.size() > 300
            ? QString(field.expected.left(300) + QStringLiteral("…"))
            : field.expected;
    case ActualColumn:
        return role == Qt::DisplayRole && field.actual.size() > 300
            ? QString(field.actual.left(300) + QStringLiteral("…"))
            : field.actual;
    default:
        return {};
    }
}

QVariant ConfigDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResourceColumn:
        return tr("Resource / field");
    case StatusColumn:
        return tr("Difference");
    case ExpectedColumn:
        return m_expectedName;
    case ActualColumn:
        return m_actualName;
    default:
        return {};
    }
}

} // namespace meshscope
