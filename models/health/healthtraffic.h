#pragma once

#include "healthrules.h"
#include "models/prometheus/promresult.h"

#include <QHash>
#include <QStringList>

// The request rates health is judged on, for every app, workload and service of the selected namespaces from a
// fixed set of PromQL queries (Kiali's namespace health queries, prometheus/metrics.go, with the namespaces as one
// regex and the samples summed by the labels health needs, so the answer has one series per edge, code and
// reporter rather than one per pod).
namespace meshscope::health {

// The two queries of one refresh, however many namespaces and objects there are: traffic into the namespaces from
// outside them, and all traffic from their workloads (which includes the traffic between them). Evaluated as
// instant queries over a rate window of rateSeconds (Kiali: 5m).
QStringList healthQueries(const QStringList& namespaces, int rateSeconds);

// A regex alternative of literal names: "a|b\\.c" (PromQL strings escape the backslash).
QString namespaceRegex(const QStringList& namespaces);

struct TrafficIndex
{
    // "namespace/name" → rates; inbound combined over both reporters as Kiali does, outbound source-reported.
    QHash<QString, RequestRates> apps;
    QHash<QString, RequestRates> workloads;
    QHash<QString, RequestRates> services;
    int samples = 0;
};

// The samples of every query of one refresh (their vectors concatenated).
TrafficIndex trafficFromSamples(const QList<PromSample>& samples);

} // namespace meshscope::health
