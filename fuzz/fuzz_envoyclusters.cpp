// Envoy's /clusters text (cluster::host::stat::value lines).
#include "fuzzinput.h"
#include "models/istio/envoyadmin.h"

using namespace meshscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)parseEnvoyClusters(fuzz::bytes(data, size));
    return 0;
}
