#pragma once

#include <QStringList>

namespace meshscope {

// `meshscope profile list|dump|diff …`: istioctl 1.23's profile commands on the built-in profiles.
// list, dump: 0 on success, 1 when an input is wrong (unknown profile, unreadable file, bad --set), 2 for usage.
// diff: 0 identical, 1 different, 2 for errors.
int runProfileCommand(const QStringList& arguments);

} // namespace meshscope
