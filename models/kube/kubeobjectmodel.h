#pragma once

#include "kubeinformer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <functional>

namespace meshscope {

// A flat table of Kubernetes objects fed by one or more informers. Rows are merged by key (kind + namespace/name):
// changes insert, remove or update single rows, never reset the model, so selection and scroll position survive
// relists and reconnects.
class KubeObjectModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles
    {
        ObjectRole = Qt::UserRole + 1, // the whole object as QJsonObject
        KeyRole, // "Kind:namespace/name"
        NamespaceRole,
        NameRole,
        KindRole,
    };

    struct Column
    {
        QString title;
        std::function<QVariant(const QJsonObject&)> value; // DisplayRole
    };

    explicit KubeObjectModel(QList<Column> columns, QObject* parent = nullptr);

    // Feeds the model from an informer: its current objects now and its changes from then on.
    void addSource(KubeInformer* informer);
    // Applies changes of objects of one kind (what the informer connection does). List items carry no kind, so
    // the source tells it.
    void apply(const QString& kind, const QList<KubeChange>& changes);
    void clear(); // a different cluster: the only time the model resets

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QJsonObject objectAt(int row) const { return m_rows.value(row).object; }
    int rowOf(const QString& kind, const QJsonObject& object) const { return m_index.value(rowKey(kind, object), -1); }
    static QString rowKey(const QString& kind, const QJsonObject& object);

private:
    struct Row
    {
        QString kind;
        QJsonObject object;
    };
    void removeRowBlocks(QList<int> rows); // any order, no duplicates

    QList<Column> m_columns;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

// The columns of the standard pages. Each returns a model ready for addSource().
namespace KubeModels {
KubeObjectModel* namespaces(QObject* parent = nullptr);
KubeObjectModel* pods(QObject* parent = nullptr);
KubeObjectModel* services(QObject* parent = nullptr);
KubeObjectModel* workloads(QObject* parent = nullptr); // Deployments, StatefulSets, DaemonSets
KubeObjectModel* istioConfigs(QObject* parent = nullptr); // any Istio kind; add one informer per kind
} // namespace KubeModels

} // namespace meshscope
