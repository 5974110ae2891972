#pragma once

#include <QStringList>

namespace meshscope {

// meshscope validate -f FILE... [-R] [--no-webhook-checks]: offline validation of resource files against the
// built-in schema set. Exit 0 when valid, 1 with "FILE:LINE: Kind ns/name: spec.path: message" lines.
int runValidateCommand(const QStringList& arguments);

} // namespace meshscope
