#include "sim/apiserver/auth.h"

#include "sim/apiserver/status.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meshscope::sim {

namespace {
bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    // Compare digests so the time taken does not depend on a matching prefix.
    return !a.isEmpty() && !b.isEmpty()
        && QCryptographicHash::hash(a, QCryptographicHash::Sha256)
        == QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

bool isReadVerb(const QString& verb)
{
    return verb == QStringLiteral("get") || verb == QStringLiteral("list") || verb == QStringLiteral("watch");
}

bool isReview(const QString& group, const QString& resource)
{
    return group == QStringLiteral("authorization.k8s.io") && resource.startsWith(QStringLiteral("selfsubject"));
}

QJsonArray strings(std::initializer_list<const char*> values)
{
    QJsonArray array;
    for (const char* value : values)
        array.append(QLatin1String(value));
    return array;
}
} // namespace

std::optional<ApiUser> authenticate(
    const ApiCredentials& credentials, const SimHttpRequest& request, const QSslCertificate& peer)
{
    const QByteArray authorization = request.header("authorization");
    const QStringList authenticated { QStringLiteral("system:authenticated") };
    if (authorization.startsWith("Bearer ")) {
        const QByteArray token = authorization.mid(7).trimmed();
        if (sameSecret(token, credentials.adminToken))
            return ApiUser { QStringLiteral("meshscope-admin"),
                authenticated + QStringList { QStringLiteral("system:masters") }, false };
        if (sameSecret(token, credentials.readOnlyToken))
            return ApiUser { QStringLiteral("meshscope-readonly"), authenticated, true };
        return std::nullopt;
    }
    if (!peer.isNull() && !credentials.clientCertificate.isNull() && peer == credentials.clientCertificate) {
        return ApiUser { peer.subjectInfo(QSslCertificate::CommonName).value(0),
            authenticated + peer.subjectInfo(QSslCertificate::Organization), false };
    }
    return std::nullopt;
}

bool isAllowed(const ApiUser& user, const QString& verb, const QString& group, const QString& resource)
{
    return !user.readOnly || isReadVerb(verb) || (verb == QStringLiteral("create") && isReview(group, resource));
}

SimHttpReply forbidden(
    const ApiUser& user, const QString& verb, const QString& group, const QString& resource, const QString& ns)
{
    QString message = QStringLiteral("%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API group \"%5\"")
                          .arg(qualifiedResource(group, resource), user.name, verb, resource, group);
    message
        += ns.isEmpty() ? QStringLiteral(" at the cluster scope") : QStringLiteral(" in the namespace \"%1\"").arg(ns);
    QJsonObject details { { QStringLiteral("kind"), resource } };
    if (!group.isEmpty())
        details.insert(QStringLiteral("group"), group);
    return statusReply(403, QStringLiteral("Forbidden"), message, details);
}

SimHttpReply selfSubjectAccessReview(const ApiUser& user, const QByteArray& body)
{
    QJsonObject review = QJsonDocument::fromJson(body).object();
    if (review.isEmpty())
        return badRequest(QStringLiteral("the body is not a SelfSubjectAccessReview"));
    const QJsonObject spec = review.value(QStringLiteral("spec")).toObject();
    const QJsonObject attributes = spec.value(QStringLiteral("resourceAttributes")).toObject();
    const QString verb = attributes.value(QStringLiteral("verb"))
                             .toString(spec.value(QStringLiteral("nonResourceAttributes"))
                                           .toObject()
                                           .value(QStringLiteral("verb"))
                                           .toString());
    const bool allowed = isAllowed(user, verb, attributes.value(QStringLiteral("group")).toString(),
        attributes.value(QStringLiteral("resource")).toString());
    QJsonObject status { { QStringLiteral("allowed"), allowed } };
    if (!allowed)
        status.insert(QStringLiteral("reason"), QStringLiteral("the read-only user may only get, list and watch"));
    else
        status.insert(QStringLiteral("reason"), QStringLiteral("allowed by the simulator's authorizer"));
    review.insert(QStringLiteral("status"), status);
    review.insert(QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1"));
    review.insert(QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview"));
    QJsonObject metadata = review.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("creationTimestamp"), QJsonValue::Null);
    review.insert(QStringLiteral("metadata"), metadata);
    return SimHttpReply::json(QJsonDocument(review).toJson(QJsonDocument::Compact), 201);
}

SimHttpReply selfSubjectRulesReview(const ApiUser& user, const QByteArray& body)
{
    QJsonObject review = QJsonDocument::fromJson(body).object();
    const QJsonArray verbs = user.readOnly ? strings({ "get", "list", "watch" }) : strings({ "*" });
    QJsonArray resourceRules { QJsonObject { { QStringLiteral("verbs"), verbs },
        { QStringLiteral("apiGroups"), strings({ "*" }) }, { QStringLiteral("resources"), strings({ "*" }) } } };
    resourceRules.append(QJsonObject { { QStringLiteral("verbs"), strings({ "create" }) },
        { QStringLiteral("apiGroups"), strings({ "authorization.k8s.io" }) },
        { QStringLiteral("resources"), strings({ "selfsubjectaccessreviews", "selfsubjectrulesreviews" }) } });
    const QJsonArray nonResourceRules { QJsonObject { { QStringLiteral("verbs"), strings({ "get" }) },
        { QStringLiteral("nonResourceURLs"),
            strings({ "/api", "/api/*", "/apis", "/apis/*", "/version", "/openapi", "/openapi/*" }) } } };
    review.insert(QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1"));
    review.insert(QStringLiteral("kind"), QStringLiteral("SelfSubjectRulesReview"));
    review.insert(
        QStringLiteral("metadata"), QJsonObject { { QStringLiteral("creationTimestamp"), QJsonValue::Null } });
    review.insert(QStringLiteral("status"),
        QJsonObject { { QStringLiteral("resourceRules"), resourceRules },
            { QStringLiteral("nonResourceRules"), nonResourceRules }, { QStringLiteral("incomplete"), false } });
    return SimHttpReply::json(QJsonDocument(review).toJson(QJsonDocument::Compact), 201);
}

} // namespace meshscope::sim
