#include "analysisresource.h"

#include <QStringList>

namespace meshscope::analysis {

QString Resource::fullName() const
{
    return ns.isEmpty() ? name : QString(ns + QLatin1Char('/') + name);
}

QString Resource::friendlyName() const
{
    return kindName(kind) + QLatin1Char(' ') + fullName();
}

QString Resource::reference(int lineOverride) const
{
    if (file.isEmpty())
        return {};
    const int shown = lineOverride > 0 ? lineOverride : line;
    // istioctl does not count lines in JSON files.
    if (shown <= 0 || file.endsWith(QLatin1String(".json")))
        return file;
    return file + QLatin1Char(':') + QString::number(shown);
}

int Resource::lineOf(const QString& fieldPath) const
{
    return fieldLines ? fieldLines->value(fieldPath, 0) : 0;
}

QString Resource::key() const
{
    return resourceKey(kind, ns, name);
}

QString resourceKey(Kind kind, const QString& ns, const QString& name)
{
    return kindName(kind) + QLatin1Char(':') + (ns.isEmpty() ? name : QString(ns + QLatin1Char('/') + name));
}

std::shared_ptr<Resource> makeResource(Kind kind, const QJsonObject& object)
{
    auto resource = std::make_shared<Resource>();
    resource->kind = kind;
    resource->object = object;
    const QJsonObject metadata = json::obj(object, "metadata");
    resource->name = json::str(metadata, "name");
    resource->ns = isClusterScoped(kind) ? QString() : json::str(metadata, "namespace");
    resource->labels = json::stringMap(metadata.value(QLatin1String("labels")));
    resource->annotations = json::stringMap(metadata.value(QLatin1String("annotations")));
    return resource;
}

namespace json {

qint64 integer(const QJsonValue& value, qint64 fallback)
{
    if (value.isDouble()) {
        // Converting a double outside qint64's range (or NaN) is undefined; YAML like `port: 1e300` is just wrong.
        const double number = value.toDouble();
        return number > -9.2e18 && number < 9.2e18 ? qint64(number) : fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result.append(item.isString() ? item.toString() : intOrString(item));
    return result;
}

Labels stringMap(const QJsonValue& value)
{
    Labels result;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), it.value().isString() ? it.value().toString() : intOrString(it.value()));
    return result;
}

QString intOrString(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(integer(value));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace json
} // namespace meshscope::analysis
