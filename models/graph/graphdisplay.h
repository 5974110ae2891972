#pragma once

#include "graphoptions.h"

// How the Graph page draws a graph, as plain values the page's controller owns and persists (no widgets here).
namespace meshscope::graph {

// What the edge label shows (Kiali's edge label modes).
enum class EdgeLabel
{
    None,
    RequestRate,
    RequestPercent,
    ResponseTimeAvg,
    ResponseTimeP50,
    ResponseTimeP95,
    ResponseTimeP99,
    Throughput,
    ErrorPercent
};

// The display toggles the view handles without another query (idle nodes always come with the graph).
struct GraphDisplay
{
    EdgeLabel edgeLabel = EdgeLabel::RequestRate;
    bool idleNodes = false;
    bool badges = true;
    bool animation = false;
    bool security = true;
    friend bool operator==(const GraphDisplay&, const GraphDisplay&) = default;
};

// The response-time statistic to query so that the label `mode` has a value (P95 for the other labels).
inline ResponseTimeStat responseTimeStatFor(EdgeLabel mode)
{
    switch (mode) {
    case EdgeLabel::ResponseTimeAvg:
        return ResponseTimeStat::Avg;
    case EdgeLabel::ResponseTimeP50:
        return ResponseTimeStat::P50;
    case EdgeLabel::ResponseTimeP99:
        return ResponseTimeStat::P99;
    default:
        return ResponseTimeStat::P95; // Kiali's default; also what the other labels' tooltips show
    }
}

} // namespace meshscope::graph
