<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>invalid boolean &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyze Istio configuration and print validation messages, as istioctl analyze does: the live cluster, files (or - for stdin, or directories), or files laid over the cluster.
Boolean flags: --use-kube[=false] (-k), -A/--all-namespaces, -L/--list-analyzers, --color[=false], -v/--verbose, --ignore-unknown, --kiali (add Kiali&apos;s validations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or directories to analyze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to the kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace to analyze (and for objects in files without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio&apos;s namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh config to use instead of the cluster&apos;s or the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh networks to use instead of the cluster&apos;s or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only this analyzer (repeatable; see --list-analyzers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: log, json or yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level from which messages make the exit code 79: Info, Warning or Error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level from which messages are printed: Info, Warning or Error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a code on a resource, e.g. &quot;IST0102=Namespace frod&quot; (* matches anything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not a valid option for format, use log, json or yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid level option, use Info, Warning or Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid suppression value, use CODE=RESOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: Supplied message code &apos;%1&apos; is an unknown message code and will not have any effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kubeconfig and --context need --use-kube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping file %1, recognized file extensions are: [.json .yaml .yml]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterPicker</name>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Meshscope — a native desktop console for Istio service meshes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig context to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus base URL, e.g. http://127.0.0.1:9090.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo mesh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window offscreen to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to show first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, WIDTHxHEIGHT (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prometheus needs an http:// or https:// URL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-size needs WIDTHxHEIGHT, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Prometheus basic-auth password from this file (mode 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a Prometheus bearer token from this file (mode 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading a Prometheus response larger than this (default 512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prometheus-max-body-mb needs a number of megabytes, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: also write the texts the window shows (status bar, messages, labels) to this file, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-text needs --screenshot FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigDiff</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigRefs</name>
    <message>
        <source>Istio default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeerAuthentication %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesh-wide %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Show in graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL templates of the Traces and Dashboard links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvoyAdmin</name>
    <message>
        <source>Unexpected line in /clusters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed metrics line: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvoyConfigDump</name>
    <message>
        <source>The config dump is not a ConfigDump JSON object (no configs array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config dump is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy&apos;s /clusters answer is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvoyLogging</name>
    <message>
        <source>unrecognized logging level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized logger name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecCredential</name>
    <message>
        <source>The exec credential plugin &quot;%1&quot; printed nothing; it must print an ExecCredential JSON object on its standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; did not print an ExecCredential: its output is not JSON (%2 at byte %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; did not print an ExecCredential: its output is a JSON array, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; printed an object whose kind is not ExecCredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; answered with apiVersion &quot;%2&quot; but the kubeconfig asked for &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; gave an invalid expirationTimestamp &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned neither a token nor a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned a client certificate without a key, or a key without a certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphCommand</name>
    <message>
        <source>Print the traffic graph of namespaces, computed like Kiali from Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig: adds idle/dead nodes, badges and service entries from the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated namespaces (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app, versionedApp, workload or service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate window, e.g. 1m, 5m, 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate at this unix time (Kiali&apos;s queryTime); default now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiali, dot or svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service nodes between workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads without traffic (needs --kubeconfig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health rate tolerances as Kiali&apos;s health.kiali.io/rate annotation, e.g. &quot;5XX,5,10,http;4XX,10,20,http&quot; (code,degraded %,failure %,protocol,direction; default: Kiali&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edges&apos; responseTime: avg, 50, 95 or 99 (Kiali&apos;s responseTime option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prometheus needs a URL such as http://127.0.0.1:9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--namespaces is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be app, versionedApp, workload or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration must look like 30s, 5m, 1h or 1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time must be a unix time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be kiali, dot or svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-nodes needs --kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--response-time must be avg, 50, 95 or 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--health-tolerances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tolerance given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no graph after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Prometheus basic-auth password from this file (mode 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a Prometheus bearer token from this file (mode 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading a Prometheus response larger than this (default 512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prometheus-max-body-mb must be a number of megabytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphSidePanel</name>
    <message>
        <source>Close the side panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>Print the health of every app, workload and service, judged by Kiali&apos;s rules: pods and replicas, and the share of failed requests against the rate tolerances. Exit code 3 when anything is in Failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to the kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated namespaces (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate window of the request health, e.g. 1m, 5m (default), 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate tolerances as the health.kiali.io/rate annotation, e.g. &quot;5XX,5,10,http;4XX,10,20,http&quot; (default: Kiali&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prometheus needs a URL such as http://127.0.0.1:9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration must look like 30s, 5m, 1h or 1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o must be table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--health-tolerances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tolerance given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy sync status unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthRefresh</name>
    <message>
        <source>No Prometheus is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no istiod found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>No request data: Prometheus did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests in the rate window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sidecar: request health is not measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled to 0 replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pods available, %3 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pods running for %2 wanted (pods pending or terminating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 proxies in sync with istiod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of requests failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % %2 %3 requests answered %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthThresholdsDialog</name>
    <message>
        <source>Health thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node or edge is &lt;b&gt;Failure&lt;/b&gt; when the share of its requests with a matching response code reaches Failure %, and &lt;b&gt;Degraded&lt;/b&gt; when it reaches Degraded % (0: any share). Codes are Kiali&apos;s patterns: 5XX, 4XX, - (no response) or a regular expression such as ^[1-9]$|^1[0-6]$ for gRPC errors; protocol and direction are regular expressions (http, grpc, http|grpc; inbound, outbound, .*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiali defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IopEditorWindow</name>
    <message>
        <source>IstioOperator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Installed State from Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IstioChecks</name>
    <message>
        <source>a port number must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a duration (write it as 10s, 1.5m, 300ms, 1h30m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration may not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subset name must be a DNS label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight may not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights of these destinations add up to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights add up to %1, not 100: Istio scales them, so each destination gets its share of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the host as namespace/host (&quot;*/&quot; for every namespace, &quot;./&quot; for this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the namespace part must be *, . or a namespace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a virtual service bound to gateways needs hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host may not contain &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway is written as name, namespace/name or &quot;mesh&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP route needs a route, redirect, directResponse or delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP route may not have both route and redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP route may not have both route and directResponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTP route may not have both redirect and rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts may not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an abort status must be an HTTP status between 200 and 599</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route needs at least one destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TLS route needs a match with sniHosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TLS match needs at least one SNI host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subset needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway needs at least one server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server needs at least one host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server needs a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server port needs a protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol; use one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTPS server needs TLS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS mode %1 needs credentialName, or serverCertificate and privateKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATIC resolution needs endpoints or a workloadSelector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CUSTOM policy needs a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider is only used with action CUSTOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host may not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host may be at most 255 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wildcard (*) may only start the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name part (letters, digits and &apos;-&apos;, 63 at most)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IstioConfigPage</name>
    <message>
        <source>Select an object to see what the analysis found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one kind of object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only objects with errors or warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IstiodDebug</name>
    <message>
        <source>istiod&apos;s %1 did not return %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeApi</name>
    <message>
        <source>The client certificate is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key is not a PEM private key (RSA, EC or DSA)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeJson</name>
    <message>
        <source>The list response is not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list response has no items array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list response holds an item without metadata.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch event is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch event has an unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch event carries an object without metadata.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch event is larger than %1 MB; the watch was dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kubeconfig</name>
    <message>
        <source>%1: an entry of &quot;%2&quot; has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig file found (looked at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cannot be read from %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sets both %3 and %4; use only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the exec credential plugin of user &quot;%2&quot; has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the exec credential plugin of user &quot;%2&quot; has apiVersion &quot;%3&quot;; only client.authentication.k8s.io/v1 and v1beta1 are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the exec credential plugin of user &quot;%2&quot; must set interactiveMode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the exec credential plugin of user &quot;%2&quot; has an invalid interactiveMode &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; has a client certificate without a key, or a key without a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; sets both a token and a username/password; use only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; uses an auth-provider, which kubectl no longer supports; use an exec credential plugin instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cluster &quot;%2&quot; has no server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cluster &quot;%2&quot; has an invalid server URL &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cluster &quot;%2&quot; has an invalid proxy-url &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cluster &quot;%2&quot; sets insecure-skip-tls-verify together with a certificate authority; use only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig %1 is empty: it has no contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig %1 has no contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current-context &quot;%1&quot; is not one of the contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig %1 has no current-context; choose a context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; does not exist in the kubeconfig %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the context &quot;%2&quot; names no cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the context &quot;%2&quot; refers to cluster &quot;%3&quot;, which does not exist in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the context &quot;%2&quot; refers to user &quot;%3&quot;, which does not exist in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; of %3 must be %4, not %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the exec args of %2 must be strings, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an exec env entry of %2 needs a name and a string value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry of &quot;%2&quot; must be a map with a name, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; lists the name &quot;%3&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; of %3 &quot;%4&quot; must be a map, not %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1: is a directory, not a kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1: larger than %2 MB, not a kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid YAML: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a kubeconfig is a YAML map, but this file holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kind must be Config, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: apiVersion must be v1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: current-context must be a string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a map, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;extensions&quot; must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeconfigYaml</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yaml: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yaml: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document contains excessive aliasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map key must be a plain value, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeded max depth of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown anchor &apos;%1&apos; referenced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels that must match, separated by commas: key=value, key!=value, or key (the label is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: app=reviews, version!=v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded, failing or not ready, or running without the sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New IstioOperator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open IstioOperator…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeshPage</name>
    <message>
        <source>Control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies by revision and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces and their revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh config (istio ConfigMap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Request volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsRefresh</name>
    <message>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus is configured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Control plane: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter namespaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces with degraded or failing apps, or Istio config errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Usage: meshscope profile &lt;command&gt;
  list                         list the built-in IstioOperator profiles
  dump [PROFILE] [-f FILE]… [--set PATH=VALUE]… [-o yaml|json|flags] [-p CONFIG_PATH] [--force]
                               print the merged IstioOperator: default, then the profile, then the files,
                               then --set (istioctl&apos;s merge: maps merge, lists and values are replaced)
  diff A B                     compare two profiles or IstioOperator files (exit 0 identical, 1 different)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the IstioOperator that results from the default profile, the named profile (or the files&apos; spec.profile), the files in order and the --set flags in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IstioOperator file to merge (repeatable; - reads standard input, last only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override a value, e.g. values.global.hub=example.com (repeatable; paths relative to spec, lists as [0] or [name:x]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yaml, json or flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only this part of the spec, e.g. components.pilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result even when it does not pass istioctl&apos;s checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile dump takes at most one profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot specify both profile name and filename flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown output format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin is only allowed as the last filename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merged IstioOperator is not valid (--force prints it anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two profiles or IstioOperator files, each merged over its profile as profile dump prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name or an IstioOperator file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff requires two profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile command: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxiesPage</name>
    <message>
        <source>Filter proxies by any column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only STALE or failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyConfigCommand</name>
    <message>
        <source>Retrieve a proxy&apos;s Envoy configuration like istioctl proxy-config.
Types: clusters (c), listeners (l), routes (r), endpoints (ep), eds, secret (s), bootstrap (b), ecds (ec), log (o), all (a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POD[.NAMESPACE], pod/NAME or deployment/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod&apos;s namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved Envoy config dump (or /clusters?format=json for endpoints); - reads stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short, json or yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters whose name contains this FQDN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters of this direction (inbound, outbound).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters whose name contains this subset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter listeners or endpoints by address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listeners of this type (HTTP, TCP, HTTP+TCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route configuration with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints of this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints with this health status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per filter chain or route (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per listener or route configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all: a header above each table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all: no headers (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log: LEVEL for all loggers, or LOGGER:LEVEL,… (trace, debug, info, warning, error, critical, off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log: every logger back to warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy&apos;s admin port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing type (clusters, listeners, routes, endpoints, secret, bootstrap, ecds, log or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flag for %1: --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log requires a pod name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires a pod name or --file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format &quot;%1&quot; not supported (short, json or yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is not applicable for log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-admin-port must be a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level cannot be combined with --reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error unmarshalling config dump response from Envoy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to execute command on %1 sidecar: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySnapshot</name>
    <message>
        <source>Config dump: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>istiod: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyStatusCommand</name>
    <message>
        <source>The xDS sync status of every proxy istiod serves (all istiod revisions), like istioctl proxy-status.
With a pod: istiod&apos;s configuration for it compared with its Envoy&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POD[.NAMESPACE]: compare one proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only proxies of this namespace (and the pod&apos;s namespace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, json or yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: one column per xDS type (CDS ECDS EDS LDS RDS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a pod: compare with this saved Envoy config dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file needs a pod to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format &quot;%1&quot; not supported (table, json or yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verbosity must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no running istiod found (label app=istiod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no istiod serves proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not contact sidecar: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyTables</name>
    <message>
        <source>SERVICE FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBSET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTINATION RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESSES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VHOST NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAINS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIRTUAL SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTLIER CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCALITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOURCE NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID CERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERIAL NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT BEFORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRUST DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDS NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5XX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETRIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERFLOWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EJECTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ejected by outlier detection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyTarget</name>
    <message>
        <source>pod %1.%2 has no istio-proxy sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported resource type %1 (use a pod or a deployment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no running pods found for deployment %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceClient</name>
    <message>
        <source>the object needs apiVersion and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 needs metadata.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster does not serve %1 in %2 (is the CRD installed?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>Resource editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the text now against the schemas, their rules and Istio&apos;s checks (this also happens as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare your edit with the live object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster whether it would accept the change (server-side apply with dryRun=All); nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run first, then server-side apply with field manager &quot;meshscope&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide server fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managedFields, status, resourceVersion and the other fields the server sets; they are never sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a JSON merge patch from the live object to your edit, for a change in Git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take these fields over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply with force: the fields become Meshscope&apos;s; their current manager may set them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceTemplates</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaSet</name>
    <message>
        <source>built-in schemas (Istio 1.32, Gateway API v1.2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s CRD schemas (%1 kinds; built-in for %2 more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The window could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Syncz</name>
    <message>
        <source>istiod&apos;s /debug/syncz did not return a JSON array (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficShiftDialog</name>
    <message>
        <source>Shift traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write anyway: I know the owner may revert it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic shifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the traffic evenly between the unlocked versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift the VirtualService&apos;s TCP routes instead of its HTTP routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules in order, the first that matches wins; they go in front of the VirtualService&apos;s other routes. Requests no rule matches follow the default route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio injects faults per route: these apply to the default route, so to every version it sends traffic to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of requests by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of requests with HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts and retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (e.g. 2s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio&apos;s default (e.g. 500ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio&apos;s default (e.g. 5xx,connect-failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Meshscope routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review deleting the routing objects Meshscope created for this service; everything else stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save patch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a mapping (a Kubernetes object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix must be a lowercase DNS subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must be 1–63 characters of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required value: name or generateName is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a lowercase RFC 1123 subdomain: up to 253 characters of a-z, 0-9, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden: %1 is not namespaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a lowercase RFC 1123 label: up to 63 characters of a-z, 0-9 and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label value must be empty or up to 63 characters of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation rules (CEL) were not checked because of the other errors; fix those to check the rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>meshscope: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::AnalysisGraphBadges</name>
    <message>
        <source>Show configuration problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio config: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click → Show configuration problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::BootstrapPanel</name>
    <message>
        <source>&lt;p&gt;No bootstrap in this config dump.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio proxy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node metadata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::CertificatePanel</name>
    <message>
        <source>&lt;p&gt;Select a secret to see its certificates.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; holds no certificate (state %2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;%1 — %n certificate(s)&lt;/h3&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;%1 — %n certificate&lt;/h3&gt;</numerusform>
            <numerusform>&lt;h3&gt;%1 — %n certificates&lt;/h3&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 of the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPIFFE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ClusterPages</name>
    <message>
        <source>Nothing here yet: waiting for the cluster, or the chosen namespace has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the kubeconfig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here: the list is still loading, or the chosen namespace has none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ClusterPicker</name>
    <message>
        <source>No kubeconfig context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n namespace</numerusform>
            <numerusform>%n namespaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshscope::ClusterSession</name>
    <message>
        <source>The cluster serves no pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the credential plugin &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ConfigDiffModel</name>
    <message numerus="yes">
        <source>changed (%n field(s)%1)</source>
        <translation>
            <numerusform>changed (%n field%1)</numerusform>
            <numerusform>changed (%n fields%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>, more not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ConfigDiffView</name>
    <message numerus="yes">
        <source>%1 and %2 match: %n resource(s) compared.</source>
        <translation>
            <numerusform>%1 and %2 match: %n resource compared.</numerusform>
            <numerusform>%1 and %2 match: %n resources compared.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 resource(s) %3 lacks, %4 extra, %5 changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting — data stale since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::DemoHistory</name>
    <message>
        <source>the simulator wrote no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move block %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::DemoMesh</name>
    <message>
        <source>The demo mesh simulator could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo mesh simulator stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a state directory for the demo mesh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo mesh simulator (meshscope-sim) is not installed next to meshscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo mesh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo mesh simulator did not become ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus is not installed; the demo mesh has no metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the Prometheus configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting Prometheus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus did not become ready; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo mesh&apos;s recent history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo mesh starts without history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo mesh&apos;s older history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::DetailsOverviewTab</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pods&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 desired, %2 current, %3 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods without the istio-proxy sidecar: their traffic is outside the mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not ready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Related&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Istio config&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none applies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::DetailsWindow</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3) — Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound metrics (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the cluster (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::DetailsWiring</name>
    <message>
        <source>no Prometheus to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Envoy configuration of its pods (clusters, listeners, routes, endpoints, secrets, istiod vs Envoy) is on the Proxies page: &lt;a href=&quot;proxies&quot;&gt;open it there&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace and dashboard links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces (Jaeger, Tempo):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard (Grafana):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{namespace}, {name}, {app}, {workload}, {service}, {startMs}, {endMs}, {startUs} and {endUs} are filled in. Leave a field empty to hide its link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ExecCredentialProvider</name>
    <message>
        <source>The exec credential plugin &quot;%1&quot; needs an interactive terminal (interactiveMode: Always), which Meshscope does not have; log in with it in a terminal first or set interactiveMode to IfAvailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; failed (exit code %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; has not answered after %2 s; it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no executable of that name is in PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a directory, not a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not executable (chmod +x)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::FindBar</name>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshscope::GraphLegend</name>
    <message>
        <source>Node shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unselected namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic (animation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic shifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing sidecar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::GraphPage</name>
    <message>
        <source>No namespace selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one or more namespaces in the toolbar to see their traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the traffic graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Prometheus for the last %1 of traffic in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges · last %3 · updated %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was called in %1 during the last %2. Pick more namespaces, a longer duration, or show idle nodes (Display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the traffic graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — showing data from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who talks to whom in the mesh, how much, how well and how safely: from Istio&apos;s standard metrics in Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no graph to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshscope traffic graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift traffic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show proxy config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the cluster&apos;s workloads, services and Istio configuration to be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>Laying out %n node…</numerusform>
            <numerusform>Laying out %n nodes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has only just started collecting: rates need two samples in the window. The graph appears within a few scrapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph may be incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::GraphPageWiring</name>
    <message>
        <source>No Prometheus to ask: start Meshscope with --prometheus URL, or try --demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::GraphSidePanel</name>
    <message>
        <source>Request rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a node or an edge to see its signals here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates over the last %1; charts: the last %1, each point a %2 rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is the rate over the %1 before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rate (%1 rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error % (%1 rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time p95 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::GraphStyle</name>
    <message>
        <source>Service entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the selected namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inaccessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic shifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of source traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (avg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (p50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (p95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (p99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::GraphToolbar</name>
    <message>
        <source>Last 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 10m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back the rates are computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the graph is refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the edges are labelled with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz layout engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versioned app graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edge labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (95th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (99th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (mTLS lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout: auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout: dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout: sfdp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to fit the whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: e.g. %error &gt; 5, name = reviews, rt &gt; 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide: e.g. healthy, name = unknown, !traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n namespace</numerusform>
            <numerusform>%n namespaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Find: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When nodes and edges count as degraded or failing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::GuiSession</name>
    <message>
        <source>demo mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; is not in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph takes its namespaces from the cluster, and the cluster is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the Istio Config list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::HeadlessCommands</name>
    <message>
        <source>list kubeconfig contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless commands (meshscope &lt;command&gt; --help):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the traffic graph (Kiali JSON, DOT or SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyze Istio configuration like istioctl analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, dump and diff IstioOperator profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift traffic, route requests, inject faults, set timeouts, undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-side apply of resource files (field manager meshscope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff resource files against the cluster (server dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate resource files offline (schemas, CEL rules, Istio checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the contexts of the kubeconfig; * marks the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to the kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-side apply (fieldManager=meshscope) of the resources in FILE, in order.
Exit status: 0 applied, 1 rejected or conflicting, 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what applying FILE would change: the server&apos;s dry-run result against the live objects, as unified diffs.
Exit status: 0 no differences, 1 differences, 2 or more: errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file, a directory of manifests, or - for standard input (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read the subdirectories of directories given with -f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace for resources that name none (default: the context&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to validate and admit, without storing (dryRun=All).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over fields another field manager owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the manifests with -f FILE (or -f - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster serves no resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the cluster within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 is owned by &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply failed with %n conflict(s):</source>
        <translation>
            <numerusform>Apply failed with %n conflict:</numerusform>
            <numerusform>Apply failed with %n conflicts:</numerusform>
        </translation>
    </message>
    <message>
        <source>  Re-run with --force-conflicts to take these fields over, or change the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate Istio and Gateway API resources offline against the built-in schema set: YAML syntax, the CRD schemas (types, enums, bounds, required fields, unknown fields), their CEL rules and Istio&apos;s webhook checks. Unknown fields are warnings unless --strict.
Exit status: 0 valid, 1 invalid (one &quot;FILE:LINE: Kind ns/name: field: message&quot; line each), 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the schema and its rules, not Istio&apos;s semantic checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fields are errors (as kubectl --validate=strict), not warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print errors only, no warnings and no summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: give the files to check with -f FILE (or -f - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) checked</source>
        <translation>
            <numerusform>%n resource checked</numerusform>
            <numerusform>%n resources checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>print the health of apps, workloads and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proxy&apos;s Envoy configuration, like istioctl proxy-config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xDS sync status of every proxy, like istioctl proxy-status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::HealthPagesWiring</name>
    <message>
        <source>Waiting for the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the cluster&apos;s objects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to the cluster — objects as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request health unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::HealthThresholdsDialog</name>
    <message>
        <source>row %1 has an empty cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell contains a comma or a semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no row (Kiali defaults puts its four back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. Each row needs a code, a protocol, a direction and numbers with Degraded % ≤ Failure % (or Failure % 0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::HttpClient</name>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than %1 MB; it was not read to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects (a redirect loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response broke off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::IopEditorWindow</name>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid · profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] — IstioOperator — Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved edit of %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved IstioOperator edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshscope kept IstioOperator edits that were not saved:

%1

Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open IstioOperator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save IstioOperator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster serves no IstioOperator resources (install.istio.io).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading IstioOperators from the cluster… try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed-state IstioOperator in the cluster (istioctl 1.23 and older wrote one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed in the cluster (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 (cluster)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::IstioClient</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No istiod found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::IstioConfigPage</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in the mesh&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The analysis has not finished yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mesh&apos;s configuration has %1, %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info message(s)</source>
        <translation>
            <numerusform>%n info message</numerusform>
            <numerusform>%n info messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshscope::JsonTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::JsonTreeView</name>
    <message>
        <source>Search keys and values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::KubeApi</name>
    <message>
        <source>The certificate authority of cluster &quot;%1&quot; is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized: the cluster did not accept the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, context %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The API server rate limited the request (HTTP 429) and still did after %n retries over %1 s</source>
        <translation>
            <numerusform>The API server rate limited the request (HTTP 429) and still did after %n retry over %1 s</numerusform>
            <numerusform>The API server rate limited the request (HTTP 429) and still did after %n retries over %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>The API server rate limited the request (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The API server was unavailable (HTTP %1) and still was after %n retries over %2 s</source>
        <translation>
            <numerusform>The API server was unavailable (HTTP %1) and still was after %n retry over %2 s</numerusform>
            <numerusform>The API server was unavailable (HTTP %1) and still was after %n retries over %2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshscope::KubeDiscovery</name>
    <message>
        <source>A discovery response is not an APIResourceList</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::KubeInformer</name>
    <message>
        <source>The API server closed the watch of %1 right after it opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::KubeObjectModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::KubeWriter</name>
    <message>
        <source>The object needs metadata.name and metadata.namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object needs metadata.name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ListPage</name>
    <message>
        <source>applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels that must match, separated by commas: key=value, key!=value, or key (the label is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtualService</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DestinationRule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthorizationPolicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeerAuthentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestAuthentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Istio config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio config (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift traffic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no %1 in the chosen namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::LoggingPanel</name>
    <message>
        <source>Set for the selected logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for all loggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a logger first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether you may change log levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::LogsTab</name>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pods to read logs from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::MainWindow</name>
    <message>
        <source>%1 — Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system theme applies the next time Meshscope starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meshscope %1&lt;/h3&gt;&lt;p&gt;A native desktop console for Istio service meshes.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not change Istio resources in this cluster, so Meshscope only shows them. Ask for write access to shift traffic or apply changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open IstioOperator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the kubeconfig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::MergeView</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the merged result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base (when you opened it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (live now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (your edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed in the cluster while you were editing it.&lt;/b&gt; %2 change(s) of theirs and %3 of yours did not overlap and are merged. Choose what to keep for the %4 field(s) both changed; the result below is what will be applied (after a dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::MeshPage</name>
    <message>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>istiod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecar pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in sync, %2 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n istiod revision(s)&lt;/b&gt; (%1) · &lt;b&gt;%2 proxies&lt;/b&gt; (%3) · mesh mTLS &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n istiod revision&lt;/b&gt; (%1) · &lt;b&gt;%2 proxies&lt;/b&gt; (%3) · mesh mTLS &lt;b&gt;%4&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n istiod revisions&lt;/b&gt; (%1) · &lt;b&gt;%2 proxies&lt;/b&gt; (%3) · mesh mTLS &lt;b&gt;%4&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>IstioOperator &lt;b&gt;%1&lt;/b&gt;: profile %2, revision %3, %4:%5&lt;br&gt;Enabled: %6&lt;br&gt;Disabled: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed-state IstioOperator (istioctl stopped writing it in 1.21; Helm and Sail installs have none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No istio-ca-root-cert ConfigMap in istio-system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;valid %2 – %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>No ambient components (ztunnel, istio-cni, waypoints) in this mesh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mesh config cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::MetricsChartView</name>
    <message>
        <source>%1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conn/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no data in this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::MetricsTab</name>
    <message>
        <source>Destination proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By source workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By destination workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By source app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By destination app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By response code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with 1 hour earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with 3 hours earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with 1 day earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services have no outbound metrics: their workloads send the requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::NamespaceDelegate</name>
    <message>
        <source>no traffic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 % errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Istio config</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Istio object(s)</source>
        <translation>
            <numerusform>%n Istio object</numerusform>
            <numerusform>%n Istio objects</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 errors, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mTLS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 healthy, %3 degraded, %4 failing, %5 not ready, %6 without health information&lt;br&gt;%7&lt;br&gt;mTLS: %8&lt;br&gt;Click for its graph and lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::NeighbourGraph</name>
    <message>
        <source>%1 B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic in the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3/%4 ready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;istiod&lt;/b&gt;: none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;istiod&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Proxies&lt;/b&gt;: %1 (sync status unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Proxies&lt;/b&gt;: %1 in sync, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;mTLS&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio config</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n namespace</numerusform>
            <numerusform>%n namespaces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster has no namespaces you may see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::Ownership</name>
    <message>
        <source>label %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo CD application &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo CD syncs it from Git: with automated self-heal it puts the Git version back within minutes, otherwise the application shows OutOfSync and its next sync overwrites the change. Change it in Git instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo CD tracked objects by this label before version 3, but Helm charts set it too; if an Argo CD application of that name manages it, a change made here is reverted at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking id names another object (%1), so it was probably copied; Argo CD does not manage this object through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flux Kustomization &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flux (kustomize-controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation kustomize.toolkit.fluxcd.io/reconcile=disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation is disabled for this object, so Flux leaves a change made here alone until that annotation is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation kustomize.toolkit.fluxcd.io/ssa=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flux only creates this object when it is missing and does not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flux applies it from Git at every reconciliation (every few minutes) and puts back the fields it manages. Change it in Git instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flux HelmRelease &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flux (helm-controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation helm.toolkit.fluxcd.io/driftDetection=disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift detection ignores this object, but the next upgrade of the release from Git overwrites a change made here. Change the HelmRelease&apos;s values in Git instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flux upgrades the Helm release from Git: the next upgrade overwrites a change made here, and with drift detection on Flux corrects it at once. Change the HelmRelease&apos;s values in Git instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm release &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was rendered from a Helm chart, but no Helm release records it; the tool that applies the chart owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next helm upgrade or rollback of the release can overwrite a change made here. Change the chart&apos;s values instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner reference to Canary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary %1 routes this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagger canary &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagger sets the weights itself during every canary analysis and puts back anything else that differs from the Canary&apos;s spec at its next reconciliation. Change the Canary instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout %1 names it in its traffic routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo Rollouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo Rollouts rollout &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo Rollouts sets the weights of its routes itself and undoes a weight changed here at once. Change the Rollout&apos;s steps instead, or promote or abort the rollout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is managed by %2 (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be managed by %2 (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::PageCatalog</name>
    <message>
        <source>No cluster is connected. Choose a context in the toolbar, start with --kubeconfig/--context, or try the built-in demo mesh with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces at a glance: health, traffic and Istio configuration status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live traffic topology with request rate, errors, latency and mTLS on every edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traffic graph needs Prometheus with Istio&apos;s standard metrics. No Prometheus is configured yet; pass --prometheus URL or connect to a cluster that runs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications grouped by their app label, with health and versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments and their pods, sidecar injection and proxy status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes services and the Istio routing attached to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtualServices, DestinationRules, Gateways, policies and their validation results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy clusters, listeners, routes, endpoints and secrets per pod, and xDS sync with istiod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control plane: istiod revisions, versions and mesh configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::PromAuth</name>
    <message>
        <source>The Prometheus %1 file %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus %1 file %2 can be read by other users; make it private first (chmod 600 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus %1 file %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus %1 file %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password in the Prometheus URL is visible to other users in the process list; use MESHSCOPE_PROMETHEUS_PASSWORD or --prometheus-password-file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Prometheus either a token or a password, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Prometheus password needs a user name: http://USER@host or MESHSCOPE_PROMETHEUS_USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus credentials: basic auth with the user from the URL (http://USER@host) or MESHSCOPE_PROMETHEUS_USER and the password from MESHSCOPE_PROMETHEUS_PASSWORD or --prometheus-password-file; a bearer token from MESHSCOPE_PROMETHEUS_TOKEN or --prometheus-token-file. Files must be readable by their owner only (chmod 600). A password written into the URL works too, but every user can read it in the process list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::PromClient</name>
    <message>
        <source>No HTTP client for Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus URL is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials for Prometheus at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 refused the credentials (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus API at %1 (HTTP %2): check the URL and its path prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 is unavailable (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 is unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 gave up on the query at its time limit (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 sent a response larger than %2 MB; it was not read to its end. Query fewer namespaces or a shorter range, or raise the limit (--prometheus-max-body-mb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 redirected the query more than %2 times (a redirect loop?); check the URL and its path prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 answered (HTTP %2), but %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 rate limited the query (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 rate limited the query (HTTP 429) and asked to wait %2 s before the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 rate limited the query (HTTP 429) and asked to wait until %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::PromDiscovery</name>
    <message>
        <source>&quot;%1&quot; is not a Prometheus service: write namespace/name:port, e.g. istio-system/prometheus:9090.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Prometheus Service %1/%2 in the cluster: give its URL with --prometheus, or name the Service where it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Prometheus Service %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Service %1/%2 has no port %3 and no HTTP port to reach Prometheus on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::PromResult</name>
    <message>
        <source>Prometheus answered HTTP %1 without a JSON body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus sent a response that is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus response has no status &quot;success&quot; or &quot;error&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus sent a malformed %1 result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus sent an unknown result type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus sent JSON that is not a response object (a JSON %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus sent &quot;warnings&quot; that are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus sent a success without a data object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ProxiesPage</name>
    <message>
        <source>Proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sidecar&apos;s and gateway&apos;s xDS sync and its Envoy configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a cluster with Istio to see its proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n proxies</source>
        <translation>
            <numerusform>%1 of %n proxy</numerusform>
            <numerusform>%1 of %n proxies</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the proxies as of %1; the last refresh failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the proxies&apos; sync status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proxy(ies) STALE or failing:</source>
        <translation>
            <numerusform>%n proxy STALE or failing:</numerusform>
            <numerusform>%n proxies STALE or failing:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a proxy to see its Envoy configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — Istio %1, Envoy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ProxiesPageWiring</name>
    <message>
        <source>No pod with a proxy found for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in namespace %3 is not in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ProxyDetailController</name>
    <message>
        <source>Not connected to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the permission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing log levels needs &quot;create&quot; on pods/proxy in namespace %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ProxyDetailTabs</name>
    <message>
        <source>FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this proxy with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another proxy, e.g. another pod of the same workload or another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>istiod vs Envoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>istiod&apos;s view of this proxy is not available (no istiod reported it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>istiod&apos;s view of this proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>istiod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing resources are what Envoy has not accepted yet (a STALE proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ProxyStatusController</name>
    <message>
        <source>Not connected to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running istiod found (pods labelled app=istiod)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ProxyStatusModel</name>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>istiod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ProxyTableTab</name>
    <message>
        <source>Filter by any column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ResourceEditorDialog</name>
    <message>
        <source>Your edit vs live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live vs last applied by Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server dry run of every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts it (dry run). Press &lt;b&gt;Apply now&lt;/b&gt; to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejects it (dry run):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at %1 (server-side apply, field manager meshscope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt; is owned by &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other field managers own fields this edit changes:&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged. Check the result, then Apply (a new dry run comes first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next dry run and apply take these fields over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>schemas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft kept on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Possibly managed by %1&lt;/b&gt; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Managed by %1&lt;/b&gt; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change made here is likely reverted at its next sync: make it in Git instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edit as a file or copy the patch for the Git change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. You can edit, validate and save to a file, but not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account may not change Istio resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run first, then server-side apply with field manager &quot;meshscope&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster whether it would accept the change; nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (not in the cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last applied by Meshscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live now (those fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a cluster to compare with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resource in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source># %n resource(s) without differences
</source>
        <translation>
            <numerusform># %n resource without differences
</numerusform>
            <numerusform># %n resources without differences
</numerusform>
        </translation>
    </message>
    <message>
        <source>Live → after applying (server dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge patch (live → your edit) is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that were not applied or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them as a draft (Meshscope offers it again next time), or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ResourceEditors</name>
    <message>
        <source>New &amp;resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open manifest &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s access review says your account may not change Istio resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n file)</numerusform>
            <numerusform>%1 (%n files)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Meshscope kept %n edit(s) that were not applied or saved:</source>
        <translation>
            <numerusform>Meshscope kept %n edit that were not applied or saved:</numerusform>
            <numerusform>Meshscope kept %n edits that were not applied or saved:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit YAML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks %1: %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ResourceTablePage</name>
    <message>
        <source>Filter by any column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::Sparkline</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::TrafficCommand</name>
    <message>
        <source>Usage: meshscope traffic &lt;action&gt; [options]

  shift    --namespace NS --service SVC --weights v1=80,v2=20 [--mirror v3=10 | --no-mirror] [--tcp]
  route    --namespace NS --service SVC --rule &apos;header:end-user=jason&gt;v2&apos; [--rule &apos;uri-prefix:/beta&gt;v3&apos; …]
  fault    --namespace NS --service SVC [--delay 5s --delay-percent 10] [--abort 503 --abort-percent 5]
  timeout  --namespace NS --service SVC [--timeout 2s] [--retries 3 --per-try-timeout 1s --retry-on 5xx]
  reset    --namespace NS --service SVC   remove the routing Meshscope created (and say what stays)
  undo     [--id ID | --namespace NS --service SVC]   undo a change (the newest, by default)
  history  list the changes made from this machine

Every writing action shows the YAML diff of what it writes, dry-runs it on the server (dryRun=All) and then writes it only if nothing changed meanwhile; --dry-run stops after the server&apos;s answer.
Common options: --kubeconfig FILE --context NAME --dry-run --force (write objects Argo CD, Flux, Helm, Flagger or Argo Rollouts manage) -o diff|yaml --history-file FILE
Exit codes: 0 done (or nothing to do), 1 refused or failed, 2 bad arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule; write it as header:end-user=jason&gt;v2 or uri-prefix:/beta&gt;v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown match &quot;%1&quot; in rule &quot;%2&quot;; use header, header-prefix, header-regex, uri, uri-prefix or uri-regex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs a header name and value: header:NAME=VALUE&gt;VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs a value and a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights per version, adding up to 100: v1=80,v2=20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror a percentage of the requests to a version: v3=10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop mirroring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift TCP routes instead of HTTP routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the diff and the server&apos;s dry-run answer; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write objects that Argo CD, Flux, Helm, Flagger or Argo Rollouts manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff (default) or yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change history file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to undo (see traffic history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay requests by this long (5s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests delayed (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer requests with this HTTP status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests aborted (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout (2s); none when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry attempts; none when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout of each try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy retry conditions (5xx,connect-failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request routing rule, in order: header:end-user=jason&gt;v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which action? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be diff or yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic %1 needs --namespace and --service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic undo takes --namespace and --service together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic shift needs --weights, e.g. v1=80,v2=20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mirror and --no-mirror exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mirror takes version=percent (0 to 100), e.g. v3=10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--abort takes an HTTP status code, e.g. 503.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retries takes a number of attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (undone by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (undoes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change to undo on this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change %1 in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 was undone already (by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing change %1 of %2 (%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># deletes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 would revert this change. Change it in Git (the diff above is the patch), or run again with --force to write it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: writing anyway (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-side dry run (dryRun=All):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server refused the change; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as change %1; undo it with: meshscope traffic undo --id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: the object changed after it was read, so nothing was overwritten. Run the command again to review the change against the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of the change was written (see above).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::TrafficShiftDialog</name>
    <message>
        <source>Reading the live objects and preparing the diff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the objects of the change of %1 to put them back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by %1: a change made here would be reverted. Copy the patch for a change in Git, or tick &quot;Write anyway&quot; to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the diff, then Dry run asks the API server to validate it without storing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run on the API server (dryRun=All)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server refused the change; nothing was written. See its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server accepts it. Apply writes it, unless the objects changed since the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object changed since the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the routing since your review, so nothing was overwritten. The diff shows what changed; your weights are kept — Review again to build on the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied and recorded. The share now follows within a refresh or two; Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patch is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches (*.patch *.diff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the patch to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — an undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3%4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change of %1 recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the weights (or another wizard&apos;s options), then Review shows what will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the routing of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routing yet: every pod of the service gets its share. Applying creates a VirtualService and a DestinationRule labelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed by VirtualService %1: only the weights of its default route change; every other route, match, timeout, retry and field stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed by HTTPRoute %1 (Gateway API): the backendRefs weights of its default rule change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the weights, then Review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the weights, then Review. (No Prometheus: the share now is not shown.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pods: traffic sent to %1 would fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live share unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share now: the last %1 s of requests, from Prometheus, refreshed every %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the last review: Review again to see the diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header matches regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI matches regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 has no value to match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::TrafficWiring</name>
    <message>
        <source>Shift traffic…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::WeightRowsWidget</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send all traffic to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mirror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1&apos;s weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1&apos;s weight while moving the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % (%3–%4 % possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives a copy of the requests, not a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked or nothing else can take its share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::WeightSplit</name>
    <message>
        <source>There is no version to send traffic to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights add up to %1 %; they must add up to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version cannot mirror its own traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weights given; write them as v1=80,v2=20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight; write them as v1=80,v2=20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of %1 is %2; weights are 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::analysis::Fix</name>
    <message>
        <source>The analysis itself failed; report it with the input that triggers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the replacement the message names before upgrading Istio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the missing resource, or correct the name, host, port or selector that points to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the namespace istio-injection=enabled (or istio.io/rev=&lt;revision&gt;) to inject sidecars, or istio-injection=disabled to say it is deliberately outside the mesh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the pod (for example `kubectl rollout restart` of its deployment) so the injector adds the sidecar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the field the message names; Istio rejects the resource as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the annotation to the kind of resource it belongs on (for pods: the pod template of the workload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the annotation; Istio does not know it and ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the VirtualServices for this host into one, or give them different hosts or exportTo scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the workload selectors of these Sidecars select disjoint pods, or merge them into one Sidecar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one Sidecar without workloadSelector per namespace; give the others a selector or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add destination.port to the route so it names one of the service&apos;s ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same protocol for this port in every Service that selects the deployment, or split the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the port &lt;protocol&gt;[-suffix] (http, http2, grpc, tcp, tls, …) or set appProtocol so Istio knows the protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only one injection label on the namespace (istio-injection or istio.io/rev).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the annotation&apos;s value to the format the message states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a registry that exists (Kubernetes or the cluster name of a remote secret) in meshNetworks fromRegistry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selector so it matches pods in the mesh, or remove the policy if the workload is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set caCertificates (or a credentialName with the CA) so the client verifies the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set caCertificates in the port-level TLS settings so the client verifies the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or reorder the rule: an earlier rule already takes every request it would match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the match or move it before the rule that already covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the host to one of the gateway&apos;s servers, or change the VirtualService&apos;s hosts to ones the gateway serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the field the message names; Istio accepts it but it may not do what you expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add addresses to the ServiceEntry, or give its TCP ports another protocol, or turn on DNS auto-allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the deprecated annotation with its successor before upgrading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation belongs to an alpha feature; expect changes between Istio releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each Service that selects the deployment a different targetPort, or the same port for the same targetPort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a distinct certificate per gateway, or merge the servers into one gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the webhooks&apos; selectors so only one injector matches each namespace and pod, or fix the service they call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a subset in the ingress route too, or drop the subset routing that the gateway bypasses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the missing permission to the user that runs the analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Kubernetes to a version this Istio release supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the application listen on 0.0.0.0 (or the pod IP) rather than localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the application under a user ID other than 1337; the sidecar needs that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the gateways different ports or hosts, or merge them, so one listener does not serve two configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the namespace or pod so an Istio injection webhook matches, or set a real proxy image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if every namespace should be in the mesh; label it istio-injection=disabled otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a RequestAuthentication to the gateway pods so the JWT is validated before its claims are used for routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the ExternalName service&apos;s ports by protocol (not plain tcp) so the proxy forwards them correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a priority on the EnvoyFilter, or use an absolute operation (INSERT_FIRST, ADD) instead of a relative one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use REPLACE only with applyTo HTTP_FILTER, NETWORK_FILTER or VIRTUAL_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD has no effect on ROUTE_CONFIGURATION or HTTP_ROUTE; use MERGE or another applyTo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMOVE has no effect on ROUTE_CONFIGURATION or HTTP_ROUTE; use another applyTo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a priority, or avoid relative operations in EnvoyFilters that match on proxyVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the Gateway API CRDs to the version Istio requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one provider in the access logging settings, or remove the empty entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the listed pods so they get the proxy image of the current control plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the Telemetry selectors select disjoint pods, or merge the Telemetries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one Telemetry without selector per namespace; give the others a selector or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a valid, unexpired certificate and its key into the secret the gateway references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the port to the gateway workload&apos;s Service, or change the gateway server&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the external control plane webhook a valid URL or service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a hostname rather than an IP address for the external control plane in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference the Gateway you created, not the internal gateway Istio generates for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use targetRef(s) to attach the policy to a Kubernetes Gateway; selectors do not apply there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the policy or move the workload out of ambient mode; the policy does nothing as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the release notes for this setting, or install with the compatibility version the message names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the service&apos;s type, ports and headless mode the same in every cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the resource&apos;s status: the controller could not accept or program it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the Gateway API CRDs before the next Istio upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the subset&apos;s labels so they select running pods, or deploy the version it names; requests to it fail with 503 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the host, or create the Service or ServiceEntry it should apply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set BLOCKED_CIDRS_IN_JWKS_URIS on istiod to keep JWKS fetches away from internal networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the Gateway API CRDs to at least the version the message names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one protocol for this host and port in all ServiceEntries, or scope them with exportTo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one object without selector per namespace; give the others a workload selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selectors pick different workloads, or merge the objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selector so it matches a workload in this namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to namespaces that exist (or &apos;.&apos; / &apos;*&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the namespace in the rule, or create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTP method names (GET, POST, …) or Istio wildcards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the host, or create the Service or ServiceEntry it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable mTLS (PeerAuthentication and DestinationRule, or auto mTLS) so peer identities are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the principal, or create the service account it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service account lives in another cluster; it cannot be checked from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the principal&apos;s trust domain; it is not one of the mesh&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint (istio.io/use-waypoint) so L7 rules apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the policy with targetRefs to a Service or Gateway; waypoints ignore selectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the DestinationRules for this host, or make their subsets distinct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the host, or create the Service, workload or ServiceEntry it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the subset&apos;s labels so they match the pods (or endpoints) of the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the TLS settings in this DestinationRule too; the mesh-wide ones are overridden here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mesh-wide PeerAuthentication enabling mTLS, or disable mTLS in the DestinationRule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a namespace PeerAuthentication enabling mTLS, or disable mTLS in the DestinationRule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the PeerAuthentication to PERMISSIVE, or enable mTLS in the DestinationRule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add labels to the subset so it selects pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint so L7 settings apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the service istio.io/use-waypoint so the waypoint applies these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the DestinationRule into the namespace of the service it targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the gateways different hosts or ports, or merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selector so it matches a gateway workload in this namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mesh-wide DestinationRule enabling ISTIO_MUTUAL, or turn on auto mTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a DestinationRule enabling ISTIO_MUTUAL for the namespace, or turn on auto mTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a DestinationRule disabling mTLS for the namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mesh-wide DestinationRule disabling mTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the port &lt;protocol&gt;[-suffix] (http, grpc, tcp, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set appProtocol to a protocol Istio knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expose the Service&apos;s target port in a container of the selected deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the egress host, or create the service it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the workload selector from the mesh-wide default Sidecar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set outboundTrafficPolicy mode explicitly (ALLOW_ANY or REGISTRY_ONLY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the destination host, or create the Service or ServiceEntry it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the gateway name (namespace/name), or create the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the weight or add the other destinations; a single destination always gets 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to each host and subset only once per rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the VirtualServices for this host into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the subset to the host&apos;s DestinationRule, or route to a subset that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the gateway as &lt;namespace&gt;/&lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint so the routing applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint so the policy applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint so the plugin runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint so the settings apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the service istio.io/use-waypoint so the waypoint applies the routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the VirtualService into the namespace of the service it routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the policy with targetRefs to a Service or Gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the plugin with targetRefs to a Service or Gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the Telemetry with targetRefs to a Service or Gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the ServiceEntries for this host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one protocol for this host and port in all ServiceEntries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an AuthorizationPolicy that covers this workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove either the sidecar injection label or the ambient label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the workload&apos;s namespace in ambient mode, or remove the waypoint labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the waypoint the annotation names, or correct the annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sidecar label or the ambient redirection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sidecar container or the ambient labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sidecar or move the workload out of the ambient namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a waypoint for the workload so its L7 policies apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the parent gateway, or create it (and allow the route&apos;s namespace on its listeners).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the backend name, or create the Service it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the gateways&apos; listeners different hostnames or ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each gateway its own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make each listener&apos;s hostname, port and protocol unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a GatewayClass that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the from namespace, or create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the service account, or correct its name in the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the WorkloadGroups different labels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::analysis::ValidationColumnProxy</name>
    <message>
        <source>Not analysed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info message(s)</source>
        <translation>
            <numerusform>%n info message</numerusform>
            <numerusform>%n info messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshscope::config::EditSession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the YAML first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resource in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with several resources is compared with the cluster by a server dry run (Dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This object is not in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshscope has not applied this object from here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not change Istio resources (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) first</source>
        <translation>
            <numerusform>Fix the %n error first</numerusform>
            <numerusform>Fix the %n errors first</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted by the server (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 changed in the cluster while you edited; %n change(s) of theirs were merged into yours. Review the text and apply again.</source>
        <translation>
            <numerusform>%1 changed in the cluster while you edited; %n change of theirs was merged into yours. Review the text and apply again.</numerusform>
            <numerusform>%1 changed in the cluster while you edited; %n changes of theirs were merged into yours. Review the text and apply again.</numerusform>
        </translation>
    </message>
    <message>
        <source>applying takes over fields as you reviewed them: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::details::PodLogsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::graph::GraphBuilder</name>
    <message numerus="yes">
        <source>Prometheus returned %n traffic sample(s) with a NaN, infinite or negative rate; they were left out.</source>
        <translation>
            <numerusform>Prometheus returned %n traffic sample with a NaN, infinite or negative rate; it was left out.</numerusform>
            <numerusform>Prometheus returned %n traffic samples with a NaN, infinite or negative rate; they were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshscope::graph::GraphRefresh</name>
    <message>
        <source>no Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the graph any more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::graph::GraphSeries</name>
    <message>
        <source>No Prometheus configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::graph::GraphService</name>
    <message>
        <source>No Prometheus configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::health::EntityFilterProxy</name>
    <message>
        <source>Cannot read the label filter &quot;%1&quot;: write key=value, key!=value or key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::health::EntityListModel</name>
    <message>
        <source>Inbound requests per second; outbound %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound errors; outbound %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Istio gateway: Envoy is the workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pods run without the istio-proxy sidecar: their traffic is outside the mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the mesh through ztunnel (ambient mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>istio-proxy %1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ready of %2 pods, %3 restarts; %4 desired, %5 available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::health::JsonTreeModel</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::health::NamespaceModel</name>
    <message>
        <source>ambient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injection disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Istio config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n app(s): %1 healthy, %2 degraded, %3 failing</source>
        <translation>
            <numerusform>%n app: %1 healthy, %2 degraded, %3 failing</numerusform>
            <numerusform>%n apps: %1 healthy, %2 degraded, %3 failing</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1 errors, %2 warnings</source>
        <translation>
            <numerusform>%n object, %1 errors, %2 warnings</numerusform>
            <numerusform>%n objects, %1 errors, %2 warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: %1, no health information: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::CanaryPlan</name>
    <message>
        <source>1. Install the new control plane next to the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Check it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Point the namespaces at the new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Restart the workloads so they get the new sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback: back to the old revision, then remove the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When everything runs on the new revision: remove the old control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid revision name: lower-case letters, digits and &apos;-&apos;, at most 63</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current IstioOperator already uses revision %1; pick a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateways stay with the current control plane; move them later by setting istio.io/rev=%1 on their deployments and restarting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No istiod of revision %1 runs in the cluster (running: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An istiod of revision %1 already runs: installing again updates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1 has injected pods but no injection label: labelling it turns injection on for every new pod there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Namespace %1 has %n pod(s) on revision %2.</source>
        <translation>
            <numerusform>Namespace %1 has %n pod on revision %2.</numerusform>
            <numerusform>Namespace %1 has %n pods on revision %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 has no controller: delete and recreate it to change its sidecar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No namespace is chosen: only the control plane would change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopDraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a draft in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopEditorDocument</name>
    <message>
        <source>A Sail operator Istio resource: the views show the IstioOperator it corresponds to (see the Sail tab); the form edits IstioOperator files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML was written anew to change %1: its comments and key order were not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an IstioOperator file (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopEffectiveModel</name>
    <message>
        <source>= default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopEffectiveView</name>
    <message>
        <source>Only values the file sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide chart defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter paths and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: this file · Orange: --set · Blue: the profile · Plain: default profile · Grey: chart default. Bold default: the value differs from the chart&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopFieldBinder</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write key=value pairs separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopFormWidget</name>
    <message>
        <source>This is a Sail operator Istio resource. The form edits IstioOperator files: edit the YAML, or convert it on the Sail tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in starting point; default is merged first, then this profile, then the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry and path the Istio images are pulled from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tag, usually the Istio version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs a separate control plane named after it (istiod-&lt;revision&gt;); namespaces choose one with the istio.io/rev label. Needed for canary upgrades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace of the control plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ingress gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add egress gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscale min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscale max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesh configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where every proxy writes its access log; /dev/stdout puts it in the container log. Empty: no log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text lines or one JSON object per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies send spans of the requests they handle to the tracing backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests traced, in percent (0–100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOW_ANY lets workloads call any host; REGISTRY_ONLY only known services and ServiceEntries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecars talk mutual TLS to each other without needing a DestinationRule for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity domain in workload certificates: spiffe://&lt;trust domain&gt;/ns/&lt;namespace&gt;/sa/&lt;account&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration placed in this namespace (Sidecar, EnvoyFilter, …) applies to the whole mesh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application containers start only once the sidecar is ready, so early calls do not fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address proxies fetch their configuration from (istiod).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar serves the application&apos;s metrics together with its own on one scrape port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a proxy waits for the first bytes to guess the protocol of an unnamed port, e.g. 100ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values (Helm chart settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file sets under spec.values, next to the charts&apos; defaults. Edit a value in the table; clear it to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path, e.g. pilot.autoscaleEnabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base (CRDs, roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot (istiod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNI node agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ztunnel (ambient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>istiod remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the %1. Editing it copies the whole gateway list into the file: istioctl replaces lists, it does not merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set values.%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopListTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopMerge</name>
    <message>
        <source>unable to parse file %1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to parse file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains multiple IstioOperator CRs, only one per file is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IstioOperator: expected a YAML mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; not found (the profiles are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.installPackagePath is not read: the built-in profiles are used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopProfileDiffView</name>
    <message>
        <source>this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3 lines removed, %4 added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopProfileTools</name>
    <message>
        <source>no value at %1 in the merged spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read &quot;%1&quot;: it is neither a profile (%2) nor a readable file (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an IstioOperator (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopSailView</name>
    <message>
        <source>Open in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Sail operator Istio resource; as an IstioOperator for istioctl:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted from Sail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IstioOperator as Sail operator resources (sailoperator.io/v1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted to Sail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything carries over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopSchema</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration such as 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quantity such as 100m or 1Gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopUpgradeView</name>
    <message>
        <source>no sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the gateways on the current control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pods get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new Istio version, e.g. 1.25.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision name, e.g. 1-25-0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save IstioOperator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading namespaces and pods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a cluster: the plan covers the control plane; connect to see which namespaces and pods run which revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control planes: %1. Sidecars by revision: %2. Tick the namespaces to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopValidation</name>
    <message>
        <source>bad hub: %1 is not a valid image repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad tag: a tag is a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad tag: %1 is not a valid image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid revision specified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value %1.name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global.proxy.%1: %2 is not an IP range (CIDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global.proxy.%1: %2 is not a port number (0–65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1/%2 in gateway %3 invalid: targetPort is set to %4, which requires root. Set targetPort to be greater than 1024 or configure values.gateways.%5.runAsRoot=true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components.pilot.k8s.replicaCount should not be set when values.pilot.autoscaleEnabled is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components.%1Gateways[name=%2].k8s.replicaCount should not be set when values.gateways.istio-%1gateway.autoscaleEnabled is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1 is not IstioOperator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopYamlPane</name>
    <message>
        <source>apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
spec:
  profile: default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: istioctl would accept this IstioOperator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::SailConversion</name>
    <message>
        <source>components.pilot.k8s.hpaSpec: only minReplicas and maxReplicas carry over (as values.pilot.autoscaleMin/Max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components.pilot.k8s.env %1: valueFrom cannot be carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components.pilot.k8s.%1 cannot be carried: Sail&apos;s Istio has no Kubernetes overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IstioOperator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numeric spec.tag: spec.version is left out, so Sail installs its default version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile minimal is Sail&apos;s default (Sail never installs gateways)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sail has no profile %1: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.revision %1 is not carried: with RevisionBased updates Sail names each revision &lt;name&gt;-&lt;version&gt;, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.%1 cannot be carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components.pilot is disabled, but Sail&apos;s Istio always runs istiod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components.pilot.%1 cannot be carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 is not part of Sail&apos;s Istio: deploy it with the gateway Helm chart or gateway injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components.%1[name=%2].k8s cannot be carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components.%1.k8s cannot be carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components.%1 becomes a separate %2 resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Sail Istio resource (sailoperator.io, kind Istio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sail&apos;s external profile has no IstioOperator profile; remote is the closest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.version %1 is not a release number: no tag set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision-based updates become a fixed spec.revision; istioctl does not remove old revisions on its own (inactiveRevisionDeletionGracePeriodSeconds does not carry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updateStrategy.updateWorkloads cannot be carried: relabel and restart the workloads yourself (see the upgrade helper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ingress gateway is disabled, as under Sail; enable it in components.ingressGateways if istioctl should install it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::iop::TextEdit</name>
    <message>
        <source>the YAML has an error at line %1; fix it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds several documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::ChangeHistory</name>
    <message>
        <source>Cannot read the change history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change history %1 is damaged (%2); it starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes it: the change created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates it again as it was before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already as it was before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts back its labels, annotations and spec as they were before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed again after this change (resourceVersion %2 → %3); undoing reverts that too — see the diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is already as it was before the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::LiveSplit</name>
    <message>
        <source>No Prometheus to ask for the live split.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::RouteAnalysis</name>
    <message>
        <source>The last %1 route of VirtualService %2 has a match, so there is no default route whose weights could change. Add a route without match at the end of it, or edit the VirtualService.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 delegates to VirtualService %2; shift the weights there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 answers requests itself (a redirect or direct response) instead of routing them to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 also sends traffic to %2, which is not a version of %3; edit the VirtualService instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 sends traffic to subset %2, which no DestinationRule of %3 defines; fix that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subset %1 of %2 selects pods by other labels than version; Meshscope shifts traffic between versions only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPRoute %1 has no rule without matches (or matching every path), so there is no default rule whose weights could change; edit the HTTPRoute instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default rule of HTTPRoute %1 also sends traffic to %2, which is not a Service selecting one version of %3; edit the HTTPRoute instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::RoutingLoader</name>
    <message>
        <source>Could not list %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service %1 in namespace %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::RoutingReview</name>
    <message>
        <source> (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::RoutingWizards</name>
    <message>
        <source>%1 is routed by HTTPRoute %2; this wizard writes VirtualServices. Edit the HTTPRoute instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a VirtualService for %1 whose one route %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 %2; every other route and field stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; write it as 500ms, 2s, 1.5s, 1m or 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shorter than the 1 ms Istio accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault percentages are 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an HTTP status code to answer with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delays %1 % of the requests by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers %1 % of the requests with HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injects no fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry attempts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times out after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retries %n time(s)</source>
        <translation>
            <numerusform>retries %n time</numerusform>
            <numerusform>retries %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown version %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 has no pods; requests sent to it would fail (503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule needs a header name and a value to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is routed by HTTPRoute %2; this wizard writes VirtualServices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rules to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a VirtualService for %1: %2, everything else to every version as now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtualService %1 already has these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>VirtualService %1: rules first, in order: %2 (replacing %n rule route(s) written before); every other route stays as it is.</source>
        <translation>
            <numerusform>VirtualService %1: rules first, in order: %2 (replacing %n rule route written before); every other route stays as it is.</numerusform>
            <numerusform>VirtualService %1: rules first, in order: %2 (replacing %n rule routes written before); every other route stays as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes it: Meshscope created it (label %1=%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshscope did not create it (changes Meshscope made to it can be undone from the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshscope created it, but routes that stay use its subset(s) %1; deleting it would make those requests fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshscope created no routing for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::RoutingWriter</name>
    <message>
        <source>%1: the server would create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server would accept the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed (resourceVersion %2 → %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server would delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed by someone else since it was read (%2); nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask the API server for permissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not make this change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster does not serve %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::ServiceRouting</name>
    <message>
        <source>The service has no selector, so no pods belong to it and there are no versions to route to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 has no pods: DestinationRule subset %2 selects none, so traffic sent to it fails (503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 has no ready pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) without a version label (%1): a subset selects pods by version, so once traffic is split by version these pods get none of it.</source>
        <translation>
            <numerusform>%n pod without a version label (%1): a subset selects pods by version, so once traffic is split by version this pod gets none of it.</numerusform>
            <numerusform>%n pods without a version label (%1): a subset selects pods by version, so once traffic is split by version these pods get none of it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::ShiftPlanner</name>
    <message>
        <source>Mirroring is not offered for services routed by an HTTPRoute; add a RequestMirror filter to the HTTPRoute instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Service selects version %1 of %2. An HTTPRoute sends traffic to Services, so create one with the selector of %2 plus version=%1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 % → %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 0 % → %2 % (backend %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing of %1 already has these weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default rule (rule %1 of %2) backendRefs: %3. Every other rule, match, filter and field stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same weights, written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPRoute %1 also routes %2; it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DestinationRule %1 has a subset named %2 that does not select version=%2; rename it or give it the label, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds subset(s) %1 (selector version=&lt;name&gt;); keeps every other subset and the traffic policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a DestinationRule with one subset per version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 0 % → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pods with a version label, so there are no versions to split traffic between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown version %1: %2 has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 has no pods; traffic sent to it would fail (503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown version %1 to mirror to: %2 has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 has no pods to receive mirrored traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror percentage must be 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirrors %1 % of the requests to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stops mirroring to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a default %1 route: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default %1 route (route %2 of %3): %4. Every other route, match, timeout, retry, fault, header rule and field stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a VirtualService for %1 with one %2 route: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtualService %1 also routes %2, but Istio uses the oldest one (%3); it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtualService %1 routes %2 for its gateways only; it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both VirtualService %1 and HTTPRoute %2 route %3; remove one of them first, so that it is clear which one the mesh follows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::TrafficChange</name>
    <message>
        <source>There is nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change was made on another cluster (%1); connect to it to undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster does not serve %1.%2 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (as reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (live now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
