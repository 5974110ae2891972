#pragma once

#include "graphtypes.h"

#include <QString>
#include <functional>

// What other features add to the graph's nodes through the Graph page's controller (GraphRefresh), without
// touching the page: context-menu actions and badges.
namespace meshscope::graph {

// An action offered in a graph node's context menu (e.g. "Shift traffic…", "Show proxy config"): other features add
// theirs here, and the page lists the ones that apply to the node; triggering one emits nodeActionTriggered.
struct NodeAction
{
    QString id;
    QString text; // translated by whoever adds it
    std::function<bool(const Node& node)> appliesTo;
};

// A small mark drawn on a node (e.g. another feature's health or analysis result), keyed by node id.
struct NodeBadge
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };
    QString text; // one or two characters
    QString toolTip;
    Severity severity = Severity::Info;
};

} // namespace meshscope::graph
