#include "graphtypes.h"

namespace meshscope::graph {

QString toString(GraphType type)
{
    switch (type) {
    case GraphType::App:
        return QStringLiteral("app");
    case GraphType::VersionedApp:
        return QStringLiteral("versionedApp");
    case GraphType::Workload:
        return QStringLiteral("workload");
    case GraphType::Service:
        return QStringLiteral("service");
    }
    return {};
}

bool graphTypeFromString(const QString& text, GraphType* type)
{
    for (GraphType candidate : { GraphType::App, GraphType::VersionedApp, GraphType::Workload, GraphType::Service }) {
        if (text.compare(toString(candidate), Qt::CaseInsensitive) == 0) {
            *type = candidate;
            return true;
        }
    }
    return false;
}

QString toString(NodeType type)
{
    switch (type) {
    case NodeType::App:
        return QStringLiteral("app");
    case NodeType::Service:
        return QStringLiteral("service");
    case NodeType::Workload:
        return QStringLiteral("workload");
    case NodeType::Unknown:
        return QStringLiteral("unknown");
    case NodeType::Aggregate:
        return QStringLiteral("aggregate");
    case NodeType::Box:
        return QStringLiteral("box");
    }
    return {};
}

QString toString(Health health)
{
    switch (health) {
    case Health::None:
        return {};
    case Health::Healthy:
        return QStringLiteral("Healthy");
    case Health::Degraded:
        return QStringLiteral("Degraded");
    case Health::Failure:
        return QStringLiteral("Failure");
    }
    return {};
}

QString Node::displayName() const
{
    switch (type) {
    case NodeType::Workload:
        return workload;
    case NodeType::App:
        return version.isEmpty() ? app : app + QLatin1Char(':') + version;
    case NodeType::Service:
        return service;
    case NodeType::Unknown:
        return QStringLiteral("unknown");
    case NodeType::Aggregate:
    case NodeType::Box:
        break;
    }
    return !app.isEmpty() ? app : (!workload.isEmpty() ? workload : id);
}

double Edge::requestRate() const
{
    if (protocol == QLatin1String("tcp"))
        return rate(QStringLiteral("tcp"));
    return rate(protocol);
}

double Edge::errorPercent() const
{
    if (protocol == QLatin1String("tcp"))
        return 0;
    return rate(protocol + QStringLiteral("PercentErr"));
}

double Edge::requestPercent() const
{
    if (protocol == QLatin1String("tcp"))
        return 0;
    return rate(protocol + QStringLiteral("PercentReq"));
}

const Node* Graph::node(const QString& id) const
{
    for (const Node& candidate : nodes) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const Edge* Graph::edge(const QString& id) const
{
    // Compared piece by piece: building every edge's id to compare would allocate tens of thousands of strings.
    for (const Edge& candidate : edges) {
        const qsizetype sourceEnd = candidate.source.size();
        const qsizetype destEnd = sourceEnd + 1 + candidate.dest.size();
        if (id.size() == destEnd + 1 + candidate.protocol.size() && id.startsWith(candidate.source)
            && id.at(sourceEnd) == QLatin1Char('.')
            && QStringView(id).mid(sourceEnd + 1, candidate.dest.size()) == candidate.dest
            && id.at(destEnd) == QLatin1Char('.') && QStringView(id).mid(destEnd + 1) == candidate.protocol)
            return &candidate;
    }
    return nullptr;
}

} // namespace meshscope::graph
