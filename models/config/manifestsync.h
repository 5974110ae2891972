// The resources of a manifest (one file or many) against the cluster, one after another in their order:
//   Diff   — the live object and the server's dry-run result of applying it (what kubectl diff compares),
//   DryRun — the server's verdict only,
//   Apply  — server-side apply with fieldManager=meshscope.
// What `meshscope diff` / `meshscope apply` print and the editor shows for multi-document files.
#pragma once

#include "models/config/resourceclient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace meshscope::config {

class ManifestSync : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Diff,
        DryRun,
        Apply,
    };

    struct Item
    {
        int index = 0; // in the manifest's resource order
        QJsonObject object; // as written
        std::optional<ResourceRef> ref;
        QString error; // could not be resolved or read
        bool liveFound = false;
        QJsonObject live; // editableObject(live, true): without managedFields
        KubeWriteResult result; // the dry run (Diff, DryRun) or the apply
        QString diff; // Diff: unified diff, live → merged; "" when they are the same

        bool failed() const { return !error.isEmpty() || (ref && !result.ok()); }
    };

    ManifestSync(KubeApi* api, KubeDiscovery* discovery, KubeWriter* writer, const QString& defaultNamespace,
        QObject* parent = nullptr);

    // Starts; itemDone for each resource, then finished. force: take over conflicting fields on apply.
    // resourceVersions: per object, the version it must still have when written ("" or missing: any).
    void run(
        const QList<QJsonObject>& objects, Mode mode, bool force = false, const QStringList& resourceVersions = {});
    const QList<Item>& items() const { return m_items; }

    // The unified diff kubectl diff prints for one resource (live → merged), "" when equal.
    static QString diffFor(const ResourceRef& ref, const QJsonObject& live, bool liveFound, const QJsonObject& merged);

signals:
    void itemDone(const meshscope::config::ManifestSync::Item& item);
    void finished();

private:
    void next();
    void finishItem(Item item);

    ResourceClient m_client;
    KubeDiscovery* m_discovery;
    QString m_defaultNamespace;
    QList<QJsonObject> m_objects;
    QList<Item> m_items;
    Mode m_mode = Mode::Diff;
    bool m_force = false;
    QStringList m_resourceVersions;
};

} // namespace meshscope::config
