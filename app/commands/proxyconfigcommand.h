#pragma once

#include <QStringList>

namespace meshscope {

// `meshscope proxy-config clusters|listeners|routes|endpoints|secret|bootstrap|ecds|log|all [POD[.NS]]
//  [-n NS] [--file F] [-o short|json|yaml] [filters]`: istioctl's proxy-config, byte for byte, from a pod's Envoy
// (through the API server's pod proxy) or a saved dump. Exit 0, 1 on a failure with a message, 2 on bad arguments.
int runProxyConfigCommand(const QStringList& arguments);

} // namespace meshscope
