// The request/reply pair every simulator HTTP handler sees. Shared by the Kubernetes API server, the pod
// proxy (istiod and Envoy responders) and the plain-HTTP metrics/admin endpoints.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <utility>

namespace meshscope::sim {

struct SimHttpRequest
{
    QByteArray method;
    QString path; // decoded path, no query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct SimHttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static SimHttpReply text(int status, const QByteArray& body)
    {
        SimHttpReply reply;
        reply.status = status;
        reply.contentType = "text/plain; charset=utf-8";
        reply.body = body;
        return reply;
    }
    static SimHttpReply json(const QByteArray& body, int status = 200)
    {
        SimHttpReply reply;
        reply.status = status;
        reply.body = body;
        return reply;
    }
};

} // namespace meshscope::sim
