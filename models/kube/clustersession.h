#pragma once

#include "kubeapi.h"
#include "kubediscovery.h"
#include "kubeinformer.h"
#include "kubeobjectmodel.h"
#include "kubewriter.h"

#include <QObject>
#include <QPointer>

namespace meshscope {

class ConnectionStatus;

// Everything the UI needs about one cluster: given kubeconfig files and a context it loads credentials, runs
// discovery and a SelfSubjectAccessReview (read-only mode), starts watching caches and exposes item models for
// the pages. ConnectionStatus follows along (Connecting → Connected ⇄ Reconnecting, or Failed).
class ClusterSession : public QObject
{
    Q_OBJECT
public:
    explicit ClusterSession(ConnectionStatus* status, QObject* parent = nullptr);
    ~ClusterSession() override;

    // files/explicitFile: see Kubeconfig::load. Replaces any previous connection.
    void open(const QStringList& files, const QString& context = {}, bool explicitFile = false);
    void close();

    bool isReady() const { return m_ready; } // discovery and access review are done
    bool isReadOnly() const { return m_readOnly; }
    QString error() const { return m_error; }
    QString defaultNamespace() const;

    KubeApi* api() const { return m_api; }
    KubeDiscovery* discovery() const { return m_discovery; }
    KubeWriter* writer() const { return m_writer; }
    // The informer of group/plural (created and started on first use); nullptr if the cluster does not serve it.
    KubeInformer* informer(const QString& group, const QString& plural);

    KubeObjectModel* namespacesModel() const { return m_namespaces; }
    KubeObjectModel* podsModel() const { return m_pods; }
    KubeObjectModel* servicesModel() const { return m_services; }
    KubeObjectModel* workloadsModel() const { return m_workloads; }
    KubeObjectModel* istioConfigModel() const { return m_istio; }

signals:
    void ready(); // discovery + access review finished, informers started
    void failed(const QString& message);
    void readOnlyChanged(bool readOnly);

private:
    void discovered();
    void accessReviewed(bool allowed);
    void fail(const QString& message);
    void updateStatus();

    QPointer<ConnectionStatus> m_status;
    KubeApi* m_api = nullptr;
    KubeDiscovery* m_discovery = nullptr;
    KubeWriter* m_writer = nullptr;
    QHash<QString, KubeInformer*> m_informers;
    KubeObjectModel* m_namespaces;
    KubeObjectModel* m_pods;
    KubeObjectModel* m_services;
    KubeObjectModel* m_workloads;
    KubeObjectModel* m_istio;
    bool m_ready = false;
    bool m_readOnly = true; // until the access review says otherwise
    QString m_error;
};

} // namespace meshscope
