#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace meshscope::iop {

// One finding of a schema check: where (a --set style path) and what.
struct SchemaIssue
{
    QString path;
    QString message;
};

// The built-in shapes of the IstioOperator resource, its spec.values (istioctl's Values) and meshConfig, and the
// Kubernetes types its components use. Decoding is strict as istioctl's is: a key that is not a field is an
// error, and so is a value of the wrong type.
class IopSchema
{
public:
    struct Field
    {
        QString name; // JSON name
        QString altName; // proto name when it differs, else empty
        QString type;
    };

    static const IopSchema& builtin();

    // Checks value against a type expression (a type name such as "I:IstioOperator", or "[K:Toleration]", …).
    void check(const QVariant& value, const QString& type, const QString& path, QList<SchemaIssue>* out) const;

    bool hasType(const QString& name) const { return m_types.contains(name); }
    QList<Field> fields(const QString& typeName) const { return m_types.value(typeName); }
    // The type expression at path below a root type ("spec.values.pilot.env" under I:IstioOperator, with values
    // and meshConfig followed into V:Values and M:MeshConfig); empty when the path leaves the schema.
    QString typeAt(const QString& rootType, const QString& path) const;

private:
    IopSchema();
    const Field* findField(const QString& typeName, const QString& key) const;
    void checkMessage(
        const QVariant& value, const QString& typeName, const QString& path, QList<SchemaIssue>* out) const;

    QHash<QString, QList<Field>> m_types;
};

// Human wording of a type expression: "a boolean", "a list of Toleration", …
QString describeType(const QString& type);

} // namespace meshscope::iop
