#include "validationproxies.h"

#include <QCoreApplication>

namespace meshscope::analysis {
namespace {

struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::analysis::ValidationColumnProxy)
};

} // namespace

ValidationColumnProxy::ValidationColumnProxy(AnalysisResults* results, int keyRole, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_results(results)
    , m_keyRole(keyRole)
{
    connect(results, &AnalysisResults::changed, this, &ValidationColumnProxy::resultsChanged);
    connect(results, &AnalysisResults::reset, this, &ValidationColumnProxy::allChanged);
}

int ValidationColumnProxy::validationColumn() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

int ValidationColumnProxy::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount() + 1;
}

QModelIndex ValidationColumnProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    if (column == validationColumn())
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex ValidationColumnProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex ValidationColumnProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

QModelIndex ValidationColumnProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.column() == validationColumn())
        return {};
    return sourceModel()->index(proxyIndex.row(), proxyIndex.column());
}

Qt::ItemFlags ValidationColumnProxy::flags(const QModelIndex& index) const
{
    if (index.isValid() && index.column() == validationColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return QIdentityProxyModel::flags(index);
}

QString ValidationColumnProxy::keyAt(int row) const
{
    return sourceModel() ? sourceModel()->index(row, 0).data(m_keyRole).toString() : QString();
}

QString ValidationColumnProxy::badge(const AnalysisResults::Summary& summary)
{
    if (summary.errors == 0 && summary.warnings == 0)
        return QString::fromUtf8("\u2714");
    QStringList parts;
    if (summary.errors > 0)
        parts << QString::fromUtf8("\u2716 %1").arg(summary.errors);
    if (summary.warnings > 0)
        parts << QString::fromUtf8("\u26a0 %1").arg(summary.warnings);
    return parts.join(QLatin1Char(' '));
}

QVariant ValidationColumnProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() != validationColumn()) {
        if (index.isValid() && (role == SeverityRole || role == HasProblemsRole))
            return data(this->index(index.row(), validationColumn()), role);
        if (role == SortRole)
            return QIdentityProxyModel::data(index, Qt::DisplayRole);
        return QIdentityProxyModel::data(index, role);
    }
    if (role == SortRole)
        role = SeverityRole;
    if (role == m_keyRole)
        return keyAt(index.row());
    if (!m_results || !m_results->hasResults())
        return role == Qt::ToolTipRole ? QVariant(ValidationText::tr("Not analysed yet")) : QVariant();
    const AnalysisResults::Summary summary = m_results->summaryFor(keyAt(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return badge(summary);
    case Qt::ToolTipRole:
        if (summary.isEmpty())
            return ValidationText::tr("No problems found");
        return ValidationText::tr("%1, %2, %3")
            .arg(ValidationText::tr("%n error(s)", nullptr, summary.errors),
                ValidationText::tr("%n warning(s)", nullptr, summary.warnings),
                ValidationText::tr("%n info message(s)", nullptr, summary.infos));
    case LevelRole:
        return summary.errors > 0 ? int(Level::Error) : summary.warnings > 0 ? int(Level::Warning) : -1;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case SeverityRole:
        return summary.errors * 1000000 + summary.warnings * 1000 + summary.infos;
    case HasProblemsRole:
        return summary.errors > 0 || summary.warnings > 0;
    default:
        return {};
    }
}

QVariant ValidationColumnProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == validationColumn() && role == Qt::DisplayRole)
        return ValidationText::tr("Validation");
    return QIdentityProxyModel::headerData(section, orientation, role);
}

void ValidationColumnProxy::resultsChanged(const QSet<QString>& keys)
{
    const int column = validationColumn();
    for (int row = 0; row < rowCount(); ++row) {
        if (keys.contains(keyAt(row))) {
            const QModelIndex cell = index(row, column);
            emit dataChanged(cell, cell);
        }
    }
}

void ValidationColumnProxy::allChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, validationColumn()), index(rowCount() - 1, validationColumn()));
}

ValidationFilterProxy::ValidationFilterProxy(int kindRole, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_kindRole(kindRole)
{
    // A row's problems change when the analysis does; filter again then.
    setDynamicSortFilter(true);
    setSortRole(Qt::DisplayRole);
}

void ValidationFilterProxy::setKind(const QString& kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void ValidationFilterProxy::setProblemsOnly(bool problemsOnly)
{
    if (m_problemsOnly == problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    invalidateRowsFilter();
}

bool ValidationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && first.data(m_kindRole).toString() != m_kind)
        return false;
    if (m_problemsOnly && !first.data(ValidationColumnProxy::HasProblemsRole).toBool())
        return false;
    return true;
}

} // namespace meshscope::analysis
