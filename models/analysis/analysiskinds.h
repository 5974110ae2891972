#pragma once

#include <QList>
#include <QString>

// The resource kinds the analysis engine knows: Istio's configuration kinds, the Kubernetes kinds the analyzers read,
// the Gateway API, and the two synthetic kinds that carry the mesh configuration. Anything else in an input file is
// ignored, as istioctl does.
namespace meshscope::analysis {

enum class Kind
{
    // networking.istio.io
    VirtualService,
    DestinationRule,
    Gateway,
    ServiceEntry,
    Sidecar,
    EnvoyFilter,
    WorkloadEntry,
    WorkloadGroup,
    ProxyConfig,
    // security.istio.io
    AuthorizationPolicy,
    PeerAuthentication,
    RequestAuthentication,
    // telemetry.istio.io, extensions.istio.io
    Telemetry,
    WasmPlugin,
    TrafficExtension,
    // Kubernetes
    Namespace,
    Service,
    Pod,
    Node,
    Secret,
    ConfigMap,
    Endpoints,
    Deployment,
    ReplicaSet,
    StatefulSet,
    DaemonSet,
    ServiceAccount,
    MutatingWebhookConfiguration,
    ValidatingWebhookConfiguration,
    CustomResourceDefinition,
    // gateway.networking.k8s.io
    KubernetesGateway,
    GatewayClass,
    HTTPRoute,
    GRPCRoute,
    TCPRoute,
    TLSRoute,
    ReferenceGrant,
    // synthetic: the mesh configuration and mesh networks the analysis runs with
    MeshConfig,
    MeshNetworks,
    Count
};

struct KindInfo
{
    Kind kind;
    const char* group; // "" = core
    const char* name; // the Kubernetes kind ("Gateway" for both Istio's and the Gateway API's)
    const char* plural; // the API resource name
    bool clusterScoped;
    // Service discovery kinds istioctl leaves out of input files unless a cluster provides them: Pod, Service,
    // Namespace, Node, Secret.
    bool runtime;
};

const KindInfo& kindInfo(Kind kind);
QString kindName(Kind kind); // "VirtualService"
QString kindGroup(Kind kind);
bool isClusterScoped(Kind kind);
bool isIstioKind(Kind kind); // *.istio.io
// The kind of group/name, or Kind::Count when the engine does not know it. Any version is accepted.
Kind kindFromGroupKind(const QString& group, const QString& name);
Kind kindFromApiVersion(const QString& apiVersion, const QString& name);
Kind kindFromGroupPlural(const QString& group, const QString& plural);
QList<Kind> allKinds();
QList<Kind> istioKinds(); // the kinds schema validation runs on, in istioctl's order

} // namespace meshscope::analysis
