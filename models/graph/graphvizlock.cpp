#include "graphvizlock.h"

#include <gvc.h>
#include <memory>

namespace meshscope::graph {

std::mutex& graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

GVC_s* graphvizContext()
{
    // Freed when the process exits (after the last use), so leak checkers see Graphviz's caches released.
    static const std::unique_ptr<GVC_t, int (*)(GVC_t*)> context(gvContext(), gvFreeContext);
    return context.get();
}

} // namespace meshscope::graph
