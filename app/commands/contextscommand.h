#pragma once

#include <QStringList>

namespace meshscope {

// `meshscope contexts [--kubeconfig PATH]`: lists the kubeconfig's contexts, * marks the current one.
int runContexts(const QStringList& arguments);

} // namespace meshscope
