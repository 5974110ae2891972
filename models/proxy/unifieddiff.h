#pragma once

#include <string>
#include <vector>

namespace meshscope {

// A unified diff in go-difflib's layout (what istioctl prints): "--- from", "+++ to", hunks "@@ -a,b +c,d @@"
// with `context` unchanged lines around each change; empty when the texts are equal. Lines keep their "\n"; a
// last line without one gets it, as difflib.SplitLines does. The line matching is dtl's shortest edit script.
std::string unifiedDiff(const std::string& from, const std::string& to, const std::string& fromName,
    const std::string& toName, int context);

// difflib.SplitLines: lines with their newline, the last one always ending in "\n".
std::vector<std::string> splitLines(const std::string& text);

} // namespace meshscope
