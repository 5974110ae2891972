#include "graphexport.h"

#include "graphvizlock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonValue>
#include <algorithm>
#include <gvc.h>

namespace meshscope::graph {

namespace {

const char* const kProtocols[] = { "grpc", "http", "tcp" };

bool isPercentKey(const QString& key)
{
    return key.contains(QLatin1String("Percent"));
}

QJsonArray nodeTraffic(const Node& node)
{
    QJsonArray traffic;
    for (const char* protocol : kProtocols) {
        QJsonObject rates;
        for (auto it = node.rates.cbegin(); it != node.rates.cend(); ++it) {
            if (it.key().startsWith(QLatin1String(protocol)) && it.value() > 0)
                rates.insert(it.key(), kialiRate(it.value()));
        }
        if (!rates.isEmpty())
            traffic.append(QJsonObject {
                { QStringLiteral("protocol"), QLatin1String(protocol) }, { QStringLiteral("rates"), rates } });
    }
    return traffic;
}

QJsonObject nodeData(const Node& n)
{
    QJsonObject d;
    d.insert(QStringLiteral("id"), kialiHash(n.id));
    if (!n.parent.isEmpty())
        d.insert(QStringLiteral("parent"), kialiHash(n.parent));
    d.insert(QStringLiteral("nodeType"), toString(n.type));
    const std::pair<const char*, const QString*> fields[] = { { "cluster", &n.cluster }, { "namespace", &n.namespace_ },
        { "workload", &n.workload }, { "app", &n.app }, { "version", &n.version }, { "service", &n.service } };
    for (const auto& [key, value] : fields) {
        if (!value->isEmpty())
            d.insert(QLatin1String(key), *value);
    }
    if (!n.destServices.isEmpty()) {
        QList<ServiceRef> refs = n.destServices;
        std::sort(refs.begin(), refs.end(), [](const ServiceRef& a, const ServiceRef& b) {
            return std::tie(a.cluster, a.namespace_, a.name) < std::tie(b.cluster, b.namespace_, b.name);
        });
        QJsonArray services;
        for (const ServiceRef& ref : refs) {
            services.append(QJsonObject { { QStringLiteral("cluster"), ref.cluster },
                { QStringLiteral("namespace"), ref.namespace_ }, { QStringLiteral("name"), ref.name } });
        }
        d.insert(QStringLiteral("destServices"), services);
    }
    const QJsonArray traffic = nodeTraffic(n);
    if (!traffic.isEmpty())
        d.insert(QStringLiteral("traffic"), traffic);
    d.insert(QStringLiteral("healthData"), QJsonValue::Null);
    if (n.health != Health::None)
        d.insert(QStringLiteral("healthStatus"), toString(n.health));
    if (n.type == NodeType::Box)
        d.insert(QStringLiteral("isBox"), n.boxKind);
    if (!n.labels.isEmpty()) {
        QJsonObject labels;
        for (auto it = n.labels.cbegin(); it != n.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        d.insert(QStringLiteral("labels"), labels); // Kiali's labeler
    }
    const std::pair<const char*, bool> flags[] = { { "hasCB", n.hasCircuitBreaker },
        { "hasFaultInjection", n.hasFaultInjection }, { "hasMirroring", n.hasMirroring },
        { "hasRequestRouting", n.hasRequestRouting }, { "hasRequestTimeout", n.hasRequestTimeout },
        { "hasTCPTrafficShifting", n.hasTcpTrafficShifting }, { "hasTrafficShifting", n.hasTrafficShifting },
        { "isDead", n.isDead }, { "isIdle", n.isIdle }, { "isInaccessible", n.isInaccessible },
        { "isInjected", n.isInjected }, { "isOutOfMesh", n.hasMissingSidecar }, { "isOutside", n.isOutside },
        { "isRoot", n.isRoot }, { "isWaypoint", n.isWaypoint } };
    for (const auto& [key, value] : flags) {
        if (value)
            d.insert(QLatin1String(key), true);
    }
    if (n.hasVirtualService) {
        d.insert(QStringLiteral("hasVS"),
            QJsonObject { { QStringLiteral("hostnames"), QJsonArray::fromStringList(n.virtualServices) } });
    }
    if (n.isGateway)
        d.insert(QStringLiteral("isGateway"), QJsonObject { { QStringLiteral("ingressInfo"), QJsonObject {} } });
    if (!n.isServiceEntry.isEmpty()) {
        d.insert(QStringLiteral("isServiceEntry"),
            QJsonObject { { QStringLiteral("hosts"), QJsonArray::fromStringList(n.serviceEntryHosts) },
                { QStringLiteral("location"), n.isServiceEntry }, { QStringLiteral("namespace"), n.namespace_ } });
    }
    return d;
}

QJsonObject edgeData(const Edge& e)
{
    QJsonObject d;
    const QString source = kialiHash(e.source);
    const QString target = kialiHash(e.dest);
    d.insert(QStringLiteral("id"), kialiHash(source + QLatin1Char('.') + target + QLatin1Char('.') + e.protocol));
    d.insert(QStringLiteral("source"), source);
    d.insert(QStringLiteral("target"), target);
    if (e.mtlsPercent > 0)
        d.insert(QStringLiteral("isMTLS"), QString::number(e.mtlsPercent, 'f', 0));
    if (e.responseTimeMs >= 0)
        d.insert(QStringLiteral("responseTime"), QString::number(e.responseTimeMs, 'f', 0));
    if (e.throughput >= 0)
        d.insert(QStringLiteral("throughput"), QString::number(e.throughput, 'f', 0));
    if (!e.sourcePrincipal.isEmpty())
        d.insert(QStringLiteral("sourcePrincipal"), e.sourcePrincipal);
    if (!e.destPrincipal.isEmpty())
        d.insert(QStringLiteral("destPrincipal"), e.destPrincipal);
    if (e.health != Health::None)
        d.insert(QStringLiteral("healthStatus"), toString(e.health));
    if (!e.waypointDirection.isEmpty())
        d.insert(QStringLiteral("waypoint"), QJsonObject { { QStringLiteral("direction"), e.waypointDirection } });
    QJsonObject traffic { { QStringLiteral("protocol"), e.protocol } };
    QJsonObject rates;
    for (auto it = e.rates.cbegin(); it != e.rates.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        rates.insert(it.key(), isPercentKey(it.key()) ? QString::number(it.value(), 'f', 1) : kialiRate(it.value()));
    }
    if (!rates.isEmpty()) {
        traffic.insert(QStringLiteral("rates"), rates);
        QJsonObject responses;
        for (auto code = e.responses.cbegin(); code != e.responses.cend(); ++code) {
            QJsonObject detail;
            QJsonObject flags, hosts;
            for (auto f = code->flags.cbegin(); f != code->flags.cend(); ++f)
                flags.insert(f.key(), QString::number(f.value(), 'f', 1));
            for (auto h = code->hosts.cbegin(); h != code->hosts.cend(); ++h)
                hosts.insert(h.key(), QString::number(h.value(), 'f', 1));
            if (!flags.isEmpty())
                detail.insert(QStringLiteral("flags"), flags);
            if (!hosts.isEmpty())
                detail.insert(QStringLiteral("hosts"), hosts);
            responses.insert(code.key(), detail);
        }
        if (!responses.isEmpty())
            traffic.insert(QStringLiteral("responses"), responses);
    }
    d.insert(QStringLiteral("traffic"), traffic);
    return d;
}

QByteArray dotQuote(const QString& text)
{
    // Backslashes stay: labels use DOT's \\n line breaks on purpose (Kubernetes names have none).
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

const char* dotShape(NodeType type)
{
    // Kiali's legend: app = rectangle (round), service = triangle, workload = circle, unknown = diamond-ish.
    switch (type) {
    case NodeType::App:
        return "box";
    case NodeType::Service:
        return "triangle";
    case NodeType::Workload:
        return "ellipse";
    case NodeType::Unknown:
        return "diamond";
    case NodeType::Aggregate:
        return "hexagon";
    case NodeType::Box:
        break;
    }
    return "box";
}

const char* healthColour(Health health)
{
    switch (health) {
    case Health::Degraded:
        return "orange";
    case Health::Failure:
        return "red";
    case Health::Healthy:
        return "darkgreen";
    case Health::None:
        break;
    }
    return "gray40";
}

QString edgeLabel(const Edge& e)
{
    if (e.protocol == QLatin1String("tcp"))
        return kialiRate(e.requestRate()) + QStringLiteral(" B/s");
    QString label = kialiRate(e.requestRate()) + QStringLiteral(" rps");
    if (e.errorPercent() > 0)
        label += QStringLiteral("\\n") + QString::number(e.errorPercent(), 'f', 1) + QStringLiteral("% err");
    return label;
}

} // namespace

QString kialiRate(double value, int minPrecision)
{
    int precision = 0;
    if (value > 0) {
        double scaled = value;
        while (precision < 5 && scaled < 1) {
            scaled *= 10;
            ++precision;
        }
    }
    return QString::number(value, 'f', std::max(precision, minPrecision));
}

QString kialiHash(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject toKialiJson(const Graph& graph)
{
    // Kiali's ordering: boxes first, then by cluster, namespace, app, version, service, workload; edges by ids.
    QList<const Node*> nodes;
    for (const Node& node : graph.nodes)
        nodes.append(&node);
    std::stable_sort(nodes.begin(), nodes.end(), [](const Node* a, const Node* b) {
        const bool boxA = a->type == NodeType::Box, boxB = b->type == NodeType::Box;
        if (boxA != boxB)
            return boxA;
        return std::tie(a->cluster, a->namespace_, a->app, a->version, a->service, a->workload)
            < std::tie(b->cluster, b->namespace_, b->app, b->version, b->service, b->workload);
    });
    QJsonArray nodeArray;
    for (const Node* node : nodes)
        nodeArray.append(QJsonObject { { QStringLiteral("data"), nodeData(*node) } });
    QList<QJsonObject> edges;
    for (const Edge& edge : graph.edges)
        edges.append(edgeData(edge));
    std::stable_sort(edges.begin(), edges.end(), [](const QJsonObject& a, const QJsonObject& b) {
        const auto key = [](const QJsonObject& o) {
            return std::make_tuple(o.value(QStringLiteral("source")).toString(),
                o.value(QStringLiteral("target")).toString(),
                o.value(QStringLiteral("traffic")).toObject().value(QStringLiteral("protocol")).toString());
        };
        return key(a) < key(b);
    });
    QJsonArray edgeArray;
    for (const QJsonObject& edge : edges)
        edgeArray.append(QJsonObject { { QStringLiteral("data"), edge } });
    return QJsonObject {
        { QStringLiteral("timestamp"), graph.timestamp },
        { QStringLiteral("duration"), graph.durationSeconds },
        { QStringLiteral("graphType"), toString(graph.type) },
        { QStringLiteral("elements"),
            QJsonObject { { QStringLiteral("nodes"), nodeArray }, { QStringLiteral("edges"), edgeArray } } },
    };
}

QByteArray toDot(const Graph& graph)
{
    QByteArray dot = "digraph meshscope {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n"
                     "  edge [fontname=\"Helvetica\", fontsize=8];\n";
    // App boxes as clusters, as Kiali draws them.
    QMap<QString, QList<const Node*>> boxed;
    for (const Node& node : graph.nodes) {
        if (!node.parent.isEmpty())
            boxed[node.parent].append(&node);
    }
    auto writeNode = [&dot](const Node& node, const QByteArray& indent) {
        QString label = node.displayName();
        if (node.type == NodeType::Workload || node.type == NodeType::App || node.type == NodeType::Service)
            label += QStringLiteral("\\n") + node.namespace_;
        dot += indent + dotQuote(node.id) + " [label=" + dotQuote(label) + ", shape=" + dotShape(node.type)
            + ", color=" + healthColour(node.health) + (node.isOutside ? ", style=dashed" : "") + "];\n";
    };
    int clusterIndex = 0;
    for (const Node& node : graph.nodes) {
        if (node.type == NodeType::Box) {
            dot += "  subgraph cluster_" + QByteArray::number(clusterIndex++) + " {\n    label=" + dotQuote(node.app)
                + ";\n    style=rounded;\n";
            for (const Node* member : boxed.value(node.id))
                writeNode(*member, "    ");
            dot += "  }\n";
        } else if (node.parent.isEmpty()) {
            writeNode(node, "  ");
        }
    }
    for (const Edge& edge : graph.edges) {
        dot += "  " + dotQuote(edge.source) + " -> " + dotQuote(edge.dest) + " [label=" + dotQuote(edgeLabel(edge))
            + ", color=" + healthColour(edge.health) + (edge.protocol == QLatin1String("tcp") ? ", style=dashed" : "")
            + "];\n";
    }
    dot += "}\n";
    return dot;
}

QByteArray toSvg(const Graph& graph, QString* error)
{
    const QByteArray dot = toDot(graph);
    std::lock_guard lock(graphvizMutex());
    GVC_t* context = graphvizContext();
    if (!context) {
        if (error)
            *error = QStringLiteral("Graphviz could not start");
        return {};
    }
    QByteArray svg;
    Agraph_t* g = agmemread(dot.constData());
    if (!g) {
        if (error)
            *error = QStringLiteral("Graphviz could not read the graph");
    } else {
        if (gvLayout(context, g, "dot") == 0) {
            char* data = nullptr;
            unsigned int length = 0;
            if (gvRenderData(context, g, "svg", &data, &length) == 0 && data)
                svg = QByteArray(data, qsizetype(length));
            else if (error)
                *error = QStringLiteral("Graphviz could not render SVG");
            gvFreeRenderData(data);
            gvFreeLayout(context, g);
        } else if (error) {
            *error = QStringLiteral("Graphviz layout failed");
        }
        agclose(g);
    }
    return svg;
}

} // namespace meshscope::graph
