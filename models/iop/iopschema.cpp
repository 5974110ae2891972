#include "iopschema.h"

#include "ioptree.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace meshscope::iop {

extern const char* const kIopSchemaText;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::iop::IopSchema)
};

bool isIntegerValue(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return true;
    case QMetaType::Double: {
        const double d = value.toDouble();
        return std::isfinite(d) && std::trunc(d) == d;
    }
    default:
        return false;
    }
}

bool isNumberValue(const QVariant& value)
{
    return isIntegerValue(value) || value.typeId() == QMetaType::Double;
}

QString kindOf(const QVariant& value)
{
    if (isMap(value))
        return Tr::tr("an object");
    if (isList(value))
        return Tr::tr("a list");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return Tr::tr("boolean %1").arg(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QMetaType::QString:
        return Tr::tr("text %1").arg(shortText(value));
    default:
        return Tr::tr("number %1").arg(shortText(value));
    }
}

bool isDuration(const QString& text)
{
    static const QRegularExpression duration(
        QStringLiteral("^[-+]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|ms|s|m|h))+$"));
    return text == QStringLiteral("0") || duration.match(text).hasMatch();
}

QString stripTypePrefix(const QString& typeName)
{
    const qsizetype colon = typeName.indexOf(u':');
    return colon < 0 ? typeName : typeName.mid(colon + 1);
}

} // namespace

QString describeType(const QString& type)
{
    if (type.startsWith(u'['))
        return Tr::tr("a list of %1").arg(describeType(type.mid(1, type.size() - 2)));
    if (type.startsWith(u'{'))
        return Tr::tr("a map of %1").arg(describeType(type.mid(1, type.size() - 2)));
    if (type.startsWith(QStringLiteral("enum(")))
        return Tr::tr("one of %1").arg(type.mid(5, type.size() - 6).split(u'|').join(QStringLiteral(", ")));
    if (type == QStringLiteral("string"))
        return Tr::tr("text");
    if (type == QStringLiteral("bool"))
        return Tr::tr("a boolean");
    if (type == QStringLiteral("int"))
        return Tr::tr("a whole number");
    if (type == QStringLiteral("number"))
        return Tr::tr("a number");
    if (type == QStringLiteral("duration"))
        return Tr::tr("a duration such as 10s");
    if (type == QStringLiteral("intstr"))
        return Tr::tr("a number or a name");
    if (type == QStringLiteral("quantity"))
        return Tr::tr("a quantity such as 100m or 1Gi");
    if (type == QStringLiteral("object"))
        return Tr::tr("an object");
    if (type == QStringLiteral("any") || type == QStringLiteral("raw"))
        return Tr::tr("any value");
    return Tr::tr("an object (%1)").arg(stripTypePrefix(type));
}

const IopSchema& IopSchema::builtin()
{
    static const IopSchema schema;
    return schema;
}

IopSchema::IopSchema()
{
    const QStringList rows = QString::fromUtf8(kIopSchemaText).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& row : rows) {
        const QStringList words = row.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        QList<Field> fields;
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QString& word = words.at(i);
            const qsizetype colon = word.indexOf(u':');
            if (colon < 0)
                continue;
            Field field;
            const QString names = word.left(colon);
            const qsizetype slash = names.indexOf(u'/');
            field.name = slash < 0 ? names : names.left(slash);
            field.altName = slash < 0 ? QString() : names.mid(slash + 1);
            field.type = word.mid(colon + 1);
            fields.append(field);
        }
        m_types.insert(words.first(), fields);
    }
}

const IopSchema::Field* IopSchema::findField(const QString& typeName, const QString& key) const
{
    const auto it = m_types.constFind(typeName);
    if (it == m_types.cend())
        return nullptr;
    for (const Field& field : it.value()) {
        if (field.name == key || (!field.altName.isEmpty() && field.altName == key))
            return &field;
    }
    return nullptr;
}

void IopSchema::checkMessage(
    const QVariant& value, const QString& typeName, const QString& path, QList<SchemaIssue>* out) const
{
    if (!isMap(value)) {
        out->append({ path, Tr::tr("expected %1, got %2").arg(describeType(typeName), kindOf(value)) });
        return;
    }
    const QVariantMap map = value.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString childPath = joinKey(path, it.key());
        const Field* field = findField(typeName, it.key());
        if (!field) {
            out->append({ childPath, Tr::tr("unknown field \"%1\" in %2").arg(it.key(), stripTypePrefix(typeName)) });
            continue;
        }
        check(it.value(), field->type, childPath, out);
    }
}

void IopSchema::check(const QVariant& value, const QString& type, const QString& path, QList<SchemaIssue>* out) const
{
    if (isNull(value) || type == QStringLiteral("any") || type == QStringLiteral("raw"))
        return; // null leaves a field unset, as in Go and protobuf JSON
    const auto wrong = [&] {
        out->append({ path, Tr::tr("expected %1, got %2").arg(describeType(type), kindOf(value)) });
    };
    if (type.startsWith(u'[')) {
        if (!isList(value))
            return wrong();
        const QString item = type.mid(1, type.size() - 2);
        const QVariantList list = value.toList();
        for (int i = 0; i < list.size(); ++i)
            check(list.at(i), item, joinIndex(path, i), out);
        return;
    }
    if (type.startsWith(u'{')) {
        if (!isMap(value))
            return wrong();
        const QString item = type.mid(1, type.size() - 2);
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            check(it.value(), item, joinKey(path, it.key()), out);
        return;
    }
    if (type.startsWith(QStringLiteral("enum("))) {
        const QStringList names = type.mid(5, type.size() - 6).split(u'|');
        if (isIntegerValue(value) && value.toLongLong() >= 0 && value.toLongLong() < names.size())
            return;
        if (value.typeId() == QMetaType::QString && names.contains(value.toString()))
            return;
        return wrong();
    }
    if (type == QStringLiteral("string")) {
        if (value.typeId() != QMetaType::QString)
            wrong();
        return;
    }
    if (type == QStringLiteral("bool")) {
        if (value.typeId() != QMetaType::Bool)
            wrong();
        return;
    }
    if (type == QStringLiteral("int")) {
        if (!isIntegerValue(value))
            wrong();
        return;
    }
    if (type == QStringLiteral("number")) {
        if (!isNumberValue(value))
            wrong();
        return;
    }
    if (type == QStringLiteral("duration")) {
        if (value.typeId() != QMetaType::QString || !isDuration(value.toString()))
            wrong();
        return;
    }
    if (type == QStringLiteral("intstr")) {
        if (!isIntegerValue(value) && value.typeId() != QMetaType::QString)
            wrong();
        return;
    }
    if (type == QStringLiteral("quantity")) {
        if (!isNumberValue(value) && value.typeId() != QMetaType::QString)
            wrong();
        return;
    }
    if (type == QStringLiteral("object")) {
        if (!isMap(value))
            wrong();
        return;
    }
    if (m_types.contains(type)) {
        checkMessage(value, type, path, out);
        return;
    }
    // A type this build does not know: accept, rather than reject a valid file.
}

QString IopSchema::typeAt(const QString& rootType, const QString& path) const
{
    QList<PathSegment> segments;
    if (!parsePath(path, &segments))
        return {};
    QString type = rootType;
    QString walked;
    for (const PathSegment& segment : std::as_const(segments)) {
        if (segment.kind == PathSegment::Key) {
            walked = joinKey(walked, segment.key);
            if (type.startsWith(u'{')) {
                type = type.mid(1, type.size() - 2);
                continue;
            }
            if (type == QStringLiteral("any") || type == QStringLiteral("object"))
                return QStringLiteral("any");
            const Field* field = findField(type, segment.key);
            if (!field)
                return {};
            type = field->type;
            // The resource leaves these to their own checks; follow them into their own types.
            if (walked == QStringLiteral("spec.values"))
                type = QStringLiteral("V:Values");
            else if (walked == QStringLiteral("spec.meshConfig") || walked == QStringLiteral("spec.values.meshConfig"))
                type = QStringLiteral("M:MeshConfig");
        } else {
            if (!type.startsWith(u'['))
                return type == QStringLiteral("any") ? type : QString();
            type = type.mid(1, type.size() - 2);
        }
    }
    return type;
}

} // namespace meshscope::iop
