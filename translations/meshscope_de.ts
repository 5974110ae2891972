<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>invalid boolean &quot;%1&quot; for %2</source>
        <translation>ungültiger boolescher Wert „%1“ für %2</translation>
    </message>
    <message>
        <source>Analyze Istio configuration and print validation messages, as istioctl analyze does: the live cluster, files (or - for stdin, or directories), or files laid over the cluster.
Boolean flags: --use-kube[=false] (-k), -A/--all-namespaces, -L/--list-analyzers, --color[=false], -v/--verbose, --ignore-unknown, --kiali (add Kiali&apos;s validations).</source>
        <translation>Istio-Konfiguration analysieren und Validierungsmeldungen ausgeben, wie istioctl analyze: den laufenden Cluster, Dateien (oder - für die Standardeingabe, oder Verzeichnisse) oder Dateien über dem Cluster.
Boolesche Optionen: --use-kube[=false] (-k), -A/--all-namespaces, -L/--list-analyzers, --color[=false], -v/--verbose, --ignore-unknown, --kiali (Kialis Validierungen hinzufügen).</translation>
    </message>
    <message>
        <source>Files or directories to analyze.</source>
        <translation>Zu analysierende Dateien oder Verzeichnisse.</translation>
    </message>
    <message>
        <source>Path to the kubeconfig file.</source>
        <translation>Pfad zur kubeconfig-Datei.</translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation>kubeconfig-Kontext.</translation>
    </message>
    <message>
        <source>Namespace to analyze (and for objects in files without one).</source>
        <translation>Zu analysierender Namespace (und für Objekte in Dateien ohne Namespace).</translation>
    </message>
    <message>
        <source>Istio&apos;s namespace.</source>
        <translation>Namespace von Istio.</translation>
    </message>
    <message>
        <source>Mesh config to use instead of the cluster&apos;s or the default.</source>
        <translation>Mesh-Konfiguration, die statt der des Clusters oder der Voreinstellung verwendet wird.</translation>
    </message>
    <message>
        <source>Mesh networks to use instead of the cluster&apos;s or none.</source>
        <translation>Mesh-Netzwerke, die statt der des Clusters oder keiner verwendet werden.</translation>
    </message>
    <message>
        <source>Run only this analyzer (repeatable; see --list-analyzers).</source>
        <translation>Nur diesen Analyzer ausführen (wiederholbar; siehe --list-analyzers).</translation>
    </message>
    <message>
        <source>Output format: log, json or yaml.</source>
        <translation>Ausgabeformat: log, json oder yaml.</translation>
    </message>
    <message>
        <source>Level from which messages make the exit code 79: Info, Warning or Error.</source>
        <translation>Stufe, ab der Meldungen zum Exit-Code 79 führen: Info, Warning oder Error.</translation>
    </message>
    <message>
        <source>Level from which messages are printed: Info, Warning or Error.</source>
        <translation>Stufe, ab der Meldungen ausgegeben werden: Info, Warning oder Error.</translation>
    </message>
    <message>
        <source>Drop a code on a resource, e.g. &quot;IST0102=Namespace frod&quot; (* matches anything).</source>
        <translation>Einen Code für eine Ressource unterdrücken, z. B. &quot;IST0102=Namespace frod&quot; (* passt auf alles).</translation>
    </message>
    <message>
        <source>Seconds to wait for the cluster.</source>
        <translation>Sekunden, die auf den Cluster gewartet wird.</translation>
    </message>
    <message>
        <source>%1 not a valid option for format, use log, json or yaml</source>
        <translation>%1 not a valid option for format, use log, json or yaml</translation>
    </message>
    <message>
        <source>invalid level option, use Info, Warning or Error</source>
        <translation>invalid level option, use Info, Warning or Error</translation>
    </message>
    <message>
        <source>%1 is not a valid suppression value, use CODE=RESOURCE</source>
        <translation>%1 is not a valid suppression value, use CODE=RESOURCE</translation>
    </message>
    <message>
        <source>Warning: Supplied message code &apos;%1&apos; is an unknown message code and will not have any effect.</source>
        <translation>Warning: Supplied message code &apos;%1&apos; is an unknown message code and will not have any effect.</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>--kubeconfig and --context need --use-kube</source>
        <translation>--kubeconfig und --context brauchen --use-kube</translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation>alle Namespaces</translation>
    </message>
    <message>
        <source>namespace: %1</source>
        <translation>Namespace: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the cluster did not answer within %1 s</source>
        <translation>der Cluster hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>Skipping file %1, recognized file extensions are: [.json .yaml .yml]</source>
        <translation>Skipping file %1, recognized file extensions are: [.json .yaml .yml]</translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation>stat %1: no such file or directory</translation>
    </message>
</context>
<context>
    <name>ClusterPicker</name>
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
    <message>
        <source>Read the Prometheus basic-auth password from this file (mode 600).</source>
        <translation>Das Basic-Auth-Passwort für Prometheus aus dieser Datei lesen (Modus 600).</translation>
    </message>
    <message>
        <source>Read a Prometheus bearer token from this file (mode 600).</source>
        <translation>Ein Bearer-Token für Prometheus aus dieser Datei lesen (Modus 600).</translation>
    </message>
    <message>
        <source>Stop reading a Prometheus response larger than this (default 512).</source>
        <translation>Das Lesen einer Prometheus-Antwort abbrechen, die größer ist als dies (Standard 512).</translation>
    </message>
    <message>
        <source>--prometheus-max-body-mb needs a number of megabytes, got &quot;%1&quot;</source>
        <translation>--prometheus-max-body-mb braucht eine Anzahl Megabytes, erhalten: „%1“</translation>
    </message>
    <message>
        <source>With --screenshot: also write the texts the window shows (status bar, messages, labels) to this file, one per line.</source>
        <translation>Mit --screenshot: zusätzlich die Texte, die das Fenster zeigt (Statusleiste, Meldungen, Beschriftungen), in diese Datei schreiben, einer pro Zeile.</translation>
    </message>
    <message>
        <source>--screenshot-text needs --screenshot FILE</source>
        <translation>--screenshot-text braucht --screenshot DATEI</translation>
    </message>
</context>
<context>
    <name>ConfigDiff</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>ConfigRefs</name>
    <message>
        <source>Istio default</source>
        <translation>Istio-Standard</translation>
    </message>
    <message>
        <source>PeerAuthentication %1/%2</source>
        <translation>PeerAuthentication %1/%2</translation>
    </message>
    <message>
        <source>mesh-wide %1</source>
        <translation>meshweit %1</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Show in graph</source>
        <translation>Im Graphen zeigen</translation>
    </message>
    <message>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The URL templates of the Traces and Dashboard links</source>
        <translation>Die URL-Vorlagen der Links für Traces und Dashboard</translation>
    </message>
    <message>
        <source>Links…</source>
        <translation>Links…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Inbound metrics</source>
        <translation>Eingehende Metriken</translation>
    </message>
    <message>
        <source>Outbound metrics</source>
        <translation>Ausgehende Metriken</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>Envoy</translation>
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
        <source>The config dump is not a ConfigDump JSON object (no configs array)</source>
        <translation>Der Config-Dump ist kein ConfigDump-JSON-Objekt (kein configs-Array)</translation>
    </message>
    <message>
        <source>The config dump is %1</source>
        <translation>Der Config-Dump ist %1</translation>
    </message>
    <message>
        <source>Envoy&apos;s /clusters answer is %1</source>
        <translation>Die Antwort von Envoys /clusters ist %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>EnvoyLogging</name>
    <message>
        <source>unrecognized logging level: %1</source>
        <translation>unbekannte Log-Stufe: %1</translation>
    </message>
    <message>
        <source>unrecognized logger name: %1</source>
        <translation>unbekannter Logger-Name: %1</translation>
    </message>
</context>
<context>
    <name>ExecCredential</name>
    <message>
        <source>The exec credential plugin &quot;%1&quot; printed nothing; it must print an ExecCredential JSON object on its standard output</source>
        <translation>Das Exec-Credential-Plugin „%1“ hat nichts ausgegeben; es muss ein ExecCredential-JSON-Objekt auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; did not print an ExecCredential: its output is not JSON (%2 at byte %3 of %4)</source>
        <translation>Das Exec-Credential-Plugin „%1“ hat kein ExecCredential ausgegeben: seine Ausgabe ist kein JSON (%2 bei Byte %3 von %4)</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; did not print an ExecCredential: its output is a JSON array, not an object</source>
        <translation>Das Exec-Credential-Plugin „%1“ hat kein ExecCredential ausgegeben: seine Ausgabe ist ein JSON-Array, kein Objekt</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; printed an object whose kind is not ExecCredential</source>
        <translation>Das Exec-Credential-Plugin „%1“ hat ein Objekt ausgegeben, dessen kind nicht ExecCredential ist</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; answered with apiVersion &quot;%2&quot; but the kubeconfig asked for &quot;%3&quot;</source>
        <translation>Das Exec-Credential-Plugin „%1“ antwortete mit apiVersion „%2“, die kubeconfig verlangt aber „%3“</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; gave an invalid expirationTimestamp &quot;%2&quot;</source>
        <translation>Das Exec-Credential-Plugin „%1“ lieferte einen ungültigen expirationTimestamp „%2“</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned neither a token nor a client certificate</source>
        <translation>Das Exec-Credential-Plugin „%1“ lieferte weder ein Token noch ein Client-Zertifikat</translation>
    </message>
    <message>
        <source>The exec credential plugin &quot;%1&quot; returned a client certificate without a key, or a key without a certificate</source>
        <translation>Das Exec-Credential-Plugin „%1“ lieferte ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat</translation>
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
    <message>
        <source>Read the Prometheus basic-auth password from this file (mode 600).</source>
        <translation>Das Basic-Auth-Passwort für Prometheus aus dieser Datei lesen (Modus 600).</translation>
    </message>
    <message>
        <source>Read a Prometheus bearer token from this file (mode 600).</source>
        <translation>Ein Bearer-Token für Prometheus aus dieser Datei lesen (Modus 600).</translation>
    </message>
    <message>
        <source>Stop reading a Prometheus response larger than this (default 512).</source>
        <translation>Das Lesen einer Prometheus-Antwort abbrechen, die größer ist als dies (Standard 512).</translation>
    </message>
    <message>
        <source>--prometheus-max-body-mb must be a number of megabytes</source>
        <translation>--prometheus-max-body-mb muss eine Anzahl Megabytes sein</translation>
    </message>
</context>
<context>
    <name>GraphSidePanel</name>
    <message>
        <source>Close the side panel</source>
        <translation>Seitenleiste schließen</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>Print the health of every app, workload and service, judged by Kiali&apos;s rules: pods and replicas, and the share of failed requests against the rate tolerances. Exit code 3 when anything is in Failure.</source>
        <translation>Den Zustand jeder App, jedes Workloads und jedes Service nach Kialis Regeln ausgeben: Pods und Replikate sowie der Anteil fehlgeschlagener Anfragen gegenüber den Raten-Toleranzen. Exit-Code 3, wenn etwas im Zustand Failure ist.</translation>
    </message>
    <message>
        <source>Path to the kubeconfig file.</source>
        <translation>Pfad zur kubeconfig-Datei.</translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation>kubeconfig-Kontext.</translation>
    </message>
    <message>
        <source>Prometheus base URL.</source>
        <translation>Basis-URL von Prometheus.</translation>
    </message>
    <message>
        <source>Comma-separated namespaces (default: all).</source>
        <translation>Kommagetrennte Namespaces (Standard: alle).</translation>
    </message>
    <message>
        <source>Rate window of the request health, e.g. 1m, 5m (default), 1h.</source>
        <translation>Ratenfenster für den Anfragezustand, z. B. 1m, 5m (Standard), 1h.</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>table oder json.</translation>
    </message>
    <message>
        <source>Rate tolerances as the health.kiali.io/rate annotation, e.g. &quot;5XX,5,10,http;4XX,10,20,http&quot; (default: Kiali&apos;s).</source>
        <translation>Raten-Toleranzen wie in der Annotation health.kiali.io/rate, z. B. „5XX,5,10,http;4XX,10,20,http“ (Standard: Kialis).</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>Nach so vielen Sekunden aufgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--prometheus needs a URL such as http://127.0.0.1:9090</source>
        <translation>--prometheus braucht eine URL wie http://127.0.0.1:9090</translation>
    </message>
    <message>
        <source>--duration must look like 30s, 5m, 1h or 1d</source>
        <translation>--duration muss wie 30s, 5m, 1h oder 1d aussehen</translation>
    </message>
    <message>
        <source>-o must be table or json</source>
        <translation>-o muss table oder json sein</translation>
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
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>proxy sync status unknown: %1</source>
        <translation>Proxy-Sync-Status unbekannt: %1</translation>
    </message>
    <message>
        <source>no answer after %1 s</source>
        <translation>keine Antwort nach %1 s</translation>
    </message>
</context>
<context>
    <name>HealthRefresh</name>
    <message>
        <source>No Prometheus is configured</source>
        <translation>Kein Prometheus konfiguriert</translation>
    </message>
    <message>
        <source>no istiod found</source>
        <translation>kein istiod gefunden</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>No request data: Prometheus did not answer</source>
        <translation>Keine Anfragedaten: Prometheus hat nicht geantwortet</translation>
    </message>
    <message>
        <source>No requests in the rate window</source>
        <translation>Keine Anfragen im Ratenfenster</translation>
    </message>
    <message>
        <source>No sidecar: request health is not measured</source>
        <translation>Kein Sidecar: der Anfragezustand wird nicht gemessen</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
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
        <source>No health information</source>
        <translation>Keine Zustandsinformation</translation>
    </message>
    <message>
        <source>Scaled to 0 replicas</source>
        <translation>Auf 0 Replikate skaliert</translation>
    </message>
    <message>
        <source>%1 of %2 pods available, %3 running</source>
        <translation>%1 von %2 Pods verfügbar, %3 laufen</translation>
    </message>
    <message>
        <source>%1 pods running for %2 wanted (pods pending or terminating)</source>
        <translation>%1 Pods laufen, %2 gewünscht (Pods ausstehend oder beendend)</translation>
    </message>
    <message>
        <source>%1 of %2 proxies in sync with istiod</source>
        <translation>%1 von %2 Proxys mit istiod synchron</translation>
    </message>
    <message>
        <source>%1 % of requests failed</source>
        <translation>%1 % der Anfragen fehlgeschlagen</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 % %2 %3 requests answered %4</source>
        <translation>%1 % der %2-%3-Anfragen mit %4 beantwortet</translation>
    </message>
</context>
<context>
    <name>HealthThresholdsDialog</name>
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
</context>
<context>
    <name>IopEditorWindow</name>
    <message>
        <source>IstioOperator</source>
        <translation>IstioOperator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open &amp;Installed State from Cluster</source>
        <translation>&amp;Installierten Stand aus dem Cluster öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
</context>
<context>
    <name>IstioChecks</name>
    <message>
        <source>a port number must be between 1 and 65535</source>
        <translation>eine Portnummer muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>not a duration (write it as 10s, 1.5m, 300ms, 1h30m)</source>
        <translation>keine Dauer (schreiben Sie sie als 10s, 1.5m, 300ms, 1h30m)</translation>
    </message>
    <message>
        <source>a duration may not be negative</source>
        <translation>eine Dauer darf nicht negativ sein</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>not a valid label value</source>
        <translation>kein gültiger Label-Wert</translation>
    </message>
    <message>
        <source>a subset name must be a DNS label</source>
        <translation>ein Subset-Name muss ein DNS-Label sein</translation>
    </message>
    <message>
        <source>a weight may not be negative</source>
        <translation>ein Gewicht darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the weights of these destinations add up to 0</source>
        <translation>die Gewichte dieser Ziele ergeben zusammen 0</translation>
    </message>
    <message>
        <source>the weights add up to %1, not 100: Istio scales them, so each destination gets its share of %1</source>
        <translation>die Gewichte ergeben zusammen %1, nicht 100: Istio skaliert sie, sodass jedes Ziel seinen Anteil an %1 bekommt</translation>
    </message>
    <message>
        <source>write the host as namespace/host (&quot;*/&quot; for every namespace, &quot;./&quot; for this one)</source>
        <translation>schreiben Sie den Host als namespace/host (&quot;*/&quot; für jeden Namespace, &quot;./&quot; für diesen)</translation>
    </message>
    <message>
        <source>the namespace part must be *, . or a namespace name</source>
        <translation>der Namespace-Teil muss *, . oder ein Namespace-Name sein</translation>
    </message>
    <message>
        <source>a virtual service bound to gateways needs hosts</source>
        <translation>ein an Gateways gebundener VirtualService braucht hosts</translation>
    </message>
    <message>
        <source>a host may not contain &apos;/&apos;</source>
        <translation>ein Host darf kein &apos;/&apos; enthalten</translation>
    </message>
    <message>
        <source>a gateway is written as name, namespace/name or &quot;mesh&quot;</source>
        <translation>ein Gateway wird als name, namespace/name oder &quot;mesh&quot; geschrieben</translation>
    </message>
    <message>
        <source>an HTTP route needs a route, redirect, directResponse or delegate</source>
        <translation>eine HTTP-Route braucht route, redirect, directResponse oder delegate</translation>
    </message>
    <message>
        <source>an HTTP route may not have both route and redirect</source>
        <translation>eine HTTP-Route darf nicht zugleich route und redirect haben</translation>
    </message>
    <message>
        <source>an HTTP route may not have both route and directResponse</source>
        <translation>eine HTTP-Route darf nicht zugleich route und directResponse haben</translation>
    </message>
    <message>
        <source>an HTTP route may not have both redirect and rewrite</source>
        <translation>eine HTTP-Route darf nicht zugleich redirect und rewrite haben</translation>
    </message>
    <message>
        <source>attempts may not be negative</source>
        <translation>attempts darf nicht negativ sein</translation>
    </message>
    <message>
        <source>an abort status must be an HTTP status between 200 and 599</source>
        <translation>ein Abort-Status muss ein HTTP-Status zwischen 200 und 599 sein</translation>
    </message>
    <message>
        <source>a route needs at least one destination</source>
        <translation>eine Route braucht mindestens ein Ziel</translation>
    </message>
    <message>
        <source>a TLS route needs a match with sniHosts</source>
        <translation>eine TLS-Route braucht einen Match mit sniHosts</translation>
    </message>
    <message>
        <source>a TLS match needs at least one SNI host</source>
        <translation>ein TLS-Match braucht mindestens einen SNI-Host</translation>
    </message>
    <message>
        <source>a subset needs a name</source>
        <translation>ein Subset braucht einen Namen</translation>
    </message>
    <message>
        <source>a gateway needs at least one server</source>
        <translation>ein Gateway braucht mindestens einen Server</translation>
    </message>
    <message>
        <source>a server needs at least one host</source>
        <translation>ein Server braucht mindestens einen Host</translation>
    </message>
    <message>
        <source>a server needs a port</source>
        <translation>ein Server braucht einen Port</translation>
    </message>
    <message>
        <source>a server port needs a protocol</source>
        <translation>ein Server-Port braucht ein Protokoll</translation>
    </message>
    <message>
        <source>unknown protocol; use one of %1</source>
        <translation>unbekanntes Protokoll; verwenden Sie eines von %1</translation>
    </message>
    <message>
        <source>an HTTPS server needs TLS settings</source>
        <translation>ein HTTPS-Server braucht TLS-Einstellungen</translation>
    </message>
    <message>
        <source>TLS mode %1 needs credentialName, or serverCertificate and privateKey</source>
        <translation>TLS-Modus %1 braucht credentialName oder serverCertificate und privateKey</translation>
    </message>
    <message>
        <source>a port needs a name</source>
        <translation>ein Port braucht einen Namen</translation>
    </message>
    <message>
        <source>STATIC resolution needs endpoints or a workloadSelector</source>
        <translation>STATIC-Auflösung braucht endpoints oder einen workloadSelector</translation>
    </message>
    <message>
        <source>a CUSTOM policy needs a provider</source>
        <translation>eine CUSTOM-Policy braucht einen provider</translation>
    </message>
    <message>
        <source>a provider is only used with action CUSTOM</source>
        <translation>ein provider wird nur mit action CUSTOM verwendet</translation>
    </message>
    <message>
        <source>a host may not be empty</source>
        <translation>ein Host darf nicht leer sein</translation>
    </message>
    <message>
        <source>a host may be at most 255 characters long</source>
        <translation>ein Host darf höchstens 255 Zeichen lang sein</translation>
    </message>
    <message>
        <source>a wildcard (*) may only start the host</source>
        <translation>ein Platzhalter (*) darf nur am Anfang des Hosts stehen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name part (letters, digits and &apos;-&apos;, 63 at most)</source>
        <translation>„%1“ ist kein gültiger Teil eines DNS-Namens (Buchstaben, Ziffern und &apos;-&apos;, höchstens 63)</translation>
    </message>
</context>
<context>
    <name>IstioConfigPage</name>
    <message>
        <source>Select an object to see what the analysis found in it.</source>
        <translation>Wählen Sie ein Objekt, um zu sehen, was die Analyse darin gefunden hat.</translation>
    </message>
    <message>
        <source>Show one kind of object</source>
        <translation>Nur eine Art von Objekten zeigen</translation>
    </message>
    <message>
        <source>Show only objects with errors or warnings</source>
        <translation>Nur Objekte mit Fehlern oder Warnungen zeigen</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Nur Probleme</translation>
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
    <name>JsonTree</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
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
    <message>
        <source>A watch event is larger than %1 MB; the watch was dropped</source>
        <translation>Ein Watch-Ereignis ist größer als %1 MB; der Watch wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Kubeconfig</name>
    <message>
        <source>%1: an entry of &quot;%2&quot; has no name</source>
        <translation>%1: Ein Eintrag in „%2“ hat keinen Namen</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation>Cluster „%1“</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 does not exist</source>
        <translation>Die kubeconfig-Datei %1 existiert nicht</translation>
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
        <source>%1 of %2 cannot be read from %3: %4</source>
        <translation>%1 von %2 kann nicht aus %3 gelesen werden: %4</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: %2 sets both %3 and %4; use only one</source>
        <translation>%1: %2 setzt sowohl %3 als auch %4; verwenden Sie nur eines davon</translation>
    </message>
    <message>
        <source>%1: %2 of %3 is not valid base64</source>
        <translation>%1: %2 von %3 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>%1: the exec credential plugin of user &quot;%2&quot; has no command</source>
        <translation>%1: Das Exec-Credential-Plugin von Benutzer „%2“ hat keinen command</translation>
    </message>
    <message>
        <source>%1: the exec credential plugin of user &quot;%2&quot; has apiVersion &quot;%3&quot;; only client.authentication.k8s.io/v1 and v1beta1 are supported</source>
        <translation>%1: Das Exec-Credential-Plugin von Benutzer „%2“ hat apiVersion „%3“; nur client.authentication.k8s.io/v1 und v1beta1 werden unterstützt</translation>
    </message>
    <message>
        <source>%1: the exec credential plugin of user &quot;%2&quot; must set interactiveMode</source>
        <translation>%1: Das Exec-Credential-Plugin von Benutzer „%2“ muss interactiveMode setzen</translation>
    </message>
    <message>
        <source>%1: the exec credential plugin of user &quot;%2&quot; has an invalid interactiveMode &quot;%3&quot;</source>
        <translation>%1: Das Exec-Credential-Plugin von Benutzer „%2“ hat einen ungültigen interactiveMode „%3“</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; has a client certificate without a key, or a key without a certificate</source>
        <translation>%1: Benutzer „%2“ hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; sets both a token and a username/password; use only one</source>
        <translation>%1: Benutzer „%2“ setzt sowohl ein Token als auch Benutzername/Passwort; verwenden Sie nur eines davon</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; uses an auth-provider, which kubectl no longer supports; use an exec credential plugin instead</source>
        <translation>%1: Benutzer „%2“ verwendet einen auth-provider, den kubectl nicht mehr unterstützt; verwenden Sie stattdessen ein Exec-Credential-Plugin</translation>
    </message>
    <message>
        <source>%1: cluster &quot;%2&quot; has no server URL</source>
        <translation>%1: Cluster „%2“ hat keine Server-URL</translation>
    </message>
    <message>
        <source>%1: cluster &quot;%2&quot; has an invalid server URL &quot;%3&quot;</source>
        <translation>%1: Cluster „%2“ hat eine ungültige Server-URL „%3“</translation>
    </message>
    <message>
        <source>%1: cluster &quot;%2&quot; has an invalid proxy-url &quot;%3&quot;</source>
        <translation>%1: Cluster „%2“ hat eine ungültige proxy-url „%3“</translation>
    </message>
    <message>
        <source>%1: cluster &quot;%2&quot; sets insecure-skip-tls-verify together with a certificate authority; use only one</source>
        <translation>%1: Cluster „%2“ setzt insecure-skip-tls-verify zusammen mit einer Zertifizierungsstelle; verwenden Sie nur eines davon</translation>
    </message>
    <message>
        <source>The kubeconfig %1 is empty: it has no contexts</source>
        <translation>Die kubeconfig %1 ist leer: Sie hat keine Kontexte</translation>
    </message>
    <message>
        <source>The kubeconfig %1 has no contexts</source>
        <translation>Die kubeconfig %1 hat keine Kontexte</translation>
    </message>
    <message>
        <source>current-context &quot;%1&quot; is not one of the contexts</source>
        <translation>current-context „%1“ ist keiner der Kontexte</translation>
    </message>
    <message>
        <source>The kubeconfig %1 has no current-context; choose a context</source>
        <translation>Die kubeconfig %1 hat keinen current-context; wählen Sie einen Kontext</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; does not exist in the kubeconfig %2</source>
        <translation>Der Kontext „%1“ existiert nicht in der kubeconfig %2</translation>
    </message>
    <message>
        <source>%1: the context &quot;%2&quot; names no cluster</source>
        <translation>%1: Der Kontext „%2“ nennt keinen Cluster</translation>
    </message>
    <message>
        <source>%1: the context &quot;%2&quot; refers to cluster &quot;%3&quot;, which does not exist in the kubeconfig</source>
        <translation>%1: Der Kontext „%2“ verweist auf Cluster „%3“, der in der kubeconfig nicht existiert</translation>
    </message>
    <message>
        <source>%1: the context &quot;%2&quot; refers to user &quot;%3&quot;, which does not exist in the kubeconfig</source>
        <translation>%1: Der Kontext „%2“ verweist auf Benutzer „%3“, der in der kubeconfig nicht existiert</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; of %3 must be %4, not %5</source>
        <translation>%1: „%2“ von %3 muss %4 sein, nicht %5</translation>
    </message>
    <message>
        <source>%1: the exec args of %2 must be strings, not %3</source>
        <translation>%1: Die exec-args von %2 müssen Zeichenketten sein, nicht %3</translation>
    </message>
    <message>
        <source>%1: an exec env entry of %2 needs a name and a string value</source>
        <translation>%1: Ein exec-env-Eintrag von %2 braucht einen Namen und einen Zeichenkettenwert</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list, not %3</source>
        <translation>%1: „%2“ muss eine Liste sein, nicht %3</translation>
    </message>
    <message>
        <source>%1: an entry of &quot;%2&quot; must be a map with a name, not %3</source>
        <translation>%1: Ein Eintrag in „%2“ muss eine Map mit einem Namen sein, nicht %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; lists the name &quot;%3&quot; twice</source>
        <translation>%1: „%2“ führt den Namen „%3“ doppelt auf</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; of %3 &quot;%4&quot; must be a map, not %5</source>
        <translation>%1: „%2“ von %3 „%4“ muss eine Map sein, nicht %5</translation>
    </message>
    <message>
        <source>read %1: is a directory, not a kubeconfig file</source>
        <translation>%1 kann nicht gelesen werden: ein Verzeichnis, keine kubeconfig-Datei</translation>
    </message>
    <message>
        <source>read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>read %1: larger than %2 MB, not a kubeconfig file</source>
        <translation>%1 kann nicht gelesen werden: größer als %2 MB, keine kubeconfig-Datei</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid YAML: %4</source>
        <translation>%1:%2:%3: kein gültiges YAML: %4</translation>
    </message>
    <message>
        <source>%1: a kubeconfig is a YAML map, but this file holds %2</source>
        <translation>%1: Eine kubeconfig ist eine YAML-Map, diese Datei enthält aber %2</translation>
    </message>
    <message>
        <source>%1: kind must be Config, not &quot;%2&quot;</source>
        <translation>%1: kind muss Config sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: apiVersion must be v1, not &quot;%2&quot;</source>
        <translation>%1: apiVersion muss v1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: current-context must be a string, not %2</source>
        <translation>%1: current-context muss eine Zeichenkette sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a map, not %3</source>
        <translation>%1: „%2“ muss eine Map sein, nicht %3</translation>
    </message>
    <message>
        <source>%1: &quot;extensions&quot; must be a list, not %2</source>
        <translation>%1: „extensions“ muss eine Liste sein, nicht %2</translation>
    </message>
</context>
<context>
    <name>KubeconfigYaml</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>yaml: out of memory</source>
        <translation>yaml: out of memory</translation>
    </message>
    <message>
        <source>yaml: line %1, column %2: %3</source>
        <translation>yaml: line %1, column %2: %3</translation>
    </message>
    <message>
        <source>document contains excessive aliasing</source>
        <translation>document contains excessive aliasing</translation>
    </message>
    <message>
        <source>a map key must be a plain value, not %1</source>
        <translation>ein Map-Schlüssel muss ein einfacher Wert sein, nicht %1</translation>
    </message>
    <message>
        <source>exceeded max depth of %1</source>
        <translation>exceeded max depth of %1</translation>
    </message>
    <message>
        <source>unknown anchor &apos;%1&apos; referenced</source>
        <translation>unknown anchor &apos;%1&apos; referenced</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Name filtern…</translation>
    </message>
    <message>
        <source>Labels that must match, separated by commas: key=value, key!=value, or key (the label is set)</source>
        <translation>Labels, die passen müssen, durch Kommas getrennt: key=value, key!=value oder key (das Label ist gesetzt)</translation>
    </message>
    <message>
        <source>Labels: app=reviews, version!=v1</source>
        <translation>Labels: app=reviews, version!=v1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Istio config</source>
        <translation>Istio-Konfiguration</translation>
    </message>
    <message>
        <source>Degraded, failing or not ready, or running without the sidecar</source>
        <translation>Beeinträchtigt, fehlerhaft oder nicht bereit, oder ohne Sidecar laufend</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
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
    <message>
        <source>&amp;New IstioOperator</source>
        <translation>Neuer &amp;IstioOperator</translation>
    </message>
    <message>
        <source>&amp;Open IstioOperator…</source>
        <translation>IstioOperator ö&amp;ffnen…</translation>
    </message>
</context>
<context>
    <name>MeshPage</name>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Proxies by revision and version</source>
        <translation>Proxys nach Revision und Version</translation>
    </message>
    <message>
        <source>Namespaces and their revision</source>
        <translation>Namespaces und ihre Revision</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Root-Zertifikat</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>Ambient</translation>
    </message>
    <message>
        <source>Mesh config (istio ConfigMap)</source>
        <translation>Mesh-Konfiguration (ConfigMap istio)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Request volume</source>
        <translation>Anfragevolumen</translation>
    </message>
    <message>
        <source>Request duration</source>
        <translation>Anfragedauer</translation>
    </message>
    <message>
        <source>Request size</source>
        <translation>Anfragegröße</translation>
    </message>
    <message>
        <source>Response size</source>
        <translation>Antwortgröße</translation>
    </message>
    <message>
        <source>TCP traffic</source>
        <translation>TCP-Verkehr</translation>
    </message>
    <message>
        <source>TCP connections</source>
        <translation>TCP-Verbindungen</translation>
    </message>
</context>
<context>
    <name>MetricsRefresh</name>
    <message>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <source>No Prometheus is configured</source>
        <translation>Kein Prometheus konfiguriert</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Control plane: …</source>
        <translation>Control Plane: …</translation>
    </message>
    <message>
        <source>Mesh details</source>
        <translation>Mesh-Details</translation>
    </message>
    <message>
        <source>Filter namespaces…</source>
        <translation>Namespaces filtern…</translation>
    </message>
    <message>
        <source>Namespaces with degraded or failing apps, or Istio config errors</source>
        <translation>Namespaces mit beeinträchtigten oder fehlerhaften Apps oder Fehlern in der Istio-Konfiguration</translation>
    </message>
    <message>
        <source>Only with problems</source>
        <translation>Nur mit Problemen</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
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
        <translation>Aufruf: meshscope profile &lt;Befehl&gt;
  list                         die eingebauten IstioOperator-Profile auflisten
  dump [PROFIL] [-f DATEI]… [--set PFAD=WERT]… [-o yaml|json|flags] [-p KONFIG_PFAD] [--force]
                               den zusammengeführten IstioOperator ausgeben: default, dann das Profil, dann die Dateien,
                               dann --set (Zusammenführung wie bei istioctl: Maps werden zusammengeführt, Listen und Werte ersetzt)
  diff A B                     zwei Profile oder IstioOperator-Dateien vergleichen (Exit-Code 0 gleich, 1 verschieden)
</translation>
    </message>
    <message>
        <source>Print the IstioOperator that results from the default profile, the named profile (or the files&apos; spec.profile), the files in order and the --set flags in order.</source>
        <translation>Den IstioOperator ausgeben, der sich aus dem Profil default, dem genannten Profil (oder spec.profile der Dateien), den Dateien der Reihe nach und den --set-Optionen der Reihe nach ergibt.</translation>
    </message>
    <message>
        <source>An IstioOperator file to merge (repeatable; - reads standard input, last only).</source>
        <translation>Eine IstioOperator-Datei zum Zusammenführen (wiederholbar; - liest die Standardeingabe, nur als letzte).</translation>
    </message>
    <message>
        <source>Override a value, e.g. values.global.hub=example.com (repeatable; paths relative to spec, lists as [0] or [name:x]).</source>
        <translation>Einen Wert überschreiben, z. B. values.global.hub=example.com (wiederholbar; Pfade relativ zu spec, Listen als [0] oder [name:x]).</translation>
    </message>
    <message>
        <source>yaml, json or flags.</source>
        <translation>yaml, json oder flags.</translation>
    </message>
    <message>
        <source>Print only this part of the spec, e.g. components.pilot.</source>
        <translation>Nur diesen Teil der Spec ausgeben, z. B. components.pilot.</translation>
    </message>
    <message>
        <source>Print the result even when it does not pass istioctl&apos;s checks.</source>
        <translation>Das Ergebnis auch dann ausgeben, wenn es die Prüfungen von istioctl nicht besteht.</translation>
    </message>
    <message>
        <source>A built-in profile.</source>
        <translation>Ein eingebautes Profil.</translation>
    </message>
    <message>
        <source>profile dump takes at most one profile name</source>
        <translation>profile dump nimmt höchstens einen Profilnamen</translation>
    </message>
    <message>
        <source>cannot specify both profile name and filename flag</source>
        <translation>cannot specify both profile name and filename flag</translation>
    </message>
    <message>
        <source>unknown output format: %1</source>
        <translation>unknown output format: %1</translation>
    </message>
    <message>
        <source>stdin is only allowed as the last filename</source>
        <translation>stdin is only allowed as the last filename</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the merged IstioOperator is not valid (--force prints it anyway)</source>
        <translation>der zusammengeführte IstioOperator ist nicht gültig (--force gibt ihn trotzdem aus)</translation>
    </message>
    <message>
        <source>Compare two profiles or IstioOperator files, each merged over its profile as profile dump prints it.</source>
        <translation>Zwei Profile oder IstioOperator-Dateien vergleichen, jede über ihr Profil zusammengeführt, wie profile dump sie ausgibt.</translation>
    </message>
    <message>
        <source>A profile name or an IstioOperator file.</source>
        <translation>Ein Profilname oder eine IstioOperator-Datei.</translation>
    </message>
    <message>
        <source>diff requires two profiles</source>
        <translation>diff requires two profiles</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>could not read %1: %2</translation>
    </message>
    <message>
        <source>unknown profile command: %1
</source>
        <translation>unbekannter profile-Befehl: %1
</translation>
    </message>
</context>
<context>
    <name>ProxiesPage</name>
    <message>
        <source>Filter proxies by any column…</source>
        <translation>Proxys nach beliebiger Spalte filtern…</translation>
    </message>
    <message>
        <source>Only STALE or failing</source>
        <translation>Nur STALE oder fehlerhaft</translation>
    </message>
    <message>
        <source>Refresh:</source>
        <translation>Aktualisieren:</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
</context>
<context>
    <name>ProxyConfigCommand</name>
    <message>
        <source>Retrieve a proxy&apos;s Envoy configuration like istioctl proxy-config.
Types: clusters (c), listeners (l), routes (r), endpoints (ep), eds, secret (s), bootstrap (b), ecds (ec), log (o), all (a).</source>
        <translation>Die Envoy-Konfiguration eines Proxys abrufen, wie istioctl proxy-config.
Typen: clusters (c), listeners (l), routes (r), endpoints (ep), eds, secret (s), bootstrap (b), ecds (ec), log (o), all (a).</translation>
    </message>
    <message>
        <source>What to show.</source>
        <translation>Was gezeigt wird.</translation>
    </message>
    <message>
        <source>POD[.NAMESPACE], pod/NAME or deployment/NAME.</source>
        <translation>POD[.NAMESPACE], pod/NAME oder deployment/NAME.</translation>
    </message>
    <message>
        <source>Kubeconfig file.</source>
        <translation>kubeconfig-Datei.</translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation>kubeconfig-Kontext.</translation>
    </message>
    <message>
        <source>The pod&apos;s namespace.</source>
        <translation>Der Namespace des Pods.</translation>
    </message>
    <message>
        <source>A saved Envoy config dump (or /clusters?format=json for endpoints); - reads stdin.</source>
        <translation>Ein gespeicherter Envoy-Config-Dump (oder /clusters?format=json für Endpoints); - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>short, json or yaml.</source>
        <translation>short, json oder yaml.</translation>
    </message>
    <message>
        <source>Clusters whose name contains this FQDN.</source>
        <translation>Cluster, deren Name diesen FQDN enthält.</translation>
    </message>
    <message>
        <source>Clusters of this direction (inbound, outbound).</source>
        <translation>Cluster dieser Richtung (inbound, outbound).</translation>
    </message>
    <message>
        <source>Clusters whose name contains this subset.</source>
        <translation>Cluster, deren Name dieses Subset enthält.</translation>
    </message>
    <message>
        <source>Filter by port.</source>
        <translation>Nach Port filtern.</translation>
    </message>
    <message>
        <source>Filter listeners or endpoints by address.</source>
        <translation>Listener oder Endpoints nach Adresse filtern.</translation>
    </message>
    <message>
        <source>Listeners of this type (HTTP, TCP, HTTP+TCP).</source>
        <translation>Listener dieses Typs (HTTP, TCP, HTTP+TCP).</translation>
    </message>
    <message>
        <source>The route configuration with this name.</source>
        <translation>Die Routen-Konfiguration mit diesem Namen.</translation>
    </message>
    <message>
        <source>Endpoints of this cluster.</source>
        <translation>Endpoints dieses Clusters.</translation>
    </message>
    <message>
        <source>Endpoints with this health status.</source>
        <translation>Endpoints mit diesem Gesundheitsstatus.</translation>
    </message>
    <message>
        <source>One row per filter chain or route (the default).</source>
        <translation>Eine Zeile je Filterkette oder Route (Standard).</translation>
    </message>
    <message>
        <source>One row per listener or route configuration.</source>
        <translation>Eine Zeile je Listener oder Routen-Konfiguration.</translation>
    </message>
    <message>
        <source>all: a header above each table.</source>
        <translation>all: eine Überschrift über jeder Tabelle.</translation>
    </message>
    <message>
        <source>all: no headers (the default).</source>
        <translation>all: keine Überschriften (Standard).</translation>
    </message>
    <message>
        <source>log: LEVEL for all loggers, or LOGGER:LEVEL,… (trace, debug, info, warning, error, critical, off).</source>
        <translation>log: STUFE für alle Logger, oder LOGGER:STUFE,… (trace, debug, info, warning, error, critical, off).</translation>
    </message>
    <message>
        <source>log: every logger back to warning.</source>
        <translation>log: alle Logger zurück auf warning.</translation>
    </message>
    <message>
        <source>Envoy&apos;s admin port.</source>
        <translation>Der Admin-Port von Envoy.</translation>
    </message>
    <message>
        <source>missing type (clusters, listeners, routes, endpoints, secret, bootstrap, ecds, log or all)</source>
        <translation>missing type (clusters, listeners, routes, endpoints, secret, bootstrap, ecds, log or all)</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unknown type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>too many arguments: %1</translation>
    </message>
    <message>
        <source>unknown flag for %1: --%2</source>
        <translation>unknown flag for %1: --%2</translation>
    </message>
    <message>
        <source>log requires a pod name</source>
        <translation>log requires a pod name</translation>
    </message>
    <message>
        <source>%1 requires a pod name or --file</source>
        <translation>%1 requires a pod name or --file</translation>
    </message>
    <message>
        <source>output format &quot;%1&quot; not supported (short, json or yaml)</source>
        <translation>output format &quot;%1&quot; not supported (short, json or yaml)</translation>
    </message>
    <message>
        <source>--output is not applicable for log</source>
        <translation>--output is not applicable for log</translation>
    </message>
    <message>
        <source>--port must be a number</source>
        <translation>--port must be a number</translation>
    </message>
    <message>
        <source>--proxy-admin-port must be a port number</source>
        <translation>--proxy-admin-port must be a port number</translation>
    </message>
    <message>
        <source>--level cannot be combined with --reset</source>
        <translation>--level cannot be combined with --reset</translation>
    </message>
    <message>
        <source>error unmarshalling config dump response from Envoy: %1</source>
        <translation>error unmarshalling config dump response from Envoy: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>failed to execute command on %1 sidecar: %2</source>
        <translation>failed to execute command on %1 sidecar: %2</translation>
    </message>
</context>
<context>
    <name>ProxySnapshot</name>
    <message>
        <source>Config dump: %1</source>
        <translation>Config-Dump: %1</translation>
    </message>
    <message>
        <source>Endpoints: %1</source>
        <translation>Endpoints: %1</translation>
    </message>
    <message>
        <source>Stats: %1</source>
        <translation>Statistiken: %1</translation>
    </message>
    <message>
        <source>Logging: %1</source>
        <translation>Logging: %1</translation>
    </message>
    <message>
        <source>istiod: %1</source>
        <translation>istiod: %1</translation>
    </message>
</context>
<context>
    <name>ProxyStatusCommand</name>
    <message>
        <source>The xDS sync status of every proxy istiod serves (all istiod revisions), like istioctl proxy-status.
With a pod: istiod&apos;s configuration for it compared with its Envoy&apos;s.</source>
        <translation>Der xDS-Sync-Status jedes Proxys, den istiod bedient (alle istiod-Revisionen), wie istioctl proxy-status.
Mit einem Pod: istiods Konfiguration für ihn im Vergleich mit der seines Envoy.</translation>
    </message>
    <message>
        <source>POD[.NAMESPACE]: compare one proxy.</source>
        <translation>POD[.NAMESPACE]: einen Proxy vergleichen.</translation>
    </message>
    <message>
        <source>Kubeconfig file.</source>
        <translation>kubeconfig-Datei.</translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation>kubeconfig-Kontext.</translation>
    </message>
    <message>
        <source>Only proxies of this namespace (and the pod&apos;s namespace).</source>
        <translation>Nur Proxys dieses Namespaces (und des Namespaces des Pods).</translation>
    </message>
    <message>
        <source>table, json or yaml.</source>
        <translation>table, json oder yaml.</translation>
    </message>
    <message>
        <source>1: one column per xDS type (CDS ECDS EDS LDS RDS).</source>
        <translation>1: eine Spalte je xDS-Typ (CDS ECDS EDS LDS RDS).</translation>
    </message>
    <message>
        <source>With a pod: compare with this saved Envoy config dump.</source>
        <translation>Mit einem Pod: mit diesem gespeicherten Envoy-Config-Dump vergleichen.</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>too many arguments: %1</translation>
    </message>
    <message>
        <source>--file needs a pod to compare with</source>
        <translation>--file needs a pod to compare with</translation>
    </message>
    <message>
        <source>output format &quot;%1&quot; not supported (table, json or yaml)</source>
        <translation>output format &quot;%1&quot; not supported (table, json or yaml)</translation>
    </message>
    <message>
        <source>--verbosity must be 0 or 1</source>
        <translation>--verbosity must be 0 or 1</translation>
    </message>
    <message>
        <source>no running istiod found (label app=istiod)</source>
        <translation>no running istiod found (label app=istiod)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no istiod serves proxy %1</source>
        <translation>no istiod serves proxy %1</translation>
    </message>
    <message>
        <source>could not contact sidecar: %1</source>
        <translation>could not contact sidecar: %1</translation>
    </message>
</context>
<context>
    <name>ProxyTables</name>
    <message>
        <source>SERVICE FQDN</source>
        <translation>SERVICE FQDN</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>SUBSET</source>
        <translation>SUBSET</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>DIRECTION</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>DESTINATION RULE</source>
        <translation>DESTINATION RULE</translation>
    </message>
    <message>
        <source>ENDPOINTS</source>
        <translation>ENDPOINTS</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ADDRESSES</source>
        <translation>ADDRESSES</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>MATCH</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <source>VHOST NAME</source>
        <translation>VHOST NAME</translation>
    </message>
    <message>
        <source>DOMAINS</source>
        <translation>DOMAINS</translation>
    </message>
    <message>
        <source>VIRTUAL SERVICE</source>
        <translation>VIRTUAL SERVICE</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPOINT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>OUTLIER CHECK</source>
        <translation>OUTLIER CHECK</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>LOCALITY</source>
        <translation>LOCALITY</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>WEIGHT</translation>
    </message>
    <message>
        <source>RESOURCE NAME</source>
        <translation>RESOURCE NAME</translation>
    </message>
    <message>
        <source>VALID CERT</source>
        <translation>VALID CERT</translation>
    </message>
    <message>
        <source>SERIAL NUMBER</source>
        <translation>SERIAL NUMBER</translation>
    </message>
    <message>
        <source>NOT AFTER</source>
        <translation>NOT AFTER</translation>
    </message>
    <message>
        <source>NOT BEFORE</source>
        <translation>NOT BEFORE</translation>
    </message>
    <message>
        <source>TRUST DOMAIN</source>
        <translation>TRUST DOMAIN</translation>
    </message>
    <message>
        <source>DAYS LEFT</source>
        <translation>DAYS LEFT</translation>
    </message>
    <message>
        <source>ECDS NAME</source>
        <translation>ECDS NAME</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>REQUESTS</translation>
    </message>
    <message>
        <source>5XX</source>
        <translation>5XX</translation>
    </message>
    <message>
        <source>RETRIES</source>
        <translation>RETRIES</translation>
    </message>
    <message>
        <source>OVERFLOWS</source>
        <translation>OVERFLOWS</translation>
    </message>
    <message>
        <source>EJECTIONS</source>
        <translation>EJECTIONS</translation>
    </message>
    <message>
        <source>LOGGER</source>
        <translation>LOGGER</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Listener state: %1</source>
        <translation>Listener-Zustand: %1</translation>
    </message>
    <message>
        <source>Ejected by outlier detection</source>
        <translation>Durch Outlier Detection ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>ProxyTarget</name>
    <message>
        <source>pod %1.%2 has no istio-proxy sidecar</source>
        <translation>pod %1.%2 has no istio-proxy sidecar</translation>
    </message>
    <message>
        <source>unsupported resource type %1 (use a pod or a deployment)</source>
        <translation>unsupported resource type %1 (use a pod or a deployment)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a pod</source>
        <translation>&quot;%1&quot; does not name a pod</translation>
    </message>
    <message>
        <source>no running pods found for deployment %1.%2</source>
        <translation>no running pods found for deployment %1.%2</translation>
    </message>
</context>
<context>
    <name>ResourceClient</name>
    <message>
        <source>the object needs apiVersion and kind</source>
        <translation>das Objekt braucht apiVersion und kind</translation>
    </message>
    <message>
        <source>the %1 needs metadata.name</source>
        <translation>%1 braucht metadata.name</translation>
    </message>
    <message>
        <source>the cluster does not serve %1 in %2 (is the CRD installed?)</source>
        <translation>der Cluster bietet %1 in %2 nicht an (ist die CRD installiert?)</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>Resource editor</source>
        <translation>Ressourcen-Editor</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the text now against the schemas, their rules and Istio&apos;s checks (this also happens as you type)</source>
        <translation>Den Text jetzt gegen die Schemas, ihre Regeln und Istios Prüfungen prüfen (das geschieht auch beim Tippen)</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Compare your edit with the live object</source>
        <translation>Die Bearbeitung mit dem Live-Objekt vergleichen</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Ask the cluster whether it would accept the change (server-side apply with dryRun=All); nothing is stored</source>
        <translation>Den Cluster fragen, ob er die Änderung annähme (Server-side Apply mit dryRun=All); nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Anwenden…</translation>
    </message>
    <message>
        <source>Dry run first, then server-side apply with field manager &quot;meshscope&quot;</source>
        <translation>Erst Probelauf, dann Server-side Apply mit Field-Manager „meshscope“</translation>
    </message>
    <message>
        <source>Hide server fields</source>
        <translation>Server-Felder ausblenden</translation>
    </message>
    <message>
        <source>managedFields, status, resourceVersion and the other fields the server sets; they are never sent back</source>
        <translation>managedFields, status, resourceVersion und die anderen Felder, die der Server setzt; sie werden nie zurückgeschickt</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Als Datei speichern…</translation>
    </message>
    <message>
        <source>Copy patch</source>
        <translation>Patch kopieren</translation>
    </message>
    <message>
        <source>Copy a JSON merge patch from the live object to your edit, for a change in Git</source>
        <translation>Einen JSON-Merge-Patch vom Live-Objekt zu Ihrer Bearbeitung kopieren, für eine Änderung in Git</translation>
    </message>
    <message>
        <source>Take these fields over</source>
        <translation>Diese Felder übernehmen</translation>
    </message>
    <message>
        <source>Apply with force: the fields become Meshscope&apos;s; their current manager may set them back</source>
        <translation>Mit force anwenden: die Felder gehören dann Meshscope; ihr bisheriger Manager setzt sie vielleicht zurück</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zum Bearbeiten</translation>
    </message>
</context>
<context>
    <name>ResourceTemplates</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SchemaSet</name>
    <message>
        <source>built-in schemas (Istio 1.32, Gateway API v1.2.1)</source>
        <translation>eingebaute Schemas (Istio 1.32, Gateway API v1.2.1)</translation>
    </message>
    <message>
        <source>the cluster&apos;s CRD schemas (%1 kinds; built-in for %2 more)</source>
        <translation>die CRD-Schemas des Clusters (%1 Arten; eingebaut für %2 weitere)</translation>
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
    <name>TrafficShiftDialog</name>
    <message>
        <source>Shift traffic</source>
        <translation>Traffic verschieben</translation>
    </message>
    <message>
        <source>Write anyway: I know the owner may revert it</source>
        <translation>Trotzdem schreiben: Ich weiß, dass der Eigentümer es zurücksetzen kann</translation>
    </message>
    <message>
        <source>Traffic shifting</source>
        <translation>Traffic-Verschiebung</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>Gleichmäßig</translation>
    </message>
    <message>
        <source>Share the traffic evenly between the unlocked versions</source>
        <translation>Den Traffic gleichmäßig auf die nicht gesperrten Versionen verteilen</translation>
    </message>
    <message>
        <source>Mirror to</source>
        <translation>Spiegeln an</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>TCP routes</source>
        <translation>TCP-Routen</translation>
    </message>
    <message>
        <source>Shift the VirtualService&apos;s TCP routes instead of its HTTP routes</source>
        <translation>Die TCP-Routen des VirtualService statt seiner HTTP-Routen verschieben</translation>
    </message>
    <message>
        <source>Request routing</source>
        <translation>Anfrage-Routing</translation>
    </message>
    <message>
        <source>Rules in order, the first that matches wins; they go in front of the VirtualService&apos;s other routes. Requests no rule matches follow the default route.</source>
        <translation>Regeln der Reihe nach, die erste passende gewinnt; sie stehen vor den anderen Routen des VirtualService. Anfragen, auf die keine Regel passt, folgen der Standardroute.</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Fault injection</source>
        <translation>Fehlerinjektion</translation>
    </message>
    <message>
        <source>Istio injects faults per route: these apply to the default route, so to every version it sends traffic to.</source>
        <translation>Istio injiziert Fehler je Route: Diese gelten für die Standardroute, also für jede Version, an die sie Traffic sendet.</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögern</translation>
    </message>
    <message>
        <source> % of requests by</source>
        <translation> % der Anfragen um</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source> % of requests with HTTP</source>
        <translation> % der Anfragen mit HTTP</translation>
    </message>
    <message>
        <source>Timeouts and retries</source>
        <translation>Timeouts und Wiederholungen</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Anfrage-Timeout</translation>
    </message>
    <message>
        <source>none (e.g. 2s)</source>
        <translation>keines (z. B. 2s)</translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation>Wiederholungsversuche</translation>
    </message>
    <message>
        <source>no retries</source>
        <translation>keine Wiederholungen</translation>
    </message>
    <message>
        <source>Timeout per try</source>
        <translation>Timeout je Versuch</translation>
    </message>
    <message>
        <source>Istio&apos;s default (e.g. 500ms)</source>
        <translation>Standard von Istio (z. B. 500ms)</translation>
    </message>
    <message>
        <source>Retry on</source>
        <translation>Wiederholen bei</translation>
    </message>
    <message>
        <source>Istio&apos;s default (e.g. 5xx,connect-failure)</source>
        <translation>Standard von Istio (z. B. 5xx,connect-failure)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Remove Meshscope routing</source>
        <translation>Meshscope-Routing entfernen</translation>
    </message>
    <message>
        <source>Review deleting the routing objects Meshscope created for this service; everything else stays</source>
        <translation>Das Löschen der Routing-Objekte prüfen, die Meshscope für diesen Service angelegt hat; alles andere bleibt</translation>
    </message>
    <message>
        <source>Copy patch</source>
        <translation>Patch kopieren</translation>
    </message>
    <message>
        <source>Save patch…</source>
        <translation>Patch speichern…</translation>
    </message>
    <message>
        <source>Undo last change…</source>
        <translation>Letzte Änderung rückgängig machen…</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>YAML: %1</source>
        <translation>YAML: %1</translation>
    </message>
    <message>
        <source>the document is not a mapping (a Kubernetes object)</source>
        <translation>das Dokument ist keine Map (kein Kubernetes-Objekt)</translation>
    </message>
    <message>
        <source>the prefix must be a lowercase DNS subdomain</source>
        <translation>das Präfix muss eine DNS-Subdomain in Kleinbuchstaben sein</translation>
    </message>
    <message>
        <source>the name must be 1–63 characters of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>der Name muss aus 1–63 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <source>Required value: name or generateName is required</source>
        <translation>Required value: name or generateName is required</translation>
    </message>
    <message>
        <source>must be a lowercase RFC 1123 subdomain: up to 253 characters of a-z, 0-9, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>muss eine RFC-1123-Subdomain in Kleinbuchstaben sein: bis zu 253 Zeichen aus a-z, 0-9, &apos;-&apos; und &apos;.&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>Forbidden: %1 is not namespaced</source>
        <translation>Forbidden: %1 ist nicht Namespace-gebunden</translation>
    </message>
    <message>
        <source>must be a lowercase RFC 1123 label: up to 63 characters of a-z, 0-9 and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>muss ein RFC-1123-Label in Kleinbuchstaben sein: bis zu 63 Zeichen aus a-z, 0-9 und &apos;-&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>a label value must be empty or up to 63 characters of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>ein Label-Wert muss leer sein oder aus bis zu 63 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <source>no schema for %1 in %2</source>
        <translation>kein Schema für %1 in %2</translation>
    </message>
    <message>
        <source>validation rules (CEL) were not checked because of the other errors; fix those to check the rest</source>
        <translation>Validierungsregeln (CEL) wurden wegen der anderen Fehler nicht geprüft; beheben Sie diese, um den Rest zu prüfen</translation>
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
    <name>meshscope::AnalysisGraphBadges</name>
    <message>
        <source>Show configuration problems</source>
        <translation>Konfigurationsprobleme zeigen</translation>
    </message>
    <message>
        <source>Istio config: %1, %2</source>
        <translation>Istio-Konfiguration: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Right-click → Show configuration problems</source>
        <translation>Rechtsklick → Konfigurationsprobleme zeigen</translation>
    </message>
</context>
<context>
    <name>meshscope::BootstrapPanel</name>
    <message>
        <source>&lt;p&gt;No bootstrap in this config dump.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Bootstrap in diesem Config-Dump.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Istio version</source>
        <translation>Istio-Version</translation>
    </message>
    <message>
        <source>Istio proxy version</source>
        <translation>Istio-Proxy-Version</translation>
    </message>
    <message>
        <source>Envoy version</source>
        <translation>Envoy-Version</translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation>Knoten-ID</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Lokalität</translation>
    </message>
    <message>
        <source>Node metadata</source>
        <translation>Knoten-Metadaten</translation>
    </message>
</context>
<context>
    <name>meshscope::CertificatePanel</name>
    <message>
        <source>&lt;p&gt;Select a secret to see its certificates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Secret auswählen, um seine Zertifikate zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; holds no certificate (state %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; enthält kein Zertifikat (Zustand %2).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;%1 — %n certificate(s)&lt;/h3&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;%1 — %n Zertifikat&lt;/h3&gt;</numerusform>
            <numerusform>&lt;h3&gt;%1 — %n Zertifikate&lt;/h3&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag abgelaufen</numerusform>
            <numerusform>seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Certificate %1 of the chain</source>
        <translation>Zertifikat %1 der Kette</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>SPIFFE ID</source>
        <translation>SPIFFE-ID</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Nicht nach</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
</context>
<context>
    <name>meshscope::ClusterPages</name>
    <message>
        <source>Nothing here yet: waiting for the cluster, or the chosen namespace has none.</source>
        <translation>Noch nichts hier: Es wird auf den Cluster gewartet, oder der gewählte Namespace enthält keine.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting to %1: %2</source>
        <translation>Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the kubeconfig: %1</source>
        <translation>Die kubeconfig kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Nothing here: the list is still loading, or the chosen namespace has none.</source>
        <translation>Nichts hier: Die Liste wird noch geladen, oder der gewählte Namespace enthält keine.</translation>
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
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n Namespace</numerusform>
            <numerusform>%n Namespaces</numerusform>
        </translation>
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
    <message>
        <source>waiting for the credential plugin &quot;%1&quot;</source>
        <translation>Warten auf das Credential-Plugin „%1“</translation>
    </message>
</context>
<context>
    <name>meshscope::ConfigDiffModel</name>
    <message numerus="yes">
        <source>changed (%n field(s)%1)</source>
        <translation>
            <numerusform>geändert (%n Feld%1)</numerusform>
            <numerusform>geändert (%n Felder%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>, more not listed</source>
        <translation>, weitere nicht aufgeführt</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>nur in %1</translation>
    </message>
    <message>
        <source>Resource / field</source>
        <translation>Ressource / Feld</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
</context>
<context>
    <name>meshscope::ConfigDiffView</name>
    <message numerus="yes">
        <source>%1 and %2 match: %n resource(s) compared.</source>
        <translation>
            <numerusform>%1 und %2 stimmen überein: %n Ressource verglichen.</numerusform>
            <numerusform>%1 und %2 stimmen überein: %n Ressourcen verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 resource(s) %3 lacks, %4 extra, %5 changed.</source>
        <translation>%1 hat %2 Ressource(n), die %3 fehlen, %4 zusätzliche, %5 geänderte.</translation>
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
    <name>meshscope::DemoHistory</name>
    <message>
        <source>the simulator wrote no history</source>
        <translation>der Simulator hat keine Historie geschrieben</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cannot move block %1 into %2</source>
        <translation>kann Block %1 nicht nach %2 verschieben</translation>
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
    <message>
        <source>Loading the demo mesh&apos;s recent history…</source>
        <translation>Die jüngste Historie des Demo-Mesh wird geladen…</translation>
    </message>
    <message>
        <source>The demo mesh starts without history: %1</source>
        <translation>Das Demo-Mesh startet ohne Historie: %1</translation>
    </message>
    <message>
        <source>The demo mesh&apos;s older history could not be loaded: %1</source>
        <translation>Die ältere Historie des Demo-Mesh konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>meshscope::DetailsOverviewTab</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Nachbarn</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
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
        <source>&lt;b&gt;Pods&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pods&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikas</translation>
    </message>
    <message>
        <source>%1 desired, %2 current, %3 available</source>
        <translation>%1 gewünscht, %2 aktuell, %3 verfügbar</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Service-Account</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selektor</translation>
    </message>
    <message>
        <source>mTLS</source>
        <translation>mTLS</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>Pods without the istio-proxy sidecar: their traffic is outside the mesh</source>
        <translation>Pods ohne istio-proxy-Sidecar: ihr Verkehr läuft außerhalb des Mesh</translation>
    </message>
    <message>
        <source>%1 (not ready)</source>
        <translation>%1 (nicht bereit)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Verwandt&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Istio config&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Istio-Konfiguration&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>none applies</source>
        <translation>keine trifft zu</translation>
    </message>
</context>
<context>
    <name>meshscope::DetailsWindow</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
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
        <source>%1 %2 (%3) — Meshscope</source>
        <translation>%1 %2 (%3) — Meshscope</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>mTLS</source>
        <translation>mTLS</translation>
    </message>
    <message>
        <source>Outbound metrics (none)</source>
        <translation>Ausgehende Metriken (keine)</translation>
    </message>
    <message>
        <source>%1 is not in the cluster (any more).</source>
        <translation>%1 ist nicht (mehr) im Cluster.</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Traffic: %1</source>
        <translation>Verkehr: %1</translation>
    </message>
</context>
<context>
    <name>meshscope::DetailsWiring</name>
    <message>
        <source>no Prometheus to ask</source>
        <translation>kein Prometheus zum Fragen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Envoy configuration of its pods (clusters, listeners, routes, endpoints, secrets, istiod vs Envoy) is on the Proxies page: &lt;a href=&quot;proxies&quot;&gt;open it there&lt;/a&gt;.</source>
        <translation>Die Envoy-Konfiguration seiner Pods (Cluster, Listener, Routen, Endpoints, Secrets, istiod gegen Envoy) steht auf der Seite Proxys: &lt;a href=&quot;proxies&quot;&gt;dort öffnen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Trace and dashboard links</source>
        <translation>Links zu Traces und Dashboards</translation>
    </message>
    <message>
        <source>Traces (Jaeger, Tempo):</source>
        <translation>Traces (Jaeger, Tempo):</translation>
    </message>
    <message>
        <source>Dashboard (Grafana):</source>
        <translation>Dashboard (Grafana):</translation>
    </message>
    <message>
        <source>{namespace}, {name}, {app}, {workload}, {service}, {startMs}, {endMs}, {startUs} and {endUs} are filled in. Leave a field empty to hide its link.</source>
        <translation>{namespace}, {name}, {app}, {workload}, {service}, {startMs}, {endMs}, {startUs} und {endUs} werden eingesetzt. Ein leeres Feld blendet seinen Link aus.</translation>
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
        <source>The exec credential plugin &quot;%1&quot; failed (exit code %2)%3</source>
        <translation>Das Exec-Credential-Plugin „%1“ ist fehlgeschlagen (Exit-Code %2)%3</translation>
    </message>
    <message>
        <source>The credential plugin &quot;%1&quot; has not answered after %2 s; it was stopped</source>
        <translation>Das Credential-Plugin „%1“ hat nach %2 s nicht geantwortet; es wurde beendet</translation>
    </message>
    <message>
        <source>no executable of that name is in PATH</source>
        <translation>im PATH gibt es kein Programm dieses Namens</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is a directory, not a program</source>
        <translation>es ist ein Verzeichnis, kein Programm</translation>
    </message>
    <message>
        <source>the file is not executable (chmod +x)</source>
        <translation>die Datei ist nicht ausführbar (chmod +x)</translation>
    </message>
</context>
<context>
    <name>meshscope::FindBar</name>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
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
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Shift traffic…</source>
        <translation>Traffic verschieben…</translation>
    </message>
    <message>
        <source>Show proxy config</source>
        <translation>Proxy-Konfiguration zeigen</translation>
    </message>
    <message>
        <source>Waiting for the cluster&apos;s workloads, services and Istio configuration to be listed.</source>
        <translation>Warte, bis Workloads, Services und Istio-Konfiguration des Clusters gelistet sind.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>%n Knoten wird angeordnet…</numerusform>
            <numerusform>%n Knoten werden angeordnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first metrics…</source>
        <translation>Warte auf die ersten Metriken…</translation>
    </message>
    <message>
        <source>Prometheus has only just started collecting: rates need two samples in the window. The graph appears within a few scrapes.</source>
        <translation>Prometheus sammelt erst seit Kurzem: Raten brauchen zwei Werte im Fenster. Der Graph erscheint nach wenigen Scrapes.</translation>
    </message>
    <message>
        <source>The graph may be incomplete: %1</source>
        <translation>Der Graph ist vielleicht unvollständig: %1</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Graph nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>meshscope::GraphPageWiring</name>
    <message>
        <source>No Prometheus to ask: start Meshscope with --prometheus URL, or try --demo.</source>
        <translation>Kein Prometheus zum Abfragen: Starten Sie Meshscope mit --prometheus URL oder probieren Sie --demo.</translation>
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
    <message>
        <source>Rates over the last %1; charts: the last %1, each point a %2 rate.</source>
        <translation>Raten über die letzten %1; Diagramme: die letzten %1, jeder Punkt eine %2-Rate.</translation>
    </message>
    <message>
        <source>Each point is the rate over the %1 before it.</source>
        <translation>Jeder Punkt ist die Rate über die %1 davor.</translation>
    </message>
    <message>
        <source>Request rate (%1 rate)</source>
        <translation>Anfragerate (%1-Rate)</translation>
    </message>
    <message>
        <source>Error % (%1 rate)</source>
        <translation>Fehler-% (%1-Rate)</translation>
    </message>
    <message>
        <source>Response time p95 (%1)</source>
        <translation>Antwortzeit p95 (%1)</translation>
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
        <source>The graph takes its namespaces from the cluster, and the cluster is not available: %1</source>
        <translation>Der Graph nimmt seine Namespaces aus dem Cluster, und der Cluster ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 is not in the Istio Config list</source>
        <translation>%1 ist nicht in der Liste der Istio-Konfiguration</translation>
    </message>
</context>
<context>
    <name>meshscope::HeadlessCommands</name>
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
    <message>
        <source>analyze Istio configuration like istioctl analyze</source>
        <translation>Istio-Konfiguration wie istioctl analyze analysieren</translation>
    </message>
    <message>
        <source>list, dump and diff IstioOperator profiles</source>
        <translation>IstioOperator-Profile auflisten, ausgeben und vergleichen</translation>
    </message>
    <message>
        <source>shift traffic, route requests, inject faults, set timeouts, undo</source>
        <translation>Traffic verschieben, Anfragen routen, Fehler injizieren, Timeouts setzen, rückgängig machen</translation>
    </message>
    <message>
        <source>server-side apply of resource files (field manager meshscope)</source>
        <translation>serverseitiges Apply von Ressourcendateien (Field-Manager meshscope)</translation>
    </message>
    <message>
        <source>diff resource files against the cluster (server dry run)</source>
        <translation>Ressourcendateien mit dem Cluster vergleichen (serverseitiger Probelauf)</translation>
    </message>
    <message>
        <source>validate resource files offline (schemas, CEL rules, Istio checks)</source>
        <translation>Ressourcendateien offline prüfen (Schemas, CEL-Regeln, Istio-Prüfungen)</translation>
    </message>
    <message>
        <source>List the contexts of the kubeconfig; * marks the current one.</source>
        <translation>Die Kontexte der kubeconfig auflisten; * markiert den aktuellen.</translation>
    </message>
    <message>
        <source>Path to the kubeconfig file.</source>
        <translation>Pfad zur kubeconfig-Datei.</translation>
    </message>
    <message>
        <source>Server-side apply (fieldManager=meshscope) of the resources in FILE, in order.
Exit status: 0 applied, 1 rejected or conflicting, 2 bad usage.</source>
        <translation>Serverseitiges Apply (fieldManager=meshscope) der Ressourcen in DATEI, der Reihe nach.
Exit-Status: 0 angewendet, 1 abgelehnt oder im Konflikt, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Show what applying FILE would change: the server&apos;s dry-run result against the live objects, as unified diffs.
Exit status: 0 no differences, 1 differences, 2 or more: errors.</source>
        <translation>Zeigen, was das Anwenden von DATEI ändern würde: das Ergebnis des serverseitigen Probelaufs gegen die Live-Objekte, als Unified Diffs.
Exit-Status: 0 keine Unterschiede, 1 Unterschiede, 2 oder mehr: Fehler.</translation>
    </message>
    <message>
        <source>A file, a directory of manifests, or - for standard input (repeatable).</source>
        <translation>Eine Datei, ein Verzeichnis mit Manifesten oder - für die Standardeingabe (wiederholbar).</translation>
    </message>
    <message>
        <source>Also read the subdirectories of directories given with -f.</source>
        <translation>Auch die Unterverzeichnisse der mit -f angegebenen Verzeichnisse lesen.</translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation>kubeconfig-Kontext.</translation>
    </message>
    <message>
        <source>Namespace for resources that name none (default: the context&apos;s).</source>
        <translation>Namespace für Ressourcen, die keinen nennen (Standard: der des Kontexts).</translation>
    </message>
    <message>
        <source>Ask the server to validate and admit, without storing (dryRun=All).</source>
        <translation>Den Server prüfen und zulassen lassen, ohne zu speichern (dryRun=All).</translation>
    </message>
    <message>
        <source>Take over fields another field manager owns.</source>
        <translation>Felder übernehmen, die einem anderen Field-Manager gehören.</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>Nach so vielen Sekunden aufgeben.</translation>
    </message>
    <message>
        <source>give the manifests with -f FILE (or -f - for standard input)</source>
        <translation>geben Sie die Manifeste mit -f DATEI an (oder -f - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>the cluster serves no resources</source>
        <translation>der Cluster bietet keine Ressourcen an</translation>
    </message>
    <message>
        <source>no answer from the cluster within %1 s</source>
        <translation>keine Antwort vom Cluster innerhalb von %1 s</translation>
    </message>
    <message>
        <source>  %1 is owned by &quot;%2&quot;</source>
        <translation>  %1 gehört „%2“</translation>
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
        <translation>  Führen Sie den Befehl mit --force-conflicts erneut aus, um diese Felder zu übernehmen, oder ändern Sie das Manifest.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Validate Istio and Gateway API resources offline against the built-in schema set: YAML syntax, the CRD schemas (types, enums, bounds, required fields, unknown fields), their CEL rules and Istio&apos;s webhook checks. Unknown fields are warnings unless --strict.
Exit status: 0 valid, 1 invalid (one &quot;FILE:LINE: Kind ns/name: field: message&quot; line each), 2 bad usage.</source>
        <translation>Istio- und Gateway-API-Ressourcen offline gegen die eingebauten Schemas prüfen: YAML-Syntax, die CRD-Schemas (Typen, Enums, Grenzen, Pflichtfelder, unbekannte Felder), ihre CEL-Regeln und die Webhook-Prüfungen von Istio. Unbekannte Felder sind Warnungen, außer mit --strict.
Exit-Status: 0 gültig, 1 ungültig (je eine Zeile &quot;FILE:LINE: Kind ns/name: field: message&quot;), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Only the schema and its rules, not Istio&apos;s semantic checks.</source>
        <translation>Nur das Schema und seine Regeln, nicht die semantischen Prüfungen von Istio.</translation>
    </message>
    <message>
        <source>Unknown fields are errors (as kubectl --validate=strict), not warnings.</source>
        <translation>Unbekannte Felder sind Fehler (wie bei kubectl --validate=strict), keine Warnungen.</translation>
    </message>
    <message>
        <source>Print errors only, no warnings and no summary.</source>
        <translation>Nur Fehler ausgeben, keine Warnungen und keine Zusammenfassung.</translation>
    </message>
    <message>
        <source>validate: give the files to check with -f FILE (or -f - for standard input)</source>
        <translation>validate: geben Sie die zu prüfenden Dateien mit -f DATEI an (oder -f - für die Standardeingabe)</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) checked</source>
        <translation>
            <numerusform>%n Ressource geprüft</numerusform>
            <numerusform>%n Ressourcen geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>print the health of apps, workloads and services</source>
        <translation>den Zustand von Apps, Workloads und Services ausgeben</translation>
    </message>
    <message>
        <source>a proxy&apos;s Envoy configuration, like istioctl proxy-config</source>
        <translation>die Envoy-Konfiguration eines Proxys, wie istioctl proxy-config</translation>
    </message>
    <message>
        <source>xDS sync status of every proxy, like istioctl proxy-status</source>
        <translation>xDS-Sync-Status jedes Proxys, wie istioctl proxy-status</translation>
    </message>
</context>
<context>
    <name>meshscope::HealthPagesWiring</name>
    <message>
        <source>Waiting for the cluster…</source>
        <translation>Warte auf den Cluster…</translation>
    </message>
    <message>
        <source>Listing the cluster&apos;s objects…</source>
        <translation>Die Objekte des Clusters werden gelistet…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Reconnecting to the cluster — objects as of %1.</source>
        <translation>Verbindung zum Cluster wird wiederhergestellt — Objekte vom Stand %1.</translation>
    </message>
    <message>
        <source>Request health unknown: %1</source>
        <translation>Anfragezustand unbekannt: %1</translation>
    </message>
</context>
<context>
    <name>meshscope::HealthThresholdsDialog</name>
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
    <message>
        <source>the response is larger than %1 MB; it was not read to its end</source>
        <translation>die Antwort ist größer als %1 MB; sie wurde nicht bis zum Ende gelesen</translation>
    </message>
    <message>
        <source>more than %1 redirects (a redirect loop?)</source>
        <translation>mehr als %1 Weiterleitungen (eine Weiterleitungsschleife?)</translation>
    </message>
    <message>
        <source>the response broke off: %1</source>
        <translation>die Antwort brach ab: %1</translation>
    </message>
</context>
<context>
    <name>meshscope::IopEditorWindow</name>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksame Werte</translation>
    </message>
    <message>
        <source>Profile diff</source>
        <translation>Profilvergleich</translation>
    </message>
    <message>
        <source>Canary upgrade</source>
        <translation>Canary-Upgrade</translation>
    </message>
    <message>
        <source>Sail</source>
        <translation>Sail</translation>
    </message>
    <message>
        <source>Valid · profile %1</source>
        <translation>Gültig · Profil %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] — IstioOperator — Meshscope</source>
        <translation>%1[*] – IstioOperator – Meshscope</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>Restored the unsaved edit of %1 from %2.</source>
        <translation>Die nicht gespeicherte Bearbeitung von %1 vom %2 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>an untitled file</source>
        <translation>eine unbenannte Datei</translation>
    </message>
    <message>
        <source>Unsaved IstioOperator edits</source>
        <translation>Nicht gespeicherte IstioOperator-Änderungen</translation>
    </message>
    <message>
        <source>Meshscope kept IstioOperator edits that were not saved:

%1

Restore them?</source>
        <translation>Meshscope hat IstioOperator-Änderungen aufbewahrt, die nicht gespeichert wurden:

%1

Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Open IstioOperator</source>
        <translation>IstioOperator öffnen</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save IstioOperator</source>
        <translation>IstioOperator speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The cluster serves no IstioOperator resources (install.istio.io).</source>
        <translation>Der Cluster bietet keine IstioOperator-Ressourcen an (install.istio.io).</translation>
    </message>
    <message>
        <source>Reading IstioOperators from the cluster… try again in a moment.</source>
        <translation>IstioOperators werden aus dem Cluster gelesen… Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>No installed-state IstioOperator in the cluster (istioctl 1.23 and older wrote one).</source>
        <translation>Kein Installed-State-IstioOperator im Cluster (istioctl 1.23 und älter hat einen geschrieben).</translation>
    </message>
    <message>
        <source>installed in the cluster (%1/%2)</source>
        <translation>im Cluster installiert (%1/%2)</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>%1/%2 (cluster)</source>
        <translation>%1/%2 (Cluster)</translation>
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
    <name>meshscope::IstioConfigPage</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Analysing the configuration…</source>
        <translation>Die Konfiguration wird analysiert…</translation>
    </message>
    <message>
        <source>No problems found in the mesh&apos;s configuration.</source>
        <translation>Keine Probleme in der Konfiguration des Mesh gefunden.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&lt;p&gt;The analysis has not finished yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Analyse ist noch nicht fertig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>So beheben Sie es:</translation>
    </message>
    <message>
        <source>Involves:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <source>Reference documentation</source>
        <translation>Referenzdokumentation</translation>
    </message>
    <message>
        <source>The mesh&apos;s configuration has %1, %2 and %3.</source>
        <translation>Die Konfiguration des Mesh hat %1, %2 und %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info message(s)</source>
        <translation>
            <numerusform>%n Info-Meldung</numerusform>
            <numerusform>%n Info-Meldungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshscope::JsonTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>meshscope::JsonTreeView</name>
    <message>
        <source>Search keys and values…</source>
        <translation>Schlüssel und Werte durchsuchen…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>suche…</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
    <message>
        <source>%1, context %2</source>
        <translation>%1, Kontext %2</translation>
    </message>
    <message numerus="yes">
        <source>The API server rate limited the request (HTTP 429) and still did after %n retries over %1 s</source>
        <translation>
            <numerusform>Der API-Server hat die Anfrage gedrosselt (HTTP 429) und tat es nach %n Wiederholung über %1 s noch immer</numerusform>
            <numerusform>Der API-Server hat die Anfrage gedrosselt (HTTP 429) und tat es nach %n Wiederholungen über %1 s noch immer</numerusform>
        </translation>
    </message>
    <message>
        <source>The API server rate limited the request (HTTP 429)</source>
        <translation>Der API-Server hat die Anfrage gedrosselt (HTTP 429)</translation>
    </message>
    <message numerus="yes">
        <source>The API server was unavailable (HTTP %1) and still was after %n retries over %2 s</source>
        <translation>
            <numerusform>Der API-Server war nicht verfügbar (HTTP %1) und war es nach %n Wiederholung über %2 s noch immer</numerusform>
            <numerusform>Der API-Server war nicht verfügbar (HTTP %1) und war es nach %n Wiederholungen über %2 s noch immer</numerusform>
        </translation>
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
    <name>meshscope::ListPage</name>
    <message>
        <source>applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Labels that must match, separated by commas: key=value, key!=value, or key (the label is set)</source>
        <translation>Labels, die passen müssen, durch Kommas getrennt: key=value, key!=value oder key (das Label ist gesetzt)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health (%1)</source>
        <translation>Zustand (%1)</translation>
    </message>
    <message>
        <source>VirtualService</source>
        <translation>VirtualService</translation>
    </message>
    <message>
        <source>DestinationRule</source>
        <translation>DestinationRule</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>AuthorizationPolicy</source>
        <translation>AuthorizationPolicy</translation>
    </message>
    <message>
        <source>PeerAuthentication</source>
        <translation>PeerAuthentication</translation>
    </message>
    <message>
        <source>RequestAuthentication</source>
        <translation>RequestAuthentication</translation>
    </message>
    <message>
        <source>Sidecar</source>
        <translation>Sidecar</translation>
    </message>
    <message>
        <source>No Istio config</source>
        <translation>Keine Istio-Konfiguration</translation>
    </message>
    <message>
        <source>Istio config</source>
        <translation>Istio-Konfiguration</translation>
    </message>
    <message>
        <source>Istio config (%1)</source>
        <translation>Istio-Konfiguration (%1)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show in graph</source>
        <translation>Im Graphen zeigen</translation>
    </message>
    <message>
        <source>Shift traffic…</source>
        <translation>Traffic verschieben…</translation>
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
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>There are no %1 in the chosen namespaces.</source>
        <translation>In den gewählten Namespaces gibt es keine %1.</translation>
    </message>
</context>
<context>
    <name>meshscope::LoggingPanel</name>
    <message>
        <source>Set for the selected logger</source>
        <translation>Für den gewählten Logger setzen</translation>
    </message>
    <message>
        <source>Set for all loggers</source>
        <translation>Für alle Logger setzen</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Select a logger first.</source>
        <translation>Zuerst einen Logger wählen.</translation>
    </message>
    <message>
        <source>Checking whether you may change log levels…</source>
        <translation>Prüfe, ob Sie Log-Stufen ändern dürfen…</translation>
    </message>
    <message>
        <source>Levels changed.</source>
        <translation>Stufen geändert.</translation>
    </message>
</context>
<context>
    <name>meshscope::LogsTab</name>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>last </source>
        <translation>letzte </translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>No pods to read logs from.</source>
        <translation>Keine Pods, deren Logs gelesen werden könnten.</translation>
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
        <source>Open IstioOperator</source>
        <translation>IstioOperator öffnen</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot use the kubeconfig: %1</source>
        <translation>Die kubeconfig kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting to %1: %2</source>
        <translation>Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
</context>
<context>
    <name>meshscope::MergeView</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Use the merged result</source>
        <translation>Das zusammengeführte Ergebnis verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Base (when you opened it)</source>
        <translation>Basis (beim Öffnen)</translation>
    </message>
    <message>
        <source>Theirs (live now)</source>
        <translation>Deren (jetzt live)</translation>
    </message>
    <message>
        <source>Yours (your edit)</source>
        <translation>Ihre (Ihre Bearbeitung)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed in the cluster while you were editing it.&lt;/b&gt; %2 change(s) of theirs and %3 of yours did not overlap and are merged. Choose what to keep for the %4 field(s) both changed; the result below is what will be applied (after a dry run).</source>
        <translation>&lt;b&gt;%1 wurde im Cluster geändert, während Sie es bearbeitet haben.&lt;/b&gt; %2 Änderung(en) von dort und %3 von Ihnen überschneiden sich nicht und sind zusammengeführt. Wählen Sie, was für die %4 Feld(er) gelten soll, die beide geändert haben; das Ergebnis unten wird angewendet (nach einem Probelauf).</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>meshscope::MeshPage</name>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>Waiting for the cluster…</source>
        <translation>Warte auf den Cluster…</translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation>%1/%2 bereit</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>istiod</source>
        <translation>istiod</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Proxy version</source>
        <translation>Proxy-Version</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>all on %1</source>
        <translation>alle auf %1</translation>
    </message>
    <message>
        <source>%1 to restart</source>
        <translation>%1 neu zu starten</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Sidecar pods</source>
        <translation>Sidecar-Pods</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>%1 in sync, %2 stale</source>
        <translation>%1 synchron, %2 veraltet</translation>
    </message>
    <message>
        <source>sync status unknown</source>
        <translation>Sync-Status unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n istiod revision(s)&lt;/b&gt; (%1) · &lt;b&gt;%2 proxies&lt;/b&gt; (%3) · mesh mTLS &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n istiod-Revision&lt;/b&gt; (%1) · &lt;b&gt;%2 Proxys&lt;/b&gt; (%3) · Mesh-mTLS &lt;b&gt;%4&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n istiod-Revisionen&lt;/b&gt; (%1) · &lt;b&gt;%2 Proxys&lt;/b&gt; (%3) · Mesh-mTLS &lt;b&gt;%4&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>IstioOperator &lt;b&gt;%1&lt;/b&gt;: profile %2, revision %3, %4:%5&lt;br&gt;Enabled: %6&lt;br&gt;Disabled: %7</source>
        <translation>IstioOperator &lt;b&gt;%1&lt;/b&gt;: Profil %2, Revision %3, %4:%5&lt;br&gt;Aktiviert: %6&lt;br&gt;Deaktiviert: %7</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No installed-state IstioOperator (istioctl stopped writing it in 1.21; Helm and Sail installs have none).</source>
        <translation>Kein IstioOperator des installierten Zustands (istioctl schreibt ihn seit 1.21 nicht mehr; Helm- und Sail-Installationen haben keinen).</translation>
    </message>
    <message>
        <source>No istio-ca-root-cert ConfigMap in istio-system.</source>
        <translation>Keine ConfigMap istio-ca-root-cert in istio-system.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;valid %2 – %3: %4</source>
        <translation>%1&lt;br&gt;gültig %2 – %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No ambient components (ztunnel, istio-cni, waypoints) in this mesh.</source>
        <translation>Keine Ambient-Komponenten (ztunnel, istio-cni, Waypoints) in diesem Mesh.</translation>
    </message>
    <message>
        <source>The mesh config cannot be read: %1</source>
        <translation>Die Mesh-Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>meshscope::MetricsChartView</name>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>%1 conn/s</source>
        <translation>%1 Verb./s</translation>
    </message>
    <message>
        <source>%1 — no data in this window</source>
        <translation>%1 — keine Daten in diesem Fenster</translation>
    </message>
</context>
<context>
    <name>meshscope::MetricsTab</name>
    <message>
        <source>Destination proxy</source>
        <translation>Ziel-Proxy</translation>
    </message>
    <message>
        <source>Source proxy</source>
        <translation>Quell-Proxy</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Letzte 30 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation>Letzte 3 Stunden</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>By version</source>
        <translation>Nach Version</translation>
    </message>
    <message>
        <source>By source workload</source>
        <translation>Nach Quell-Workload</translation>
    </message>
    <message>
        <source>By destination workload</source>
        <translation>Nach Ziel-Workload</translation>
    </message>
    <message>
        <source>By source app</source>
        <translation>Nach Quell-App</translation>
    </message>
    <message>
        <source>By destination app</source>
        <translation>Nach Ziel-App</translation>
    </message>
    <message>
        <source>By response code</source>
        <translation>Nach Antwortcode</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>Compare with 1 hour earlier</source>
        <translation>Mit 1 Stunde früher vergleichen</translation>
    </message>
    <message>
        <source>Compare with 3 hours earlier</source>
        <translation>Mit 3 Stunden früher vergleichen</translation>
    </message>
    <message>
        <source>Compare with 1 day earlier</source>
        <translation>Mit 1 Tag früher vergleichen</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>Services have no outbound metrics: their workloads send the requests.</source>
        <translation>Services haben keine ausgehenden Metriken: ihre Workloads senden die Anfragen.</translation>
    </message>
</context>
<context>
    <name>meshscope::NamespaceDelegate</name>
    <message>
        <source>no traffic data</source>
        <translation>keine Verkehrsdaten</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source> · %1 % errors</source>
        <translation> · %1 % Fehler</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>No Istio config</source>
        <translation>Keine Istio-Konfiguration</translation>
    </message>
    <message numerus="yes">
        <source>%n Istio object(s)</source>
        <translation>
            <numerusform>%n Istio-Objekt</numerusform>
            <numerusform>%n Istio-Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 errors, %2 warnings</source>
        <translation>: %1 Fehler, %2 Warnungen</translation>
    </message>
    <message>
        <source>mTLS %1</source>
        <translation>mTLS %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 healthy, %3 degraded, %4 failing, %5 not ready, %6 without health information&lt;br&gt;%7&lt;br&gt;mTLS: %8&lt;br&gt;Click for its graph and lists.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 gesund, %3 beeinträchtigt, %4 fehlerhaft, %5 nicht bereit, %6 ohne Zustandsinformation&lt;br&gt;%7&lt;br&gt;mTLS: %8&lt;br&gt;Klicken für Graph und Listen.</translation>
    </message>
</context>
<context>
    <name>meshscope::NeighbourGraph</name>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>%1 rps</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>No traffic in the window</source>
        <translation>Kein Verkehr im Fenster</translation>
    </message>
</context>
<context>
    <name>meshscope::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 %2 (%3/%4 ready)</source>
        <translation>%1 %2 (%3/%4 bereit)</translation>
    </message>
    <message>
        <source>&lt;b&gt;istiod&lt;/b&gt;: none found</source>
        <translation>&lt;b&gt;istiod&lt;/b&gt;: keiner gefunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;istiod&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;istiod&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proxies&lt;/b&gt;: %1 (sync status unknown)</source>
        <translation>&lt;b&gt;Proxys&lt;/b&gt;: %1 (Sync-Status unbekannt)</translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation>%1 veraltet</translation>
    </message>
    <message>
        <source>0 stale</source>
        <translation>0 veraltet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proxies&lt;/b&gt;: %1 in sync, %2</source>
        <translation>&lt;b&gt;Proxys&lt;/b&gt;: %1 synchron, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;mTLS&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;mTLS&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Graph of %1</source>
        <translation>Graph von %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Istio config</source>
        <translation>Istio-Konfiguration</translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n Namespace</numerusform>
            <numerusform>%n Namespaces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 namespaces</source>
        <translation>%1 von %2 Namespaces</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The cluster has no namespaces you may see.</source>
        <translation>Der Cluster hat keine Namespaces, die Sie sehen dürfen.</translation>
    </message>
</context>
<context>
    <name>meshscope::Ownership</name>
    <message>
        <source>label %1=%2</source>
        <translation>Label %1=%2</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>Annotation %1</translation>
    </message>
    <message>
        <source>field manager %1</source>
        <translation>Field-Manager %1</translation>
    </message>
    <message>
        <source>Argo CD</source>
        <translation>Argo CD</translation>
    </message>
    <message>
        <source>Argo CD application &quot;%1&quot;</source>
        <translation>Argo-CD-Application „%1“</translation>
    </message>
    <message>
        <source>Argo CD syncs it from Git: with automated self-heal it puts the Git version back within minutes, otherwise the application shows OutOfSync and its next sync overwrites the change. Change it in Git instead.</source>
        <translation>Argo CD synchronisiert es aus Git: mit automatischem Self-Heal stellt es die Git-Version binnen Minuten wieder her, sonst zeigt die Application OutOfSync und ihre nächste Synchronisierung überschreibt die Änderung. Ändern Sie es stattdessen in Git.</translation>
    </message>
    <message>
        <source>Argo CD tracked objects by this label before version 3, but Helm charts set it too; if an Argo CD application of that name manages it, a change made here is reverted at its next sync.</source>
        <translation>Argo CD hat Objekte vor Version 3 über dieses Label verfolgt, aber auch Helm-Charts setzen es; verwaltet eine Argo-CD-Application dieses Namens das Objekt, wird eine hier gemachte Änderung bei ihrer nächsten Synchronisierung zurückgesetzt.</translation>
    </message>
    <message>
        <source>The tracking id names another object (%1), so it was probably copied; Argo CD does not manage this object through it.</source>
        <translation>Die Tracking-ID nennt ein anderes Objekt (%1), wurde also wohl kopiert; Argo CD verwaltet dieses Objekt nicht darüber.</translation>
    </message>
    <message>
        <source>Flux Kustomization &quot;%1&quot;</source>
        <translation>Flux-Kustomization „%1“</translation>
    </message>
    <message>
        <source>Flux (kustomize-controller)</source>
        <translation>Flux (kustomize-controller)</translation>
    </message>
    <message>
        <source>annotation kustomize.toolkit.fluxcd.io/reconcile=disabled</source>
        <translation>Annotation kustomize.toolkit.fluxcd.io/reconcile=disabled</translation>
    </message>
    <message>
        <source>Reconciliation is disabled for this object, so Flux leaves a change made here alone until that annotation is removed.</source>
        <translation>Der Abgleich ist für dieses Objekt abgeschaltet; Flux lässt eine hier gemachte Änderung in Ruhe, bis die Annotation entfernt wird.</translation>
    </message>
    <message>
        <source>annotation kustomize.toolkit.fluxcd.io/ssa=%1</source>
        <translation>Annotation kustomize.toolkit.fluxcd.io/ssa=%1</translation>
    </message>
    <message>
        <source>Flux only creates this object when it is missing and does not overwrite it.</source>
        <translation>Flux legt dieses Objekt nur an, wenn es fehlt, und überschreibt es nicht.</translation>
    </message>
    <message>
        <source>Flux applies it from Git at every reconciliation (every few minutes) and puts back the fields it manages. Change it in Git instead.</source>
        <translation>Flux wendet es bei jedem Abgleich (alle paar Minuten) aus Git an und stellt die Felder wieder her, die es verwaltet. Ändern Sie es stattdessen in Git.</translation>
    </message>
    <message>
        <source>Flux HelmRelease &quot;%1&quot;</source>
        <translation>Flux-HelmRelease „%1“</translation>
    </message>
    <message>
        <source>Flux (helm-controller)</source>
        <translation>Flux (helm-controller)</translation>
    </message>
    <message>
        <source>annotation helm.toolkit.fluxcd.io/driftDetection=disabled</source>
        <translation>Annotation helm.toolkit.fluxcd.io/driftDetection=disabled</translation>
    </message>
    <message>
        <source>Drift detection ignores this object, but the next upgrade of the release from Git overwrites a change made here. Change the HelmRelease&apos;s values in Git instead.</source>
        <translation>Die Drift-Erkennung übergeht dieses Objekt, aber das nächste Upgrade des Release aus Git überschreibt eine hier gemachte Änderung. Ändern Sie stattdessen die Werte des HelmRelease in Git.</translation>
    </message>
    <message>
        <source>Flux upgrades the Helm release from Git: the next upgrade overwrites a change made here, and with drift detection on Flux corrects it at once. Change the HelmRelease&apos;s values in Git instead.</source>
        <translation>Flux aktualisiert das Helm-Release aus Git: das nächste Upgrade überschreibt eine hier gemachte Änderung, und mit eingeschalteter Drift-Erkennung korrigiert Flux sie sofort. Ändern Sie stattdessen die Werte des HelmRelease in Git.</translation>
    </message>
    <message>
        <source>Helm release &quot;%1&quot;</source>
        <translation>Helm-Release „%1“</translation>
    </message>
    <message>
        <source>Helm</source>
        <translation>Helm</translation>
    </message>
    <message>
        <source>It was rendered from a Helm chart, but no Helm release records it; the tool that applies the chart owns it.</source>
        <translation>Es wurde aus einem Helm-Chart erzeugt, aber kein Helm-Release führt es; das Werkzeug, das das Chart anwendet, besitzt es.</translation>
    </message>
    <message>
        <source>The next helm upgrade or rollback of the release can overwrite a change made here. Change the chart&apos;s values instead.</source>
        <translation>Das nächste helm upgrade oder rollback des Release kann eine hier gemachte Änderung überschreiben. Ändern Sie stattdessen die Werte des Charts.</translation>
    </message>
    <message>
        <source>owner reference to Canary %1</source>
        <translation>Owner-Referenz auf Canary %1</translation>
    </message>
    <message>
        <source>Canary %1 routes this service</source>
        <translation>Canary %1 routet diesen Service</translation>
    </message>
    <message>
        <source>Flagger</source>
        <translation>Flagger</translation>
    </message>
    <message>
        <source>Flagger canary &quot;%1&quot;</source>
        <translation>Flagger-Canary „%1“</translation>
    </message>
    <message>
        <source>Flagger sets the weights itself during every canary analysis and puts back anything else that differs from the Canary&apos;s spec at its next reconciliation. Change the Canary instead.</source>
        <translation>Flagger setzt die Gewichte bei jeder Canary-Analyse selbst und stellt alles, was von der Spezifikation des Canary abweicht, beim nächsten Abgleich wieder her. Ändern Sie stattdessen den Canary.</translation>
    </message>
    <message>
        <source>Rollout %1 names it in its traffic routing</source>
        <translation>Rollout %1 nennt es in seinem Traffic-Routing</translation>
    </message>
    <message>
        <source>Argo Rollouts</source>
        <translation>Argo Rollouts</translation>
    </message>
    <message>
        <source>Argo Rollouts rollout &quot;%1&quot;</source>
        <translation>Argo-Rollouts-Rollout „%1“</translation>
    </message>
    <message>
        <source>Argo Rollouts sets the weights of its routes itself and undoes a weight changed here at once. Change the Rollout&apos;s steps instead, or promote or abort the rollout.</source>
        <translation>Argo Rollouts setzt die Gewichte seiner Routen selbst und macht ein hier geändertes Gewicht sofort rückgängig. Ändern Sie stattdessen die Schritte des Rollouts, oder befördern oder brechen Sie den Rollout ab.</translation>
    </message>
    <message>
        <source>Flux</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>%1 is managed by %2 (%3). %4</source>
        <translation>%1 wird von %2 verwaltet (%3). %4</translation>
    </message>
    <message>
        <source>%1 may be managed by %2 (%3). %4</source>
        <translation>%1 wird möglicherweise von %2 verwaltet (%3). %4</translation>
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
    <name>meshscope::PromAuth</name>
    <message>
        <source>The Prometheus %1 file %2 does not exist</source>
        <translation>Die Prometheus-%1-Datei %2 existiert nicht</translation>
    </message>
    <message>
        <source>The Prometheus %1 file %2 can be read by other users; make it private first (chmod 600 %2)</source>
        <translation>Die Prometheus-%1-Datei %2 kann von anderen Benutzern gelesen werden; machen Sie sie zuerst privat (chmod 600 %2)</translation>
    </message>
    <message>
        <source>The Prometheus %1 file %2 cannot be read: %3</source>
        <translation>Die Prometheus-%1-Datei %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The Prometheus %1 file %2 is empty</source>
        <translation>Die Prometheus-%1-Datei %2 ist leer</translation>
    </message>
    <message>
        <source>the password in the Prometheus URL is visible to other users in the process list; use MESHSCOPE_PROMETHEUS_PASSWORD or --prometheus-password-file instead</source>
        <translation>das Passwort in der Prometheus-URL ist für andere Benutzer in der Prozessliste sichtbar; verwenden Sie stattdessen MESHSCOPE_PROMETHEUS_PASSWORD oder --prometheus-password-file</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Give Prometheus either a token or a password, not both</source>
        <translation>Geben Sie Prometheus entweder ein Token oder ein Passwort, nicht beides</translation>
    </message>
    <message>
        <source>A Prometheus password needs a user name: http://USER@host or MESHSCOPE_PROMETHEUS_USER</source>
        <translation>Ein Prometheus-Passwort braucht einen Benutzernamen: http://USER@host oder MESHSCOPE_PROMETHEUS_USER</translation>
    </message>
    <message>
        <source>Prometheus credentials: basic auth with the user from the URL (http://USER@host) or MESHSCOPE_PROMETHEUS_USER and the password from MESHSCOPE_PROMETHEUS_PASSWORD or --prometheus-password-file; a bearer token from MESHSCOPE_PROMETHEUS_TOKEN or --prometheus-token-file. Files must be readable by their owner only (chmod 600). A password written into the URL works too, but every user can read it in the process list.</source>
        <translation>Anmeldedaten für Prometheus: Basic Auth mit dem Benutzer aus der URL (http://USER@host) oder MESHSCOPE_PROMETHEUS_USER und dem Passwort aus MESHSCOPE_PROMETHEUS_PASSWORD oder --prometheus-password-file; ein Bearer-Token aus MESHSCOPE_PROMETHEUS_TOKEN oder --prometheus-token-file. Die Dateien dürfen nur für ihren Eigentümer lesbar sein (chmod 600). Ein in die URL geschriebenes Passwort funktioniert auch, aber jeder Benutzer kann es in der Prozessliste lesen.</translation>
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
    <message>
        <source>Prometheus at %1 sent a response larger than %2 MB; it was not read to its end. Query fewer namespaces or a shorter range, or raise the limit (--prometheus-max-body-mb).</source>
        <translation>Prometheus unter %1 schickte eine Antwort größer als %2 MB; sie wurde nicht zu Ende gelesen. Weniger Namespaces oder einen kürzeren Zeitraum abfragen oder die Grenze erhöhen (--prometheus-max-body-mb).</translation>
    </message>
    <message>
        <source>Prometheus at %1 redirected the query more than %2 times (a redirect loop?); check the URL and its path prefix.</source>
        <translation>Prometheus unter %1 hat die Abfrage mehr als %2-mal umgeleitet (eine Umleitungsschleife?); URL und Pfadpräfix prüfen.</translation>
    </message>
    <message>
        <source>Prometheus at %1 answered (HTTP %2), but %3</source>
        <translation>Prometheus unter %1 antwortete (HTTP %2), aber %3</translation>
    </message>
    <message>
        <source>Prometheus at %1 rate limited the query (HTTP 429).</source>
        <translation>Prometheus unter %1 hat die Abfrage gedrosselt (HTTP 429).</translation>
    </message>
    <message>
        <source>Prometheus at %1 rate limited the query (HTTP 429) and asked to wait %2 s before the next one.</source>
        <translation>Prometheus unter %1 hat die Abfrage gedrosselt (HTTP 429) und bat, %2 s bis zur nächsten zu warten.</translation>
    </message>
    <message>
        <source>Prometheus at %1 rate limited the query (HTTP 429) and asked to wait until %2.</source>
        <translation>Prometheus unter %1 hat die Abfrage gedrosselt (HTTP 429) und bat, bis %2 zu warten.</translation>
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
    <message>
        <source>Prometheus sent JSON that is not a response object (a JSON %1).</source>
        <translation>Prometheus hat JSON gesendet, das kein Antwortobjekt ist (JSON-Typ: %1).</translation>
    </message>
    <message>
        <source>Prometheus sent &quot;warnings&quot; that are not a list.</source>
        <translation>Prometheus hat „warnings“ gesendet, die keine Liste sind.</translation>
    </message>
    <message>
        <source>Prometheus sent a success without a data object.</source>
        <translation>Prometheus hat einen Erfolg ohne data-Objekt gesendet.</translation>
    </message>
</context>
<context>
    <name>meshscope::ProxiesPage</name>
    <message>
        <source>Proxies</source>
        <translation>Proxys</translation>
    </message>
    <message>
        <source>Every sidecar&apos;s and gateway&apos;s xDS sync and its Envoy configuration.</source>
        <translation>xDS-Sync und Envoy-Konfiguration jedes Sidecars und Gateways.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>5 s</source>
        <translation>5 s</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 s</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 s</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>Connect to a cluster with Istio to see its proxies.</source>
        <translation>Mit einem Cluster mit Istio verbinden, um seine Proxys zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n proxies</source>
        <translation>
            <numerusform>%1 von %n Proxy</numerusform>
            <numerusform>%1 von %n Proxys</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the proxies as of %1; the last refresh failed: %2</source>
        <translation>Proxys vom Stand %1; die letzte Aktualisierung schlug fehl: %2</translation>
    </message>
    <message>
        <source>Could not read the proxies&apos; sync status: %1</source>
        <translation>Der Sync-Status der Proxys konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n proxy(ies) STALE or failing:</source>
        <translation>
            <numerusform>%n Proxy STALE oder fehlerhaft:</numerusform>
            <numerusform>%n Proxys STALE oder fehlerhaft:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a proxy to see its Envoy configuration.</source>
        <translation>Einen Proxy wählen, um seine Envoy-Konfiguration zu sehen.</translation>
    </message>
    <message>
        <source> — Istio %1, Envoy %2</source>
        <translation> — Istio %1, Envoy %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Gelesen um %1</translation>
    </message>
</context>
<context>
    <name>meshscope::ProxiesPageWiring</name>
    <message>
        <source>No pod with a proxy found for %1</source>
        <translation>Kein Pod mit Proxy für %1 gefunden</translation>
    </message>
    <message>
        <source>%1 %2 in namespace %3 is not in the cluster</source>
        <translation>%1 %2 im Namespace %3 ist nicht im Cluster</translation>
    </message>
</context>
<context>
    <name>meshscope::ProxyDetailController</name>
    <message>
        <source>Not connected to a cluster</source>
        <translation>Nicht mit einem Cluster verbunden</translation>
    </message>
    <message>
        <source>Could not check the permission: %1</source>
        <translation>Die Berechtigung konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Changing log levels needs &quot;create&quot; on pods/proxy in namespace %1%2</source>
        <translation>Log-Stufen ändern braucht „create“ auf pods/proxy im Namespace %1%2</translation>
    </message>
    <message>
        <source>No proxy selected</source>
        <translation>Kein Proxy gewählt</translation>
    </message>
</context>
<context>
    <name>meshscope::ProxyDetailTabs</name>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Subset</source>
        <translation>Subset</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare this proxy with:</source>
        <translation>Diesen Proxy vergleichen mit:</translation>
    </message>
    <message>
        <source>Pick another proxy, e.g. another pod of the same workload or another version.</source>
        <translation>Einen anderen Proxy wählen, z. B. einen anderen Pod desselben Workloads oder eine andere Version.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Bootstrap</source>
        <translation>Bootstrap</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Logging</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>ECDS</source>
        <translation>ECDS</translation>
    </message>
    <message>
        <source>istiod vs Envoy</source>
        <translation>istiod gegen Envoy</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Select a proxy.</source>
        <translation>Einen Proxy wählen.</translation>
    </message>
    <message>
        <source>istiod&apos;s view of this proxy is not available (no istiod reported it).</source>
        <translation>istiods Sicht auf diesen Proxy ist nicht verfügbar (kein istiod hat ihn gemeldet).</translation>
    </message>
    <message>
        <source>istiod&apos;s view of this proxy: %1</source>
        <translation>istiods Sicht auf diesen Proxy: %1</translation>
    </message>
    <message>
        <source>istiod</source>
        <translation>istiod</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>Envoy</translation>
    </message>
    <message>
        <source>Missing resources are what Envoy has not accepted yet (a STALE proxy).</source>
        <translation>Fehlende Ressourcen sind die, die Envoy noch nicht angenommen hat (ein STALE-Proxy).</translation>
    </message>
    <message>
        <source>Could not compare with %1: %2</source>
        <translation>Vergleich mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Vergleiche mit %1…</translation>
    </message>
</context>
<context>
    <name>meshscope::ProxyStatusController</name>
    <message>
        <source>Not connected to a cluster</source>
        <translation>Nicht mit einem Cluster verbunden</translation>
    </message>
    <message>
        <source>No running istiod found (pods labelled app=istiod)</source>
        <translation>Kein laufender istiod gefunden (Pods mit Label app=istiod)</translation>
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
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>meshscope::ProxyTableTab</name>
    <message>
        <source>Filter by any column…</source>
        <translation>Nach beliebiger Spalte filtern…</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Select a row to see its resource.</source>
        <translation>Eine Zeile wählen, um ihre Ressource zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Go to %1 %2</source>
        <translation>Zu %1 %2 gehen</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>Zelle kopieren</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Zeile kopieren</translation>
    </message>
</context>
<context>
    <name>meshscope::ResourceEditorDialog</name>
    <message>
        <source>Your edit vs live</source>
        <translation>Ihre Bearbeitung gegen live</translation>
    </message>
    <message>
        <source>Live vs last applied by Meshscope</source>
        <translation>Live gegen zuletzt von Meshscope angewendet</translation>
    </message>
    <message>
        <source>Server dry run of every document</source>
        <translation>Server-Probelauf jedes Dokuments</translation>
    </message>
    <message>
        <source>The server accepts it (dry run). Press &lt;b&gt;Apply now&lt;/b&gt; to write it.</source>
        <translation>Der Server nimmt es an (Probelauf). &lt;b&gt;Jetzt anwenden&lt;/b&gt; schreibt es.</translation>
    </message>
    <message>
        <source>The server rejects it (dry run):</source>
        <translation>Der Server lehnt es ab (Probelauf):</translation>
    </message>
    <message>
        <source>Applied at %1 (server-side apply, field manager meshscope).</source>
        <translation>Angewendet um %1 (Server-side Apply, Field-Manager meshscope).</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt; is owned by &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;code&gt;%1&lt;/code&gt; gehört &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Other field managers own fields this edit changes:&lt;br&gt;%1</source>
        <translation>Andere Field-Manager besitzen Felder, die diese Bearbeitung ändert:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Merged. Check the result, then Apply (a new dry run comes first).</source>
        <translation>Zusammengeführt. Ergebnis prüfen, dann anwenden (zuerst kommt ein neuer Probelauf).</translation>
    </message>
    <message>
        <source>The next dry run and apply take these fields over.</source>
        <translation>Der nächste Probelauf und das Anwenden übernehmen diese Felder.</translation>
    </message>
    <message>
        <source>Meshscope</source>
        <translation>Meshscope</translation>
    </message>
    <message>
        <source>analysis: </source>
        <translation>Analyse: </translation>
    </message>
    <message>
        <source>server: </source>
        <translation>Server: </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>schemas: %1</source>
        <translation>Schemas: %1</translation>
    </message>
    <message>
        <source>draft kept on disk</source>
        <translation>Entwurf auf der Platte gesichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possibly managed by %1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;Möglicherweise verwaltet von %1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Managed by %1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;Verwaltet von %1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>A change made here is likely reverted at its next sync: make it in Git instead.</source>
        <translation>Eine Änderung hier wird beim nächsten Sync wahrscheinlich zurückgesetzt: ändern Sie es stattdessen in Git.</translation>
    </message>
    <message>
        <source>Save the edit as a file or copy the patch for the Git change.</source>
        <translation>Die Bearbeitung als Datei speichern oder den Patch für die Änderung in Git kopieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. You can edit, validate and save to a file, but not apply.</source>
        <translation>&lt;b&gt;Nur lesen:&lt;/b&gt; %1. Sie können bearbeiten, prüfen und in eine Datei speichern, aber nicht anwenden.</translation>
    </message>
    <message>
        <source>your account may not change Istio resources</source>
        <translation>Ihr Konto darf Istio-Ressourcen nicht ändern</translation>
    </message>
    <message>
        <source>Dry run first, then server-side apply with field manager &quot;meshscope&quot;</source>
        <translation>Erst Probelauf, dann Server-side Apply mit Field-Manager „meshscope“</translation>
    </message>
    <message>
        <source>Ask the cluster whether it would accept the change; nothing is stored</source>
        <translation>Den Cluster fragen, ob er die Änderung annähme; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Apply now</source>
        <translation>Jetzt anwenden</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Anwenden…</translation>
    </message>
    <message>
        <source>Live (not in the cluster)</source>
        <translation>Live (nicht im Cluster)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Ihre Bearbeitung</translation>
    </message>
    <message>
        <source>Last applied by Meshscope</source>
        <translation>Zuletzt von Meshscope angewendet</translation>
    </message>
    <message>
        <source>Live now (those fields)</source>
        <translation>Jetzt live (diese Felder)</translation>
    </message>
    <message>
        <source>Connect to a cluster to compare with it.</source>
        <translation>Mit einem Cluster verbinden, um damit zu vergleichen.</translation>
    </message>
    <message>
        <source>There is no resource in the text.</source>
        <translation>Im Text ist keine Ressource.</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message numerus="yes">
        <source># %n resource(s) without differences
</source>
        <translation>
            <numerusform># %n Ressource ohne Unterschiede
</numerusform>
            <numerusform># %n Ressourcen ohne Unterschiede
</numerusform>
        </translation>
    </message>
    <message>
        <source>Live → after applying (server dry run)</source>
        <translation>Live → nach dem Anwenden (Server-Probelauf)</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Frage den Server…</translation>
    </message>
    <message>
        <source>Dry run: asking the server…</source>
        <translation>Probelauf: frage den Server…</translation>
    </message>
    <message>
        <source>Save as file</source>
        <translation>Als Datei speichern</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>The merge patch (live → your edit) is on the clipboard.</source>
        <translation>Der Merge-Patch (live → Ihre Bearbeitung) ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Unsaved edit</source>
        <translation>Nicht gespeicherte Bearbeitung</translation>
    </message>
    <message>
        <source>%1 has changes that were not applied or saved.</source>
        <translation>%1 hat Änderungen, die weder angewendet noch gespeichert wurden.</translation>
    </message>
    <message>
        <source>Keep them as a draft (Meshscope offers it again next time), or discard them?</source>
        <translation>Als Entwurf behalten (Meshscope bietet ihn nächstes Mal wieder an) oder verwerfen?</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
</context>
<context>
    <name>meshscope::ResourceEditors</name>
    <message>
        <source>New &amp;resource</source>
        <translation>Neue &amp;Ressource</translation>
    </message>
    <message>
        <source>Open &amp;manifest…</source>
        <translation>&amp;Manifest öffnen…</translation>
    </message>
    <message>
        <source>Open manifest &amp;folder…</source>
        <translation>Manifest-&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a folder of manifests</source>
        <translation>Einen Ordner mit Manifesten öffnen</translation>
    </message>
    <message>
        <source>the cluster&apos;s access review says your account may not change Istio resources</source>
        <translation>die Zugriffsprüfung des Clusters sagt, dass Ihr Konto Istio-Ressourcen nicht ändern darf</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Open manifest</source>
        <translation>Manifest öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n Datei)</numerusform>
            <numerusform>%1 (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Nicht gespeicherte Bearbeitungen</translation>
    </message>
    <message numerus="yes">
        <source>Meshscope kept %n edit(s) that were not applied or saved:</source>
        <translation>
            <numerusform>Meshscope hat %n Bearbeitung aufbewahrt, die weder angewendet noch gespeichert wurde:</numerusform>
            <numerusform>Meshscope hat %n Bearbeitungen aufbewahrt, die weder angewendet noch gespeichert wurden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Edit YAML…</source>
        <translation>YAML bearbeiten…</translation>
    </message>
    <message>
        <source>Open manifest…</source>
        <translation>Manifest öffnen…</translation>
    </message>
    <message>
        <source>Manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Manifeste (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>breaks %1: %2 [%3]</source>
        <translation>bricht %1: %2 [%3]</translation>
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
        <translation>Aufruf: meshscope traffic &lt;Aktion&gt; [Optionen]

  shift    --namespace NS --service SVC --weights v1=80,v2=20 [--mirror v3=10 | --no-mirror] [--tcp]
  route    --namespace NS --service SVC --rule &apos;header:end-user=jason&gt;v2&apos; [--rule &apos;uri-prefix:/beta&gt;v3&apos; …]
  fault    --namespace NS --service SVC [--delay 5s --delay-percent 10] [--abort 503 --abort-percent 5]
  timeout  --namespace NS --service SVC [--timeout 2s] [--retries 3 --per-try-timeout 1s --retry-on 5xx]
  reset    --namespace NS --service SVC   das von Meshscope angelegte Routing entfernen (und sagen, was bleibt)
  undo     [--id ID | --namespace NS --service SVC]   eine Änderung rückgängig machen (standardmäßig die neueste)
  history  die von diesem Rechner aus gemachten Änderungen auflisten

Jede schreibende Aktion zeigt den YAML-Diff dessen, was sie schreibt, lässt ihn als Probelauf vom Server prüfen (dryRun=All) und schreibt ihn nur, wenn sich inzwischen nichts geändert hat; --dry-run hört nach der Antwort des Servers auf.
Gemeinsame Optionen: --kubeconfig DATEI --context NAME --dry-run --force (Objekte schreiben, die Argo CD, Flux, Helm, Flagger oder Argo Rollouts verwalten) -o diff|yaml --history-file DATEI
Exit-Codes: 0 erledigt (oder nichts zu tun), 1 abgelehnt oder fehlgeschlagen, 2 ungültige Argumente.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule; write it as header:end-user=jason&gt;v2 or uri-prefix:/beta&gt;v3.</source>
        <translation>„%1“ ist keine Regel; schreiben Sie sie als header:end-user=jason&gt;v2 oder uri-prefix:/beta&gt;v3.</translation>
    </message>
    <message>
        <source>Unknown match &quot;%1&quot; in rule &quot;%2&quot;; use header, header-prefix, header-regex, uri, uri-prefix or uri-regex.</source>
        <translation>Unbekannter Match „%1“ in Regel „%2“; verwenden Sie header, header-prefix, header-regex, uri, uri-prefix oder uri-regex.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs a header name and value: header:NAME=VALUE&gt;VERSION.</source>
        <translation>Regel „%1“ braucht einen Header-Namen und einen Wert: header:NAME=WERT&gt;VERSION.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; needs a value and a version.</source>
        <translation>Regel „%1“ braucht einen Wert und eine Version.</translation>
    </message>
    <message>
        <source>Kubeconfig file.</source>
        <translation>kubeconfig-Datei.</translation>
    </message>
    <message>
        <source>Kubeconfig context.</source>
        <translation>kubeconfig-Kontext.</translation>
    </message>
    <message>
        <source>The service&apos;s namespace.</source>
        <translation>Namespace des Service.</translation>
    </message>
    <message>
        <source>The service.</source>
        <translation>Der Service.</translation>
    </message>
    <message>
        <source>Weights per version, adding up to 100: v1=80,v2=20.</source>
        <translation>Gewichte je Version, zusammen 100: v1=80,v2=20.</translation>
    </message>
    <message>
        <source>Mirror a percentage of the requests to a version: v3=10.</source>
        <translation>Einen Prozentsatz der Anfragen an eine Version spiegeln: v3=10.</translation>
    </message>
    <message>
        <source>Stop mirroring.</source>
        <translation>Spiegeln beenden.</translation>
    </message>
    <message>
        <source>Shift TCP routes instead of HTTP routes.</source>
        <translation>TCP-Routen statt HTTP-Routen verschieben.</translation>
    </message>
    <message>
        <source>Show the diff and the server&apos;s dry-run answer; write nothing.</source>
        <translation>Den Diff und die Probelauf-Antwort des Servers zeigen; nichts schreiben.</translation>
    </message>
    <message>
        <source>Write objects that Argo CD, Flux, Helm, Flagger or Argo Rollouts manage.</source>
        <translation>Objekte schreiben, die Argo CD, Flux, Helm, Flagger oder Argo Rollouts verwalten.</translation>
    </message>
    <message>
        <source>diff (default) or yaml.</source>
        <translation>diff (Standard) oder yaml.</translation>
    </message>
    <message>
        <source>The change history file.</source>
        <translation>Die Datei mit dem Änderungsverlauf.</translation>
    </message>
    <message>
        <source>The change to undo (see traffic history).</source>
        <translation>Die rückgängig zu machende Änderung (siehe traffic history).</translation>
    </message>
    <message>
        <source>Delay requests by this long (5s).</source>
        <translation>Anfragen um diese Dauer verzögern (5s).</translation>
    </message>
    <message>
        <source>Share of requests delayed (default 100).</source>
        <translation>Anteil der verzögerten Anfragen (Standard 100).</translation>
    </message>
    <message>
        <source>Answer requests with this HTTP status.</source>
        <translation>Anfragen mit diesem HTTP-Status beantworten.</translation>
    </message>
    <message>
        <source>Share of requests aborted (default 100).</source>
        <translation>Anteil der abgebrochenen Anfragen (Standard 100).</translation>
    </message>
    <message>
        <source>Request timeout (2s); none when not given.</source>
        <translation>Anfrage-Timeout (2s); ohne Angabe keines.</translation>
    </message>
    <message>
        <source>Retry attempts; none when not given.</source>
        <translation>Wiederholungsversuche; ohne Angabe keine.</translation>
    </message>
    <message>
        <source>Timeout of each try.</source>
        <translation>Timeout jedes Versuchs.</translation>
    </message>
    <message>
        <source>Envoy retry conditions (5xx,connect-failure).</source>
        <translation>Envoy-Bedingungen für Wiederholungen (5xx,connect-failure).</translation>
    </message>
    <message>
        <source>A request routing rule, in order: header:end-user=jason&gt;v2.</source>
        <translation>Eine Regel für das Anfrage-Routing, der Reihe nach: header:end-user=jason&gt;v2.</translation>
    </message>
    <message>
        <source>Which action? %1</source>
        <translation>Welche Aktion? %1</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use %2.</source>
        <translation>Unbekannte Aktion „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>--output must be diff or yaml.</source>
        <translation>--output muss diff oder yaml sein.</translation>
    </message>
    <message>
        <source>traffic %1 needs --namespace and --service.</source>
        <translation>traffic %1 braucht --namespace und --service.</translation>
    </message>
    <message>
        <source>traffic undo takes --namespace and --service together.</source>
        <translation>traffic undo nimmt --namespace und --service nur zusammen.</translation>
    </message>
    <message>
        <source>traffic shift needs --weights, e.g. v1=80,v2=20.</source>
        <translation>traffic shift braucht --weights, z. B. v1=80,v2=20.</translation>
    </message>
    <message>
        <source>--mirror and --no-mirror exclude each other.</source>
        <translation>--mirror und --no-mirror schließen einander aus.</translation>
    </message>
    <message>
        <source>--mirror takes version=percent (0 to 100), e.g. v3=10.</source>
        <translation>--mirror nimmt Version=Prozent (0 bis 100), z. B. v3=10.</translation>
    </message>
    <message>
        <source>--abort takes an HTTP status code, e.g. 503.</source>
        <translation>--abort nimmt einen HTTP-Statuscode, z. B. 503.</translation>
    </message>
    <message>
        <source>--%1 takes a percentage from 0 to 100.</source>
        <translation>--%1 nimmt einen Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <source>--retries takes a number of attempts.</source>
        <translation>--retries nimmt eine Anzahl von Versuchen.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source> (undone by %1)</source>
        <translation> (rückgängig gemacht durch %1)</translation>
    </message>
    <message>
        <source> (undoes %1)</source>
        <translation> (macht %1 rückgängig)</translation>
    </message>
    <message>
        <source>There is no change to undo on this cluster.</source>
        <translation>Auf diesem Cluster gibt es keine Änderung, die rückgängig gemacht werden könnte.</translation>
    </message>
    <message>
        <source>There is no change %1 in the history.</source>
        <translation>Im Verlauf gibt es keine Änderung %1.</translation>
    </message>
    <message>
        <source>Change %1 was undone already (by %2).</source>
        <translation>Änderung %1 wurde bereits rückgängig gemacht (durch %2).</translation>
    </message>
    <message>
        <source>Undoing change %1 of %2 (%3):</source>
        <translation>Änderung %1 vom %2 (%3) wird rückgängig gemacht:</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source># deletes %1</source>
        <translation># löscht %1</translation>
    </message>
    <message>
        <source>Refused: %1 would revert this change. Change it in Git (the diff above is the patch), or run again with --force to write it anyway.</source>
        <translation>Abgelehnt: %1 würde diese Änderung zurücksetzen. Ändern Sie es in Git (der Diff oben ist der Patch) oder führen Sie den Befehl erneut mit --force aus, um trotzdem zu schreiben.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>warning: writing anyway (--force).</source>
        <translation>Warnung: es wird trotzdem geschrieben (--force).</translation>
    </message>
    <message>
        <source>Server-side dry run (dryRun=All):</source>
        <translation>Serverseitiger Probelauf (dryRun=All):</translation>
    </message>
    <message>
        <source>The API server refused the change; nothing was written.</source>
        <translation>Der API-Server hat die Änderung abgelehnt; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Recorded as change %1; undo it with: meshscope traffic undo --id %1</source>
        <translation>Als Änderung %1 aufgezeichnet; rückgängig machen mit: meshscope traffic undo --id %1</translation>
    </message>
    <message>
        <source>Conflict: the object changed after it was read, so nothing was overwritten. Run the command again to review the change against the current state.</source>
        <translation>Konflikt: Das Objekt hat sich nach dem Lesen geändert, daher wurde nichts überschrieben. Führen Sie den Befehl erneut aus, um die Änderung gegen den aktuellen Stand zu prüfen.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Only part of the change was written (see above).</source>
        <translation>Nur ein Teil der Änderung wurde geschrieben (siehe oben).</translation>
    </message>
</context>
<context>
    <name>meshscope::TrafficShiftDialog</name>
    <message>
        <source>Reading the live objects and preparing the diff…</source>
        <translation>Die Live-Objekte werden gelesen und der Diff wird vorbereitet…</translation>
    </message>
    <message>
        <source>Reading the objects of the change of %1 to put them back…</source>
        <translation>Die Objekte der Änderung von %1 werden gelesen, um sie zurückzusetzen…</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Managed by %1: a change made here would be reverted. Copy the patch for a change in Git, or tick &quot;Write anyway&quot; to go on.</source>
        <translation>Verwaltet von %1: Eine hier gemachte Änderung würde zurückgesetzt. Kopieren Sie den Patch für eine Änderung in Git oder setzen Sie das Häkchen bei „Trotzdem schreiben“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Review the diff, then Dry run asks the API server to validate it without storing it.</source>
        <translation>Prüfen Sie den Diff; „Probelauf“ lässt ihn dann vom API-Server validieren, ohne ihn zu speichern.</translation>
    </message>
    <message>
        <source>Dry run on the API server (dryRun=All)…</source>
        <translation>Probelauf auf dem API-Server (dryRun=All)…</translation>
    </message>
    <message>
        <source>The API server refused the change; nothing was written. See its answer.</source>
        <translation>Der API-Server hat die Änderung abgelehnt; nichts wurde geschrieben. Siehe seine Antwort.</translation>
    </message>
    <message>
        <source>The API server accepts it. Apply writes it, unless the objects changed since the review.</source>
        <translation>Der API-Server akzeptiert sie. „Anwenden“ schreibt sie, sofern sich die Objekte seit der Prüfung nicht geändert haben.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>The object changed since the review.</source>
        <translation>Das Objekt hat sich seit der Prüfung geändert.</translation>
    </message>
    <message>
        <source>Someone changed the routing since your review, so nothing was overwritten. The diff shows what changed; your weights are kept — Review again to build on the current state.</source>
        <translation>Jemand hat das Routing seit Ihrer Prüfung geändert, daher wurde nichts überschrieben. Der Diff zeigt, was sich geändert hat; Ihre Gewichte bleiben erhalten – prüfen Sie erneut, um auf dem aktuellen Stand aufzubauen.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Applied and recorded. The share now follows within a refresh or two; Undo puts it back.</source>
        <translation>Angewendet und aufgezeichnet. Der Anteil folgt innerhalb von ein, zwei Aktualisierungen; „Rückgängig“ stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>The patch is on the clipboard.</source>
        <translation>Der Patch ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save patch</source>
        <translation>Patch speichern</translation>
    </message>
    <message>
        <source>Patches (*.patch *.diff);;All files (*)</source>
        <translation>Patches (*.patch *.diff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the patch to %1.</source>
        <translation>Der Patch wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source> — undone</source>
        <translation> – rückgängig gemacht</translation>
    </message>
    <message>
        <source> — an undo</source>
        <translation> – eine Rücknahme</translation>
    </message>
    <message>
        <source>%1  %2  %3%4
%5</source>
        <translation>%1  %2  %3%4
%5</translation>
    </message>
    <message>
        <source>No change of %1 recorded yet.</source>
        <translation>Noch keine Änderung von %1 aufgezeichnet.</translation>
    </message>
    <message>
        <source>Traffic — %1</source>
        <translation>Traffic – %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Set the weights (or another wizard&apos;s options), then Review shows what will be written.</source>
        <translation>Setzen Sie die Gewichte (oder die Optionen eines anderen Assistenten); „Prüfen“ zeigt dann, was geschrieben wird.</translation>
    </message>
    <message>
        <source>Reading the routing of %1…</source>
        <translation>Das Routing von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>No routing yet: every pod of the service gets its share. Applying creates a VirtualService and a DestinationRule labelled %1.</source>
        <translation>Noch kein Routing: Jeder Pod des Service bekommt seinen Anteil. Anwenden legt einen VirtualService und eine DestinationRule mit dem Label %1 an.</translation>
    </message>
    <message>
        <source>Routed by VirtualService %1: only the weights of its default route change; every other route, match, timeout, retry and field stays.</source>
        <translation>Geroutet von VirtualService %1: Nur die Gewichte seiner Standardroute ändern sich; jede andere Route, jeder Match, Timeout, Retry und jedes Feld bleibt.</translation>
    </message>
    <message>
        <source>Routed by HTTPRoute %1 (Gateway API): the backendRefs weights of its default rule change.</source>
        <translation>Geroutet von HTTPRoute %1 (Gateway API): Die backendRefs-Gewichte ihrer Standardregel ändern sich.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>Move the weights, then Review.</source>
        <translation>Verschieben Sie die Gewichte, dann „Prüfen“.</translation>
    </message>
    <message>
        <source>Move the weights, then Review. (No Prometheus: the share now is not shown.)</source>
        <translation>Verschieben Sie die Gewichte, dann „Prüfen“. (Kein Prometheus: Der aktuelle Anteil wird nicht angezeigt.)</translation>
    </message>
    <message>
        <source>No pods: traffic sent to %1 would fail.</source>
        <translation>Keine Pods: Traffic an %1 würde scheitern.</translation>
    </message>
    <message>
        <source>Total: %1 %</source>
        <translation>Summe: %1 %</translation>
    </message>
    <message>
        <source>Live share unavailable: %1</source>
        <translation>Live-Anteil nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Share now: the last %1 s of requests, from Prometheus, refreshed every %2 s.</source>
        <translation>Aktueller Anteil: die Anfragen der letzten %1 s, aus Prometheus, alle %2 s aktualisiert.</translation>
    </message>
    <message>
        <source>Changed since the last review: Review again to see the diff.</source>
        <translation>Seit der letzten Prüfung geändert: Prüfen Sie erneut, um den Diff zu sehen.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>header is</source>
        <translation>Header ist</translation>
    </message>
    <message>
        <source>header starts with</source>
        <translation>Header beginnt mit</translation>
    </message>
    <message>
        <source>header matches regex</source>
        <translation>Header passt auf Regex</translation>
    </message>
    <message>
        <source>URI is</source>
        <translation>URI ist</translation>
    </message>
    <message>
        <source>URI starts with</source>
        <translation>URI beginnt mit</translation>
    </message>
    <message>
        <source>URI matches regex</source>
        <translation>URI passt auf Regex</translation>
    </message>
    <message>
        <source>value to match</source>
        <translation>Wert zum Vergleichen</translation>
    </message>
    <message>
        <source>Rule %1 has no value to match.</source>
        <translation>Regel %1 hat keinen Wert zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>meshscope::TrafficWiring</name>
    <message>
        <source>Shift traffic…</source>
        <translation>Traffic verschieben…</translation>
    </message>
</context>
<context>
    <name>meshscope::WeightRowsWidget</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Share now</source>
        <translation>Anteil jetzt</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Send all traffic to %1</source>
        <translation>Den gesamten Traffic an %1 senden</translation>
    </message>
    <message>
        <source>%1 (mirror)</source>
        <translation>%1 (Spiegel)</translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation>%1/%2 bereit</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlock %1&apos;s weight</source>
        <translation>Gewicht von %1 entsperren</translation>
    </message>
    <message>
        <source>Keep %1&apos;s weight while moving the others</source>
        <translation>Gewicht von %1 beim Verschieben der anderen beibehalten</translation>
    </message>
    <message>
        <source>%1: %2 % (%3–%4 % possible)</source>
        <translation>%1: %2 % (%3–%4 % möglich)</translation>
    </message>
    <message>
        <source>%1 receives a copy of the requests, not a share</source>
        <translation>%1 erhält eine Kopie der Anfragen, keinen Anteil</translation>
    </message>
    <message>
        <source>%1 is locked or nothing else can take its share</source>
        <translation>%1 ist gesperrt oder keine andere Version kann seinen Anteil übernehmen</translation>
    </message>
</context>
<context>
    <name>meshscope::WeightSplit</name>
    <message>
        <source>There is no version to send traffic to.</source>
        <translation>Es gibt keine Version, an die Traffic gehen könnte.</translation>
    </message>
    <message>
        <source>The weights add up to %1 %; they must add up to 100 %.</source>
        <translation>Die Gewichte ergeben zusammen %1 %; sie müssen 100 % ergeben.</translation>
    </message>
    <message>
        <source>A version cannot mirror its own traffic.</source>
        <translation>Eine Version kann ihren eigenen Traffic nicht spiegeln.</translation>
    </message>
    <message>
        <source>No weights given; write them as v1=80,v2=20.</source>
        <translation>Keine Gewichte angegeben; schreiben Sie sie als v1=80,v2=20.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight; write them as v1=80,v2=20.</source>
        <translation>„%1“ ist kein Gewicht; schreiben Sie die Gewichte als v1=80,v2=20.</translation>
    </message>
    <message>
        <source>The weight of %1 is %2; weights are 0 to 100.</source>
        <translation>Das Gewicht von %1 ist %2; Gewichte liegen zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
</context>
<context>
    <name>meshscope::analysis::Fix</name>
    <message>
        <source>The analysis itself failed; report it with the input that triggers it.</source>
        <translation>Die Analyse selbst ist fehlgeschlagen; melden Sie es mit der Eingabe, die es auslöst.</translation>
    </message>
    <message>
        <source>Move to the replacement the message names before upgrading Istio.</source>
        <translation>Stellen Sie vor dem Istio-Upgrade auf den Ersatz um, den die Meldung nennt.</translation>
    </message>
    <message>
        <source>Create the missing resource, or correct the name, host, port or selector that points to it.</source>
        <translation>Legen Sie die fehlende Ressource an oder korrigieren Sie den Namen, Host, Port oder Selektor, der auf sie zeigt.</translation>
    </message>
    <message>
        <source>Label the namespace istio-injection=enabled (or istio.io/rev=&lt;revision&gt;) to inject sidecars, or istio-injection=disabled to say it is deliberately outside the mesh.</source>
        <translation>Versehen Sie den Namespace mit istio-injection=enabled (oder istio.io/rev=&lt;Revision&gt;), um Sidecars zu injizieren, oder mit istio-injection=disabled, um zu sagen, dass er bewusst außerhalb des Mesh liegt.</translation>
    </message>
    <message>
        <source>Restart the pod (for example `kubectl rollout restart` of its deployment) so the injector adds the sidecar.</source>
        <translation>Starten Sie den Pod neu (zum Beispiel mit `kubectl rollout restart` seines Deployments), damit der Injector den Sidecar hinzufügt.</translation>
    </message>
    <message>
        <source>Correct the field the message names; Istio rejects the resource as it is.</source>
        <translation>Korrigieren Sie das Feld, das die Meldung nennt; Istio weist die Ressource so zurück.</translation>
    </message>
    <message>
        <source>Move the annotation to the kind of resource it belongs on (for pods: the pod template of the workload).</source>
        <translation>Verschieben Sie die Annotation an die Art von Ressource, zu der sie gehört (für Pods: das Pod-Template des Workloads).</translation>
    </message>
    <message>
        <source>Check the spelling of the annotation; Istio does not know it and ignores it.</source>
        <translation>Prüfen Sie die Schreibweise der Annotation; Istio kennt sie nicht und ignoriert sie.</translation>
    </message>
    <message>
        <source>Merge the VirtualServices for this host into one, or give them different hosts or exportTo scopes.</source>
        <translation>Führen Sie die VirtualServices für diesen Host zu einem zusammen oder geben Sie ihnen verschiedene Hosts oder exportTo-Bereiche.</translation>
    </message>
    <message>
        <source>Make the workload selectors of these Sidecars select disjoint pods, or merge them into one Sidecar.</source>
        <translation>Lassen Sie die Workload-Selektoren dieser Sidecars getrennte Pods wählen oder führen Sie sie zu einem Sidecar zusammen.</translation>
    </message>
    <message>
        <source>Keep one Sidecar without workloadSelector per namespace; give the others a selector or remove them.</source>
        <translation>Behalten Sie je Namespace einen Sidecar ohne workloadSelector; geben Sie den anderen einen Selektor oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Add destination.port to the route so it names one of the service&apos;s ports.</source>
        <translation>Ergänzen Sie destination.port in der Route, sodass sie einen der Ports des Service nennt.</translation>
    </message>
    <message>
        <source>Use the same protocol for this port in every Service that selects the deployment, or split the deployment.</source>
        <translation>Verwenden Sie für diesen Port in jedem Service, der das Deployment wählt, dasselbe Protokoll, oder teilen Sie das Deployment.</translation>
    </message>
    <message>
        <source>Name the port &lt;protocol&gt;[-suffix] (http, http2, grpc, tcp, tls, …) or set appProtocol so Istio knows the protocol.</source>
        <translation>Benennen Sie den Port &lt;Protokoll&gt;[-Suffix] (http, http2, grpc, tcp, tls, …) oder setzen Sie appProtocol, damit Istio das Protokoll kennt.</translation>
    </message>
    <message>
        <source>Keep only one injection label on the namespace (istio-injection or istio.io/rev).</source>
        <translation>Behalten Sie nur ein Injektions-Label am Namespace (istio-injection oder istio.io/rev).</translation>
    </message>
    <message>
        <source>Correct the annotation&apos;s value to the format the message states.</source>
        <translation>Korrigieren Sie den Wert der Annotation in das Format, das die Meldung angibt.</translation>
    </message>
    <message>
        <source>Use a registry that exists (Kubernetes or the cluster name of a remote secret) in meshNetworks fromRegistry.</source>
        <translation>Verwenden Sie in meshNetworks fromRegistry eine Registry, die es gibt (Kubernetes oder den Clusternamen eines Remote-Secrets).</translation>
    </message>
    <message>
        <source>Correct the selector so it matches pods in the mesh, or remove the policy if the workload is gone.</source>
        <translation>Korrigieren Sie den Selektor, sodass er Pods im Mesh trifft, oder entfernen Sie die Policy, wenn der Workload nicht mehr existiert.</translation>
    </message>
    <message>
        <source>Set caCertificates (or a credentialName with the CA) so the client verifies the server&apos;s certificate.</source>
        <translation>Setzen Sie caCertificates (oder einen credentialName mit der CA), damit der Client das Zertifikat des Servers prüft.</translation>
    </message>
    <message>
        <source>Set caCertificates in the port-level TLS settings so the client verifies the server&apos;s certificate.</source>
        <translation>Setzen Sie caCertificates in den TLS-Einstellungen auf Port-Ebene, damit der Client das Zertifikat des Servers prüft.</translation>
    </message>
    <message>
        <source>Remove or reorder the rule: an earlier rule already takes every request it would match.</source>
        <translation>Entfernen Sie die Regel oder ordnen Sie sie um: eine frühere Regel nimmt schon jede Anfrage, die sie treffen würde.</translation>
    </message>
    <message>
        <source>Remove the match or move it before the rule that already covers it.</source>
        <translation>Entfernen Sie den Match oder verschieben Sie ihn vor die Regel, die ihn schon abdeckt.</translation>
    </message>
    <message>
        <source>Add the host to one of the gateway&apos;s servers, or change the VirtualService&apos;s hosts to ones the gateway serves.</source>
        <translation>Fügen Sie den Host einem der Server des Gateways hinzu oder ändern Sie die Hosts des VirtualService in solche, die das Gateway bedient.</translation>
    </message>
    <message>
        <source>Review the field the message names; Istio accepts it but it may not do what you expect.</source>
        <translation>Prüfen Sie das Feld, das die Meldung nennt; Istio akzeptiert es, aber es tut vielleicht nicht, was Sie erwarten.</translation>
    </message>
    <message>
        <source>Add addresses to the ServiceEntry, or give its TCP ports another protocol, or turn on DNS auto-allocation.</source>
        <translation>Geben Sie dem ServiceEntry Adressen, seinen TCP-Ports ein anderes Protokoll oder schalten Sie die automatische DNS-Adressvergabe ein.</translation>
    </message>
    <message>
        <source>Replace the deprecated annotation with its successor before upgrading.</source>
        <translation>Ersetzen Sie die veraltete Annotation vor dem Upgrade durch ihre Nachfolgerin.</translation>
    </message>
    <message>
        <source>The annotation belongs to an alpha feature; expect changes between Istio releases.</source>
        <translation>Die Annotation gehört zu einer Alpha-Funktion; rechnen Sie mit Änderungen zwischen Istio-Versionen.</translation>
    </message>
    <message>
        <source>Give each Service that selects the deployment a different targetPort, or the same port for the same targetPort.</source>
        <translation>Geben Sie jedem Service, der das Deployment wählt, einen anderen targetPort, oder denselben Port für denselben targetPort.</translation>
    </message>
    <message>
        <source>Use a distinct certificate per gateway, or merge the servers into one gateway.</source>
        <translation>Verwenden Sie je Gateway ein eigenes Zertifikat oder führen Sie die Server in einem Gateway zusammen.</translation>
    </message>
    <message>
        <source>Change the webhooks&apos; selectors so only one injector matches each namespace and pod, or fix the service they call.</source>
        <translation>Ändern Sie die Selektoren der Webhooks so, dass je Namespace und Pod nur ein Injector passt, oder reparieren Sie den Service, den sie aufrufen.</translation>
    </message>
    <message>
        <source>Name a subset in the ingress route too, or drop the subset routing that the gateway bypasses.</source>
        <translation>Nennen Sie auch in der Ingress-Route ein Subset oder verzichten Sie auf das Subset-Routing, das das Gateway umgeht.</translation>
    </message>
    <message>
        <source>Grant the missing permission to the user that runs the analysis.</source>
        <translation>Geben Sie dem Benutzer, der die Analyse ausführt, die fehlende Berechtigung.</translation>
    </message>
    <message>
        <source>Upgrade Kubernetes to a version this Istio release supports.</source>
        <translation>Aktualisieren Sie Kubernetes auf eine Version, die dieses Istio-Release unterstützt.</translation>
    </message>
    <message>
        <source>Make the application listen on 0.0.0.0 (or the pod IP) rather than localhost.</source>
        <translation>Lassen Sie die Anwendung auf 0.0.0.0 (oder der Pod-IP) statt localhost lauschen.</translation>
    </message>
    <message>
        <source>Run the application under a user ID other than 1337; the sidecar needs that one.</source>
        <translation>Führen Sie die Anwendung unter einer anderen Benutzer-ID als 1337 aus; der Sidecar braucht diese.</translation>
    </message>
    <message>
        <source>Give the gateways different ports or hosts, or merge them, so one listener does not serve two configurations.</source>
        <translation>Geben Sie den Gateways verschiedene Ports oder Hosts oder führen Sie sie zusammen, damit ein Listener nicht zwei Konfigurationen bedient.</translation>
    </message>
    <message>
        <source>Label the namespace or pod so an Istio injection webhook matches, or set a real proxy image.</source>
        <translation>Versehen Sie Namespace oder Pod mit einem Label, auf das ein Istio-Injektions-Webhook passt, oder setzen Sie ein echtes Proxy-Image.</translation>
    </message>
    <message>
        <source>Nothing to do if every namespace should be in the mesh; label it istio-injection=disabled otherwise.</source>
        <translation>Nichts zu tun, wenn jeder Namespace im Mesh sein soll; sonst versehen Sie ihn mit istio-injection=disabled.</translation>
    </message>
    <message>
        <source>Apply a RequestAuthentication to the gateway pods so the JWT is validated before its claims are used for routing.</source>
        <translation>Wenden Sie eine RequestAuthentication auf die Gateway-Pods an, damit das JWT geprüft wird, bevor seine Claims zum Routing dienen.</translation>
    </message>
    <message>
        <source>Name the ExternalName service&apos;s ports by protocol (not plain tcp) so the proxy forwards them correctly.</source>
        <translation>Benennen Sie die Ports des ExternalName-Service nach Protokoll (nicht einfach tcp), damit der Proxy sie richtig weiterleitet.</translation>
    </message>
    <message>
        <source>Set a priority on the EnvoyFilter, or use an absolute operation (INSERT_FIRST, ADD) instead of a relative one.</source>
        <translation>Setzen Sie eine priority am EnvoyFilter oder verwenden Sie eine absolute Operation (INSERT_FIRST, ADD) statt einer relativen.</translation>
    </message>
    <message>
        <source>Use REPLACE only with applyTo HTTP_FILTER, NETWORK_FILTER or VIRTUAL_HOST.</source>
        <translation>Verwenden Sie REPLACE nur mit applyTo HTTP_FILTER, NETWORK_FILTER oder VIRTUAL_HOST.</translation>
    </message>
    <message>
        <source>ADD has no effect on ROUTE_CONFIGURATION or HTTP_ROUTE; use MERGE or another applyTo.</source>
        <translation>ADD wirkt nicht auf ROUTE_CONFIGURATION oder HTTP_ROUTE; verwenden Sie MERGE oder ein anderes applyTo.</translation>
    </message>
    <message>
        <source>REMOVE has no effect on ROUTE_CONFIGURATION or HTTP_ROUTE; use another applyTo.</source>
        <translation>REMOVE wirkt nicht auf ROUTE_CONFIGURATION oder HTTP_ROUTE; verwenden Sie ein anderes applyTo.</translation>
    </message>
    <message>
        <source>Set a priority, or avoid relative operations in EnvoyFilters that match on proxyVersion.</source>
        <translation>Setzen Sie eine priority oder vermeiden Sie relative Operationen in EnvoyFiltern, die auf proxyVersion matchen.</translation>
    </message>
    <message>
        <source>Upgrade the Gateway API CRDs to the version Istio requires.</source>
        <translation>Aktualisieren Sie die Gateway-API-CRDs auf die Version, die Istio verlangt.</translation>
    </message>
    <message>
        <source>List at least one provider in the access logging settings, or remove the empty entry.</source>
        <translation>Nennen Sie in den Access-Log-Einstellungen mindestens einen Provider oder entfernen Sie den leeren Eintrag.</translation>
    </message>
    <message>
        <source>Restart the listed pods so they get the proxy image of the current control plane.</source>
        <translation>Starten Sie die aufgeführten Pods neu, damit sie das Proxy-Image der aktuellen Control Plane bekommen.</translation>
    </message>
    <message>
        <source>Make the Telemetry selectors select disjoint pods, or merge the Telemetries.</source>
        <translation>Lassen Sie die Telemetry-Selektoren getrennte Pods wählen oder führen Sie die Telemetries zusammen.</translation>
    </message>
    <message>
        <source>Keep one Telemetry without selector per namespace; give the others a selector or remove them.</source>
        <translation>Behalten Sie je Namespace eine Telemetry ohne Selektor; geben Sie den anderen einen Selektor oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Put a valid, unexpired certificate and its key into the secret the gateway references.</source>
        <translation>Legen Sie ein gültiges, nicht abgelaufenes Zertifikat und seinen Schlüssel in das Secret, auf das das Gateway verweist.</translation>
    </message>
    <message>
        <source>Add the port to the gateway workload&apos;s Service, or change the gateway server&apos;s port.</source>
        <translation>Fügen Sie den Port dem Service des Gateway-Workloads hinzu oder ändern Sie den Port des Gateway-Servers.</translation>
    </message>
    <message>
        <source>Give the external control plane webhook a valid URL or service.</source>
        <translation>Geben Sie dem Webhook der externen Control Plane eine gültige URL oder einen gültigen Service.</translation>
    </message>
    <message>
        <source>Use a hostname rather than an IP address for the external control plane in production.</source>
        <translation>Verwenden Sie in Produktion für die externe Control Plane einen Hostnamen statt einer IP-Adresse.</translation>
    </message>
    <message>
        <source>Reference the Gateway you created, not the internal gateway Istio generates for it.</source>
        <translation>Verweisen Sie auf das Gateway, das Sie angelegt haben, nicht auf das interne Gateway, das Istio dafür erzeugt.</translation>
    </message>
    <message>
        <source>Use targetRef(s) to attach the policy to a Kubernetes Gateway; selectors do not apply there.</source>
        <translation>Binden Sie die Policy mit targetRef(s) an ein Kubernetes-Gateway; Selektoren gelten dort nicht.</translation>
    </message>
    <message>
        <source>Remove the policy or move the workload out of ambient mode; the policy does nothing as it is.</source>
        <translation>Entfernen Sie die Policy oder nehmen Sie den Workload aus dem Ambient-Modus; so wie sie ist, bewirkt die Policy nichts.</translation>
    </message>
    <message>
        <source>Read the release notes for this setting, or install with the compatibility version the message names.</source>
        <translation>Lesen Sie die Release-Notes zu dieser Einstellung oder installieren Sie mit der Kompatibilitätsversion, die die Meldung nennt.</translation>
    </message>
    <message>
        <source>Make the service&apos;s type, ports and headless mode the same in every cluster.</source>
        <translation>Machen Sie Typ, Ports und Headless-Modus des Service in jedem Cluster gleich.</translation>
    </message>
    <message>
        <source>Look at the resource&apos;s status: the controller could not accept or program it.</source>
        <translation>Sehen Sie sich den Status der Ressource an: der Controller konnte sie nicht annehmen oder programmieren.</translation>
    </message>
    <message>
        <source>Upgrade the Gateway API CRDs before the next Istio upgrade.</source>
        <translation>Aktualisieren Sie die Gateway-API-CRDs vor dem nächsten Istio-Upgrade.</translation>
    </message>
    <message>
        <source>Correct the subset&apos;s labels so they select running pods, or deploy the version it names; requests to it fail with 503 otherwise.</source>
        <translation>Korrigieren Sie die Labels des Subsets, sodass sie laufende Pods wählen, oder deployen Sie die Version, die es nennt; sonst scheitern Anfragen daran mit 503.</translation>
    </message>
    <message>
        <source>Correct the host, or create the Service or ServiceEntry it should apply to.</source>
        <translation>Korrigieren Sie den Host oder legen Sie den Service oder ServiceEntry an, für den es gelten soll.</translation>
    </message>
    <message>
        <source>Set BLOCKED_CIDRS_IN_JWKS_URIS on istiod to keep JWKS fetches away from internal networks.</source>
        <translation>Setzen Sie BLOCKED_CIDRS_IN_JWKS_URIS an istiod, damit JWKS-Abrufe interne Netze nicht erreichen.</translation>
    </message>
    <message>
        <source>Upgrade the Gateway API CRDs to at least the version the message names.</source>
        <translation>Aktualisieren Sie die Gateway-API-CRDs mindestens auf die Version, die die Meldung nennt.</translation>
    </message>
    <message>
        <source>Use one protocol for this host and port in all ServiceEntries, or scope them with exportTo.</source>
        <translation>Verwenden Sie für diesen Host und Port in allen ServiceEntries ein Protokoll oder grenzen Sie sie mit exportTo ab.</translation>
    </message>
    <message>
        <source>Keep one object without selector per namespace; give the others a workload selector.</source>
        <translation>Behalten Sie je Namespace ein Objekt ohne Selektor; geben Sie den anderen einen Workload-Selektor.</translation>
    </message>
    <message>
        <source>Make the selectors pick different workloads, or merge the objects.</source>
        <translation>Lassen Sie die Selektoren verschiedene Workloads wählen oder führen Sie die Objekte zusammen.</translation>
    </message>
    <message>
        <source>Correct the selector so it matches a workload in this namespace.</source>
        <translation>Korrigieren Sie den Selektor, sodass er einen Workload in diesem Namespace trifft.</translation>
    </message>
    <message>
        <source>Export to namespaces that exist (or &apos;.&apos; / &apos;*&apos;).</source>
        <translation>Exportieren Sie in Namespaces, die es gibt (oder &apos;.&apos; / &apos;*&apos;).</translation>
    </message>
    <message>
        <source>Correct the namespace in the rule, or create it.</source>
        <translation>Korrigieren Sie den Namespace in der Regel oder legen Sie ihn an.</translation>
    </message>
    <message>
        <source>Use HTTP method names (GET, POST, …) or Istio wildcards.</source>
        <translation>Verwenden Sie HTTP-Methodennamen (GET, POST, …) oder Istio-Platzhalter.</translation>
    </message>
    <message>
        <source>Correct the host, or create the Service or ServiceEntry it names.</source>
        <translation>Korrigieren Sie den Host oder legen Sie den Service oder ServiceEntry an, den er nennt.</translation>
    </message>
    <message>
        <source>Enable mTLS (PeerAuthentication and DestinationRule, or auto mTLS) so peer identities are available.</source>
        <translation>Schalten Sie mTLS ein (PeerAuthentication und DestinationRule oder Auto-mTLS), damit Peer-Identitäten verfügbar sind.</translation>
    </message>
    <message>
        <source>Correct the principal, or create the service account it names.</source>
        <translation>Korrigieren Sie den Principal oder legen Sie den Service-Account an, den er nennt.</translation>
    </message>
    <message>
        <source>The service account lives in another cluster; it cannot be checked from here.</source>
        <translation>Der Service-Account liegt in einem anderen Cluster; er lässt sich von hier aus nicht prüfen.</translation>
    </message>
    <message>
        <source>Check the principal&apos;s trust domain; it is not one of the mesh&apos;s.</source>
        <translation>Prüfen Sie die Trust-Domain des Principals; sie gehört nicht zum Mesh.</translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint (istio.io/use-waypoint) so L7 rules apply.</source>
        <translation>Nehmen Sie den Namespace oder Service in einen Waypoint auf (istio.io/use-waypoint), damit L7-Regeln gelten.</translation>
    </message>
    <message>
        <source>Attach the policy with targetRefs to a Service or Gateway; waypoints ignore selectors.</source>
        <translation>Binden Sie die Policy mit targetRefs an einen Service oder ein Gateway; Waypoints ignorieren Selektoren.</translation>
    </message>
    <message>
        <source>Merge the DestinationRules for this host, or make their subsets distinct.</source>
        <translation>Führen Sie die DestinationRules für diesen Host zusammen oder machen Sie ihre Subsets verschieden.</translation>
    </message>
    <message>
        <source>Correct the host, or create the Service, workload or ServiceEntry it names.</source>
        <translation>Korrigieren Sie den Host oder legen Sie den Service, Workload oder ServiceEntry an, den er nennt.</translation>
    </message>
    <message>
        <source>Correct the subset&apos;s labels so they match the pods (or endpoints) of the host.</source>
        <translation>Korrigieren Sie die Labels des Subsets, sodass sie auf die Pods (oder Endpunkte) des Hosts passen.</translation>
    </message>
    <message>
        <source>Set the TLS settings in this DestinationRule too; the mesh-wide ones are overridden here.</source>
        <translation>Setzen Sie die TLS-Einstellungen auch in dieser DestinationRule; die mesh-weiten werden hier überschrieben.</translation>
    </message>
    <message>
        <source>Add a mesh-wide PeerAuthentication enabling mTLS, or disable mTLS in the DestinationRule.</source>
        <translation>Fügen Sie eine mesh-weite PeerAuthentication hinzu, die mTLS einschaltet, oder schalten Sie mTLS in der DestinationRule ab.</translation>
    </message>
    <message>
        <source>Add a namespace PeerAuthentication enabling mTLS, or disable mTLS in the DestinationRule.</source>
        <translation>Fügen Sie eine Namespace-PeerAuthentication hinzu, die mTLS einschaltet, oder schalten Sie mTLS in der DestinationRule ab.</translation>
    </message>
    <message>
        <source>Change the PeerAuthentication to PERMISSIVE, or enable mTLS in the DestinationRule.</source>
        <translation>Stellen Sie die PeerAuthentication auf PERMISSIVE oder schalten Sie mTLS in der DestinationRule ein.</translation>
    </message>
    <message>
        <source>Add labels to the subset so it selects pods.</source>
        <translation>Geben Sie dem Subset Labels, damit es Pods wählt.</translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint so L7 settings apply.</source>
        <translation>Nehmen Sie den Namespace oder Service in einen Waypoint auf, damit L7-Einstellungen gelten.</translation>
    </message>
    <message>
        <source>Label the service istio.io/use-waypoint so the waypoint applies these settings.</source>
        <translation>Versehen Sie den Service mit istio.io/use-waypoint, damit der Waypoint diese Einstellungen anwendet.</translation>
    </message>
    <message>
        <source>Move the DestinationRule into the namespace of the service it targets.</source>
        <translation>Verschieben Sie die DestinationRule in den Namespace des Service, auf den sie zielt.</translation>
    </message>
    <message>
        <source>Give the gateways different hosts or ports, or merge them.</source>
        <translation>Geben Sie den Gateways verschiedene Hosts oder Ports oder führen Sie sie zusammen.</translation>
    </message>
    <message>
        <source>Correct the selector so it matches a gateway workload in this namespace.</source>
        <translation>Korrigieren Sie den Selektor, sodass er einen Gateway-Workload in diesem Namespace trifft.</translation>
    </message>
    <message>
        <source>Add a mesh-wide DestinationRule enabling ISTIO_MUTUAL, or turn on auto mTLS.</source>
        <translation>Fügen Sie eine mesh-weite DestinationRule mit ISTIO_MUTUAL hinzu oder schalten Sie Auto-mTLS ein.</translation>
    </message>
    <message>
        <source>Add a DestinationRule enabling ISTIO_MUTUAL for the namespace, or turn on auto mTLS.</source>
        <translation>Fügen Sie für den Namespace eine DestinationRule mit ISTIO_MUTUAL hinzu oder schalten Sie Auto-mTLS ein.</translation>
    </message>
    <message>
        <source>Add a DestinationRule disabling mTLS for the namespace.</source>
        <translation>Fügen Sie für den Namespace eine DestinationRule hinzu, die mTLS abschaltet.</translation>
    </message>
    <message>
        <source>Add a mesh-wide DestinationRule disabling mTLS.</source>
        <translation>Fügen Sie eine mesh-weite DestinationRule hinzu, die mTLS abschaltet.</translation>
    </message>
    <message>
        <source>Name the port &lt;protocol&gt;[-suffix] (http, grpc, tcp, …).</source>
        <translation>Benennen Sie den Port &lt;Protokoll&gt;[-Suffix] (http, grpc, tcp, …).</translation>
    </message>
    <message>
        <source>Set appProtocol to a protocol Istio knows.</source>
        <translation>Setzen Sie appProtocol auf ein Protokoll, das Istio kennt.</translation>
    </message>
    <message>
        <source>Expose the Service&apos;s target port in a container of the selected deployment.</source>
        <translation>Öffnen Sie den Zielport des Service in einem Container des gewählten Deployments.</translation>
    </message>
    <message>
        <source>Correct the egress host, or create the service it names.</source>
        <translation>Korrigieren Sie den Egress-Host oder legen Sie den Service an, den er nennt.</translation>
    </message>
    <message>
        <source>Remove the workload selector from the mesh-wide default Sidecar.</source>
        <translation>Entfernen Sie den Workload-Selektor aus dem mesh-weiten Standard-Sidecar.</translation>
    </message>
    <message>
        <source>Set outboundTrafficPolicy mode explicitly (ALLOW_ANY or REGISTRY_ONLY).</source>
        <translation>Setzen Sie den Modus von outboundTrafficPolicy ausdrücklich (ALLOW_ANY oder REGISTRY_ONLY).</translation>
    </message>
    <message>
        <source>Correct the destination host, or create the Service or ServiceEntry it names.</source>
        <translation>Korrigieren Sie den Ziel-Host oder legen Sie den Service oder ServiceEntry an, den er nennt.</translation>
    </message>
    <message>
        <source>Correct the gateway name (namespace/name), or create the gateway.</source>
        <translation>Korrigieren Sie den Gateway-Namen (Namespace/Name) oder legen Sie das Gateway an.</translation>
    </message>
    <message>
        <source>Remove the weight or add the other destinations; a single destination always gets 100%.</source>
        <translation>Entfernen Sie das Gewicht oder fügen Sie die anderen Ziele hinzu; ein einzelnes Ziel bekommt immer 100 %.</translation>
    </message>
    <message>
        <source>Route to each host and subset only once per rule.</source>
        <translation>Routen Sie je Regel zu jedem Host und Subset nur einmal.</translation>
    </message>
    <message>
        <source>Merge the VirtualServices for this host into one.</source>
        <translation>Führen Sie die VirtualServices für diesen Host zu einem zusammen.</translation>
    </message>
    <message>
        <source>Add the subset to the host&apos;s DestinationRule, or route to a subset that exists.</source>
        <translation>Fügen Sie das Subset der DestinationRule des Hosts hinzu oder routen Sie zu einem Subset, das es gibt.</translation>
    </message>
    <message>
        <source>Write the gateway as &lt;namespace&gt;/&lt;name&gt;.</source>
        <translation>Schreiben Sie das Gateway als &lt;Namespace&gt;/&lt;Name&gt;.</translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint so the routing applies.</source>
        <translation>Nehmen Sie den Namespace oder Service in einen Waypoint auf, damit das Routing gilt.</translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint so the policy applies.</source>
        <translation>Nehmen Sie den Namespace oder Service in einen Waypoint auf, damit die Policy gilt.</translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint so the plugin runs.</source>
        <translation>Nehmen Sie den Namespace oder Service in einen Waypoint auf, damit das Plugin läuft.</translation>
    </message>
    <message>
        <source>Enroll the namespace or service in a waypoint so the settings apply.</source>
        <translation>Nehmen Sie den Namespace oder Service in einen Waypoint auf, damit die Einstellungen gelten.</translation>
    </message>
    <message>
        <source>Label the service istio.io/use-waypoint so the waypoint applies the routing.</source>
        <translation>Versehen Sie den Service mit istio.io/use-waypoint, damit der Waypoint das Routing anwendet.</translation>
    </message>
    <message>
        <source>Move the VirtualService into the namespace of the service it routes.</source>
        <translation>Verschieben Sie den VirtualService in den Namespace des Service, den er routet.</translation>
    </message>
    <message>
        <source>Attach the policy with targetRefs to a Service or Gateway.</source>
        <translation>Binden Sie die Policy mit targetRefs an einen Service oder ein Gateway.</translation>
    </message>
    <message>
        <source>Attach the plugin with targetRefs to a Service or Gateway.</source>
        <translation>Binden Sie das Plugin mit targetRefs an einen Service oder ein Gateway.</translation>
    </message>
    <message>
        <source>Attach the Telemetry with targetRefs to a Service or Gateway.</source>
        <translation>Binden Sie die Telemetry mit targetRefs an einen Service oder ein Gateway.</translation>
    </message>
    <message>
        <source>Merge the ServiceEntries for this host and port.</source>
        <translation>Führen Sie die ServiceEntries für diesen Host und Port zusammen.</translation>
    </message>
    <message>
        <source>Use one protocol for this host and port in all ServiceEntries.</source>
        <translation>Verwenden Sie für diesen Host und Port in allen ServiceEntries ein Protokoll.</translation>
    </message>
    <message>
        <source>Add an AuthorizationPolicy that covers this workload.</source>
        <translation>Fügen Sie eine AuthorizationPolicy hinzu, die diesen Workload abdeckt.</translation>
    </message>
    <message>
        <source>Remove either the sidecar injection label or the ambient label.</source>
        <translation>Entfernen Sie entweder das Sidecar-Injektions-Label oder das Ambient-Label.</translation>
    </message>
    <message>
        <source>Put the workload&apos;s namespace in ambient mode, or remove the waypoint labels.</source>
        <translation>Versetzen Sie den Namespace des Workloads in den Ambient-Modus oder entfernen Sie die Waypoint-Labels.</translation>
    </message>
    <message>
        <source>Create the waypoint the annotation names, or correct the annotation.</source>
        <translation>Legen Sie den Waypoint an, den die Annotation nennt, oder korrigieren Sie die Annotation.</translation>
    </message>
    <message>
        <source>Remove the sidecar label or the ambient redirection.</source>
        <translation>Entfernen Sie das Sidecar-Label oder die Ambient-Umleitung.</translation>
    </message>
    <message>
        <source>Remove the sidecar container or the ambient labels.</source>
        <translation>Entfernen Sie den Sidecar-Container oder die Ambient-Labels.</translation>
    </message>
    <message>
        <source>Remove the sidecar or move the workload out of the ambient namespace.</source>
        <translation>Entfernen Sie den Sidecar oder nehmen Sie den Workload aus dem Ambient-Namespace.</translation>
    </message>
    <message>
        <source>Deploy a waypoint for the workload so its L7 policies apply.</source>
        <translation>Stellen Sie für den Workload einen Waypoint bereit, damit seine L7-Policies gelten.</translation>
    </message>
    <message>
        <source>Correct the parent gateway, or create it (and allow the route&apos;s namespace on its listeners).</source>
        <translation>Korrigieren Sie das Eltern-Gateway oder legen Sie es an (und erlauben Sie den Namespace der Route an seinen Listenern).</translation>
    </message>
    <message>
        <source>Correct the backend name, or create the Service it names.</source>
        <translation>Korrigieren Sie den Backend-Namen oder legen Sie den Service an, den er nennt.</translation>
    </message>
    <message>
        <source>Give the gateways&apos; listeners different hostnames or ports.</source>
        <translation>Geben Sie den Listenern der Gateways verschiedene Hostnamen oder Ports.</translation>
    </message>
    <message>
        <source>Give each gateway its own address.</source>
        <translation>Geben Sie jedem Gateway eine eigene Adresse.</translation>
    </message>
    <message>
        <source>Make each listener&apos;s hostname, port and protocol unique.</source>
        <translation>Machen Sie Hostname, Port und Protokoll jedes Listeners eindeutig.</translation>
    </message>
    <message>
        <source>Use a GatewayClass that exists.</source>
        <translation>Verwenden Sie eine GatewayClass, die es gibt.</translation>
    </message>
    <message>
        <source>Correct the from namespace, or create it.</source>
        <translation>Korrigieren Sie den from-Namespace oder legen Sie ihn an.</translation>
    </message>
    <message>
        <source>Create the service account, or correct its name in the template.</source>
        <translation>Legen Sie den Service-Account an oder korrigieren Sie seinen Namen im Template.</translation>
    </message>
    <message>
        <source>Give the WorkloadGroups different labels.</source>
        <translation>Geben Sie den WorkloadGroups verschiedene Labels.</translation>
    </message>
</context>
<context>
    <name>meshscope::analysis::ValidationColumnProxy</name>
    <message>
        <source>Not analysed yet</source>
        <translation>Noch nicht analysiert</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info message(s)</source>
        <translation>
            <numerusform>%n Info-Meldung</numerusform>
            <numerusform>%n Info-Meldungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshscope::config::EditSession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Fix the YAML first: %1</source>
        <translation>Beheben Sie zuerst das YAML: %1</translation>
    </message>
    <message>
        <source>the text is not one object</source>
        <translation>der Text ist nicht genau ein Objekt</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>Der Entwurf konnte nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>There is no resource in the text</source>
        <translation>Der Text enthält keine Ressource</translation>
    </message>
    <message>
        <source>A file with several resources is compared with the cluster by a server dry run (Dry run)</source>
        <translation>Eine Datei mit mehreren Ressourcen wird per serverseitigem Probelauf mit dem Cluster verglichen („Probelauf“)</translation>
    </message>
    <message>
        <source>This object is not in the cluster</source>
        <translation>Dieses Objekt ist nicht im Cluster</translation>
    </message>
    <message>
        <source>Meshscope has not applied this object from here yet</source>
        <translation>Meshscope hat dieses Objekt von hier aus noch nicht angewendet</translation>
    </message>
    <message>
        <source>Not connected to a cluster</source>
        <translation>Nicht mit einem Cluster verbunden</translation>
    </message>
    <message>
        <source>Your account may not change Istio resources (read-only)</source>
        <translation>Ihr Konto darf keine Istio-Ressourcen ändern (nur Lesezugriff)</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Warten auf den Server</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) first</source>
        <translation>
            <numerusform>Beheben Sie zuerst den %n Fehler</numerusform>
            <numerusform>Beheben Sie zuerst die %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted by the server (dry run)</source>
        <translation>vom Server akzeptiert (Probelauf)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>Nothing was applied</source>
        <translation>Nichts wurde angewendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed in the cluster while you edited; %n change(s) of theirs were merged into yours. Review the text and apply again.</source>
        <translation>
            <numerusform>%1 wurde im Cluster geändert, während Sie bearbeitet haben; %n Änderung von dort wurde mit Ihren zusammengeführt. Prüfen Sie den Text und wenden Sie ihn erneut an.</numerusform>
            <numerusform>%1 wurde im Cluster geändert, während Sie bearbeitet haben; %n Änderungen von dort wurden mit Ihren zusammengeführt. Prüfen Sie den Text und wenden Sie ihn erneut an.</numerusform>
        </translation>
    </message>
    <message>
        <source>applying takes over fields as you reviewed them: %1</source>
        <translation>das Anwenden übernimmt Felder so, wie Sie sie geprüft haben: %1</translation>
    </message>
</context>
<context>
    <name>meshscope::details::PodLogsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Upstream cluster</source>
        <translation>Upstream-Cluster</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>meshscope::graph::GraphBuilder</name>
    <message numerus="yes">
        <source>Prometheus returned %n traffic sample(s) with a NaN, infinite or negative rate; they were left out.</source>
        <translation>
            <numerusform>Prometheus hat %n Traffic-Messwert mit NaN-, unendlicher oder negativer Rate geliefert; er wurde weggelassen.</numerusform>
            <numerusform>Prometheus hat %n Traffic-Messwerte mit NaN-, unendlicher oder negativer Rate geliefert; sie wurden weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshscope::graph::GraphRefresh</name>
    <message>
        <source>no Prometheus</source>
        <translation>kein Prometheus</translation>
    </message>
    <message>
        <source>not in the graph any more</source>
        <translation>nicht mehr im Graphen</translation>
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
<context>
    <name>meshscope::health::EntityFilterProxy</name>
    <message>
        <source>Cannot read the label filter &quot;%1&quot;: write key=value, key!=value or key</source>
        <translation>Der Label-Filter „%1“ ist nicht lesbar: key=value, key!=value oder key schreiben</translation>
    </message>
</context>
<context>
    <name>meshscope::health::EntityListModel</name>
    <message>
        <source>Inbound requests per second; outbound %1</source>
        <translation>Eingehende Anfragen pro Sekunde; ausgehend %1</translation>
    </message>
    <message>
        <source>Inbound errors; outbound %1 %</source>
        <translation>Eingehende Fehler; ausgehend %1 %</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>An Istio gateway: Envoy is the workload</source>
        <translation>Ein Istio-Gateway: Envoy ist der Workload</translation>
    </message>
    <message>
        <source>No pods</source>
        <translation>Keine Pods</translation>
    </message>
    <message>
        <source>Missing sidecar</source>
        <translation>Sidecar fehlt</translation>
    </message>
    <message>
        <source>%1 of %2 pods run without the istio-proxy sidecar: their traffic is outside the mesh</source>
        <translation>%1 von %2 Pods laufen ohne istio-proxy-Sidecar: ihr Verkehr läuft außerhalb des Mesh</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>Ambient</translation>
    </message>
    <message>
        <source>In the mesh through ztunnel (ambient mode)</source>
        <translation>Im Mesh über ztunnel (Ambient-Modus)</translation>
    </message>
    <message>
        <source>Sidecar</source>
        <translation>Sidecar</translation>
    </message>
    <message>
        <source>istio-proxy %1, revision %2</source>
        <translation>istio-proxy %1, Revision %2</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
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
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>Istio config</source>
        <translation>Istio-Konfiguration</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>%1 ready of %2 pods, %3 restarts; %4 desired, %5 available</source>
        <translation>%1 von %2 Pods bereit, %3 Neustarts; %4 gewünscht, %5 verfügbar</translation>
    </message>
</context>
<context>
    <name>meshscope::health::JsonTreeModel</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>meshscope::health::NamespaceModel</name>
    <message>
        <source>ambient</source>
        <translation>Ambient</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>sidecar injection</source>
        <translation>Sidecar-Injektion</translation>
    </message>
    <message>
        <source>injection disabled</source>
        <translation>Injektion deaktiviert</translation>
    </message>
    <message>
        <source>not in the mesh</source>
        <translation>nicht im Mesh</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>App health</source>
        <translation>App-Zustand</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Mesh</translation>
    </message>
    <message>
        <source>Inbound traffic</source>
        <translation>Eingehender Verkehr</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Istio config</source>
        <translation>Istio-Konfiguration</translation>
    </message>
    <message>
        <source>mTLS</source>
        <translation>mTLS</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s): %1 healthy, %2 degraded, %3 failing</source>
        <translation>
            <numerusform>%n App: %1 gesund, %2 beeinträchtigt, %3 fehlerhaft</numerusform>
            <numerusform>%n Apps: %1 gesund, %2 beeinträchtigt, %3 fehlerhaft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), %1 errors, %2 warnings</source>
        <translation>
            <numerusform>%n Objekt, %1 Fehler, %2 Warnungen</numerusform>
            <numerusform>%n Objekte, %1 Fehler, %2 Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready: %1, no health information: %2</source>
        <translation>Nicht bereit: %1, ohne Zustandsinformation: %2</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::CanaryPlan</name>
    <message>
        <source>1. Install the new control plane next to the old one</source>
        <translation>1. Die neue Steuerungsebene neben der alten installieren</translation>
    </message>
    <message>
        <source>2. Check it is ready</source>
        <translation>2. Prüfen, ob sie bereit ist</translation>
    </message>
    <message>
        <source>3. Point the namespaces at the new revision</source>
        <translation>3. Die Namespaces auf die neue Revision umstellen</translation>
    </message>
    <message>
        <source>4. Restart the workloads so they get the new sidecar</source>
        <translation>4. Die Workloads neu starten, damit sie den neuen Sidecar bekommen</translation>
    </message>
    <message>
        <source>Rollback: back to the old revision, then remove the new one</source>
        <translation>Rollback: zurück zur alten Revision, dann die neue entfernen</translation>
    </message>
    <message>
        <source>When everything runs on the new revision: remove the old control plane</source>
        <translation>Wenn alles auf der neuen Revision läuft: die alte Steuerungsebene entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid revision name: lower-case letters, digits and &apos;-&apos;, at most 63</source>
        <translation>„%1“ ist kein gültiger Revisionsname: Kleinbuchstaben, Ziffern und &apos;-&apos;, höchstens 63</translation>
    </message>
    <message>
        <source>The current IstioOperator already uses revision %1; pick a new name.</source>
        <translation>Der aktuelle IstioOperator verwendet bereits die Revision %1; wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>The gateways stay with the current control plane; move them later by setting istio.io/rev=%1 on their deployments and restarting them.</source>
        <translation>Die Gateways bleiben bei der aktuellen Steuerungsebene; verschieben Sie sie später, indem Sie istio.io/rev=%1 an ihren Deployments setzen und sie neu starten.</translation>
    </message>
    <message>
        <source>No istiod of revision %1 runs in the cluster (running: %2).</source>
        <translation>Im Cluster läuft kein istiod der Revision %1 (laufend: %2).</translation>
    </message>
    <message>
        <source>An istiod of revision %1 already runs: installing again updates it.</source>
        <translation>Ein istiod der Revision %1 läuft bereits: Eine erneute Installation aktualisiert ihn.</translation>
    </message>
    <message>
        <source>Namespace %1 has injected pods but no injection label: labelling it turns injection on for every new pod there.</source>
        <translation>Namespace %1 hat Pods mit Sidecar-Injektion, aber kein Injektions-Label: Das Label schaltet die Injektion für jeden neuen Pod dort ein.</translation>
    </message>
    <message numerus="yes">
        <source>Namespace %1 has %n pod(s) on revision %2.</source>
        <translation>
            <numerusform>Namespace %1 hat %n Pod auf Revision %2.</numerusform>
            <numerusform>Namespace %1 hat %n Pods auf Revision %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 has no controller: delete and recreate it to change its sidecar.</source>
        <translation>%1 in %2 hat keinen Controller: Löschen Sie ihn und legen Sie ihn neu an, um seinen Sidecar zu ändern.</translation>
    </message>
    <message>
        <source>No namespace is chosen: only the control plane would change.</source>
        <translation>Kein Namespace gewählt: Nur die Steuerungsebene würde sich ändern.</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopDraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1</source>
        <translation>Der Ordner für Entwürfe %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot keep a draft in %1: %2</source>
        <translation>In %1 kann kein Entwurf aufbewahrt werden: %2</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopEditorDocument</name>
    <message>
        <source>A Sail operator Istio resource: the views show the IstioOperator it corresponds to (see the Sail tab); the form edits IstioOperator files only.</source>
        <translation>Eine Istio-Ressource des Sail-Operators: Die Ansichten zeigen den entsprechenden IstioOperator (siehe Reiter „Sail“); das Formular bearbeitet nur IstioOperator-Dateien.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The YAML was written anew to change %1: its comments and key order were not kept.</source>
        <translation>Das YAML wurde neu geschrieben, um %1 zu ändern: Kommentare und Reihenfolge der Schlüssel blieben nicht erhalten.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an IstioOperator file (%2 MB)</source>
        <translation>%1 ist zu groß für eine IstioOperator-Datei (%2 MB)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Recovered draft</source>
        <translation>Wiederhergestellter Entwurf</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopEffectiveModel</name>
    <message>
        <source>= default</source>
        <translation>= Voreinstellung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Effective value</source>
        <translation>Wirksamer Wert</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <source>Chart default</source>
        <translation>Chart-Voreinstellung</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopEffectiveView</name>
    <message>
        <source>Only values the file sets</source>
        <translation>Nur Werte, die die Datei setzt</translation>
    </message>
    <message>
        <source>Hide chart defaults</source>
        <translation>Chart-Voreinstellungen ausblenden</translation>
    </message>
    <message>
        <source>Filter paths and values</source>
        <translation>Pfade und Werte filtern</translation>
    </message>
    <message>
        <source>Green: this file · Orange: --set · Blue: the profile · Plain: default profile · Grey: chart default. Bold default: the value differs from the chart&apos;s.</source>
        <translation>Grün: diese Datei · Orange: --set · Blau: das Profil · Normal: Profil default · Grau: Chart-Voreinstellung. Fette Voreinstellung: Der Wert weicht von dem des Charts ab.</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopFieldBinder</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(not set: %1)</source>
        <translation>(nicht gesetzt: %1)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation>%1: „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: write key=value pairs separated by commas</source>
        <translation>%1: Schreiben Sie Schlüssel=Wert-Paare, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopFormWidget</name>
    <message>
        <source>This is a Sail operator Istio resource. The form edits IstioOperator files: edit the YAML, or convert it on the Sail tab.</source>
        <translation>Dies ist eine Istio-Ressource des Sail-Operators. Das Formular bearbeitet IstioOperator-Dateien: Bearbeiten Sie das YAML oder konvertieren Sie sie im Reiter „Sail“.</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The built-in starting point; default is merged first, then this profile, then the file.</source>
        <translation>Der eingebaute Ausgangspunkt; zuerst wird default zusammengeführt, dann dieses Profil, dann die Datei.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Registry and path the Istio images are pulled from.</source>
        <translation>Registry und Pfad, aus denen die Istio-Images geladen werden.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Image tag, usually the Istio version.</source>
        <translation>Image-Tag, meist die Istio-Version.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Installs a separate control plane named after it (istiod-&lt;revision&gt;); namespaces choose one with the istio.io/rev label. Needed for canary upgrades.</source>
        <translation>Installiert eine eigene, danach benannte Steuerungsebene (istiod-&lt;revision&gt;); Namespaces wählen eine mit dem Label istio.io/rev. Nötig für Canary-Upgrades.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Namespace of the control plane.</source>
        <translation>Namespace der Steuerungsebene.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Add ingress gateway</source>
        <translation>Ingress-Gateway hinzufügen</translation>
    </message>
    <message>
        <source>Add egress gateway</source>
        <translation>Egress-Gateway hinzufügen</translation>
    </message>
    <message>
        <source>Remove gateway</source>
        <translation>Gateway entfernen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikas</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>CPU-Anforderung</translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation>Speicher-Anforderung</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>CPU-Limit</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speicher-Limit</translation>
    </message>
    <message>
        <source>Autoscale min</source>
        <translation>Autoscaling-Minimum</translation>
    </message>
    <message>
        <source>Autoscale max</source>
        <translation>Autoscaling-Maximum</translation>
    </message>
    <message>
        <source>Node selector</source>
        <translation>Node-Selektor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Ziel-Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Service ports</source>
        <translation>Service-Ports</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Tolerations</source>
        <translation>Tolerations</translation>
    </message>
    <message>
        <source>Mesh configuration</source>
        <translation>Mesh-Konfiguration</translation>
    </message>
    <message>
        <source>Where every proxy writes its access log; /dev/stdout puts it in the container log. Empty: no log.</source>
        <translation>Wohin jeder Proxy sein Zugriffsprotokoll schreibt; /dev/stdout legt es ins Container-Log. Leer: kein Protokoll.</translation>
    </message>
    <message>
        <source>Plain text lines or one JSON object per request.</source>
        <translation>Einfache Textzeilen oder ein JSON-Objekt je Anfrage.</translation>
    </message>
    <message>
        <source>Proxies send spans of the requests they handle to the tracing backend.</source>
        <translation>Proxys senden Spans der Anfragen, die sie bearbeiten, an das Tracing-Backend.</translation>
    </message>
    <message>
        <source>Share of requests traced, in percent (0–100).</source>
        <translation>Anteil der verfolgten Anfragen in Prozent (0–100).</translation>
    </message>
    <message>
        <source>ALLOW_ANY lets workloads call any host; REGISTRY_ONLY only known services and ServiceEntries.</source>
        <translation>ALLOW_ANY lässt Workloads jeden Host aufrufen; REGISTRY_ONLY nur bekannte Services und ServiceEntries.</translation>
    </message>
    <message>
        <source>Sidecars talk mutual TLS to each other without needing a DestinationRule for it.</source>
        <translation>Sidecars sprechen untereinander mutual TLS, ohne dafür eine DestinationRule zu brauchen.</translation>
    </message>
    <message>
        <source>The identity domain in workload certificates: spiffe://&lt;trust domain&gt;/ns/&lt;namespace&gt;/sa/&lt;account&gt;.</source>
        <translation>Die Identitätsdomäne in Workload-Zertifikaten: spiffe://&lt;trust domain&gt;/ns/&lt;namespace&gt;/sa/&lt;account&gt;.</translation>
    </message>
    <message>
        <source>Configuration placed in this namespace (Sidecar, EnvoyFilter, …) applies to the whole mesh.</source>
        <translation>Konfiguration in diesem Namespace (Sidecar, EnvoyFilter, …) gilt für das ganze Mesh.</translation>
    </message>
    <message>
        <source>Application containers start only once the sidecar is ready, so early calls do not fail.</source>
        <translation>Anwendungscontainer starten erst, wenn der Sidecar bereit ist, damit frühe Aufrufe nicht scheitern.</translation>
    </message>
    <message>
        <source>Address proxies fetch their configuration from (istiod).</source>
        <translation>Adresse, von der die Proxys ihre Konfiguration holen (istiod).</translation>
    </message>
    <message>
        <source>The sidecar serves the application&apos;s metrics together with its own on one scrape port.</source>
        <translation>Der Sidecar liefert die Metriken der Anwendung zusammen mit seinen eigenen auf einem Scrape-Port.</translation>
    </message>
    <message>
        <source>How long a proxy waits for the first bytes to guess the protocol of an unnamed port, e.g. 100ms.</source>
        <translation>Wie lange ein Proxy auf die ersten Bytes wartet, um das Protokoll eines unbenannten Ports zu erraten, z. B. 100ms.</translation>
    </message>
    <message>
        <source>Values (Helm chart settings)</source>
        <translation>Values (Einstellungen der Helm-Charts)</translation>
    </message>
    <message>
        <source>What the file sets under spec.values, next to the charts&apos; defaults. Edit a value in the table; clear it to remove it.</source>
        <translation>Was die Datei unter spec.values setzt, neben den Voreinstellungen der Charts. Bearbeiten Sie einen Wert in der Tabelle; leeren Sie ihn, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Chart default</source>
        <translation>Chart-Voreinstellung</translation>
    </message>
    <message>
        <source>path, e.g. pilot.autoscaleEnabled</source>
        <translation>Pfad, z. B. pilot.autoscaleEnabled</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Voreinstellung: %1</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Base (CRDs, roles)</source>
        <translation>Base (CRDs, Rollen)</translation>
    </message>
    <message>
        <source>Pilot (istiod)</source>
        <translation>Pilot (istiod)</translation>
    </message>
    <message>
        <source>CNI node agent</source>
        <translation>CNI-Node-Agent</translation>
    </message>
    <message>
        <source>ztunnel (ambient)</source>
        <translation>ztunnel (Ambient)</translation>
    </message>
    <message>
        <source>istiod remote</source>
        <translation>istiod remote</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Egress</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>nicht aktiviert</translation>
    </message>
    <message>
        <source>From the %1. Editing it copies the whole gateway list into the file: istioctl replaces lists, it does not merge them.</source>
        <translation>Quelle: %1. Wer es bearbeitet, kopiert die ganze Gateway-Liste in die Datei: istioctl ersetzt Listen, statt sie zusammenzuführen.</translation>
    </message>
    <message>
        <source>Cannot add a gateway: %1</source>
        <translation>Gateway kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove the gateway: %1</source>
        <translation>Gateway kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Cannot set values.%1: %2</source>
        <translation>values.%1 kann nicht gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopListTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopMerge</name>
    <message>
        <source>unable to parse file %1: line %2: %3</source>
        <translation>unable to parse file %1: line %2: %3</translation>
    </message>
    <message>
        <source>unable to parse file %1: %2</source>
        <translation>unable to parse file %1: %2</translation>
    </message>
    <message>
        <source>%1 contains multiple IstioOperator CRs, only one per file is supported</source>
        <translation>%1 contains multiple IstioOperator CRs, only one per file is supported</translation>
    </message>
    <message>
        <source>%1 is not an IstioOperator: expected a YAML mapping</source>
        <translation>%1 is not an IstioOperator: expected a YAML mapping</translation>
    </message>
    <message>
        <source>chart defaults</source>
        <translation>Chart-Voreinstellungen</translation>
    </message>
    <message>
        <source>default profile</source>
        <translation>Profil default</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <source>no path</source>
        <translation>kein Pfad</translation>
    </message>
    <message>
        <source>%1 profile</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; not found (the profiles are %2)</source>
        <translation>Profil „%1“ nicht gefunden (die Profile sind %2)</translation>
    </message>
    <message>
        <source>spec.installPackagePath is not read: the built-in profiles are used</source>
        <translation>spec.installPackagePath wird nicht gelesen: die eingebauten Profile werden verwendet</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopProfileDiffView</name>
    <message>
        <source>this file</source>
        <translation>diese Datei</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are identical.</source>
        <translation>%1 und %2 sind identisch.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 lines removed, %4 added.</source>
        <translation>%1 → %2: %3 Zeilen entfernt, %4 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopProfileTools</name>
    <message>
        <source>no value at %1 in the merged spec</source>
        <translation>kein Wert bei %1 in der zusammengeführten Spec</translation>
    </message>
    <message>
        <source>could not read &quot;%1&quot;: it is neither a profile (%2) nor a readable file (%3)</source>
        <translation>„%1“ konnte nicht gelesen werden: Es ist weder ein Profil (%2) noch eine lesbare Datei (%3)</translation>
    </message>
    <message>
        <source>%1 is too large for an IstioOperator (%2 bytes)</source>
        <translation>%1 ist zu groß für einen IstioOperator (%2 Bytes)</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopSailView</name>
    <message>
        <source>Open in the editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Not carried over:</source>
        <translation>Nicht übernommen:</translation>
    </message>
    <message>
        <source>This is a Sail operator Istio resource; as an IstioOperator for istioctl:</source>
        <translation>Dies ist eine Istio-Ressource des Sail-Operators; als IstioOperator für istioctl:</translation>
    </message>
    <message>
        <source>converted from Sail</source>
        <translation>aus Sail konvertiert</translation>
    </message>
    <message>
        <source>This IstioOperator as Sail operator resources (sailoperator.io/v1):</source>
        <translation>Dieser IstioOperator als Ressourcen des Sail-Operators (sailoperator.io/v1):</translation>
    </message>
    <message>
        <source>converted to Sail</source>
        <translation>nach Sail konvertiert</translation>
    </message>
    <message>
        <source>Cannot convert: %1</source>
        <translation>Konvertierung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Everything carries over.</source>
        <translation>Alles wird übernommen.</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopSchema</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>boolean %1</source>
        <translation>Boolescher Wert %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>Text %1</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>Zahl %1</translation>
    </message>
    <message>
        <source>a list of %1</source>
        <translation>eine Liste von %1</translation>
    </message>
    <message>
        <source>a map of %1</source>
        <translation>eine Map von %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a duration such as 10s</source>
        <translation>eine Dauer wie 10s</translation>
    </message>
    <message>
        <source>a number or a name</source>
        <translation>eine Zahl oder ein Name</translation>
    </message>
    <message>
        <source>a quantity such as 100m or 1Gi</source>
        <translation>eine Menge wie 100m oder 1Gi</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>ein beliebiger Wert</translation>
    </message>
    <message>
        <source>an object (%1)</source>
        <translation>ein Objekt (%1)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2</source>
        <translation>unbekanntes Feld „%1“ in %2</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopUpgradeView</name>
    <message>
        <source>no sidecar</source>
        <translation>kein Sidecar</translation>
    </message>
    <message>
        <source>Keep the gateways on the current control plane</source>
        <translation>Gateways bei der aktuellen Steuerungsebene lassen</translation>
    </message>
    <message>
        <source>Make the plan</source>
        <translation>Plan erstellen</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Injection label</source>
        <translation>Injektions-Label</translation>
    </message>
    <message>
        <source>New pods get</source>
        <translation>Neue Pods bekommen</translation>
    </message>
    <message>
        <source>Pods now</source>
        <translation>Pods jetzt</translation>
    </message>
    <message>
        <source>new Istio version, e.g. 1.25.0</source>
        <translation>neue Istio-Version, z. B. 1.25.0</translation>
    </message>
    <message>
        <source>revision name, e.g. 1-25-0</source>
        <translation>Revisionsname, z. B. 1-25-0</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <source>Copy steps</source>
        <translation>Schritte kopieren</translation>
    </message>
    <message>
        <source>Save steps…</source>
        <translation>Schritte speichern…</translation>
    </message>
    <message>
        <source>Save IstioOperator…</source>
        <translation>IstioOperator speichern…</translation>
    </message>
    <message>
        <source>Reading namespaces and pods…</source>
        <translation>Namespaces und Pods werden gelesen…</translation>
    </message>
    <message>
        <source>Not connected to a cluster: the plan covers the control plane; connect to see which namespaces and pods run which revision.</source>
        <translation>Nicht mit einem Cluster verbunden: Der Plan deckt die Steuerungsebene ab; verbinden Sie sich, um zu sehen, welche Namespaces und Pods welche Revision verwenden.</translation>
    </message>
    <message>
        <source>Control planes: %1. Sidecars by revision: %2. Tick the namespaces to move.</source>
        <translation>Steuerungsebenen: %1. Sidecars nach Revision: %2. Haken Sie die Namespaces an, die umziehen sollen.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopValidation</name>
    <message>
        <source>bad hub: %1 is not a valid image repository</source>
        <translation>bad hub: %1 is not a valid image repository</translation>
    </message>
    <message>
        <source>bad tag: a tag is a single value</source>
        <translation>bad tag: a tag is a single value</translation>
    </message>
    <message>
        <source>bad tag: %1 is not a valid image tag</source>
        <translation>bad tag: %1 is not a valid image tag</translation>
    </message>
    <message>
        <source>invalid revision specified: %1</source>
        <translation>invalid revision specified: %1</translation>
    </message>
    <message>
        <source>invalid value %1.name: %2</source>
        <translation>invalid value %1.name: %2</translation>
    </message>
    <message>
        <source>global.proxy.%1: %2 is not an IP range (CIDR)</source>
        <translation>global.proxy.%1: %2 is not an IP range (CIDR)</translation>
    </message>
    <message>
        <source>global.proxy.%1: %2 is not a port number (0–65535)</source>
        <translation>global.proxy.%1: %2 is not a port number (0–65535)</translation>
    </message>
    <message>
        <source>port %1/%2 in gateway %3 invalid: targetPort is set to %4, which requires root. Set targetPort to be greater than 1024 or configure values.gateways.%5.runAsRoot=true</source>
        <translation>port %1/%2 in gateway %3 invalid: targetPort is set to %4, which requires root. Set targetPort to be greater than 1024 or configure values.gateways.%5.runAsRoot=true</translation>
    </message>
    <message>
        <source>components.pilot.k8s.replicaCount should not be set when values.pilot.autoscaleEnabled is true</source>
        <translation>components.pilot.k8s.replicaCount should not be set when values.pilot.autoscaleEnabled is true</translation>
    </message>
    <message>
        <source>components.%1Gateways[name=%2].k8s.replicaCount should not be set when values.gateways.istio-%1gateway.autoscaleEnabled is true</source>
        <translation>components.%1Gateways[name=%2].k8s.replicaCount should not be set when values.gateways.istio-%1gateway.autoscaleEnabled is true</translation>
    </message>
    <message>
        <source>kind %1 is not IstioOperator</source>
        <translation>kind %1 is not IstioOperator</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::IopYamlPane</name>
    <message>
        <source>apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
spec:
  profile: default</source>
        <translation>apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
spec:
  profile: default</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>No problems: istioctl would accept this IstioOperator.</source>
        <translation>Keine Probleme: istioctl würde diesen IstioOperator akzeptieren.</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::SailConversion</name>
    <message>
        <source>components.pilot.k8s.hpaSpec: only minReplicas and maxReplicas carry over (as values.pilot.autoscaleMin/Max)</source>
        <translation>components.pilot.k8s.hpaSpec: Nur minReplicas und maxReplicas werden übernommen (als values.pilot.autoscaleMin/Max)</translation>
    </message>
    <message>
        <source>components.pilot.k8s.env %1: valueFrom cannot be carried</source>
        <translation>components.pilot.k8s.env %1: valueFrom kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>components.pilot.k8s.%1 cannot be carried: Sail&apos;s Istio has no Kubernetes overlays</source>
        <translation>components.pilot.k8s.%1 kann nicht übernommen werden: Die Istio-Ressource von Sail hat keine Kubernetes-Overlays</translation>
    </message>
    <message>
        <source>not an IstioOperator</source>
        <translation>kein IstioOperator</translation>
    </message>
    <message>
        <source>No numeric spec.tag: spec.version is left out, so Sail installs its default version</source>
        <translation>Kein numerisches spec.tag: spec.version entfällt, Sail installiert also seine Standardversion</translation>
    </message>
    <message>
        <source>Profile minimal is Sail&apos;s default (Sail never installs gateways)</source>
        <translation>Das Profil minimal ist die Voreinstellung von Sail (Sail installiert nie Gateways)</translation>
    </message>
    <message>
        <source>Sail has no profile %1: left out</source>
        <translation>Sail hat kein Profil %1: entfällt</translation>
    </message>
    <message>
        <source>spec.revision %1 is not carried: with RevisionBased updates Sail names each revision &lt;name&gt;-&lt;version&gt;, e.g. %2</source>
        <translation>spec.revision %1 wird nicht übernommen: Bei RevisionBased-Updates benennt Sail jede Revision &lt;name&gt;-&lt;version&gt;, z. B. %2</translation>
    </message>
    <message>
        <source>spec.%1 cannot be carried</source>
        <translation>spec.%1 kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>components.pilot is disabled, but Sail&apos;s Istio always runs istiod</source>
        <translation>components.pilot ist deaktiviert, aber die Istio-Ressource von Sail betreibt immer istiod</translation>
    </message>
    <message>
        <source>components.pilot.%1 cannot be carried</source>
        <translation>components.pilot.%1 kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>Gateway %1 is not part of Sail&apos;s Istio: deploy it with the gateway Helm chart or gateway injection</source>
        <translation>Gateway %1 gehört nicht zur Istio-Ressource von Sail: Stellen Sie es mit dem Gateway-Helm-Chart oder per Gateway-Injektion bereit</translation>
    </message>
    <message>
        <source>components.%1[name=%2].k8s cannot be carried</source>
        <translation>components.%1[name=%2].k8s kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>components.%1.k8s cannot be carried</source>
        <translation>components.%1.k8s kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>components.%1 becomes a separate %2 resource</source>
        <translation>components.%1 wird zu einer eigenen %2-Ressource</translation>
    </message>
    <message>
        <source>not a Sail Istio resource (sailoperator.io, kind Istio)</source>
        <translation>keine Istio-Ressource von Sail (sailoperator.io, kind Istio)</translation>
    </message>
    <message>
        <source>Sail&apos;s external profile has no IstioOperator profile; remote is the closest</source>
        <translation>Das Profil external von Sail hat kein IstioOperator-Gegenstück; remote kommt ihm am nächsten</translation>
    </message>
    <message>
        <source>spec.version %1 is not a release number: no tag set</source>
        <translation>spec.version %1 ist keine Release-Nummer: kein Tag gesetzt</translation>
    </message>
    <message>
        <source>Revision-based updates become a fixed spec.revision; istioctl does not remove old revisions on its own (inactiveRevisionDeletionGracePeriodSeconds does not carry)</source>
        <translation>Revisionsbasierte Updates werden zu einem festen spec.revision; istioctl entfernt alte Revisionen nicht von selbst (inactiveRevisionDeletionGracePeriodSeconds wird nicht übernommen)</translation>
    </message>
    <message>
        <source>updateStrategy.updateWorkloads cannot be carried: relabel and restart the workloads yourself (see the upgrade helper)</source>
        <translation>updateStrategy.updateWorkloads kann nicht übernommen werden: Versehen Sie die Workloads selbst mit neuen Labels und starten Sie sie neu (siehe Upgrade-Helfer)</translation>
    </message>
    <message>
        <source>The ingress gateway is disabled, as under Sail; enable it in components.ingressGateways if istioctl should install it</source>
        <translation>Das Ingress-Gateway ist deaktiviert, wie unter Sail; aktivieren Sie es in components.ingressGateways, wenn istioctl es installieren soll</translation>
    </message>
</context>
<context>
    <name>meshscope::iop::TextEdit</name>
    <message>
        <source>the YAML has an error at line %1; fix it first</source>
        <translation>das YAML hat einen Fehler in Zeile %1; beheben Sie ihn zuerst</translation>
    </message>
    <message>
        <source>the file holds several documents</source>
        <translation>die Datei enthält mehrere Dokumente</translation>
    </message>
    <message>
        <source>the document is not a mapping</source>
        <translation>das Dokument ist keine Map</translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::ChangeHistory</name>
    <message>
        <source>Cannot read the change history %1: %2</source>
        <translation>Der Änderungsverlauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The change history %1 is damaged (%2); it starts afresh.</source>
        <translation>Der Änderungsverlauf %1 ist beschädigt (%2); er beginnt neu.</translation>
    </message>
    <message>
        <source>Cannot save the change history %1: %2</source>
        <translation>Der Änderungsverlauf %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 is already gone.</source>
        <translation>%1 existiert schon nicht mehr.</translation>
    </message>
    <message>
        <source>Deletes it: the change created it.</source>
        <translation>Löscht es: die Änderung hat es angelegt.</translation>
    </message>
    <message>
        <source>Creates it again as it was before the change.</source>
        <translation>Legt es so wieder an, wie es vor der Änderung war.</translation>
    </message>
    <message>
        <source>%1 is already as it was before the change.</source>
        <translation>%1 ist schon so wie vor der Änderung.</translation>
    </message>
    <message>
        <source>Puts back its labels, annotations and spec as they were before the change.</source>
        <translation>Stellt Labels, Annotationen und Spec wieder her, wie sie vor der Änderung waren.</translation>
    </message>
    <message>
        <source>%1 was changed again after this change (resourceVersion %2 → %3); undoing reverts that too — see the diff.</source>
        <translation>%1 wurde nach dieser Änderung erneut geändert (resourceVersion %2 → %3); das Rückgängigmachen setzt auch das zurück — siehe Diff.</translation>
    </message>
    <message>
        <source>Everything is already as it was before the change.</source>
        <translation>Alles ist schon so wie vor der Änderung.</translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::LiveSplit</name>
    <message>
        <source>No Prometheus to ask for the live split.</source>
        <translation>Kein Prometheus, das nach der Live-Aufteilung gefragt werden könnte.</translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::RouteAnalysis</name>
    <message>
        <source>The last %1 route of VirtualService %2 has a match, so there is no default route whose weights could change. Add a route without match at the end of it, or edit the VirtualService.</source>
        <translation>Die letzte %1-Route von VirtualService %2 hat einen Match, es gibt also keine Standardroute, deren Gewichte sich ändern ließen. Fügen Sie am Ende eine Route ohne Match hinzu oder bearbeiten Sie den VirtualService.</translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 delegates to VirtualService %2; shift the weights there.</source>
        <translation>Die Standardroute von VirtualService %1 delegiert an VirtualService %2; verschieben Sie die Gewichte dort.</translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 answers requests itself (a redirect or direct response) instead of routing them to %2.</source>
        <translation>Die Standardroute von VirtualService %1 beantwortet Anfragen selbst (Redirect oder direkte Antwort), statt sie an %2 zu routen.</translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 also sends traffic to %2, which is not a version of %3; edit the VirtualService instead.</source>
        <translation>Die Standardroute von VirtualService %1 sendet auch Traffic an %2, das keine Version von %3 ist; bearbeiten Sie stattdessen den VirtualService.</translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 sends traffic to subset %2, which no DestinationRule of %3 defines; fix that first.</source>
        <translation>Die Standardroute von VirtualService %1 sendet Traffic an das Subset %2, das keine DestinationRule von %3 definiert; beheben Sie das zuerst.</translation>
    </message>
    <message>
        <source>Subset %1 of %2 selects pods by other labels than version; Meshscope shifts traffic between versions only.</source>
        <translation>Subset %1 von %2 wählt Pods nach anderen Labels als version; Meshscope verschiebt Traffic nur zwischen Versionen.</translation>
    </message>
    <message>
        <source>HTTPRoute %1 has no rule without matches (or matching every path), so there is no default rule whose weights could change; edit the HTTPRoute instead.</source>
        <translation>HTTPRoute %1 hat keine Regel ohne Matches (oder eine, die jeden Pfad trifft), es gibt also keine Standardregel, deren Gewichte sich ändern ließen; bearbeiten Sie stattdessen die HTTPRoute.</translation>
    </message>
    <message>
        <source>The default rule of HTTPRoute %1 also sends traffic to %2, which is not a Service selecting one version of %3; edit the HTTPRoute instead.</source>
        <translation>Die Standardregel von HTTPRoute %1 sendet auch Traffic an %2, das kein Service ist, der eine Version von %3 wählt; bearbeiten Sie stattdessen die HTTPRoute.</translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::RoutingLoader</name>
    <message>
        <source>Could not list %1 in %2: %3</source>
        <translation>%1 in %2 konnte nicht aufgelistet werden: %3</translation>
    </message>
    <message>
        <source>There is no service %1 in namespace %2.</source>
        <translation>Es gibt keinen Service %1 im Namespace %2.</translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::RoutingReview</name>
    <message>
        <source> (live)</source>
        <translation> (live)</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (neu)</translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::RoutingWizards</name>
    <message>
        <source>%1 is routed by HTTPRoute %2; this wizard writes VirtualServices. Edit the HTTPRoute instead.</source>
        <translation>%1 wird von HTTPRoute %2 geroutet; dieser Assistent schreibt VirtualServices. Bearbeiten Sie stattdessen die HTTPRoute.</translation>
    </message>
    <message>
        <source>Creates a VirtualService for %1 whose one route %2.</source>
        <translation>Legt für %1 einen VirtualService an, dessen einzige Route %2.</translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 already %2.</source>
        <translation>Die Standardroute von VirtualService %1 %2 bereits.</translation>
    </message>
    <message>
        <source>The default route of VirtualService %1 %2; every other route and field stays as it is.</source>
        <translation>Die Standardroute von VirtualService %1 %2; jede andere Route und jedes Feld bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; write it as 500ms, 2s, 1.5s, 1m or 1h.</source>
        <translation>„%1“ ist keine Dauer; schreiben Sie sie als 500ms, 2s, 1.5s, 1m oder 1h.</translation>
    </message>
    <message>
        <source>%1 is shorter than the 1 ms Istio accepts.</source>
        <translation>%1 ist kürzer als die 1 ms, die Istio akzeptiert.</translation>
    </message>
    <message>
        <source>Fault percentages are 0 to 100.</source>
        <translation>Fehlerprozente liegen zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>%1 is not an HTTP status code to answer with.</source>
        <translation>%1 ist kein HTTP-Statuscode, mit dem geantwortet werden kann.</translation>
    </message>
    <message>
        <source>delays %1 % of the requests by %2</source>
        <translation>verzögert %1 % der Anfragen um %2</translation>
    </message>
    <message>
        <source>answers %1 % of the requests with HTTP %2</source>
        <translation>beantwortet %1 % der Anfragen mit HTTP %2</translation>
    </message>
    <message>
        <source>injects no fault</source>
        <translation>injiziert keinen Fehler</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Retry attempts cannot be negative.</source>
        <translation>Wiederholungsversuche können nicht negativ sein.</translation>
    </message>
    <message>
        <source>has no timeout</source>
        <translation>hat kein Timeout</translation>
    </message>
    <message>
        <source>times out after %1</source>
        <translation>bricht nach %1 ab</translation>
    </message>
    <message>
        <source>does not retry</source>
        <translation>wiederholt nicht</translation>
    </message>
    <message numerus="yes">
        <source>retries %n time(s)</source>
        <translation>
            <numerusform>wiederholt %n Mal</numerusform>
            <numerusform>wiederholt %n Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown version %1 of %2.</source>
        <translation>Unbekannte Version %1 von %2.</translation>
    </message>
    <message>
        <source>Version %1 has no pods; requests sent to it would fail (503).</source>
        <translation>Version %1 hat keine Pods; Anfragen an sie würden scheitern (503).</translation>
    </message>
    <message>
        <source>Every rule needs a header name and a value to match.</source>
        <translation>Jede Regel braucht einen Header-Namen und einen Wert zum Vergleichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular expression.</source>
        <translation>„%1“ ist kein regulärer Ausdruck.</translation>
    </message>
    <message>
        <source>%1 is routed by HTTPRoute %2; this wizard writes VirtualServices.</source>
        <translation>%1 wird von HTTPRoute %2 geroutet; dieser Assistent schreibt VirtualServices.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>keine Regeln</translation>
    </message>
    <message>
        <source>There are no rules to write.</source>
        <translation>Es gibt keine Regeln zu schreiben.</translation>
    </message>
    <message>
        <source>Creates a VirtualService for %1: %2, everything else to every version as now.</source>
        <translation>Legt für %1 einen VirtualService an: %2, alles andere wie bisher an jede Version.</translation>
    </message>
    <message>
        <source>VirtualService %1 already has these rules.</source>
        <translation>VirtualService %1 hat diese Regeln bereits.</translation>
    </message>
    <message numerus="yes">
        <source>VirtualService %1: rules first, in order: %2 (replacing %n rule route(s) written before); every other route stays as it is.</source>
        <translation>
            <numerusform>VirtualService %1: zuerst die Regeln, in dieser Reihenfolge: %2 (ersetzt %n zuvor geschriebene Regelroute); jede andere Route bleibt, wie sie ist.</numerusform>
            <numerusform>VirtualService %1: zuerst die Regeln, in dieser Reihenfolge: %2 (ersetzt %n zuvor geschriebene Regelrouten); jede andere Route bleibt, wie sie ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes it: Meshscope created it (label %1=%2).</source>
        <translation>Löscht es: Meshscope hat es angelegt (Label %1=%2).</translation>
    </message>
    <message>
        <source>Leaves %1 %2: %3</source>
        <translation>Lässt %1 %2 stehen: %3</translation>
    </message>
    <message>
        <source>Meshscope did not create it (changes Meshscope made to it can be undone from the history).</source>
        <translation>Meshscope hat es nicht angelegt (Änderungen, die Meshscope daran gemacht hat, lassen sich im Verlauf rückgängig machen).</translation>
    </message>
    <message>
        <source>Meshscope created it, but routes that stay use its subset(s) %1; deleting it would make those requests fail.</source>
        <translation>Meshscope hat es angelegt, aber bleibende Routen nutzen seine Subsets %1; es zu löschen würde diese Anfragen scheitern lassen.</translation>
    </message>
    <message>
        <source>Meshscope created no routing for %1.</source>
        <translation>Meshscope hat kein Routing für %1 angelegt.</translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::RoutingWriter</name>
    <message>
        <source>%1: the server would create it.</source>
        <translation>%1: der Server würde es anlegen.</translation>
    </message>
    <message>
        <source>%1: created.</source>
        <translation>%1: angelegt.</translation>
    </message>
    <message>
        <source>%1: the server would accept the change.</source>
        <translation>%1: der Server würde die Änderung annehmen.</translation>
    </message>
    <message>
        <source>%1: changed (resourceVersion %2 → %3).</source>
        <translation>%1: geändert (resourceVersion %2 → %3).</translation>
    </message>
    <message>
        <source>%1: the server would delete it.</source>
        <translation>%1: der Server würde es löschen.</translation>
    </message>
    <message>
        <source>%1: deleted.</source>
        <translation>%1: gelöscht.</translation>
    </message>
    <message>
        <source>%1: changed by someone else since it was read (%2); nothing was written to it.</source>
        <translation>%1: seit dem Lesen von jemand anderem geändert (%2); nichts wurde darauf geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not ask the API server for permissions: %1</source>
        <translation>Der API-Server konnte nicht nach Berechtigungen gefragt werden: %1</translation>
    </message>
    <message>
        <source>You may not make this change: %1.</source>
        <translation>Sie dürfen diese Änderung nicht vornehmen: %1.</translation>
    </message>
    <message>
        <source>The cluster does not serve %1.%2.</source>
        <translation>Der Cluster bietet %1.%2 nicht an.</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3 (%4)</source>
        <translation>%1 %2 in %3 (%4)</translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::ServiceRouting</name>
    <message>
        <source>The service has no selector, so no pods belong to it and there are no versions to route to.</source>
        <translation>Der Service hat keinen Selektor, also gehören ihm keine Pods und es gibt keine Versionen, zu denen geroutet werden könnte.</translation>
    </message>
    <message>
        <source>Version %1 has no pods: DestinationRule subset %2 selects none, so traffic sent to it fails (503).</source>
        <translation>Version %1 hat keine Pods: das DestinationRule-Subset %2 wählt keine, also scheitert Traffic an sie (503).</translation>
    </message>
    <message>
        <source>Version %1 has no ready pod.</source>
        <translation>Version %1 hat keinen bereiten Pod.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) without a version label (%1): a subset selects pods by version, so once traffic is split by version these pods get none of it.</source>
        <translation>
            <numerusform>%n Pod ohne version-Label (%1): ein Subset wählt Pods nach Version, sobald Traffic nach Version aufgeteilt ist, bekommt dieser Pod nichts davon.</numerusform>
            <numerusform>%n Pods ohne version-Label (%1): ein Subset wählt Pods nach Version, sobald Traffic nach Version aufgeteilt ist, bekommen diese Pods nichts davon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::ShiftPlanner</name>
    <message>
        <source>Mirroring is not offered for services routed by an HTTPRoute; add a RequestMirror filter to the HTTPRoute instead.</source>
        <translation>Spiegeln wird für Services, die eine HTTPRoute routet, nicht angeboten; fügen Sie der HTTPRoute stattdessen einen RequestMirror-Filter hinzu.</translation>
    </message>
    <message>
        <source>No Service selects version %1 of %2. An HTTPRoute sends traffic to Services, so create one with the selector of %2 plus version=%1 first.</source>
        <translation>Kein Service wählt Version %1 von %2. Eine HTTPRoute sendet Traffic an Services; legen Sie also zuerst einen mit dem Selektor von %2 plus version=%1 an.</translation>
    </message>
    <message>
        <source>%1 %2 % → %3 %</source>
        <translation>%1 %2 % → %3 %</translation>
    </message>
    <message>
        <source>%1 0 % → %2 % (backend %3)</source>
        <translation>%1 0 % → %2 % (Backend %3)</translation>
    </message>
    <message>
        <source>The routing of %1 already has these weights.</source>
        <translation>Das Routing von %1 hat diese Gewichte bereits.</translation>
    </message>
    <message>
        <source>Default rule (rule %1 of %2) backendRefs: %3. Every other rule, match, filter and field stays as it is.</source>
        <translation>Standardregel (Regel %1 von %2) backendRefs: %3. Jede andere Regel, jeder Match, Filter und jedes Feld bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>the same weights, written out</source>
        <translation>dieselben Gewichte, ausgeschrieben</translation>
    </message>
    <message>
        <source>HTTPRoute %1 also routes %2; it is left alone.</source>
        <translation>HTTPRoute %1 routet auch %2; sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>DestinationRule %1 has a subset named %2 that does not select version=%2; rename it or give it the label, then try again.</source>
        <translation>DestinationRule %1 hat ein Subset namens %2, das nicht version=%2 wählt; benennen Sie es um oder geben Sie ihm das Label, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Adds subset(s) %1 (selector version=&lt;name&gt;); keeps every other subset and the traffic policy.</source>
        <translation>Fügt Subset(s) %1 hinzu (Selektor version=&lt;Name&gt;); behält jedes andere Subset und die Traffic-Policy.</translation>
    </message>
    <message>
        <source>Creates a DestinationRule with one subset per version.</source>
        <translation>Legt eine DestinationRule mit einem Subset je Version an.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 0 % → %2</source>
        <translation>%1 0 % → %2</translation>
    </message>
    <message>
        <source>%1 has no pods with a version label, so there are no versions to split traffic between.</source>
        <translation>%1 hat keine Pods mit version-Label, es gibt also keine Versionen, zwischen denen Traffic aufgeteilt werden könnte.</translation>
    </message>
    <message>
        <source>Unknown version %1: %2 has %3.</source>
        <translation>Unbekannte Version %1: %2 hat %3.</translation>
    </message>
    <message>
        <source>Version %1 has no pods; traffic sent to it would fail (503).</source>
        <translation>Version %1 hat keine Pods; Traffic an sie würde scheitern (503).</translation>
    </message>
    <message>
        <source>Unknown version %1 to mirror to: %2 has %3.</source>
        <translation>Unbekannte Version %1 als Spiegelziel: %2 hat %3.</translation>
    </message>
    <message>
        <source>Version %1 has no pods to receive mirrored traffic.</source>
        <translation>Version %1 hat keine Pods, die gespiegelten Traffic empfangen könnten.</translation>
    </message>
    <message>
        <source>The mirror percentage must be 0 to 100.</source>
        <translation>Der Spiegel-Prozentsatz muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>mirrors %1 % of the requests to %2</source>
        <translation>spiegelt %1 % der Anfragen an %2</translation>
    </message>
    <message>
        <source>stops mirroring to %1</source>
        <translation>spiegelt nicht mehr an %1</translation>
    </message>
    <message>
        <source>Adds a default %1 route: %2.</source>
        <translation>Fügt eine %1-Standardroute hinzu: %2.</translation>
    </message>
    <message>
        <source>Default %1 route (route %2 of %3): %4. Every other route, match, timeout, retry, fault, header rule and field stays as it is.</source>
        <translation>%1-Standardroute (Route %2 von %3): %4. Jede andere Route, jeder Match, Timeout, Retry, Fehler, jede Header-Regel und jedes Feld bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Creates a VirtualService for %1 with one %2 route: %3.</source>
        <translation>Legt für %1 einen VirtualService mit einer %2-Route an: %3.</translation>
    </message>
    <message>
        <source>VirtualService %1 also routes %2, but Istio uses the oldest one (%3); it is left alone.</source>
        <translation>VirtualService %1 routet auch %2, aber Istio verwendet den ältesten (%3); er bleibt unverändert.</translation>
    </message>
    <message>
        <source>VirtualService %1 routes %2 for its gateways only; it is left alone.</source>
        <translation>VirtualService %1 routet %2 nur für seine Gateways; er bleibt unverändert.</translation>
    </message>
    <message>
        <source>Both VirtualService %1 and HTTPRoute %2 route %3; remove one of them first, so that it is clear which one the mesh follows.</source>
        <translation>Sowohl VirtualService %1 als auch HTTPRoute %2 routen %3; entfernen Sie zuerst eines davon, damit klar ist, welchem das Mesh folgt.</translation>
    </message>
</context>
<context>
    <name>meshscope::traffic::TrafficChange</name>
    <message>
        <source>There is nothing to write.</source>
        <translation>Es gibt nichts zu schreiben.</translation>
    </message>
    <message>
        <source>That change was made on another cluster (%1); connect to it to undo it.</source>
        <translation>Diese Änderung wurde auf einem anderen Cluster gemacht (%1); verbinden Sie sich damit, um sie rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The cluster does not serve %1.%2 any more.</source>
        <translation>Der Cluster bietet %1.%2 nicht mehr an.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source> (as reviewed)</source>
        <translation> (wie geprüft)</translation>
    </message>
    <message>
        <source> (live now)</source>
        <translation> (jetzt live)</translation>
    </message>
</context>
</TS>
