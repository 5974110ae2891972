#include "messagecatalog.h"

#include <QCoreApplication>
#include <QHash>

namespace meshscope::analysis {
namespace {

// istioctl's messages (pkg/config/analysis/msg) and Kiali's validation checks (models/istio_validation.go), as facts:
// code, name or key, level and text. Kiali's "unknown" severity is shown as Info.
const MessageType types[] = {
    { "IST0001", "InternalError", Level::Error, "Internal error: %v",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "The analysis itself failed; report it with the input that triggers it.") },
    { "IST0002", "Deprecated", Level::Warning, "Deprecated: %s",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Move to the replacement the message names before upgrading Istio.") },
    { "IST0101", "ReferencedResourceNotFound", Level::Error, "Referenced %s not found: %q",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Create the missing resource, or correct the name, host, port or selector that points to it.") },
    { "IST0102", "NamespaceNotInjected", Level::Info,
        "The namespace is not enabled for Istio injection. Run 'kubectl label namespace %s istio-injection=enabled' to "
        "enable it, or 'kubectl label namespace %s istio-injection=disabled' to explicitly mark it as not needing "
        "injection.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Label the namespace istio-injection=enabled (or istio.io/rev=<revision>) to inject sidecars, or "
            "istio-injection=disabled to say it is deliberately outside the mesh.") },
    { "IST0103", "PodMissingProxy", Level::Warning,
        "The pod %s is missing the Istio proxy. This can often be resolved by restarting or redeploying the workload.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Restart the pod (for example `kubectl rollout restart` of its deployment) so the injector adds the "
            "sidecar.") },
    { "IST0106", "SchemaValidationError", Level::Error, "Schema validation error: %v",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Correct the field the message names; Istio rejects the resource as it is.") },
    { "IST0107", "MisplacedAnnotation", Level::Warning, "Misplaced annotation: %s can only be applied to %s",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Move the annotation to the kind of resource it belongs on (for pods: the pod template of the "
            "workload).") },
    { "IST0108", "UnknownAnnotation", Level::Warning, "Unknown annotation: %s",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Check the spelling of the annotation; Istio does not know it and ignores it.") },
    { "IST0109", "ConflictingMeshGatewayVirtualServiceHosts", Level::Error,
        "The VirtualServices %s associated with mesh gateway define the same host %s which can lead to undefined "
        "behavior. This can be fixed by merging the conflicting VirtualServices into a single resource.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Merge the VirtualServices for this host into one, or give them different hosts or exportTo scopes.") },
    { "IST0110", "ConflictingSidecarWorkloadSelectors", Level::Error,
        "The Sidecars %v in namespace %q select the same workload pod %q, which can lead to undefined behavior.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Make the workload selectors of these Sidecars select disjoint pods, or merge them into one Sidecar.") },
    { "IST0111", "MultipleSidecarsWithoutWorkloadSelectors", Level::Error,
        "The Sidecars %v in namespace %q have no workload selector, which can lead to undefined behavior.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Keep one Sidecar without workloadSelector per namespace; give the others a selector or remove them.") },
    { "IST0112", "VirtualServiceDestinationPortSelectorRequired", Level::Error,
        "This VirtualService routes to a service %q that exposes multiple ports %v. Specifying a port in the "
        "destination is required to disambiguate.",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Add destination.port to the route so it names one of the service's ports.") },
    { "IST0116", "DeploymentAssociatedToMultipleServices", Level::Warning,
        "This deployment %s is associated with multiple services using port %d but different protocols: %v",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Use the same protocol for this port in every Service that selects the deployment, or split the "
            "deployment.") },
    { "IST0118", "PortNameIsNotUnderNamingConvention", Level::Info,
        "Port name %s (port: %d, targetPort: %s) doesn't follow the naming convention of Istio port.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Name the port <protocol>[-suffix] (http, http2, grpc, tcp, tls, …) or set appProtocol so Istio knows the "
            "protocol.") },
    { "IST0123", "NamespaceMultipleInjectionLabels", Level::Warning,
        "The namespace has more than one type of injection labels %v, which may lead to undefined behavior. Make sure "
        "only one injection label exists.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Keep only one injection label on the namespace (istio-injection or istio.io/rev).") },
    { "IST0125", "InvalidAnnotation", Level::Warning, "Invalid annotation %s: %s",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Correct the annotation's value to the format the message states.") },
    { "IST0126", "UnknownMeshNetworksServiceRegistry", Level::Error, "Unknown service registry %s in network %s",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Use a registry that exists (Kubernetes or the cluster name of a remote secret) in meshNetworks "
            "fromRegistry.") },
    { "IST0127", "NoMatchingWorkloadsFound", Level::Warning,
        "No matching workloads for this resource with the following labels: %s",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Correct the selector so it matches pods in the mesh, or remove the policy if the workload is gone.") },
    { "IST0128", "NoServerCertificateVerificationDestinationLevel", Level::Warning,
        "DestinationRule %s in namespace %s has TLS mode set to %s but no caCertificates are set to validate server "
        "identity for host: %s",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Set caCertificates (or a credentialName with the CA) so the client verifies the server's certificate.") },
    { "IST0129", "NoServerCertificateVerificationPortLevel", Level::Warning,
        "DestinationRule %s in namespace %s has TLS mode set to %s but no caCertificates are set to validate server "
        "identity for host: %s at port %s",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Set caCertificates in the port-level TLS settings so the client verifies the server's certificate.") },
    { "IST0130", "VirtualServiceUnreachableRule", Level::Warning, "VirtualService rule %v not used (%s).",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Remove or reorder the rule: an earlier rule already takes every request it would match.") },
    { "IST0131", "VirtualServiceIneffectiveMatch", Level::Info,
        "VirtualService rule %v match %v is not used (duplicate/overlapping match in rule %v).",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Remove the match or move it before the rule that already covers it.") },
    { "IST0132", "VirtualServiceHostNotFoundInGateway", Level::Warning,
        "one or more host %v defined in VirtualService %s not found in Gateway %s.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Add the host to one of the gateway's servers, or change the VirtualService's hosts to ones the gateway "
            "serves.") },
    { "IST0133", "SchemaWarning", Level::Warning, "Schema validation warning: %v",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Review the field the message names; Istio accepts it but it may not do what you expect.") },
    { "IST0134", "ServiceEntryAddressesRequired", Level::Warning,
        "ServiceEntry addresses are required for this protocol.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Add addresses to the ServiceEntry, or give its TCP ports another protocol, or turn on DNS "
            "auto-allocation.") },
    { "IST0135", "DeprecatedAnnotation", Level::Info,
        "Annotation %q has been deprecated%s and may not work in future Istio versions.",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Replace the deprecated annotation with its successor before upgrading.") },
    { "IST0136", "AlphaAnnotation", Level::Info,
        "Annotation %q is part of an alpha-phase feature and may be incompletely supported.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "The annotation belongs to an alpha feature; expect changes between Istio releases.") },
    { "IST0137", "DeploymentConflictingPorts", Level::Warning,
        "This deployment %s is associated with multiple services %v using targetPort %q but different ports: %v.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Give each Service that selects the deployment a different targetPort, or the same port for the same "
            "targetPort.") },
    { "IST0138", "GatewayDuplicateCertificate", Level::Warning,
        "Duplicate certificate in multiple gateways %v may cause 404s if clients re-use HTTP2 connections.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Use a distinct certificate per gateway, or merge the servers into one gateway.") },
    { "IST0139", "InvalidWebhook", Level::Error, "%v",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Change the webhooks' selectors so only one injector matches each namespace and pod, or fix the service "
            "they call.") },
    { "IST0140", "IngressRouteRulesNotAffected", Level::Warning,
        "Subset in virtual service %s has no effect on ingress gateway %s requests",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Name a subset in the ingress route too, or drop the subset routing that the gateway bypasses.") },
    { "IST0141", "InsufficientPermissions", Level::Error, "Missing required permission to create resource %v (%v)",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Grant the missing permission to the user that runs the analysis.") },
    { "IST0142", "UnsupportedKubernetesVersion", Level::Error,
        "The Kubernetes Version %q is lower than the minimum version: %v",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Upgrade Kubernetes to a version this Istio release supports.") },
    { "IST0143", "LocalhostListener", Level::Error,
        "Port %v is exposed in a Service but listens on localhost. It will not be exposed to other pods.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Make the application listen on 0.0.0.0 (or the pod IP) rather than localhost.") },
    { "IST0144", "InvalidApplicationUID", Level::Warning, "User ID (UID) 1337 is reserved for the sidecar proxy.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Run the application under a user ID other than 1337; the sidecar needs that one.") },
    { "IST0145", "ConflictingGateways", Level::Error,
        "Conflict with gateways %s (workload selector %s, port %s, hosts %v).",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Give the gateways different ports or hosts, or merge them, so one listener does not serve two "
            "configurations.") },
    { "IST0146", "ImageAutoWithoutInjectionWarning", Level::Warning,
        "%s %s contains `image: auto` but does not match any Istio injection webhook selectors.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Label the namespace or pod so an Istio injection webhook matches, or set a real proxy image.") },
    { "IST0147", "ImageAutoWithoutInjectionError", Level::Error,
        "%s %s contains `image: auto` but does not match any Istio injection webhook selectors.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Label the namespace or pod so an Istio injection webhook matches, or set a real proxy image.") },
    { "IST0148", "NamespaceInjectionEnabledByDefault", Level::Info,
        "is enabled for Istio injection, as Istio is installed with enableNamespacesByDefault as true.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Nothing to do if every namespace should be in the mesh; label it istio-injection=disabled otherwise.") },
    { "IST0149", "JwtClaimBasedRoutingWithoutRequestAuthN", Level::Error,
        "The virtual service uses the JWT claim based routing (key: %s) but found no request authentication for the "
        "gateway (%s) pod (%s). The request authentication must first be applied for the gateway pods to validate the "
        "JWT token and make the claims available for routing.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Apply a RequestAuthentication to the gateway pods so the JWT is validated before its claims are used for "
            "routing.") },
    { "IST0150", "ExternalNameServiceTypeInvalidPortName", Level::Warning,
        "Port name for ExternalName service is invalid. Proxy may prevent tcp named ports and unmatched traffic for "
        "ports serving TCP protocol from being forwarded correctly",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Name the ExternalName service's ports by protocol (not plain tcp) so the proxy forwards them "
            "correctly.") },
    { "IST0151", "EnvoyFilterUsesRelativeOperation", Level::Warning,
        "This EnvoyFilter does not have a priority and has a relative patch operation set which can cause the "
        "EnvoyFilter not to be applied. Using the INSERT_FIRST of ADD option or setting the priority may help in "
        "ensuring the EnvoyFilter is applied correctly.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Set a priority on the EnvoyFilter, or use an absolute operation (INSERT_FIRST, ADD) instead of a relative "
            "one.") },
    { "IST0152", "EnvoyFilterUsesReplaceOperationIncorrectly", Level::Error,
        "The REPLACE operation is only valid for HTTP_FILTER and NETWORK_FILTER.",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Use REPLACE only with applyTo HTTP_FILTER, NETWORK_FILTER or VIRTUAL_HOST.") },
    { "IST0153", "EnvoyFilterUsesAddOperationIncorrectly", Level::Error,
        "The ADD operation will be ignored when applyTo is set to ROUTE_CONFIGURATION, or HTTP_ROUTE.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "ADD has no effect on ROUTE_CONFIGURATION or HTTP_ROUTE; use MERGE or another applyTo.") },
    { "IST0154", "EnvoyFilterUsesRemoveOperationIncorrectly", Level::Error,
        "The REMOVE operation will be ignored when applyTo is set to ROUTE_CONFIGURATION, or HTTP_ROUTE.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "REMOVE has no effect on ROUTE_CONFIGURATION or HTTP_ROUTE; use another applyTo.") },
    { "IST0155", "EnvoyFilterUsesRelativeOperationWithProxyVersion", Level::Warning,
        "This EnvoyFilter does not have a priority and has a relative patch operation (NSTERT_BEFORE/AFTER, REPLACE, "
        "MERGE, DELETE) and proxyVersion set which can cause the EnvoyFilter not to be applied during an upgrade. "
        "Using the INSERT_FIRST or ADD option or setting the priority may help in ensuring the EnvoyFilter is applied "
        "correctly.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Set a priority, or avoid relative operations in EnvoyFilters that match on proxyVersion.") },
    { "IST0156", "UnsupportedGatewayAPIVersion", Level::Error,
        "The Gateway API CRD version %v is lower than the minimum version: %v",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Upgrade the Gateway API CRDs to the version Istio requires.") },
    { "IST0157", "InvalidTelemetryProvider", Level::Warning,
        "The Telemetry %v in namespace %q with empty providers will be ignored.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "List at least one provider in the access logging settings, or remove the empty entry.") },
    { "IST0158", "PodsIstioProxyImageMismatchInNamespace", Level::Warning,
        "The Istio proxy images of the pods running in the namespace do not match the image defined in the injection "
        "configuration (pod names: %v). This often happens after upgrading the Istio control-plane and can be fixed by "
        "redeploying the pods.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Restart the listed pods so they get the proxy image of the current control plane.") },
    { "IST0159", "ConflictingTelemetryWorkloadSelectors", Level::Error,
        "The Telemetries %v in namespace %q select the same workload pod %q, which can lead to undefined behavior.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Make the Telemetry selectors select disjoint pods, or merge the Telemetries.") },
    { "IST0160", "MultipleTelemetriesWithoutWorkloadSelectors", Level::Error,
        "The Telemetries %v in namespace %q have no workload selector, which can lead to undefined behavior.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Keep one Telemetry without selector per namespace; give the others a selector or remove them.") },
    { "IST0161", "InvalidGatewayCredential", Level::Error,
        "The credential referenced by the Gateway %s in namespace %s is invalid, which can cause the traffic not to "
        "work as expected.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Put a valid, unexpired certificate and its key into the secret the gateway references.") },
    { "IST0162", "GatewayPortNotDefinedOnService", Level::Warning,
        "The gateway is listening on a target port (port %d) that is not defined in the Service associated with its "
        "workload instances (Pod selector %s). If you need to access the gateway port through the gateway Service, it "
        "will not be available.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Add the port to the gateway workload's Service, or change the gateway server's port.") },
    { "IST0163", "InvalidExternalControlPlaneConfig", Level::Warning,
        "The hostname (%s) that was provided for the webhook (%s) to reach the ingress gateway on the external control "
        "plane cluster %s. Traffic may not flow properly.",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Give the external control plane webhook a valid URL or service.") },
    { "IST0164", "ExternalControlPlaneAddressIsNotAHostname", Level::Info,
        "The address (%s) that was provided for the webhook (%s) to reach the ingress gateway on the external control "
        "plane cluster is an IP address. This is not recommended for a production environment.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Use a hostname rather than an IP address for the external control plane in production.") },
    { "IST0165", "ReferencedInternalGateway", Level::Warning,
        "Gateway reference in VirtualService %s is to an implementation-generated internal Gateway: %s.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Reference the Gateway you created, not the internal gateway Istio generates for it.") },
    { "IST0166", "IneffectiveSelector", Level::Warning,
        "Ineffective selector on Kubernetes Gateway %s. Use the TargetRef field instead.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Use targetRef(s) to attach the policy to a Kubernetes Gateway; selectors do not apply there.") },
    { "IST0167", "IneffectivePolicy", Level::Warning, "The policy has no impact: %s.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Remove the policy or move the workload out of ambient mode; the policy does nothing as it is.") },
    { "IST0168", "UnknownUpgradeCompatibility", Level::Warning,
        "The configuration %q changed in release %s, but compatibility cannot be automatically detected: %s. Or, "
        "install with `--set compatibilityVersion=%s` to retain the old default.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Read the release notes for this setting, or install with the compatibility version the message names.") },
    { "IST0169", "UpdateIncompatibility", Level::Warning,
        "The configuration %q changed in release %s: %s. Or, install with `--set compatibilityVersion=%s` to retain "
        "the old default.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Read the release notes for this setting, or install with the compatibility version the message names.") },
    { "IST0170", "MultiClusterInconsistentService", Level::Warning,
        "The service %v in namespace %q is inconsistent across clusters %q, which can lead to undefined behaviors. The "
        "inconsistent behaviors are: %v.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Make the service's type, ports and headless mode the same in every cluster.") },
    { "IST0171", "NegativeConditionStatus", Level::Warning,
        "A condition with a negative status is present: type=%s, reason=%s, message=%s.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Look at the resource's status: the controller could not accept or program it.") },
    { "IST0172", "FutureUnsupportedGatewayAPIVersion", Level::Warning,
        "The Gateway API CRD version %v is lower than the minimum version: %v",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Upgrade the Gateway API CRDs before the next Istio upgrade.") },
    { "IST0173", "DestinationRuleSubsetNotSelectPods", Level::Error,
        "The Subset %s defined in the DestinationRule does not select any pods. Which may lead to 503 UH "
        "(NoHealthyUpstream).",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Correct the subset's labels so they select running pods, or deploy the version it names; requests to it "
            "fail with 503 otherwise.") },
    { "IST0174", "UnknownDestinationRuleHost", Level::Warning,
        "The host %s defined in the DestinationRule does not match any services in the mesh.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Correct the host, or create the Service or ServiceEntry it should apply to.") },
    { "IST0175", "JwksUriFetchUnrestricted", Level::Warning,
        "BLOCKED_CIDRS_IN_JWKS_URIS is not configured but %d RequestAuthentication resource(s) exist (%s). Consider "
        "configuring it to restrict JWKS URI fetches to trusted networks.",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Set BLOCKED_CIDRS_IN_JWKS_URIS on istiod to keep JWKS fetches away from internal networks.") },
    { "IST0176", "GatewayAPICRDVersionBelowMinimum", Level::Warning,
        "Gateway API CRD %q is at version %q but Istio requires at least %q; resources of this kind will not be "
        "processed. Upgrade the Gateway API CRDs to satisfy the minimum version.",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Upgrade the Gateway API CRDs to at least the version the message names.") },
    { "IST0177", "ConflictingServiceEntryProtocol", Level::Warning,
        "Multiple ServiceEntries (%s) define the same host %q and port %d with conflicting protocols (%s).",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Use one protocol for this host and port in all ServiceEntries, or scope them with exportTo.") },
    { "KIA0002", "generic.multimatch.selectorless", Level::Error,
        "More than one selector-less object in the same namespace",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Keep one object without selector per namespace; give the others a workload selector.") },
    { "KIA0003", "generic.multimatch.selector", Level::Error, "More than one object applied to the same workload",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Make the selectors pick different workloads, or merge the objects.") },
    { "KIA0004", "generic.selector.workloadnotfound", Level::Warning,
        "No matching workload found for the selector in this namespace",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Correct the selector so it matches a workload in this namespace.") },
    { "KIA0005", "generic.exportto.namespacenotfound", Level::Error,
        "No matching namespace found or namespace is not accessible",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Export to namespaces that exist (or '.' / '*').") },
    { "KIA0101", "authorizationpolicy.source.namespacenotfound", Level::Warning, "Namespace not found for this rule",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Correct the namespace in the rule, or create it.") },
    { "KIA0102", "authorizationpolicy.to.wrongmethod", Level::Warning,
        "Only HTTP methods and Istio wildcards are allowed",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Use HTTP method names (GET, POST, …) or Istio wildcards.") },
    { "KIA0104", "authorizationpolicy.nodest.matchingregistry", Level::Error,
        "This host has no matching entry in the service registry",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Correct the host, or create the Service or ServiceEntry it names.") },
    { "KIA0105", "authorizationpolicy.mtls.needstobeenabled", Level::Error, "This field requires mTLS to be enabled",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Enable mTLS (PeerAuthentication and DestinationRule, or auto mTLS) so peer identities are available.") },
    { "KIA0106", "authorizationpolicy.source.principalnotfound", Level::Error,
        "Service Account not found for this principal",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Correct the principal, or create the service account it names.") },
    { "KIA0107", "authorizationpolicy.source.principalremote", Level::Info,
        "Service Account for this principal is on remote cluster",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "The service account lives in another cluster; it cannot be checked from here.") },
    { "KIA0108", "authorizationpolicy.source.principalforeign", Level::Warning,
        "Unable to verify principal, trust domain is not known to Kiali",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Check the principal's trust domain; it is not one of the mesh's.") },
    { "KIA0109", "authorizationpolicy.ambient.l7nowaypoint", Level::Warning,
        "L7 AuthorizationPolicy in Ambient namespace requires waypoint enrollment (istio.io/use-waypoint)",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Enroll the namespace or service in a waypoint (istio.io/use-waypoint) so L7 rules apply.") },
    { "KIA0110", "authorizationpolicy.ambient.l7notargetrefs", Level::Warning,
        "L7 AuthorizationPolicy in Ambient requires targetRefs to a Service or Gateway; selector policies are ignored "
        "by waypoints",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Attach the policy with targetRefs to a Service or Gateway; waypoints ignore selectors.") },
    { "KIA0201", "destinationrules.multimatch", Level::Warning,
        "More than one DestinationRules for the same host subset combination",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Merge the DestinationRules for this host, or make their subsets distinct.") },
    { "KIA0202", "destinationrules.nodest.matchingregistry", Level::Error,
        "This host has no matching entry in the service registry (service, workload or service entries)",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Correct the host, or create the Service, workload or ServiceEntry it names.") },
    { "KIA0203", "destinationrules.nodest.subsetlabels", Level::Error,
        "This subset's labels are not found in any matching host",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Correct the subset's labels so they match the pods (or endpoints) of the host.") },
    { "KIA0204", "destinationrules.trafficpolicy.notlssettings", Level::Warning,
        "mTLS settings of a non-local Destination Rule are overridden",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Set the TLS settings in this DestinationRule too; the mesh-wide ones are overridden here.") },
    { "KIA0205", "destinationrules.mtls.meshpolicymissing", Level::Error,
        "PeerAuthentication enabling mTLS at mesh level is missing",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Add a mesh-wide PeerAuthentication enabling mTLS, or disable mTLS in the DestinationRule.") },
    { "KIA0206", "destinationrules.mtls.nspolicymissing", Level::Error,
        "PeerAuthentication enabling namespace-wide mTLS is missing",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Add a namespace PeerAuthentication enabling mTLS, or disable mTLS in the DestinationRule.") },
    { "KIA0207", "destinationrules.mtls.policymtlsenabled", Level::Error,
        "PeerAuthentication with TLS strict mode found, it should be permissive",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Change the PeerAuthentication to PERMISSIVE, or enable mTLS in the DestinationRule.") },
    { "KIA0208", "destinationrules.mtls.meshpolicymtlsenabled", Level::Error,
        "PeerAuthentication enabling mTLS found, permissive mode needed",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Change the PeerAuthentication to PERMISSIVE, or enable mTLS in the DestinationRule.") },
    { "KIA0209", "destinationrules.nodest.subsetnolabels", Level::Warning, "This subset has not labels",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Add labels to the subset so it selects pods.") },
    { "KIA0210", "destinationrule.ambient.l7nowaypoint", Level::Warning,
        "L7 DestinationRule features in Ambient namespace require waypoint enrollment (istio.io/use-waypoint)",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Enroll the namespace or service in a waypoint so L7 settings apply.") },
    { "KIA0211", "destinationrule.ambient.servicenotcaptured", Level::Warning,
        "L7 DestinationRule targets a service not enrolled to use a waypoint (istio.io/use-waypoint)",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Label the service istio.io/use-waypoint so the waypoint applies these settings.") },
    { "KIA0212", "destinationrule.ambient.notinservicenamespace", Level::Warning,
        "L7 DestinationRule should be in the same namespace as the Ambient destination service to take effect",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Move the DestinationRule into the namespace of the service it targets.") },
    { "KIA0301", "gateways.multimatch", Level::Warning, "More than one Gateway for the same host port combination",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Give the gateways different hosts or ports, or merge them.") },
    { "KIA0302", "gateways.selector", Level::Warning,
        "No matching workload found for gateway selector in this namespace",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Correct the selector so it matches a gateway workload in this namespace.") },
    { "KIA0401", "peerauthentication.mtls.destinationrulemissing", Level::Error,
        "Mesh-wide Destination Rule enabling mTLS is missing",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Add a mesh-wide DestinationRule enabling ISTIO_MUTUAL, or turn on auto mTLS.") },
    { "KIA0501", "peerauthentications.mtls.destinationrulemissing", Level::Error,
        "Destination Rule enabling namespace-wide mTLS is missing",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Add a DestinationRule enabling ISTIO_MUTUAL for the namespace, or turn on auto mTLS.") },
    { "KIA0505", "peerauthentications.mtls.disabledestinationrulemissing", Level::Error,
        "Destination Rule disabling namespace-wide mTLS is missing",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Add a DestinationRule disabling mTLS for the namespace.") },
    { "KIA0506", "peerauthentications.mtls.disablemeshdestinationrulemissing", Level::Error,
        "Destination Rule disabling mesh-wide mTLS is missing",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Add a mesh-wide DestinationRule disabling mTLS.") },
    { "KIA0601", "port.name.mismatch", Level::Error, "Port name must follow <protocol>[-suffix] form",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Name the port <protocol>[-suffix] (http, grpc, tcp, …).") },
    { "KIA0602", "port.appprotocol.mismatch", Level::Error, "Port appProtocol must follow <protocol> form",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Set appProtocol to a protocol Istio knows.") },
    { "KIA0701", "service.deployment.port.mismatch", Level::Warning,
        "Deployment exposing same port as Service not found",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Expose the Service's target port in a container of the selected deployment.") },
    { "KIA1004", "sidecar.egress.servicenotfound", Level::Warning,
        "This host has no matching entry in the service registry",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Correct the egress host, or create the service it names.") },
    { "KIA1006", "sidecar.global.selector", Level::Warning, "Global default sidecar should not have workloadSelector",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Remove the workload selector from the mesh-wide default Sidecar.") },
    { "KIA1007", "sidecar.outboundtrafficpolicy.mode.ambiguous", Level::Info,
        "OutboundTrafficPolicy with empty mode value is ambiguous due to an Istio limitation. This may indicate "
        "ALLOW_ANY or REGISTRY_ONLY. Inspect the value using other means.",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Set outboundTrafficPolicy mode explicitly (ALLOW_ANY or REGISTRY_ONLY).") },
    { "KIA1101", "virtualservices.nohost.hostnotfound", Level::Error,
        "DestinationWeight on route doesn't have a valid service (host not found)",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Correct the destination host, or create the Service or ServiceEntry it names.") },
    { "KIA1102", "virtualservices.nogateway", Level::Error, "VirtualService is pointing to a non-existent gateway",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Correct the gateway name (namespace/name), or create the gateway.") },
    { "KIA1104", "virtualservices.route.singleweight", Level::Warning,
        "The weight is assumed to be 100 because there is only one route destination",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Remove the weight or add the other destinations; a single destination always gets 100%.") },
    { "KIA1105", "virtualservices.route.repeatedsubset", Level::Warning,
        "This host subset combination is already referenced in another route destination",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Route to each host and subset only once per rule.") },
    { "KIA1106", "virtualservices.singlehost", Level::Warning, "More than one Virtual Service for same host",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Merge the VirtualServices for this host into one.") },
    { "KIA1107", "virtualservices.subsetpresent.subsetnotfound", Level::Warning, "Subset not found",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Add the subset to the host's DestinationRule, or route to a subset that exists.") },
    { "KIA1108", "virtualservices.gateway.oldnomenclature", Level::Info,
        "Preferred nomenclature: <gateway namespace>/<gateway name>",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Write the gateway as <namespace>/<name>.") },
    { "KIA1109", "virtualservice.ambient.l7nowaypoint", Level::Warning,
        "L7 VirtualService for mesh traffic in Ambient namespace requires waypoint enrollment (istio.io/use-waypoint)",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Enroll the namespace or service in a waypoint so the routing applies.") },
    { "KIA1110", "requestauthentication.ambient.l7nowaypoint", Level::Warning,
        "RequestAuthentication in Ambient namespace requires waypoint enrollment (istio.io/use-waypoint)",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Enroll the namespace or service in a waypoint so the policy applies.") },
    { "KIA1111", "wasmplugin.ambient.l7nowaypoint", Level::Warning,
        "WasmPlugin in Ambient namespace requires waypoint enrollment (istio.io/use-waypoint)",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Enroll the namespace or service in a waypoint so the plugin runs.") },
    { "KIA1112", "telemetry.ambient.l7nowaypoint", Level::Warning,
        "L7 Telemetry in Ambient namespace requires waypoint enrollment (istio.io/use-waypoint)",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Enroll the namespace or service in a waypoint so the settings apply.") },
    { "KIA1113", "virtualservice.ambient.servicenotcaptured", Level::Warning,
        "L7 VirtualService targets a service not enrolled to use a waypoint (istio.io/use-waypoint)",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Label the service istio.io/use-waypoint so the waypoint applies the routing.") },
    { "KIA1114", "virtualservice.ambient.notinservicenamespace", Level::Warning,
        "L7 VirtualService should be in the same namespace as the Ambient destination service to take effect",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Move the VirtualService into the namespace of the service it routes.") },
    { "KIA1115", "requestauthentication.ambient.l7notargetrefs", Level::Warning,
        "RequestAuthentication in Ambient requires targetRefs to a Service or Gateway; selector policies are ignored "
        "by waypoints",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Attach the policy with targetRefs to a Service or Gateway.") },
    { "KIA1116", "wasmplugin.ambient.l7notargetrefs", Level::Warning,
        "WasmPlugin in Ambient requires targetRefs to a Service or Gateway; selector policies are ignored by waypoints",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Attach the plugin with targetRefs to a Service or Gateway.") },
    { "KIA1117", "telemetry.ambient.l7notargetrefs", Level::Warning,
        "L7 Telemetry in Ambient requires targetRefs to a Service or Gateway; selector policies are ignored by "
        "waypoints",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Attach the Telemetry with targetRefs to a Service or Gateway.") },
    { "KIA1211", "serviceentries.multimatch", Level::Warning, "More than one ServiceEntry for the same host and port",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Merge the ServiceEntries for this host and port.") },
    { "KIA1212", "serviceentries.port.protocol.conflict", Level::Warning,
        "ServiceEntries have conflicting protocols for the same host and port",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Use one protocol for this host and port in all ServiceEntries.") },
    { "KIA1301", "workload.authorizationpolicy.needstobecovered", Level::Warning,
        "This workload is not covered by any authorization policy",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Add an AuthorizationPolicy that covers this workload.") },
    { "KIA1311", "workload.ambient.sidecarandlabel", Level::Error, "This workload has both sidecar and Ambient label",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Remove either the sidecar injection label or the ambient label.") },
    { "KIA1312", "workload.ambient.waypointandnotambient", Level::Warning,
        "This workload has waypoint labels but is not in Ambient",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Put the workload's namespace in ambient mode, or remove the waypoint labels.") },
    { "KIA1313", "workload.ambient.waypointnotfound", Level::Error,
        "This workload has annotated waypoint but it does not exist or is misconfigured",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Create the waypoint the annotation names, or correct the annotation.") },
    { "KIA1314", "workload.ambient.podsidecarlabelandambientredirection", Level::Error,
        "This workload has a sidecar label and ambient redirection",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Remove the sidecar label or the ambient redirection.") },
    { "KIA1315", "workload.ambient.podsidecarinjectandambientlabel", Level::Error,
        "This workload has a pod with both a sidecar container and ambient labels",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Remove the sidecar container or the ambient labels.") },
    { "KIA1316", "workload.ambient.sidecarinambientnamespace", Level::Warning,
        "This workload has a sidecar but is in an Ambient-enabled namespace",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Remove the sidecar or move the workload out of the ambient namespace.") },
    { "KIA1317", "workload.ambient.authpolicybutnowaypoint", Level::Warning,
        "This workload has L7 Authorization Policies but no Waypoint",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Deploy a waypoint for the workload so its L7 policies apply.") },
    { "KIA1401", "k8sroutes.nok8sgateway", Level::Error,
        "Route is pointing to a non-existent or inaccessible K8s gateway",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix",
            "Correct the parent gateway, or create it (and allow the route's namespace on its listeners).") },
    { "KIA1402", "k8sroutes.nohost.namenotfound", Level::Error,
        "Reference doesn't have a valid service (Service name not found)",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Correct the backend name, or create the Service it names.") },
    { "KIA1501", "k8sgateways.multimatch.listener", Level::Warning,
        "More than one K8s Gateway for the same host port combination",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Give the gateways' listeners different hostnames or ports.") },
    { "KIA1502", "k8sgateways.multimatch.ip", Level::Warning,
        "More than one K8s Gateway for the same address and type combination",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Give each gateway its own address.") },
    { "KIA1503", "k8sgateways.unique.listener", Level::Error,
        "Each listener must have a unique combination of Hostname, Port, and Protocol",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Make each listener's hostname, port and protocol unique.") },
    { "KIA1504", "k8sgateways.gatewayclassnotfound", Level::Error, "Gateway API Class not found in Kiali configuration",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Use a GatewayClass that exists.") },
    { "KIA1601", "k8sreferencegrants.from.namespacenotfound", Level::Error,
        "Namespace is not found or is not accessible",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Correct the from namespace, or create it.") },
    { "KIA1701", "workloadgroup.template.serviceaccount.notfound", Level::Warning,
        "Service Account not found in this namespace",
        QT_TRANSLATE_NOOP(
            "meshscope::analysis::Fix", "Create the service account, or correct its name in the template.") },
    { "KIA1702", "workloadgroup.labels.duplicate", Level::Warning,
        "More than one Workload Group with duplicate labels found in the same namespace",
        QT_TRANSLATE_NOOP("meshscope::analysis::Fix", "Give the WorkloadGroups different labels.") },
};

// istio.io's documentation follows the release: the fixtures and the schema this build knows are Istio 1.32's.
constexpr char istioDocs[] = "https://istio.io/v1.32/docs/reference/config/analysis/";
constexpr char kialiDocs[] = "https://kiali.io/docs/features/validations/";

} // namespace

QString levelName(Level level)
{
    switch (level) {
    case Level::Error:
        return QStringLiteral("Error");
    case Level::Warning:
        return QStringLiteral("Warning");
    case Level::Info:
        break;
    }
    return QStringLiteral("Info");
}

bool levelFromName(const QString& name, Level* level)
{
    for (const Level candidate : { Level::Error, Level::Warning, Level::Info }) {
        if (name.compare(levelName(candidate), Qt::CaseInsensitive) == 0) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

bool atLeast(Level level, Level threshold)
{
    return int(level) <= int(threshold);
}

QString MessageType::documentationUrl() const
{
    const QString lower = QString::fromLatin1(code).toLower();
    if (isKiali())
        return QLatin1String(kialiDocs) + QLatin1Char('#') + lower;
    return QLatin1String(istioDocs) + lower + QLatin1Char('/');
}

const MessageType* messageType(const QString& code)
{
    static const QHash<QString, const MessageType*> index = [] {
        QHash<QString, const MessageType*> result;
        for (const MessageType& type : types)
            result.insert(QString::fromLatin1(type.code), &type);
        return result;
    }();
    return index.value(code);
}

QList<const MessageType*> allMessageTypes()
{
    QList<const MessageType*> result;
    for (const MessageType& type : types)
        result.append(&type);
    return result;
}

} // namespace meshscope::analysis
