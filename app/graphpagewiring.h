#pragma once

#include <QObject>
#include <QUrl>

namespace meshscope {

class AppSettings;
class ClusterSession;
class GraphPage;
class HttpClient;
class PromClient;
struct PromConfig;
class MainWindow;

namespace graph {
class GraphInventorySource;
class GraphRefresh;
} // namespace graph

// Puts the Graph page into the main window and connects its controller (graph::GraphRefresh) to its sources: the
// namespaces and caches of the cluster session, Prometheus (--prometheus, the demo mesh's, or discovered through
// the API server), and the settings, where the page's query is kept per kubeconfig context.
class GraphPageWiring : public QObject
{
    Q_OBJECT
public:
    GraphPageWiring(MainWindow* window, ClusterSession* session, AppSettings* settings, QObject* parent = nullptr);
    ~GraphPageWiring() override;

    // The Prometheus to ask (--prometheus, the demo mesh's, or discovered); an empty URL: the page says it has
    // none. The config carries credentials and limits from the command line.
    void setPrometheus(const PromConfig& config);
    // The kubeconfig context being connected: its saved graph settings apply, the previous cluster's graph goes.
    void setContext(const QString& context);
    GraphPage* page() const { return m_page; }
    PromClient* prometheus() const { return m_prom; } // null until there is one
    graph::GraphRefresh* controller() const { return m_controller; }
    // The page has had its first answer (a graph, an error, or "no Prometheus"): --screenshot waits for it.
    bool isSettled() const { return m_settled; }

signals:
    void settled();

private:
    void updateNamespaces();
    void discoverPrometheus();
    void usePrometheus(HttpClient* http, const PromConfig& config);
    void saveQuery();
    void stateChanged();
    void markSettled();

    MainWindow* m_window;
    ClusterSession* m_session;
    AppSettings* m_settings;
    graph::GraphRefresh* m_controller;
    graph::GraphInventorySource* m_inventory;
    GraphPage* m_page;
    HttpClient* m_http;
    PromClient* m_prom = nullptr;
    QUrl m_prometheus;
    QString m_context;
    bool m_settled = false;
};

} // namespace meshscope
