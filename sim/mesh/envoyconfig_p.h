#pragma once

// What the Envoy config generators share (envoyconfig.cpp and the per-resource files).

#include <QJsonObject>
#include <QString>

namespace meshscope::sim::envoyjson {

QJsonObject socketAddress(const QString& address, int port);
// Adds "@type": type.googleapis.com/<type>.
QJsonObject typed(const char* type, QJsonObject object);
// direction|port|subset|host, as Istio names clusters.
QString clusterName(const QString& direction, int port, const QString& subset, const QString& host);
// /apis/networking.istio.io/v1/namespaces/<ns>/<kindPath>/<name> for "ns/name".
QString objectPath(const QString& kindPath, const QString& nsName);
QJsonObject stringMatchJson(const QJsonObject& match);
// A route configuration sending prefix to cluster (the stats and health listeners' inline routes).
QJsonObject inlineRouteTo(const QString& name, const QString& prefix, const QString& cluster);

} // namespace meshscope::sim::envoyjson
