#include "graphvizlock.h"

namespace meshscope::graph {

std::mutex& graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace meshscope::graph
