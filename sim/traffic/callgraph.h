#pragma once

// Who calls whom in a scenario. Requests enter at `entries` and each workload that serves a request makes
// the calls listed for it. The graph names hosts, not workloads: which workload answers is decided per
// request by the live VirtualServices and DestinationRules.

#include "meshtopology.h"

namespace meshscope::sim {

struct Call
{
    QString host; // service FQDN or external (ServiceEntry) host
    int port = 0;
    bool http = true; // false: a TCP connection
    bool external = false; // a ServiceEntry host, no sidecar on the other side
    QString serviceNamespace; // where the host lives (for destination_service_namespace)
    QString uri;
};

struct EntryPoint
{
    int sourceWorkload = -1; // -1: outside the mesh (unknown)
    Call call;
    double share = 1.0; // of the scenario's entry rate
};

class CallGraph
{
public:
    // scenario "bookinfo" follows the Bookinfo application; anything else ("large") gets a synthetic tree per
    // namespace, capped at `maxEdges` calls so /metrics stays a sensible size.
    static CallGraph build(const QString& scenario, const MeshTopology& topology, int maxEdges = 500);

    const QList<EntryPoint>& entries() const { return m_entries; }
    QList<Call> callsOf(int workload) const { return m_calls.value(workload); }
    int edgeCount() const;

private:
    static CallGraph bookinfo(const MeshTopology& topology);
    static CallGraph synthetic(const MeshTopology& topology, int maxEdges);

    QList<EntryPoint> m_entries;
    QHash<int, QList<Call>> m_calls; // by workload index
};

} // namespace meshscope::sim
