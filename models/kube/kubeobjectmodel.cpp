#include "kubeobjectmodel.h"

#include <QJsonArray>
#include <QSet>
#include <QThread>

namespace meshscope {
namespace {

QJsonValue at(const QJsonObject& object, std::initializer_list<const char*> path)
{
    QJsonValue value = object;
    for (const char* key : path)
        value = value.toObject().value(QLatin1String(key));
    return value;
}

QString text(const QJsonObject& object, std::initializer_list<const char*> path)
{
    return at(object, path).toString();
}

} // namespace

KubeObjectModel::KubeObjectModel(QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{ }

QString KubeObjectModel::rowKey(const QString& kind, const QJsonObject& object)
{
    return kind + QLatin1Char(':') + objectKey(object);
}

void KubeObjectModel::addSource(KubeInformer* informer)
{
    const QString kind = informer->resource().kind;
    QList<KubeChange> existing;
    for (const QJsonObject& object : informer->objects())
        existing.append({ KubeChange::Type::Added, object });
    apply(kind, existing);
    connect(informer, &KubeInformer::changed, this,
        [this, kind](const QList<KubeChange>& changes) { apply(kind, changes); });
}

void KubeObjectModel::apply(const QString& kind, const QList<KubeChange>& changes)
{
    Q_ASSERT(QThread::currentThread() == thread());
    QList<Row> appended;
    QHash<QString, int> appendedIndex;
    QList<int> removed; // rows of deleted objects, taken out in blocks at the end
    QSet<int> removedSet;
    for (const KubeChange& change : changes) {
        const QString key = rowKey(kind, change.object);
        const int row = m_index.value(key, -1);
        if (change.type == KubeChange::Type::Deleted) {
            if (row >= 0 && !removedSet.contains(row)) {
                removedSet.insert(row);
                removed.append(row);
            } else if (appendedIndex.contains(key)) { // added and deleted in one batch
                appended[appendedIndex.take(key)].object = {};
            }
            continue;
        }
        if (row >= 0) {
            if (removedSet.remove(row)) // deleted and back in one batch: the row stays
                removed.removeOne(row);
            m_rows[row].object = change.object;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        } else if (appendedIndex.contains(key)) {
            appended[appendedIndex.value(key)].object = change.object;
        } else {
            appendedIndex.insert(key, int(appended.size()));
            appended.append({ kind, change.object });
        }
    }
    removeRowBlocks(removed);
    appended.removeIf([](const Row& row) { return row.object.isEmpty(); });
    if (appended.isEmpty())
        return;
    // New rows go in as one block: 20,000 pods from the first list are one insert, not 20,000.
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(appended.size()) - 1);
    for (Row& row : appended) {
        m_index.insert(rowKey(row.kind, row.object), int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void KubeObjectModel::removeRowBlocks(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    // Contiguous runs from the bottom up, one beginRemoveRows each, and the index rebuilt once: a relist that
    // drops thousands of objects is not thousands of single-row removals that each renumber every row below.
    std::sort(rows.begin(), rows.end());
    for (const int row : std::as_const(rows))
        m_index.remove(rowKey(m_rows.at(row).kind, m_rows.at(row).object));
    qsizetype end = rows.size();
    while (end > 0) {
        qsizetype start = end - 1;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start);
        const int last = rows.at(end - 1);
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        end = start;
    }
    for (int i = rows.first(); i < m_rows.size(); ++i)
        m_index[rowKey(m_rows.at(i).kind, m_rows.at(i).object)] = i;
}

void KubeObjectModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

int KubeObjectModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KubeObjectModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant KubeObjectModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_columns.at(index.column()).value(row.object);
    case ObjectRole:
        return row.object;
    case KeyRole:
        return rowKey(row.kind, row.object);
    case NamespaceRole:
        return text(row.object, { "metadata", "namespace" });
    case NameRole:
        return text(row.object, { "metadata", "name" });
    case KindRole:
        return row.kind;
    default:
        return {};
    }
}

QVariant KubeObjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return {};
    return m_columns.at(section).title;
}

namespace KubeModels {
namespace {

KubeObjectModel::Column field(const QString& title, std::initializer_list<const char*> path)
{
    const std::vector<const char*> keys(path);
    return { title, [keys](const QJsonObject& object) -> QVariant {
                QJsonValue value = object;
                for (const char* key : keys)
                    value = value.toObject().value(QLatin1String(key));
                return value.toVariant();
            } };
}

KubeObjectModel::Column name()
{
    return field(meshscope::KubeObjectModel::tr("Name"), { "metadata", "name" });
}
KubeObjectModel::Column namespaceColumn()
{
    return field(meshscope::KubeObjectModel::tr("Namespace"), { "metadata", "namespace" });
}
KubeObjectModel::Column created()
{
    return field(meshscope::KubeObjectModel::tr("Created"), { "metadata", "creationTimestamp" });
}

QVariant podReady(const QJsonObject& pod)
{
    const QJsonArray statuses = at(pod, { "status", "containerStatuses" }).toArray();
    int ready = 0;
    for (const QJsonValue& status : statuses)
        ready += status.toObject().value(QLatin1String("ready")).toBool() ? 1 : 0;
    return QStringLiteral("%1/%2").arg(ready).arg(at(pod, { "spec", "containers" }).toArray().size());
}

QVariant podStatus(const QJsonObject& pod)
{
    // Like kubectl: a waiting container's reason (CrashLoopBackOff) says more than the phase.
    const QJsonArray statuses = at(pod, { "status", "containerStatuses" }).toArray();
    for (const QJsonValue& status : statuses) {
        const QString reason = at(status.toObject(), { "state", "waiting", "reason" }).toString();
        if (!reason.isEmpty())
            return reason;
    }
    if (!text(pod, { "metadata", "deletionTimestamp" }).isEmpty())
        return QStringLiteral("Terminating");
    return text(pod, { "status", "phase" });
}

QVariant podRestarts(const QJsonObject& pod)
{
    int restarts = 0;
    for (const QJsonValue& status : at(pod, { "status", "containerStatuses" }).toArray())
        restarts += status.toObject().value(QLatin1String("restartCount")).toInt();
    return restarts;
}

QVariant servicePorts(const QJsonObject& service)
{
    QStringList ports;
    for (const QJsonValue& port : at(service, { "spec", "ports" }).toArray()) {
        const QJsonObject p = port.toObject();
        ports << QStringLiteral("%1/%2")
                     .arg(p.value(QLatin1String("port")).toInt())
                     .arg(p.value(QLatin1String("protocol")).toString(QStringLiteral("TCP")));
    }
    return ports.join(QLatin1Char(','));
}

QVariant injection(const QJsonObject& ns)
{
    const QJsonObject labels = at(ns, { "metadata", "labels" }).toObject();
    const QString revision = labels.value(QLatin1String("istio.io/rev")).toString();
    if (!revision.isEmpty())
        return QString(QStringLiteral("rev=") + revision);
    return labels.value(QLatin1String("istio-injection")).toString();
}

QVariant workloadReady(const QJsonObject& workload)
{
    const QJsonObject status = workload.value(QLatin1String("status")).toObject();
    if (status.contains(QLatin1String("desiredNumberScheduled"))) // DaemonSet
        return QStringLiteral("%1/%2")
            .arg(status.value(QLatin1String("numberReady")).toInt())
            .arg(status.value(QLatin1String("desiredNumberScheduled")).toInt());
    return QStringLiteral("%1/%2")
        .arg(status.value(QLatin1String("readyReplicas")).toInt())
        .arg(at(workload, { "spec", "replicas" }).toInt(1));
}

} // namespace

KubeObjectModel* namespaces(QObject* parent)
{
    return new KubeObjectModel({ name(), field(KubeObjectModel::tr("Status"), { "status", "phase" }),
                                   { KubeObjectModel::tr("Istio injection"), injection }, created() },
        parent);
}

KubeObjectModel* pods(QObject* parent)
{
    return new KubeObjectModel(
        { name(), namespaceColumn(), { KubeObjectModel::tr("Ready"), podReady },
            { KubeObjectModel::tr("Status"), podStatus }, { KubeObjectModel::tr("Restarts"), podRestarts },
            field(KubeObjectModel::tr("Node"), { "spec", "nodeName" }),
            field(KubeObjectModel::tr("IP"), { "status", "podIP" }), created() },
        parent);
}

KubeObjectModel* services(QObject* parent)
{
    return new KubeObjectModel({ name(), namespaceColumn(), field(KubeObjectModel::tr("Type"), { "spec", "type" }),
                                   field(KubeObjectModel::tr("Cluster IP"), { "spec", "clusterIP" }),
                                   { KubeObjectModel::tr("Ports"), servicePorts }, created() },
        parent);
}

KubeObjectModel* workloads(QObject* parent)
{
    return new KubeObjectModel(
        { name(), namespaceColumn(), { KubeObjectModel::tr("Ready"), workloadReady }, created() }, parent);
}

KubeObjectModel* istioConfigs(QObject* parent)
{
    // Custom resources carry kind and apiVersion in list items (core kinds do not).
    return new KubeObjectModel({ field(KubeObjectModel::tr("Kind"), { "kind" }), name(), namespaceColumn(),
                                   field(KubeObjectModel::tr("API version"), { "apiVersion" }), created() },
        parent);
}

} // namespace KubeModels
} // namespace meshscope
