#include "ownership.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace meshscope {
namespace {

struct OwnershipText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::Ownership)
};

using Manager = OwnershipClaim::Manager;

// The parts of an object every detector reads.
struct ObjectFacts
{
    QString kind;
    QString name;
    QString ns;
    QJsonObject labels;
    QJsonObject annotations;
    QStringList managers; // metadata.managedFields[].manager
    QJsonArray ownerReferences;

    explicit ObjectFacts(const QJsonObject& object)
    {
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        kind = object.value(QLatin1String("kind")).toString();
        name = metadata.value(QLatin1String("name")).toString();
        ns = metadata.value(QLatin1String("namespace")).toString();
        labels = metadata.value(QLatin1String("labels")).toObject();
        annotations = metadata.value(QLatin1String("annotations")).toObject();
        ownerReferences = metadata.value(QLatin1String("ownerReferences")).toArray();
        for (const QJsonValue& entry : metadata.value(QLatin1String("managedFields")).toArray()) {
            const QString manager = entry.toObject().value(QLatin1String("manager")).toString();
            if (!manager.isEmpty() && !managers.contains(manager))
                managers << manager;
        }
    }

    QString label(const char* key) const { return labels.value(QLatin1String(key)).toString(); }
    QString annotation(const char* key) const { return annotations.value(QLatin1String(key)).toString(); }
    bool hasLabel(const char* key) const { return labels.contains(QLatin1String(key)); }
    bool hasAnnotation(const char* key) const { return annotations.contains(QLatin1String(key)); }
    bool managedBy(const char* manager) const { return managers.contains(QLatin1String(manager)); }
};

QString labelEvidence(const char* key, const QString& value)
{
    return OwnershipText::tr("label %1=%2").arg(QLatin1String(key), value);
}
QString annotationEvidence(const char* key)
{
    return OwnershipText::tr("annotation %1").arg(QLatin1String(key));
}
QString managerEvidence(const char* manager)
{
    return OwnershipText::tr("field manager %1").arg(QLatin1String(manager));
}

// "ns/name", or "name" when the namespace is unknown.
QString qualified(const QString& ns, const QString& name)
{
    return ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
}

// Argo CD's tracking id `<app>:<group>/<kind>:<namespace>/<name>` names the object it was written for; a copied
// object keeps the annotation of another one, and Argo CD ignores it there.
bool trackingIdMatches(const QString& trackingId, const ObjectFacts& facts)
{
    const QStringList parts = trackingId.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return false;
    const QString groupKind = parts.at(1);
    const QString kind = groupKind.mid(groupKind.lastIndexOf(QLatin1Char('/')) + 1);
    const QString nsName = parts.at(2);
    const qsizetype slash = nsName.indexOf(QLatin1Char('/'));
    const QString ns = slash < 0 ? QString() : nsName.left(slash);
    const QString name = nsName.mid(slash + 1);
    return kind == facts.kind && name == facts.name && (ns.isEmpty() || facts.ns.isEmpty() || ns == facts.ns);
}

void detectArgoCD(const ObjectFacts& facts, QList<OwnershipClaim>& claims)
{
    OwnershipClaim claim;
    claim.manager = Manager::ArgoCD;
    QString application;
    const QString trackingId = facts.annotation("argocd.argoproj.io/tracking-id");
    bool trackingIdElsewhere = false;
    if (!trackingId.isEmpty()) {
        if (trackingIdMatches(trackingId, facts)) {
            application = trackingId.section(QLatin1Char(':'), 0, 0);
            claim.evidence << annotationEvidence("argocd.argoproj.io/tracking-id");
        } else {
            trackingIdElsewhere = true;
        }
    }
    const QString instance = facts.label("argocd.argoproj.io/instance");
    if (!instance.isEmpty()) {
        if (application.isEmpty())
            application = instance;
        claim.evidence << labelEvidence("argocd.argoproj.io/instance", instance);
    }
    if (facts.managedBy("argocd-controller"))
        claim.evidence << managerEvidence("argocd-controller");

    if (!claim.evidence.isEmpty()) {
        claim.owner = application.isEmpty() ? OwnershipText::tr("Argo CD")
                                            : OwnershipText::tr("Argo CD application \"%1\"").arg(application);
        claim.consequence = OwnershipText::tr(
            "Argo CD syncs it from Git: with automated self-heal it puts the Git version back within minutes, "
            "otherwise the application shows OutOfSync and its next sync overwrites the change. Change it in Git "
            "instead.");
        claims << claim;
        return;
    }
    // Hints: Argo CD's legacy tracking label, which Helm charts set as well, or a tracking id copied from elsewhere.
    // A Helm release of the same name set the label itself.
    const QString legacy = facts.label("app.kubernetes.io/instance");
    if (!legacy.isEmpty() && legacy != facts.annotation("meta.helm.sh/release-name")) {
        claim.reverts = false;
        claim.owner = OwnershipText::tr("Argo CD application \"%1\"").arg(legacy);
        claim.evidence << labelEvidence("app.kubernetes.io/instance", legacy);
        claim.consequence = OwnershipText::tr(
            "Argo CD tracked objects by this label before version 3, but Helm charts set it too; if an Argo CD "
            "application of that name manages it, a change made here is reverted at its next sync.");
        claims << claim;
    } else if (trackingIdElsewhere) {
        claim.reverts = false;
        claim.owner = OwnershipText::tr("Argo CD application \"%1\"").arg(trackingId.section(QLatin1Char(':'), 0, 0));
        claim.evidence << annotationEvidence("argocd.argoproj.io/tracking-id");
        claim.consequence = OwnershipText::tr(
            "The tracking id names another object (%1), so it was probably copied; Argo CD does not manage this "
            "object through it.")
                                .arg(trackingId.section(QLatin1Char(':'), 1));
        claims << claim;
    }
}

void detectFlux(const ObjectFacts& facts, QList<OwnershipClaim>& claims)
{
    const QString ssa = facts.annotation("kustomize.toolkit.fluxcd.io/ssa");
    const bool reconcileDisabled = facts.annotation("kustomize.toolkit.fluxcd.io/reconcile")
                                       .compare(QLatin1String("disabled"), Qt::CaseInsensitive)
        == 0;

    const QString kustomization = facts.label("kustomize.toolkit.fluxcd.io/name");
    if (!kustomization.isEmpty() || facts.managedBy("kustomize-controller")) {
        OwnershipClaim claim;
        claim.manager = Manager::Flux;
        if (!kustomization.isEmpty()) {
            claim.owner = OwnershipText::tr("Flux Kustomization \"%1\"")
                              .arg(qualified(facts.label("kustomize.toolkit.fluxcd.io/namespace"), kustomization));
            claim.evidence << labelEvidence("kustomize.toolkit.fluxcd.io/name", kustomization);
        } else {
            claim.owner = OwnershipText::tr("Flux (kustomize-controller)");
        }
        if (facts.managedBy("kustomize-controller"))
            claim.evidence << managerEvidence("kustomize-controller");
        if (reconcileDisabled) {
            claim.reverts = false;
            claim.evidence << OwnershipText::tr("annotation kustomize.toolkit.fluxcd.io/reconcile=disabled");
            claim.consequence = OwnershipText::tr(
                "Reconciliation is disabled for this object, so Flux leaves a change made here alone until that "
                "annotation is removed.");
        } else if (ssa.compare(QLatin1String("IfNotPresent"), Qt::CaseInsensitive) == 0
            || ssa.compare(QLatin1String("Ignore"), Qt::CaseInsensitive) == 0) {
            claim.reverts = false;
            claim.evidence << OwnershipText::tr("annotation kustomize.toolkit.fluxcd.io/ssa=%1").arg(ssa);
            claim.consequence
                = OwnershipText::tr("Flux only creates this object when it is missing and does not overwrite it.");
        } else {
            claim.consequence = OwnershipText::tr(
                "Flux applies it from Git at every reconciliation (every few minutes) and puts back the fields it "
                "manages. Change it in Git instead.");
        }
        claims << claim;
    }

    const QString release = facts.label("helm.toolkit.fluxcd.io/name");
    if (!release.isEmpty() || facts.managedBy("helm-controller")) {
        OwnershipClaim claim;
        claim.manager = Manager::Flux;
        if (!release.isEmpty()) {
            claim.owner = OwnershipText::tr("Flux HelmRelease \"%1\"")
                              .arg(qualified(facts.label("helm.toolkit.fluxcd.io/namespace"), release));
            claim.evidence << labelEvidence("helm.toolkit.fluxcd.io/name", release);
        } else {
            claim.owner = OwnershipText::tr("Flux (helm-controller)");
        }
        if (facts.managedBy("helm-controller"))
            claim.evidence << managerEvidence("helm-controller");
        if (facts.annotation("helm.toolkit.fluxcd.io/driftDetection")
                .compare(QLatin1String("disabled"), Qt::CaseInsensitive)
            == 0) {
            claim.evidence << OwnershipText::tr("annotation helm.toolkit.fluxcd.io/driftDetection=disabled");
            claim.consequence = OwnershipText::tr(
                "Drift detection ignores this object, but the next upgrade of the release from Git overwrites a "
                "change made here. Change the HelmRelease's values in Git instead.");
        } else {
            claim.consequence = OwnershipText::tr(
                "Flux upgrades the Helm release from Git: the next upgrade overwrites a change made here, and with "
                "drift detection on Flux corrects it at once. Change the HelmRelease's values in Git instead.");
        }
        claims << claim;
    }
}

void detectHelm(const ObjectFacts& facts, QList<OwnershipClaim>& claims)
{
    const QString release = facts.annotation("meta.helm.sh/release-name");
    const bool labelled = facts.label("app.kubernetes.io/managed-by") == QLatin1String("Helm");
    if (release.isEmpty() && !labelled)
        return;
    OwnershipClaim claim;
    claim.manager = Manager::Helm;
    if (!release.isEmpty()) {
        claim.owner = OwnershipText::tr("Helm release \"%1\"")
                          .arg(qualified(facts.annotation("meta.helm.sh/release-namespace"), release));
        claim.evidence << annotationEvidence("meta.helm.sh/release-name");
    } else {
        claim.owner = OwnershipText::tr("Helm");
    }
    if (labelled)
        claim.evidence << labelEvidence("app.kubernetes.io/managed-by", QStringLiteral("Helm"));
    // Argo CD and Flux's kustomize-controller render charts with `helm template`: the label is there but no release
    // exists, and the tool that applies the rendered chart is the owner.
    const bool renderedByOther = release.isEmpty()
        && std::any_of(claims.cbegin(), claims.cend(), [](const OwnershipClaim& other) { return other.reverts; });
    if (renderedByOther) {
        claim.reverts = false;
        claim.consequence = OwnershipText::tr(
            "It was rendered from a Helm chart, but no Helm release records it; the tool that applies the chart "
            "owns it.");
    } else {
        claim.consequence = OwnershipText::tr(
            "The next helm upgrade or rollback of the release can overwrite a change made here. Change the "
            "chart's values instead.");
    }
    claims << claim;
}

// Flagger names its objects after the canary's service ("apex"): VirtualService and HTTPRoute <apex>,
// DestinationRules and Services <apex>-primary and <apex>-canary (and the Service <apex>).
bool flaggerRoutes(const QJsonObject& canary, const ObjectFacts& facts)
{
    const QJsonObject metadata = canary.value(QLatin1String("metadata")).toObject();
    if (!facts.ns.isEmpty() && metadata.value(QLatin1String("namespace")).toString() != facts.ns)
        return false;
    const QJsonObject spec = canary.value(QLatin1String("spec")).toObject();
    QString apex = spec.value(QLatin1String("service")).toObject().value(QLatin1String("name")).toString();
    if (apex.isEmpty())
        apex = spec.value(QLatin1String("targetRef")).toObject().value(QLatin1String("name")).toString();
    if (apex.isEmpty())
        return false;
    if (facts.kind == QLatin1String("VirtualService") || facts.kind == QLatin1String("HTTPRoute"))
        return facts.name == apex;
    const QStringList derived { apex + QLatin1String("-primary"), apex + QLatin1String("-canary") };
    if (facts.kind == QLatin1String("DestinationRule"))
        return derived.contains(facts.name);
    if (facts.kind == QLatin1String("Service"))
        return facts.name == apex || derived.contains(facts.name);
    return false;
}

void detectFlagger(const ObjectFacts& facts, const OwnershipContext& context, QList<OwnershipClaim>& claims)
{
    OwnershipClaim claim;
    claim.manager = Manager::Flagger;
    QString canaryName;
    for (const QJsonValue& value : facts.ownerReferences) {
        const QJsonObject reference = value.toObject();
        if (reference.value(QLatin1String("apiVersion")).toString().startsWith(QLatin1String("flagger.app/"))
            && reference.value(QLatin1String("kind")).toString() == QLatin1String("Canary")) {
            canaryName = reference.value(QLatin1String("name")).toString();
            claim.evidence << OwnershipText::tr("owner reference to Canary %1").arg(canaryName);
            break;
        }
    }
    for (const QJsonObject& canary : context.canaries) {
        if (flaggerRoutes(canary, facts)) {
            const QString name
                = canary.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
            if (canaryName.isEmpty())
                canaryName = name;
            if (claim.evidence.isEmpty())
                claim.evidence << OwnershipText::tr("Canary %1 routes this service").arg(name);
            break;
        }
    }
    if (facts.hasAnnotation("flagger.kubernetes.io/original-configuration"))
        claim.evidence << annotationEvidence("flagger.kubernetes.io/original-configuration");
    if (claim.evidence.isEmpty())
        return;
    claim.owner = canaryName.isEmpty()
        ? OwnershipText::tr("Flagger")
        : OwnershipText::tr("Flagger canary \"%1\"").arg(qualified(facts.ns, canaryName));
    claim.consequence = OwnershipText::tr(
        "Flagger sets the weights itself during every canary analysis and puts back anything else that differs from "
        "the Canary's spec at its next reconciliation. Change the Canary instead.");
    claims << claim;
}

// The objects a Rollout's traffic routing names, as "kind/namespace/name".
QStringList rolloutTargets(const QJsonObject& rollout)
{
    const QString ns = rollout.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString();
    const QJsonObject routing = rollout.value(QLatin1String("spec"))
                                    .toObject()
                                    .value(QLatin1String("strategy"))
                                    .toObject()
                                    .value(QLatin1String("canary"))
                                    .toObject()
                                    .value(QLatin1String("trafficRouting"))
                                    .toObject();
    QStringList targets;
    const QJsonObject istio = routing.value(QLatin1String("istio")).toObject();
    QJsonArray services = istio.value(QLatin1String("virtualServices")).toArray();
    if (istio.contains(QLatin1String("virtualService")))
        services.prepend(istio.value(QLatin1String("virtualService")));
    for (const QJsonValue& value : std::as_const(services)) {
        // Argo Rollouts reads "name.namespace" as a VirtualService in another namespace.
        const QString reference = value.toObject().value(QLatin1String("name")).toString();
        const QString name = reference.section(QLatin1Char('.'), 0, 0);
        const QString other = reference.section(QLatin1Char('.'), 1, 1);
        targets << QLatin1String("VirtualService/") + (other.isEmpty() ? ns : other) + QLatin1Char('/') + name;
    }
    const QString rule
        = istio.value(QLatin1String("destinationRule")).toObject().value(QLatin1String("name")).toString();
    if (!rule.isEmpty())
        targets << QLatin1String("DestinationRule/") + ns + QLatin1Char('/') + rule;
    const QJsonObject plugins = routing.value(QLatin1String("plugins")).toObject();
    for (auto plugin = plugins.begin(); plugin != plugins.end(); ++plugin) {
        const QJsonObject config = plugin.value().toObject();
        const QString pluginNs = config.value(QLatin1String("namespace")).toString(ns);
        QJsonArray routes = config.value(QLatin1String("httpRoutes")).toArray();
        if (config.contains(QLatin1String("httpRoute")))
            routes.prepend(QJsonObject { { QStringLiteral("name"), config.value(QLatin1String("httpRoute")) } });
        for (const QJsonValue& route : std::as_const(routes)) {
            const QString name
                = route.isString() ? route.toString() : route.toObject().value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                targets << QLatin1String("HTTPRoute/") + pluginNs + QLatin1Char('/') + name;
        }
    }
    return targets;
}

void detectRollouts(const ObjectFacts& facts, const OwnershipContext& context, QList<OwnershipClaim>& claims)
{
    OwnershipClaim claim;
    claim.manager = Manager::ArgoRollouts;
    QString rolloutName;
    const QString self = facts.kind + QLatin1Char('/') + facts.ns + QLatin1Char('/') + facts.name;
    for (const QJsonObject& rollout : context.rollouts) {
        if (rolloutTargets(rollout).contains(self)) {
            rolloutName = qualified(
                rollout.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString(),
                rollout.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
            claim.evidence << OwnershipText::tr("Rollout %1 names it in its traffic routing").arg(rolloutName);
            break;
        }
    }
    const QString annotated = facts.annotation("argo-rollouts.argoproj.io/managed-by-rollouts");
    if (!annotated.isEmpty()) {
        if (rolloutName.isEmpty())
            rolloutName = qualified(facts.ns, annotated);
        claim.evidence << annotationEvidence("argo-rollouts.argoproj.io/managed-by-rollouts");
    }
    if (facts.managedBy("rollouts-controller"))
        claim.evidence << managerEvidence("rollouts-controller");
    if (facts.hasLabel("rollouts.argoproj.io/gatewayapi-canary"))
        claim.evidence << labelEvidence(
            "rollouts.argoproj.io/gatewayapi-canary", facts.label("rollouts.argoproj.io/gatewayapi-canary"));
    if (claim.evidence.isEmpty())
        return;
    claim.owner = rolloutName.isEmpty() ? OwnershipText::tr("Argo Rollouts")
                                        : OwnershipText::tr("Argo Rollouts rollout \"%1\"").arg(rolloutName);
    claim.consequence = OwnershipText::tr(
        "Argo Rollouts sets the weights of its routes itself and undoes a weight changed here at once. Change the "
        "Rollout's steps instead, or promote or abort the rollout.");
    claims << claim;
}

} // namespace

QString OwnershipClaim::managerName(Manager manager)
{
    switch (manager) {
    case Manager::ArgoCD:
        return OwnershipText::tr("Argo CD");
    case Manager::Flux:
        return OwnershipText::tr("Flux");
    case Manager::Helm:
        return OwnershipText::tr("Helm");
    case Manager::Flagger:
        return OwnershipText::tr("Flagger");
    case Manager::ArgoRollouts:
        return OwnershipText::tr("Argo Rollouts");
    }
    return {};
}

bool Ownership::blocksWrite() const
{
    return std::any_of(claims.cbegin(), claims.cend(), [](const OwnershipClaim& claim) { return claim.reverts; });
}

QStringList Ownership::owners() const
{
    QStringList names;
    for (const OwnershipClaim& claim : claims) {
        if (claim.reverts)
            names << claim.owner;
    }
    return names;
}

QString Ownership::message(const QString& objectName) const
{
    QStringList paragraphs;
    for (const OwnershipClaim& claim : claims) {
        const QString evidence = claim.evidence.join(QLatin1String(", "));
        paragraphs << (claim.reverts ? OwnershipText::tr("%1 is managed by %2 (%3). %4")
                                     : OwnershipText::tr("%1 may be managed by %2 (%3). %4"))
                          .arg(objectName, claim.owner, evidence, claim.consequence);
    }
    return paragraphs.join(QLatin1Char('\n'));
}

Ownership detectOwnership(const QJsonObject& object, const OwnershipContext& context)
{
    const ObjectFacts facts(object);
    QList<OwnershipClaim> claims;
    detectArgoCD(facts, claims);
    detectFlux(facts, claims);
    detectFlagger(facts, context, claims);
    detectRollouts(facts, context, claims);
    detectHelm(facts, claims); // last: whether the Helm label alone is an owner depends on the others
    std::stable_sort(claims.begin(), claims.end(), [](const OwnershipClaim& a, const OwnershipClaim& b) {
        if (a.reverts != b.reverts)
            return a.reverts;
        return a.manager < b.manager;
    });
    Ownership ownership;
    ownership.claims = claims;
    return ownership;
}

} // namespace meshscope
