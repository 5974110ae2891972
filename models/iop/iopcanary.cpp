#include "iopcanary.h"

#include "iopmerge.h"
#include "ioptextedit.h"
#include "ioptree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace meshscope::iop {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::iop::CanaryPlan)
};

QJsonObject metadataOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("metadata")).toObject();
}

QString labelOf(const QJsonObject& object, const QString& key)
{
    return metadataOf(object).value(QStringLiteral("labels")).toObject().value(key).toString();
}

bool hasSidecar(const QJsonObject& pod)
{
    if (metadataOf(pod)
            .value(QStringLiteral("annotations"))
            .toObject()
            .contains(QStringLiteral("sidecar.istio.io/status")))
        return true;
    const QJsonArray containers
        = pod.value(QStringLiteral("spec")).toObject().value(QStringLiteral("containers")).toArray();
    for (const QJsonValue& container : containers) {
        if (container.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("istio-proxy"))
            return true;
    }
    return false;
}

// The workload a pod belongs to, as `kubectl rollout restart` names it.
QString workloadOf(const QJsonObject& pod)
{
    const QJsonArray owners = metadataOf(pod).value(QStringLiteral("ownerReferences")).toArray();
    for (const QJsonValue& value : owners) {
        const QJsonObject owner = value.toObject();
        const QString kind = owner.value(QStringLiteral("kind")).toString();
        const QString name = owner.value(QStringLiteral("name")).toString();
        if (kind == QStringLiteral("ReplicaSet")) {
            const QString hash = labelOf(pod, QStringLiteral("pod-template-hash"));
            if (!hash.isEmpty() && name.endsWith(u'-' + hash))
                return QStringLiteral("deployment/") + name.chopped(hash.size() + 1);
            return QStringLiteral("replicaset/") + name;
        }
        if (kind == QStringLiteral("StatefulSet") || kind == QStringLiteral("DaemonSet"))
            return kind.toLower() + u'/' + name;
    }
    return QStringLiteral("pod/") + metadataOf(pod).value(QStringLiteral("name")).toString();
}

QString labelCommand(const NamespaceRevision& ns, const QString& revision)
{
    // istio-injection wins over istio.io/rev, so it has to go for the revision label to count.
    if (ns.injectionLabel.startsWith(QStringLiteral("istio-injection")))
        return QStringLiteral("kubectl label namespace %1 istio-injection- istio.io/rev=%2 --overwrite")
            .arg(ns.name, revision);
    return QStringLiteral("kubectl label namespace %1 istio.io/rev=%2 --overwrite").arg(ns.name, revision);
}

QString restoreLabelCommand(const NamespaceRevision& ns)
{
    if (ns.injectionLabel.startsWith(QStringLiteral("istio-injection")))
        return QStringLiteral("kubectl label namespace %1 istio.io/rev- %2 --overwrite")
            .arg(ns.name, ns.injectionLabel);
    if (ns.injectionLabel.isEmpty())
        return QStringLiteral("kubectl label namespace %1 istio.io/rev-").arg(ns.name);
    return QStringLiteral("kubectl label namespace %1 %2 --overwrite").arg(ns.name, ns.injectionLabel);
}

QString restartCommand(const NamespaceRevision& ns)
{
    QStringList restartable;
    for (const QString& workload : ns.workloads) {
        if (!workload.startsWith(QStringLiteral("pod/")) && !workload.startsWith(QStringLiteral("replicaset/")))
            restartable << workload;
    }
    if (restartable.isEmpty())
        return QStringLiteral("kubectl -n %1 rollout restart deployment").arg(ns.name);
    return QStringLiteral("kubectl -n %1 rollout restart %2").arg(ns.name, restartable.join(u' '));
}

} // namespace

QString podRevision(const QJsonObject& pod)
{
    const QJsonObject annotations = metadataOf(pod).value(QStringLiteral("annotations")).toObject();
    const QString status = annotations.value(QStringLiteral("sidecar.istio.io/status")).toString();
    if (!status.isEmpty()) {
        const QString revision
            = QJsonDocument::fromJson(status.toUtf8()).object().value(QStringLiteral("revision")).toString();
        if (!revision.isEmpty())
            return revision;
    }
    const QString label = labelOf(pod, QStringLiteral("istio.io/rev"));
    if (!label.isEmpty())
        return label;
    const QString annotation = annotations.value(QStringLiteral("istio.io/rev")).toString();
    if (!annotation.isEmpty())
        return annotation;
    return hasSidecar(pod) ? QStringLiteral("default") : QString();
}

RevisionUsage revisionUsage(const QList<QJsonObject>& namespaces, const QList<QJsonObject>& pods)
{
    RevisionUsage usage;
    QMap<QString, NamespaceRevision> byName;
    for (const QJsonObject& ns : namespaces) {
        NamespaceRevision entry;
        entry.name = metadataOf(ns).value(QStringLiteral("name")).toString();
        const QString injection = labelOf(ns, QStringLiteral("istio-injection"));
        const QString rev = labelOf(ns, QStringLiteral("istio.io/rev"));
        if (injection == QStringLiteral("enabled")) {
            entry.injectionLabel = QStringLiteral("istio-injection=enabled");
            entry.revision = QStringLiteral("default");
        } else if (injection.isEmpty() && !rev.isEmpty()) {
            entry.injectionLabel = QStringLiteral("istio.io/rev=") + rev;
            entry.revision = rev;
        }
        byName.insert(entry.name, entry);
    }
    QSet<QString> planes;
    for (const QJsonObject& pod : pods) {
        const QString ns = metadataOf(pod).value(QStringLiteral("namespace")).toString();
        if (labelOf(pod, QStringLiteral("app")) == QStringLiteral("istiod")) {
            const QString rev = labelOf(pod, QStringLiteral("istio.io/rev"));
            planes.insert(rev.isEmpty() ? QStringLiteral("default") : rev);
        }
        const QString revision = hasSidecar(pod) ? podRevision(pod) : QString();
        NamespaceRevision& entry = byName[ns];
        entry.name = ns;
        entry.podsByRevision[revision] += 1;
        if (!revision.isEmpty()) {
            usage.podsByRevision[revision] += 1;
            const QString workload = workloadOf(pod);
            if (!entry.workloads.contains(workload))
                entry.workloads << workload;
        }
    }
    for (NamespaceRevision& entry : byName) {
        std::sort(entry.workloads.begin(), entry.workloads.end());
        const bool injected = std::any_of(entry.podsByRevision.keyBegin(), entry.podsByRevision.keyEnd(),
            [](const QString& revision) { return !revision.isEmpty(); });
        if (!entry.injectionLabel.isEmpty() || injected)
            usage.namespaces.append(entry);
    }
    usage.controlPlanes = QStringList(planes.cbegin(), planes.cend());
    usage.controlPlanes.sort();
    return usage;
}

QString revisionFromTag(const QString& tag)
{
    QString revision = tag.toLower();
    revision.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]")), QStringLiteral("-"));
    while (revision.startsWith(u'-'))
        revision.remove(0, 1);
    while (revision.endsWith(u'-'))
        revision.chop(1);
    return revision.left(63);
}

QString CanaryPlan::script() const
{
    const auto section = [](const QString& title, const QString& body) {
        return body.isEmpty() ? QString() : QStringLiteral("# %1\n%2\n\n").arg(title, body);
    };
    QString out;
    for (const QString& warning : warnings)
        out += QStringLiteral("# NOTE: %1\n").arg(warning);
    if (!warnings.isEmpty())
        out += u'\n';
    out += section(Tr::tr("1. Install the new control plane next to the old one"), install);
    out += section(Tr::tr("2. Check it is ready"), verify);
    out += section(Tr::tr("3. Point the namespaces at the new revision"), relabel);
    out += section(Tr::tr("4. Restart the workloads so they get the new sidecar"), restart);
    out += section(Tr::tr("Rollback: back to the old revision, then remove the new one"), rollback);
    out += section(Tr::tr("When everything runs on the new revision: remove the old control plane"), cleanup);
    return out;
}

CanaryPlan planCanary(const CanaryRequest& request, const RevisionUsage& usage)
{
    CanaryPlan plan;
    static const QRegularExpression dnsLabel(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    if (!dnsLabel.match(request.newRevision).hasMatch()) {
        plan.error = Tr::tr("\"%1\" is not a valid revision name: lower-case letters, digits and '-', at most 63")
                         .arg(request.newRevision);
        return plan;
    }
    const IopFile current = readIopFile(QStringLiteral("current"), request.currentIopText.toUtf8());
    if (!current.error.isEmpty()) {
        plan.error = current.error;
        return plan;
    }
    MergeRequest mergeRequest;
    mergeRequest.files << current;
    const MergeResult merged = mergeIstioOperator(mergeRequest);
    if (!merged.ok()) {
        plan.error = merged.errors.join(QStringLiteral("; "));
        return plan;
    }
    QString oldRevision = valueAt(merged.merged, QStringLiteral("spec.revision")).toString();
    if (oldRevision.isEmpty())
        oldRevision = QStringLiteral("default");
    if (oldRevision == request.newRevision) {
        plan.error = Tr::tr("The current IstioOperator already uses revision %1; pick a new name.").arg(oldRevision);
        return plan;
    }
    const QString istioNamespace = [&] {
        const QString ns = valueAt(merged.merged, QStringLiteral("spec.values.global.istioNamespace")).toString();
        return ns.isEmpty() ? QStringLiteral("istio-system") : ns;
    }();

    // The new IstioOperator: the current file with the new revision (and tag), edited in place.
    QString text = request.currentIopText;
    const auto apply = [&](const QString& path, const QVariant& value) {
        const TextEdit edit = setYamlValue(text, path, value);
        if (edit.ok)
            text = edit.text;
        else if (plan.error.isEmpty())
            plan.error = edit.error;
    };
    apply(QStringLiteral("spec.revision"), request.newRevision);
    if (!request.newTag.isEmpty())
        apply(QStringLiteral("spec.tag"), request.newTag);
    const QString name = valueAt(current.tree, QStringLiteral("metadata.name")).toString();
    if (!name.isEmpty())
        apply(QStringLiteral("metadata.name"), QString(name + u'-' + request.newRevision));
    if (request.keepGatewaysOnCurrent) {
        for (const QString& kind : { QStringLiteral("ingressGateways"), QStringLiteral("egressGateways") }) {
            QVariantList gateways = valueAt(merged.merged, QStringLiteral("spec.components.") + kind).toList();
            bool any = false;
            for (QVariant& gateway : gateways) {
                QVariantMap map = gateway.toMap();
                any = any || map.value(QStringLiteral("enabled")).toBool();
                map.insert(QStringLiteral("enabled"), false);
                gateway = map;
            }
            if (any)
                apply(QStringLiteral("spec.components.") + kind, gateways);
        }
        plan.warnings << Tr::tr("The gateways stay with the current control plane; move them later by setting "
                                "istio.io/rev=%1 on their deployments and restarting them.")
                             .arg(request.newRevision);
    }
    if (!plan.error.isEmpty())
        return plan;
    plan.newIop = text;

    if (!usage.controlPlanes.isEmpty() && !usage.controlPlanes.contains(oldRevision))
        plan.warnings << Tr::tr("No istiod of revision %1 runs in the cluster (running: %2).")
                             .arg(oldRevision, usage.controlPlanes.join(QStringLiteral(", ")));
    if (usage.controlPlanes.contains(request.newRevision))
        plan.warnings
            << Tr::tr("An istiod of revision %1 already runs: installing again updates it.").arg(request.newRevision);

    const QString deployment = QStringLiteral("istiod-") + request.newRevision;
    plan.install = QStringLiteral("istioctl install -f %1 -y").arg(request.iopFileName);
    plan.verify = QStringLiteral("kubectl -n %1 rollout status deployment/%2\n"
                                 "kubectl -n %1 get pods -l app=istiod,istio.io/rev=%3\n"
                                 "istioctl proxy-status")
                      .arg(istioNamespace, deployment, request.newRevision);

    QStringList relabel, restart, rollbackLabels, rollbackRestarts;
    for (const NamespaceRevision& ns : usage.namespaces) {
        const bool chosen
            = request.everyInjectingNamespace ? !ns.injectionLabel.isEmpty() : request.namespaces.contains(ns.name);
        if (!chosen)
            continue;
        if (ns.injectionLabel.isEmpty())
            plan.warnings << Tr::tr(
                "Namespace %1 has injected pods but no injection label: labelling it turns injection "
                "on for every new pod there.")
                                 .arg(ns.name);
        for (auto it = ns.podsByRevision.cbegin(); it != ns.podsByRevision.cend(); ++it) {
            if (!it.key().isEmpty() && it.key() != oldRevision && it.key() != request.newRevision)
                plan.warnings
                    << Tr::tr("Namespace %1 has %n pod(s) on revision %2.", nullptr, it.value()).arg(ns.name, it.key());
        }
        for (const QString& workload : ns.workloads) {
            if (workload.startsWith(QStringLiteral("pod/")))
                plan.warnings << Tr::tr("%1 in %2 has no controller: delete and recreate it to change its sidecar.")
                                     .arg(workload, ns.name);
        }
        relabel << labelCommand(ns, request.newRevision);
        restart << restartCommand(ns);
        rollbackLabels << restoreLabelCommand(ns);
        rollbackRestarts << restartCommand(ns);
    }
    if (relabel.isEmpty())
        plan.warnings << Tr::tr("No namespace is chosen: only the control plane would change.");
    plan.relabel = relabel.join(u'\n');
    plan.restart = restart.join(u'\n');
    plan.rollback = (rollbackLabels + rollbackRestarts
        + QStringList { QStringLiteral("istioctl uninstall --revision %1 -y").arg(request.newRevision) })
                        .join(u'\n');
    plan.cleanup = QStringLiteral("istioctl uninstall --revision %1 -y").arg(oldRevision);
    return plan;
}

} // namespace meshscope::iop
