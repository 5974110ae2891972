// JSON merge patch (RFC 7386) and JSON patch (RFC 6902) on Kubernetes objects. Strategic merge patch is
// applied as a merge patch (lists are replaced rather than merged by key).
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace meshscope::sim {

QJsonValue mergePatch(const QJsonValue& target, const QJsonValue& patch);
// nullopt and *error when an operation fails (a missing path, a failed test).
std::optional<QJsonObject> jsonPatch(const QJsonObject& target, const QByteArray& patch, QString* error);

} // namespace meshscope::sim
