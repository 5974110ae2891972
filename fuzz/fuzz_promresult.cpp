// Prometheus HTTP API responses: the fast path (straight from the bytes) and the general path (QJsonDocument).
// Whatever the fast path accepts, the general path must read the same way.
#include "fuzzinput.h"
#include "models/prometheus/promfastparse.h"
#include "models/prometheus/promresult.h"

#include <cmath>

using namespace meshscope;

namespace {
bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const PromResult general = PromResult::parseGeneral(input, 200);
    (void)PromResult::parseGeneral(input, 503);
    const std::optional<PromResult> fast = detail::parseSuccessFast(input);
    if (!fast)
        return 0;
    if (!general.ok() || fast->kind != general.kind || fast->warnings != general.warnings
        || fast->vector.size() != general.vector.size() || fast->matrix.size() != general.matrix.size())
        __builtin_trap();
    for (qsizetype i = 0; i < fast->vector.size(); ++i) {
        const PromSample& a = fast->vector[i];
        const PromSample& b = general.vector[i];
        if (a.metric != b.metric || !same(a.value, b.value) || !same(a.timestamp, b.timestamp))
            __builtin_trap();
    }
    for (qsizetype i = 0; i < fast->matrix.size(); ++i) {
        const PromSeries& a = fast->matrix[i];
        const PromSeries& b = general.matrix[i];
        if (a.metric != b.metric || a.points.size() != b.points.size())
            __builtin_trap();
        for (qsizetype p = 0; p < a.points.size(); ++p) {
            if (!same(a.points[p].first, b.points[p].first) || !same(a.points[p].second, b.points[p].second))
                __builtin_trap();
        }
    }
    return 0;
}
