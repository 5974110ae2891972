#pragma once

#include "commandline.h"

#include <QObject>
#include <memory>

namespace meshscope {

class AppSettings;
class ClusterPages;
class ClusterSession;
class DemoMesh;
class DetailsWiring;
class GraphPageWiring;
class HealthPagesWiring;
class ConnectionStatus;
class MainWindow;
class PageCatalog;
class ResourceEditors;
class TrafficWiring;
class ProxiesPageWiring;
namespace analysis {
class LiveAnalysis;
}

// One running GUI: the models, the main window and how they are wired for the chosen cluster.
class GuiSession : public QObject
{
    Q_OBJECT
public:
    explicit GuiSession(const StartupOptions& options, QObject* parent = nullptr);
    ~GuiSession() override;

    MainWindow& window() const { return *m_window; }
    PageCatalog& pages() const { return *m_pages; }
    ConnectionStatus& status() const { return *m_status; }
    bool isSettled() const { return m_settled; }
    // The live configuration analysis of the connected cluster; its results() are what pages show.
    analysis::LiveAnalysis& analysis() const { return *m_analysis; }
    HealthPagesWiring& healthPages() const { return *m_healthPages; }
    DetailsWiring& details() const { return *m_details; }
    ResourceEditors& editors() const { return *m_editors; }

signals:
    // Start-up has finished, one way or the other (demo mesh ready or failed, kubeconfig read).
    // --screenshot waits for this so the picture shows what a user would see.
    void settled();

private:
    void usePrometheus(); // --prometheus (or the demo's) with the credentials and limits of the command line
    void explainGraphWithoutCluster();
    void loadContexts();
    void startDemoMesh();
    void markSettled();
    void settleWhenListed();
    void connectCluster(const QString& context);

    StartupOptions m_options;
    bool m_graphProblemShown = false;
    std::unique_ptr<AppSettings> m_settings;
    PageCatalog* m_pages;
    ConnectionStatus* m_status;
    std::unique_ptr<MainWindow> m_window;
    ClusterSession* m_cluster;
    analysis::LiveAnalysis* m_analysis;
    ClusterPages* m_clusterPages;
    GraphPageWiring* m_graphPage;
    TrafficWiring* m_traffic;
    HealthPagesWiring* m_healthPages;
    DetailsWiring* m_details;
    ProxiesPageWiring* m_proxiesPage;
    ResourceEditors* m_editors;
    DemoMesh* m_demo = nullptr;
    bool m_settled = false;
};

} // namespace meshscope
