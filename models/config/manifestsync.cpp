#include "models/config/manifestsync.h"

#include "models/config/textdiff.h"
#include "models/config/yamlwriter.h"

#include <QTimer>

namespace meshscope::config {

ManifestSync::ManifestSync(
    KubeApi* api, KubeDiscovery* discovery, KubeWriter* writer, const QString& defaultNamespace, QObject* parent)
    : QObject(parent)
    , m_client(api, writer, this)
    , m_discovery(discovery)
    , m_defaultNamespace(defaultNamespace)
{ }

void ManifestSync::run(const QList<QJsonObject>& objects, Mode mode, bool force, const QStringList& resourceVersions)
{
    m_objects = objects;
    m_items.clear();
    m_mode = mode;
    m_force = force;
    m_resourceVersions = resourceVersions;
    QTimer::singleShot(0, this, &ManifestSync::next);
}

QString ManifestSync::diffFor(
    const ResourceRef& ref, const QJsonObject& live, bool liveFound, const QJsonObject& merged)
{
    const QString before = liveFound ? toYaml(editableObject(live, true)) : QString();
    const QString after = toYaml(editableObject(merged, true));
    return textdiff::unifiedDiff(
        before, after, QStringLiteral("live/") + ref.diffName(), QStringLiteral("merged/") + ref.diffName(), 3);
}

void ManifestSync::next()
{
    const qsizetype index = m_items.size();
    if (index >= m_objects.size()) {
        emit finished();
        return;
    }
    Item item;
    item.index = int(index);
    item.object = m_objects.at(index);
    QString error;
    item.ref = resolveResource(*m_discovery, item.object, m_defaultNamespace, &error);
    if (!item.ref) {
        item.error = error;
        finishItem(item);
        return;
    }
    const ResourceRef ref = *item.ref;
    if (m_mode != Mode::Diff) {
        m_client.apply(
            ref, item.object, m_mode == Mode::DryRun, m_force, this,
            [this, item](const KubeWriteResult& result) mutable {
                item.result = result;
                finishItem(item);
            },
            m_resourceVersions.value(index));
        return;
    }
    m_client.fetch(ref, this, [this, item, ref](const ResourceClient::Live& live) mutable {
        if (!live.error.isEmpty()) {
            item.error = live.error;
            finishItem(item);
            return;
        }
        item.liveFound = live.found;
        item.live = editableObject(live.object, true);
        m_client.apply(ref, item.object, true, m_force, this, [this, item, ref](const KubeWriteResult& result) mutable {
            item.result = result;
            if (result.ok())
                item.diff = diffFor(ref, item.live, item.liveFound, result.object);
            finishItem(item);
        });
    });
}

void ManifestSync::finishItem(Item item)
{
    m_items.append(item);
    emit itemDone(item);
    QTimer::singleShot(0, this, &ManifestSync::next);
}

} // namespace meshscope::config
