#include "syntheticgraph.h"

#include <QSet>

namespace meshscope::graph {

namespace {

// A small fixed PRNG (not std::) so every platform and library version gives the same mesh.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed * 2654435761u + 1)
    { }
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int below(int bound) { return bound > 0 ? int(next() % quint32(bound)) : 0; }

private:
    quint32 m_state;
};

int namespaceCount(const SyntheticOptions& options)
{
    return options.namespaces > 0 ? options.namespaces : std::max(1, options.nodes / 50);
}

QString namespaceOf(const SyntheticOptions& options, int node)
{
    // Neighbouring node numbers share a namespace, like the services of one team.
    const int perNamespace = std::max(1, (options.nodes + namespaceCount(options) - 1) / namespaceCount(options));
    return QStringLiteral("ns-%1").arg(node / perNamespace);
}

// The (source, dest) pairs: a destination a little further along (a geometric-ish distance), no duplicates.
QList<std::pair<int, int>> edgePairs(const SyntheticOptions& options)
{
    QList<std::pair<int, int>> pairs;
    const int n = options.nodes;
    if (n < 2)
        return pairs;
    const qint64 possible = qint64(n) * (n - 1);
    const int wanted = int(std::min<qint64>(options.edges, possible));
    Random random(options.seed);
    QSet<qint64> seen;
    seen.reserve(wanted);
    pairs.reserve(wanted);
    int attempts = 0;
    while (pairs.size() < wanted && attempts < wanted * 20) {
        ++attempts;
        const int source = random.below(n);
        int distance = 1;
        while (distance < n - 1 && random.below(4) != 0)
            distance += 1 + random.below(std::max(1, distance));
        int dest = (source + std::min(distance, n - 1)) % n;
        if (dest == 0)
            dest = 1; // nothing calls the unknown source
        if (dest == source || seen.contains(qint64(source) * n + dest))
            continue;
        seen.insert(qint64(source) * n + dest);
        pairs.append({ source, dest });
    }
    return pairs;
}

double rateOf(int edge, int round)
{
    return 0.5 + double((edge * 37 + round * 11) % 200) / 10.0;
}

} // namespace

Graph syntheticGraph(const SyntheticOptions& options, int round)
{
    Graph graph;
    graph.type = GraphType::Workload;
    graph.timestamp = 1763870000 + round * 15;
    graph.nodes.reserve(options.nodes);
    for (int i = 0; i < options.nodes; ++i) {
        Node node;
        node.cluster = QStringLiteral("east");
        node.namespace_ = namespaceOf(options, i);
        if (i == 0) {
            node.id = QStringLiteral("unknown_source");
            node.type = NodeType::Unknown;
            node.isRoot = true;
        } else if (i % 10 < 7) {
            node.type = NodeType::Workload;
            node.workload = QStringLiteral("w-%1-v1").arg(i);
            node.app = QStringLiteral("a-%1").arg(i);
            node.version = QStringLiteral("v1");
            node.id = QStringLiteral("wl_east_") + node.namespace_ + QLatin1Char('_') + node.workload;
        } else if (i % 10 < 9) {
            node.type = NodeType::Service;
            node.service = QStringLiteral("s-%1").arg(i);
            node.id = QStringLiteral("svc_east_") + node.namespace_ + QLatin1Char('_') + node.service;
        } else {
            node.type = NodeType::App;
            node.app = QStringLiteral("a-%1").arg(i);
            node.id = QStringLiteral("app_east_") + node.namespace_ + QLatin1Char('_') + node.app;
        }
        graph.nodes.append(node);
    }
    const QList<std::pair<int, int>> pairs = edgePairs(options);
    graph.edges.reserve(pairs.size());
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        Edge edge;
        edge.source = graph.nodes.at(pairs.at(i).first).id;
        edge.dest = graph.nodes.at(pairs.at(i).second).id;
        const double rate = rateOf(int(i), round);
        if (i % 11 == 0) {
            edge.protocol = QStringLiteral("tcp");
            edge.rates.insert(QStringLiteral("tcp"), rate * 1000);
            edge.health = Health::Healthy;
        } else {
            const bool grpc = i % 7 == 0;
            edge.protocol = grpc ? QStringLiteral("grpc") : QStringLiteral("http");
            const double errors = i % 13 == 0 ? rate * 0.15 : 0;
            const QString key = grpc ? QStringLiteral("grpc") : QStringLiteral("http");
            edge.rates.insert(key, rate);
            if (errors > 0) {
                edge.rates.insert(grpc ? QStringLiteral("grpcErr") : QStringLiteral("http5xx"), errors);
                edge.rates.insert(key + QStringLiteral("PercentErr"), 100.0 * errors / rate);
            }
            edge.responseTimeMs = 5 + (i % 50);
            edge.responseTimes.insert(QStringLiteral("0.95"), edge.responseTimeMs);
            edge.health = errors > 0 ? Health::Failure : Health::Healthy;
        }
        graph.edges.append(edge);
    }
    return graph;
}

QByteArray syntheticPromResponse(const SyntheticOptions& options, qint64 time)
{
    const QList<std::pair<int, int>> pairs = edgePairs(options);
    const QByteArray timestamp = QByteArray::number(time);
    QByteArray json;
    json.reserve(qsizetype(pairs.size()) * 700);
    json += R"({"status":"success","data":{"resultType":"vector","result":[)";
    bool first = true;
    auto sample = [&](int source, int dest, const char* code, double value) {
        const QByteArray s = QByteArray::number(source);
        const QByteArray d = QByteArray::number(dest);
        const QByteArray sourceNs = namespaceOf(options, source).toUtf8();
        const QByteArray destNs = namespaceOf(options, dest).toUtf8();
        if (!first)
            json += ',';
        first = false;
        json += R"({"metric":{"source_cluster":"east","source_workload_namespace":")" + sourceNs
            + R"(","source_workload":"w-)" + s + R"(-v1","source_canonical_service":"a-)" + s
            + R"(","source_canonical_revision":"v1","destination_cluster":"east","destination_service_namespace":")"
            + destNs + R"(","destination_service":"s-)" + d + '.' + destNs
            + R"(.svc.cluster.local","destination_service_name":"s-)" + d + R"(","destination_workload_namespace":")"
            + destNs + R"(","destination_workload":"w-)" + d + R"(-v1","destination_canonical_service":"a-)" + d
            + R"(","destination_canonical_revision":"v1","request_protocol":"http","response_code":")" + code
            + R"(","grpc_response_status":"","response_flags":"-"},"value":[)" + timestamp + ",\""
            + QByteArray::number(value, 'f', 3) + "\"]}";
    };
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const double rate = rateOf(int(i), 0);
        const bool errors = i % 13 == 0;
        sample(pairs.at(i).first, pairs.at(i).second, "200", errors ? rate * 0.85 : rate);
        if (errors)
            sample(pairs.at(i).first, pairs.at(i).second, "503", rate * 0.15);
    }
    json += "]}}";
    return json;
}

} // namespace meshscope::graph
