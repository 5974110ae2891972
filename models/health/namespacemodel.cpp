#include "namespacemodel.h"

#include "rowmerge.h"

namespace meshscope::health {

namespace {

QString meshLabel(const NamespaceInfo& ns, bool* inMesh)
{
    *inMesh = true;
    if (ns.ambient)
        return NamespaceModel::tr("ambient");
    if (!ns.revision.isEmpty())
        return NamespaceModel::tr("revision %1").arg(ns.revision);
    if (ns.injection == QLatin1String("enabled"))
        return NamespaceModel::tr("sidecar injection");
    *inMesh = false;
    if (ns.injection == QLatin1String("disabled"))
        return NamespaceModel::tr("injection disabled");
    return NamespaceModel::tr("not in the mesh");
}

// The mean over the last few points, so one scrape more or less does not make the number jump.
double recent(const QList<QPointF>& points, int count = 5)
{
    if (points.isEmpty())
        return -1;
    double sum = 0;
    const qsizetype from = std::max<qsizetype>(0, points.size() - count);
    for (qsizetype i = from; i < points.size(); ++i)
        sum += points[i].y();
    return sum / double(points.size() - from);
}

} // namespace

NamespaceModel::NamespaceModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QList<NamespaceModel::Row> NamespaceModel::buildRows(const HealthSnapshot& snapshot, const ValidationLookup& validation)
{
    QHash<QString, QList<ConfigRef>> configByNamespace;
    for (const IstioObject& o : snapshot.istioObjects) {
        const QJsonObject meta = o.object.value(QLatin1String("metadata")).toObject();
        const QString ns = meta.value(QLatin1String("namespace")).toString();
        configByNamespace[ns].append({ o.kind, ns, meta.value(QLatin1String("name")).toString() });
    }
    QList<Row> rows;
    for (const NamespaceInfo& ns : snapshot.inventory.namespaces) {
        Row row;
        row.key = ns.name;
        row.meshLabel = meshLabel(ns, &row.inMesh);
        row.counts = QList<int>(int(Status::Failure) + 1, 0);
        const StatusCounts counts = snapshot.report.appCountsByNamespace.value(ns.name);
        for (auto it = counts.byStatus.cbegin(); it != counts.byStatus.cend(); ++it) {
            row.counts[int(it.key())] = it.value();
            if (it.value() > 0)
                row.worst = worse(row.worst, it.key());
        }
        const NamespaceTraffic traffic = snapshot.namespaceTraffic.value(ns.name);
        row.requests = traffic.requests;
        if (snapshot.report.hasRequestData) {
            row.rate = std::max(0.0, recent(traffic.requests));
            const double errors = recent(traffic.errors);
            row.errorPercent = row.rate > 0 ? std::max(0.0, errors) / row.rate * 100 : -1;
        }
        for (const ConfigRef& ref : configByNamespace.value(ns.name)) {
            ++row.configObjects;
            const Validation v = validation ? validation(ref) : Validation::NotValidated;
            row.configErrors += v == Validation::Error ? 1 : 0;
            row.configWarnings += v == Validation::Warning ? 1 : 0;
            row.configValid += v == Validation::Valid ? 1 : 0;
        }
        row.mtls = snapshot.configRefs.mtlsByNamespace.value(ns.name, snapshot.configRefs.meshMtls);
        rows.append(std::move(row));
    }
    return rows;
}

void NamespaceModel::merge(QList<Row> rows)
{
    RowMerger<Row> merger;
    merger.beginRemove = [this](int first, int last) { beginRemoveRows({}, first, last); };
    merger.endRemove = [this] { endRemoveRows(); };
    merger.beginInsert = [this](int first, int last) { beginInsertRows({}, first, last); };
    merger.endInsert = [this] { endInsertRows(); };
    merger.changed = [this](int first, int last) { emit dataChanged(index(first, 0), index(last, ColumnCount - 1)); };
    merger.merge(m_rows, m_index, std::move(rows));
}

void NamespaceModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

int NamespaceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NamespaceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NamespaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Namespace");
    case HealthColumn:
        return tr("App health");
    case MeshColumn:
        return tr("Mesh");
    case TrafficColumn:
        return tr("Inbound traffic");
    case ErrorsColumn:
        return tr("Errors");
    case ConfigColumn:
        return tr("Istio config");
    case MtlsColumn:
        return tr("mTLS");
    default:
        return {};
    }
}

QVariant NamespaceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case NameRole:
        return row.key;
    case StatusCountsRole: {
        QVariantList counts;
        for (int n : row.counts)
            counts.append(n);
        return counts;
    }
    case WorstStatusRole:
        return int(row.worst);
    case SparklineRole: {
        QVariantList points;
        for (const QPointF& p : row.requests)
            points.append(p);
        return points;
    }
    case RateRole:
        return row.rate;
    case ErrorPercentRole:
        return row.errorPercent;
    case MeshLabelRole:
        return row.meshLabel;
    case MtlsRole:
        return row.mtls.mode;
    case ConfigCountsRole:
        return QVariantMap { { QStringLiteral("objects"), row.configObjects },
            { QStringLiteral("errors"), row.configErrors }, { QStringLiteral("warnings"), row.configWarnings },
            { QStringLiteral("valid"), row.configValid },
            { QStringLiteral("notValidated"),
                row.configObjects - row.configErrors - row.configWarnings - row.configValid } };
    case ProblemsRole:
        return row.worst == Status::Failure || row.worst == Status::Degraded || row.configErrors > 0;
    default:
        break;
    }
    const int apps = [&row] {
        int n = 0;
        for (int c : row.counts)
            n += c;
        return n;
    }();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return row.key;
        case HealthColumn:
            if (role == SortRole)
                return int(row.worst);
            return tr("%n app(s): %1 healthy, %2 degraded, %3 failing", nullptr, apps)
                .arg(row.counts[int(Status::Healthy)])
                .arg(row.counts[int(Status::Degraded)])
                .arg(row.counts[int(Status::Failure)]);
        case MeshColumn:
            return row.meshLabel;
        case TrafficColumn:
            if (role == SortRole)
                return row.rate;
            return row.rate < 0 ? QStringLiteral("—") : tr("%1 req/s").arg(row.rate, 0, 'f', row.rate < 10 ? 2 : 1);
        case ErrorsColumn:
            if (role == SortRole)
                return row.errorPercent;
            return row.errorPercent < 0 ? QStringLiteral("—") : QStringLiteral("%1 %").arg(row.errorPercent, 0, 'f', 1);
        case ConfigColumn:
            if (role == SortRole)
                return row.configErrors * 1000 + row.configWarnings;
            if (row.configObjects == 0)
                return tr("none");
            if (row.configErrors + row.configWarnings + row.configValid == 0)
                return tr("%n object(s)", nullptr, row.configObjects);
            return tr("%n object(s), %1 errors, %2 warnings", nullptr, row.configObjects)
                .arg(row.configErrors)
                .arg(row.configWarnings);
        case MtlsColumn:
            return row.mtls.mode;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case HealthColumn:
            return tr("Not ready: %1, no health information: %2")
                .arg(row.counts[int(Status::NotReady)])
                .arg(row.counts[int(Status::NA)]);
        case MtlsColumn:
            return row.mtls.source;
        default:
            return {};
        }
    }
    return {};
}

NamespaceFilterProxy::NamespaceFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void NamespaceFilterProxy::setNameFilter(const QString& text)
{
    m_name = text.trimmed();
    invalidateRowsFilter();
}

void NamespaceFilterProxy::setOnlyProblems(bool only)
{
    m_onlyProblems = only;
    invalidateRowsFilter();
}

void NamespaceFilterProxy::setSortKey(SortKey key)
{
    m_sortKey = key;
    invalidate();
    sort(0, Qt::AscendingOrder);
}

bool NamespaceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_name.isEmpty() && !index.data(NamespaceModel::NameRole).toString().contains(m_name, Qt::CaseInsensitive))
        return false;
    return !m_onlyProblems || index.data(NamespaceModel::ProblemsRole).toBool();
}

bool NamespaceFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QString leftName = left.data(NamespaceModel::NameRole).toString();
    const QString rightName = right.data(NamespaceModel::NameRole).toString();
    // Ascending puts what deserves attention first: worst health, most traffic, most errors.
    const auto byNumber = [&](int role) {
        const double l = left.data(role).toDouble();
        const double r = right.data(role).toDouble();
        return l != r ? l > r : leftName < rightName;
    };
    switch (m_sortKey) {
    case SortKey::Health:
        return byNumber(NamespaceModel::WorstStatusRole);
    case SortKey::Traffic:
        return byNumber(NamespaceModel::RateRole);
    case SortKey::Errors:
        return byNumber(NamespaceModel::ErrorPercentRole);
    case SortKey::Name:
        break;
    }
    return leftName.localeAwareCompare(rightName) < 0;
}

} // namespace meshscope::health
