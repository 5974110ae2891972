#pragma once

#include "graphtypes.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

// Request health of graph nodes and edges with Kiali's rate tolerances (config health_config.rate, defaults from
// config.AddHealthDefault), configurable in the settings.
namespace meshscope::graph {

struct RateTolerance
{
    QString code; // Kiali's code pattern: "5XX", "4XX", "-", or a regex like "^[1-9]$|^1[0-6]$" (X/x = any digit)
    QString protocol; // regex: "http", "grpc", "http|grpc"
    QString direction = QStringLiteral(".*"); // regex: "inbound", "outbound", ".*"
    double degraded = 0; // percent; 0 = unset: any share > 0 is degraded
    double failure = 0; // percent
};

struct HealthConfig
{
    QList<RateTolerance> tolerances = defaultTolerances();
    static QList<RateTolerance> defaultTolerances();
};

// Health from a share of requests: Failure when percent >= failure, Degraded when percent >= degraded (> 0 if
// degraded is unset), else Healthy.
Health healthForPercent(double percent, const RateTolerance& tolerance);
// Edge health from its responses per code; node health from its own inbound error rates (applyHealth judges a
// node by the response codes of the edges into it, so every tolerance applies to nodes as to edges). None when
// there are no requests.
Health edgeHealth(const Edge& edge, const HealthConfig& config);
Health nodeHealth(const Node& node, const HealthConfig& config);
void applyHealth(Graph& graph, const HealthConfig& config);

// "code,degraded,failure,protocol,direction;…" (Kiali's health.kiali.io/rate annotation); invalid entries dropped.
QList<RateTolerance> parseTolerances(const QString& text, QString* error = nullptr);
QString toString(const QList<RateTolerance>& tolerances);
// A tolerance's code pattern as Kiali compiles it: X/x = any digit, anchored at both ends.
QRegularExpression toleranceCodeRegex(const QString& code);
// The tolerances saved in the settings (parseTolerances' format); empty or nothing valid: Kiali's defaults.
HealthConfig healthConfigFromText(const QString& text);

} // namespace meshscope::graph
