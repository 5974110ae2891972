#pragma once

// Pieces the routing planners share: new objects as Meshscope labels them, DestinationRule subsets, destinations.

#include "routingplan.h"
#include "servicerouting.h"

#include <QHash>
#include <QJsonArray>

namespace meshscope::traffic {

// metadata {name, namespace, labels: {meshscope.io/wizard: wizard}}.
QJsonObject labelledMetadata(const QString& name, const QString& ns, const QString& wizard);
// A name for a new object: the wanted one, or with "-meshscope" when another object of the kind has it.
QString freeName(const QString& wanted, const QList<QJsonObject>& existing);
// A VirtualService for the service (hosts: its short name) with the given http or tcp routes, labelled.
QJsonObject newVirtualService(
    const ServiceRouting& routing, const QString& wizard, const QString& routesField, const QJsonArray& routes);
QJsonObject destination(const QString& host, const QString& subset, const QJsonValue& port = {});

// The DestinationRule writes that give every needed version a subset (selector version=<name>), into the
// service's first DestinationRule, or a new one with a subset per version that has pods. Fills subsetOf with the
// subset of each needed version (existing ones are reused, whatever their name). Refused when a subset of that
// name selects something else.
RoutingPlan planSubsets(const ServiceRouting& routing, const QString& wizard, const VersionInventory& inventory,
    const RoutingObjects& objects, const QStringList& needed, QHash<QString, QString>& subsetOf);

} // namespace meshscope::traffic
