#pragma once

#include <QTabWidget>

class QComboBox;
class QPushButton;

namespace meshscope {

class BootstrapPanel;
class CertificatePanel;
class ConfigDiffView;
class JsonTreeView;
class LoggingPanel;
class ProxyDetailController;
class ProxyTableTab;

// The tabs of one proxy: Clusters, Listeners, Routes, Endpoints, Secrets, Bootstrap, Logging, Stats, ECDS,
// istiod vs Envoy, Compare, Raw. Cross-links between tabs are followed here; links to Istio resources leave
// the page (openResourceRequested).
class ProxyDetailTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit ProxyDetailTabs(ProxyDetailController* controller, QWidget* parent = nullptr);

    ProxyTableTab* clustersTab() const { return m_clusters; }
    ProxyTableTab* listenersTab() const { return m_listeners; }
    ProxyTableTab* routesTab() const { return m_routes; }
    ProxyTableTab* endpointsTab() const { return m_endpoints; }
    ProxyTableTab* secretsTab() const { return m_secrets; }
    ProxyTableTab* statsTab() const { return m_stats; }
    CertificatePanel* certificatePanel() const { return m_certificate; }
    BootstrapPanel* bootstrapPanel() const { return m_bootstrap; }
    LoggingPanel* loggingPanel() const { return m_logging; }
    ConfigDiffView* istiodDiff() const { return m_istiodDiff; }
    ConfigDiffView* compareView() const { return m_compare; }
    JsonTreeView* rawView() const { return m_raw; }
    QComboBox* compareTarget() const { return m_compareTarget; }

    // The proxies that may be compared with this one ("pod.namespace").
    void setComparableProxies(const QStringList& proxyIds);
    // Follows a cross-link: another tab, or openResourceRequested for Istio resources.
    void followLink(const QString& kind, const QString& target);

signals:
    void openResourceRequested(const QString& kind, const QString& ns, const QString& name);

private:
    void showSnapshot();
    void showComparison();

    ProxyDetailController* m_controller;
    ProxyTableTab* m_clusters;
    ProxyTableTab* m_listeners;
    ProxyTableTab* m_routes;
    ProxyTableTab* m_endpoints;
    ProxyTableTab* m_secrets;
    ProxyTableTab* m_ecds;
    ProxyTableTab* m_stats;
    ProxyTableTab* m_loggers;
    CertificatePanel* m_certificate;
    BootstrapPanel* m_bootstrap;
    LoggingPanel* m_logging;
    ConfigDiffView* m_istiodDiff;
    ConfigDiffView* m_compare;
    QComboBox* m_compareTarget;
    QPushButton* m_compareButton;
    JsonTreeView* m_raw;
    const void* m_rawDocument = nullptr;
};

} // namespace meshscope
