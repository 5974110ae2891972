#pragma once

#include "graphtypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Writing a Graph out: Kiali's graph JSON (the cytoscape "elements" format of Kiali's /api/namespaces/graph and of
// the golden files), Graphviz DOT, and SVG (DOT laid out by Graphviz's dot engine).
namespace meshscope::graph {

// Kiali's rateToString: at least minPrecision decimals, more (up to 5) until one significant digit shows.
QString kialiRate(double value, int minPrecision = 2);
QString kialiHash(const QString& text); // sha256 hex, how Kiali turns internal ids into JSON ids

QJsonObject toKialiJson(const Graph& graph);
QByteArray toDot(const Graph& graph);
// Lays the DOT out with Graphviz (serialised by graphvizMutex()). Empty with *error set when Graphviz fails.
QByteArray toSvg(const Graph& graph, QString* error = nullptr);

} // namespace meshscope::graph
