// annotations.K8sAnalyzer and annotations.AlphaAnalyzer: Istio annotations that are unknown, misplaced, deprecated,
// invalid or part of an alpha feature, on namespaces, services, pods and deployments.
#include "istioanalyzers.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace meshscope::analysis {
namespace {

enum class Maturity
{
    Alpha,
    Beta,
    Stable,
};

// Istio's resource annotations (istio.io/api annotation catalogue): name, maturity, whether deprecated, and the
// kinds it belongs on ("Any" for all).
struct AnnotationInfo
{
    const char* name;
    Maturity maturity;
    bool deprecated;
    QList<const char*> kinds;
};

const QList<AnnotationInfo>& annotationCatalogue()
{
    using M = Maturity;
    static const QList<AnnotationInfo> catalogue = {
        { "alpha.istio.io/canonical-serviceaccounts", M::Alpha, true, { "Service" } },
        { "alpha.istio.io/kubernetes-serviceaccounts", M::Alpha, true, { "Service" } },
        { "ambient.istio.io/bypass-inbound-capture", M::Alpha, false, { "Pod" } },
        { "ambient.istio.io/dns-capture", M::Alpha, false, { "Pod" } },
        { "ambient.istio.io/redirection", M::Beta, false, { "Pod" } },
        { "ambient.istio.io/waypoint-inbound-binding", M::Alpha, false, { "GatewayClass", "Gateway" } },
        { "galley.istio.io/analyze-suppress", M::Alpha, false, { "Any" } },
        { "gateway.istio.io/controller-version", M::Alpha, false, { "Any" } },
        { "gateway.istio.io/name-override", M::Alpha, false, { "Gateway" } },
        { "gateway.istio.io/service-account", M::Alpha, false, { "Gateway" } },
        { "inject.istio.io/templates", M::Alpha, false, { "Pod" } },
        { "istio.io/autoRegistrationGroup", M::Alpha, false, { "WorkloadEntry" } },
        { "istio.io/connectedAt", M::Alpha, false, { "WorkloadEntry" } },
        { "istio.io/disconnectedAt", M::Alpha, false, { "WorkloadEntry" } },
        { "istio.io/dry-run", M::Alpha, false, { "AuthorizationPolicy" } },
        { "istio.io/reroute-virtual-interfaces", M::Alpha, false, { "Pod" } },
        { "istio.io/rev", M::Alpha, false, { "Pod" } },
        { "istio.io/use-waypoint-canary-weight", M::Alpha, false, { "Service", "ServiceEntry", "Namespace" } },
        { "istio.io/workloadController", M::Alpha, false, { "WorkloadEntry" } },
        { "kubernetes.io/ingress.class", M::Stable, false, { "Ingress" } },
        { "networking.istio.io/exportTo", M::Alpha, false, { "Service" } },
        { "networking.istio.io/service-type", M::Alpha, false, { "Gateway" } },
        { "networking.istio.io/traffic-distribution", M::Alpha, false, { "Namespace", "Service", "ServiceEntry" } },
        { "prometheus.istio.io/merge-metrics", M::Alpha, false, { "Pod" } },
        { "proxy.istio.io/config", M::Beta, false, { "Pod" } },
        { "proxy.istio.io/overrides", M::Alpha, false, { "Pod" } },
        { "readiness.status.sidecar.istio.io/applicationPorts", M::Alpha, false, { "Pod" } },
        { "readiness.status.sidecar.istio.io/failureThreshold", M::Alpha, false, { "Pod" } },
        { "readiness.status.sidecar.istio.io/initialDelaySeconds", M::Alpha, false, { "Pod" } },
        { "readiness.status.sidecar.istio.io/periodSeconds", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/agentLogLevel", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/bootstrapOverride", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/componentLogLevel", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/discoveryAddress", M::Alpha, true, { "Pod" } },
        { "sidecar.istio.io/extraStatTags", M::Alpha, true, { "Pod" } },
        { "sidecar.istio.io/inject", M::Beta, true, { "Pod" } },
        { "sidecar.istio.io/interceptionMode", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/logLevel", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/nativeSidecar", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/proxyCPU", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/proxyCPULimit", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/proxyImage", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/proxyImageType", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/proxyMemory", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/proxyMemoryLimit", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/rewriteAppHTTPProbers", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/statsCompression", M::Alpha, true, { "Pod" } },
        { "sidecar.istio.io/statsEvictionInterval", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/statsFlushInterval", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/statsHistogramBins", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/statsHistogramBuckets", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/statsInclusionPrefixes", M::Alpha, true, { "Pod" } },
        { "sidecar.istio.io/statsInclusionRegexps", M::Alpha, true, { "Pod" } },
        { "sidecar.istio.io/statsInclusionSuffixes", M::Alpha, true, { "Pod" } },
        { "sidecar.istio.io/status", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/userVolume", M::Alpha, false, { "Pod" } },
        { "sidecar.istio.io/userVolumeMount", M::Alpha, false, { "Pod" } },
        { "status.sidecar.istio.io/port", M::Alpha, false, { "Pod" } },
        { "topology.istio.io/controlPlaneClusters", M::Alpha, false, { "Namespace" } },
        { "traffic.istio.io/nodeSelector", M::Stable, false, { "Service" } },
        { "traffic.sidecar.istio.io/excludeInboundPorts", M::Alpha, false, { "Pod" } },
        { "traffic.sidecar.istio.io/excludeInterfaces", M::Alpha, false, { "Pod" } },
        { "traffic.sidecar.istio.io/excludeOutboundIPRanges", M::Alpha, false, { "Pod" } },
        { "traffic.sidecar.istio.io/excludeOutboundPorts", M::Alpha, false, { "Pod" } },
        { "traffic.sidecar.istio.io/includeInboundPorts", M::Alpha, false, { "Pod" } },
        { "traffic.sidecar.istio.io/includeOutboundIPRanges", M::Alpha, false, { "Pod" } },
        { "traffic.sidecar.istio.io/includeOutboundPorts", M::Alpha, false, { "Pod" } },
        { "traffic.sidecar.istio.io/kubevirtInterfaces", M::Alpha, true, { "Pod" } },
    };
    return catalogue;
}

const AnnotationInfo* findAnnotation(const QString& name)
{
    for (const AnnotationInfo& info : annotationCatalogue()) {
        if (name == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}

bool isIstioAnnotation(const QString& name)
{
    if (name == QLatin1String("kubernetes.io/ingress.class"))
        return true;
    return name.section(QLatin1Char('/'), 0, 0).endsWith(QLatin1String("istio.io"));
}

// Annotations istio writes itself, never reported.
bool alwaysIgnored(const QString& name)
{
    return name == QLatin1String("sidecar.istio.io/status")
        || name == QLatin1String("gateway.istio.io/controller-version") || name == QLatin1String("istio.io/rev");
}

// Value checks of the injector (an empty result: valid).
QString checkPort(const QString& text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    return ok && port <= 65535 ? QString() : QStringLiteral("failed parsing port '%1'").arg(text);
}

QString checkPorts(const QString& what, const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    for (const QString& port : text.trimmed().split(QLatin1Char(','))) {
        const QString error = checkPort(port);
        if (!error.isEmpty())
            return what + QStringLiteral(" invalid: ") + error;
    }
    return {};
}

QString checkCidrs(const QString& what, const QString& text)
{
    if (text.isEmpty())
        return {};
    for (const QString& cidr : text.split(QLatin1Char(','))) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(cidr);
        if (subnet.first.isNull() || !cidr.contains(QLatin1Char('/')))
            return what + QStringLiteral(" invalid: failed parsing cidr '%1'").arg(cidr);
    }
    return {};
}

QString checkUnsigned(const QString& text)
{
    bool ok = false;
    text.toUInt(&ok);
    return ok ? QString() : QStringLiteral("'%1' is not an unsigned 32-bit number").arg(text);
}

QString checkBool(const QString& text)
{
    static const QStringList values { QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"),
        QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("0"),
        QStringLiteral("f"), QStringLiteral("F"), QStringLiteral("FALSE"), QStringLiteral("false"),
        QStringLiteral("False") };
    return values.contains(text) ? QString() : QStringLiteral("'%1' is not a boolean").arg(text);
}

QString checkQuantity(const QString& text)
{
    static const QRegularExpression quantity(
        QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[KMGTPE]i|[numkKMGTPE])?$"));
    return quantity.match(text).hasMatch() ? QString() : QStringLiteral("'%1' is not a resource quantity").arg(text);
}

QString checkInterfaces(const QString& text)
{
    for (const QString& name : text.split(QLatin1Char(','))) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty()
            && (trimmed.size() > 15 || trimmed.contains(QLatin1Char('/')) || trimmed.contains(QLatin1Char(' '))
                || trimmed == QLatin1String(".") || trimmed == QLatin1String("..")))
            return QStringLiteral("interface name '%1' is not valid").arg(trimmed);
    }
    return {};
}

QString validateValue(const QString& name, const QString& value)
{
    if (name == QLatin1String("sidecar.istio.io/interceptionMode")) {
        if (value == QLatin1String("REDIRECT") || value == QLatin1String("TPROXY") || value == QLatin1String("NONE"))
            return {};
        return QStringLiteral("interceptionMode invalid, use REDIRECT,TPROXY,NONE: %1").arg(value);
    }
    if (name == QLatin1String("status.sidecar.istio.io/port")) {
        const QString error = checkPort(value);
        return error.isEmpty() ? QString() : QStringLiteral("excludeInboundPorts invalid: ") + error;
    }
    if (name.startsWith(QLatin1String("readiness.status.sidecar.istio.io/"))
        && name != QLatin1String("readiness.status.sidecar.istio.io/applicationPorts"))
        return checkUnsigned(value);
    if (name == QLatin1String("traffic.sidecar.istio.io/includeOutboundIPRanges"))
        return value == QLatin1String("*") ? QString() : checkCidrs(QStringLiteral("includeIPRanges"), value);
    if (name == QLatin1String("traffic.sidecar.istio.io/excludeOutboundIPRanges"))
        return checkCidrs(QStringLiteral("excludeIPRanges"), value);
    if (name == QLatin1String("traffic.sidecar.istio.io/includeInboundPorts"))
        return value == QLatin1String("*") ? QString() : checkPorts(QStringLiteral("includeInboundPorts"), value);
    if (name == QLatin1String("traffic.sidecar.istio.io/excludeInboundPorts"))
        return checkPorts(QStringLiteral("excludeInboundPorts"), value);
    if (name == QLatin1String("traffic.sidecar.istio.io/excludeOutboundPorts"))
        return checkPorts(QStringLiteral("excludeOutboundPorts"), value);
    if (name == QLatin1String("traffic.sidecar.istio.io/excludeInterfaces")
        || name == QLatin1String("traffic.sidecar.istio.io/kubevirtInterfaces")
        || name == QLatin1String("istio.io/reroute-virtual-interfaces"))
        return checkInterfaces(value);
    if (name == QLatin1String("prometheus.istio.io/merge-metrics"))
        return checkBool(value);
    if (name == QLatin1String("sidecar.istio.io/proxyCPU") || name == QLatin1String("sidecar.istio.io/proxyMemory")
        || name == QLatin1String("sidecar.istio.io/proxyCPULimit")
        || name == QLatin1String("sidecar.istio.io/proxyMemoryLimit"))
        return checkQuantity(value);
    return {};
}

QString annotationPath(const QString& name)
{
    return QStringLiteral("{.metadata.annotations.%1}").arg(name);
}

const QList<QPair<Kind, const char*>> annotatedKinds { { Kind::Namespace, "Namespace" }, { Kind::Service, "Service" },
    { Kind::Pod, "Pod" }, { Kind::Deployment, "Deployment" } };

class K8sAnalyzer : public IstioAnalyzer
{
public:
    K8sAnalyzer()
        : IstioAnalyzer("annotations.K8sAnalyzer",
            "Checks Istio annotations on namespaces, services, pods and deployments: unknown, misplaced, deprecated "
            "or invalid",
            { Kind::Namespace, Kind::Service, Kind::Pod, Kind::Deployment })
    { }

    void analyze(AnalysisContext& context) const override
    {
        for (const auto& [kind, kindText] : annotatedKinds) {
            const QString kindName = QString::fromLatin1(kindText);
            context.snapshot().forEach(kind, [&](const ResourcePtr& resource) { check(context, resource, kindName); });
        }
    }

private:
    static void check(AnalysisContext& context, const ResourcePtr& resource, const QString& kind)
    {
        for (auto it = resource->annotations.begin(); it != resource->annotations.end(); ++it) {
            const QString& name = it.key();
            if (!isIstioAnnotation(name) || alwaysIgnored(name))
                continue;
            const AnnotationInfo* info = findAnnotation(name);
            if (!info) {
                context.reportAt("IST0108", resource, annotationPath(name), { name });
                continue;
            }
            if (info->deprecated) {
                // The inject annotation is deprecated in favour of the label; with the label set it is tolerated.
                const bool injectWithLabel = name == QLatin1String("sidecar.istio.io/inject")
                    && resource->labels.contains(QStringLiteral("sidecar.istio.io/inject"));
                if (!injectWithLabel) {
                    const QString extra = name == QLatin1String("sidecar.istio.io/inject")
                        ? QStringLiteral(" in favor of the \"sidecar.istio.io/inject\" label")
                        : QString();
                    context.reportAt("IST0135", resource, annotationPath(name), { name, extra });
                }
            }
            QStringList kinds;
            bool any = false;
            for (const char* allowed : info->kinds) {
                any = any || qstrcmp(allowed, "Any") == 0;
                kinds << QString::fromLatin1(allowed);
            }
            if (any)
                continue;
            if (!kinds.contains(kind)) {
                context.reportAt("IST0107", resource, annotationPath(name), { name, kinds.join(QStringLiteral(", ")) });
                continue;
            }
            const QString error = validateValue(name, it.value());
            if (!error.isEmpty())
                context.reportAt("IST0125", resource, annotationPath(name), { name, error });
        }
    }
};

class AlphaAnalyzer : public IstioAnalyzer
{
public:
    AlphaAnalyzer()
        : IstioAnalyzer("annotations.AlphaAnalyzer",
            "Reports Istio annotations of alpha-phase features on namespaces, services, pods and deployments",
            { Kind::Namespace, Kind::Service, Kind::Pod, Kind::Deployment })
    { }

    bool inDefaultSet() const override { return false; }

    void analyze(AnalysisContext& context) const override
    {
        for (const auto& [kind, kindText] : annotatedKinds) {
            Q_UNUSED(kindText)
            context.snapshot().forEach(kind, [&](const ResourcePtr& resource) { check(context, resource); });
        }
    }

private:
    static void check(AnalysisContext& context, const ResourcePtr& resource)
    {
        // Without the istio-init container the CNI plugin sets up interception; these are then its defaults.
        bool cni = false;
        if (resource->kind == Kind::Pod) {
            cni = true;
            for (const QJsonValue& init : json::arr(resource->spec(), "initContainers")) {
                if (json::str(init.toObject(), "name") == QLatin1String("istio-init"))
                    cni = false;
            }
        }
        static const QStringList cniDefaults { QStringLiteral("sidecar.istio.io/interceptionMode"),
            QStringLiteral("traffic.sidecar.istio.io/includeInboundPorts"),
            QStringLiteral("traffic.sidecar.istio.io/excludeInboundPorts"),
            QStringLiteral("traffic.sidecar.istio.io/includeOutboundIPRanges") };
        for (auto it = resource->annotations.begin(); it != resource->annotations.end(); ++it) {
            const QString& name = it.key();
            if (!isIstioAnnotation(name))
                continue;
            const AnnotationInfo* info = findAnnotation(name);
            if (!info || info->maturity != Maturity::Alpha || alwaysIgnored(name))
                continue;
            if (cni && cniDefaults.contains(name))
                continue;
            context.reportAt("IST0136", resource, annotationPath(name), { name });
        }
    }
};

} // namespace

void addAnnotationAnalyzers(AnalyzerList& list)
{
    list.append(std::make_shared<K8sAnalyzer>());
    list.append(std::make_shared<AlphaAnalyzer>());
}

} // namespace meshscope::analysis
