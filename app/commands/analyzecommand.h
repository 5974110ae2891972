#pragma once

#include <QStringList>

namespace meshscope {

// `meshscope analyze [FILES|DIRS|-...] [--kubeconfig F --context C] [-n NS | -A] [--use-kube=false]
// [--meshConfigFile F] [--meshNetworksFile F] [--analyzer NAME]... [--list-analyzers] [-o log|json|yaml]
// [--failure-threshold L] [--output-threshold L] [--suppress CODE=RESOURCE]... [--kiali]`: istioctl analyze's
// analysis of a cluster, of files, or of files laid over a cluster. Exit codes: 0, 79 when a message is at or
// above the failure threshold (log output, as istioctl), 1 on errors (including unreadable input), 2 on bad
// arguments.
int runAnalyzeCommand(const QStringList& arguments);

} // namespace meshscope
