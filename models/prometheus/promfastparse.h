#pragma once

#include "promresult.h"

#include <optional>

namespace meshscope::detail {

// Reads a successful Prometheus query response straight from its bytes: no JSON document is built, and the
// label names and values, which repeat in nearly every series, are decoded once and shared. A graph refresh on
// a large mesh gets tens of megabytes of such JSON, where this is several times faster than QJsonDocument.
//
// Anything else — an error response, a native histogram, malformed or unusual JSON — gives std::nullopt, and
// PromResult::parse takes its general path, which gives the exact error.
std::optional<PromResult> parseSuccessFast(const QByteArray& body);

} // namespace meshscope::detail
