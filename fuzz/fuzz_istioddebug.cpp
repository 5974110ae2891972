// istiod's debug endpoints: /debug/syncz, /debug/registryz, /debug/endpointz (both shapes), /debug/configz.
#include "fuzzinput.h"
#include "models/istio/istioddebug.h"
#include "models/istio/syncz.h"

using namespace meshscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    (void)parseSyncz(input, QStringLiteral("istiod-1"));
    (void)parseRegistryz(input);
    (void)parseEndpointz(input);
    (void)parseConfigz(input);
    return 0;
}
