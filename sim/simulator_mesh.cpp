// The mesh side of the simulator (owned by sim-mesh): the traffic model and /metrics, the service fault and
// STALE-proxy knobs on the admin URL, and the istiod (15014) and Envoy admin (15000) responders behind the
// pod proxy. See sim/README.md, "Traffic and faults".
#include "sim/mesh/accesslog.h"
#include "sim/mesh/meshruntime.h"
#include "sim/pki/pki.h"
#include "sim/simulator.h"
#include "sim/traffic/backfill.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace meshscope::sim {

void Simulator::addMeshOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("backfill: write the last --hours of metrics as OpenMetrics to --out, then exit."),
        QStringLiteral("[backfill]"));
    using Option = QCommandLineOption;
    parser.addOptions({
        Option(QStringLiteral("traffic-rate"), QStringLiteral("Requests per second entering the mesh."),
            QStringLiteral("rps"), QStringLiteral("20")),
        Option(QStringLiteral("service-fault"),
            QStringLiteral("name[.namespace]:errorRate=R,delayMs=N,code=C (repeatable)."), QStringLiteral("spec")),
        Option(QStringLiteral("stale-proxies"), QStringLiteral("Start with this many proxies STALE against istiod."),
            QStringLiteral("n"), QStringLiteral("0")),
        Option(QStringLiteral("hours"), QStringLiteral("backfill: hours of history."), QStringLiteral("n"),
            QStringLiteral("1")),
        Option(QStringLiteral("step"), QStringLiteral("backfill: seconds between samples."), QStringLiteral("s"),
            QStringLiteral("30")),
        Option(
            QStringLiteral("out"), QStringLiteral("backfill: the OpenMetrics file to write."), QStringLiteral("file")),
        Option(QStringLiteral("end"), QStringLiteral("backfill: the history ends at this unix time (default: now)."),
            QStringLiteral("unix")),
        Option(QStringLiteral("from"), QStringLiteral("backfill: write only samples at or after this unix time."),
            QStringLiteral("unix")),
        Option(QStringLiteral("until"), QStringLiteral("backfill: write only samples before this unix time."),
            QStringLiteral("unix")),
        Option(QStringLiteral("history-hours"),
            QStringLiteral("Start with the counters of this many hours of traffic, as `backfill` with the same "
                           "--hours, --step and --traffic-rate writes them, so live metrics continue that history."),
            QStringLiteral("n")),
        Option(QStringLiteral("history-step"), QStringLiteral("The backfill --step of that history."),
            QStringLiteral("s"), QStringLiteral("30")),
        Option(QStringLiteral("history-end"), QStringLiteral("The backfill --end of that history (default: now)."),
            QStringLiteral("unix")),
        Option(QStringLiteral("history-out"),
            QStringLiteral("Also write that history's samples from --history-from on as OpenMetrics to this file "
                           "(before endpoints.json)."),
            QStringLiteral("file")),
        Option(QStringLiteral("history-from"), QStringLiteral("The first sample time --history-out writes."),
            QStringLiteral("unix")),
    });
}

void Simulator::attachMesh()
{
    TrafficOptions traffic;
    traffic.scenario = m_options.scenario;
    if (traffic.scenario != QLatin1String("bookinfo")) {
        traffic.bytesHistograms = false; // keeps /metrics of thousands of edges to a sensible size
        traffic.entryRate = 10;
    }
    if (m_commandLine && m_commandLine->isSet(QStringLiteral("traffic-rate")))
        traffic.entryRate = m_commandLine->value(QStringLiteral("traffic-rate")).toDouble();

    auto* mesh = new MeshRuntime(
        [this](const QString& group, const QString& resource) { return m_store.list(group, resource); }, traffic, this);
    // The history first, without the faults given for now: it is what `backfill` wrote.
    if (m_commandLine && m_commandLine->isSet(QStringLiteral("history-hours"))) {
        BackfillOptions history;
        history.traffic = traffic;
        history.hours = m_commandLine->value(QStringLiteral("history-hours")).toDouble();
        history.stepSeconds = m_commandLine->value(QStringLiteral("history-step")).toInt();
        if (m_commandLine->isSet(QStringLiteral("history-end")))
            history.end = QDateTime::fromSecsSinceEpoch(
                m_commandLine->value(QStringLiteral("history-end")).toLongLong(), Qt::UTC);
        const QString out = m_commandLine->value(QStringLiteral("history-out"));
        if (out.isEmpty()) {
            advanceThroughHistory(mesh->traffic(), history);
        } else {
            history.writeFrom = m_commandLine->value(QStringLiteral("history-from")).toLongLong();
            QSaveFile file(out);
            const BackfillResult result = file.open(QIODevice::WriteOnly)
                ? writeBackfill(mesh->traffic(), history, file)
                : BackfillResult { false, file.errorString(), 0, 0 };
            if (!result.ok || !file.commit())
                qWarning("meshscope-sim: --history-out %s: %s", qPrintable(out),
                    qPrintable(result.ok ? file.errorString() : result.error));
        }
    }
    // Access logs from live requests only (the history above is counted, not logged).
    auto logWriter = std::make_shared<AccessLogWriter>(m_podLogs);
    mesh->traffic().setRequestObserver([mesh, logWriter](const RequestSample& sample, const Call& call) {
        logWriter->request(mesh->traffic().topology(), sample, call);
    });
    if (m_commandLine) {
        for (const QString& spec : m_commandLine->values(QStringLiteral("service-fault"))) {
            QString error;
            if (!mesh->traffic().faults().applySpec(spec, &error))
                qWarning("meshscope-sim: ignoring --service-fault: %s", qPrintable(error));
        }
    }
    QString error;
    if (const std::optional<SimPki> pki = SimPki::generate(&error)) {
        mesh->setCertificates(pki->workload.certificate + pki->ca.certificate, pki->ca.certificate);
        // The mesh's root, as istiod publishes it in every namespace (the workloads' certificates chain to it).
        for (QJsonObject map : m_store.list(QString(), QStringLiteral("configmaps"))) {
            const QJsonObject meta = map.value(QStringLiteral("metadata")).toObject();
            if (meta.value(QStringLiteral("name")).toString() != QLatin1String("istio-ca-root-cert"))
                continue;
            map.insert(QStringLiteral("data"),
                QJsonObject { { QStringLiteral("root-cert.pem"), QString::fromLatin1(pki->ca.certificate) } });
            m_store.update(QString(), QStringLiteral("configmaps"), map);
        }
    }
    connect(&m_store, &ObjectStore::objectChanged, mesh,
        [mesh](const QString& group, const QString& resource, const QString&, const QJsonObject&) {
            mesh->objectChanged(group, resource);
        });

    addMetricsRoute(
        QStringLiteral("/metrics"), [mesh](const SimHttpRequest& request) { return mesh->metrics(request); });
    addAdminRoute(QStringLiteral("/faults/service"),
        [mesh](const SimHttpRequest& request) { return mesh->serviceFaults(request); });
    addAdminRoute(QStringLiteral("/proxies"), [mesh](const SimHttpRequest& request) { return mesh->proxies(request); });
    addAdminRoute(QStringLiteral("/proxies/stale"),
        [mesh](const SimHttpRequest& request) { return mesh->staleProxies(request); });
    m_podProxy.setHandler(15000,
        [mesh](const QString& ns, const QString& pod, int, const QString& path, const QUrlQuery& query,
            const QByteArray& method) { return mesh->envoyAdmin(ns, pod, path, query, method); });
    m_podProxy.setHandler(15014,
        [mesh](const QString& ns, const QString& pod, int, const QString& path, const QUrlQuery& query,
            const QByteArray&) { return mesh->istiodDebug(ns, pod, path, query); });
    if (m_commandLine)
        mesh->makeStale(m_commandLine->value(QStringLiteral("stale-proxies")).toInt());
    mesh->traffic().start();
}

} // namespace meshscope::sim
