#include "models/config/resourceclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>

namespace meshscope::config {

QString ResourceRef::display() const
{
    const QString type = resource.group.isEmpty() ? resource.kind.toLower()
                                                  : resource.kind.toLower() + QLatin1Char('.') + resource.group;
    return type + QLatin1Char('/') + name;
}

QString ResourceRef::diffName() const
{
    QStringList parts;
    if (!resource.group.isEmpty())
        parts.append(resource.group);
    parts << resource.version << resource.kind;
    if (!ns.isEmpty())
        parts.append(ns);
    parts.append(name);
    return parts.join(QLatin1Char('.'));
}

std::optional<ResourceRef> resolveResource(
    const KubeDiscovery& discovery, const QJsonObject& object, const QString& defaultNamespace, QString* error)
{
    const QString apiVersion = object.value(QStringLiteral("apiVersion")).toString();
    const QString kind = object.value(QStringLiteral("kind")).toString();
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    const QString name = metadata.value(QStringLiteral("name")).toString();
    if (apiVersion.isEmpty() || kind.isEmpty()) {
        *error = QCoreApplication::translate("ResourceClient", "the object needs apiVersion and kind");
        return std::nullopt;
    }
    if (name.isEmpty()) {
        *error = QCoreApplication::translate("ResourceClient", "the %1 needs metadata.name").arg(kind);
        return std::nullopt;
    }
    const QString group
        = apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(QLatin1Char('/'), 0, 0) : QString();
    const QString version = apiVersion.section(QLatin1Char('/'), -1);
    for (const KubeResource& served : discovery.resources()) {
        if (served.group != group || served.kind != kind)
            continue;
        ResourceRef ref;
        ref.resource = served;
        ref.resource.version = version;
        ref.name = name;
        if (served.namespaced) {
            ref.ns = metadata.value(QStringLiteral("namespace")).toString();
            if (ref.ns.isEmpty())
                ref.ns = defaultNamespace.isEmpty() ? QStringLiteral("default") : defaultNamespace;
        }
        return ref;
    }
    *error
        = QCoreApplication::translate("ResourceClient", "the cluster does not serve %1 in %2 (is the CRD installed?)")
              .arg(kind, apiVersion);
    return std::nullopt;
}

QJsonObject editableObject(const QJsonObject& object, bool keepServerFields)
{
    QJsonObject out = object;
    QJsonObject metadata = out.value(QStringLiteral("metadata")).toObject();
    metadata.remove(QStringLiteral("managedFields"));
    if (!keepServerFields) {
        for (const char* field : { "resourceVersion", "uid", "generation", "creationTimestamp", "selfLink" })
            metadata.remove(QLatin1String(field));
        out.remove(QStringLiteral("status"));
    }
    if (out.contains(QStringLiteral("metadata")))
        out.insert(QStringLiteral("metadata"), metadata);
    return out;
}

QList<FieldConflict> fieldConflicts(const KubeWriteResult& result)
{
    QList<FieldConflict> conflicts;
    static const QRegularExpression managerPattern(QStringLiteral("conflict with \"([^\"]+)\""));
    for (const StatusCause& cause : statusCauses(result.statusBody)) {
        if (cause.reason != QLatin1String("FieldManagerConflict"))
            continue;
        const auto match = managerPattern.match(cause.message);
        conflicts.append({ cause.field, match.hasMatch() ? match.captured(1) : QString(), cause.message });
    }
    return conflicts;
}

QList<StatusCause> statusCauses(const QJsonObject& statusBody)
{
    QList<StatusCause> causes;
    for (const QJsonValue& value :
        statusBody.value(QStringLiteral("details")).toObject().value(QStringLiteral("causes")).toArray()) {
        const QJsonObject cause = value.toObject();
        causes.append({ cause.value(QStringLiteral("field")).toString(),
            cause.value(QStringLiteral("reason")).toString(), cause.value(QStringLiteral("message")).toString() });
    }
    return causes;
}

ResourceClient::ResourceClient(KubeApi* api, KubeWriter* writer, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_writer(writer)
{ }

void ResourceClient::fetch(const ResourceRef& ref, QObject* context, std::function<void(const Live&)> done)
{
    KubeRequest request;
    request.path = ref.resource.path(ref.ns, ref.name);
    const QPointer<QObject> guard(context);
    m_api->send(request, this, [guard, done](const HttpResponse& response) {
        if (!guard)
            return;
        Live live;
        if (response.ok()) {
            live.found = true;
            live.object = QJsonDocument::fromJson(response.body).object();
        } else if (response.status != 404) {
            live.error = KubeApi::errorMessage(response);
        }
        done(live);
    });
}

void ResourceClient::apply(const ResourceRef& ref, const QJsonObject& object, bool dryRun, bool force, QObject* context,
    std::function<void(const KubeWriteResult&)> done, const QString& resourceVersion)
{
    // What is sent: the object without server-owned fields, in the namespace it resolved to.
    QJsonObject body = editableObject(object);
    QJsonObject metadata = body.value(QStringLiteral("metadata")).toObject();
    if (!ref.ns.isEmpty())
        metadata.insert(QStringLiteral("namespace"), ref.ns);
    if (!resourceVersion.isEmpty())
        metadata.insert(QStringLiteral("resourceVersion"), resourceVersion);
    body.insert(QStringLiteral("metadata"), metadata);
    KubeWriteOptions options;
    options.dryRun = dryRun;
    options.force = force;
    m_writer->apply(ref.resource, body, options, context, std::move(done));
}

} // namespace meshscope::config
