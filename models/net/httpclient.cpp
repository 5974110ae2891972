#include "httpclient.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>
#include <mutex>
#include <openssl/crypto.h>

namespace meshscope {

namespace {

// Qt runs HTTPS on its own network thread, whose OpenSSL per-thread state is freed by a thread-exit handler that
// can run after QThread::wait() has returned. If OpenSSL's exit-time cleanup runs first, that handler frees the
// state a second time (a crash at exit) or the state is reported as leaked. Leaving OpenSSL's globals to the
// operating system at exit, as most long-lived TLS clients do, removes the race. It only takes effect before
// OpenSSL's first initialisation, which Qt does lazily on the first TLS connection: so before any manager exists.
void keepOpenSslUntilExit()
{
    static std::once_flag once;
    std::call_once(once, [] { OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr); });
}

} // namespace

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
{
    keepOpenSslUntilExit();
    m_manager = newManager();
}

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
    req.setMaximumRedirectsAllowed(HttpRequest::maxRedirects);
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

    // A body past the limit (announced, or still arriving) is not read any further. The reply's own buffer is
    // kept small, so Qt's network thread stops reading until we have taken what it holds: memory stays bounded by
    // the limit even when the server sends faster than the event loop runs.
    auto tooLarge = std::make_shared<bool>(false);
    auto received = std::make_shared<QByteArray>();
    if (!streaming) {
        const qint64 limit = request.maxBodyBytes;
        reply->setReadBufferSize(1 << 20);
        const auto tooMuch = [reply, tooLarge](qint64 size, qint64 max) {
            if (*tooLarge || max <= 0 || size <= max)
                return false;
            *tooLarge = true;
            reply->abort();
            return true;
        };
        connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, tooMuch, limit] {
            tooMuch(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), limit);
        });
        connect(reply, &QNetworkReply::readyRead, reply, [reply, received, tooMuch, limit] {
            if (!reply->isOpen())
                return;
            received->append(reply->readAll());
            if (tooMuch(received->size(), limit))
                received->clear();
        });
    }

    QPointer<QObject> guard(context);
    if (streaming) {
        connect(reply, &QNetworkReply::readyRead, context, [reply, timer, onData, guard] {
            timer->start(); // idle timeout: any data resets it
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300 && guard && reply->isOpen())
                onData(reply->readAll());
        });
    }
    const qint64 limit = request.maxBodyBytes;
    connect(reply, &QNetworkReply::finished, context, [reply, timedOut, tooLarge, received, limit, done, guard] {
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // An aborted reply is already closed; reading it would only print a warning.
        if (!*tooLarge) {
            response.body = std::move(*received);
            if (reply->isOpen())
                response.body += reply->readAll();
        }
        for (const auto& [name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        response.networkError = reply->error();
        response.timedOut = *timedOut;
        response.tooLarge = *tooLarge;
        response.tooManyRedirects = reply->error() == QNetworkReply::TooManyRedirectsError;
        response.aborted = !*timedOut && !*tooLarge && reply->error() == QNetworkReply::OperationCanceledError;
        if (response.tooLarge)
            response.errorString = HttpClient::tr("the response is larger than %1 MB; it was not read to its end")
                                       .arg(double(limit) / (1024 * 1024), 0, 'g', 4);
        else if (response.tooManyRedirects)
            response.errorString
                = HttpClient::tr("more than %1 redirects (a redirect loop?)").arg(HttpRequest::maxRedirects);
        else if (!response.gotResponse() || response.timedOut)
            response.errorString = response.timedOut ? HttpClient::tr("timed out") : reply->errorString();
        else if (response.networkError != QNetworkReply::NoError && response.status >= 200 && response.status < 300)
            // A 2xx whose body broke off (connection closed before Content-Length): not a success.
            response.errorString = HttpClient::tr("the response broke off: %1").arg(reply->errorString());
        reply->deleteLater();
        if (guard)
            done(response);
    });
    return reply;
}

} // namespace meshscope
