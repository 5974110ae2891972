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
    <name>meshscope::GraphLegend</name>
    <message>
        <source>Node shapes</source>
        <translation>Knotenformen</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service entry</source>
        <translation>Service-Eintrag</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Node colours</source>
        <translation>Knotenfarben</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Unselected namespace</source>
        <translation>Nicht gewählter Namespace</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>Verkehrsquelle</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <source>mTLS</source>
        <translation>mTLS</translation>
    </message>
    <message>
        <source>Traffic (animation)</source>
        <translation>Verkehr (Animation)</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Virtual service</source>
        <translation>VirtualService</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <source>Fault injection</source>
        <translation>Fehlerinjektion</translation>
    </message>
    <message>
        <source>Traffic shifting</source>
        <translation>Verkehrsaufteilung</translation>
    </message>
    <message>
        <source>Missing sidecar</source>
        <translation>Sidecar fehlt</translation>
    </message>
</context>
<context>
    <name>meshscope::GraphPage</name>
    <message>
        <source>Traffic graph</source>
        <translation>Verkehrsgraph</translation>
    </message>
    <message>
        <source>Waiting for Prometheus.</source>
        <translation>Warte auf Prometheus.</translation>
    </message>
    <message>
        <source>No namespace selected</source>
        <translation>Kein Namespace gewählt</translation>
    </message>
    <message>
        <source>Pick one or more namespaces in the toolbar to see their traffic.</source>
        <translation>Wählen Sie in der Werkzeugleiste einen oder mehrere Namespaces, um deren Verkehr zu sehen.</translation>
    </message>
    <message>
        <source>No traffic graph</source>
        <translation>Kein Verkehrsgraph</translation>
    </message>
    <message>
        <source>Loading the traffic graph…</source>
        <translation>Verkehrsgraph wird geladen …</translation>
    </message>
    <message>
        <source>Asking Prometheus for the last %1 of traffic in %2.</source>
        <translation>Prometheus wird nach den letzten %1 Verkehr in %2 gefragt.</translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges · last %3 · updated %4</source>
        <translation>%1 Knoten, %2 Kanten · letzte %3 · aktualisiert %4</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Kein Verkehr</translation>
    </message>
    <message>
        <source>Nothing was called in %1 during the last %2. Pick more namespaces, a longer duration, or show idle nodes (Display).</source>
        <translation>In %1 wurde in den letzten %2 nichts aufgerufen. Wählen Sie mehr Namespaces, einen längeren Zeitraum oder zeigen Sie untätige Knoten (Anzeige).</translation>
    </message>
    <message>
        <source>Could not load the traffic graph</source>
        <translation>Der Verkehrsgraph konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 — showing data from %2</source>
        <translation>%1 — Daten von %2 werden angezeigt</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Who talks to whom in the mesh, how much, how well and how safely: from Istio&apos;s standard metrics in Prometheus.</source>
        <translation>Wer im Mesh mit wem spricht, wie viel, wie gut und wie sicher: aus Istios Standardmetriken in Prometheus.</translation>
    </message>
    <message>
        <source>Export the graph as %1</source>
        <translation>Graph als %1 exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>there is no graph to export</source>
        <translation>es gibt keinen Graphen zum Exportieren</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Meshscope traffic graph</source>
        <translation>Meshscope-Verkehrsgraph</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>unbekanntes Format %1</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
</context>
<context>
    <name>meshscope::GraphPageWiring</name>
    <message>
        <source>No Prometheus to ask: start Meshscope with --prometheus URL, or try --demo.</source>
        <translation>Kein Prometheus zum Abfragen: Starten Sie Meshscope mit --prometheus URL oder probieren Sie --demo.</translation>
    </message>
    <message>
        <source>no Prometheus</source>
        <translation>kein Prometheus</translation>
    </message>
</context>
<context>
    <name>meshscope::GraphSidePanel</name>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>Error %</source>
        <translation>Fehler %</translation>
    </message>
    <message>
        <source>Response time p95</source>
        <translation>Antwortzeit p95</translation>
    </message>
    <message>
        <source>Close the side panel</source>
        <translation>Seitenleiste schließen</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Click a node or an edge to see its signals here.</source>
        <translation>Klicken Sie auf einen Knoten oder eine Kante, um hier seine Signale zu sehen.</translation>
    </message>
</context>
<context>
    <name>meshscope::GraphStyle</name>
    <message>
        <source>Service entry</source>
        <translation>Service-Eintrag</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>traffic source</source>
        <translation>Verkehrsquelle</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>outside the selected namespaces</source>
        <translation>außerhalb der gewählten Namespaces</translation>
    </message>
    <message>
        <source>inaccessible</source>
        <translation>nicht zugänglich</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>no pods</source>
        <translation>keine Pods</translation>
    </message>
    <message>
        <source>virtual service</source>
        <translation>VirtualService</translation>
    </message>
    <message>
        <source>circuit breaker</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <source>fault injection</source>
        <translation>Fehlerinjektion</translation>
    </message>
    <message>
        <source>traffic shifting</source>
        <translation>Verkehrsaufteilung</translation>
    </message>
    <message>
        <source>request routing</source>
        <translation>Request-Routing</translation>
    </message>
    <message>
        <source>missing sidecar</source>
        <translation>Sidecar fehlt</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Of source traffic</source>
        <translation>Anteil am Quellverkehr</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Response time (avg)</source>
        <translation>Antwortzeit (Mittel)</translation>
    </message>
    <message>
        <source>Response time (p50)</source>
        <translation>Antwortzeit (p50)</translation>
    </message>
    <message>
        <source>Response time (p95)</source>
        <translation>Antwortzeit (p95)</translation>
    </message>
    <message>
        <source>Response time (p99)</source>
        <translation>Antwortzeit (p99)</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>mTLS</source>
        <translation>mTLS</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>meshscope::GraphToolbar</name>
    <message>
        <source>Last 1m</source>
        <translation>Letzte 1 min</translation>
    </message>
    <message>
        <source>Last 2m</source>
        <translation>Letzte 2 min</translation>
    </message>
    <message>
        <source>Last 5m</source>
        <translation>Letzte 5 min</translation>
    </message>
    <message>
        <source>Last 10m</source>
        <translation>Letzte 10 min</translation>
    </message>
    <message>
        <source>Last 30m</source>
        <translation>Letzte 30 min</translation>
    </message>
    <message>
        <source>Last 1h</source>
        <translation>Letzte 1 h</translation>
    </message>
    <message>
        <source>Last 3h</source>
        <translation>Letzte 3 h</translation>
    </message>
    <message>
        <source>Last 6h</source>
        <translation>Letzte 6 h</translation>
    </message>
    <message>
        <source>Last 12h</source>
        <translation>Letzte 12 h</translation>
    </message>
    <message>
        <source>Last 1d</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Every 10s</source>
        <translation>Alle 10 s</translation>
    </message>
    <message>
        <source>Every 15s</source>
        <translation>Alle 15 s</translation>
    </message>
    <message>
        <source>Every 30s</source>
        <translation>Alle 30 s</translation>
    </message>
    <message>
        <source>Every 1m</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 5m</source>
        <translation>Alle 5 min</translation>
    </message>
    <message>
        <source>Graph type</source>
        <translation>Graphtyp</translation>
    </message>
    <message>
        <source>How far back the rates are computed</source>
        <translation>Über welchen Zeitraum die Raten berechnet werden</translation>
    </message>
    <message>
        <source>How often the graph is refreshed</source>
        <translation>Wie oft der Graph aktualisiert wird</translation>
    </message>
    <message>
        <source>What the edges are labelled with</source>
        <translation>Womit die Kanten beschriftet sind</translation>
    </message>
    <message>
        <source>Graphviz layout engine</source>
        <translation>Graphviz-Layout-Verfahren</translation>
    </message>
    <message>
        <source>Namespaces in the graph</source>
        <translation>Namespaces im Graphen</translation>
    </message>
    <message>
        <source>App graph</source>
        <translation>App-Graph</translation>
    </message>
    <message>
        <source>Versioned app graph</source>
        <translation>Versionierter App-Graph</translation>
    </message>
    <message>
        <source>Workload graph</source>
        <translation>Workload-Graph</translation>
    </message>
    <message>
        <source>Service graph</source>
        <translation>Service-Graph</translation>
    </message>
    <message>
        <source>No edge labels</source>
        <translation>Keine Kantenbeschriftung</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>Request distribution</source>
        <translation>Anfrageverteilung</translation>
    </message>
    <message>
        <source>Response time (average)</source>
        <translation>Antwortzeit (Mittel)</translation>
    </message>
    <message>
        <source>Response time (median)</source>
        <translation>Antwortzeit (Median)</translation>
    </message>
    <message>
        <source>Response time (95th percentile)</source>
        <translation>Antwortzeit (95. Perzentil)</translation>
    </message>
    <message>
        <source>Response time (99th percentile)</source>
        <translation>Antwortzeit (99. Perzentil)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Error %</source>
        <translation>Fehler %</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Idle nodes</source>
        <translation>Untätige Knoten</translation>
    </message>
    <message>
        <source>Service nodes</source>
        <translation>Service-Knoten</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Traffic animation</source>
        <translation>Verkehrsanimation</translation>
    </message>
    <message>
        <source>Security (mTLS lock)</source>
        <translation>Sicherheit (mTLS-Schloss)</translation>
    </message>
    <message>
        <source>Layout: auto</source>
        <translation>Layout: automatisch</translation>
    </message>
    <message>
        <source>Layout: dot</source>
        <translation>Layout: dot</translation>
    </message>
    <message>
        <source>Layout: sfdp</source>
        <translation>Layout: sfdp</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to fit the whole graph</source>
        <translation>Auf den ganzen Graphen zoomen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Find: e.g. %error &gt; 5, name = reviews, rt &gt; 1000</source>
        <translation>Suchen: z. B. %error &gt; 5, name = reviews, rt &gt; 1000</translation>
    </message>
    <message>
        <source>Hide: e.g. healthy, name = unknown, !traffic</source>
        <translation>Ausblenden: z. B. healthy, name = unknown, !traffic</translation>
    </message>
    <message>
        <source>Select namespaces</source>
        <translation>Namespaces wählen</translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n Namespace</numerusform>
            <numerusform>%n Namespaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Find: %1</source>
        <translation>Suchen: %1</translation>
    </message>
    <message>
        <source>Hide: %1</source>
        <translation>Ausblenden: %1</translation>
    </message>
    <message>
        <source>Export as %1…</source>
        <translation>Als %1 exportieren …</translation>
    </message>
</context>
<context>
    <name>meshscope::GraphView</name>
    <message>
        <source>Shift traffic…</source>
        <translation>Verkehr verschieben …</translation>
    </message>
    <message>
        <source>Show proxy config</source>
        <translation>Proxy-Konfiguration zeigen</translation>
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
<context>
    <name>meshscope::Sparkline</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
</TS>
