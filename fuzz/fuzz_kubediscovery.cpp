// API discovery: APIResourceList bodies, and the version choice made from what they list.
#include "fuzzinput.h"
#include "models/kube/kubediscovery.h"

using namespace meshscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const QList<KubeResource> resources = KubeDiscovery::parseResourceList(fuzz::bytes(data, size), &error);
    (void)KubeDiscovery::chooseResources(resources, {});
    return 0;
}
