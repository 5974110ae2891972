// Kubernetes `Status` objects, the body of every API error.
#pragma once

#include "sim/http/httpmessage.h"

#include <QJsonObject>

namespace meshscope::sim {

SimHttpReply statusReply(int code, const QString& reason, const QString& message, const QJsonObject& details = {});
SimHttpReply notFound(const QString& groupResource, const QString& name);
SimHttpReply badRequest(const QString& message);
// "virtualservices.networking.istio.io" / "pods": how Kubernetes names a resource in messages.
QString qualifiedResource(const QString& group, const QString& resource);

} // namespace meshscope::sim
