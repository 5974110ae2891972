// Step 4 of validation: the checks Istio's validating webhook makes that the CRD schema cannot express — hosts,
// ports, route destinations and weights, gateway servers, subsets, selectors, durations and regular expressions.
// Run on the object after defaulting and only when the schema checks found nothing blocking.
#pragma once

#include "models/config/validation.h"

namespace meshscope::config {

QList<ValidationMessage> checkIstioSemantics(
    const QString& kind, const QString& apiVersion, const QJsonObject& body, const QJsonObject& metadata);

// Istio's host rules: a DNS name whose first label may be "*" (or start with "*"), or "*" alone.
QString hostProblem(const QString& host);

} // namespace meshscope::config
