#pragma once

// What istiod has pushed and each proxy has acknowledged. Every config change is a push (a new version);
// a proxy made STALE keeps acknowledging an old push and keeps serving the config of that time, so istiod's
// /debug/syncz, its /debug/config_dump and the proxy's own /config_dump disagree as in a real cluster.

#include "sim/traffic/meshtopology.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <memory>

namespace meshscope::sim {

class XdsState
{
public:
    struct Push
    {
        int version = 0;
        QDateTime time;
        std::shared_ptr<const MeshTopology> topology;
        QString versionInfo() const; // "2026-11-23T00:40:12Z/7", as istiod writes it
        QString lastUpdated() const; // "2026-11-23T00:40:12.000Z"
    };

    // A change to the config: the next push gets a new version.
    void noteChange() { m_changed = true; }
    // The current push, created from `topology` when something changed since the last one.
    const Push& current(const std::shared_ptr<const MeshTopology>& topology);
    // The push a proxy ("pod.namespace") runs with: an old one when it is STALE.
    Push pushOf(const QString& proxy, const std::shared_ptr<const MeshTopology>& topology);

    void markStale(const QString& proxy, const std::shared_ptr<const MeshTopology>& topology);
    void markSynced(const QString& proxy) { m_stale.remove(proxy); }
    void markAllSynced() { m_stale.clear(); }
    bool isStale(const QString& proxy) const { return m_stale.contains(proxy); }
    QStringList staleProxies() const;

    // An xDS nonce for a push and type, in the "<base64>=<uuid>" form older istiod versions print.
    static QString nonce(int version, const QString& type);

private:
    Push m_current;
    bool m_changed = true;
    QHash<QString, Push> m_stale;
};

} // namespace meshscope::sim
