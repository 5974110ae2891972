#pragma once

#include "models/graph/graphoptions.h"
#include "models/graph/graphtypes.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace meshscope {

class HttpClient;

// Fetches one traffic graph: graph-model's fixed query set (graphQueries) as instant queries against Prometheus'
// HTTP API, then parsing and graph-model's buildGraph on the thread pool. A newer fetch makes the answers of an
// older one be dropped. (A stand-in for graph-model's GraphService, which adds Kubernetes inventory.)
class GraphPageFetcher : public QObject
{
    Q_OBJECT
public:
    explicit GraphPageFetcher(HttpClient* http, QObject* parent = nullptr);

    void setPrometheus(const QUrl& url) { m_prometheus = url; }
    const QUrl& prometheus() const { return m_prometheus; }
    void fetch(const graph::GraphOptions& options);

signals:
    void graphReady(std::shared_ptr<const meshscope::graph::Graph> graph);
    void failed(const QString& message);

private:
    HttpClient* m_http;
    QUrl m_prometheus;
    int m_generation = 0;
};

} // namespace meshscope
