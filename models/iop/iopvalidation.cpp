#include "iopvalidation.h"

#include "iopschema.h"
#include "ioptree.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace meshscope::iop {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::iop::IopValidation)
};

// Kubernetes objects that spec.values holds as free-form structures; istioctl decodes each strictly.
struct KubernetesHint
{
    const char* valuesPath;
    const char* type;
};
constexpr KubernetesHint kKubernetesHints[] = {
    { "cni.affinity", "K:Affinity" },
    { "cni.seccompProfile", "K:SeccompProfile" },
    { "gateways.istio-egressgateway.podAntiAffinityLabelSelector", "[K:LabelSelector]" },
    { "gateways.istio-egressgateway.podAntiAffinityTermLabelSelector", "[K:LabelSelector]" },
    { "gateways.istio-egressgateway.tolerations", "[K:Toleration]" },
    { "global.defaultTolerations", "[K:Toleration]" },
    { "gateways.istio-ingressgateway.podAntiAffinityLabelSelector", "[K:LabelSelector]" },
    { "gateways.istio-ingressgateway.podAntiAffinityTermLabelSelector", "[K:LabelSelector]" },
    { "gateways.istio-ingressgateway.tolerations", "[K:Toleration]" },
    { "pilot.tolerations", "[K:Toleration]" },
    { "pilot.affinity", "K:Affinity" },
    { "pilot.seccompProfile", "K:SeccompProfile" },
    { "pilot.topologySpreadConstraints", "[K:TopologySpreadConstraint]" },
    { "pilot.volumeMounts", "[K:VolumeMount]" },
    { "pilot.volumes", "[K:Volume]" },
    { "global.proxy.seccompProfile", "K:SeccompProfile" },
    { "global.proxy.lifecycle", "K:Lifecycle" },
    { "sidecarInjectorWebhook.neverInjectSelector", "[K:LabelSelector]" },
    { "sidecarInjectorWebhook.alwaysInjectSelector", "[K:LabelSelector]" },
    { "global.waypoint.affinity", "K:Affinity" },
};

void addErrors(QList<IopIssue>* out, const QList<SchemaIssue>& found, const QString& prefix)
{
    for (const SchemaIssue& issue : found)
        out->append({ IopIssue::Error, issue.path, prefix + issue.path + QStringLiteral(": ") + issue.message });
}

bool truthy(const QVariant& value)
{
    return value.typeId() == QMetaType::Bool && value.toBool();
}

void checkHub(const QVariant& hub, QList<IopIssue>* out)
{
    if (hub.typeId() != QMetaType::QString || hub.toString().isEmpty())
        return;
    // A registry (host[:port]) and path of lower-case components, as an image reference allows.
    static const QRegularExpression valid(QStringLiteral(
        "^([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*(:[0-9]+)?/)?"
        "[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$"));
    if (!valid.match(hub.toString()).hasMatch())
        out->append({ IopIssue::Error, QStringLiteral("spec.hub"),
            Tr::tr("bad hub: %1 is not a valid image repository").arg(hub.toString()) });
}

void checkTag(const QVariant& tag, QList<IopIssue>* out)
{
    if (isNull(tag) || isMap(tag) || isList(tag)) {
        if (isMap(tag) || isList(tag))
            out->append({ IopIssue::Error, QStringLiteral("spec.tag"), Tr::tr("bad tag: a tag is a single value") });
        return;
    }
    const QString text = shortText(tag).remove(u'"');
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    if (!valid.match(text).hasMatch())
        out->append(
            { IopIssue::Error, QStringLiteral("spec.tag"), Tr::tr("bad tag: %1 is not a valid image tag").arg(text) });
}

void checkRevision(const QVariant& revision, QList<IopIssue>* out)
{
    if (revision.typeId() != QMetaType::QString || revision.toString().isEmpty())
        return;
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    if (!label.match(revision.toString()).hasMatch())
        out->append({ IopIssue::Error, QStringLiteral("spec.revision"),
            Tr::tr("invalid revision specified: %1").arg(revision.toString()) });
}

void checkGatewayNames(const QVariant& components, QList<IopIssue>* out)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9.-]{1,254}$"));
    for (const QString& kind : { QStringLiteral("egressGateways"), QStringLiteral("ingressGateways") }) {
        const QVariant gateways = valueAt(components, kind);
        if (!isList(gateways))
            continue;
        const QVariantList list = gateways.toList();
        for (int i = 0; i < list.size(); ++i) {
            const QString gatewayName = valueAt(list.at(i), QStringLiteral("name")).toString();
            if (!gatewayName.isEmpty() && !name.match(gatewayName).hasMatch())
                out->append({ IopIssue::Error, QStringLiteral("spec.components.%1[%2].name").arg(kind).arg(i),
                    Tr::tr("invalid value %1.name: %2").arg(kind, gatewayName) });
        }
    }
}

void checkIpRanges(const QVariant& values, const QString& key, QList<IopIssue>* out)
{
    const QVariant ranges = valueAt(values, QStringLiteral("global.proxy.") + key);
    if (ranges.typeId() != QMetaType::QString)
        return;
    const QString text = ranges.toString();
    if (text.isEmpty() || text == QStringLiteral("*"))
        return;
    for (const QString& range : text.split(u',')) {
        const auto subnet = QHostAddress::parseSubnet(range.trimmed());
        if (subnet.first.isNull() || !range.contains(u'/'))
            out->append({ IopIssue::Error, QStringLiteral("spec.values.global.proxy.") + key,
                Tr::tr("global.proxy.%1: %2 is not an IP range (CIDR)").arg(key, range) });
    }
}

void checkPortList(const QVariant& values, const QString& key, QList<IopIssue>* out)
{
    const QVariant ports = valueAt(values, QStringLiteral("global.proxy.") + key);
    if (ports.typeId() != QMetaType::QString)
        return;
    for (const QString& port : ports.toString().split(u',')) {
        const QString p = port.trimmed();
        if (p.isEmpty() || p == QStringLiteral("*"))
            continue;
        bool ok = false;
        const int number = p.toInt(&ok);
        if (!ok || number < 0 || number > 65535)
            out->append({ IopIssue::Error, QStringLiteral("spec.values.global.proxy.") + key,
                Tr::tr("global.proxy.%1: %2 is not a port number (0–65535)").arg(key, p) });
    }
}

// Gateways that do not run as root cannot bind ports below 1024.
void checkServicePorts(const QVariant& spec, QList<IopIssue>* out)
{
    const QVariant values = valueAt(spec, QStringLiteral("values"));
    for (const QString& kind : { QStringLiteral("ingress"), QStringLiteral("egress") }) {
        const QString valuesName = QStringLiteral("istio-%1gateway").arg(kind);
        if (truthy(valueAt(values, QStringLiteral("gateways.%1.runAsRoot").arg(valuesName))))
            continue;
        const QVariantList gateways = valueAt(spec, QStringLiteral("components.%1Gateways").arg(kind)).toList();
        for (int g = 0; g < gateways.size(); ++g) {
            const QVariantList ports = valueAt(gateways.at(g), QStringLiteral("k8s.service.ports")).toList();
            for (int p = 0; p < ports.size(); ++p) {
                const QVariant target = valueAt(ports.at(p), QStringLiteral("targetPort"));
                if (target.typeId() == QMetaType::QString)
                    continue; // named ports are not checked
                const qlonglong port = valueAt(ports.at(p), QStringLiteral("port")).toLongLong();
                const qlonglong targetPort = isNull(target) ? 0 : target.toLongLong();
                if (targetPort == 0 && port > 1024)
                    continue;
                if (targetPort < 1024)
                    out->append({ IopIssue::Error,
                        QStringLiteral("spec.components.%1Gateways[%2].k8s.service.ports[%3].targetPort")
                            .arg(kind)
                            .arg(g)
                            .arg(p),
                        Tr::tr("port %1/%2 in gateway %3 invalid: targetPort is set to %4, which requires root. Set "
                               "targetPort to be greater than 1024 or configure values.gateways.%5.runAsRoot=true")
                            .arg(valueAt(ports.at(p), QStringLiteral("name")).toString())
                            .arg(port)
                            .arg(valueAt(gateways.at(g), QStringLiteral("name")).toString())
                            .arg(targetPort)
                            .arg(valuesName) });
            }
        }
    }
}

void checkReplicaCounts(const QVariant& spec, QList<IopIssue>* out)
{
    const QVariant values = valueAt(spec, QStringLiteral("values"));
    if (truthy(valueAt(values, QStringLiteral("pilot.autoscaleEnabled")))
        && valueAt(spec, QStringLiteral("components.pilot.k8s.replicaCount")).toLongLong() > 1)
        out->append({ IopIssue::Warning, QStringLiteral("spec.components.pilot.k8s.replicaCount"),
            Tr::tr("components.pilot.k8s.replicaCount should not be set when values.pilot.autoscaleEnabled is true") });
    for (const QString& kind : { QStringLiteral("ingress"), QStringLiteral("egress") }) {
        if (!truthy(valueAt(values, QStringLiteral("gateways.istio-%1gateway.autoscaleEnabled").arg(kind))))
            continue;
        const QVariantList gateways = valueAt(spec, QStringLiteral("components.%1Gateways").arg(kind)).toList();
        for (int g = 0; g < gateways.size(); ++g) {
            if (valueAt(gateways.at(g), QStringLiteral("k8s.replicaCount")).toLongLong() == 0)
                continue;
            out->append(
                { IopIssue::Warning, QStringLiteral("spec.components.%1Gateways[%2].k8s.replicaCount").arg(kind).arg(g),
                    Tr::tr("components.%1Gateways[name=%2].k8s.replicaCount should not be set when "
                           "values.gateways.istio-%1gateway.autoscaleEnabled is true")
                        .arg(kind, valueAt(gateways.at(g), QStringLiteral("name")).toString()) });
        }
    }
}

} // namespace

QList<IopIssue> validateIstioOperator(const QVariant& merged)
{
    QList<IopIssue> issues;
    const IopSchema& schema = IopSchema::builtin();

    QList<SchemaIssue> found;
    schema.check(merged, QStringLiteral("I:IstioOperator"), QString(), &found);
    addErrors(&issues, found, QStringLiteral("could not unmarshal: "));
    const QVariant kind = valueAt(merged, QStringLiteral("kind"));
    if (kind.typeId() == QMetaType::QString && kind.toString() != QStringLiteral("IstioOperator"))
        issues.append(
            { IopIssue::Error, QStringLiteral("kind"), Tr::tr("kind %1 is not IstioOperator").arg(kind.toString()) });

    const QVariant spec = valueAt(merged, QStringLiteral("spec"));
    const QVariant values = valueAt(spec, QStringLiteral("values"));
    if (!isNull(values)) {
        found.clear();
        schema.check(values, QStringLiteral("V:Values"), QStringLiteral("spec.values"), &found);
        addErrors(&issues, found, QStringLiteral("could not unmarshal: "));
        for (const KubernetesHint& hint : kKubernetesHints) {
            const QString path = QString::fromLatin1(hint.valuesPath);
            const QVariant value = valueAt(values, path);
            if (isNull(value))
                continue;
            found.clear();
            schema.check(value, QString::fromLatin1(hint.type), QStringLiteral("spec.values.") + path, &found);
            addErrors(&issues, found, QStringLiteral("invalid schema for %1: ").arg(path));
        }
        found.clear();
        schema.check(valueAt(values, QStringLiteral("meshConfig")), QStringLiteral("M:MeshConfig"),
            QStringLiteral("spec.values.meshConfig"), &found);
        addErrors(&issues, found, QStringLiteral("invalid meshConfig: "));
        checkIpRanges(values, QStringLiteral("includeIPRanges"), &issues);
        checkIpRanges(values, QStringLiteral("excludeIPRanges"), &issues);
        checkPortList(values, QStringLiteral("includeInboundPorts"), &issues);
        checkPortList(values, QStringLiteral("excludeInboundPorts"), &issues);
    }
    found.clear();
    schema.check(valueAt(spec, QStringLiteral("meshConfig")), QStringLiteral("M:MeshConfig"),
        QStringLiteral("spec.meshConfig"), &found);
    addErrors(&issues, found, QStringLiteral("invalid meshConfig: "));

    checkHub(valueAt(spec, QStringLiteral("hub")), &issues);
    checkTag(valueAt(spec, QStringLiteral("tag")), &issues);
    checkRevision(valueAt(spec, QStringLiteral("revision")), &issues);
    checkGatewayNames(valueAt(spec, QStringLiteral("components")), &issues);
    checkServicePorts(spec, &issues);
    checkReplicaCounts(spec, &issues);
    return issues;
}

} // namespace meshscope::iop
