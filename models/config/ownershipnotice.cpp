#include "models/config/ownershipnotice.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace meshscope::config {

namespace {
// lupdate files the messages under this context, the one they are looked up in at run time.
struct OwnershipNoticeText
{
    Q_DECLARE_TR_FUNCTIONS(OwnershipNotice)
};
} // namespace

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

std::optional<OwnershipNotice> ownershipNotice(const QJsonObject& object)
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    const QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
    const QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
    auto marker = [](const QString& what, const QString& key, const QJsonValue& value) {
        return QStringLiteral("%1 %2 = %3").arg(what, key, value.toString());
    };
    struct Rule
    {
        const char* owner;
        bool label;
        const char* key;
    };
    static const Rule rules[] = {
        { "Argo CD", false, "argocd.argoproj.io/tracking-id" },
        { "Argo CD", true, "argocd.argoproj.io/instance" },
        { "Flux", true, "kustomize.toolkit.fluxcd.io/name" },
        { "Flux", true, "helm.toolkit.fluxcd.io/name" },
        { "Helm", false, "meta.helm.sh/release-name" },
    };
    for (const Rule& rule : rules) {
        const QJsonObject& map = rule.label ? labels : annotations;
        const QString key = QLatin1String(rule.key);
        if (map.contains(key))
            return OwnershipNotice { QLatin1String(rule.owner),
                marker(rule.label ? OwnershipNoticeText::tr("label") : OwnershipNoticeText::tr("annotation"), key,
                    map.value(key)),
                false };
    }
    if (labels.value(QStringLiteral("app.kubernetes.io/managed-by"))
            .toString()
            .compare(QLatin1String("Helm"), Qt::CaseInsensitive)
        == 0)
        return OwnershipNotice { QStringLiteral("Helm"),
            marker(OwnershipNoticeText::tr("label"), QStringLiteral("app.kubernetes.io/managed-by"),
                labels.value(QStringLiteral("app.kubernetes.io/managed-by"))),
            false };
    for (const QJsonValue& value : metadata.value(QStringLiteral("ownerReferences")).toArray()) {
        const QJsonObject reference = value.toObject();
        const QString apiVersion = reference.value(QStringLiteral("apiVersion")).toString();
        const QString kind = reference.value(QStringLiteral("kind")).toString();
        const QString what = OwnershipNoticeText::tr("owner reference %1 %2")
                                 .arg(kind, reference.value(QStringLiteral("name")).toString());
        if (apiVersion.startsWith(QLatin1String("flagger.app/")))
            return OwnershipNotice { QStringLiteral("Flagger"), what, false };
        if (apiVersion.startsWith(QLatin1String("argoproj.io/")) && kind == QLatin1String("Rollout"))
            return OwnershipNotice { QStringLiteral("Argo Rollouts"), what, false };
        if (apiVersion.startsWith(QLatin1String("argoproj.io/")))
            return OwnershipNotice { QStringLiteral("Argo CD"), what, false };
    }
    for (const QJsonValue& value : metadata.value(QStringLiteral("managedFields")).toArray()) {
        const QString manager = value.toObject().value(QStringLiteral("manager")).toString();
        const QString owner = ownerOfFieldManager(manager);
        if (!owner.isEmpty())
            return OwnershipNotice { owner, OwnershipNoticeText::tr("field manager %1").arg(manager), false };
    }
    if (labels.contains(QStringLiteral("app.kubernetes.io/instance")))
        return OwnershipNotice { OwnershipNoticeText::tr("Argo CD or Helm"),
            marker(OwnershipNoticeText::tr("label"), QStringLiteral("app.kubernetes.io/instance"),
                labels.value(QStringLiteral("app.kubernetes.io/instance"))),
            true };
    return std::nullopt;
}

} // namespace meshscope::config
