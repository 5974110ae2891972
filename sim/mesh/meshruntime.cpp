#include "meshruntime.h"

#include "sim/mesh/envoyadmin.h"
#include "sim/mesh/istioddebug.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meshscope::sim {

namespace {

SimHttpReply jsonReply(const QJsonValue& value, int status = 200)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return SimHttpReply::json(document.toJson(QJsonDocument::Indented), status);
}

SimHttpReply badRequest(const QString& message)
{
    return jsonReply(QJsonObject { { QStringLiteral("error"), message } }, 400);
}

// Parameters from the query string, or from a JSON object body.
QString parameter(const SimHttpRequest& request, const QString& name)
{
    if (request.query.hasQueryItem(name))
        return request.query.queryItemValue(name);
    const QJsonValue value = QJsonDocument::fromJson(request.body).object().value(name);
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

} // namespace

MeshRuntime::MeshRuntime(ConfigSource source, const TrafficOptions& options, QObject* parent)
    : QObject(parent)
    , m_traffic(new TrafficModel(std::move(source), options, this))
{
    m_context.traffic = m_traffic;
    m_context.xds = &m_xds;
}

void MeshRuntime::setCertificates(const QByteArray& workloadChainPem, const QByteArray& rootPem)
{
    m_context.workloadCertificatePem = workloadChainPem;
    m_context.rootCertificatePem = rootPem;
}

void MeshRuntime::objectChanged(const QString& group, const QString& resource)
{
    static const QStringList coreResources { QStringLiteral("pods"), QStringLiteral("services") };
    const bool routing
        = group.endsWith(QLatin1String("istio.io")) || group == QLatin1String("gateway.networking.k8s.io");
    if (group.isEmpty() ? coreResources.contains(resource) : routing) {
        m_traffic->markTopologyDirty();
        m_xds.noteChange();
    }
}

SimHttpReply MeshRuntime::metrics(const SimHttpRequest&)
{
    SimHttpReply reply = SimHttpReply::text(200, m_traffic->registry().exposition());
    reply.contentType = "text/plain; version=0.0.4; charset=utf-8";
    return reply;
}

SimHttpReply MeshRuntime::serviceFaults(const SimHttpRequest& request)
{
    ServiceFaults& faults = m_traffic->faults();
    const QString name = parameter(request, QStringLiteral("name"));
    const QString ns = parameter(request, QStringLiteral("namespace"));
    if (request.method == "POST" || request.method == "PUT") {
        if (name.isEmpty())
            return badRequest(QStringLiteral("name is required"));
        ServiceFault fault;
        bool ok = true;
        const QString errorRate = parameter(request, QStringLiteral("errorRate"));
        const QString delayMs = parameter(request, QStringLiteral("delayMs"));
        const QString code = parameter(request, QStringLiteral("code"));
        if (!errorRate.isEmpty())
            fault.errorRate = errorRate.toDouble(&ok);
        if (ok && !delayMs.isEmpty())
            fault.delayMs = delayMs.toInt(&ok);
        if (ok && !code.isEmpty())
            fault.errorCode = code.toInt(&ok);
        if (!ok || fault.errorRate < 0 || fault.errorRate > 1 || fault.delayMs < 0 || fault.errorCode < 100
            || fault.errorCode > 599)
            return badRequest(QStringLiteral("errorRate must be 0..1, delayMs >= 0, code 100..599"));
        faults.set(ns, name, fault);
    } else if (request.method == "DELETE") {
        if (name.isEmpty())
            faults.clearAll();
        else
            faults.clear(ns, name);
    } else if (request.method != "GET") {
        return badRequest(QStringLiteral("use GET, POST or DELETE"));
    }
    return jsonReply(faults.toJson());
}

SimHttpReply MeshRuntime::proxies(const SimHttpRequest&)
{
    const std::shared_ptr<const MeshTopology> topology = m_traffic->topologySnapshot();
    QJsonArray list;
    for (const MeshPod* pod : connectedProxies(*topology)) {
        const QString proxy = pod->name + QLatin1Char('.') + pod->ns;
        list.append(
            QJsonObject { { QStringLiteral("proxy"), proxy }, { QStringLiteral("stale"), m_xds.isStale(proxy) } });
    }
    return jsonReply(list);
}

QStringList MeshRuntime::proxyKeys()
{
    QStringList keys;
    for (const MeshPod* pod : connectedProxies(*m_traffic->topologySnapshot()))
        keys.append(pod->name + QLatin1Char('.') + pod->ns);
    return keys;
}

void MeshRuntime::makeStale(int count)
{
    const std::shared_ptr<const MeshTopology> topology = m_traffic->topologySnapshot();
    for (const QString& proxy : proxyKeys()) {
        if (count <= 0)
            break;
        if (!proxy.endsWith(QLatin1String(".istio-system"))) {
            m_xds.markStale(proxy, topology);
            --count;
        }
    }
}

SimHttpReply MeshRuntime::staleProxies(const SimHttpRequest& request)
{
    const std::shared_ptr<const MeshTopology> topology = m_traffic->topologySnapshot();
    const QStringList known = proxyKeys();
    QStringList requested = request.query.allQueryItemValues(QStringLiteral("proxy"));
    if (requested.isEmpty() && !parameter(request, QStringLiteral("proxy")).isEmpty())
        requested.append(parameter(request, QStringLiteral("proxy")));
    for (const QString& proxy : requested) {
        if (!known.contains(proxy))
            return jsonReply(
                QJsonObject { { QStringLiteral("error"), QStringLiteral("unknown proxy %1").arg(proxy) } }, 404);
    }
    if (request.method == "POST" || request.method == "PUT") {
        const int count = parameter(request, QStringLiteral("count")).toInt();
        if (requested.isEmpty() && count <= 0)
            return badRequest(QStringLiteral("give proxy=pod.namespace or count=N"));
        for (const QString& proxy : requested)
            m_xds.markStale(proxy, topology);
        makeStale(count); // application sidecars, not the gateway
    } else if (request.method == "DELETE") {
        if (requested.isEmpty())
            m_xds.markAllSynced();
        for (const QString& proxy : requested)
            m_xds.markSynced(proxy);
    } else if (request.method != "GET") {
        return badRequest(QStringLiteral("use GET, POST or DELETE"));
    }
    return jsonReply(QJsonArray::fromStringList(m_xds.staleProxies()));
}

SimHttpReply MeshRuntime::envoyAdmin(
    const QString& ns, const QString& pod, const QString& path, const QUrlQuery& query, const QByteArray& method)
{
    return envoyAdminReply(m_context, ns, pod, path, query, method);
}

SimHttpReply MeshRuntime::istiodDebug(
    const QString& ns, const QString& pod, const QString& path, const QUrlQuery& query)
{
    return istiodDebugReply(m_context, ns, pod, path, query);
}

} // namespace meshscope::sim
