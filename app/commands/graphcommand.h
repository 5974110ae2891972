#pragma once

#include <QStringList>

namespace meshscope {

// `meshscope graph --prometheus URL [--kubeconfig PATH --context NAME] --namespaces a,b --type TYPE
//  --duration 5m [--time UNIX] --format kiali|dot|svg`: prints one traffic graph. Runs the application's event
// loop (QCoreApplication::exec) until the graph is out; returns the exit code.
int runGraphCommand(const QStringList& arguments);

} // namespace meshscope
