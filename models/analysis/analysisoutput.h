#pragma once

#include "analysismessage.h"

#include <QByteArray>

namespace meshscope::analysis {

// istioctl analyze's three output formats for a list of messages.
namespace AnalysisOutput {
// One line per message: `Error [IST0101] (VirtualService default/reviews vs.yaml:12) Referenced host not found: …`,
// the level coloured (yellow warnings, bold red errors) when colorize is set.
QByteArray log(const AnalysisMessages& messages, bool colorize);
// A JSON array of {code, documentationUrl, level, message, origin, reference}, tab-indented with sorted keys.
QByteArray json(const AnalysisMessages& messages);
// The same list as YAML.
QByteArray yaml(const AnalysisMessages& messages);
} // namespace AnalysisOutput

} // namespace meshscope::analysis
