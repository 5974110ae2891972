#pragma once

#include "../analyzer.h"

// Kiali's validation checkers (business/checkers in Kiali), reported with Kiali's KIA codes and wording.
namespace meshscope::analysis {

AnalyzerList createKialiCheckers();

} // namespace meshscope::analysis
