#include "models/config/ownershipnotice.h"

namespace meshscope::config {

QString ownerOfFieldManager(const QString& manager)
{
    static const std::pair<const char*, const char*> managers[] = {
        { "argocd-controller", "Argo CD" },
        { "argocd-application-controller", "Argo CD" },
        { "kustomize-controller", "Flux" },
        { "helm-controller", "Flux" },
        { "rollouts-controller", "Argo Rollouts" },
        { "flagger", "Flagger" },
        { "helm", "Helm" },
    };
    for (const auto& [name, owner] : managers) {
        if (manager == QLatin1String(name))
            return QLatin1String(owner);
    }
    return {};
}

std::optional<OwnershipNotice> ownershipNotice(const QJsonObject& object, const OwnershipContext& context)
{
    const Ownership ownership = detectOwnership(object, context);
    if (ownership.isEmpty())
        return std::nullopt;
    const OwnershipClaim& claim = ownership.claims.first(); // reverting claims come first
    return OwnershipNotice { claim.owner, claim.evidence.join(QStringLiteral(", ")), !claim.reverts,
        claim.consequence };
}

} // namespace meshscope::config
