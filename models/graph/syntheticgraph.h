#pragma once

#include "graphtypes.h"

#include <QByteArray>

// A deterministic synthetic mesh for benchmarks and tests: the same options always give the same graph.
namespace meshscope::graph {

struct SyntheticOptions
{
    int nodes = 100;
    int edges = 400;
    int namespaces = 0; // 0: one per 50 nodes
    quint32 seed = 1;
};

// Node 0 is Kiali's unknown source; the others are workloads (70 %), services (20 %) and apps (10 %) spread over
// the namespaces (no app boxes).
// Edges go mostly to nearby node numbers (like a real mesh's layers), without duplicates or self-loops; every 13th
// edge has 5xx errors, every 7th is gRPC, every 11th TCP. Rates vary with the edge (and with `round`, so a refresh
// can change numbers without changing the topology).
Graph syntheticGraph(const SyntheticOptions& options, int round = 0);

// The same mesh as a Prometheus instant-query response of istio_requests_total-style samples (Kiali's traffic query
// labels: source/destination workload, namespace, canonical service/revision, service, cluster, response code),
// one sample per edge and response code: every node i is the workload w-i (app a-i, version v1, service s-i).
QByteArray syntheticPromResponse(const SyntheticOptions& options, qint64 time = 1763870000);

} // namespace meshscope::graph
