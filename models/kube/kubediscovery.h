#pragma once

#include "kubeapi.h"
#include "kubejson.h"

#include <QHash>
#include <QObject>

namespace meshscope {

// Which API versions and resources the cluster serves (/api, /apis, /apis/<group>/<version>). A group's preferred
// version: Istio groups v1, then v1beta1, then v1alpha3/v1alpha1; other groups the server's preferred version.
// Each resource kind then uses the preferred version if it serves the kind, else the newest version that does
// (kubectl's rule): networking.istio.io EnvoyFilter exists only as v1alpha3 and ProxyConfig only as v1beta1.
class KubeDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit KubeDiscovery(KubeApi* api, QObject* parent = nullptr);

    // Fetches the group list, then the resource lists of every served version of every group. Emits finished().
    void run();
    bool isDone() const { return m_done; }
    QString error() const { return m_error; }

    // The preferred version of a group, empty if the group is not served.
    QString version(const QString& group) const { return m_versions.value(group); }
    // The resource group/plural in the version chosen for it.
    std::optional<KubeResource> resource(const QString& group, const QString& plural) const;
    // Every resource kind once, each in its chosen version.
    QList<KubeResource> resources() const { return m_chosen; }

    // Chooses a group's preferred version from its served versions (pure, for tests).
    static QString chooseVersion(const QString& group, const QStringList& served, const QString& preferred);
    // Picks one version per group/plural from every served version's resources (pure, for tests).
    static QList<KubeResource> chooseResources(
        const QList<KubeResource>& served, const QHash<QString, QString>& preferredVersions);
    // Kubernetes version priority: v2 > v1 > v1beta2 > v1beta1 > v1alpha1 > anything else (alphabetical).
    static bool isNewerVersion(const QString& a, const QString& b);
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
    QList<KubeResource> m_served; // every version's resources
    QList<KubeResource> m_chosen;
    int m_pending = 0;
    bool m_done = false;
    QString m_error;
};

} // namespace meshscope
