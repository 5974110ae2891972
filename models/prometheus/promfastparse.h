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

// The same over simdjson's DOM parser (its run-time chosen SIMD kernel); same result, same cases declined except
// characters beyond the BMP, which it reads. Not what PromResult::parse uses: on a graph refresh's body it is
// slower (building the labels, not tokenising the JSON, is the cost), so `meshscope-bench graph` measures both.
std::optional<PromResult> parseSuccessSimdjson(const QByteArray& body);
QString simdjsonKernel(); // the kernel simdjson chose on this machine, e.g. "haswell"

// JSON's number grammar, which sample values given as strings must follow as well.
bool isJsonNumber(QByteArrayView text);

} // namespace meshscope::detail
