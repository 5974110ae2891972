#include "snapshot.h"

#include "meshconfig.h"

namespace meshscope::analysis {

Snapshot::Snapshot()
{
    setMeshConfig(MeshConfigDefaults::apply({}));
    setMeshNetworks({});
}

QString Snapshot::keyOf(const QString& cluster, const QString& ns, const QString& name)
{
    return cluster + QLatin1Char('|') + ns + QLatin1Char('/') + name;
}

void Snapshot::touch(Kind kind)
{
    Table& table = m_tables[size_t(kind)];
    ++table.version;
    table.byNamespace.reset();
}

const QList<ResourcePtr>& Snapshot::inNamespace(Kind kind, const QString& ns) const
{
    static const QList<ResourcePtr> none;
    const Table& table = m_tables[size_t(kind)];
    if (!table.byNamespace) {
        QHash<QString, QList<ResourcePtr>> index;
        for (const auto& entry : table.ordered)
            index[entry.second->ns].append(entry.second);
        table.byNamespace = std::move(index);
    }
    const auto it = table.byNamespace->constFind(ns);
    return it == table.byNamespace->constEnd() ? none : *it;
}

ResourcePtr Snapshot::insert(ResourcePtr resource)
{
    touch(resource->kind);
    Table& table = m_tables[size_t(resource->kind)];
    const QString key = keyOf(resource->cluster, resource->ns, resource->name);
    const auto it = table.index.constFind(key);
    if (it != table.index.constEnd()) {
        ResourcePtr& slot = table.ordered[*it];
        return std::exchange(slot, std::move(resource));
    }
    if (!resource->cluster.isEmpty())
        m_hasClusters = true;
    const quint64 position = m_next++;
    table.index.insert(key, position);
    table.ordered.emplace(position, std::move(resource));
    return nullptr;
}

ResourcePtr Snapshot::remove(Kind kind, const QString& ns, const QString& name, const QString& cluster)
{
    Table& table = m_tables[size_t(kind)];
    const auto it = table.index.find(keyOf(cluster, ns, name));
    if (it == table.index.end())
        return nullptr;
    touch(kind);
    const auto entry = table.ordered.find(*it);
    ResourcePtr removed = std::move(entry->second);
    table.ordered.erase(entry);
    table.index.erase(it);
    return removed;
}

void Snapshot::clear()
{
    for (const Kind kind : allKinds()) {
        touch(kind);
        m_tables[size_t(kind)].ordered.clear();
        m_tables[size_t(kind)].index.clear();
    }
}

QList<ResourcePtr> Snapshot::all(Kind kind) const
{
    QList<ResourcePtr> result;
    const Table& table = m_tables[size_t(kind)];
    result.reserve(qsizetype(table.ordered.size()));
    for (const auto& entry : table.ordered)
        result.append(entry.second);
    return result;
}

ResourcePtr Snapshot::find(Kind kind, const QString& ns, const QString& name) const
{
    const Table& table = m_tables[size_t(kind)];
    const auto local = table.index.constFind(keyOf(QString(), ns, name));
    if (local != table.index.constEnd())
        return table.ordered.at(*local);
    if (!m_hasClusters)
        return nullptr;
    // Objects from named clusters (multi-cluster snapshots): the first one added.
    for (const auto& entry : table.ordered) {
        if (entry.second->ns == ns && entry.second->name == name)
            return entry.second;
    }
    return nullptr;
}

quint64 Snapshot::position(const Resource& resource) const
{
    const Table& table = m_tables[size_t(resource.kind)];
    const auto it = table.index.constFind(keyOf(resource.cluster, resource.ns, resource.name));
    return it != table.index.constEnd() && table.ordered.at(*it).get() == &resource ? *it : 0;
}

void Snapshot::setAvailable(Kind kind, bool available)
{
    if (available)
        m_available.insert(kind);
    else
        m_available.remove(kind);
}

void Snapshot::setIstioNamespace(const QString& ns)
{
    m_istioNamespace = ns;
    setMeshConfig(QJsonObject(m_meshConfig));
    setMeshNetworks(QJsonObject(m_meshNetworks));
}

void Snapshot::setMeshConfig(const QJsonObject& meshConfig)
{
    m_meshConfig = meshConfig;
    auto resource = makeResource(Kind::MeshConfig, QJsonObject { { QStringLiteral("spec"), meshConfig } });
    resource->ns = m_istioNamespace;
    resource->name = QStringLiteral("meshconfig");
    m_tables[size_t(Kind::MeshConfig)].ordered.clear();
    m_tables[size_t(Kind::MeshConfig)].index.clear();
    insert(std::move(resource));
    setAvailable(Kind::MeshConfig);
}

void Snapshot::setMeshNetworks(const QJsonObject& meshNetworks)
{
    m_meshNetworks = meshNetworks;
    auto resource = makeResource(Kind::MeshNetworks, QJsonObject { { QStringLiteral("spec"), meshNetworks } });
    resource->ns = m_istioNamespace;
    resource->name = QStringLiteral("meshnetworks");
    m_tables[size_t(Kind::MeshNetworks)].ordered.clear();
    m_tables[size_t(Kind::MeshNetworks)].index.clear();
    insert(std::move(resource));
    setAvailable(Kind::MeshNetworks);
}

} // namespace meshscope::analysis
