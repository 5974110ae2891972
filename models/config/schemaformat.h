// Reads the schema set's own format (models/config/schemas/README.md) into kinds and schema nodes.
#pragma once

#include "models/config/schema.h"

namespace meshscope::config {

// The kinds one schema file describes; false and *error (naming the type or field) when it is malformed.
bool readSchemaFile(const QString& text, QList<KindSchema>* kinds, QString* error);

} // namespace meshscope::config
