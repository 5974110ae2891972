<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>Meshscope — a native desktop console for Istio service meshes.</source>
        <translation>Meshscope – eine native Desktop-Konsole für Istio-Service-Meshes.</translation>
    </message>
    <message>
        <source>Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config).</source>
        <translation>Pfad zur kubeconfig-Datei (Standard: $KUBECONFIG, dann ~/.kube/config).</translation>
    </message>
    <message>
        <source>The kubeconfig context to use.</source>
        <translation>Der zu verwendende kubeconfig-Kontext.</translation>
    </message>
    <message>
        <source>Prometheus base URL, e.g. http://127.0.0.1:9090.</source>
        <translation>Basis-URL von Prometheus, z. B. http://127.0.0.1:9090.</translation>
    </message>
    <message>
        <source>Open the built-in demo mesh.</source>
        <translation>Das eingebaute Demo-Mesh öffnen.</translation>
    </message>
    <message>
        <source>Render the main window offscreen to a PNG file and exit.</source>
        <translation>Das Hauptfenster ohne Bildschirm in eine PNG-Datei zeichnen und beenden.</translation>
    </message>
    <message>
        <source>The page to show first: %1.</source>
        <translation>Die zuerst angezeigte Seite: %1.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, WIDTHxHEIGHT (default 1280x800).</source>
        <translation>Fenstergröße für --screenshot, BREITExHÖHE (Standard 1280x800).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--prometheus needs an http:// or https:// URL, got &quot;%1&quot;</source>
        <translation>--prometheus braucht eine http://- oder https://-URL, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; choose one of: %2</source>
        <translation>Unbekannte Seite „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>--screenshot-size needs WIDTHxHEIGHT, got &quot;%1&quot;</source>
        <translation>--screenshot-size braucht BREITExHÖHE, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>KubeconfigContexts</name>
    <message>
        <source>Cannot read kubeconfig %1: %2</source>
        <translation>kubeconfig %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meshscope</source>
        <translation>Meshscope</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;About Meshscope</source>
        <translation>Ü&amp;ber Meshscope</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The window could not be rendered.</source>
        <translation>Das Fenster konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>meshscope: unknown command &quot;%1&quot;</source>
        <translation>meshscope: unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>meshscope::ClusterPicker</name>
    <message>
        <source>No kubeconfig context</source>
        <translation>Kein kubeconfig-Kontext</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
</context>
<context>
    <name>meshscope::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting — data stale since %1</source>
        <translation>Verbinde neu – Daten veraltet seit %1</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>meshscope::DemoMesh</name>
    <message>
        <source>The demo mesh simulator could not be started: %1</source>
        <translation>Der Demo-Mesh-Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The demo mesh simulator stopped (exit code %1).</source>
        <translation>Der Demo-Mesh-Simulator wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>Cannot create a state directory for the demo mesh.</source>
        <translation>Für das Demo-Mesh kann kein Zustandsverzeichnis angelegt werden.</translation>
    </message>
    <message>
        <source>The demo mesh simulator (meshscope-sim) is not installed next to meshscope.</source>
        <translation>Der Demo-Mesh-Simulator (meshscope-sim) ist nicht neben meshscope installiert.</translation>
    </message>
    <message>
        <source>Starting the demo mesh…</source>
        <translation>Demo-Mesh wird gestartet…</translation>
    </message>
    <message>
        <source>The demo mesh simulator did not become ready.</source>
        <translation>Der Demo-Mesh-Simulator wurde nicht bereit.</translation>
    </message>
    <message>
        <source>Prometheus is not installed; the demo mesh has no metrics.</source>
        <translation>Prometheus ist nicht installiert; das Demo-Mesh hat keine Metriken.</translation>
    </message>
    <message>
        <source>Cannot write the Prometheus configuration.</source>
        <translation>Die Prometheus-Konfiguration kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Starting Prometheus…</source>
        <translation>Prometheus wird gestartet…</translation>
    </message>
    <message>
        <source>Prometheus did not become ready; see %1.</source>
        <translation>Prometheus wurde nicht bereit; siehe %1.</translation>
    </message>
</context>
<context>
    <name>meshscope::GuiSession</name>
    <message>
        <source>demo mesh</source>
        <translation>Demo-Mesh</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; is not in the kubeconfig</source>
        <translation>Kontext „%1“ steht nicht in der kubeconfig</translation>
    </message>
    <message>
        <source>demo mesh at %1</source>
        <translation>Demo-Mesh unter %1</translation>
    </message>
</context>
<context>
    <name>meshscope::HeadlessCommands</name>
    <message>
        <source>List the contexts of the kubeconfig; * marks the current one.</source>
        <translation>Die Kontexte der kubeconfig auflisten; * markiert den aktuellen.</translation>
    </message>
    <message>
        <source>Path to the kubeconfig file.</source>
        <translation>Pfad zur kubeconfig-Datei.</translation>
    </message>
    <message>
        <source>No kubeconfig file found.</source>
        <translation>Keine kubeconfig-Datei gefunden.</translation>
    </message>
    <message>
        <source>list kubeconfig contexts</source>
        <translation>kubeconfig-Kontexte auflisten</translation>
    </message>
    <message>
        <source>Headless commands (meshscope &lt;command&gt; --help):</source>
        <translation>Befehle ohne Fenster (meshscope &lt;Befehl&gt; --help):</translation>
    </message>
</context>
<context>
    <name>meshscope::HttpClient</name>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
</context>
<context>
    <name>meshscope::MainWindow</name>
    <message>
        <source>%1 — Meshscope</source>
        <translation>%1 – Meshscope</translation>
    </message>
    <message>
        <source>No context</source>
        <translation>Kein Kontext</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <source>The system theme applies the next time Meshscope starts.</source>
        <translation>Das System-Farbschema gilt ab dem nächsten Start von Meshscope.</translation>
    </message>
    <message>
        <source>About Meshscope</source>
        <translation>Über Meshscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meshscope %1&lt;/h3&gt;&lt;p&gt;A native desktop console for Istio service meshes.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meshscope %1&lt;/h3&gt;&lt;p&gt;Eine native Desktop-Konsole für Istio-Service-Meshes.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>meshscope::PageCatalog</name>
    <message>
        <source>No cluster is connected. Choose a context in the toolbar, start with --kubeconfig/--context, or try the built-in demo mesh with --demo.</source>
        <translation>Kein Cluster verbunden. Wählen Sie einen Kontext in der Werkzeugleiste, starten Sie mit --kubeconfig/--context oder probieren Sie das eingebaute Demo-Mesh mit --demo.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Namespaces at a glance: health, traffic and Istio configuration status.</source>
        <translation>Namespaces auf einen Blick: Zustand, Verkehr und Status der Istio-Konfiguration.</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Live traffic topology with request rate, errors, latency and mTLS on every edge.</source>
        <translation>Live-Verkehrstopologie mit Anfragerate, Fehlern, Latenz und mTLS an jeder Kante.</translation>
    </message>
    <message>
        <source>The traffic graph needs Prometheus with Istio&apos;s standard metrics. No Prometheus is configured yet; pass --prometheus URL or connect to a cluster that runs one.</source>
        <translation>Der Verkehrsgraph braucht Prometheus mit den Standardmetriken von Istio. Es ist noch kein Prometheus eingerichtet; geben Sie --prometheus URL an oder verbinden Sie sich mit einem Cluster, in dem eines läuft.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Applications grouped by their app label, with health and versions.</source>
        <translation>Anwendungen nach ihrem app-Label gruppiert, mit Zustand und Versionen.</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Deployments and their pods, sidecar injection and proxy status.</source>
        <translation>Deployments und ihre Pods, Sidecar-Injektion und Proxy-Status.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Kubernetes services and the Istio routing attached to them.</source>
        <translation>Kubernetes-Services und das daran hängende Istio-Routing.</translation>
    </message>
    <message>
        <source>Istio Config</source>
        <translation>Istio-Konfiguration</translation>
    </message>
    <message>
        <source>VirtualServices, DestinationRules, Gateways, policies and their validation results.</source>
        <translation>VirtualServices, DestinationRules, Gateways, Richtlinien und ihre Prüfergebnisse.</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>Proxys</translation>
    </message>
    <message>
        <source>Envoy clusters, listeners, routes, endpoints and secrets per pod, and xDS sync with istiod.</source>
        <translation>Envoy-Cluster, -Listener, -Routen, -Endpunkte und -Secrets je Pod sowie der xDS-Abgleich mit istiod.</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>Control plane: istiod revisions, versions and mesh configuration.</source>
        <translation>Steuerungsebene: istiod-Revisionen, Versionen und Mesh-Konfiguration.</translation>
    </message>
</context>
<context>
    <name>meshscope::ResourceTablePage</name>
    <message>
        <source>Filter by any column…</source>
        <translation>Nach beliebiger Spalte filtern…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
</TS>
