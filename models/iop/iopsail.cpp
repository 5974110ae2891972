#include "iopsail.h"

#include "iopbuiltins.h"
#include "ioptree.h"
#include "iopyaml.h"

#include <QCoreApplication>

namespace meshscope::iop {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::iop::SailConversion)
};

const QStringList kSailProfiles
    = { QStringLiteral("ambient"), QStringLiteral("default"), QStringLiteral("demo"), QStringLiteral("empty"),
          QStringLiteral("external"), QStringLiteral("openshift"), QStringLiteral("openshift-ambient"),
          QStringLiteral("preview"), QStringLiteral("remote"), QStringLiteral("stable") };

QString sailVersion(const QVariant& tag)
{
    if (!tag.isValid() || isNull(tag))
        return {};
    QString text = tag.typeId() == QMetaType::QString ? tag.toString() : shortText(tag);
    if (text.isEmpty() || !text.at(0).isDigit())
        return {};
    return u'v' + text;
}

bool enabled(const QVariant& component)
{
    const QVariant flag = valueAt(component, QStringLiteral("enabled"));
    return flag.typeId() == QMetaType::Bool && flag.toBool();
}

// The k8s settings of istiod that its Helm values can also express.
void carryPilotK8s(const QVariantMap& k8s, QVariant& values, QStringList* warnings)
{
    for (auto it = k8s.cbegin(); it != k8s.cend(); ++it) {
        const QString& key = it.key();
        if (key == QStringLiteral("replicaCount"))
            setValueAt(values, QStringLiteral("pilot.replicaCount"), it.value());
        else if (key == QStringLiteral("resources"))
            setValueAt(values, QStringLiteral("pilot.resources"), it.value());
        else if (key == QStringLiteral("nodeSelector"))
            setValueAt(values, QStringLiteral("pilot.nodeSelector"), it.value());
        else if (key == QStringLiteral("tolerations"))
            setValueAt(values, QStringLiteral("pilot.tolerations"), it.value());
        else if (key == QStringLiteral("affinity"))
            setValueAt(values, QStringLiteral("pilot.affinity"), it.value());
        else if (key == QStringLiteral("podAnnotations"))
            setValueAt(values, QStringLiteral("pilot.podAnnotations"), it.value());
        else if (key == QStringLiteral("hpaSpec")) {
            const QVariant min = valueAt(it.value(), QStringLiteral("minReplicas"));
            const QVariant max = valueAt(it.value(), QStringLiteral("maxReplicas"));
            if (min.isValid())
                setValueAt(values, QStringLiteral("pilot.autoscaleMin"), min);
            if (max.isValid())
                setValueAt(values, QStringLiteral("pilot.autoscaleMax"), max);
            if (it.value().toMap().size() > int(min.isValid()) + int(max.isValid()))
                warnings->append(Tr::tr("components.pilot.k8s.hpaSpec: only minReplicas and maxReplicas carry over "
                                        "(as values.pilot.autoscaleMin/Max)"));
        } else if (key == QStringLiteral("env")) {
            QVariantMap env;
            for (const QVariant& entry : it.value().toList()) {
                const QVariant value = valueAt(entry, QStringLiteral("value"));
                if (value.isValid())
                    env.insert(valueAt(entry, QStringLiteral("name")).toString(), value.toString());
                else
                    warnings->append(Tr::tr("components.pilot.k8s.env %1: valueFrom cannot be carried")
                                         .arg(valueAt(entry, QStringLiteral("name")).toString()));
            }
            setValueAt(values, QStringLiteral("pilot.env"), env);
        } else {
            warnings->append(Tr::tr("components.pilot.k8s.%1 cannot be carried: Sail's Istio has no Kubernetes "
                                    "overlays")
                                 .arg(key));
        }
    }
}

QVariantMap resource(const QString& kind, const QString& name)
{
    return QVariantMap { { QStringLiteral("apiVersion"), QStringLiteral("sailoperator.io/v1") },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("metadata"), QVariantMap { { QStringLiteral("name"), name } } } };
}

} // namespace

bool isSailIstio(const QVariant& tree)
{
    return valueAt(tree, QStringLiteral("kind")).toString() == QStringLiteral("Istio")
        && valueAt(tree, QStringLiteral("apiVersion")).toString().startsWith(QStringLiteral("sailoperator.io/"));
}

Conversion iopToSail(const QVariant& iop)
{
    Conversion out;
    if (valueAt(iop, QStringLiteral("kind")).toString() != QStringLiteral("IstioOperator")) {
        out.error = Tr::tr("not an IstioOperator");
        return out;
    }
    const QVariant spec = valueAt(iop, QStringLiteral("spec"));
    QString name = valueAt(iop, QStringLiteral("metadata.name")).toString();
    if (name.isEmpty())
        name = QStringLiteral("default");
    QVariantMap istio = resource(QStringLiteral("Istio"), name);
    QVariantMap sailSpec;

    const QString version = sailVersion(valueAt(spec, QStringLiteral("tag")));
    if (!version.isEmpty())
        sailSpec.insert(QStringLiteral("version"), version);
    else
        out.warnings << Tr::tr("No numeric spec.tag: spec.version is left out, so Sail installs its default version");

    QString profile = valueAt(spec, QStringLiteral("profile")).toString();
    if (profile == QStringLiteral("minimal")) {
        out.warnings << Tr::tr("Profile minimal is Sail's default (Sail never installs gateways)");
        profile = QStringLiteral("default");
    } else if (!profile.isEmpty() && !kSailProfiles.contains(profile)) {
        out.warnings << Tr::tr("Sail has no profile %1: left out").arg(profile);
        profile.clear();
    }
    if (!profile.isEmpty())
        sailSpec.insert(QStringLiteral("profile"), profile);

    QString ns = valueAt(spec, QStringLiteral("namespace")).toString();
    if (ns.isEmpty())
        ns = valueAt(spec, QStringLiteral("values.global.istioNamespace")).toString();
    if (ns.isEmpty())
        ns = valueAt(iop, QStringLiteral("metadata.namespace")).toString();
    sailSpec.insert(QStringLiteral("namespace"), ns.isEmpty() ? QStringLiteral("istio-system") : ns);

    QVariant values = valueAt(spec, QStringLiteral("values"));
    if (!isMap(values))
        values = QVariantMap();
    const QVariant meshConfig = valueAt(spec, QStringLiteral("meshConfig"));
    if (isMap(meshConfig)) {
        QVariant merged = meshConfig;
        const QVariant own = valueAt(values, QStringLiteral("meshConfig"));
        if (isMap(own))
            mergeFrom(merged, own); // values.meshConfig wins, as istioctl merges the user's values last
        setValueAt(values, QStringLiteral("meshConfig"), merged);
    }
    const QVariant hub = valueAt(spec, QStringLiteral("hub"));
    if (hub.typeId() == QMetaType::QString && !hub.toString().isEmpty())
        setValueAt(values, QStringLiteral("global.hub"), hub);
    if (version.isEmpty() && valueAt(spec, QStringLiteral("tag")).isValid())
        setValueAt(values, QStringLiteral("global.tag"), valueAt(spec, QStringLiteral("tag")));
    const QVariant compatibility = valueAt(spec, QStringLiteral("compatibilityVersion"));
    if (compatibility.isValid())
        setValueAt(values, QStringLiteral("compatibilityVersion"), compatibility);

    const QString revision = valueAt(spec, QStringLiteral("revision")).toString();
    if (!revision.isEmpty()) {
        sailSpec.insert(QStringLiteral("updateStrategy"),
            QVariantMap { { QStringLiteral("type"), QStringLiteral("RevisionBased") } });
        out.warnings << Tr::tr("spec.revision %1 is not carried: with RevisionBased updates Sail names each revision "
                               "<name>-<version>, e.g. %2")
                            .arg(revision, name + u'-' + QString(version).remove(0, 1).replace(u'.', u'-'));
    }
    for (const QString& key : { QStringLiteral("installPackagePath"), QStringLiteral("unvalidatedValues") }) {
        if (valueAt(spec, key).isValid())
            out.warnings << Tr::tr("spec.%1 cannot be carried").arg(key);
    }

    const QVariant components = valueAt(spec, QStringLiteral("components"));
    const QVariant pilot = valueAt(components, QStringLiteral("pilot"));
    if (valueAt(pilot, QStringLiteral("enabled")).typeId() == QMetaType::Bool && !enabled(pilot))
        out.warnings << Tr::tr("components.pilot is disabled, but Sail's Istio always runs istiod");
    if (isMap(valueAt(pilot, QStringLiteral("k8s"))))
        carryPilotK8s(valueAt(pilot, QStringLiteral("k8s")).toMap(), values, &out.warnings);
    for (const QString& key : { QStringLiteral("hub"), QStringLiteral("tag"), QStringLiteral("namespace") }) {
        if (valueAt(pilot, key).isValid())
            out.warnings << Tr::tr("components.pilot.%1 cannot be carried").arg(key);
    }
    for (const QString& kind : { QStringLiteral("ingressGateways"), QStringLiteral("egressGateways") }) {
        for (const QVariant& gateway : valueAt(components, kind).toList()) {
            if (enabled(gateway))
                out.warnings << Tr::tr("Gateway %1 is not part of Sail's Istio: deploy it with the gateway Helm chart "
                                       "or gateway injection")
                                    .arg(valueAt(gateway, QStringLiteral("name")).toString());
            if (valueAt(gateway, QStringLiteral("k8s")).isValid())
                out.warnings << Tr::tr("components.%1[name=%2].k8s cannot be carried")
                                    .arg(kind, valueAt(gateway, QStringLiteral("name")).toString());
        }
    }
    for (const QString& key : { QStringLiteral("base"), QStringLiteral("istiodRemote") }) {
        if (valueAt(components, key + QStringLiteral(".k8s")).isValid())
            out.warnings << Tr::tr("components.%1.k8s cannot be carried").arg(key);
    }
    if (!isMap(values) || !values.toMap().isEmpty())
        sailSpec.insert(QStringLiteral("values"), values);
    istio.insert(QStringLiteral("spec"), sailSpec);
    out.tree = istio;

    QStringList documents { toYaml(istio) };
    for (const auto& [key, kind] :
        QList<QPair<QString, QString>> { { QStringLiteral("cni"), QStringLiteral("IstioCNI") },
            { QStringLiteral("ztunnel"), QStringLiteral("ZTunnel") } }) {
        const QVariant component = valueAt(components, key);
        const bool ambientProfile
            = profile == QStringLiteral("ambient") || profile == QStringLiteral("openshift-ambient");
        if (!enabled(component) && !(ambientProfile && !valueAt(component, QStringLiteral("enabled")).isValid()))
            continue;
        QVariantMap extra = resource(kind, QStringLiteral("default"));
        QVariantMap extraSpec;
        if (!version.isEmpty())
            extraSpec.insert(QStringLiteral("version"), version);
        if (ambientProfile)
            extraSpec.insert(QStringLiteral("profile"), QStringLiteral("ambient"));
        const QString componentNamespace = valueAt(component, QStringLiteral("namespace")).toString();
        extraSpec.insert(QStringLiteral("namespace"),
            componentNamespace.isEmpty()
                ? (key == QStringLiteral("cni") ? QStringLiteral("istio-cni") : QStringLiteral("ztunnel"))
                : componentNamespace);
        const QVariant componentValues = valueAt(values, key);
        if (isMap(componentValues))
            extraSpec.insert(QStringLiteral("values"), QVariantMap { { key, componentValues } });
        extra.insert(QStringLiteral("spec"), extraSpec);
        documents << toYaml(extra);
        if (valueAt(component, QStringLiteral("k8s")).isValid())
            out.warnings << Tr::tr("components.%1.k8s cannot be carried").arg(key);
        out.warnings << Tr::tr("components.%1 becomes a separate %2 resource").arg(key, kind);
    }
    out.yaml = documents.join(QStringLiteral("---\n"));
    return out;
}

Conversion sailToIop(const QVariant& istio)
{
    Conversion out;
    if (!isSailIstio(istio)) {
        out.error = Tr::tr("not a Sail Istio resource (sailoperator.io, kind Istio)");
        return out;
    }
    const QVariant spec = valueAt(istio, QStringLiteral("spec"));
    const QString name = valueAt(istio, QStringLiteral("metadata.name")).toString();
    QVariantMap iopSpec;
    const QString profile = valueAt(spec, QStringLiteral("profile")).toString();
    if (profile == QStringLiteral("external")) {
        iopSpec.insert(QStringLiteral("profile"), QStringLiteral("remote"));
        out.warnings << Tr::tr("Sail's external profile has no IstioOperator profile; remote is the closest");
    } else if (!profile.isEmpty()) {
        iopSpec.insert(QStringLiteral("profile"), profile);
    }
    const QString version = valueAt(spec, QStringLiteral("version")).toString();
    if (version.startsWith(u'v'))
        iopSpec.insert(QStringLiteral("tag"), version.mid(1));
    else if (!version.isEmpty())
        out.warnings << Tr::tr("spec.version %1 is not a release number: no tag set").arg(version);
    const QString ns = valueAt(spec, QStringLiteral("namespace")).toString();
    iopSpec.insert(QStringLiteral("namespace"), ns.isEmpty() ? QStringLiteral("istio-system") : ns);

    QVariant values = valueAt(spec, QStringLiteral("values"));
    if (isMap(values)) {
        const QVariant meshConfig = valueAt(values, QStringLiteral("meshConfig"));
        if (meshConfig.isValid()) {
            iopSpec.insert(QStringLiteral("meshConfig"), meshConfig);
            removeValueAt(values, QStringLiteral("meshConfig"));
        }
        if (!values.toMap().isEmpty())
            iopSpec.insert(QStringLiteral("values"), values);
    }
    const QString strategy = valueAt(spec, QStringLiteral("updateStrategy.type")).toString();
    if (strategy == QStringLiteral("RevisionBased") && !version.isEmpty()) {
        iopSpec.insert(QStringLiteral("revision"), QString(name + u'-' + version.mid(1).replace(u'.', u'-')));
        out.warnings << Tr::tr("Revision-based updates become a fixed spec.revision; istioctl does not remove old "
                               "revisions on its own (inactiveRevisionDeletionGracePeriodSeconds does not carry)");
    } else if (name != QStringLiteral("default") && !name.isEmpty()) {
        iopSpec.insert(QStringLiteral("revision"), name);
    }
    if (valueAt(spec, QStringLiteral("updateStrategy.updateWorkloads")).toBool())
        out.warnings << Tr::tr("updateStrategy.updateWorkloads cannot be carried: relabel and restart the workloads "
                               "yourself (see the upgrade helper)");
    // Sail installs no gateways; the IstioOperator profiles do, unless told not to.
    iopSpec.insert(QStringLiteral("components"),
        QVariantMap { { QStringLiteral("ingressGateways"),
            QVariantList { QVariantMap { { QStringLiteral("name"), QStringLiteral("istio-ingressgateway") },
                { QStringLiteral("enabled"), false } } } } });
    out.warnings << Tr::tr("The ingress gateway is disabled, as under Sail; enable it in components.ingressGateways "
                           "if istioctl should install it");

    QVariantMap iop { { QStringLiteral("apiVersion"), QStringLiteral("install.istio.io/v1alpha1") },
        { QStringLiteral("kind"), QStringLiteral("IstioOperator") },
        { QStringLiteral("metadata"),
            QVariantMap { { QStringLiteral("name"), name.isEmpty() ? QStringLiteral("default") : name },
                { QStringLiteral("namespace"), ns.isEmpty() ? QStringLiteral("istio-system") : ns } } },
        { QStringLiteral("spec"), iopSpec } };
    out.tree = iop;
    out.yaml = toYaml(iop);
    return out;
}

} // namespace meshscope::iop
