#pragma once

#include "models/istio/jsontree.h"

#include <string>

// Envoy writes its config dump with proto field names (snake_case); istioctl decodes it into Go protos and prints
// them again with Go's JSON libraries: lowerCamelCase names, map keys sorted, each library with its own layout.
// These writers reproduce that from the dump's JSON without the protos. What they need to know about the schema
// is which members are maps or google.protobuf.Struct (their keys are data, kept verbatim): see protojson.cpp.
namespace meshscope::protojson {

// The proto JSON form of an Envoy message: field names in lowerCamelCase, map and Struct keys verbatim and sorted.
JsonRef toProtoJson(const JsonRef& envoyJson);

// json.MarshalIndent(v, "", "    ") of proto JSON: what istioctl prints for `-o json` of clusters, listeners,
// routes and endpoints. HTML characters are escaped as Go does. No trailing newline.
std::string marshalIndent(const JsonRef& protoJson);

// protojson.MarshalOptions{Multiline, Indent: "    "} (istioctl's ECDS dump). No trailing newline.
std::string protojsonMultiline(const JsonRef& protoJson);

// The legacy jsonpb Marshaler{Indent: "    "} (bootstrap dump, proxy-status JSON, the istiod-vs-Envoy compare
// text), including its layout of Struct and map members. Takes Envoy's JSON (snake_case) directly.
std::string jsonpbIndent(const JsonRef& envoyJson);

// lowerCamelCase as protoc derives json_name from a field name.
std::string jsonName(std::string_view fieldName);

} // namespace meshscope::protojson
