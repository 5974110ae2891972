#include "sim/apiserver/apiserver.h"

#include "sim/apiserver/auth.h"
#include "sim/apiserver/discovery.h"
#include "sim/apiserver/openapi.h"
#include "sim/apiserver/podlogs.h"
#include "sim/apiserver/podproxy.h"
#include "sim/apiserver/resourcecatalog.h"
#include "sim/apiserver/resourcehandlers.h"
#include "sim/apiserver/reviewprotobuf.h"
#include "sim/apiserver/status.h"
#include "sim/apiserver/watch.h"
#include "sim/http/httpserver.h"
#include "sim/store/objectstore.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace meshscope::sim {

namespace {
QString verbOf(const QByteArray& method, bool collection, bool watching)
{
    if (method == "GET" || method == "HEAD")
        return watching ? QStringLiteral("watch") : (collection ? QStringLiteral("list") : QStringLiteral("get"));
    if (method == "POST")
        return QStringLiteral("create");
    if (method == "PUT")
        return QStringLiteral("update");
    if (method == "PATCH")
        return QStringLiteral("patch");
    if (method == "DELETE")
        return collection ? QStringLiteral("deletecollection") : QStringLiteral("delete");
    return QString::fromLatin1(method).toLower();
}

bool isHealthPath(const QString& path)
{
    return path == QStringLiteral("/version") || path == QStringLiteral("/healthz") || path == QStringLiteral("/readyz")
        || path == QStringLiteral("/livez");
}

bool rollPercent(int percent)
{
    return percent > 0 && int(QRandomGenerator::global()->bounded(100)) < percent;
}
} // namespace

ApiServer::ApiServer(ObjectStore& store, PodProxyRegistry& podProxy, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_podProxy(podProxy)
    , m_catalog(std::make_unique<ResourceCatalog>(store))
    , m_handlers(std::make_unique<ResourceHandlers>(store, m_faults))
{ }

ApiServer::~ApiServer() = default;

int ApiServer::dropWatches()
{
    int dropped = 0;
    for (const QPointer<QObject>& watch : std::as_const(m_watches)) {
        if (auto* stream = qobject_cast<WatchStream*>(watch.data())) {
            stream->drop();
            ++dropped;
        }
    }
    m_watches.clear();
    return dropped;
}

void ApiServer::handle(const SimHttpRequest& request, HttpConnection* connection)
{
    if (isHealthPath(request.path) || m_faults.slowMs <= 0)
        return process(request, connection);
    QPointer<HttpConnection> guard(connection);
    QTimer::singleShot(m_faults.slowMs, this, [this, request, guard] {
        if (guard)
            process(request, guard);
    });
}

void ApiServer::process(const SimHttpRequest& request, HttpConnection* connection)
{
    if (request.path == QStringLiteral("/healthz") || request.path == QStringLiteral("/readyz")
        || request.path == QStringLiteral("/livez"))
        return connection->reply(SimHttpReply::text(200, "ok"));
    const std::optional<ApiUser> user = authenticate(m_credentials, request, connection->peerCertificate());
    if (!user)
        return connection->reply(statusReply(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized")));
    if (!isHealthPath(request.path)) {
        if (rollPercent(m_faults.throttlePercent)) {
            SimHttpReply reply = statusReply(429, QStringLiteral("TooManyRequests"),
                QStringLiteral("The server has received too many requests and has asked us to try again later."),
                { { QStringLiteral("retryAfterSeconds"), m_faults.retryAfterSeconds } });
            reply.headers.append({ "Retry-After", QByteArray::number(m_faults.retryAfterSeconds) });
            return connection->reply(reply);
        }
        if (rollPercent(m_faults.errorPercent)) {
            return connection->reply(statusReply(500, QStringLiteral("InternalError"),
                QStringLiteral("Internal error occurred: the simulator's fault injection answered 500")));
        }
    }
    const QString address
        = QStringLiteral("127.0.0.1:%1").arg(QString::fromUtf8(request.header("host")).section(QLatin1Char(':'), -1));
    if (auto discovery = discoveryReply(*m_catalog, request, address))
        return connection->reply(*discovery);
    if (auto openApi = openApiReply(*m_catalog, m_store, request))
        return connection->reply(*openApi);

    // /api/v1/... or /apis/<group>/<version>/...
    QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString group;
    QString version;
    if (parts.size() >= 3 && parts.first() == QStringLiteral("api")) {
        version = parts.at(1);
        parts = parts.mid(2);
    } else if (parts.size() >= 4 && parts.first() == QStringLiteral("apis")) {
        group = parts.at(1);
        version = parts.at(2);
        parts = parts.mid(3);
    } else {
        return connection->reply(statusReply(
            404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource")));
    }
    QString ns;
    if (parts.size() >= 3 && parts.first() == QStringLiteral("namespaces") && m_catalog->find(group, parts.at(2))) {
        ns = parts.at(1);
        parts = parts.mid(2);
    }
    const ResourceType* type = m_catalog->find(group, parts.first());
    if (!type || !type->serves(version) || (type->namespaced == false && !ns.isEmpty())) {
        return connection->reply(statusReply(
            404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource")));
    }
    const QString name = parts.value(1);
    const QString subresource = parts.value(2);
    const bool collection = name.isEmpty();
    const QString watchFlag = request.query.queryItemValue(QStringLiteral("watch"));
    const bool watching = watchFlag == QStringLiteral("true") || watchFlag == QStringLiteral("1");
    // Through the proxy subresource a GET is "get", anything else "create" (pods/proxy), as Kubernetes checks it.
    const QString verb = subresource == QStringLiteral("proxy")
        ? (request.method == "GET" || request.method == "HEAD" ? QStringLiteral("get") : QStringLiteral("create"))
        : verbOf(request.method, collection, watching);
    if (!isAllowed(*user, verb, group, type->resource))
        return connection->reply(forbidden(*user, verb, group, type->resource, ns));

    if (type->isVirtual()) {
        if (request.method != "POST" || !collection)
            return connection->reply(statusReply(405, QStringLiteral("MethodNotAllowed"),
                QStringLiteral("the server does not allow this method on the requested resource")));
        QByteArray body = request.body;
        if (isKubernetesProtobuf(body)) {
            const auto decoded = decodeReviewProtobuf(body);
            if (!decoded)
                return connection->reply(badRequest(QStringLiteral("cannot decode the protobuf body")));
            body = QJsonDocument(*decoded).toJson(QJsonDocument::Compact);
        }
        return connection->reply(type->resource == QStringLiteral("selfsubjectaccessreviews")
                ? selfSubjectAccessReview(*user, body)
                : selfSubjectRulesReview(*user, body));
    }
    if (subresource == QStringLiteral("proxy") && group.isEmpty()) {
        const QString rest = parts.mid(3).join(QLatin1Char('/'));
        const QString path = QLatin1Char('/') + rest
            + (request.path.endsWith(QLatin1Char('/')) && !rest.isEmpty() ? QStringLiteral("/") : QString());
        return connection->reply(proxy(request, ns, type->resource, name, path));
    }
    if (subresource == QStringLiteral("log") && group.isEmpty() && type->resource == QStringLiteral("pods") && m_podLogs
        && request.method == "GET") {
        const auto pod = m_store.get(QString(), QStringLiteral("pods"), ns, name);
        if (!pod)
            return connection->reply(notFound(QStringLiteral("pods"), name));
        QStringList containers;
        for (const QJsonValue& container :
            pod->value(QStringLiteral("spec")).toObject()[QStringLiteral("containers")].toArray())
            containers.append(container[QStringLiteral("name")].toString());
        return m_podLogs->serve(request, connection, ns, name, containers);
    }
    const ResourceRequest resourceRequest { request, *type, version, ns, name, subresource, *user };
    if (QObject* watch = m_handlers->handle(resourceRequest, connection))
        m_watches.append(watch);
    m_watches.removeAll(QPointer<QObject>());
}

SimHttpReply ApiServer::proxy(const SimHttpRequest& request, const QString& ns, const QString& resource,
    const QString& target, const QString& path)
{
    // "pod:port", "svc:port" or "https:svc:port"
    QStringList targetParts = target.split(QLatin1Char(':'));
    if (targetParts.size() == 3)
        targetParts.removeFirst();
    const QString name = targetParts.first();
    int port = targetParts.size() > 1 ? targetParts.at(1).toInt() : 80;
    QString pod = name;
    if (resource == QStringLiteral("services")) {
        const auto service = m_store.get(QString(), QStringLiteral("services"), ns, name);
        if (!service)
            return notFound(QStringLiteral("services"), name);
        const QJsonObject spec = service->value(QStringLiteral("spec")).toObject();
        for (const QJsonValue& value : spec.value(QStringLiteral("ports")).toArray()) {
            const QJsonObject servicePort = value.toObject();
            if (servicePort.value(QStringLiteral("port")).toInt() == port
                || servicePort.value(QStringLiteral("name")).toString() == targetParts.value(1)) {
                port = servicePort.value(QStringLiteral("targetPort"))
                           .toInt(servicePort.value(QStringLiteral("port")).toInt());
                break;
            }
        }
        const QJsonObject selector = spec.value(QStringLiteral("selector")).toObject();
        pod.clear();
        for (const QJsonObject& candidate : m_store.list(QString(), QStringLiteral("pods"), ns)) {
            const QJsonObject labels
                = candidate.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject();
            bool matches = !selector.isEmpty();
            for (auto it = selector.begin(); it != selector.end() && matches; ++it)
                matches = labels.value(it.key()) == it.value();
            if (matches) {
                pod = candidate.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
                break;
            }
        }
        if (pod.isEmpty()) {
            return statusReply(503, QStringLiteral("ServiceUnavailable"),
                QStringLiteral("no endpoints available for service \"%1\"").arg(name));
        }
    } else if (!m_store.find(QString(), QStringLiteral("pods"), ns, pod)) {
        return notFound(QStringLiteral("pods"), pod);
    }
    if (auto reply = m_podProxy.dispatch(ns, pod, port, path, request.query, request.method))
        return *reply;
    const QString podIp = m_store.get(QString(), QStringLiteral("pods"), ns, pod)
                              ->value(QStringLiteral("status"))
                              .toObject()
                              .value(QStringLiteral("podIP"))
                              .toString();
    return statusReply(503, QStringLiteral("ServiceUnavailable"),
        QStringLiteral("error trying to reach service: dial tcp %1:%2: connect: connection refused")
            .arg(podIp)
            .arg(port));
}

} // namespace meshscope::sim
