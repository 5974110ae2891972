#pragma once

// Reads a VirtualService the way a sidecar applies it to one request: the first http (or tcp) route whose
// match fits the request's uri, headers and source labels decides the weighted destinations and the fault.

#include "meshtopology.h"

#include <QHash>

namespace meshscope::sim {

struct RouteRequest
{
    QString sourceNamespace;
    Labels sourceLabels;
    QString fqdn; // the called host
    int port = 0;
    bool http = true;
    QString uri;
    QHash<QString, QString> headers; // lower-case names
};

struct WeightedDestination
{
    QString fqdn;
    QString subset; // empty: every endpoint of the service
    int port = 0;
    int weight = 100;
};

struct RouteDecision
{
    QString key; // identifies the matched route and its weights, for the split's memory
    QString virtualService; // "namespace/name", empty when the default route applies
    QList<WeightedDestination> destinations;
    double abortPercent = 0.0;
    int abortStatus = 0;
    double delayPercent = 0.0;
    int delayMs = 0;
};

RouteDecision decideRoute(const MeshTopology& topology, const RouteRequest& request);

// "7s", "500ms", "1.5s", "2m" -> milliseconds (0 when unparsable).
int parseDurationMs(const QString& duration);

} // namespace meshscope::sim
