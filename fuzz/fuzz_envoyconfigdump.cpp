// Envoy's /config_dump (clusters, listeners, routes, endpoints, secrets, bootstrap) and the cluster names in it.
#include "fuzzinput.h"
#include "models/istio/envoyconfigdump.h"

using namespace meshscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const EnvoyConfigDump dump = parseEnvoyConfigDump(input);
    for (const EnvoyCluster& cluster : dump.clusters)
        (void)parseClusterName(cluster.name);
    (void)parseClusterName(QString::fromUtf8(input.left(512)));
    return 0;
}
