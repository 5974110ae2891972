#pragma once

#include "analysisresource.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace meshscope {
class ClusterSession;
class KubeInformer;
struct KubeChange;
} // namespace meshscope

namespace meshscope::analysis {

class Snapshot;

// A change to one object the analysis reads: added or replaced (resource is the new one) or removed (resource is
// the last one known).
struct ResourceChange
{
    ResourcePtr resource;
    bool removed = false;
};

// The cluster's side of a snapshot: the watching caches of every kind the analyzers read that the cluster serves
// (the session's informers, shared with the pages), the Istio namespace's ConfigMaps (mesh config, injector) and,
// when asked for, Secrets. Objects in Kubernetes' own namespaces are left out, as istioctl leaves them out. Emits
// synced() once every cache has listed, then changed() with each batch an informer delivers.
class ClusterSource : public QObject
{
    Q_OBJECT
public:
    ClusterSource(ClusterSession* session, const QSet<Kind>& kinds, bool withSecrets, QObject* parent = nullptr);
    ~ClusterSource() override;

    void setIstioNamespace(const QString& ns) { m_istioNamespace = ns; }
    QString istioNamespace() const { return m_istioNamespace; }
    // Starts (or finds) the informers; call once the session is ready.
    void start();
    bool isSynced() const;
    QSet<Kind> servedKinds() const { return m_served; }

    // Adds every cached object to snapshot, marks the served kinds available and sets the mesh config and mesh
    // networks from the istio ConfigMap (defaults where it has none).
    void fill(Snapshot* snapshot) const;
    // The cached objects by kind, cheap to take (shared copies) on the GUI thread and to turn into a snapshot
    // elsewhere with addObjects().
    QList<QPair<Kind, QList<QJsonObject>>> objects() const;
    static void addObjects(Snapshot* snapshot, Kind kind, const QList<QJsonObject>& objects);
    // The mesh config (with defaults) and mesh networks from the istio ConfigMap's "mesh" and "meshNetworks".
    QJsonObject meshConfig() const;
    QJsonObject meshNetworks() const;
    static std::shared_ptr<Resource> toResource(Kind kind, const QJsonObject& object);

signals:
    void synced();
    void changed(const QList<meshscope::analysis::ResourceChange>& changes);
    void meshConfigChanged();

private:
    void watch(Kind kind, KubeInformer* informer);
    void informerChanged(Kind kind, const QList<KubeChange>& changes);
    void checkSynced();
    QJsonObject istioConfigMapData() const;

    QPointer<ClusterSession> m_session;
    QSet<Kind> m_kinds;
    bool m_withSecrets;
    QString m_istioNamespace = QStringLiteral("istio-system");
    QList<QPair<Kind, QPointer<KubeInformer>>> m_informers;
    // Informers this source created (namespaced ConfigMaps, Secrets); children of the session's API client, so
    // they go when the session closes.
    QList<QPointer<KubeInformer>> m_owned;
    QSet<Kind> m_served;
    bool m_synced = false;
};

} // namespace meshscope::analysis

Q_DECLARE_METATYPE(meshscope::analysis::ResourceChange)
