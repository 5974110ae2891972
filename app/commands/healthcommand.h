#pragma once

#include <QStringList>

namespace meshscope {

// `meshscope health [--kubeconfig F] [--context C] --prometheus URL [--namespaces a,b] [--duration 5m]
//  [-o table|json]`: the health of every app, workload and service, judged by Kiali's rules. Exit 0, 3 when
// anything is in Failure (a CI gate), 1 on errors, 2 on bad arguments.
int runHealthCommand(const QStringList& arguments);

} // namespace meshscope
