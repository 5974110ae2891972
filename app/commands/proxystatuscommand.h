#pragma once

#include <QStringList>

namespace meshscope {

// `meshscope proxy-status [POD[.NS]] [--kubeconfig F] [--context C] [-n NS] [-o table|json|yaml] [-v 1]
//  [--file F]`: istioctl's proxy-status from every istiod's /debug/syncz (all revisions merged); with a pod,
// istiod's config for it against its Envoy's (or --file's) as istioctl's diff. Exit 0, 1 on a failure with a
// message, 2 on bad arguments.
int runProxyStatusCommand(const QStringList& arguments);

} // namespace meshscope
