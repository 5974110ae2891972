#pragma once

#include "models/graph/graphhealth.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>

// Kiali's health rules as pure functions (models/health_status.go, business/health_calculator.go,
// business/health_config.go): replica health of a workload, request health from error ratios with rate tolerances,
// and the worst of them. The Graph page and the lists judge with the same tolerances (one setting,
// AppSettings::graphHealthTolerances, parsed by graph::parseTolerances).
namespace meshscope::health {

// "namespace/name": how objects are keyed across the health code.
QString key(const QString& ns, const QString& name);

// In Kiali's priority order: of two statuses the one further down is the worse.
enum class Status
{
    NA, // no health information (no pods to judge, no traffic)
    Healthy,
    NotReady, // scaled to zero
    Degraded,
    Failure,
};

Status worse(Status a, Status b);
QString statusId(Status status); // stable, untranslated: NA, Healthy, NotReady, Degraded, Failure
QString statusText(Status status); // for people: "No health information", "Healthy", "Not ready", …
graph::Health toGraphHealth(Status status); // for the graph's node colours (NA and NotReady: no colour)

// Replicas as Kubernetes reports them, and how many of the pods' proxies istiod has in sync (-1: unknown).
struct ReplicaStatus
{
    int desired = 0;
    int current = 0;
    int available = 0;
    int syncedProxies = -1;
};

struct Verdict
{
    Status status = Status::NA;
    QString reason; // why, for a tooltip; empty when healthy
};

// Kiali's WorkloadStatusHealth.
Verdict replicaHealth(const ReplicaStatus& replicas);

// Requests per second by protocol ("http", "grpc") and response code: the HTTP code, "-" for no response (code 0),
// the gRPC status for grpc.
using CodeRates = QMap<QString, double>;
using ProtocolRates = QMap<QString, CodeRates>;

struct RequestRates
{
    ProtocolRates inbound;
    ProtocolRates outbound;

    static double total(const ProtocolRates& rates);
    // 4xx, 5xx and no response for http, non-zero status or no response for grpc; -1 without requests.
    static double errorPercent(const ProtocolRates& rates);
    bool isEmpty() const { return total(inbound) <= 0 && total(outbound) <= 0; }
};

// Adds one sample (Kiali's aggregate()): code "0" is "-", grpc uses grpc_response_status when it is set.
void addRequest(ProtocolRates& rates, const QString& protocol, const QString& responseCode, const QString& grpcStatus,
    double value);
// Kiali's inbound combination of the two reporters: the source's rates, plus codes only the destination saw, and
// the destination's value where it is higher.
ProtocolRates combineReporters(const ProtocolRates& source, const ProtocolRates& destination);

// Tolerances compiled once (their patterns are regexes) and used for many objects.
class ToleranceSet
{
public:
    explicit ToleranceSet(const QList<graph::RateTolerance>& tolerances = graph::HealthConfig::defaultTolerances());
    const QList<graph::RateTolerance>& tolerances() const { return m_tolerances; }

    struct Compiled
    {
        graph::RateTolerance tolerance;
        QRegularExpression code, protocol, direction;
    };
    const QList<Compiled>& compiled() const { return m_compiled; }

private:
    QList<graph::RateTolerance> m_tolerances;
    QList<Compiled> m_compiled;
};

struct RequestVerdict
{
    Status status = Status::NA; // NA: no requests in the window
    double percent = -1; // the share of errors that decided the status
    QString direction; // inbound / outbound
    QString protocol;
    QString code; // the tolerance's code pattern
    QString reason;
};

// Kiali's calculateRequestStatus: for each direction, protocol and matching tolerance the share of requests whose
// code matches; the worst status wins. No tolerances at all: Kiali's fallback (4xx+5xx ≥ 10 % Failure, ≥ 0.1 %
// Degraded).
RequestVerdict requestHealth(const RequestRates& rates, const ToleranceSet& tolerances);

// The object's health.kiali.io/rate annotation when it has valid entries, else nullptr (use the configured set).
inline const char* rateAnnotation = "health.kiali.io/rate";
QList<graph::RateTolerance> annotationTolerances(const QString& annotation);

} // namespace meshscope::health
