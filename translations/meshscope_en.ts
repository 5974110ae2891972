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
    <name>main</name>
    <message>
        <source>meshscope: unknown command &quot;%1&quot;</source>
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
        <source>demo mesh at %1</source>
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
</context>
<context>
    <name>meshscope::HttpClient</name>
    <message>
        <source>timed out</source>
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
</TS>
