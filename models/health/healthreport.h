#pragma once

#include "healthtraffic.h"
#include "meshinventory.h"

#include <QList>
#include <QMap>

// The health of every app, workload and service of an inventory: Kiali's rules over the inventory's replicas and
// the traffic index's request rates, with the configured tolerances or an object's health.kiali.io/rate annotation.
namespace meshscope::health {

enum class Kind
{
    App,
    Workload,
    Service,
};
QString kindId(Kind kind); // app, workload, service

struct EntityHealth
{
    Kind kind = Kind::App;
    QString namespace_;
    QString name;
    Status status = Status::NA;
    QString reason; // why it is not healthy (or why there is no information)
    Verdict replicas; // workloads: their own; apps: the worst of their workloads'; services: NA
    RequestVerdict requests;
    RequestRates rates;
    bool customTolerances = false; // judged by its health.kiali.io/rate annotation

    double inboundRate() const { return RequestRates::total(rates.inbound); }
    double outboundRate() const { return RequestRates::total(rates.outbound); }
    double inboundErrorPercent() const { return RequestRates::errorPercent(rates.inbound); }
    double outboundErrorPercent() const { return RequestRates::errorPercent(rates.outbound); }
};

// Per namespace: how many apps are in which state (the Overview's donut).
struct StatusCounts
{
    QMap<Status, int> byStatus;
    int total() const;
    int count(Status status) const { return byStatus.value(status); }
};

struct HealthReport
{
    // In the inventory's order: apps[i] is inventory.apps[i], and so on.
    QList<EntityHealth> apps;
    QList<EntityHealth> workloads;
    QList<EntityHealth> services;
    QMap<QString, StatusCounts> appCountsByNamespace;
    bool hasRequestData = false; // the traffic queries answered (else request health is NA everywhere)

    bool anyFailure() const;
};

// requestDataAvailable: false when Prometheus did not answer, so request health is unknown rather than "no traffic".
HealthReport computeHealth(const Inventory& inventory, const TrafficIndex& traffic,
    const QList<graph::RateTolerance>& configured, bool requestDataAvailable = true);

} // namespace meshscope::health
