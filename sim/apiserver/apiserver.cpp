#include "sim/apiserver/apiserver.h"

#include "sim/http/httpserver.h"
#include "sim/store/objectstore.h"

namespace meshscope::sim {

ApiServer::ApiServer(ObjectStore& store, PodProxyRegistry& podProxy, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_podProxy(podProxy)
{ }

ApiServer::~ApiServer() = default;

int ApiServer::dropWatches()
{
    return 0;
}

void ApiServer::handle(const SimHttpRequest& request, HttpConnection* connection)
{
    Q_UNUSED(request);
    connection->reply(SimHttpReply::json(
        R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404})",
        404));
}

} // namespace meshscope::sim
