#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// An IstioOperator (or any YAML/JSON document) as a plain value tree, the way istioctl holds it while merging:
// QVariantMap for objects (keys sorted, as Go prints them), QVariantList for lists, and bool, qint64, double,
// QString or null (std::nullptr_t) for scalars. Paths use istioctl's --set syntax: `a.b[0].c`, `list[name:x]`,
// `\.` for a dot inside a key.
namespace meshscope::iop {

QVariant nullValue();
bool isNull(const QVariant& value);
bool isMap(const QVariant& value);
bool isList(const QVariant& value);
bool isScalar(const QVariant& value);

// One step of a path: a map key, a list index or a `[key:value]` list selector.
struct PathSegment
{
    enum Kind
    {
        Key,
        Index,
        Select
    };
    Kind kind = Key;
    QString key; // Key: the map key; Select: the selector's field
    QString value; // Select: the wanted value
    int index = -1;
};

// Splits a --set style path; false (and *error) when it is malformed.
bool parsePath(const QString& path, QList<PathSegment>* segments, QString* error = nullptr);
QString escapeKey(const QString& key); // `a.b` → `a\.b`
QString joinKey(const QString& path, const QString& key); // path + "." + escaped key
QString joinIndex(const QString& path, int index); // path + "[i]"

// Value at path, or an invalid QVariant when absent.
QVariant valueAt(const QVariant& root, const QString& path);
// Sets value at path the way istioctl's --set does (creates maps and lists on the way, appends to a list when the
// index is past its end); false with *error when the path cannot be followed.
bool setValueAt(QVariant& root, const QString& path, const QVariant& value, QString* error = nullptr);
// Removes the key or list element at path; false when it was not there.
bool removeValueAt(QVariant& root, const QString& path);

// istioctl's values.Map.MergeFrom: maps merge recursively; scalars, lists and null replace whole.
void mergeFrom(QVariant& base, const QVariant& overlay);

// Structural equality (numbers compare by value, 1 == 1.0).
bool sameValue(const QVariant& a, const QVariant& b);

// Every leaf path (scalars, empty maps and lists) under root, in key order.
QStringList leafPaths(const QVariant& root, const QString& prefix = QString());

// A --set value string parsed as istioctl does: integer, float, bool, else string (`\,` → `,`).
QVariant parseSetValue(const QString& text);

// A short one-line rendering of a value for tables (`"text"`, `true`, `{…}` with its size).
QString shortText(const QVariant& value);

} // namespace meshscope::iop
