#include "sim/scenarios/scenarios.h"

#include "sim/store/objectstore.h"

namespace meshscope::sim {

bool loadScenarioInto(ObjectStore& store, const ScenarioOptions& options, QString* error)
{
    Q_UNUSED(store);
    if (options.name != QStringLiteral("bookinfo") && options.name != QStringLiteral("large")) {
        *error = QStringLiteral("unknown scenario '%1' (bookinfo or large)").arg(options.name);
        return false;
    }
    return true;
}

} // namespace meshscope::sim
