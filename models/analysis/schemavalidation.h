#pragma once

#include "analysisresource.h"

#include <QList>

namespace meshscope::analysis {

// What Istio's admission webhook would say about one object: errors (it rejects the object) and warnings (it
// accepts it with a warning). The schema analyzers (schema.ValidationAnalyzer.<Kind>) report them as IST0106 and
// IST0133. This is the one place where the analysis asks for schema validation: the checks behind it are a small
// set of required-field rules until the editor's schema validator (models/config/) can answer instead.
struct SchemaFinding
{
    bool warning = false;
    QString text;
};

QList<SchemaFinding> validateSchema(const Resource& resource);

} // namespace meshscope::analysis
