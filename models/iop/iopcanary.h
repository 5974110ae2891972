#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Revision-based (canary) control-plane upgrades: which namespaces and pods run which revision today, and the
// steps to move them to a new one and back — as text a person copies or saves; nothing here writes to a cluster.
namespace meshscope::iop {

struct NamespaceRevision
{
    QString name;
    QString injectionLabel; // "istio-injection=enabled", "istio.io/rev=1-23", or "" (no injection)
    QString revision; // what new pods get: the istio.io/rev value, "default" for istio-injection=enabled, else ""
    QMap<QString, int> podsByRevision; // the revision pods run now ("" = no sidecar)
    QStringList workloads; // "deployment/reviews-v1", … owning injected pods
};

struct RevisionUsage
{
    QList<NamespaceRevision> namespaces; // sorted by name; only namespaces with injection or injected pods
    QMap<QString, int> podsByRevision; // over the whole cluster, sidecar pods only
    QStringList controlPlanes; // revisions with an istiod pod ("default" when unlabelled)
};

// From the cluster's namespaces and pods (Kubernetes JSON objects).
RevisionUsage revisionUsage(const QList<QJsonObject>& namespaces, const QList<QJsonObject>& pods);

// The revision a pod's sidecar came from: sidecar.istio.io/status's "revision", else its istio.io/rev label or
// annotation; "" for a pod without a sidecar.
QString podRevision(const QJsonObject& pod);

// "1.24.2" → "1-24-2": a revision name must be a DNS label.
QString revisionFromTag(const QString& tag);

struct CanaryPlan
{
    QString newIop; // the IstioOperator for the new revision (the current file with revision and tag changed)
    QString install;
    QString relabel;
    QString restart;
    QString verify;
    QString rollback;
    QString cleanup;
    QStringList warnings;
    QString error; // when no plan can be made
    QString script() const; // every step with comments, in order
};

struct CanaryRequest
{
    QString currentIopText; // the IstioOperator in use now
    QString newRevision;
    QString newTag; // empty: keep the tag
    QStringList namespaces; // which namespaces to move (ignored when everyInjectingNamespace)
    bool everyInjectingNamespace = false; // move every namespace with an injection label
    bool keepGatewaysOnCurrent = true; // leave gateways out of the canary control plane
    QString iopFileName = QStringLiteral("istio-canary.yaml");
};

CanaryPlan planCanary(const CanaryRequest& request, const RevisionUsage& usage);

} // namespace meshscope::iop
