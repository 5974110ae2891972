// Server-side printing: the meta.k8s.io/v1 Table kubectl asks for with `Accept: application/json;as=Table`.
// Columns as the real API server prints them for pods, services, deployments, replica sets and namespaces,
// the CRD's additionalPrinterColumns for custom resources, and Name/Age otherwise.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace meshscope::sim {

struct ResourceType;

QJsonArray tableColumns(const ResourceType& type);
// One row; includeObject is None, Metadata (default) or Object.
QJsonObject tableRow(const ResourceType& type, const QJsonObject& object, const QString& includeObject);
// "5m", "3h12m", "4d": kubectl's HumanDuration of the time since an RFC 3339 timestamp.
QString ageOf(const QString& timestamp);

} // namespace meshscope::sim
