#include "models/traffic/ownership.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace meshscope;

namespace {

QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s in %s", qPrintable(error.errorString()), text);
    return document.object();
}

QList<QJsonObject> jsonList(const char* text)
{
    QList<QJsonObject> objects;
    for (const QJsonValue& value : QJsonDocument::fromJson(QByteArray(text)).array())
        objects << value.toObject();
    return objects;
}

QString managerKey(OwnershipClaim::Manager manager)
{
    switch (manager) {
    case OwnershipClaim::Manager::ArgoCD:
        return QStringLiteral("argocd");
    case OwnershipClaim::Manager::Flux:
        return QStringLiteral("flux");
    case OwnershipClaim::Manager::Helm:
        return QStringLiteral("helm");
    case OwnershipClaim::Manager::Flagger:
        return QStringLiteral("flagger");
    case OwnershipClaim::Manager::ArgoRollouts:
        return QStringLiteral("rollouts");
    }
    return {};
}

// "manager|owner|reverts|hint" per claim, in order, so a table row says everything the detector decided.
QStringList summary(const Ownership& ownership)
{
    QStringList lines;
    for (const OwnershipClaim& claim : ownership.claims)
        lines << managerKey(claim.manager) + QLatin1Char('|') + claim.owner + QLatin1Char('|')
                + (claim.reverts ? QStringLiteral("reverts") : QStringLiteral("hint"));
    return lines;
}

const char* rollouts = R"([
  {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "metadata": {"name": "reviews", "namespace": "shop"},
   "spec": {"strategy": {"canary": {"trafficRouting": {"istio": {
      "virtualService": {"name": "reviews-vsvc", "routes": ["primary"]},
      "destinationRule": {"name": "reviews-destrule", "canarySubsetName": "canary", "stableSubsetName": "stable"}}}}}}},
  {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "metadata": {"name": "ratings", "namespace": "shop"},
   "spec": {"strategy": {"canary": {"trafficRouting": {"istio": {
      "virtualServices": [{"name": "ratings-a"}, {"name": "ratings-b.edge"}]}}}}}},
  {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "metadata": {"name": "web", "namespace": "shop"},
   "spec": {"strategy": {"canary": {"trafficRouting": {"plugins": {"argoproj-labs/gatewayAPI": {
      "httpRoute": "web-route", "namespace": "shop"}}}}}}}
])";

const char* canaries = R"([
  {"apiVersion": "flagger.app/v1beta1", "kind": "Canary", "metadata": {"name": "podinfo", "namespace": "test"},
   "spec": {"targetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "podinfo"},
            "service": {"port": 9898}}},
  {"apiVersion": "flagger.app/v1beta1", "kind": "Canary", "metadata": {"name": "backend", "namespace": "test"},
   "spec": {"targetRef": {"kind": "Deployment", "name": "backend-deploy"}, "service": {"name": "api", "port": 80}}}
])";

} // namespace

class TestOwnership : public QObject
{
    Q_OBJECT
private slots:
    void detects_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("blocks");

        QTest::newRow("nobody") << R"({"kind": "VirtualService", "metadata": {"name": "reviews", "namespace": "shop",
            "labels": {"app": "reviews", "kiali_wizard": "traffic_shifting"},
            "managedFields": [{"manager": "kubectl-client-side-apply"}, {"manager": "meshscope"}]}})"
                                << QStringList() << false;

        // Argo CD
        QTest::newRow("argocd tracking id")
            << R"({"kind": "VirtualService", "metadata": {"name": "reviews",
            "namespace": "shop", "annotations": {
            "argocd.argoproj.io/tracking-id": "storefront:networking.istio.io/VirtualService:shop/reviews"}}})"
            << QStringList { QStringLiteral("argocd|Argo CD application \"storefront\"|reverts") } << true;
        QTest::newRow("argocd tracking id of another object")
            << R"({"kind": "VirtualService", "metadata": {"name": "reviews-copy", "namespace": "shop", "annotations": {
            "argocd.argoproj.io/tracking-id": "storefront:networking.istio.io/VirtualService:shop/reviews"}}})"
            << QStringList { QStringLiteral("argocd|Argo CD application \"storefront\"|hint") } << false;
        QTest::newRow("argocd instance label")
            << R"({"kind": "DestinationRule", "metadata": {"name": "reviews",
            "namespace": "shop", "labels": {"argocd.argoproj.io/instance": "mesh-routing"}}})"
            << QStringList { QStringLiteral("argocd|Argo CD application \"mesh-routing\"|reverts") } << true;
        QTest::newRow("argocd field manager only") << R"({"kind": "VirtualService", "metadata": {"name": "reviews",
            "namespace": "shop", "managedFields": [{"manager": "argocd-controller", "operation": "Apply"}]}})"
                                                   << QStringList { QStringLiteral("argocd|Argo CD|reverts") } << true;
        QTest::newRow("legacy instance label is a hint")
            << R"({"kind": "VirtualService", "metadata": {"name": "r",
            "namespace": "shop", "labels": {"app.kubernetes.io/instance": "shop-prod"}}})"
            << QStringList { QStringLiteral("argocd|Argo CD application \"shop-prod\"|hint") } << false;
        QTest::newRow("instance label set by its Helm release")
            << R"({"kind": "VirtualService", "metadata": {"name": "r", "namespace": "shop",
            "labels": {"app.kubernetes.io/instance": "shop", "app.kubernetes.io/managed-by": "Helm"},
            "annotations": {"meta.helm.sh/release-name": "shop", "meta.helm.sh/release-namespace": "shop"}}})"
            << QStringList { QStringLiteral("helm|Helm release \"shop/shop\"|reverts") } << true;
        QTest::newRow("chart rendered by argocd")
            << R"({"kind": "VirtualService", "metadata": {"name": "r",
            "namespace": "shop", "labels": {"argocd.argoproj.io/instance": "shop", "app.kubernetes.io/managed-by": "Helm"}}})"
            << QStringList { QStringLiteral("argocd|Argo CD application \"shop\"|reverts"),
                   QStringLiteral("helm|Helm|hint") }
            << true;

        // Flux
        QTest::newRow("flux kustomization")
            << R"({"kind": "VirtualService", "metadata": {"name": "reviews",
            "namespace": "shop", "labels": {"kustomize.toolkit.fluxcd.io/name": "apps",
            "kustomize.toolkit.fluxcd.io/namespace": "flux-system"}}})"
            << QStringList { QStringLiteral("flux|Flux Kustomization \"flux-system/apps\"|reverts") } << true;
        QTest::newRow("flux reconcile disabled")
            << R"({"kind": "VirtualService", "metadata": {"name": "reviews",
            "namespace": "shop", "labels": {"kustomize.toolkit.fluxcd.io/name": "apps"},
            "annotations": {"kustomize.toolkit.fluxcd.io/reconcile": "disabled"}}})"
            << QStringList { QStringLiteral("flux|Flux Kustomization \"apps\"|hint") } << false;
        QTest::newRow("flux if not present")
            << R"({"kind": "VirtualService", "metadata": {"name": "reviews",
            "namespace": "shop", "labels": {"kustomize.toolkit.fluxcd.io/name": "apps"},
            "annotations": {"kustomize.toolkit.fluxcd.io/ssa": "IfNotPresent"}}})"
            << QStringList { QStringLiteral("flux|Flux Kustomization \"apps\"|hint") } << false;
        QTest::newRow("kustomize-controller field manager")
            << R"({"kind": "DestinationRule", "metadata": {"name": "reviews", "namespace": "shop",
            "managedFields": [{"manager": "kustomize-controller"}, {"manager": "kustomize-controller"}]}})"
            << QStringList { QStringLiteral("flux|Flux (kustomize-controller)|reverts") } << true;
        QTest::newRow("flux helmrelease installs a helm release")
            << R"({"kind": "VirtualService", "metadata": {"name": "reviews", "namespace": "shop",
            "labels": {"helm.toolkit.fluxcd.io/name": "reviews", "helm.toolkit.fluxcd.io/namespace": "shop",
                       "app.kubernetes.io/managed-by": "Helm"},
            "annotations": {"meta.helm.sh/release-name": "shop-reviews", "meta.helm.sh/release-namespace": "shop"},
            "managedFields": [{"manager": "helm-controller"}]}})"
            << QStringList { QStringLiteral("flux|Flux HelmRelease \"shop/reviews\"|reverts"),
                   QStringLiteral("helm|Helm release \"shop/shop-reviews\"|reverts") }
            << true;
        QTest::newRow("helm-controller field manager")
            << R"({"kind": "VirtualService", "metadata": {"name": "r",
            "namespace": "shop", "managedFields": [{"manager": "helm-controller"}]}})"
            << QStringList { QStringLiteral("flux|Flux (helm-controller)|reverts") } << true;

        // Helm
        QTest::newRow("helm release annotation")
            << R"({"kind": "VirtualService", "metadata": {"name": "reviews",
            "namespace": "shop", "annotations": {"meta.helm.sh/release-name": "bookinfo",
            "meta.helm.sh/release-namespace": "apps"}}})"
            << QStringList { QStringLiteral("helm|Helm release \"apps/bookinfo\"|reverts") } << true;
        QTest::newRow("helm label only") << R"({"kind": "VirtualService", "metadata": {"name": "reviews",
            "namespace": "shop", "labels": {"app.kubernetes.io/managed-by": "Helm"}}})"
                                         << QStringList { QStringLiteral("helm|Helm|reverts") } << true;
        QTest::newRow("managed-by someone else") << R"({"kind": "VirtualService", "metadata": {"name": "reviews",
            "namespace": "shop", "labels": {"app.kubernetes.io/managed-by": "meshscope"}}})"
                                                 << QStringList() << false;

        // Flagger
        QTest::newRow("flagger owner reference")
            << R"({"kind": "VirtualService", "metadata": {"name": "podinfo",
            "namespace": "test", "ownerReferences": [{"apiVersion": "flagger.app/v1beta1", "kind": "Canary",
            "name": "podinfo", "controller": true, "uid": "1"}],
            "annotations": {"kustomize.toolkit.fluxcd.io/reconcile": "disabled",
                            "helm.toolkit.fluxcd.io/driftDetection": "disabled"}}})"
            << QStringList { QStringLiteral("flagger|Flagger canary \"test/podinfo\"|reverts") } << true;
        QTest::newRow("flagger canary of the cache")
            << R"({"kind": "DestinationRule", "metadata": {
            "name": "api-canary", "namespace": "test"}})"
            << QStringList { QStringLiteral("flagger|Flagger canary \"test/backend\"|reverts") } << true;
        QTest::newRow("flagger apex virtual service")
            << R"({"kind": "VirtualService", "metadata": {
            "name": "podinfo", "namespace": "test"}})"
            << QStringList { QStringLiteral("flagger|Flagger canary \"test/podinfo\"|reverts") } << true;
        QTest::newRow("canary in another namespace") << R"({"kind": "VirtualService", "metadata": {
            "name": "podinfo", "namespace": "prod"}})"
                                                     << QStringList() << false;
        QTest::newRow("a deployment owner is no owner") << R"({"kind": "VirtualService", "metadata": {"name": "x",
            "namespace": "test", "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": "x"}]}})"
                                                        << QStringList() << false;

        // Argo Rollouts
        QTest::newRow("rollout names the virtual service")
            << R"({"kind": "VirtualService", "metadata": {
            "name": "reviews-vsvc", "namespace": "shop"}})"
            << QStringList { QStringLiteral("rollouts|Argo Rollouts rollout \"shop/reviews\"|reverts") } << true;
        QTest::newRow("rollout in another namespace") << R"({"kind": "VirtualService", "metadata": {
            "name": "reviews-vsvc", "namespace": "other"}})"
                                                      << QStringList() << false;
        QTest::newRow("rollout names name.namespace")
            << R"({"kind": "VirtualService", "metadata": {
            "name": "ratings-b", "namespace": "edge"}})"
            << QStringList { QStringLiteral("rollouts|Argo Rollouts rollout \"shop/ratings\"|reverts") } << true;
        QTest::newRow("rollout names the destination rule")
            << R"({"kind": "DestinationRule", "metadata": {
            "name": "reviews-destrule", "namespace": "shop"}})"
            << QStringList { QStringLiteral("rollouts|Argo Rollouts rollout \"shop/reviews\"|reverts") } << true;
        QTest::newRow("rollouts annotation")
            << R"({"kind": "DestinationRule", "metadata": {"name": "cart",
            "namespace": "shop", "annotations": {"argo-rollouts.argoproj.io/managed-by-rollouts": "cart"}}})"
            << QStringList { QStringLiteral("rollouts|Argo Rollouts rollout \"shop/cart\"|reverts") } << true;
        QTest::newRow("rollouts field manager")
            << R"({"kind": "VirtualService", "metadata": {"name": "cart",
            "namespace": "shop", "managedFields": [{"manager": "rollouts-controller", "operation": "Update"}]}})"
            << QStringList { QStringLiteral("rollouts|Argo Rollouts|reverts") } << true;
        QTest::newRow("rollout gateway api plugin")
            << R"({"kind": "HTTPRoute", "metadata": {"name": "web-route",
            "namespace": "shop", "labels": {"rollouts.argoproj.io/gatewayapi-canary": "in-progress"}}})"
            << QStringList { QStringLiteral("rollouts|Argo Rollouts rollout \"shop/web\"|reverts") } << true;
        QTest::newRow("a rollout's route name on another kind") << R"({"kind": "DestinationRule", "metadata": {
            "name": "reviews-vsvc", "namespace": "shop"}})" << QStringList()
                                                                << false;

        // Several at once: reverting claims first, then hints.
        QTest::newRow("argocd and rollouts")
            << R"({"kind": "VirtualService", "metadata": {"name": "reviews-vsvc",
            "namespace": "shop", "labels": {"app.kubernetes.io/managed-by": "Helm"}, "annotations": {
            "argocd.argoproj.io/tracking-id": "storefront:networking.istio.io/VirtualService:shop/reviews-vsvc"}}})"
            << QStringList { QStringLiteral("argocd|Argo CD application \"storefront\"|reverts"),
                   QStringLiteral("rollouts|Argo Rollouts rollout \"shop/reviews\"|reverts"),
                   QStringLiteral("helm|Helm|hint") }
            << true;
        QTest::newRow("malformed metadata") << R"({"kind": "VirtualService", "metadata": {"name": 3, "labels": [1],
            "annotations": "x", "managedFields": {"manager": "argocd-controller"}, "ownerReferences": 7}})"
                                            << QStringList() << false;
        QTest::newRow("empty object") << "{}" << QStringList() << false;
    }

    void detects()
    {
        QFETCH(QString, object);
        QFETCH(QStringList, expected);
        QFETCH(bool, blocks);
        const OwnershipContext context { jsonList(rollouts), jsonList(canaries) };
        const Ownership ownership = detectOwnership(json(object.toUtf8().constData()), context);
        QCOMPARE(summary(ownership), expected);
        QCOMPARE(ownership.blocksWrite(), blocks);
        for (const OwnershipClaim& claim : ownership.claims) {
            QVERIFY2(!claim.evidence.isEmpty(), qPrintable(claim.owner));
            QVERIFY2(!claim.consequence.isEmpty(), qPrintable(claim.owner));
        }
        QCOMPARE(ownership.message(QStringLiteral("the object")).isEmpty(), ownership.isEmpty());
    }

    void withoutContextOnlyMarkersCount()
    {
        const QJsonObject vs = json(R"({"kind": "VirtualService", "metadata": {"name": "reviews-vsvc",
            "namespace": "shop"}})");
        QVERIFY(detectOwnership(vs).isEmpty());
        QVERIFY(!detectOwnership(vs, { jsonList(rollouts), {} }).isEmpty());
    }

    void messageNamesOwnerEvidenceAndConsequence()
    {
        const Ownership ownership = detectOwnership(json(R"({"kind": "VirtualService", "metadata": {
            "name": "reviews", "namespace": "shop", "labels": {"argocd.argoproj.io/instance": "storefront",
            "app.kubernetes.io/managed-by": "Helm"}}})"));
        QCOMPARE(ownership.owners(), QStringList { QStringLiteral("Argo CD application \"storefront\"") });
        const QStringList lines
            = ownership.message(QStringLiteral("VirtualService shop/reviews")).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(
                     QLatin1String("VirtualService shop/reviews is managed by Argo CD application \"storefront\" "
                                   "(label argocd.argoproj.io/instance=storefront). Argo CD syncs it from Git")),
            qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains(QLatin1String("Change it in Git instead.")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("VirtualService shop/reviews may be managed by Helm")),
            qPrintable(lines.at(1)));
        QCOMPARE(OwnershipClaim::managerName(OwnershipClaim::Manager::ArgoRollouts), QStringLiteral("Argo Rollouts"));
    }
};

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
