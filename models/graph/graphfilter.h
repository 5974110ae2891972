#pragma once

#include "graphtypes.h"

#include <QList>
#include <QString>

// Kiali's graph find/hide expressions (frontend GraphFind: parseValue / prepareValue / parseExpression), e.g.
// `rps > 10`, `%httperr > 5`, `name = reviews`, `node = svc and svc startswith det or !traffic`, `not healthy`,
// `has cb`, `label:region != east`, `rank <= 2`, `http = NaN`. AND binds tighter than OR (`&&`/`||` work too);
// parentheses are not supported (as in Kiali).
//   node operands: name (workload, app or service), app, version, workload (wl), service (svc), namespace (ns),
//                  cluster, operation (op), node (app|service|svc|workload|wl|unknown|operation|op|box),
//                  label:<name>, httpin, httpout, grpcin, grpcout, tcpin, tcpout, rank (1..100, by inbound edges);
//                  unary: healthy, degraded, failure (unhealthy), idle, dead, outside (outsider), inaccessible,
//                  trafficsource (root), serviceentry (se), outofmesh (om, sidecar, sc: missing sidecar),
//                  virtualservice (vs), circuitbreaker (cb), faultinjection (fi), trafficshifting (ts),
//                  tcptrafficshifting (tcpts), requestrouting (rr), requesttimeout (rto), mirroring,
//                  workloadentry (we), gateway, injected, label:<name> (the label is set)
//   edge operands: http, grpc (requests/s), tcp (bytes/s), %httperr (%httperror), %grpcerr (%grpcerror),
//                  %httptraffic, %grpctraffic, responsetime (rt, ms), throughput (bytes/s), protocol,
//                  sourceprincipal, destprincipal; Meshscope's shorthands rps (http or grpc), tcprate, %error (%err),
//                  %traffic (%req); unary: traffic, mtls, healthy, degraded, failure
//   operators:     = != > >= < <=, *= (contains), ^= (startswith), $= (endswith), each text one negatable with a
//                  leading ! (!*=, !^=, !$=); `!` or `not` before a unary operand; `is`/`has` are ignored
//                  (`has cb`, `is healthy`); `<number operand> = NaN` means no such activity, `!= NaN` some.
// An operand that does not apply to an element's kind does not match it; AND-ing node-only and edge-only operands
// is an error, as in Kiali.
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
        Flag,
        IsSet, // `= NaN` negated / label present
        IsUnset // `= NaN`
    };
    enum class Target
    {
        Node,
        Edge,
        Both
    };
    struct Term
    {
        QString field; // canonical name (label:<name> keeps the label name)
        Op op = Op::Flag;
        QString text;
        double number = 0;
        bool negate = false; // `!flag`
        Target target = Target::Node;
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
