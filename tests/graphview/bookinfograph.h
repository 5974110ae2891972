#pragma once

#include "models/graph/graphtypes.h"

#include <memory>

// A hand-built versioned-app graph of bookinfo, as Kiali draws it: an ingress gateway (traffic source),
// service nodes between the apps, reviews v1/v2/v3 (v3 failing), ratings, details and a TCP edge to mysqldb.
// `scale` multiplies every rate, so a refresh with the same topology has different numbers.
inline std::shared_ptr<const meshscope::graph::Graph> bookinfoGraph(double scale = 1.0)
{
    using namespace meshscope::graph;
    auto graph = std::make_shared<Graph>();
    graph->type = GraphType::VersionedApp;
    graph->durationSeconds = 600;
    auto app = [&](const QString& name, const QString& version) {
        Node n;
        n.id = QStringLiteral("app_east_bookinfo_%1_%2").arg(name, version);
        n.type = NodeType::App;
        n.cluster = QStringLiteral("east");
        n.namespace_ = QStringLiteral("bookinfo");
        n.app = name;
        n.version = version;
        n.workload = name + QLatin1Char('-') + version;
        n.health = Health::Healthy;
        graph->nodes.append(n);
        return n.id;
    };
    auto service = [&](const QString& name) {
        Node n;
        n.id = QStringLiteral("svc_east_bookinfo_%1").arg(name);
        n.type = NodeType::Service;
        n.cluster = QStringLiteral("east");
        n.namespace_ = QStringLiteral("bookinfo");
        n.service = name;
        n.app = name;
        n.health = Health::Healthy;
        graph->nodes.append(n);
        return n.id;
    };
    auto edge = [&](const QString& from, const QString& to, double rps, double errorPercent, double p95,
                    const QString& protocol = QStringLiteral("http")) {
        Edge e;
        e.source = from;
        e.dest = to;
        e.protocol = protocol;
        e.rates.insert(protocol, rps * scale);
        if (protocol != QLatin1String("tcp")) {
            e.rates.insert(protocol + QStringLiteral("PercentErr"), errorPercent);
            e.rates.insert(protocol + QStringLiteral("PercentReq"), 100);
            e.rates.insert(QStringLiteral("http5xx"), rps * scale * errorPercent / 100);
            e.responseTimes.insert(QStringLiteral("0.95"), p95);
            e.responseTimeMs = p95;
            Edge::CodeDetail ok;
            ok.flags.insert(QStringLiteral("-"), 100 - errorPercent);
            e.responses.insert(QStringLiteral("200"), ok);
        }
        e.mtlsPercent = 100;
        e.health = errorPercent >= 20 ? Health::Failure : errorPercent > 0.1 ? Health::Degraded : Health::Healthy;
        graph->edges.append(e);
    };

    Node gateway;
    gateway.id = QStringLiteral("wl_east_istio-system_istio-ingressgateway");
    gateway.type = NodeType::Workload;
    gateway.cluster = QStringLiteral("east");
    gateway.namespace_ = QStringLiteral("istio-system");
    gateway.workload = QStringLiteral("istio-ingressgateway");
    gateway.app = QStringLiteral("istio-ingressgateway");
    gateway.isRoot = true;
    gateway.isGateway = true;
    gateway.isOutside = true;
    graph->nodes.append(gateway);

    const QString productpageSvc = service(QStringLiteral("productpage"));
    const QString productpage = app(QStringLiteral("productpage"), QStringLiteral("v1"));
    const QString reviewsSvc = service(QStringLiteral("reviews"));
    const QString reviews1 = app(QStringLiteral("reviews"), QStringLiteral("v1"));
    const QString reviews2 = app(QStringLiteral("reviews"), QStringLiteral("v2"));
    const QString reviews3 = app(QStringLiteral("reviews"), QStringLiteral("v3"));
    const QString detailsSvc = service(QStringLiteral("details"));
    const QString details = app(QStringLiteral("details"), QStringLiteral("v1"));
    const QString ratingsSvc = service(QStringLiteral("ratings"));
    const QString ratings = app(QStringLiteral("ratings"), QStringLiteral("v1"));
    const QString mysqlSvc = service(QStringLiteral("mysqldb"));
    const QString mysql = app(QStringLiteral("mysqldb"), QStringLiteral("v1"));
    const QString idle = app(QStringLiteral("reviews"), QStringLiteral("v4"));
    graph->nodes.last().isIdle = true;
    graph->nodes.last().health = Health::None;

    Node box;
    box.id = QStringLiteral("box_east_bookinfo_reviews");
    box.type = NodeType::Box;
    box.boxKind = QStringLiteral("app");
    box.app = QStringLiteral("reviews");
    box.namespace_ = QStringLiteral("bookinfo");
    graph->nodes.append(box);
    for (Node& node : graph->nodes) {
        if (node.type == NodeType::App && node.app == QLatin1String("reviews"))
            node.parent = box.id;
        if (node.id == reviewsSvc) {
            node.hasVirtualService = true;
            node.hasTrafficShifting = true;
            node.virtualServices = { QStringLiteral("reviews") };
            node.trafficWeights
                = { { QStringLiteral("v1"), 50 }, { QStringLiteral("v2"), 30 }, { QStringLiteral("v3"), 20 } };
        }
        if (node.id == reviews3)
            node.health = Health::Failure;
        if (node.id == ratingsSvc)
            node.hasCircuitBreaker = true;
    }

    edge(gateway.id, productpageSvc, 20, 0, 40);
    edge(productpageSvc, productpage, 20, 0, 38);
    edge(productpage, reviewsSvc, 20, 10, 60);
    edge(productpage, detailsSvc, 20, 0, 5);
    edge(detailsSvc, details, 20, 0, 4);
    edge(reviewsSvc, reviews1, 10, 0, 12);
    edge(reviewsSvc, reviews2, 6, 0, 30);
    edge(reviewsSvc, reviews3, 4, 50, 200);
    edge(reviews2, ratingsSvc, 6, 0, 6);
    edge(reviews3, ratingsSvc, 4, 0, 6);
    edge(ratingsSvc, ratings, 10, 0, 5);
    edge(ratings, mysqlSvc, 2500, 0, 0, QStringLiteral("tcp"));
    edge(mysqlSvc, mysql, 2500, 0, 0, QStringLiteral("tcp"));
    Q_UNUSED(idle);
    return graph;
}
