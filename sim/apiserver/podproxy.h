// What answers /api/v1/namespaces/{ns}/pods/{pod}:{port}/proxy/{path} (and the services/{svc}:{port}/proxy/
// variant, resolved by the API server to a pod of the service): one handler per container port,
// e.g. 15000 (Envoy admin) and 15014 (istiod debug).
#pragma once

#include "sim/http/httpmessage.h"

#include <QHash>
#include <functional>
#include <optional>

namespace meshscope::sim {

using PodProxyHandler = std::function<SimHttpReply(const QString& ns, const QString& pod, int port, const QString& path,
    const QUrlQuery& query, const QByteArray& method)>;

class PodProxyRegistry
{
public:
    void setHandler(int port, PodProxyHandler handler);
    bool hasHandler(int port) const { return m_handlers.contains(port); }
    // nullopt when nothing listens on that port.
    std::optional<SimHttpReply> dispatch(const QString& ns, const QString& pod, int port, const QString& path,
        const QUrlQuery& query, const QByteArray& method = "GET") const;

private:
    QHash<int, PodProxyHandler> m_handlers;
};

} // namespace meshscope::sim
