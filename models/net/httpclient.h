#pragma once

#include <QByteArray>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkProxy;

namespace meshscope {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // For send(): the whole exchange. For stream(): the longest silence between two chunks.
    std::chrono::milliseconds timeout { 30000 };
    std::optional<QSslConfiguration> ssl; // CA, client certificate, verification mode
    QString peerVerifyName; // kubeconfig tls-server-name
    // For send(): a body larger than this is not read to its end (the reply is aborted, tooLarge is set), so a
    // server that never stops sending cannot exhaust the memory. 0: no limit. Streams hand their data on and are
    // bounded by their consumer.
    qint64 maxBodyBytes = defaultMaxBodyBytes;
    static constexpr qint64 defaultMaxBodyBytes = 512LL * 1024 * 1024;
    // Redirects followed within the same origin (curl and Go stop at 10 as well); then tooManyRedirects.
    static constexpr int maxRedirects = 10;
};

struct HttpResponse
{
    int status = 0; // HTTP status code; 0 when no response arrived
    QByteArray body; // for stream(): only what was not handed to onData
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; // transport error text, empty when a response arrived
    bool timedOut = false;
    bool aborted = false; // cancelled by the caller
    bool tooLarge = false; // the body passed HttpRequest::maxBodyBytes and was not read to its end
    bool tooManyRedirects = false;
    // Who answered (server URL and context), appended to error messages by the layer that knows it (KubeApi).
    QString origin;
    // Set by a layer that retries (KubeApi on 429): how often this request was sent again, and for how long,
    // before this answer was taken as final.
    int retries = 0;
    std::chrono::milliseconds retriedFor { 0 };

    bool ok() const { return networkError == QNetworkReply::NoError && status >= 200 && status < 300; }
    bool gotResponse() const { return status != 0; }
    // No usable answer arrived: no response, a timeout, a body past the limit or broken off, a redirect loop.
    bool failedInTransit() const { return !gotResponse() || !errorString.isEmpty(); }
    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

// One QNetworkAccessManager with timeouts and context-guarded callbacks. Callbacks run on the GUI (owner)
// thread and are dropped when their context object has been destroyed, so a closed page never receives
// a late reply. Every reply is deleted after its callback.
//
// Qt opens at most 6 connections per host and manager. Long-lived streams (Kubernetes watches, one per resource
// kind) would take all of them and queue every other request forever, so streams run on extra managers, at most
// streamsPerManager each, and send() always has the main manager's connections to itself.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    QNetworkAccessManager* manager() const { return m_manager; }
    // Applies to the main manager and every stream manager (kubeconfig proxy-url).
    void setProxy(const QNetworkProxy& proxy);
    int streamManagerCount() const { return int(m_streamManagers.size()); }
    static constexpr int streamsPerManager = 5;

    using Done = std::function<void(const HttpResponse&)>;
    using Data = std::function<void(const QByteArray&)>;

    // Buffers the whole body (up to request.maxBodyBytes). Abort the returned reply to cancel (done is then called
    // with aborted=true).
    QPointer<QNetworkReply> send(const HttpRequest& request, QObject* context, Done done);

    // Hands the body to onData as it arrives (watch streams), then calls done when the stream ends.
    QPointer<QNetworkReply> stream(const HttpRequest& request, QObject* context, Data onData, Done done);

private:
    QPointer<QNetworkReply> start(const HttpRequest& request, QObject* context, Data onData, Done done);
    QNetworkAccessManager* newManager();
    QNetworkAccessManager* streamManager();

    std::unique_ptr<QNetworkProxy> m_proxy; // before m_manager: newManager() reads it
    QNetworkAccessManager* m_manager = nullptr;
    struct StreamManager
    {
        QNetworkAccessManager* manager;
        int active = 0;
    };
    QList<StreamManager> m_streamManagers;
};

} // namespace meshscope
