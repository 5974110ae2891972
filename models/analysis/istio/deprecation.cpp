// deprecation.DeprecationAnalyzer: fields and resource types Istio no longer honours.
#include "istioanalyzers.h"

namespace meshscope::analysis {
namespace {

class DeprecationAnalyzer : public IstioAnalyzer
{
public:
    DeprecationAnalyzer()
        : IstioAnalyzer("deprecation.DeprecationAnalyzer", "Reports deprecated Istio resource types and fields",
            { Kind::VirtualService, Kind::Sidecar, Kind::CustomResourceDefinition })
    { }

    void analyze(AnalysisContext& context) const override
    {
        const Snapshot& snapshot = context.snapshot();
        snapshot.forEach(Kind::VirtualService, [&](const ResourcePtr& vs) {
            for (const QJsonValue& rule : json::arr(vs->spec(), "http")) {
                const QJsonObject delay = json::obj(json::obj(rule.toObject(), "fault"), "delay");
                if (json::integer(delay, "percent") > 0)
                    context.report("IST0002", vs,
                        { QStringLiteral("HTTPRoute.fault.delay.percent is deprecated; use "
                                         "HTTPRoute.fault.delay.percentage") });
            }
        });
        snapshot.forEach(Kind::Sidecar, [&](const ResourcePtr& sidecar) {
            if (json::has(json::obj(sidecar->spec(), "outboundTrafficPolicy"), "egressProxy"))
                context.report("IST0002", sidecar, { QStringLiteral("OutboundTrafficPolicy.EgressProxy ignored") });
        });
        // The RBAC types of Istio 1.4 and earlier.
        static const QStringList removedKinds { QStringLiteral("ClusterRbacConfig"), QStringLiteral("RbacConfig"),
            QStringLiteral("ServiceRole"), QStringLiteral("ServiceRoleBinding") };
        snapshot.forEach(Kind::CustomResourceDefinition, [&](const ResourcePtr& crd) {
            const QJsonObject spec = crd->spec();
            const QString group = json::str(spec, "group");
            const QString kind = json::str(json::obj(spec, "names"), "kind");
            if (group == QLatin1String("rbac.istio.io") && removedKinds.contains(kind))
                context.report(
                    "IST0002", crd, { QStringLiteral("Custom resource type %1 %2 is removed").arg(group, kind) });
        });
    }
};

} // namespace

void addDeprecationAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<DeprecationAnalyzer>());
}

} // namespace meshscope::analysis
