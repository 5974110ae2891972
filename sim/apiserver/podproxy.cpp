#include "sim/apiserver/podproxy.h"

namespace meshscope::sim {

void PodProxyRegistry::setHandler(int port, PodProxyHandler handler)
{
    m_handlers.insert(port, std::move(handler));
}

std::optional<SimHttpReply> PodProxyRegistry::dispatch(const QString& ns, const QString& pod, int port,
    const QString& path, const QUrlQuery& query, const QByteArray& method) const
{
    const auto it = m_handlers.constFind(port);
    if (it == m_handlers.constEnd())
        return std::nullopt;
    return (*it)(ns, pod, port, path, query, method);
}

} // namespace meshscope::sim
