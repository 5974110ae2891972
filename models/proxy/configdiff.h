#pragma once

#include "models/istio/envoyconfigdump.h"

#include <QList>
#include <QString>

namespace meshscope {

// A field-level comparison of two proxies' configurations (istiod's view against Envoy's, or two proxies):
// every cluster, listener and route configuration by name, missing on one side, extra on the other, or changed
// with the fields that differ. Lists of named objects (virtual hosts, routes, filter chains, …) are matched by
// name, other lists by position; versions and update times are not configuration and are left out.
struct FieldDifference
{
    enum class Kind
    {
        Changed,
        OnlyExpected, // the field is in the expected config only (a STALE proxy has not got it yet)
        OnlyActual,
    };
    Kind kind = Kind::Changed;
    QString path; // e.g. "virtual_hosts[reviews:9080].routes[0].route.weighted_clusters.clusters[1].weight"
    QString expected; // compact JSON, empty when absent
    QString actual;
};

struct ResourceDifference
{
    enum class Status
    {
        Missing, // expected (istiod / the first proxy) has it, actual (Envoy / the second proxy) does not
        Extra, // only the actual side has it
        Changed,
    };
    QString kind; // "cluster", "listener", "route"
    QString name;
    Status status = Status::Changed;
    QList<FieldDifference> fields; // for Changed; capped, see truncated
    bool truncated = false;
    JsonRef expected, actual;
};

struct ConfigDiff
{
    QList<ResourceDifference> resources; // only those that differ, by kind then name
    int compared = 0; // resources looked at
    int missing = 0, extra = 0, changed = 0;
    bool valid = false; // both sides were there to compare
    bool same() const { return valid && resources.isEmpty(); }
};

// maxFields caps the field differences listed per resource.
ConfigDiff diffConfigDumps(const EnvoyConfigDump& expected, const EnvoyConfigDump& actual, int maxFields = 200);

QString resourceStatusText(ResourceDifference::Status status); // "missing", "extra", "changed"

} // namespace meshscope
