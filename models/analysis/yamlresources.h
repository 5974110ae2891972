#pragma once

#include "analysisresource.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace meshscope::analysis {

// Reads multi-document YAML (or JSON) into resources, the way istioctl reads its input files: documents split at
// lines starting with "---", `kind: List` expanded into its items, objects of kinds the engine does not know skipped
// silently, and each object's first line and the lines of its scalar fields remembered. A broken document is
// reported and skipped; the other documents of the file are still read. Never throws.
struct YamlInput
{
    QList<std::shared_ptr<Resource>> resources;
    QStringList errors; // one line per document that could not be read
    int skipped = 0; // documents of kinds the engine does not know
};

YamlInput readYamlResources(const QByteArray& text, const QString& fileName);

// Converts one YAML document (no separators) to JSON the way Kubernetes does (YAML 1.1 scalars: yes/no are
// booleans, unquoted numbers are numbers). Returns false and sets error when the text is not YAML.
bool yamlToJson(const QByteArray& text, QJsonValue* value, QString* error);

} // namespace meshscope::analysis
