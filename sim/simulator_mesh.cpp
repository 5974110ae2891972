// The mesh side of the simulator (owned by sim-mesh): the traffic model and /metrics, the service fault and
// STALE-proxy knobs on the admin URL, and the istiod (15014) and Envoy admin (15000) responders behind the
// pod proxy. See sim/README.md, "Traffic and faults".
#include "sim/mesh/meshruntime.h"
#include "sim/pki/pki.h"
#include "sim/simulator.h"

#include <QCommandLineParser>

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
    if (m_commandLine) {
        for (const QString& spec : m_commandLine->values(QStringLiteral("service-fault"))) {
            QString error;
            if (!mesh->traffic().faults().applySpec(spec, &error))
                qWarning("meshscope-sim: ignoring --service-fault: %s", qPrintable(error));
        }
    }
    QString error;
    if (const std::optional<SimPki> pki = SimPki::generate(&error))
        mesh->setCertificates(pki->server.certificate + pki->ca.certificate, pki->ca.certificate);
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
    m_podProxy.setHandler(
        15000, [mesh](const QString& ns, const QString& pod, int, const QString& path, const QUrlQuery& query) {
            return mesh->envoyAdmin(ns, pod, path, query);
        });
    m_podProxy.setHandler(
        15014, [mesh](const QString& ns, const QString& pod, int, const QString& path, const QUrlQuery& query) {
            return mesh->istiodDebug(ns, pod, path, query);
        });
    if (m_commandLine)
        mesh->makeStale(m_commandLine->value(QStringLiteral("stale-proxies")).toInt());
    mesh->traffic().start();
}

} // namespace meshscope::sim
