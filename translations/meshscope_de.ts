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
    <name>EnvoyAdmin</name>
    <message>
        <source>Unexpected line in /clusters: %1</source>
        <translation>Unerwartete Zeile in /clusters: %1</translation>
    </message>
    <message>
        <source>Malformed metrics line: %1</source>
        <translation>Fehlerhafte Metrikzeile: %1</translation>
    </message>
</context>
<context>
    <name>EnvoyConfigDump</name>
    <message>
        <source>The config dump is not a ConfigDump JSON object (%1)</source>
        <translation>Der Config-Dump ist kein ConfigDump-JSON-Objekt (%1)</translation>
    </message>
</context>
<context>
    <name>ExecCredential</name>
    <message>
        <source>The exec credential plugin did not print an ExecCredential JSON object (%1)</source>
        <translation>Das Exec-Credential-Plugin hat kein ExecCredential-JSON-Objekt ausgegeben (%1)</translation>
    </message>
    <message>
        <source>The exec credential plugin printed an object whose kind is not ExecCredential</source>
        <translation>Das Exec-Credential-Plugin hat ein Objekt ausgegeben, dessen kind nicht ExecCredential ist</translation>
    </message>
    <message>
        <source>The exec credential plugin answered with apiVersion &quot;%1&quot; but the kubeconfig asked for &quot;%2&quot;</source>
        <translation>Das Exec-Credential-Plugin antwortete mit apiVersion „%1“, die kubeconfig verlangt aber „%2“</translation>
    </message>
    <message>
        <source>The exec credential plugin gave an invalid expirationTimestamp &quot;%1&quot;</source>
        <translation>Das Exec-Credential-Plugin lieferte einen ungültigen expirationTimestamp „%1“</translation>
    </message>
    <message>
        <source>The exec credential plugin returned neither a token nor a client certificate</source>
        <translation>Das Exec-Credential-Plugin lieferte weder ein Token noch ein Client-Zertifikat</translation>
    </message>
    <message>
        <source>The exec credential plugin returned a client certificate without a key, or a key without a certificate</source>
        <translation>Das Exec-Credential-Plugin lieferte ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat</translation>
    </message>
</context>
<context>
    <name>GraphCommand</name>
    <message>
        <source>Print the traffic graph of namespaces, computed like Kiali from Prometheus.</source>
        <translation>Den Verkehrsgraphen von Namespaces ausgeben, wie bei Kiali aus Prometheus berechnet.</translation>
    </message>
    <message>
        <source>Prometheus base URL.</source>
        <translation>Basis-URL von Prometheus.</translation>
    </message>
    <message>
        <source>Kubeconfig: adds idle/dead nodes, badges and service entries from the cluster.</source>
        <translation>kubeconfig: ergänzt untätige/tote Knoten, Abzeichen und Service-Einträge aus dem Cluster.</translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation>kubeconfig-Kontext.</translation>
    </message>
    <message>
        <source>Comma-separated namespaces (required).</source>
        <translation>Kommagetrennte Namespaces (erforderlich).</translation>
    </message>
    <message>
        <source>app, versionedApp, workload or service.</source>
        <translation>app, versionedApp, workload oder service.</translation>
    </message>
    <message>
        <source>Rate window, e.g. 1m, 5m, 1h.</source>
        <translation>Zeitfenster der Raten, z. B. 1m, 5m, 1h.</translation>
    </message>
    <message>
        <source>Evaluate at this unix time (Kiali&apos;s queryTime); default now.</source>
        <translation>Zu dieser Unix-Zeit auswerten (queryTime von Kiali); Standard: jetzt.</translation>
    </message>
    <message>
        <source>kiali, dot or svg.</source>
        <translation>kiali, dot oder svg.</translation>
    </message>
    <message>
        <source>Service nodes between workloads.</source>
        <translation>Service-Knoten zwischen Workloads.</translation>
    </message>
    <message>
        <source>Workloads without traffic (needs --kubeconfig).</source>
        <translation>Workloads ohne Verkehr (braucht --kubeconfig).</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>Nach so vielen Sekunden aufgeben.</translation>
    </message>
    <message>
        <source>Health rate tolerances as Kiali&apos;s health.kiali.io/rate annotation, e.g. &quot;5XX,5,10,http;4XX,10,20,http&quot; (code,degraded %,failure %,protocol,direction; default: Kiali&apos;s).</source>
        <translation>Fehlerraten-Toleranzen für den Zustand im Format der Kiali-Annotation health.kiali.io/rate, z. B. „5XX,5,10,http;4XX,10,20,http“ (Code,Beeinträchtigt %,Ausfall %,Protokoll,Richtung; Standard: die von Kiali).</translation>
    </message>
    <message>
        <source>The edges&apos; responseTime: avg, 50, 95 or 99 (Kiali&apos;s responseTime option).</source>
        <translation>responseTime der Kanten: avg, 50, 95 oder 99 (Kiali-Option responseTime).</translation>
    </message>
    <message>
        <source>--prometheus needs a URL such as http://127.0.0.1:9090</source>
        <translation>--prometheus braucht eine URL wie http://127.0.0.1:9090</translation>
    </message>
    <message>
        <source>--namespaces is required</source>
        <translation>--namespaces ist erforderlich</translation>
    </message>
    <message>
        <source>--type must be app, versionedApp, workload or service</source>
        <translation>--type muss app, versionedApp, workload oder service sein</translation>
    </message>
    <message>
        <source>--duration must look like 30s, 5m, 1h or 1d</source>
        <translation>--duration muss wie 30s, 5m, 1h oder 1d aussehen</translation>
    </message>
    <message>
        <source>--time must be a unix time in seconds</source>
        <translation>--time muss eine Unix-Zeit in Sekunden sein</translation>
    </message>
    <message>
        <source>--format must be kiali, dot or svg</source>
        <translation>--format muss kiali, dot oder svg sein</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>--idle-nodes needs --kubeconfig</source>
        <translation>--idle-nodes braucht --kubeconfig</translation>
    </message>
    <message>
        <source>--response-time must be avg, 50, 95 or 99</source>
        <translation>--response-time muss avg, 50, 95 oder 99 sein</translation>
    </message>
    <message>
        <source>--health-tolerances: %1</source>
        <translation>--health-tolerances: %1</translation>
    </message>
    <message>
        <source>no tolerance given</source>
        <translation>keine Toleranz angegeben</translation>
    </message>
    <message>
        <source>no graph after %1 s</source>
        <translation>kein Graph nach %1 s</translation>
    </message>
</context>
<context>
    <name>IstiodDebug</name>
    <message>
        <source>istiod&apos;s %1 did not return %2 (%3)</source>
        <translation>Unerwartete Antwort von istiod auf %1, erwartet: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>KubeApi</name>
    <message>
        <source>The client certificate is not a PEM certificate</source>
        <translation>Das Client-Zertifikat ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>The client key is not a PEM private key (RSA, EC or DSA)</source>
        <translation>Der Client-Schlüssel ist kein privater PEM-Schlüssel (RSA, EC oder DSA)</translation>
    </message>
</context>
<context>
    <name>KubeJson</name>
    <message>
        <source>The list response is not a JSON object (%1 at offset %2)</source>
        <translation>Die Listenantwort ist kein JSON-Objekt (%1 an Position %2)</translation>
    </message>
    <message>
        <source>The list response has no items array</source>
        <translation>Die Listenantwort hat kein items-Array</translation>
    </message>
    <message>
        <source>The list response holds an item without metadata.name</source>
        <translation>Die Listenantwort enthält ein Element ohne metadata.name</translation>
    </message>
    <message>
        <source>A watch event is not a JSON object (%1)</source>
        <translation>Ein Watch-Ereignis ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>A watch event has an unknown type &quot;%1&quot;</source>
        <translation>Ein Watch-Ereignis hat einen unbekannten Typ „%1“</translation>
    </message>
    <message>
        <source>A watch event carries an object without metadata.name</source>
        <translation>Ein Watch-Ereignis enthält ein Objekt ohne metadata.name</translation>
    </message>
</context>
<context>
    <name>Kubeconfig</name>
    <message>
        <source>%1: &quot;%2&quot; must be a list</source>
        <translation>%1: „%2“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: an entry of &quot;%2&quot; has no name</source>
        <translation>%1: Ein Eintrag in „%2“ hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; in %3 must be a map</source>
        <translation>%1: „%2“ in %3 muss eine Map sein</translation>
    </message>
    <message>
        <source>The exec credential plugin of user &quot;%1&quot; has no command</source>
        <translation>Für das Exec-Credential-Plugin von Benutzer „%1“ ist kein command angegeben</translation>
    </message>
    <message>
        <source>The exec credential plugin of user &quot;%1&quot; has apiVersion &quot;%2&quot;; only client.authentication.k8s.io/v1 and v1beta1 are supported</source>
        <translation>Das Exec-Credential-Plugin von Benutzer „%1“ hat apiVersion „%2“; unterstützt werden nur client.authentication.k8s.io/v1 und v1beta1</translation>
    </message>
    <message>
        <source>The exec credential plugin of user &quot;%1&quot; must set interactiveMode</source>
        <translation>Das Exec-Credential-Plugin von Benutzer „%1“ muss interactiveMode setzen</translation>
    </message>
    <message>
        <source>The exec credential plugin of user &quot;%1&quot; has an invalid interactiveMode &quot;%2&quot;</source>
        <translation>Das Exec-Credential-Plugin von Benutzer „%1“ hat einen ungültigen interactiveMode „%2“</translation>
    </message>
    <message>
        <source>The exec credential plugin of user &quot;%1&quot; has an env entry without a name</source>
        <translation>Das Exec-Credential-Plugin von Benutzer „%1“ hat einen env-Eintrag ohne Namen</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has a client certificate without a key, or a key without a certificate</source>
        <translation>Benutzer „%1“ hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; sets both a token and a username/password; use only one</source>
        <translation>Benutzer „%1“ setzt sowohl ein Token als auch Benutzername/Passwort; verwenden Sie nur eines davon</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; uses an auth-provider, which kubectl no longer supports; use an exec credential plugin instead</source>
        <translation>Benutzer „%1“ verwendet einen auth-provider, den kubectl nicht mehr unterstützt; verwenden Sie stattdessen ein Exec-Credential-Plugin</translation>
    </message>
    <message>
        <source>The exec section of user &quot;%1&quot; must be a map</source>
        <translation>Der exec-Abschnitt von Benutzer „%1“ muss eine Map sein</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no server URL (in %2)</source>
        <translation>Cluster „%1“ hat keine Server-URL (in %2)</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has an invalid server URL &quot;%2&quot;</source>
        <translation>Cluster „%1“ hat eine ungültige Server-URL „%2“</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has an invalid proxy-url &quot;%2&quot;</source>
        <translation>Cluster „%1“ hat eine ungültige proxy-url „%2“</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation>Cluster „%1“</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; sets insecure-skip-tls-verify together with a certificate authority; use only one</source>
        <translation>Cluster „%1“ setzt insecure-skip-tls-verify zusammen mit einer Zertifizierungsstelle; verwenden Sie nur eines davon</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 does not exist</source>
        <translation>Die kubeconfig-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 is not valid YAML: %2</source>
        <translation>Die kubeconfig-Datei %1 ist kein gültiges YAML: %2</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 is not a YAML map</source>
        <translation>Die kubeconfig-Datei %1 ist keine YAML-Map</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 is malformed: %2</source>
        <translation>Die kubeconfig-Datei %1 ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>No kubeconfig file was given</source>
        <translation>Es wurde keine kubeconfig-Datei angegeben</translation>
    </message>
    <message>
        <source>No kubeconfig file found (looked at %1)</source>
        <translation>Keine kubeconfig-Datei gefunden (gesucht in %1)</translation>
    </message>
    <message>
        <source>The kubeconfig has no contexts</source>
        <translation>Die kubeconfig enthält keine Kontexte</translation>
    </message>
    <message>
        <source>The kubeconfig has no current-context; choose a context</source>
        <translation>Die kubeconfig hat keinen current-context; wählen Sie einen Kontext</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; does not exist in the kubeconfig</source>
        <translation>Den Kontext „%1“ gibt es in der kubeconfig nicht</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; names no cluster</source>
        <translation>Der Kontext „%1“ nennt keinen Cluster</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; refers to cluster &quot;%2&quot;, which does not exist in the kubeconfig</source>
        <translation>Der Kontext „%1“ verweist auf den Cluster „%2“, den es in der kubeconfig nicht gibt</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; refers to user &quot;%2&quot;, which does not exist in the kubeconfig</source>
        <translation>Der Kontext „%1“ verweist auf den Benutzer „%2“, den es in der kubeconfig nicht gibt</translation>
    </message>
    <message>
        <source>The kubeconfig is malformed: %1</source>
        <translation>Die kubeconfig ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be read from %3: %4</source>
        <translation>%1 von %2 kann nicht aus %3 gelesen werden: %4</translation>
    </message>
    <message>
        <source>%1 sets both %2 and %3; use only one</source>
        <translation>%1 setzt sowohl %2 als auch %3; verwenden Sie nur eines davon</translation>
    </message>
    <message>
        <source>%1 of %2 is not valid base64</source>
        <translation>%1 von %2 ist kein gültiges Base64</translation>
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
    <name>Syncz</name>
    <message>
        <source>istiod&apos;s /debug/syncz did not return a JSON array (%1)</source>
        <translation>/debug/syncz von istiod lieferte kein JSON-Array (%1)</translation>
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
    <name>meshscope::ClusterPages</name>
    <message>
        <source>Nothing here yet: waiting for the cluster, or the chosen namespace has none.</source>
        <translation>Noch nichts hier: Es wird auf den Cluster gewartet, oder der gewählte Namespace enthält keine.</translation>
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
    <name>meshscope::ClusterSession</name>
    <message>
        <source>The cluster serves no pods</source>
        <translation>Der Cluster stellt keine Pods bereit</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur Lesezugriff</translation>
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
    <name>meshscope::ExecCredentialProvider</name>
    <message>
        <source>The exec credential plugin &quot;%1&quot; needs an interactive terminal (interactiveMode: Always), which Meshscope does not have; log in with it in a terminal first or set interactiveMode to IfAvailable</source>
        <translation>Das Exec-Credential-Plugin „%1“ braucht ein interaktives Terminal (interactiveMode: Always), das Meshscope nicht hat; melden Sie sich zuerst in einem Terminal damit an oder setzen Sie interactiveMode auf IfAvailable</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; could not be started: %2</source>
        <translation>Das Exec-Credential-Plugin „%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; did not finish within %2 s</source>
        <translation>Das Exec-Credential-Plugin „%1“ ist nicht innerhalb von %2 s fertig geworden</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; failed (exit code %2)%3</source>
        <translation>Das Exec-Credential-Plugin „%1“ ist fehlgeschlagen (Exit-Code %2)%3</translation>
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
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Virtual services</source>
        <translation>VirtualServices</translation>
    </message>
    <message>
        <source>Virtual service</source>
        <translation>VirtualService</translation>
    </message>
    <message>
        <source>Traffic weights</source>
        <translation>Verkehrsgewichtung</translation>
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
    <message>
        <source>Health thresholds…</source>
        <translation>Schwellenwerte für den Zustand …</translation>
    </message>
    <message>
        <source>When nodes and edges count as degraded or failing</source>
        <translation>Ab wann Knoten und Kanten als beeinträchtigt oder ausgefallen gelten</translation>
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
    <message>
        <source>print the traffic graph (Kiali JSON, DOT or SVG)</source>
        <translation>den Verkehrsgraphen ausgeben (Kiali-JSON, DOT oder SVG)</translation>
    </message>
</context>
<context>
    <name>meshscope::HealthThresholdsDialog</name>
    <message>
        <source>Health thresholds</source>
        <translation>Schwellenwerte für den Zustand</translation>
    </message>
    <message>
        <source>A node or edge is &lt;b&gt;Failure&lt;/b&gt; when the share of its requests with a matching response code reaches Failure %, and &lt;b&gt;Degraded&lt;/b&gt; when it reaches Degraded % (0: any share). Codes are Kiali&apos;s patterns: 5XX, 4XX, - (no response) or a regular expression such as ^[1-9]$|^1[0-6]$ for gRPC errors; protocol and direction are regular expressions (http, grpc, http|grpc; inbound, outbound, .*).</source>
        <translation>Ein Knoten oder eine Kante ist im Zustand &lt;b&gt;Ausfall&lt;/b&gt;, wenn der Anteil der Anfragen mit passendem Antwortcode „Ausfall %“ erreicht, und im Zustand &lt;b&gt;Beeinträchtigt&lt;/b&gt;, wenn er „Beeinträchtigt %“ erreicht (0: jeder Anteil). Codes sind Kiali-Muster: 5XX, 4XX, - (keine Antwort) oder ein regulärer Ausdruck wie ^[1-9]$|^1[0-6]$ für gRPC-Fehler; Protokoll und Richtung sind reguläre Ausdrücke (http, grpc, http|grpc; inbound, outbound, .*).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Degraded %</source>
        <translation>Beeinträchtigt %</translation>
    </message>
    <message>
        <source>Failure %</source>
        <translation>Ausfall %</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Kiali defaults</source>
        <translation>Kiali-Standardwerte</translation>
    </message>
    <message>
        <source>row %1 has an empty cell</source>
        <translation>Zeile %1 hat eine leere Zelle</translation>
    </message>
    <message>
        <source>a cell contains a comma or a semicolon</source>
        <translation>eine Zelle enthält ein Komma oder ein Semikolon</translation>
    </message>
    <message>
        <source>there is no row (Kiali defaults puts its four back)</source>
        <translation>es gibt keine Zeile („Kiali-Standardwerte“ stellt die vier Standardzeilen wieder her)</translation>
    </message>
    <message>
        <source>Not saved: %1. Each row needs a code, a protocol, a direction and numbers with Degraded % ≤ Failure % (or Failure % 0).</source>
        <translation>Nicht gespeichert: %1. Jede Zeile braucht einen Code, ein Protokoll, eine Richtung und Zahlen mit Beeinträchtigt % ≤ Ausfall % (oder Ausfall % 0).</translation>
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
    <name>meshscope::IstioClient</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No istiod found</source>
        <translation>Kein istiod gefunden</translation>
    </message>
</context>
<context>
    <name>meshscope::KubeApi</name>
    <message>
        <source>The certificate authority of cluster &quot;%1&quot; is not a PEM certificate</source>
        <translation>Die Zertifizierungsstelle von Cluster „%1“ ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Unauthorized: the cluster did not accept the credentials</source>
        <translation>Nicht autorisiert: Der Cluster hat die Anmeldedaten nicht akzeptiert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>meshscope::KubeDiscovery</name>
    <message>
        <source>A discovery response is not an APIResourceList</source>
        <translation>Eine Discovery-Antwort ist keine APIResourceList</translation>
    </message>
</context>
<context>
    <name>meshscope::KubeInformer</name>
    <message>
        <source>The API server closed the watch of %1 right after it opened</source>
        <translation>Der API-Server hat den Watch auf %1 direkt nach dem Öffnen geschlossen</translation>
    </message>
</context>
<context>
    <name>meshscope::KubeObjectModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Istio injection</source>
        <translation>Istio-Injektion</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Cluster IP</source>
        <translation>Cluster-IP</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>meshscope::KubeWriter</name>
    <message>
        <source>The object needs metadata.name and metadata.namespace</source>
        <translation>Das Objekt braucht metadata.name und metadata.namespace</translation>
    </message>
    <message>
        <source>The object needs metadata.name</source>
        <translation>Das Objekt braucht metadata.name</translation>
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
    <message>
        <source>Read-only</source>
        <translation>Nur Lesezugriff</translation>
    </message>
    <message>
        <source>Your account may not change Istio resources in this cluster, so Meshscope only shows them. Ask for write access to shift traffic or apply changes.</source>
        <translation>Ihr Konto darf in diesem Cluster keine Istio-Ressourcen ändern, daher zeigt Meshscope sie nur an. Fordern Sie Schreibzugriff an, um Verkehr zu verschieben oder Änderungen anzuwenden.</translation>
    </message>
    <message>
        <source>Connected to %1. This page does not show cluster data in this version yet.</source>
        <translation>Verbunden mit %1. Diese Seite zeigt in dieser Version noch keine Cluster-Daten.</translation>
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
    <name>meshscope::PromClient</name>
    <message>
        <source>No HTTP client for Prometheus.</source>
        <translation>Kein HTTP-Client für Prometheus.</translation>
    </message>
    <message>
        <source>No Prometheus URL is configured.</source>
        <translation>Es ist keine Prometheus-URL eingerichtet.</translation>
    </message>
    <message>
        <source>No credentials for Prometheus at %1: %2</source>
        <translation>Keine Anmeldedaten für Prometheus unter %1: %2</translation>
    </message>
    <message>
        <source>Prometheus at %1 refused the credentials (HTTP %2).</source>
        <translation>Prometheus unter %1 hat die Anmeldedaten abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>No Prometheus API at %1 (HTTP %2): check the URL and its path prefix.</source>
        <translation>Keine Prometheus-API unter %1 (HTTP %2): Prüfen Sie die URL und ihr Pfadpräfix.</translation>
    </message>
    <message>
        <source>Prometheus at %1 is unavailable (HTTP %2).</source>
        <translation>Prometheus unter %1 ist nicht verfügbar (HTTP %2).</translation>
    </message>
    <message>
        <source>Prometheus at %1 answered HTTP %2.</source>
        <translation>Prometheus unter %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer within %2 s.</source>
        <translation>Prometheus unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>Prometheus at %1 is unreachable: %2</source>
        <translation>Prometheus unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Prometheus at %1 gave up on the query at its time limit (%2).</source>
        <translation>Prometheus unter %1 hat die Abfrage bei seinem Zeitlimit abgebrochen (%2).</translation>
    </message>
</context>
<context>
    <name>meshscope::PromDiscovery</name>
    <message>
        <source>&quot;%1&quot; is not a Prometheus service: write namespace/name:port, e.g. istio-system/prometheus:9090.</source>
        <translation>„%1“ ist kein Prometheus-Service: Schreiben Sie namespace/name:port, z. B. istio-system/prometheus:9090.</translation>
    </message>
    <message>
        <source>The cluster connection was closed.</source>
        <translation>Die Verbindung zum Cluster wurde geschlossen.</translation>
    </message>
    <message>
        <source>There is no Prometheus Service %1/%2 in the cluster: give its URL with --prometheus, or name the Service where it runs.</source>
        <translation>Im Cluster gibt es keinen Prometheus-Service %1/%2: Geben Sie seine URL mit --prometheus an oder nennen Sie den Service, unter dem es läuft.</translation>
    </message>
    <message>
        <source>Cannot read the Prometheus Service %1/%2: %3</source>
        <translation>Der Prometheus-Service %1/%2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The Service %1/%2 has no port %3 and no HTTP port to reach Prometheus on.</source>
        <translation>Der Service %1/%2 hat weder Port %3 noch einen HTTP-Port, über den Prometheus erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>meshscope::PromResult</name>
    <message>
        <source>Prometheus answered HTTP %1 without a JSON body.</source>
        <translation>Prometheus antwortete mit HTTP %1 ohne JSON-Inhalt.</translation>
    </message>
    <message>
        <source>Prometheus sent a response that is not valid JSON (%1).</source>
        <translation>Prometheus hat eine Antwort gesendet, die kein gültiges JSON ist (%1).</translation>
    </message>
    <message>
        <source>Prometheus reported an error.</source>
        <translation>Prometheus hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Prometheus response has no status &quot;success&quot; or &quot;error&quot;.</source>
        <translation>Die Prometheus-Antwort hat weder den Status „success“ noch „error“.</translation>
    </message>
    <message>
        <source>Prometheus sent a malformed %1 result.</source>
        <translation>Prometheus hat ein fehlerhaftes %1-Ergebnis gesendet.</translation>
    </message>
    <message>
        <source>Prometheus sent an unknown result type &quot;%1&quot;.</source>
        <translation>Prometheus hat einen unbekannten Ergebnistyp „%1“ gesendet.</translation>
    </message>
</context>
<context>
    <name>meshscope::ProxyStatusModel</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
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
        <source>istiod</source>
        <translation>istiod</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
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
<context>
    <name>meshscope::graph::GraphSeries</name>
    <message>
        <source>No Prometheus configured.</source>
        <translation>Kein Prometheus eingerichtet.</translation>
    </message>
</context>
<context>
    <name>meshscope::graph::GraphService</name>
    <message>
        <source>No Prometheus configured.</source>
        <translation>Kein Prometheus eingerichtet.</translation>
    </message>
    <message>
        <source>Prometheus query failed: %1</source>
        <translation>Prometheus-Abfrage fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>
