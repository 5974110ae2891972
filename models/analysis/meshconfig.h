#pragma once

#include <QJsonObject>
#include <QString>

namespace meshscope::analysis {

// The mesh configuration the analyzers read (MeshConfig), with Istio's defaults for what a user leaves out: fields
// the user sets replace the default, except defaultConfig and defaultProviders, which merge field by field, and
// extensionProviders, which merge by name.
namespace MeshConfigDefaults {
QJsonObject defaults();
QJsonObject apply(const QJsonObject& user);
// Reads a mesh config file (YAML, as in the istio ConfigMap's "mesh" key) over the defaults. On failure returns
// false and sets error; config is left alone.
bool fromYaml(const QByteArray& text, QJsonObject* config, QString* error);
// Reads mesh networks (YAML with a "networks" map).
bool networksFromYaml(const QByteArray& text, QJsonObject* networks, QString* error);
} // namespace MeshConfigDefaults

} // namespace meshscope::analysis
