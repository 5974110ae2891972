// Kubernetes list responses (one page: items, resourceVersion, continue) and the object keys read from them.
#include "fuzzinput.h"
#include "models/kube/kubejson.h"

using namespace meshscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const KubeListPage page = parseListPage(fuzz::bytes(data, size));
    for (const QJsonObject& item : page.items) {
        (void)objectKey(item);
        (void)objectResourceVersion(item);
    }
    return 0;
}
