// Kubeconfig files: the YAML reader (libyaml), kubectl's structure and type rules, and the selection of the
// current context (cluster, user, exec plugin, certificates as base64).
#include "fuzzinput.h"
#include "models/kube/kubeconfig.h"
#include "models/kube/kubeconfigfiles.h"

using namespace meshscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    KubeconfigFiles files;
    files.add(fuzz::bytes(data, size), QStringLiteral("/fuzz/kubeconfig"));
    const Kubeconfig::Result result = Kubeconfig::select(files);
    if (!result.ok() && result.error.isEmpty())
        __builtin_trap(); // every refusal says why
    return 0;
}
