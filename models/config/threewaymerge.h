// Three-way merge of Kubernetes objects, field by field: base (what the edit started from), theirs (live now)
// and yours (the edit). A field only one side changed takes that side's value; both sides changing it to the
// same value is no conflict; both changing it differently is a conflict the user resolves by picking a side.
// Lists merge item by item when neither side changed their length, else as one value.
#pragma once

#include "models/config/jsonpath.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace meshscope::config {

struct MergeConflict
{
    JsonPath path;
    QJsonValue base; // Undefined when the field did not exist
    QJsonValue theirs; // Undefined: they removed it
    QJsonValue yours; // Undefined: you removed it
    enum class Pick
    {
        Yours,
        Theirs,
        Base,
    };
    Pick pick = Pick::Yours;
};

struct MergeResult
{
    QJsonObject merged; // with every conflict resolved as its pick says
    QList<MergeConflict> conflicts;
    int autoMergedFromTheirs = 0; // fields taken from theirs without asking
    int autoMergedFromYours = 0;

    bool clean() const { return conflicts.isEmpty(); }
};

MergeResult mergeThreeWay(const QJsonObject& base, const QJsonObject& theirs, const QJsonObject& yours);

// The merged object with the conflicts resolved as their picks say (the picks can change after the merge).
QJsonObject resolveConflicts(const MergeResult& result);

// value with path set to newValue (Undefined removes it); missing objects along the way are created.
QJsonValue setAtPath(const QJsonValue& value, const JsonPath& path, const QJsonValue& newValue);

} // namespace meshscope::config
