#include "graphappenders_p.h"

namespace meshscope::graph::detail {

void applyInventoryAppenders(TrafficMap& map, const GraphOptions& options, const MeshInventory& inventory)
{
    Q_UNUSED(map);
    Q_UNUSED(options);
    Q_UNUSED(inventory);
}

} // namespace meshscope::graph::detail
