#include "httpclient.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

namespace meshscope {

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_manager(newManager())
{ }

HttpClient::~HttpClient() = default;

QNetworkAccessManager* HttpClient::newManager()
{
    auto* manager = new QNetworkAccessManager(this);
    // Redirects across hosts would carry credentials along; Kubernetes and Prometheus don't need them.
    manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    if (m_proxy)
        manager->setProxy(*m_proxy);
    return manager;
}

void HttpClient::setProxy(const QNetworkProxy& proxy)
{
    m_proxy = std::make_unique<QNetworkProxy>(proxy);
    m_manager->setProxy(proxy);
    for (const StreamManager& stream : std::as_const(m_streamManagers))
        stream.manager->setProxy(proxy);
}

QNetworkAccessManager* HttpClient::streamManager()
{
    for (const StreamManager& stream : std::as_const(m_streamManagers)) {
        if (stream.active < streamsPerManager)
            return stream.manager;
    }
    m_streamManagers.append({ newManager(), 0 });
    return m_streamManagers.last().manager;
}

QPointer<QNetworkReply> HttpClient::send(const HttpRequest& request, QObject* context, Done done)
{
    return start(request, context, {}, std::move(done));
}

QPointer<QNetworkReply> HttpClient::stream(const HttpRequest& request, QObject* context, Data onData, Done done)
{
    return start(request, context, std::move(onData), std::move(done));
}

QPointer<QNetworkReply> HttpClient::start(const HttpRequest& request, QObject* context, Data onData, Done done)
{
    QNetworkRequest req(request.url);
    for (const auto& [name, value] : request.headers)
        req.setRawHeader(name, value);
    if (request.ssl)
        req.setSslConfiguration(*request.ssl);
    if (!request.peerVerifyName.isEmpty())
        req.setPeerVerifyName(request.peerVerifyName);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // HTTP/2 multiplexing would let one slow watch hold up unrelated calls on the same connection.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    const bool streaming = bool(onData);
    QNetworkAccessManager* manager = streaming ? streamManager() : m_manager;
    QNetworkReply* reply = nullptr;
    if (request.body.isEmpty() && (request.method == "GET" || request.method == "DELETE"))
        reply = manager->sendCustomRequest(req, request.method);
    else
        reply = manager->sendCustomRequest(req, request.method, request.body);
    if (streaming) {
        // Count the stream against its manager until the reply is gone.
        const auto countOn = [this, manager](int delta) {
            for (StreamManager& stream : m_streamManagers) {
                if (stream.manager == manager)
                    stream.active += delta;
            }
        };
        countOn(+1);
        connect(reply, &QObject::destroyed, this, [countOn] { countOn(-1); });
    }

    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(request.timeout);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start();

    QPointer<QObject> guard(context);
    if (streaming) {
        connect(reply, &QNetworkReply::readyRead, context, [reply, timer, onData, guard] {
            timer->start(); // idle timeout: any data resets it
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300 && guard && reply->isOpen())
                onData(reply->readAll());
        });
    }
    connect(reply, &QNetworkReply::finished, context, [reply, timedOut, done, guard] {
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // An aborted reply is already closed; reading it would only print a warning.
        if (reply->isOpen())
            response.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        response.networkError = reply->error();
        response.timedOut = *timedOut;
        response.aborted = !*timedOut && reply->error() == QNetworkReply::OperationCanceledError;
        if (!response.gotResponse() || response.timedOut)
            response.errorString = response.timedOut ? HttpClient::tr("timed out") : reply->errorString();
        reply->deleteLater();
        if (guard)
            done(response);
    });
    return reply;
}

} // namespace meshscope
