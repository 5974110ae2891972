#pragma once

#include "kubeapi.h"
#include "kubejson.h"

#include <QHash>
#include <QObject>

namespace meshscope {

// Which API versions and resources the cluster serves (/api, /apis, /apis/<group>/<version>). Decides the version
// we use per group: Istio groups prefer v1, then v1beta1, then v1alpha3/v1alpha1; other groups take the server's
// preferred version.
class KubeDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit KubeDiscovery(KubeApi* api, QObject* parent = nullptr);

    // Fetches the group list, then the resource lists of the chosen version of every group. Emits finished().
    void run();
    bool isDone() const { return m_done; }
    QString error() const { return m_error; }

    // The version we use for a group, empty if the group is not served.
    QString version(const QString& group) const { return m_versions.value(group); }
    std::optional<KubeResource> resource(const QString& group, const QString& plural) const;
    QList<KubeResource> resources() const { return m_resources; }

    // Chooses from served versions (pure, for tests).
    static QString chooseVersion(const QString& group, const QStringList& served, const QString& preferred);
    // Parses an APIResourceList body into resources (subresources like pods/log are skipped).
    static QList<KubeResource> parseResourceList(const QByteArray& body, QString* error);

signals:
    void finished();

private:
    void groupsArrived(const QByteArray& body);
    void fetchResources(const QString& group, const QString& version);
    void oneDone(const QString& error);

    KubeApi* m_api;
    QHash<QString, QString> m_versions;
    QList<KubeResource> m_resources;
    int m_pending = 0;
    bool m_done = false;
    QString m_error;
};

} // namespace meshscope
