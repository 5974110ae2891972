#pragma once

// How the routing a planner adopts splits traffic now: which VirtualService route (or HTTPRoute rule) is the
// default one, which version each of its destinations is, and why it cannot be adopted. Shared by the planners.

#include "servicerouting.h"

#include <QHash>

namespace meshscope::traffic {

struct RouteAnalysis
{
    QJsonObject virtualService; // the VirtualService adopted; empty when there is none
    QJsonObject httpRoute; // or the HTTPRoute adopted
    int routeIndex = -1; // the default route (rule) in http/tcp (rules); -1: none yet, one is appended
    struct Entry
    {
        QString version; // empty: the whole service, not one version
        int weight = 0; // as Istio or the Gateway API reads it (missing weights made explicit)
    };
    QList<Entry> entries; // one per route[] (backendRefs[]) entry of the default route
    QList<std::pair<QString, int>> weights; // per version routed now, in percent
    QHash<QString, QString> subsetOf; // version → DestinationRule subset (or backend Service) routing to it
    QString mirrorVersion;
    double mirrorPercent = 0;
    QString problem; // why the route cannot be shifted, in the user's words
};

RouteAnalysis analyseDefaultRoute(const ServiceRouting& routing, const RoutingObjects& objects, RouteProtocol protocol);
RouteAnalysis analyseHttpRoute(const ServiceRouting& routing, const RoutingObjects& objects);

// Every version's share now: the analysed weights, a whole-service destination (or no routing at all) shared by
// pod count, as kube-proxy and Envoy spread it over endpoints. Sums to 100 when anything is routed.
QList<std::pair<QString, int>> effectiveWeights(const RouteAnalysis& analysis, const VersionInventory& inventory);

// Splits total into integer parts proportional to shares (largest remainder; even when all shares are 0).
QList<int> proportionalParts(const QList<double>& shares, int total);

int requestedWeight(const QList<std::pair<QString, int>>& weights, const QString& version);

} // namespace meshscope::traffic
