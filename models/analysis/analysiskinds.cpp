#include "analysiskinds.h"

#include <QHash>
#include <array>

namespace meshscope::analysis {
namespace {

constexpr std::array<KindInfo, size_t(Kind::Count)> table { {
    { Kind::VirtualService, "networking.istio.io", "VirtualService", "virtualservices", false, false },
    { Kind::DestinationRule, "networking.istio.io", "DestinationRule", "destinationrules", false, false },
    { Kind::Gateway, "networking.istio.io", "Gateway", "gateways", false, false },
    { Kind::ServiceEntry, "networking.istio.io", "ServiceEntry", "serviceentries", false, false },
    { Kind::Sidecar, "networking.istio.io", "Sidecar", "sidecars", false, false },
    { Kind::EnvoyFilter, "networking.istio.io", "EnvoyFilter", "envoyfilters", false, false },
    { Kind::WorkloadEntry, "networking.istio.io", "WorkloadEntry", "workloadentries", false, false },
    { Kind::WorkloadGroup, "networking.istio.io", "WorkloadGroup", "workloadgroups", false, false },
    { Kind::ProxyConfig, "networking.istio.io", "ProxyConfig", "proxyconfigs", false, false },
    { Kind::AuthorizationPolicy, "security.istio.io", "AuthorizationPolicy", "authorizationpolicies", false, false },
    { Kind::PeerAuthentication, "security.istio.io", "PeerAuthentication", "peerauthentications", false, false },
    { Kind::RequestAuthentication, "security.istio.io", "RequestAuthentication", "requestauthentications", false,
        false },
    { Kind::Telemetry, "telemetry.istio.io", "Telemetry", "telemetries", false, false },
    { Kind::WasmPlugin, "extensions.istio.io", "WasmPlugin", "wasmplugins", false, false },
    { Kind::TrafficExtension, "extensions.istio.io", "TrafficExtension", "trafficextensions", false, false },
    { Kind::Namespace, "", "Namespace", "namespaces", true, true },
    { Kind::Service, "", "Service", "services", false, true },
    { Kind::Pod, "", "Pod", "pods", false, true },
    { Kind::Node, "", "Node", "nodes", true, true },
    { Kind::Secret, "", "Secret", "secrets", false, true },
    { Kind::ConfigMap, "", "ConfigMap", "configmaps", false, false },
    { Kind::Endpoints, "", "Endpoints", "endpoints", false, false },
    { Kind::Deployment, "apps", "Deployment", "deployments", false, false },
    { Kind::ReplicaSet, "apps", "ReplicaSet", "replicasets", false, false },
    { Kind::StatefulSet, "apps", "StatefulSet", "statefulsets", false, false },
    { Kind::DaemonSet, "apps", "DaemonSet", "daemonsets", false, false },
    { Kind::ServiceAccount, "", "ServiceAccount", "serviceaccounts", false, false },
    { Kind::MutatingWebhookConfiguration, "admissionregistration.k8s.io", "MutatingWebhookConfiguration",
        "mutatingwebhookconfigurations", true, false },
    { Kind::ValidatingWebhookConfiguration, "admissionregistration.k8s.io", "ValidatingWebhookConfiguration",
        "validatingwebhookconfigurations", true, false },
    { Kind::CustomResourceDefinition, "apiextensions.k8s.io", "CustomResourceDefinition", "customresourcedefinitions",
        true, false },
    { Kind::KubernetesGateway, "gateway.networking.k8s.io", "Gateway", "gateways", false, false },
    { Kind::GatewayClass, "gateway.networking.k8s.io", "GatewayClass", "gatewayclasses", true, false },
    { Kind::HTTPRoute, "gateway.networking.k8s.io", "HTTPRoute", "httproutes", false, false },
    { Kind::GRPCRoute, "gateway.networking.k8s.io", "GRPCRoute", "grpcroutes", false, false },
    { Kind::TCPRoute, "gateway.networking.k8s.io", "TCPRoute", "tcproutes", false, false },
    { Kind::TLSRoute, "gateway.networking.k8s.io", "TLSRoute", "tlsroutes", false, false },
    { Kind::ReferenceGrant, "gateway.networking.k8s.io", "ReferenceGrant", "referencegrants", false, false },
    { Kind::MeshConfig, "", "MeshConfig", "", false, false },
    { Kind::MeshNetworks, "", "MeshNetworks", "", false, false },
} };

static_assert([] {
    for (size_t i = 0; i < table.size(); ++i) {
        if (size_t(table[i].kind) != i)
            return false;
    }
    return true;
}());

QString groupKindKey(const QString& group, const QString& name)
{
    return group + QLatin1Char('/') + name;
}

const QHash<QString, Kind>& byGroupKind()
{
    static const QHash<QString, Kind> index = [] {
        QHash<QString, Kind> result;
        for (const KindInfo& info : table) {
            if (info.kind != Kind::MeshConfig && info.kind != Kind::MeshNetworks)
                result.insert(groupKindKey(QLatin1String(info.group), QLatin1String(info.name)), info.kind);
        }
        return result;
    }();
    return index;
}

} // namespace

const KindInfo& kindInfo(Kind kind)
{
    return table.at(size_t(kind));
}

QString kindName(Kind kind)
{
    return QLatin1String(kindInfo(kind).name);
}

QString kindGroup(Kind kind)
{
    return QLatin1String(kindInfo(kind).group);
}

bool isClusterScoped(Kind kind)
{
    return kindInfo(kind).clusterScoped;
}

bool isIstioKind(Kind kind)
{
    return QLatin1String(kindInfo(kind).group).endsWith(QLatin1String("istio.io"));
}

Kind kindFromGroupKind(const QString& group, const QString& name)
{
    return byGroupKind().value(groupKindKey(group, name), Kind::Count);
}

Kind kindFromApiVersion(const QString& apiVersion, const QString& name)
{
    const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
    return kindFromGroupKind(slash < 0 ? QString() : apiVersion.left(slash), name);
}

Kind kindFromGroupPlural(const QString& group, const QString& plural)
{
    for (const KindInfo& info : table) {
        if (group == QLatin1String(info.group) && plural == QLatin1String(info.plural) && *info.plural)
            return info.kind;
    }
    return Kind::Count;
}

QList<Kind> allKinds()
{
    QList<Kind> kinds;
    for (const KindInfo& info : table)
        kinds.append(info.kind);
    return kinds;
}

QList<Kind> istioKinds()
{
    return { Kind::AuthorizationPolicy, Kind::DestinationRule, Kind::EnvoyFilter, Kind::Gateway,
        Kind::PeerAuthentication, Kind::ProxyConfig, Kind::RequestAuthentication, Kind::ServiceEntry, Kind::Sidecar,
        Kind::Telemetry, Kind::TrafficExtension, Kind::VirtualService, Kind::WasmPlugin, Kind::WorkloadEntry,
        Kind::WorkloadGroup, Kind::MeshNetworks, Kind::MeshConfig };
}

} // namespace meshscope::analysis
