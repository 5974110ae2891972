#pragma once

// `meshscope-sim backfill --scenario bookinfo --hours N --out FILE [--step S]`: writes the scenario's
// last N hours of Istio metrics as OpenMetrics and exits, without serving anything.

#include <QCommandLineParser>
#include <optional>

namespace meshscope::sim {

// The process exit code when the command line asks for a mesh command, nullopt otherwise.
std::optional<int> runMeshCommand(const QCommandLineParser& parser);

} // namespace meshscope::sim
