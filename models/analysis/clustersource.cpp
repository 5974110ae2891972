#include "clustersource.h"

#include "filesource.h"
#include "meshconfig.h"
#include "models/kube/clustersession.h"
#include "snapshot.h"

namespace meshscope::analysis {

ClusterSource::ClusterSource(ClusterSession* session, const QSet<Kind>& kinds, bool withSecrets, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_kinds(kinds)
    , m_withSecrets(withSecrets)
{
    qRegisterMetaType<meshscope::analysis::ResourceChange>();
}

ClusterSource::~ClusterSource()
{
    for (const QPointer<KubeInformer>& informer : std::as_const(m_owned))
        delete informer.data();
}

std::shared_ptr<Resource> ClusterSource::toResource(Kind kind, const QJsonObject& object)
{
    return makeResource(kind, object);
}

void ClusterSource::start()
{
    if (!m_session || !m_session->discovery())
        return;
    for (const Kind kind : std::as_const(m_kinds)) {
        if (kind == Kind::MeshConfig || kind == Kind::MeshNetworks)
            continue;
        const KindInfo& info = kindInfo(kind);
        const QString group = QLatin1String(info.group);
        const QString plural = QLatin1String(info.plural);
        if (kind == Kind::ConfigMap || kind == Kind::Secret) {
            if (kind == Kind::Secret && !m_withSecrets)
                continue;
            const auto resource = m_session->discovery()->resource(group, plural);
            if (!resource)
                continue;
            // Only the Istio namespace's ConfigMaps (mesh config, injector); Secrets everywhere (gateway
            // credentials), with their own caches so the pages' informers stay small.
            auto* informer = new KubeInformer(
                m_session->api(), *resource, kind == Kind::ConfigMap ? m_istioNamespace : QString(), m_session->api());
            m_owned.append(informer);
            watch(kind, informer);
            informer->start();
            continue;
        }
        if (KubeInformer* informer = m_session->informer(group, plural))
            watch(kind, informer);
    }
    checkSynced();
}

void ClusterSource::watch(Kind kind, KubeInformer* informer)
{
    m_served.insert(kind);
    m_informers.append({ kind, informer });
    connect(informer, &KubeInformer::changed, this,
        [this, kind](const QList<KubeChange>& changes) { informerChanged(kind, changes); });
    connect(informer, &KubeInformer::synced, this, &ClusterSource::checkSynced);
}

bool ClusterSource::isSynced() const
{
    for (const auto& [kind, informer] : m_informers) {
        if (informer && !informer->hasSynced())
            return false;
    }
    return true;
}

void ClusterSource::checkSynced()
{
    if (m_synced || !isSynced())
        return;
    m_synced = true;
    emit synced();
}

void ClusterSource::informerChanged(Kind kind, const QList<KubeChange>& changes)
{
    if (!m_synced)
        return; // the first list arrives through fill()
    QList<ResourceChange> result;
    bool meshConfig = false;
    for (const KubeChange& change : changes) {
        std::shared_ptr<Resource> resource = toResource(kind, change.object);
        const QString owningNamespace = kind == Kind::Namespace ? resource->name : resource->ns;
        if (FileSource::isIgnoredNamespace(owningNamespace))
            continue;
        if (kind == Kind::ConfigMap && resource->name == QLatin1String("istio"))
            meshConfig = true;
        result.append({ std::move(resource), change.type == KubeChange::Type::Deleted });
    }
    if (!result.isEmpty())
        emit changed(result);
    if (meshConfig)
        emit meshConfigChanged();
}

QList<QPair<Kind, QList<QJsonObject>>> ClusterSource::objects() const
{
    QList<QPair<Kind, QList<QJsonObject>>> result;
    for (const auto& [kind, informer] : m_informers) {
        if (informer)
            result.append({ kind, informer->objects().values() });
    }
    return result;
}

void ClusterSource::addObjects(Snapshot* snapshot, Kind kind, const QList<QJsonObject>& objects)
{
    snapshot->setAvailable(kind);
    for (const QJsonObject& object : objects) {
        std::shared_ptr<Resource> resource = toResource(kind, object);
        const QString owningNamespace = kind == Kind::Namespace ? resource->name : resource->ns;
        if (!FileSource::isIgnoredNamespace(owningNamespace))
            snapshot->insert(std::move(resource));
    }
}

void ClusterSource::fill(Snapshot* snapshot) const
{
    for (const auto& [kind, objects] : objects())
        addObjects(snapshot, kind, objects);
    snapshot->setIstioNamespace(m_istioNamespace);
    snapshot->setMeshConfig(meshConfig());
    snapshot->setMeshNetworks(meshNetworks());
}

QJsonObject ClusterSource::istioConfigMapData() const
{
    for (const auto& [kind, informer] : m_informers) {
        if (kind != Kind::ConfigMap || !informer)
            continue;
        for (const QJsonObject& object : informer->objects()) {
            const QJsonObject metadata = json::obj(object, "metadata");
            if (json::str(metadata, "name") == QLatin1String("istio")
                && json::str(metadata, "namespace") == m_istioNamespace)
                return json::obj(object, "data");
        }
    }
    return {};
}

QJsonObject ClusterSource::meshConfig() const
{
    QJsonObject config = MeshConfigDefaults::apply({});
    MeshConfigDefaults::fromYaml(json::str(istioConfigMapData(), "mesh").toUtf8(), &config, nullptr);
    return config;
}

QJsonObject ClusterSource::meshNetworks() const
{
    QJsonObject networks;
    MeshConfigDefaults::networksFromYaml(json::str(istioConfigMapData(), "meshNetworks").toUtf8(), &networks, nullptr);
    return networks;
}

} // namespace meshscope::analysis
