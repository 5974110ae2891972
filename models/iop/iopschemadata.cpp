namespace meshscope::iop {

// The shapes an IstioOperator may take, one type per line: `Name field:type field:type …`. A field written
// `json/proto` answers to both names. Types: string, bool, int, number, duration, intstr (integer or text),
// quantity (Kubernetes quantity: text or number), any, object (any keys), raw (checked elsewhere), [T] (list),
// {T} (map of T), enum(a|b|…), or another type's name. Prefixes: I = the IstioOperator resource, K = the Kubernetes
// types its components use, V = spec.values, M = meshConfig.
extern const char* const kIopSchemaText;
const char* const kIopSchemaText = R"(
I:IstioOperator apiVersion:string kind:string metadata:K:ObjectMeta spec:I:Spec status:object
I:Spec profile:string installPackagePath:string hub:string tag:any namespace:string revision:string compatibilityVersion:string meshConfig:raw components:I:Components values:raw unvalidatedValues:any
I:Components base:I:BaseComponent pilot:I:Component cni:I:Component ztunnel:I:Component istiodRemote:I:Component ingressGateways:[I:GatewayComponent] egressGateways:[I:GatewayComponent]
I:BaseComponent enabled:bool k8s:I:KubernetesResources
I:Component enabled:bool namespace:string hub:string tag:any k8s:I:KubernetesResources
I:GatewayComponent enabled:bool namespace:string hub:string tag:any k8s:I:KubernetesResources name:string label:{string}
I:KubernetesResources affinity:K:Affinity env:[K:EnvVar] hpaSpec:K:HorizontalPodAutoscalerSpec imagePullPolicy:string nodeSelector:{string} podDisruptionBudget:K:PodDisruptionBudgetSpec podAnnotations:{string} priorityClassName:string readinessProbe:K:Probe replicaCount:int resources:K:ResourceRequirements service:K:ServiceSpec strategy:K:DeploymentStrategy tolerations:[K:Toleration] serviceAnnotations:{string} securityContext:K:PodSecurityContext volumes:[K:Volume] volumeMounts:[K:VolumeMount] overlays:[I:Overlay]
I:Overlay apiVersion:string kind:string name:string patches:[I:Patch]
I:Patch path:string value:any
K:ObjectMeta name:string generateName:string namespace:string selfLink:string uid:string resourceVersion:string generation:int creationTimestamp:any deletionTimestamp:any deletionGracePeriodSeconds:int labels:{string} annotations:{string} ownerReferences:[object] finalizers:[string] managedFields:[object]
K:Toleration key:string operator:string value:string effect:string tolerationSeconds:int
K:ResourceRequirements limits:{quantity} requests:{quantity} claims:[K:ResourceClaim]
K:ResourceClaim name:string request:string
K:EnvVar name:string value:string valueFrom:K:EnvVarSource
K:EnvVarSource fieldRef:K:ObjectFieldSelector resourceFieldRef:K:ResourceFieldSelector configMapKeyRef:K:KeySelector secretKeyRef:K:KeySelector fileKeyRef:object
K:ObjectFieldSelector apiVersion:string fieldPath:string
K:ResourceFieldSelector containerName:string resource:string divisor:quantity
K:KeySelector name:string key:string optional:bool
K:HorizontalPodAutoscalerSpec scaleTargetRef:K:CrossVersionObjectReference minReplicas:int maxReplicas:int metrics:[K:MetricSpec] behavior:K:HorizontalPodAutoscalerBehavior
K:CrossVersionObjectReference kind:string name:string apiVersion:string
K:MetricSpec type:string object:K:ObjectMetricSource pods:K:PodsMetricSource resource:K:ResourceMetricSource containerResource:K:ContainerResourceMetricSource external:K:ExternalMetricSource
K:ObjectMetricSource describedObject:K:CrossVersionObjectReference target:K:MetricTarget metric:K:MetricIdentifier
K:PodsMetricSource metric:K:MetricIdentifier target:K:MetricTarget
K:ResourceMetricSource name:string target:K:MetricTarget
K:ContainerResourceMetricSource name:string target:K:MetricTarget container:string
K:ExternalMetricSource metric:K:MetricIdentifier target:K:MetricTarget
K:MetricIdentifier name:string selector:K:LabelSelector
K:MetricTarget type:string value:quantity averageValue:quantity averageUtilization:int
K:HorizontalPodAutoscalerBehavior scaleUp:K:HPAScalingRules scaleDown:K:HPAScalingRules
K:HPAScalingRules stabilizationWindowSeconds:int selectPolicy:string policies:[K:HPAScalingPolicy] tolerance:quantity
K:HPAScalingPolicy type:string value:int periodSeconds:int
K:PodDisruptionBudgetSpec minAvailable:intstr selector:K:LabelSelector maxUnavailable:intstr unhealthyPodEvictionPolicy:string
K:LabelSelector matchLabels:{string} matchExpressions:[K:LabelSelectorRequirement]
K:LabelSelectorRequirement key:string operator:string values:[string]
K:Probe exec:K:ExecAction httpGet:K:HTTPGetAction tcpSocket:K:TCPSocketAction grpc:K:GRPCAction initialDelaySeconds:int timeoutSeconds:int periodSeconds:int successThreshold:int failureThreshold:int terminationGracePeriodSeconds:int
K:ExecAction command:[string]
K:HTTPGetAction path:string port:intstr host:string scheme:string httpHeaders:[K:HTTPHeader]
K:HTTPHeader name:string value:string
K:TCPSocketAction port:intstr host:string
K:GRPCAction port:int service:string
K:ServiceSpec ports:[K:ServicePort] selector:{string} clusterIP:string clusterIPs:[string] type:string externalIPs:[string] sessionAffinity:string loadBalancerIP:string loadBalancerSourceRanges:[string] externalName:string externalTrafficPolicy:string healthCheckNodePort:int publishNotReadyAddresses:bool sessionAffinityConfig:object ipFamilies:[string] ipFamilyPolicy:string allocateLoadBalancerNodePorts:bool loadBalancerClass:string internalTrafficPolicy:string trafficDistribution:string
K:ServicePort name:string protocol:string appProtocol:string port:int targetPort:intstr nodePort:int
K:DeploymentStrategy type:string rollingUpdate:K:RollingUpdateDeployment
K:RollingUpdateDeployment maxUnavailable:intstr maxSurge:intstr
K:PodSecurityContext seLinuxOptions:K:SELinuxOptions windowsOptions:object runAsUser:int runAsGroup:int runAsNonRoot:bool supplementalGroups:[int] supplementalGroupsPolicy:string fsGroup:int sysctls:[K:Sysctl] fsGroupChangePolicy:string seccompProfile:K:SeccompProfile appArmorProfile:K:AppArmorProfile seLinuxChangePolicy:string
K:SELinuxOptions user:string role:string type:string level:string
K:Sysctl name:string value:string
K:SeccompProfile type:string localhostProfile:string
K:AppArmorProfile type:string localhostProfile:string
K:Volume name:string hostPath:object emptyDir:object gcePersistentDisk:object awsElasticBlockStore:object gitRepo:object secret:object nfs:object iscsi:object glusterfs:object persistentVolumeClaim:object rbd:object flexVolume:object cinder:object cephfs:object flocker:object downwardAPI:object fc:object azureFile:object configMap:object vsphereVolume:object quobyte:object azureDisk:object photonPersistentDisk:object projected:object portworxVolume:object scaleIO:object storageos:object csi:object ephemeral:object image:object
K:VolumeMount name:string readOnly:bool recursiveReadOnly:string mountPath:string subPath:string mountPropagation:string subPathExpr:string
K:Affinity nodeAffinity:object podAffinity:object podAntiAffinity:object
K:TopologySpreadConstraint maxSkew:int topologyKey:string whenUnsatisfiable:string labelSelector:K:LabelSelector minDomains:int nodeAffinityPolicy:string nodeTaintsPolicy:string matchLabelKeys:[string]
K:Lifecycle postStart:object preStop:object stopSignal:string
V:ArchConfig amd64:int ppc64le:int s390x:int arm64:int
V:CNIConfig enabled:bool hub:string tag:any variant:string image:string pullPolicy:string cniBinDir:string cniConfDir:string cniConfFileName:string cniNetnsDir:string excludeNamespaces:[string] affinity:object env:object daemonSetLabels:object podAnnotations:object podLabels:object pspClusterRole/psp_cluster_role:string logLevel:string logging:V:GlobalLoggingConfig repair:V:CNIRepairConfig chained:bool resourceQuotas/resource_quotas:V:ResourceQuotas resources:V:Resources privileged:bool seccompProfile:object ambient:V:CNIAmbientConfig provider:string rollingMaxUnavailable:intstr istioOwnedCNIConfig:bool istioOwnedCNIConfigFileName:string useAppArmorAnnotation:bool
V:CNIUsageConfig enabled:bool chained:bool provider:string
V:CNIAmbientConfig enabled:bool configDir:string dnsCapture:bool ipv6:bool reconcileIptablesOnStartup:bool enablementSelectors:[object] shareHostNetworkNamespace:bool enableAmbientDetectionRetry:bool
V:CNIRepairConfig enabled:bool hub:string tag:any image:string labelPods:bool repairPods:bool createEvents:string deletePods:bool brokenPodLabelKey:string brokenPodLabelValue:string initContainerName:string
V:ResourceQuotas enabled:bool pods:int
V:TargetUtilizationConfig targetAverageUtilization:int
V:Resources limits:{string} requests:{string}
V:ServiceAccount annotations:object
V:DefaultPodDisruptionBudgetConfig enabled:bool
V:DefaultResourcesConfig requests:V:ResourcesRequestsConfig
V:EgressGatewayConfig autoscaleEnabled:bool autoscaleMax:int autoscaleMin:int memory:V:TargetUtilizationConfig cpu:V:TargetUtilizationConfig customService:bool enabled:bool env:object labels:{string} name:string nodeSelector:object podAnnotations:object podAntiAffinityLabelSelector:[object] podAntiAffinityTermLabelSelector:[object] ports:[V:PortsConfig] resources:V:Resources secretVolumes:[V:SecretVolume] serviceAnnotations:object type:string tolerations:[object] rollingMaxSurge:intstr rollingMaxUnavailable:intstr configVolumes:[object] additionalContainers:[object] runAsRoot:bool injectionTemplate:string serviceAccount:V:ServiceAccount ipFamilies:[string] ipFamilyPolicy:string
V:GatewaysConfig istio-egressgateway/istio_egressgateway:V:EgressGatewayConfig enabled:bool istio-ingressgateway/istio_ingressgateway:V:IngressGatewayConfig securityContext:any seccompProfile:any
V:GlobalConfig arch:V:ArchConfig certSigners:[string] configValidation:bool defaultNodeSelector:object defaultPodDisruptionBudget:V:DefaultPodDisruptionBudgetConfig defaultResources:V:DefaultResourcesConfig defaultTolerations:[object] hub:string imagePullPolicy:string imagePullSecrets:[string] istioNamespace:string logAsJson:bool logging:V:GlobalLoggingConfig meshID:string meshNetworks:object multiCluster:V:MultiClusterConfig network:string podDNSSearchNamespaces:[string] omitSidecarInjectorConfigMap:bool operatorManageWebhooks:bool priorityClassName:string proxy:V:ProxyConfig proxy_init:V:ProxyInitConfig sds:V:SDSConfig tag:any variant:string tracer:V:TracerConfig remotePilotAddress:string istiod:V:IstiodConfig pilotCertProvider:string jwtPolicy:string sts:V:STSConfig revision:string mountMtlsCerts:bool caAddress:string externalIstiod:bool configCluster:bool caName:string platform:string ipFamilies:[string] ipFamilyPolicy:string waypoint:V:WaypointConfig trustBundleName:string nativeNftables:bool networkPolicy:V:NetworkPolicyConfig resourceScope:enum(undefined|all|cluster|namespace) agentgateway:V:Agentgateway enableReaderRBAC:bool readerServiceAccount:V:ReaderServiceAccount
V:Agentgateway image:string
V:ReaderServiceAccount name:string namespace:string
V:STSConfig servicePort:int
V:IstiodConfig enableAnalysis:bool
V:GlobalLoggingConfig level:string
V:IngressGatewayConfig autoscaleEnabled:bool autoscaleMax:int autoscaleMin:int memory:V:TargetUtilizationConfig cpu:V:TargetUtilizationConfig customService:bool enabled:bool env:object labels:{string} loadBalancerIP:string loadBalancerSourceRanges:[string] name:string nodeSelector:object podAnnotations:object podAntiAffinityLabelSelector:[object] podAntiAffinityTermLabelSelector:[object] ports:[V:PortsConfig] replicaCount:int resources:object secretVolumes:[V:SecretVolume] serviceAnnotations:object type:string rollingMaxSurge:intstr rollingMaxUnavailable:intstr externalTrafficPolicy:string tolerations:[object] ingressPorts:[object] additionalContainers:[object] configVolumes:[object] runAsRoot:bool injectionTemplate:string serviceAccount:V:ServiceAccount ipFamilies:[string] ipFamilyPolicy:string
V:MultiClusterConfig enabled:bool clusterName:string globalDomainSuffix:string includeEnvoyFilter:bool
V:OutboundTrafficPolicyConfig mode:enum(ALLOW_ANY|REGISTRY_ONLY)
V:PilotConfig enabled:bool autoscaleEnabled:bool autoscaleMin:int autoscaleMax:int autoscaleBehavior:object replicaCount:int image:string traceSampling:number resources:V:Resources cpu:V:TargetUtilizationConfig nodeSelector:object keepaliveMaxServerConnectionAge:duration deploymentLabels:object podLabels:object configMap:bool env:object affinity:object rollingMaxSurge:intstr rollingMaxUnavailable:intstr tolerations:[object] podAnnotations:object serviceAnnotations:object serviceAccountAnnotations:object jwksResolverExtraRootCA:string hub:string tag:any variant:string seccompProfile:object topologySpreadConstraints:[object] extraContainerArgs:[object] volumeMounts:[object] volumes:[object] ipFamilies:[string] ipFamilyPolicy:string memory:V:TargetUtilizationConfig cni:V:CNIUsageConfig taint:V:PilotTaintControllerConfig trustedZtunnelNamespace:string istiodRemote:V:IstiodRemoteConfig envVarFrom:[object] crlConfigMapName:string
V:PilotTaintControllerConfig enabled:bool namespace:string name:string
V:PilotIngressConfig ingressService:string ingressControllerMode:enum(UNSPECIFIED|DEFAULT|STRICT|OFF) ingressClass:string
V:PilotPolicyConfig enabled:bool
V:TelemetryConfig enabled:bool v2:V:TelemetryV2Config
V:TelemetryV2Config enabled:bool prometheus:V:TelemetryV2PrometheusConfig stackdriver:V:TelemetryV2StackDriverConfig
V:TelemetryV2PrometheusConfig enabled:bool
V:TelemetryV2StackDriverConfig enabled:bool
V:PortsConfig name:string port:int nodePort:int targetPort:int protocol:string
V:ProxyConfig autoInject:string clusterDomain:string componentLogLevel:string enableCoreDump:bool excludeInboundPorts:string excludeIPRanges:string image:string includeIPRanges:string logLevel:string outlierLogPath:string privileged:bool readinessInitialDelaySeconds:int readinessPeriodSeconds:int readinessFailureThreshold:int seccompProfile:object startupProbe:V:StartupProbe statusPort:int resources:V:Resources tracer:enum(zipkin|lightstep|datadog|stackdriver|openCensusAgent|none) excludeOutboundPorts:string lifecycle:object holdApplicationUntilProxyStarts:bool includeInboundPorts:string includeOutboundPorts:string
V:StartupProbe enabled:bool failureThreshold:int
V:ProxyInitConfig image:string resources:V:Resources
V:ResourcesRequestsConfig cpu:string memory:string
V:SDSConfig token:object
V:SecretVolume mountPath:string name:string secretName:string
V:SidecarInjectorConfig enableNamespacesByDefault:bool reinvocationPolicy:string neverInjectSelector:[object] alwaysInjectSelector:[object] rewriteAppHTTPProbe:bool injectedAnnotations:object injectionURL:string templates:object defaultTemplates:[string]
V:TracerConfig datadog:V:TracerDatadogConfig lightstep:V:TracerLightStepConfig zipkin:V:TracerZipkinConfig stackdriver:V:TracerStackdriverConfig
V:TracerDatadogConfig address:string
V:TracerLightStepConfig address:string accessToken:string
V:TracerZipkinConfig address:string
V:TracerStackdriverConfig debug:bool maxNumberOfAttributes:int maxNumberOfAnnotations:int maxNumberOfMessageEvents:int
V:BaseConfig enableCRDTemplates:bool excludedCRDs:[string] validationURL:string enableIstioConfigCRDs:bool validateGateway:bool validationCABundle:string
V:IstiodRemoteConfig injectionURL:string injectionPath:string injectionCABundle:string enabled:bool enabledLocalInjectorIstiod:bool
V:Values cni:V:CNIConfig gateways:V:GatewaysConfig global:V:GlobalConfig pilot:V:PilotConfig ztunnel:any telemetry:V:TelemetryConfig sidecarInjectorWebhook:V:SidecarInjectorConfig istioCni/istio_cni:V:CNIUsageConfig revision:string ownerName:string meshConfig:any base:V:BaseConfig istiodRemote:V:IstiodRemoteConfig revisionTags:[string] defaultRevision:string profile:string compatibilityVersion:string experimental:V:ExperimentalConfig gatewayClasses:any
V:ExperimentalConfig stableValidationPolicy:bool
V:IntOrString type:int intVal:int strVal:string
V:WaypointConfig resources:V:Resources affinity:object topologySpreadConstraints:[object] nodeSelector:object toleration:[object]
V:NetworkPolicyConfig enabled:bool
M:MeshConfig proxyListenPort/proxy_listen_port:int proxyInboundListenPort/proxy_inbound_listen_port:int proxyHttpPort/proxy_http_port:int connectTimeout/connect_timeout:duration hboneIdleTimeout/hbone_idle_timeout:duration protocolDetectionTimeout/protocol_detection_timeout:duration tcpKeepalive/tcp_keepalive:object ingressClass/ingress_class:string ingressService/ingress_service:string ingressControllerMode/ingress_controller_mode:enum(UNSPECIFIED|OFF|DEFAULT|STRICT) ingressSelector/ingress_selector:string enableTracing/enable_tracing:bool accessLogFile/access_log_file:string accessLogFormat/access_log_format:string accessLogEncoding/access_log_encoding:enum(TEXT|JSON) enableEnvoyAccessLogService/enable_envoy_access_log_service:bool disableEnvoyListenerLog/disable_envoy_listener_log:bool defaultConfig/default_config:M:ProxyConfig outboundTrafficPolicy/outbound_traffic_policy:M:MeshConfig.OutboundTrafficPolicy inboundTrafficPolicy/inbound_traffic_policy:M:MeshConfig.InboundTrafficPolicy configSources/config_sources:[M:ConfigSource] enableAutoMtls/enable_auto_mtls:bool trustDomain/trust_domain:string trustDomainAliases/trust_domain_aliases:[string] caCertificates/ca_certificates:[M:MeshConfig.CertificateData] defaultServiceExportTo/default_service_export_to:[string] defaultVirtualServiceExportTo/default_virtual_service_export_to:[string] defaultDestinationRuleExportTo/default_destination_rule_export_to:[string] rootNamespace/root_namespace:string localityLbSetting/locality_lb_setting:object zoneAwareLbSetting/zone_aware_lb_setting:object dnsRefreshRate/dns_refresh_rate:duration h2UpgradePolicy/h2_upgrade_policy:enum(DO_NOT_UPGRADE|UPGRADE) inboundClusterStatName/inbound_cluster_stat_name:string outboundClusterStatName/outbound_cluster_stat_name:string certificates:[M:Certificate] serviceSettings/service_settings:[M:MeshConfig.ServiceSettings] serviceScopeConfigs/service_scope_configs:[M:MeshConfig.ServiceScopeConfigs] enablePrometheusMerge/enable_prometheus_merge:bool verifyCertificateAtClient/verify_certificate_at_client:bool ca:M:MeshConfig.CA extensionProviders/extension_providers:[M:MeshConfig.ExtensionProvider] defaultProviders/default_providers:M:MeshConfig.DefaultProviders discoverySelectors/discovery_selectors:[M:LabelSelector] pathNormalization/path_normalization:M:MeshConfig.ProxyPathNormalization defaultHttpRetryPolicy/default_http_retry_policy:object meshMTLS/mesh_mTLS:M:MeshConfig.TLSConfig tlsDefaults/tls_defaults:M:MeshConfig.TLSConfig defaultTrafficPolicy/default_traffic_policy:M:MeshConfig.DefaultTrafficPolicy serviceEntryVisibility/service_entry_visibility:M:ServiceEntryVisibility
M:MeshConfig.OutboundTrafficPolicy mode:enum(REGISTRY_ONLY|ALLOW_ANY|ALLOW_ANY_DYNAMIC_DNS) tls:object
M:MeshConfig.InboundTrafficPolicy mode:enum(PASSTHROUGH|LOCALHOST)
M:MeshConfig.CertificateData pem:string spiffeBundleUrl/spiffe_bundle_url:string certSigners/cert_signers:[string] trustDomains/trust_domains:[string]
M:MeshConfig.ServiceSettings settings:M:MeshConfig.ServiceSettings.Settings hosts:[string]
M:MeshConfig.ServiceSettings.Settings clusterLocal/cluster_local:bool
M:MeshConfig.ServiceScopeConfigs namespaceSelector/namespace_selector:M:LabelSelector servicesSelector/services_selector:M:LabelSelector scope:enum(LOCAL|GLOBAL)
M:MeshConfig.CA address:string tlsSettings/tls_settings:object requestTimeout/request_timeout:duration istiodSide/istiod_side:bool
M:MeshConfig.ExtensionProvider name:string envoyExtAuthzHttp/envoy_ext_authz_http:M:MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationHttpProvider envoyExtAuthzGrpc/envoy_ext_authz_grpc:M:MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationGrpcProvider zipkin:M:MeshConfig.ExtensionProvider.ZipkinTracingProvider lightstep:M:MeshConfig.ExtensionProvider.LightstepTracingProvider datadog:M:MeshConfig.ExtensionProvider.DatadogTracingProvider stackdriver:M:MeshConfig.ExtensionProvider.StackdriverProvider opencensus:M:MeshConfig.ExtensionProvider.OpenCensusAgentTracingProvider skywalking:M:MeshConfig.ExtensionProvider.SkyWalkingTracingProvider opentelemetry:M:MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider prometheus:M:MeshConfig.ExtensionProvider.PrometheusMetricsProvider envoyFileAccessLog/envoy_file_access_log:M:MeshConfig.ExtensionProvider.EnvoyFileAccessLogProvider envoyHttpAls/envoy_http_als:M:MeshConfig.ExtensionProvider.EnvoyHttpGrpcV3LogProvider envoyTcpAls/envoy_tcp_als:M:MeshConfig.ExtensionProvider.EnvoyTcpGrpcV3LogProvider envoyOtelAls/envoy_otel_als:M:MeshConfig.ExtensionProvider.EnvoyOpenTelemetryLogProvider sds:M:MeshConfig.ExtensionProvider.SDSProvider
M:MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationRequestBody maxRequestBytes/max_request_bytes:int allowPartialMessage/allow_partial_message:bool packAsBytes/pack_as_bytes:bool
M:MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationHttpProvider service:string port:int timeout:duration pathPrefix/path_prefix:string failOpen/fail_open:bool clearRouteCache/clear_route_cache:bool statusOnError/status_on_error:string includeHeadersInCheck/include_headers_in_check:[string] includeRequestHeadersInCheck/include_request_headers_in_check:[string] includeAdditionalHeadersInCheck/include_additional_headers_in_check:{string} includeRequestBodyInCheck/include_request_body_in_check:M:MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationRequestBody headersToUpstreamOnAllow/headers_to_upstream_on_allow:[string] headersToDownstreamOnDeny/headers_to_downstream_on_deny:[string] headersToDownstreamOnAllow/headers_to_downstream_on_allow:[string]
M:MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationGrpcProvider service:string port:int timeout:duration failOpen/fail_open:bool clearRouteCache/clear_route_cache:bool statusOnError/status_on_error:string includeRequestBodyInCheck/include_request_body_in_check:M:MeshConfig.ExtensionProvider.EnvoyExternalAuthorizationRequestBody
M:MeshConfig.ExtensionProvider.ZipkinTracingProvider service:string port:int maxTagLength/max_tag_length:int enable64bitTraceId/enable_64bit_trace_id:bool path:string traceContextOption/trace_context_option:enum(USE_B3|USE_B3_WITH_W3C_PROPAGATION) timeout:duration headers:[M:MeshConfig.ExtensionProvider.HttpHeader]
M:MeshConfig.ExtensionProvider.LightstepTracingProvider service:string port:int accessToken/access_token:string maxTagLength/max_tag_length:int
M:MeshConfig.ExtensionProvider.DatadogTracingProvider service:string port:int maxTagLength/max_tag_length:int
M:MeshConfig.ExtensionProvider.SkyWalkingTracingProvider service:string port:int accessToken/access_token:string
M:MeshConfig.ExtensionProvider.StackdriverProvider debug:bool maxNumberOfAttributes/max_number_of_attributes:int maxNumberOfAnnotations/max_number_of_annotations:int maxNumberOfMessageEvents/max_number_of_message_events:int maxTagLength/max_tag_length:int logging:M:MeshConfig.ExtensionProvider.StackdriverProvider.Logging
M:MeshConfig.ExtensionProvider.StackdriverProvider.Logging labels:{string}
M:MeshConfig.ExtensionProvider.OpenCensusAgentTracingProvider service:string port:int context:[enum(UNSPECIFIED|W3C_TRACE_CONTEXT|GRPC_BIN|CLOUD_TRACE_CONTEXT|B3)] maxTagLength/max_tag_length:int
M:MeshConfig.ExtensionProvider.PrometheusMetricsProvider 
M:MeshConfig.ExtensionProvider.EnvoyFileAccessLogProvider path:string logFormat/log_format:M:MeshConfig.ExtensionProvider.EnvoyFileAccessLogProvider.LogFormat omitEmptyValues/omit_empty_values:bool
M:MeshConfig.ExtensionProvider.EnvoyFileAccessLogProvider.LogFormat text:string labels:object
M:MeshConfig.ExtensionProvider.EnvoyHttpGrpcV3LogProvider service:string port:int logName/log_name:string filterStateObjectsToLog/filter_state_objects_to_log:[string] additionalRequestHeadersToLog/additional_request_headers_to_log:[string] additionalResponseHeadersToLog/additional_response_headers_to_log:[string] additionalResponseTrailersToLog/additional_response_trailers_to_log:[string]
M:MeshConfig.ExtensionProvider.EnvoyTcpGrpcV3LogProvider service:string port:int logName/log_name:string filterStateObjectsToLog/filter_state_objects_to_log:[string]
M:MeshConfig.ExtensionProvider.EnvoyOpenTelemetryLogProvider service:string port:int logName/log_name:string logFormat/log_format:M:MeshConfig.ExtensionProvider.EnvoyOpenTelemetryLogProvider.LogFormat
M:MeshConfig.ExtensionProvider.EnvoyOpenTelemetryLogProvider.LogFormat text:string labels:object
M:MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider service:string port:int maxTagLength/max_tag_length:int http:M:MeshConfig.ExtensionProvider.HttpService grpc:M:MeshConfig.ExtensionProvider.GrpcService resourceDetectors/resource_detectors:M:MeshConfig.ExtensionProvider.ResourceDetectors serviceAttributeEnrichment/service_attribute_enrichment:enum(ISTIO_CANONICAL|OTEL_SEMANTIC_CONVENTIONS) dynatraceSampler/dynatrace_sampler:M:MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider.DynatraceSampler
M:MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider.DynatraceSampler tenant:string clusterId/cluster_id:int rootSpansPerMinute/root_spans_per_minute:int httpService/http_service:M:MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider.DynatraceSampler.DynatraceApi
M:MeshConfig.ExtensionProvider.OpenTelemetryTracingProvider.DynatraceSampler.DynatraceApi service:string port:int http:M:MeshConfig.ExtensionProvider.HttpService
M:MeshConfig.ExtensionProvider.SDSProvider name:string service:string port:int
M:MeshConfig.ExtensionProvider.HttpService path:string timeout:duration headers:[M:MeshConfig.ExtensionProvider.HttpHeader]
M:MeshConfig.ExtensionProvider.HttpHeader name:string value:string envName/env_name:string
M:MeshConfig.ExtensionProvider.ResourceDetectors environment:M:MeshConfig.ExtensionProvider.ResourceDetectors.EnvironmentResourceDetector dynatrace:M:MeshConfig.ExtensionProvider.ResourceDetectors.DynatraceResourceDetector
M:MeshConfig.ExtensionProvider.ResourceDetectors.EnvironmentResourceDetector 
M:MeshConfig.ExtensionProvider.ResourceDetectors.DynatraceResourceDetector 
M:MeshConfig.ExtensionProvider.GrpcService timeout:duration initialMetadata/initial_metadata:[M:MeshConfig.ExtensionProvider.HttpHeader]
M:MeshConfig.DefaultProviders tracing:[string] metrics:[string] accessLogging/access_logging:[string]
M:MeshConfig.ProxyPathNormalization normalization:enum(DEFAULT|NONE|BASE|MERGE_SLASHES|DECODE_AND_MERGE_SLASHES)
M:MeshConfig.TLSConfig minProtocolVersion/min_protocol_version:enum(TLS_AUTO|TLSV1_2|TLSV1_3) ecdhCurves/ecdh_curves:[string] cipherSuites/cipher_suites:[string]
M:MeshConfig.DefaultTrafficPolicy connectionPool/connection_pool:object outlierDetection/outlier_detection:object
M:LabelSelector matchLabels:{string} matchExpressions:[M:LabelSelectorRequirement]
M:LabelSelectorRequirement key:string operator:string values:[string]
M:ServiceEntryVisibility defaultVisibility/default_visibility:enum(VISIBILITY_UNSPECIFIED|NONE|NAMESPACE|PUBLIC) applyToSidecars/apply_to_sidecars:bool policies:[M:ServiceEntryVisibility.Policy]
M:ServiceEntryVisibility.Policy visibility:enum(VISIBILITY_UNSPECIFIED|NONE|NAMESPACE|PUBLIC) matchingRules/matching_rules:[M:ServiceEntryVisibility.MatchRule]
M:ServiceEntryVisibility.MatchRule namespaceSelector/namespace_selector:M:LabelSelector
M:ConfigSource address:string tlsSettings/tls_settings:object subscribedResources/subscribed_resources:[enum(SERVICE_REGISTRY)]
M:Certificate secretName/secret_name:string dnsNames/dns_names:[string]
M:Tracing zipkin:M:Tracing.Zipkin lightstep:M:Tracing.Lightstep datadog:M:Tracing.Datadog stackdriver:M:Tracing.Stackdriver openCensusAgent/open_census_agent:M:Tracing.OpenCensusAgent customTags/custom_tags:{M:Tracing.CustomTag} maxPathTagLength/max_path_tag_length:int sampling:number tlsSettings/tls_settings:object enableIstioTags/enable_istio_tags:bool
M:Tracing.Zipkin address:string
M:Tracing.Lightstep address:string accessToken/access_token:string
M:Tracing.Datadog address:string
M:Tracing.Stackdriver debug:bool maxNumberOfAttributes/max_number_of_attributes:int maxNumberOfAnnotations/max_number_of_annotations:int maxNumberOfMessageEvents/max_number_of_message_events:int
M:Tracing.OpenCensusAgent address:string context:[enum(UNSPECIFIED|W3C_TRACE_CONTEXT|GRPC_BIN|CLOUD_TRACE_CONTEXT|B3)]
M:Tracing.CustomTag literal:M:Tracing.Literal environment:M:Tracing.Environment header:M:Tracing.RequestHeader
M:Tracing.Literal value:string
M:Tracing.Environment name:string defaultValue/default_value:string
M:Tracing.RequestHeader name:string defaultValue/default_value:string
M:SDS enabled:bool k8sSaJwtPath/k8s_sa_jwt_path:string
M:Topology numTrustedProxies/num_trusted_proxies:int forwardClientCertDetails/forward_client_cert_details:enum(UNDEFINED|SANITIZE|FORWARD_ONLY|APPEND_FORWARD|SANITIZE_SET|ALWAYS_FORWARD_ONLY) proxyProtocol/proxy_protocol:M:Topology.ProxyProtocolConfiguration
M:Topology.ProxyProtocolConfiguration 
M:PrivateKeyProvider cryptomb:M:PrivateKeyProvider.CryptoMb qat:M:PrivateKeyProvider.QAT
M:PrivateKeyProvider.CryptoMb pollDelay/poll_delay:duration fallback:bool
M:PrivateKeyProvider.QAT pollDelay/poll_delay:duration fallback:bool
M:ProxyConfig configPath/config_path:string binaryPath/binary_path:string serviceCluster/service_cluster:string tracingServiceName/tracing_service_name:enum(APP_LABEL_AND_NAMESPACE|CANONICAL_NAME_ONLY|CANONICAL_NAME_AND_NAMESPACE) drainDuration/drain_duration:duration discoveryAddress/discovery_address:string discoveryRefreshDelay/discovery_refresh_delay:duration zipkinAddress/zipkin_address:string statsdUdpAddress/statsd_udp_address:string envoyMetricsServiceAddress/envoy_metrics_service_address:string proxyAdminPort/proxy_admin_port:int availabilityZone/availability_zone:string controlPlaneAuthPolicy/control_plane_auth_policy:enum(NONE|MUTUAL_TLS|INHERIT) customConfigFile/custom_config_file:string statNameLength/stat_name_length:int concurrency:int proxyBootstrapTemplatePath/proxy_bootstrap_template_path:string interceptionMode/interception_mode:enum(REDIRECT|TPROXY|NONE) tracing:M:Tracing sds:M:SDS envoyAccessLogService/envoy_access_log_service:M:RemoteService envoyMetricsService/envoy_metrics_service:M:RemoteService proxyMetadata/proxy_metadata:{string} runtimeValues/runtime_values:{string} statusPort/status_port:int extraStatTags/extra_stat_tags:[string] gatewayTopology/gateway_topology:M:Topology terminationDrainDuration/termination_drain_duration:duration meshId/mesh_id:string readinessProbe/readiness_probe:object proxyStatsMatcher/proxy_stats_matcher:M:ProxyConfig.ProxyStatsMatcher holdApplicationUntilProxyStarts/hold_application_until_proxy_starts:bool caCertificatesPem/ca_certificates_pem:[string] image:object privateKeyProvider/private_key_provider:M:PrivateKeyProvider proxyHeaders/proxy_headers:M:ProxyConfig.ProxyHeaders fileFlushInterval/file_flush_interval:duration fileFlushMinSizeKb/file_flush_min_size_kb:int statsCompression/stats_compression:bool connectionSettings/connection_settings:M:ProxyConfig.ConnectionSettings
M:ProxyConfig.ProxyStatsMatcher inclusionPrefixes/inclusion_prefixes:[string] inclusionSuffixes/inclusion_suffixes:[string] inclusionRegexps/inclusion_regexps:[string]
M:ProxyConfig.ProxyHeaders forwardedClientCert/forwarded_client_cert:enum(UNDEFINED|SANITIZE|FORWARD_ONLY|APPEND_FORWARD|SANITIZE_SET|ALWAYS_FORWARD_ONLY) setCurrentClientCertDetails/set_current_client_cert_details:M:ProxyConfig.ProxyHeaders.SetCurrentClientCertDetails requestId/request_id:M:ProxyConfig.ProxyHeaders.RequestId server:M:ProxyConfig.ProxyHeaders.Server attemptCount/attempt_count:M:ProxyConfig.ProxyHeaders.AttemptCount envoyDebugHeaders/envoy_debug_headers:M:ProxyConfig.ProxyHeaders.EnvoyDebugHeaders metadataExchangeHeaders/metadata_exchange_headers:M:ProxyConfig.ProxyHeaders.MetadataExchangeHeaders preserveHttp1HeaderCase/preserve_http1_header_case:bool xForwardedHost/x_forwarded_host:M:ProxyConfig.ProxyHeaders.XForwardedHost xForwardedPort/x_forwarded_port:M:ProxyConfig.ProxyHeaders.XForwardedPort
M:ProxyConfig.ProxyHeaders.Server disabled:bool value:string
M:ProxyConfig.ProxyHeaders.RequestId disabled:bool
M:ProxyConfig.ProxyHeaders.AttemptCount disabled:bool
M:ProxyConfig.ProxyHeaders.XForwardedHost enabled:bool
M:ProxyConfig.ProxyHeaders.XForwardedPort enabled:bool
M:ProxyConfig.ProxyHeaders.EnvoyDebugHeaders disabled:bool
M:ProxyConfig.ProxyHeaders.MetadataExchangeHeaders mode:enum(UNDEFINED|IN_MESH)
M:ProxyConfig.ProxyHeaders.SetCurrentClientCertDetails subject:bool cert:bool chain:bool dns:bool uri:bool
M:ProxyConfig.ConnectionSettings profile:enum(SIDECAR|EDGE) listenerPerConnectionBufferLimitBytes/listener_per_connection_buffer_limit_bytes:int clusterPerConnectionBufferLimitBytes/cluster_per_connection_buffer_limit_bytes:int httpIdleTimeout/http_idle_timeout:duration httpMaxConnectionDuration/http_max_connection_duration:duration httpDrainTimeout/http_drain_timeout:duration httpRequestTimeout/http_request_timeout:duration httpRequestHeadersTimeout/http_request_headers_timeout:duration httpStreamIdleTimeout/http_stream_idle_timeout:duration httpMaxStreamDuration/http_max_stream_duration:duration httpMaxConcurrentStreams/http_max_concurrent_streams:int http2InitialStreamWindowSize/http2_initial_stream_window_size:int http2InitialConnectionWindowSize/http2_initial_connection_window_size:int httpHeadersWithUnderscoresAction/http_headers_with_underscores_action:enum(HEADERS_WITH_UNDERSCORES_UNSPECIFIED|HEADERS_WITH_UNDERSCORES_ALLOW|HEADERS_WITH_UNDERSCORES_REJECT_REQUEST|HEADERS_WITH_UNDERSCORES_DROP_HEADER) httpMergeSlashes/http_merge_slashes:bool httpPathWithEscapedSlashesAction/http_path_with_escaped_slashes_action:enum(PATH_WITH_ESCAPED_SLASHES_UNSPECIFIED|KEEP_UNCHANGED|REJECT_REQUEST|UNESCAPE_AND_REDIRECT|UNESCAPE_AND_FORWARD) listenerConnectionLimit/listener_connection_limit:int globalDownstreamConnectionLimit/global_downstream_connection_limit:int
M:RemoteService address:string tlsSettings/tls_settings:object tcpKeepalive/tcp_keepalive:object
)";

} // namespace meshscope::iop
