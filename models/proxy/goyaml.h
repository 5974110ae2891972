#pragma once

#include "models/istio/jsontree.h"

#include <string>

namespace meshscope::goyaml {

// sigs.k8s.io/yaml's JSONToYAML, which istioctl applies to its JSON for `-o yaml`: go-yaml v2's emitter with its
// key order (letters before other characters, digit runs compared as numbers), its choice of plain, single- or
// double-quoted and literal scalars (strings that would read back as numbers, booleans, nulls or timestamps are
// double-quoted), block sequences not indented inside mappings, and lines folded at spaces past column 80.
// Ends with a newline.
std::string jsonToYaml(const JsonRef& value);

} // namespace meshscope::goyaml
