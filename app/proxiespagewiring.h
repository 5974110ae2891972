#pragma once

#include <QObject>
#include <memory>

namespace meshscope {

class ClusterSession;
class IstioClient;
class KubeAccessReview;
class MainWindow;
class ProxiesPage;
class ProxyDetailController;
class ProxyStatusController;

// Puts the Proxies page into the main window and feeds it from the cluster session: the istiods' sync status
// and the selected proxy's Envoy (through the pod proxy), the namespace picker, links to Istio resources, and
// the graph's "Show proxy config" (a node → one of its pods).
class ProxiesPageWiring : public QObject
{
    Q_OBJECT
public:
    ProxiesPageWiring(MainWindow* window, ClusterSession* session, QObject* parent = nullptr);
    ~ProxiesPageWiring() override;

    ProxiesPage* page() const { return m_page; }
    ProxyStatusController* status() const { return m_status; }
    ProxyDetailController* detail() const { return m_detail; }
    // A traffic graph node ("wl_…", "app_…", "svc_…"): shows the Proxies page on one of its pods.
    void showGraphNode(const QString& nodeId);
    // The page shows what it will show: the list (or why there is none) and the first proxy's details.
    // --screenshot waits for it.
    bool isSettled() const;

private:
    void connected();
    void disconnected(const QString& reason);
    void openResource(const QString& kind, const QString& ns, const QString& name);

    MainWindow* m_window;
    ClusterSession* m_session;
    ProxyStatusController* m_status;
    ProxyDetailController* m_detail;
    ProxiesPage* m_page;
    std::unique_ptr<IstioClient> m_istio;
    std::unique_ptr<KubeAccessReview> m_review;
};

} // namespace meshscope
