#include "models/config/threewaymerge.h"

#include <QJsonArray>
#include <QSet>

namespace meshscope::config {

namespace {
class Merger
{
public:
    MergeResult result;

    // The merged value of one field; Undefined when it is absent after the merge.
    QJsonValue merge(const QJsonValue& base, const QJsonValue& theirs, const QJsonValue& yours, const JsonPath& path)
    {
        if (theirs == yours)
            return yours; // same on both sides (also: both removed it)
        if (theirs == base) {
            ++result.autoMergedFromYours;
            return yours; // only you changed it
        }
        if (yours == base) {
            ++result.autoMergedFromTheirs;
            return theirs; // only they changed it
        }
        if (base.isObject() && theirs.isObject() && yours.isObject())
            return mergeObjects(base.toObject(), theirs.toObject(), yours.toObject(), path);
        // Both created an object where there was none: merge against an empty base.
        if (base.isUndefined() && theirs.isObject() && yours.isObject())
            return mergeObjects({}, theirs.toObject(), yours.toObject(), path);
        if (base.isArray() && theirs.isArray() && yours.isArray()) {
            const QJsonArray b = base.toArray();
            const QJsonArray t = theirs.toArray();
            const QJsonArray y = yours.toArray();
            if (b.size() == t.size() && b.size() == y.size()) {
                QJsonArray merged;
                for (int i = 0; i < b.size(); ++i) {
                    const QJsonValue item = merge(b.at(i), t.at(i), y.at(i), path.index(i));
                    if (!item.isUndefined())
                        merged.append(item);
                }
                return merged;
            }
        }
        result.conflicts.append({ path, base, theirs, yours, MergeConflict::Pick::Yours });
        return yours;
    }

    QJsonObject mergeObjects(
        const QJsonObject& base, const QJsonObject& theirs, const QJsonObject& yours, const JsonPath& path)
    {
        QStringList keys = base.keys() + theirs.keys() + yours.keys();
        keys.removeDuplicates();
        QJsonObject merged;
        for (const QString& key : std::as_const(keys)) {
            const QJsonValue value = merge(base.value(key), theirs.value(key), yours.value(key), path.key(key));
            if (!value.isUndefined())
                merged.insert(key, value);
        }
        return merged;
    }
};
} // namespace

QJsonValue setAtPath(const QJsonValue& value, const JsonPath& path, const QJsonValue& newValue)
{
    if (path.isEmpty())
        return newValue;
    const JsonPath::Segment& first = path.segments().first();
    JsonPath rest;
    for (qsizetype i = 1; i < path.segments().size(); ++i) {
        const JsonPath::Segment& segment = path.segments().at(i);
        rest = std::holds_alternative<int>(segment) ? rest.index(std::get<int>(segment))
                                                    : rest.key(std::get<QString>(segment));
    }
    if (std::holds_alternative<int>(first)) {
        QJsonArray array = value.toArray();
        const int index = std::get<int>(first);
        if (index < 0 || index > array.size())
            return value;
        const QJsonValue child = index < array.size() ? array.at(index) : QJsonValue(QJsonValue::Undefined);
        const QJsonValue updated = setAtPath(child, rest, newValue);
        if (updated.isUndefined()) {
            if (index < array.size())
                array.removeAt(index);
        } else if (index < array.size()) {
            array[index] = updated;
        } else {
            array.append(updated);
        }
        return array;
    }
    QJsonObject object = value.toObject();
    const QString& key = std::get<QString>(first);
    const QJsonValue updated = setAtPath(object.value(key), rest, newValue);
    if (updated.isUndefined())
        object.remove(key);
    else
        object.insert(key, updated);
    return object;
}

MergeResult mergeThreeWay(const QJsonObject& base, const QJsonObject& theirs, const QJsonObject& yours)
{
    Merger merger;
    merger.result.merged = merger.mergeObjects(base, theirs, yours, JsonPath());
    return merger.result;
}

QJsonObject resolveConflicts(const MergeResult& result)
{
    QJsonValue merged = result.merged;
    for (const MergeConflict& conflict : result.conflicts) {
        const QJsonValue chosen = conflict.pick == MergeConflict::Pick::Theirs ? conflict.theirs
            : conflict.pick == MergeConflict::Pick::Base                       ? conflict.base
                                                                               : conflict.yours;
        merged = setAtPath(merged, conflict.path, chosen);
    }
    return merged.toObject();
}

} // namespace meshscope::config
