#pragma once

#include "analysiskinds.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace meshscope::analysis {

using Labels = QHash<QString, QString>;

// One object the analyzers look at, with where it came from: a file (and the line of each scalar field, so a
// message can point at the line of the offending field) or a cluster. Immutable once built, shared between the
// snapshot, the analyzers' results and the threads they run on.
struct Resource
{
    Kind kind = Kind::Count;
    QString ns; // empty for cluster-scoped kinds and for namespace-less objects in files
    QString name;
    QJsonObject object; // the whole object as the API server (or the file) has it
    Labels labels;
    Labels annotations;
    QString file; // the input file, "-" for stdin; empty for cluster objects
    int line = 0; // first line of the object in file (1-based), 0 when unknown
    // Line of each scalar field, keyed as istioctl keys them: "{.spec.http[0].route[1].destination.host}".
    std::shared_ptr<const QHash<QString, int>> fieldLines;
    QString cluster; // the cluster it was read from, when the snapshot holds several

    QJsonObject spec() const { return object.value(QLatin1String("spec")).toObject(); }
    QJsonObject status() const { return object.value(QLatin1String("status")).toObject(); }
    // "ns/name", or "name" without a namespace (istioctl's FullName).
    QString fullName() const;
    // "Kind ns/name" or "Kind name": how istioctl names a resource in its messages.
    QString friendlyName() const;
    // "file:line" (istioctl's reference), or "file" for JSON files and unknown lines; empty for cluster objects.
    QString reference(int lineOverride = 0) const;
    // The line of a field ("{.spec.hosts[0]}"), or 0.
    int lineOf(const QString& fieldPath) const;
    // "Kind:ns/name": the key the rest of the application uses for an object of this kind.
    QString key() const;
};

using ResourcePtr = std::shared_ptr<const Resource>;

// Builds a resource from a Kubernetes object; labels and annotations are read from its metadata.
std::shared_ptr<Resource> makeResource(Kind kind, const QJsonObject& object);
QString resourceKey(Kind kind, const QString& ns, const QString& name);

// Small readers for the JSON the analyzers walk.
namespace json {
inline QJsonObject obj(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}
inline QJsonArray arr(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toArray();
}
inline QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
inline bool has(const QJsonObject& o, const char* key)
{
    return o.contains(QLatin1String(key)) && !o.value(QLatin1String(key)).isNull();
}
// A number, or a string holding one (YAML and JSON writers differ).
qint64 integer(const QJsonValue& value, qint64 fallback = 0);
inline qint64 integer(const QJsonObject& o, const char* key, qint64 fallback = 0)
{
    return integer(o.value(QLatin1String(key)), fallback);
}
QStringList strings(const QJsonValue& value); // a list of strings
Labels stringMap(const QJsonValue& value); // a map of strings (labels, selectors)
// The text of a scalar the way Kubernetes' IntOrString prints it ("8080", "http").
QString intOrString(const QJsonValue& value);
} // namespace json

} // namespace meshscope::analysis
