#pragma once

#include <mutex>

struct GVC_s; // Graphviz's GVC_t

namespace meshscope::graph {

// Graphviz (cgraph/gvc) keeps global state and is not thread-safe. Every use of it in the process
// (layout, SVG export, DOT parsing) holds this one mutex for the whole job.
std::mutex& graphvizMutex();

// The process's one Graphviz context: created on first use, freed at exit. Graphviz keeps font/text-size caches
// in globals that gvFreeContext leaves dangling, so a second context reads freed memory (AddressSanitizer:
// heap-use-after-free in textspan_size). Use it only while holding graphvizMutex().
GVC_s* graphvizContext();

} // namespace meshscope::graph
