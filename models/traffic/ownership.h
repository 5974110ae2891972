#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace meshscope {

// Who else manages a Kubernetes object, and why a change made by hand would not last.
//
//   OwnershipContext context { rollouts, canaries }; // from the caches, may be empty
//   const Ownership owners = detectOwnership(object, context);
//   if (owners.blocksWrite()) … owners.message() names every owner and what it would do with a change.
//
// Markers read: Argo CD (annotation argocd.argoproj.io/tracking-id, label argocd.argoproj.io/instance, field manager
// argocd-controller; label app.kubernetes.io/instance only as a hint), Flux (labels kustomize.toolkit.fluxcd.io/name
// and helm.toolkit.fluxcd.io/name, field managers kustomize-controller and helm-controller), Helm (annotation
// meta.helm.sh/release-name, label app.kubernetes.io/managed-by: Helm), Flagger (controller reference to a
// flagger.app Canary, or a Canary of the context whose service the object routes) and Argo Rollouts (a Rollout of
// the context naming the VirtualService/DestinationRule/HTTPRoute, annotation
// argo-rollouts.argoproj.io/managed-by-rollouts, field manager rollouts-controller). Pure; safe on any thread.
struct OwnershipClaim
{
    enum class Manager
    {
        ArgoCD,
        Flux,
        Helm,
        Flagger,
        ArgoRollouts,
    };
    Manager manager = Manager::ArgoCD;
    QString owner; // who, in the user's words: `Argo CD application "shop"`, `Flux Kustomization "flux-system/apps"`
    QStringList evidence; // the markers found, e.g. `annotation argocd.argoproj.io/tracking-id`
    QString consequence; // what the owner does with a change made here, in the user's words
    // true: the owner puts its own version back (or overwrites a change at its next run), so a write needs the
    // user's explicit override. false: a hint only (a marker other tools set too), or an owner told to leave the
    // object alone (e.g. Flux's reconcile: disabled).
    bool reverts = true;

    static QString managerName(Manager manager); // "Argo CD", "Flux", "Helm", "Flagger", "Argo Rollouts"
};

struct Ownership
{
    QList<OwnershipClaim> claims; // reverting claims first, each group in the order of OwnershipClaim::Manager

    // A reverting claim exists: a write needs the user's explicit override (--force).
    bool blocksWrite() const;
    bool isEmpty() const { return claims.isEmpty(); }
    // The owners of the reverting claims, e.g. {`Argo CD application "shop"`}.
    QStringList owners() const;
    // One paragraph for a banner or an error: who manages the object, the evidence, and what happens to a change.
    // Empty when there is no claim. objectName is how the object is called, e.g. `VirtualService bookinfo/reviews`.
    QString message(const QString& objectName) const;
};

// Objects from the caches that can claim another object without marking it: Argo Rollouts' Rollouts
// (argoproj.io) and Flagger's Canaries (flagger.app), as the API returns them.
struct OwnershipContext
{
    QList<QJsonObject> rollouts;
    QList<QJsonObject> canaries;
};

Ownership detectOwnership(const QJsonObject& object, const OwnershipContext& context = {});

} // namespace meshscope
