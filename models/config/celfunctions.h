// CEL's operators and the functions the Kubernetes API server offers to validation rules.
#pragma once

#include "models/config/celast.h"

#include <QJsonValue>

namespace meshscope::config::cel {

Value binary(const QString& op, const Value& left, const Value& right);
Value callFunction(const QString& name, bool hasReceiver, const QList<Value>& args);
bool isKnownFunction(const QString& name, bool hasReceiver);
Value noOverload(const QString& function, const Value& argument);
QJsonValue toJson(const Value& value);

} // namespace meshscope::config::cel
