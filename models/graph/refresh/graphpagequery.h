#pragma once

#include "models/graph/graphdisplay.h"
#include "models/graph/graphhealth.h"
#include "models/graph/graphoptions.h"

#include <QStringList>
#include <QVariantMap>

namespace meshscope::graph {

// Everything the Graph page asks for and how it shows it, as one value the page's controller (GraphRefresh) owns:
// the toolbar edits a copy and hands it back, the settings keep it per kubeconfig context.
struct GraphPageQuery
{
    QStringList namespaces;
    GraphType type = GraphType::VersionedApp;
    int durationSeconds = 60;
    int refreshSeconds = 15; // 0: paused
    bool injectServiceNodes = true;
    GraphDisplay display; // edge labels (whose response-time statistic is queried) and the view's toggles
    QString layoutEngine; // "" auto (dot up to 300 nodes, sfdp above), or a Graphviz engine
    QList<RateTolerance> health = HealthConfig::defaultTolerances();

    // What GraphService is asked (Kiali's options; idle nodes always come along, the view shows or hides them).
    GraphOptions options() const;
    // Whether other needs new Prometheus queries (namespaces, type, duration, service nodes, statistic, health).
    bool sameFetch(const GraphPageQuery& other) const;
    // Whether other keeps the nodes where they are (same namespaces, type and service nodes, same engine).
    bool sameLayout(const GraphPageQuery& other) const;

    // The settings' form (QSettings values) of everything but the health tolerances, which are kept for all
    // contexts. fromSettings keeps the defaults of this value for what is missing or not understood.
    QVariantMap toSettings() const;
    GraphPageQuery withSettings(const QVariantMap& settings) const;

    friend bool operator==(const GraphPageQuery&, const GraphPageQuery&);
};

} // namespace meshscope::graph
