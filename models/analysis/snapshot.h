#pragma once

#include "analysisresource.h"

#include <QSet>
#include <array>
#include <functional>
#include <map>
#include <optional>

namespace meshscope::analysis {

// The resources one analysis run looks at, by kind, in the order they were added (files keep their order), plus
// the mesh configuration. Objects are keyed by cluster, namespace and name: adding an object with the key of one
// already there replaces it in place (that is how files are laid over a cluster). Not thread-safe: one owner.
class Snapshot
{
public:
    Snapshot();

    // Adds or replaces; returns the resource it replaced, if any.
    ResourcePtr insert(ResourcePtr resource);
    // Removes the object with this kind/cluster/namespace/name; returns it, or nullptr.
    ResourcePtr remove(Kind kind, const QString& ns, const QString& name, const QString& cluster = {});
    void clear();

    // Calls fn for each object of kind until it returns false (or for all, when fn returns void).
    template <typename Fn> void forEach(Kind kind, Fn&& fn) const
    {
        for (const auto& entry : m_tables[size_t(kind)].ordered) {
            if constexpr (std::is_same_v<std::invoke_result_t<Fn, const ResourcePtr&>, bool>) {
                if (!fn(entry.second))
                    return;
            } else {
                fn(entry.second);
            }
        }
    }
    QList<ResourcePtr> all(Kind kind) const;
    // The objects of kind in namespace ns (indexed on first use, until objects of that kind change).
    const QList<ResourcePtr>& inNamespace(Kind kind, const QString& ns) const;
    // Bumped whenever an object of kind is added, replaced or removed.
    quint64 version(Kind kind) const { return m_tables[size_t(kind)].version; }

    // Something computed from the snapshot (an index the analyzers share), kept until an object of one of the
    // kinds it depends on changes.
    template <typename T, typename Build>
    std::shared_ptr<const T> derived(const QString& name, const QList<Kind>& dependsOn, Build build) const
    {
        QList<quint64> versions;
        for (const Kind kind : dependsOn)
            versions << version(kind);
        const auto it = m_derived.entries.constFind(name);
        if (it != m_derived.entries.constEnd() && it->versions == versions)
            return std::static_pointer_cast<const T>(it->value);
        std::shared_ptr<const T> value = build();
        m_derived.entries.insert(name, { value, versions });
        return value;
    }
    // Working state an analyzer keeps with the snapshot between runs (results per object, say), dropped when an
    // object of one of the kinds it depends on changes. Like derived(), for the snapshot's one owner only.
    template <typename T> std::shared_ptr<T> cache(const QString& name, const QList<Kind>& dependsOn) const
    {
        return std::const_pointer_cast<T>(derived<T>(name, dependsOn, [] { return std::make_shared<const T>(); }));
    }
    qsizetype count(Kind kind) const { return qsizetype(m_tables[size_t(kind)].ordered.size()); }
    // The object of kind named ns/name (any cluster, the first added), or nullptr.
    ResourcePtr find(Kind kind, const QString& ns, const QString& name) const;
    bool exists(Kind kind, const QString& ns, const QString& name) const { return bool(find(kind, ns, name)); }
    // Where an object of the snapshot is in the order objects were added (later objects have larger positions), or
    // 0 when it is not in the snapshot.
    quint64 position(const Resource& resource) const;

    // Kinds the sources of this snapshot provide, even when empty (a cluster serves them, or files were read for
    // them). An analyzer that needs a kind no source provides is skipped, as istioctl skips it.
    void setAvailable(Kind kind, bool available = true);
    bool isAvailable(Kind kind) const { return m_available.contains(kind); }

    QString istioNamespace() const { return m_istioNamespace; }
    void setIstioNamespace(const QString& ns);
    // The mesh configuration with defaults applied (see meshconfig.h) and the mesh networks; both are also in the
    // snapshot as the MeshConfig and MeshNetworks objects the analyzers report on.
    const QJsonObject& meshConfig() const { return m_meshConfig; }
    const QJsonObject& meshNetworks() const { return m_meshNetworks; }
    void setMeshConfig(const QJsonObject& meshConfig);
    void setMeshNetworks(const QJsonObject& meshNetworks);

private:
    struct Table
    {
        std::map<quint64, ResourcePtr> ordered;
        QHash<QString, quint64> index; // cluster|ns/name → position
        quint64 version = 0;
        mutable std::optional<QHash<QString, QList<ResourcePtr>>> byNamespace;
    };
    struct Derived
    {
        std::shared_ptr<const void> value;
        QList<quint64> versions;
    };
    // Derived data may refer to the snapshot it was built from, so a copy starts without any.
    struct DerivedCache
    {
        QHash<QString, Derived> entries;
        DerivedCache() = default;
        DerivedCache(const DerivedCache&) { }
        DerivedCache& operator=(const DerivedCache&)
        {
            entries.clear();
            return *this;
        }
    };
    void touch(Kind kind);
    static QString keyOf(const QString& cluster, const QString& ns, const QString& name);

    std::array<Table, size_t(Kind::Count)> m_tables;
    quint64 m_next = 1;
    bool m_hasClusters = false;
    QSet<Kind> m_available;
    QString m_istioNamespace = QStringLiteral("istio-system");
    QJsonObject m_meshConfig;
    QJsonObject m_meshNetworks;
    mutable DerivedCache m_derived;
};

} // namespace meshscope::analysis
