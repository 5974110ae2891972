// Envoy's /stats/prometheus text exposition (families, labels with escapes, values).
#include "fuzzinput.h"
#include "models/istio/envoyadmin.h"

using namespace meshscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)parsePrometheusText(fuzz::bytes(data, size));
    return 0;
}
