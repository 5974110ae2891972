// IstioOperator files: YAML read with istioctl's scalar rules, then written back as YAML, JSON and flags the way
// istioctl prints them. What the writer prints, the reader reads again.
#include "fuzzinput.h"
#include "models/iop/iopyaml.h"

using namespace meshscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const iop::YamlParse parse = iop::parseYaml(fuzz::bytes(data, size));
    if (!parse.ok() && parse.error.isEmpty())
        __builtin_trap();
    for (const iop::YamlDocument& document : parse.documents) {
        const QString yaml = iop::toYaml(document.root);
        (void)iop::toJson(document.root);
        (void)iop::toFlags(document.root);
        if (!iop::parseYaml(yaml.toUtf8()).ok())
            __builtin_trap(); // the writer printed YAML its own reader refuses
    }
    return 0;
}
