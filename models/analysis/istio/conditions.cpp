// conditions.ConditionAnalyzer: status conditions that say a controller did not accept or program an object.
#include "istioanalyzers.h"

namespace meshscope::analysis {
namespace {

struct Watched
{
    Kind kind;
    QStringList falseConditions; // condition types reported when their status is "False"
};

class ConditionAnalyzer : public IstioAnalyzer
{
public:
    ConditionAnalyzer()
        : IstioAnalyzer("conditions.ConditionAnalyzer",
            "Reports status conditions that show a controller rejected or could not program an object",
            { Kind::Service, Kind::ServiceEntry, Kind::WorkloadEntry, Kind::AuthorizationPolicy,
                Kind::KubernetesGateway, Kind::HTTPRoute, Kind::GRPCRoute })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const QStringList waypoint { QStringLiteral("istio.io/WaypointBound") };
        const QStringList gatewayApi { QStringLiteral("Accepted"), QStringLiteral("Programmed"),
            QStringLiteral("ResolvedRefs") };
        const QList<Watched> watched { { Kind::Service, waypoint }, { Kind::ServiceEntry, waypoint },
            { Kind::WorkloadEntry, waypoint },
            { Kind::AuthorizationPolicy, { QStringLiteral("ZtunnelAccepted"), QStringLiteral("WaypointAccepted") } },
            { Kind::KubernetesGateway, gatewayApi }, { Kind::HTTPRoute, gatewayApi }, { Kind::GRPCRoute, gatewayApi } };
        for (const Watched& entry : watched) {
            context.snapshot().forEach(entry.kind, [&](const ResourcePtr& resource) {
                for (const QJsonObject& condition : conditions(*resource)) {
                    const QString type = json::str(condition, "type");
                    const QVariantList args { type, json::str(condition, "reason"), json::str(condition, "message") };
                    if (entry.falseConditions.contains(type)
                        && json::str(condition, "status") == QLatin1String("False"))
                        context.report("IST0171", resource, args);
                    if (entry.kind == Kind::AuthorizationPolicy && type == QLatin1String("WaypointAccepted")
                        && json::str(condition, "reason") == QLatin1String("PartiallyInvalid"))
                        context.report("IST0171", resource, args);
                }
            });
        }
    }

private:
    // Routes keep their conditions per parent gateway; everything else at status.conditions.
    static QList<QJsonObject> conditions(const Resource& resource)
    {
        QList<QJsonObject> result;
        const QJsonObject status = resource.status();
        if (resource.kind == Kind::HTTPRoute || resource.kind == Kind::GRPCRoute) {
            for (const QJsonValue& parent : json::arr(status, "parents")) {
                for (const QJsonValue& condition : json::arr(parent.toObject(), "conditions"))
                    result.append(condition.toObject());
            }
            return result;
        }
        for (const QJsonValue& condition : json::arr(status, "conditions"))
            result.append(condition.toObject());
        return result;
    }
};

} // namespace

void addConditionAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<ConditionAnalyzer>());
}

} // namespace meshscope::analysis
