// Resource YAML as the editor, the validator and the analyzer read it: multi-document text with the position of
// every field, and the line ranges the editor maps a cursor with. A malformed document says why and where.
#include "fuzzinput.h"
#include "models/config/yamldocument.h"

using namespace meshscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    for (const config::YamlDocument& document : config::parseYamlDocuments(text)) {
        if (!document.ok() && !document.errorPosition.isValid() && document.error.isEmpty())
            __builtin_trap(); // a refused document says why
        if (document.firstLine > document.lastLine)
            __builtin_trap();
        for (auto it = document.m_positions.cbegin(); it != document.m_positions.cend(); ++it)
            (void)document.valuePositionOf(config::JsonPath::parse(it.key()));
    }
    (void)config::yamlDocumentLineRanges(text);
    return 0;
}
