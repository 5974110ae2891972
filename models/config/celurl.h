// The url() library of the Kubernetes CEL environment, with Go's url.ParseRequestURI rules.
#pragma once

#include "models/config/celast.h"

namespace meshscope::config::cel {

Value urlValue(const QString& text);
bool isRequestUri(const QString& text);
Value urlMethod(const QString& name, const Value& target);

} // namespace meshscope::config::cel
