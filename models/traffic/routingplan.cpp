#include "routingplan.h"

namespace meshscope::traffic {

QString PlannedWrite::kind() const
{
    const QJsonObject& object = after.isEmpty() ? before : after;
    return object.value(QLatin1String("kind")).toString();
}

QString PlannedWrite::name() const
{
    const QJsonObject& object = after.isEmpty() ? before : after;
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}

QString PlannedWrite::ns() const
{
    const QJsonObject& object = after.isEmpty() ? before : after;
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString();
}

QString PlannedWrite::title() const
{
    return kind() + QLatin1Char(' ') + ns() + QLatin1Char('/') + name();
}

RoutingPlan RoutingPlan::badRequest(const QString& message)
{
    RoutingPlan plan;
    plan.status = Status::BadRequest;
    plan.message = message;
    return plan;
}

RoutingPlan RoutingPlan::refused(const QString& message)
{
    RoutingPlan plan;
    plan.status = Status::Refused;
    plan.message = message;
    return plan;
}

QJsonObject withoutServerFields(const QJsonObject& object, bool dropVolatile)
{
    if (object.isEmpty())
        return object;
    QJsonObject copy = object;
    copy.remove(QLatin1String("status"));
    QJsonObject metadata = copy.value(QLatin1String("metadata")).toObject();
    metadata.remove(QLatin1String("managedFields"));
    if (dropVolatile) {
        for (const char* field : { "uid", "resourceVersion", "generation", "creationTimestamp" })
            metadata.remove(QLatin1String(field));
    }
    copy.insert(QLatin1String("metadata"), metadata);
    return copy;
}

} // namespace meshscope::traffic
