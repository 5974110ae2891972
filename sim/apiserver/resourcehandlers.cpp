#include "sim/apiserver/resourcehandlers.h"

#include "sim/apiserver/apifaults.h"
#include "sim/apiserver/managedfields.h"
#include "sim/apiserver/patch.h"
#include "sim/apiserver/selectors.h"
#include "sim/apiserver/status.h"
#include "sim/apiserver/tables.h"
#include "sim/apiserver/watch.h"
#include "sim/http/httpserver.h"
#include "sim/store/objectstore.h"
#include "sim/store/yamljson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace meshscope::sim {

namespace {
constexpr int maxLimit = 10000;

QJsonObject metadataOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("metadata")).toObject();
}

QString query(const ResourceRequest& request, const char* name)
{
    return request.http.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

bool isDryRun(const ResourceRequest& request)
{
    return query(request, "dryRun") == QStringLiteral("All");
}

bool wantsTable(const SimHttpRequest& http)
{
    return http.header("accept").contains("as=Table");
}

// The continue token: the key after which the next page starts, and the list's resourceVersion.
QString encodeContinue(const QString& key, qint64 resourceVersion)
{
    const QJsonObject token { { QStringLiteral("v"), QStringLiteral("meta.k8s.io/v1") },
        { QStringLiteral("rv"), resourceVersion }, { QStringLiteral("start"), key } };
    return QString::fromLatin1(
        QJsonDocument(token).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<QString> decodeContinue(const QString& token)
{
    const QJsonObject object
        = QJsonDocument::fromJson(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding)).object();
    if (!object.contains(QStringLiteral("start")))
        return std::nullopt;
    return object.value(QStringLiteral("start")).toString();
}

std::optional<QJsonObject> parseBody(const SimHttpRequest& http, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(http.body, &parseError);
    if (document.isObject())
        return document.object();
    if (http.header("content-type").contains("yaml")) {
        const auto documents = parseYamlDocuments(http.body, error);
        if (documents && documents->size() == 1 && documents->first().isObject())
            return documents->first().toObject();
    }
    *error = QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                            "application/json, application/yaml");
    return std::nullopt;
}

QString defaultManager(const SimHttpRequest& http)
{
    const QByteArray agent = http.header("user-agent");
    const qsizetype slash = agent.indexOf('/');
    return QString::fromUtf8(slash > 0 ? agent.left(slash) : (agent.isEmpty() ? QByteArray("unknown") : agent));
}
} // namespace

ResourceHandlers::ResourceHandlers(ObjectStore& store, const ApiFaults& faults)
    : m_store(store)
    , m_faults(faults)
    , m_admission(store)
{ }

QString ResourceHandlers::groupResource(const ResourceRequest& request) const
{
    return qualifiedResource(request.type.group, request.type.resource);
}

QObject* ResourceHandlers::handle(const ResourceRequest& request, HttpConnection* connection)
{
    const QByteArray& method = request.http.method;
    const bool collection = request.name.isEmpty();
    const QString watchFlag = query(request, "watch");
    SimHttpReply reply;
    if (!request.subresource.isEmpty() && request.subresource != QStringLiteral("status")) {
        reply = notFound(groupResource(request), request.name);
    } else if (method == "GET" && collection
        && (watchFlag == QStringLiteral("true") || watchFlag == QStringLiteral("1"))) {
        return watch(request, connection);
    } else if (method == "GET") {
        reply = collection ? list(request) : get(request);
    } else if (method == "POST" && collection) {
        reply = create(request);
    } else if (method == "PUT" && !collection) {
        reply = update(request);
    } else if (method == "PATCH" && !collection) {
        reply = patch(request);
    } else if (method == "DELETE" && !collection) {
        reply = remove(request);
    } else {
        reply = statusReply(405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("the server does not allow this method on the requested resource"));
    }
    connection->reply(reply);
    return nullptr;
}

QByteArray ResourceHandlers::render(
    const ResourceRequest& request, const QJsonObject& object, const QByteArray& cachedJson) const
{
    if (request.version == request.type.versions.first() && !cachedJson.isEmpty())
        return cachedJson;
    QJsonObject converted = object;
    converted.insert(QStringLiteral("apiVersion"), request.type.apiVersion(request.version));
    return QJsonDocument(converted).toJson(QJsonDocument::Compact);
}

SimHttpReply ResourceHandlers::list(const ResourceRequest& request)
{
    QString error;
    const auto labels = LabelSelector::parse(query(request, "labelSelector"), &error);
    const auto fields
        = labels ? FieldSelector::parse(query(request, "fieldSelector"), request.type.resource, &error) : std::nullopt;
    if (!labels || !fields)
        return badRequest(error);
    bool limited = false;
    const int limit = std::clamp(query(request, "limit").toInt(&limited), 0, maxLimit);
    limited = limited && limit > 0;
    std::optional<QString> start;
    if (const QString token = query(request, "continue"); !token.isEmpty()) {
        start = decodeContinue(token);
        if (!start)
            return badRequest(QStringLiteral("continue key is not valid: illegal base64 data"));
    }

    const bool table = wantsTable(request.http);
    const QString includeObject = query(request, "includeObject");
    const qint64 listVersion = m_store.resourceVersion();
    QByteArray items;
    QJsonArray rows;
    int count = 0;
    QString lastKey;
    bool more = false;
    qint64 remaining = 0;
    const bool unfiltered = labels->isEmpty() && fields->isEmpty();
    if (const ObjectStore::Bucket* bucket = m_store.bucket(request.type.group, request.type.resource)) {
        const QString nsPrefix = request.ns.isEmpty() ? QString() : request.ns + QLatin1Char('/');
        auto it = start ? bucket->upper_bound(*start)
                        : (nsPrefix.isEmpty() ? bucket->begin() : bucket->lower_bound(nsPrefix));
        for (; it != bucket->end(); ++it) {
            if (!nsPrefix.isEmpty() && !it->first.startsWith(nsPrefix))
                break;
            const QJsonObject& object = it->second->object;
            if (!unfiltered) {
                if (!labels->matches(metadataOf(object).value(QStringLiteral("labels")).toObject())
                    || !fields->matches(object))
                    continue;
            }
            if (limited && count == limit) {
                more = true;
                if (!unfiltered)
                    break;
                ++remaining;
                continue;
            }
            ++count;
            lastKey = it->first;
            if (table) {
                rows.append(tableRow(request.type, object, includeObject));
            } else {
                if (!items.isEmpty())
                    items += ',';
                items += render(request, object, it->second->json);
            }
        }
    }
    QJsonObject listMetadata { { QStringLiteral("resourceVersion"), QString::number(listVersion) } };
    if (more) {
        listMetadata.insert(QStringLiteral("continue"), encodeContinue(lastKey, listVersion));
        if (unfiltered)
            listMetadata.insert(QStringLiteral("remainingItemCount"), remaining);
    }
    const QByteArray metadataJson = QJsonDocument(listMetadata).toJson(QJsonDocument::Compact);
    if (table) {
        const QJsonObject tableObject { { QStringLiteral("kind"), QStringLiteral("Table") },
            { QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1") },
            { QStringLiteral("metadata"), listMetadata },
            { QStringLiteral("columnDefinitions"), tableColumns(request.type) }, { QStringLiteral("rows"), rows } };
        return SimHttpReply::json(QJsonDocument(tableObject).toJson(QJsonDocument::Compact));
    }
    return SimHttpReply::json("{\"kind\":\"" + request.type.kind.toUtf8() + "List\",\"apiVersion\":\""
        + request.type.apiVersion(request.version).toUtf8() + "\",\"metadata\":" + metadataJson + ",\"items\":[" + items
        + "]}");
}

QObject* ResourceHandlers::watch(const ResourceRequest& request, HttpConnection* connection)
{
    QString error;
    WatchOptions options;
    options.ns = request.ns;
    options.version = request.version;
    options.labels = LabelSelector::parse(query(request, "labelSelector"), &error);
    if (options.labels)
        options.fields = FieldSelector::parse(query(request, "fieldSelector"), request.type.resource, &error);
    if (!options.labels || !options.fields) {
        connection->reply(badRequest(error));
        return nullptr;
    }
    options.table = wantsTable(request.http);
    options.bookmarks = query(request, "allowWatchBookmarks") == QStringLiteral("true");
    options.timeoutSeconds = query(request, "timeoutSeconds").toInt();
    options.dropAfterMs = m_faults.dropWatchesAfterMs;

    const QString version = query(request, "resourceVersion");
    std::optional<qint64> since;
    QList<StoreEvent> replay;
    if (!version.isEmpty() && version != QStringLiteral("0")) {
        bool ok = false;
        since = version.toLongLong(&ok);
        if (!ok) {
            connection->reply(badRequest(QStringLiteral("invalid resource version: %1").arg(version)));
            return nullptr;
        }
        const auto events = m_store.eventsSince(*since, request.type.group, request.type.resource);
        if (!events) {
            connection->reply(statusReply(410, QStringLiteral("Expired"),
                QStringLiteral("too old resource version: %1 (%2)").arg(*since).arg(m_store.resourceVersion())));
            return nullptr;
        }
        replay = *events;
    }
    auto* stream = new WatchStream(m_store, request.type, options, connection);
    stream->start(since, replay);
    return stream;
}

SimHttpReply ResourceHandlers::get(const ResourceRequest& request)
{
    const StoredObjectPtr stored = m_store.find(request.type.group, request.type.resource, request.ns, request.name);
    if (!stored)
        return notFound(groupResource(request), request.name);
    if (wantsTable(request.http)) {
        const QJsonObject tableObject { { QStringLiteral("kind"), QStringLiteral("Table") },
            { QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("resourceVersion"), QString::number(stored->resourceVersion) } } },
            { QStringLiteral("columnDefinitions"), tableColumns(request.type) },
            { QStringLiteral("rows"),
                QJsonArray { tableRow(request.type, stored->object, query(request, "includeObject")) } } };
        return SimHttpReply::json(QJsonDocument(tableObject).toJson(QJsonDocument::Compact));
    }
    return SimHttpReply::json(render(request, stored->object, stored->json));
}

SimHttpReply ResourceHandlers::create(const ResourceRequest& request)
{
    QString error;
    std::optional<QJsonObject> body = parseBody(request.http, &error);
    if (!body)
        return badRequest(error);
    QJsonObject metadata = metadataOf(*body);
    QString name = metadata.value(QStringLiteral("name")).toString();
    if (name.isEmpty() && metadata.contains(QStringLiteral("generateName"))) {
        static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
        name = metadata.value(QStringLiteral("generateName")).toString();
        for (int i = 0; i < 5; ++i)
            name += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
    }
    if (name.isEmpty())
        return statusReply(422, QStringLiteral("Invalid"),
            QStringLiteral("%1 \"\" is invalid: metadata.name: Required value: name or generateName is required")
                .arg(request.type.kind));
    metadata.insert(QStringLiteral("name"), name);
    metadata.remove(QStringLiteral("uid")); // server-assigned
    const ResourceRequest named { request.http, request.type, request.version, request.ns, name, {}, request.user };
    body->insert(QStringLiteral("metadata"), metadata);
    if (m_store.find(request.type.group, request.type.resource, request.ns, name)) {
        // A real API server validates before storage finds the name taken.
        const Admission::Verdict verdict = m_admission.admit(request.type, *body, query(request, "fieldValidation"));
        if (verdict.rejection)
            return *verdict.rejection;
        return statusReply(409, QStringLiteral("AlreadyExists"),
            QStringLiteral("%1 \"%2\" already exists").arg(groupResource(request), name),
            { { QStringLiteral("name"), name }, { QStringLiteral("kind"), request.type.resource } });
    }
    const QString manager
        = query(request, "fieldManager").isEmpty() ? defaultManager(request.http) : query(request, "fieldManager");
    return commit(named, *body, std::nullopt, 201, manager);
}

SimHttpReply ResourceHandlers::update(const ResourceRequest& request)
{
    QString error;
    std::optional<QJsonObject> body = parseBody(request.http, &error);
    if (!body)
        return badRequest(error);
    const StoredObjectPtr current = m_store.find(request.type.group, request.type.resource, request.ns, request.name);
    if (!current)
        return notFound(groupResource(request), request.name);
    const QString precondition = metadataOf(*body).value(QStringLiteral("resourceVersion")).toString();
    if (!precondition.isEmpty() && precondition != QString::number(current->resourceVersion)) {
        return statusReply(409, QStringLiteral("Conflict"),
            QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been modified; please apply "
                           "your changes to the latest version and try again")
                .arg(groupResource(request), request.name),
            { { QStringLiteral("name"), request.name }, { QStringLiteral("group"), request.type.group },
                { QStringLiteral("kind"), request.type.resource } });
    }
    if (request.subresource == QStringLiteral("status")) {
        QJsonObject merged = current->object;
        merged.insert(QStringLiteral("status"), body->value(QStringLiteral("status")));
        body = merged;
    } else if (request.type.hasStatus) {
        body->insert(
            QStringLiteral("status"), current->object.value(QStringLiteral("status"))); // status only via /status
        if (body->value(QStringLiteral("status")).isUndefined())
            body->remove(QStringLiteral("status"));
    }
    const QString manager
        = query(request, "fieldManager").isEmpty() ? defaultManager(request.http) : query(request, "fieldManager");
    return commit(request, *body, current->object, 200, manager);
}

SimHttpReply ResourceHandlers::patch(const ResourceRequest& request)
{
    const QByteArray contentType = request.http.header("content-type").split(';').first().trimmed();
    const StoredObjectPtr current = m_store.find(request.type.group, request.type.resource, request.ns, request.name);
    const QString managerQuery = query(request, "fieldManager");
    if (contentType == "application/apply-patch+yaml" || contentType == "application/apply-patch+cbor") {
        if (managerQuery.isEmpty())
            return statusReply(422, QStringLiteral("Invalid"),
                QStringLiteral("PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required "
                               "for apply patch"));
        QString error;
        const auto documents = parseYamlDocuments(request.http.body, &error);
        if (!documents || documents->size() != 1 || !documents->first().isObject())
            return badRequest(error.isEmpty() ? QStringLiteral("the apply patch must be one object") : error);
        QJsonObject config = documents->first().toObject();
        // An apply that names a resourceVersion is optimistic locking, as with an update.
        const QString expected = metadataOf(config).value(QStringLiteral("resourceVersion")).toString();
        if (!expected.isEmpty() && (!current || expected != QString::number(current->resourceVersion))) {
            return statusReply(409, QStringLiteral("Conflict"),
                QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been modified; please "
                               "apply your changes to the latest version and try again")
                    .arg(groupResource(request), request.name));
        }
        const bool force = query(request, "force") == QStringLiteral("true");
        ApplyOutcome outcome = serverSideApply(current ? std::optional(current->object) : std::nullopt, config,
            managerQuery, force, request.type.apiVersion(request.version));
        if (!outcome.conflicts.isEmpty()) {
            QJsonArray causes;
            QStringList lines;
            for (const FieldConflict& conflict : std::as_const(outcome.conflicts)) {
                const QString message
                    = QStringLiteral("conflict with \"%1\" using %2").arg(conflict.manager, conflict.apiVersion);
                causes.append(QJsonObject { { QStringLiteral("reason"), QStringLiteral("FieldManagerConflict") },
                    { QStringLiteral("message"), message }, { QStringLiteral("field"), conflict.field } });
                lines.append(message + QStringLiteral(": ") + conflict.field);
            }
            const QString summary = outcome.conflicts.size() == 1
                ? QStringLiteral("Apply failed with 1 conflict: ") + lines.first()
                : QStringLiteral("Apply failed with %1 conflicts: ").arg(outcome.conflicts.size())
                    + lines.join(QStringLiteral("\n"));
            return statusReply(409, QStringLiteral("Conflict"), summary, { { QStringLiteral("causes"), causes } });
        }
        QJsonObject metadata = metadataOf(outcome.object);
        metadata.insert(QStringLiteral("name"), request.name);
        if (request.type.namespaced)
            metadata.insert(QStringLiteral("namespace"), request.ns);
        outcome.object.insert(QStringLiteral("metadata"), metadata);
        return commit(request, outcome.object, current ? std::optional(current->object) : std::nullopt,
            current ? 200 : 201, managerQuery, true);
    }
    if (!current)
        return notFound(groupResource(request), request.name);
    QJsonObject patched;
    if (contentType == "application/json-patch+json") {
        QString error;
        const auto result = jsonPatch(current->object, request.http.body, &error);
        if (!result)
            return statusReply(422, QStringLiteral("Invalid"), error);
        patched = *result;
    } else if (contentType == "application/merge-patch+json"
        || contentType == "application/strategic-merge-patch+json") {
        const QJsonDocument document = QJsonDocument::fromJson(request.http.body);
        if (!document.isObject())
            return badRequest(QStringLiteral("error decoding patch: invalid JSON"));
        patched = mergePatch(current->object, document.object()).toObject();
    } else {
        return statusReply(415, QStringLiteral("UnsupportedMediaType"),
            QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                           "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, "
                           "application/strategic-merge-patch+json"));
    }
    const QString precondition = metadataOf(patched).value(QStringLiteral("resourceVersion")).toString();
    if (!precondition.isEmpty() && precondition != QString::number(current->resourceVersion)) {
        return statusReply(409, QStringLiteral("Conflict"),
            QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been modified; please apply "
                           "your changes to the latest version and try again")
                .arg(groupResource(request), request.name));
    }
    return commit(
        request, patched, current->object, 200, managerQuery.isEmpty() ? defaultManager(request.http) : managerQuery);
}

SimHttpReply ResourceHandlers::remove(const ResourceRequest& request)
{
    const StoredObjectPtr current = m_store.find(request.type.group, request.type.resource, request.ns, request.name);
    if (!current)
        return notFound(groupResource(request), request.name);
    // DeleteOptions.preconditions: delete only the object the client has seen.
    const QJsonObject preconditions
        = QJsonDocument::fromJson(request.http.body).object().value(QStringLiteral("preconditions")).toObject();
    const QString expectedVersion = preconditions.value(QStringLiteral("resourceVersion")).toString();
    const QString expectedUid = preconditions.value(QStringLiteral("uid")).toString();
    const QJsonObject currentMetadata = metadataOf(current->object);
    QString failed;
    if (!expectedVersion.isEmpty() && expectedVersion != QString::number(current->resourceVersion))
        failed = QStringLiteral("ResourceVersion in precondition: %1, ResourceVersion in object meta: %2")
                     .arg(expectedVersion)
                     .arg(current->resourceVersion);
    else if (!expectedUid.isEmpty() && expectedUid != currentMetadata.value(QStringLiteral("uid")).toString())
        failed = QStringLiteral("UID in precondition: %1, UID in object meta: %2")
                     .arg(expectedUid, currentMetadata.value(QStringLiteral("uid")).toString());
    if (!failed.isEmpty())
        return statusReply(409, QStringLiteral("Conflict"),
            QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": Precondition failed: %3")
                .arg(groupResource(request), request.name, failed),
            { { QStringLiteral("name"), request.name }, { QStringLiteral("group"), request.type.group },
                { QStringLiteral("kind"), request.type.resource } });
    if (isDryRun(request))
        return SimHttpReply::json(render(request, current->object, current->json));
    const StoredObjectPtr removed = m_store.remove(request.type.group, request.type.resource, request.ns, request.name);
    return SimHttpReply::json(render(request, removed->object, removed->json));
}

SimHttpReply ResourceHandlers::commit(const ResourceRequest& request, QJsonObject object,
    const std::optional<QJsonObject>& previous, int status, const QString& manager, bool managedByApply)
{
    if (request.subresource.isEmpty()) {
        QJsonObject named = object;
        QJsonObject metadata = metadataOf(named);
        if (metadata.value(QStringLiteral("name")).toString().isEmpty())
            metadata.insert(QStringLiteral("name"), request.name);
        named.insert(QStringLiteral("metadata"), metadata);
        const Admission::Verdict verdict = m_admission.admit(request.type, named, query(request, "fieldValidation"));
        if (verdict.rejection)
            return *verdict.rejection;
        SimHttpReply reply = store(request, verdict.object, previous, status, manager, managedByApply);
        for (const QByteArray& warning : verdict.warnings)
            reply.headers.append({ QByteArrayLiteral("Warning"), warning });
        return reply;
    }
    return store(request, object, previous, status, manager, managedByApply);
}

SimHttpReply ResourceHandlers::store(const ResourceRequest& request, QJsonObject object,
    const std::optional<QJsonObject>& previous, int status, const QString& manager, bool managedByApply)
{
    QJsonObject metadata = metadataOf(object);
    const QString bodyNamespace = metadata.value(QStringLiteral("namespace")).toString();
    const QString bodyName = metadata.value(QStringLiteral("name")).toString();
    if (request.type.namespaced && !bodyNamespace.isEmpty() && bodyNamespace != request.ns) {
        return badRequest(
            QStringLiteral("the namespace of the provided object does not match the namespace sent on the request"));
    }
    if (!bodyName.isEmpty() && bodyName != request.name)
        return badRequest(QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                              .arg(bodyName, request.name));
    const QString expectedApiVersion = request.type.apiVersion(request.version);
    const QString apiVersion = object.value(QStringLiteral("apiVersion")).toString();
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if ((!apiVersion.isEmpty() && !request.type.serves(apiVersion.section(QLatin1Char('/'), -1)))
        || (!kind.isEmpty() && kind != request.type.kind)) {
        return badRequest(
            QStringLiteral("the API version in the data (%1) does not match the expected API version (%2)")
                .arg(apiVersion, expectedApiVersion));
    }
    if (request.type.namespaced && !m_store.find(QString(), QStringLiteral("namespaces"), QString(), request.ns)) {
        return notFound(QStringLiteral("namespaces"), request.ns);
    }
    metadata.insert(QStringLiteral("name"), request.name);
    if (request.type.namespaced)
        metadata.insert(QStringLiteral("namespace"), request.ns);
    else
        metadata.remove(QStringLiteral("namespace"));
    metadata.remove(QStringLiteral("resourceVersion"));
    object.insert(QStringLiteral("metadata"), metadata);
    // Stored once, in the preferred version.
    object.insert(QStringLiteral("apiVersion"), request.type.apiVersion(request.type.versions.first()));
    object.insert(QStringLiteral("kind"), request.type.kind);
    if (request.type.group.isEmpty() && request.type.resource == QStringLiteral("namespaces") && !previous) {
        QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
        labels.insert(QStringLiteral("kubernetes.io/metadata.name"), request.name);
        metadata.insert(QStringLiteral("labels"), labels);
        object.insert(QStringLiteral("metadata"), metadata);
        object.insert(QStringLiteral("status"), QJsonObject { { QStringLiteral("phase"), QStringLiteral("Active") } });
    }
    if (!managedByApply)
        object = recordUpdate(object, previous, manager, expectedApiVersion);

    if (isDryRun(request)) {
        QJsonObject preview = object;
        QJsonObject previewMetadata = metadataOf(preview);
        const QJsonObject previousMetadata = previous ? metadataOf(*previous) : QJsonObject();
        previewMetadata.insert(QStringLiteral("uid"),
            previousMetadata.value(QStringLiteral("uid")).toString(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        previewMetadata.insert(QStringLiteral("creationTimestamp"),
            previousMetadata.value(QStringLiteral("creationTimestamp"))
                .toString(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
        previewMetadata.insert(
            QStringLiteral("resourceVersion"), previousMetadata.value(QStringLiteral("resourceVersion")));
        previewMetadata.insert(
            QStringLiteral("generation"), previousMetadata.value(QStringLiteral("generation")).toInt(1));
        preview.insert(QStringLiteral("metadata"), previewMetadata);
        return SimHttpReply::json(render(request, preview), status);
    }
    if (previous && previous->value(QStringLiteral("spec")) == object.value(QStringLiteral("spec"))
        && metadataOf(*previous).value(QStringLiteral("labels")) == metadata.value(QStringLiteral("labels"))
        && metadataOf(*previous).value(QStringLiteral("annotations")) == metadata.value(QStringLiteral("annotations"))
        && previous->value(QStringLiteral("status")) == object.value(QStringLiteral("status"))
        && metadataOf(*previous).value(QStringLiteral("managedFields"))
            == metadataOf(object).value(QStringLiteral("managedFields"))) {
        // No change: a real API server does not write (no new resourceVersion, no watch event).
        const StoredObjectPtr stored
            = m_store.find(request.type.group, request.type.resource, request.ns, request.name);
        return SimHttpReply::json(render(request, stored->object, stored->json), status);
    }
    const StoredObjectPtr stored = previous ? m_store.update(request.type.group, request.type.resource, object)
                                            : m_store.create(request.type.group, request.type.resource, object);
    return SimHttpReply::json(render(request, stored->object, stored->json), status);
}

} // namespace meshscope::sim
