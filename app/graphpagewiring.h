#pragma once

#include <QObject>
#include <QUrl>
#include <memory>

namespace meshscope {

class ClusterSession;
class GraphPage;
class HttpClient;
class PromClient;
struct PromConfig;
class MainWindow;

namespace graph {
struct Graph;
class GraphService;
class GraphSeries;
} // namespace graph

// Puts the Graph page into the main window and feeds it: namespaces from the cluster session, the traffic graph
// from Prometheus (graph-model's GraphService), Graphviz layouts on a worker thread (graph-layout's
// GraphLayouter) and sparkline series for the selected node or edge.
class GraphPageWiring : public QObject
{
    Q_OBJECT
public:
    GraphPageWiring(MainWindow* window, ClusterSession* session, QObject* parent = nullptr);
    ~GraphPageWiring() override;

    // The Prometheus to ask (--prometheus, the demo mesh's, or discovered); an empty URL: the page says it has
    // none. The config carries credentials and limits from the command line.
    void setPrometheus(const PromConfig& config);
    GraphPage* page() const { return m_page; }
    PromClient* prometheus() const { return m_prom; } // null until there is one
    // The page has had its first answer (a graph, an error, or "no Prometheus"): --screenshot waits for it.
    bool isSettled() const { return m_settled; }

signals:
    void settled();

private:
    void updateNamespaces();
    void discoverPrometheus();
    void usePrometheus(HttpClient* http, const PromConfig& config);
    void fetch();
    void showGraph(std::shared_ptr<const graph::Graph> graph);
    void requestSeries(const QString& id, bool isEdge);
    void markSettled();

    MainWindow* m_window;
    ClusterSession* m_session;
    GraphPage* m_page;
    HttpClient* m_http;
    PromClient* m_prom = nullptr;
    graph::GraphService* m_service = nullptr;
    graph::GraphSeries* m_series = nullptr;
    QString m_seriesId; // the node or edge whose sparklines are on their way
    QUrl m_prometheus;
    bool m_userChoseNamespaces = false;
    bool m_settled = false;
};

} // namespace meshscope
