#pragma once

#include <QStringList>

namespace meshscope {

// meshscope diff --kubeconfig F [--context C] [-n NS] -f FILE...: the server-side dry run of each resource against
// what is live, as unified diffs. Exit 0: no differences, 1: differences, >1: errors (kubectl diff's convention).
int runDiffCommand(const QStringList& arguments);

// meshscope apply --kubeconfig F [--context C] [-n NS] -f FILE... [--dry-run] [--force-conflicts]: server-side
// apply with fieldManager=meshscope, in the manifest's order. Exit 0 applied; 1 rejected, conflicting (naming the
// field and its manager) or unreachable; 2 bad usage.
int runApplyCommand(const QStringList& arguments);

} // namespace meshscope
