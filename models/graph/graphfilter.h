#pragma once

#include "graphtypes.h"

#include <QList>
#include <QString>

// Kiali's graph find/hide expressions: `rps > 10`, `%error > 5`, `name = reviews`, `node = app`, `version = v2`,
// `healthy`, `!idle`, combined with AND / OR (AND binds tighter; `&&` and `||` work too).
//   node terms:  name, app, version, workload, service, namespace (ns), cluster, node (app|service|workload|unknown|
//                box), httpin, httpout, grpcin, grpcout, tcpin, tcpout; flags: healthy, degraded, failure
//                (unhealthy), idle, dead, outside (outsider), root (trafficsource), serviceentry (se), sidecar (sc:
//                missing sidecar), virtualservice (vs), circuitbreaker (cb), faultinjection (fi), trafficshifting
//                (ts), tcptrafficshifting (tcpts), requestrouting (rr), requesttimeout (rto), mirroring, gateway,
//                injected
//   edge terms:  rps (httprate/grpcrate: requests/s), tcprate (bytes/s), %error (%err), %traffic (%req),
//                responsetime (rt, ms), throughput (bytes/s), protocol; flags: mtls, healthy, degraded, failure, idle
//   operators:   = != > >= < <= and *= (contains), ^= (starts with), $= (ends with), each negatable with a leading !
// A term that does not apply to an element's kind (an edge term on a node) does not match it.
namespace meshscope::graph {

class GraphFilter
{
public:
    enum class Op
    {
        Equal,
        NotEqual,
        Greater,
        GreaterEqual,
        Less,
        LessEqual,
        Contains,
        NotContains,
        StartsWith,
        NotStartsWith,
        EndsWith,
        NotEndsWith,
        Flag
    };
    struct Term
    {
        QString field; // canonical name
        Op op = Op::Flag;
        QString text;
        double number = 0;
        bool negate = false; // `!flag`
        bool edgeTerm = false;
    };

    // Empty text gives an empty filter (matches nothing, hides nothing). On error returns false with *error set.
    bool parse(const QString& text, QString* error);
    bool isEmpty() const { return m_any.isEmpty(); }
    bool hasNodeTerms() const;
    bool hasEdgeTerms() const;
    bool matches(const Node& node) const;
    bool matches(const Edge& edge) const;

private:
    QList<QList<Term>> m_any; // OR of ANDs
};

} // namespace meshscope::graph
