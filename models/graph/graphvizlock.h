#pragma once

#include <mutex>

namespace meshscope::graph {

// Graphviz (cgraph/gvc) keeps global state and is not thread-safe. Every use of it in the process
// (layout, SVG export, DOT parsing) holds this one mutex for the whole gvContext lifetime.
std::mutex& graphvizMutex();

} // namespace meshscope::graph
