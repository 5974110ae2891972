<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>The config dump is not a ConfigDump JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecCredential</name>
    <message>
        <source>The exec credential plugin did not print an ExecCredential JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin printed an object whose kind is not ExecCredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin answered with apiVersion &quot;%1&quot; but the kubeconfig asked for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin gave an invalid expirationTimestamp &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin returned neither a token nor a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin returned a client certificate without a key, or a key without a certificate</source>
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
</context>
<context>
    <name>IstiodDebug</name>
    <message>
        <source>istiod&apos;s %1 did not return %2 (%3)</source>
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
</context>
<context>
    <name>Kubeconfig</name>
    <message>
        <source>%1: &quot;%2&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry of &quot;%2&quot; has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; in %3 must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin of user &quot;%1&quot; has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin of user &quot;%1&quot; has apiVersion &quot;%2&quot;; only client.authentication.k8s.io/v1 and v1beta1 are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin of user &quot;%1&quot; must set interactiveMode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin of user &quot;%1&quot; has an invalid interactiveMode &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin of user &quot;%1&quot; has an env entry without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has a client certificate without a key, or a key without a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; sets both a token and a username/password; use only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; uses an auth-provider, which kubectl no longer supports; use an exec credential plugin instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec section of user &quot;%1&quot; must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no server URL (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has an invalid server URL &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has an invalid proxy-url &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; sets insecure-skip-tls-verify together with a certificate authority; use only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig file %1 is not valid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig file %1 is not a YAML map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig file %1 is malformed: %2</source>
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
        <source>The kubeconfig has no contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has no current-context; choose a context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; does not exist in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; names no cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; refers to cluster &quot;%2&quot;, which does not exist in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; refers to user &quot;%2&quot;, which does not exist in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cannot be read from %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets both %2 and %3; use only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeconfigContexts</name>
    <message>
        <source>Cannot read kubeconfig %1: %2</source>
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
    <name>main</name>
    <message>
        <source>meshscope: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meshscope::ClusterPages</name>
    <message>
        <source>Nothing here yet: waiting for the cluster, or the chosen namespace has none.</source>
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
        <source>The exec credential plugin &quot;%1&quot; did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; failed (exit code %2)%3</source>
        <translation type="unfinished"></translation>
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
        <source>Traffic graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>meshscope::GraphPageWiring</name>
    <message>
        <source>No Prometheus to ask: start Meshscope with --prometheus URL, or try --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Prometheus</source>
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
        <source>Close the side panel</source>
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
    <name>meshscope::GraphView</name>
    <message>
        <source>Shift traffic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show proxy config</source>
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
</context>
<context>
    <name>meshscope::HeadlessCommands</name>
    <message>
        <source>List the contexts of the kubeconfig; * marks the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to the kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig file found.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>meshscope::HealthThresholdsDialog</name>
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
        <source>Connected to %1. This page does not show cluster data in this version yet.</source>
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
</TS>
