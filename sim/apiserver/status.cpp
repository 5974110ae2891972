#include "sim/apiserver/status.h"

#include <QJsonDocument>

namespace meshscope::sim {

SimHttpReply statusReply(int code, const QString& reason, const QString& message, const QJsonObject& details)
{
    QJsonObject status { { QStringLiteral("kind"), QStringLiteral("Status") },
        { QStringLiteral("apiVersion"), QStringLiteral("v1") }, { QStringLiteral("metadata"), QJsonObject() },
        { QStringLiteral("status"), code < 400 ? QStringLiteral("Success") : QStringLiteral("Failure") },
        { QStringLiteral("message"), message }, { QStringLiteral("code"), code } };
    if (!reason.isEmpty())
        status.insert(QStringLiteral("reason"), reason);
    if (!details.isEmpty())
        status.insert(QStringLiteral("details"), details);
    return SimHttpReply::json(QJsonDocument(status).toJson(QJsonDocument::Compact), code);
}

QString qualifiedResource(const QString& group, const QString& resource)
{
    return group.isEmpty() ? resource : resource + QLatin1Char('.') + group;
}

SimHttpReply notFound(const QString& groupResource, const QString& name)
{
    const int dot = groupResource.indexOf(QLatin1Char('.'));
    QJsonObject details { { QStringLiteral("name"), name },
        { QStringLiteral("kind"), dot < 0 ? groupResource : groupResource.left(dot) } };
    if (dot >= 0)
        details.insert(QStringLiteral("group"), groupResource.mid(dot + 1));
    return statusReply(
        404, QStringLiteral("NotFound"), QStringLiteral("%1 \"%2\" not found").arg(groupResource, name), details);
}

SimHttpReply badRequest(const QString& message)
{
    return statusReply(400, QStringLiteral("BadRequest"), message);
}

} // namespace meshscope::sim
