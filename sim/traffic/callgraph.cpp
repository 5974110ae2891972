#include "callgraph.h"

#include <QMap>
#include <algorithm>

namespace meshscope::sim {

namespace {

const MeshService* serviceNamed(const MeshTopology& topology, const QStringList& names)
{
    for (const QString& name : names) {
        for (const MeshService& service : topology.services()) {
            if (service.name == name)
                return &service;
        }
    }
    return nullptr;
}

Call callTo(const MeshService& service, const QString& uri)
{
    Call call;
    call.host = service.fqdn();
    call.serviceNamespace = service.ns;
    call.uri = uri;
    if (!service.ports.isEmpty()) {
        call.port = service.ports.first().port;
        call.http = service.ports.first().isHttp();
    }
    return call;
}

int gatewayWorkload(const MeshTopology& topology)
{
    for (qsizetype i = 0; i < topology.workloads().size(); ++i) {
        if (topology.workloads()[i].isGateway && topology.workloads()[i].app.contains(QLatin1String("ingress")))
            return int(i);
    }
    return -1;
}

} // namespace

int CallGraph::edgeCount() const
{
    int count = int(m_entries.size());
    for (const QList<Call>& calls : m_calls)
        count += int(calls.size());
    return count;
}

CallGraph CallGraph::build(const QString& scenario, const MeshTopology& topology, int maxEdges)
{
    return scenario == QLatin1String("bookinfo") ? bookinfo(topology) : synthetic(topology, maxEdges);
}

CallGraph CallGraph::bookinfo(const MeshTopology& topology)
{
    CallGraph graph;
    const MeshService* productpage = serviceNamed(topology, { QStringLiteral("productpage") });
    const MeshService* details = serviceNamed(topology, { QStringLiteral("details") });
    const MeshService* reviews = serviceNamed(topology, { QStringLiteral("reviews") });
    const MeshService* ratings = serviceNamed(topology, { QStringLiteral("ratings") });
    const MeshService* database
        = serviceNamed(topology, { QStringLiteral("mongodb"), QStringLiteral("mysqldb"), QStringLiteral("mysql") });
    if (productpage)
        graph.m_entries.append(
            EntryPoint { gatewayWorkload(topology), callTo(*productpage, QStringLiteral("/productpage")), 1.0 });

    // An external API that details calls through a ServiceEntry (as details v2 calls Google Books).
    std::optional<Call> external;
    for (const MeshServiceEntry& entry : topology.serviceEntries()) {
        if (!entry.meshExternal || entry.hosts.isEmpty() || entry.hosts.first().startsWith(QLatin1Char('*')))
            continue;
        Call call;
        call.host = entry.hosts.first();
        call.external = true;
        call.serviceNamespace = entry.ns;
        call.port = entry.ports.isEmpty() ? 443 : entry.ports.first().port;
        call.http = !entry.ports.isEmpty() && entry.ports.first().isHttp();
        call.uri = QStringLiteral("/books/v1/volumes");
        external = call;
        break;
    }

    for (qsizetype i = 0; i < topology.workloads().size(); ++i) {
        const MeshWorkload& workload = topology.workloads()[i];
        QList<Call> calls;
        if (workload.app == QLatin1String("productpage")) {
            if (details)
                calls.append(callTo(*details, QStringLiteral("/details/0")));
            if (reviews)
                calls.append(callTo(*reviews, QStringLiteral("/reviews/0")));
        } else if (workload.app == QLatin1String("reviews") && workload.version != QLatin1String("v1") && ratings) {
            calls.append(callTo(*ratings, QStringLiteral("/ratings/0")));
        } else if (workload.app == QLatin1String("ratings") && database) {
            calls.append(callTo(*database, QString()));
        } else if (workload.app == QLatin1String("details") && external) {
            calls.append(*external);
        }
        if (!calls.isEmpty())
            graph.m_calls.insert(int(i), calls);
    }
    return graph;
}

CallGraph CallGraph::synthetic(const MeshTopology& topology, int maxEdges)
{
    CallGraph graph;
    QMap<QString, QList<const MeshService*>> byNamespace;
    for (const MeshService& service : topology.services()) {
        if (!service.selector.isEmpty() && !service.ports.isEmpty() && !service.ns.startsWith(QLatin1String("istio"))
            && !service.ns.startsWith(QLatin1String("kube")))
            byNamespace[service.ns].append(&service);
    }
    const int gateway = gatewayWorkload(topology);
    int budget = maxEdges;
    // A binary tree per namespace: the first service is called from the gateway, service k calls 2k+1, 2k+2.
    for (auto it = byNamespace.begin(); it != byNamespace.end() && budget > 0; ++it) {
        QList<const MeshService*>& services = it.value();
        std::sort(services.begin(), services.end(), [](auto* a, auto* b) { return a->name < b->name; });
        graph.m_entries.append(EntryPoint { gateway, callTo(*services.first(), QStringLiteral("/")), 1.0 });
        --budget;
        for (qsizetype k = 0; k < services.size() && budget > 0; ++k) {
            const QList<int> callers = topology.workloadsOf(*services[k]);
            for (qsizetype child = 2 * k + 1; child <= 2 * k + 2 && child < services.size() && budget > 0; ++child) {
                for (int caller : callers)
                    graph.m_calls[caller].append(callTo(*services[child], QStringLiteral("/")));
                --budget;
            }
        }
    }
    if (!graph.m_entries.isEmpty()) {
        for (EntryPoint& entry : graph.m_entries)
            entry.share = 1.0 / double(graph.m_entries.size());
    }
    return graph;
}

} // namespace meshscope::sim
