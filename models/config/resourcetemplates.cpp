#include "models/config/resourcetemplates.h"

#include <QCoreApplication>

namespace meshscope::config {

namespace {
struct Entry
{
    const char* kind;
    const char* apiVersion;
    const char* body; // after metadata; NAMESPACE is replaced
};

// Each template validates as it is (tests check it) and shows the fields people set first.
const Entry entries[] = {
    { "VirtualService", "networking.istio.io/v1", R"(spec:
  hosts:
  - reviews
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: 90
    - destination:
        host: reviews
        subset: v2
      weight: 10
    timeout: 10s
)" },
    { "DestinationRule", "networking.istio.io/v1", R"(spec:
  host: reviews
  trafficPolicy:
    loadBalancer:
      simple: ROUND_ROBIN
  subsets:
  - name: v1
    labels:
      version: v1
  - name: v2
    labels:
      version: v2
)" },
    { "Gateway", "networking.istio.io/v1", R"(spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: 80
      name: http
      protocol: HTTP
    hosts:
    - "example.com"
)" },
    { "ServiceEntry", "networking.istio.io/v1", R"(spec:
  hosts:
  - api.example.com
  location: MESH_EXTERNAL
  ports:
  - number: 443
    name: https
    protocol: TLS
  resolution: DNS
)" },
    { "Sidecar", "networking.istio.io/v1", R"(spec:
  egress:
  - hosts:
    - "./*"
    - "istio-system/*"
)" },
    { "WorkloadEntry", "networking.istio.io/v1", R"(spec:
  address: 10.0.0.10
  labels:
    app: legacy
  serviceAccount: legacy
)" },
    { "WorkloadGroup", "networking.istio.io/v1", R"(spec:
  metadata:
    labels:
      app: legacy
  template:
    serviceAccount: legacy
    ports:
      http: 8080
)" },
    { "EnvoyFilter", "networking.istio.io/v1alpha3", R"(spec:
  workloadSelector:
    labels:
      app: reviews
  configPatches:
  - applyTo: HTTP_FILTER
    match:
      context: SIDECAR_INBOUND
      listener:
        filterChain:
          filter:
            name: envoy.filters.network.http_connection_manager
    patch:
      operation: INSERT_BEFORE
      value:
        name: envoy.filters.http.lua
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua
          inlineCode: |
            function envoy_on_request(handle) end
)" },
    { "ProxyConfig", "networking.istio.io/v1beta1", R"(spec:
  selector:
    matchLabels:
      app: reviews
  concurrency: 2
)" },
    { "PeerAuthentication", "security.istio.io/v1", R"(spec:
  mtls:
    mode: STRICT
)" },
    { "RequestAuthentication", "security.istio.io/v1", R"(spec:
  selector:
    matchLabels:
      app: productpage
  jwtRules:
  - issuer: "https://issuer.example.com"
    jwksUri: "https://issuer.example.com/.well-known/jwks.json"
)" },
    { "AuthorizationPolicy", "security.istio.io/v1", R"(spec:
  selector:
    matchLabels:
      app: ratings
  action: ALLOW
  rules:
  - from:
    - source:
        principals:
        - "cluster.local/ns/NAMESPACE/sa/bookinfo-reviews"
    to:
    - operation:
        methods:
        - GET
)" },
    { "Telemetry", "telemetry.istio.io/v1", R"(spec:
  accessLogging:
  - providers:
    - name: envoy
)" },
    { "WasmPlugin", "extensions.istio.io/v1alpha1", R"(spec:
  selector:
    matchLabels:
      app: productpage
  url: oci://ghcr.io/example/filter:1.0
  phase: AUTHN
)" },
    { "Gateway", "gateway.networking.k8s.io/v1", R"(spec:
  gatewayClassName: istio
  listeners:
  - name: http
    port: 80
    protocol: HTTP
    allowedRoutes:
      namespaces:
        from: Same
)" },
    { "HTTPRoute", "gateway.networking.k8s.io/v1", R"(spec:
  parentRefs:
  - name: gateway
  rules:
  - matches:
    - path:
        type: PathPrefix
        value: /
    backendRefs:
    - name: reviews
      port: 9080
)" },
};

QString nameFor(const QString& kind)
{
    return QStringLiteral("new-") + kind.toLower();
}
} // namespace

QList<ResourceTemplate> resourceTemplates()
{
    QList<ResourceTemplate> templates;
    for (const Entry& entry : entries) {
        const QString apiVersion = QLatin1String(entry.apiVersion);
        const QString group = apiVersion.section(QLatin1Char('/'), 0, 0);
        templates.append({ QLatin1String(entry.kind), apiVersion,
            QCoreApplication::translate("ResourceTemplates", "%1 (%2)").arg(QLatin1String(entry.kind), group) });
    }
    return templates;
}

QString templateText(const QString& kind, const QString& ns, const QString& apiVersion)
{
    for (const Entry& entry : entries) {
        if (QLatin1String(entry.kind) != kind
            || (!apiVersion.isEmpty() && QLatin1String(entry.apiVersion) != apiVersion))
            continue;
        const QString space = ns.isEmpty() ? QStringLiteral("default") : ns;
        QString body = QString::fromUtf8(entry.body);
        body.replace(QStringLiteral("NAMESPACE"), space);
        return QStringLiteral("apiVersion: %1\nkind: %2\nmetadata:\n  name: %3\n  namespace: %4\n%5")
            .arg(QLatin1String(entry.apiVersion), kind, nameFor(kind), space, body);
    }
    return {};
}

} // namespace meshscope::config
