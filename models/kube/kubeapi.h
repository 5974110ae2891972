#pragma once

#include "kubeconfig.h"
#include "models/net/httpclient.h"
#include "tokenfile.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <memory>

namespace meshscope {

class ExecCredentialProvider;
struct ExecCredential;

// A request in flight; cancel() aborts it whether it is still waiting for credentials or already on the wire.
class KubeCall
{
public:
    void cancel();
    bool isCancelled() const { return m_cancelled; }

private:
    friend class KubeApi;
    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;
};
using KubeCallHandle = std::shared_ptr<KubeCall>;

// One Kubernetes request, relative to the cluster's server URL.
struct KubeRequest
{
    QByteArray method = "GET";
    QString path; // e.g. /api/v1/namespaces/default/pods
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // e.g. application/merge-patch+json
    std::chrono::milliseconds timeout { 30000 }; // whole exchange; for watches the longest silence
    // Like client-go: a 429 or 5xx with Retry-After is sent again after the wait the server asks for, at most
    // this often and never past the timeout. Watches are retried by their informer instead.
    int maxRetries = 10;
};

// The authenticated transport to one cluster: TLS (CA, client certificate, tls-server-name, insecure), proxy-url,
// bearer token, basic auth and exec plugins (re-run once on 401). Everything is asynchronous; callbacks run on
// the owner thread and are dropped when their context object is gone.
class KubeApi : public QObject
{
    Q_OBJECT
public:
    explicit KubeApi(const KubeconfigSelection& config, QObject* parent = nullptr);
    ~KubeApi() override;

    const KubeconfigSelection& config() const { return m_config; }
    // A user-facing problem with the TLS material (unreadable CA or key); requests fail with it.
    QString setupError() const { return m_setupError; }

    using Done = HttpClient::Done;
    using Data = HttpClient::Data;

    KubeCallHandle send(const KubeRequest& request, QObject* context, Done done);
    // A streaming GET (watch). onOpen runs when response headers with a 2xx status arrive.
    KubeCallHandle stream(
        const KubeRequest& request, QObject* context, std::function<void()> onOpen, Data onData, Done done);

    QUrl url(const QString& path, const QUrlQuery& query = {}) const;

    // The message of a Kubernetes Status body, else the HTTP/transport error, with the server and context that
    // answered ("Unauthorized (https://10.0.0.1:6443, context prod)"). Never contains credentials.
    static QString errorMessage(const HttpResponse& response);
    // Retry-After in seconds or as an HTTP date, in milliseconds from now (at most a day); -1 when unreadable.
    static int retryAfterMs(const QByteArray& value, const QDateTime& now);
    // "https://10.0.0.1:6443, context prod": what error messages name.
    QString origin() const;
    // Bodies larger than this are not read (HttpRequest::maxBodyBytes); lists of a large cluster fit easily.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // The Status reason ("Conflict", "Expired", "Forbidden", …) of an error body, empty if none.
    static QString statusReason(const HttpResponse& response);

    // The transport (with the kubeconfig's proxy-url) and the current credentials (after any exec plugin), for
    // clients that reach cluster services through the API server proxy themselves (PromClient). Never log them.
    HttpClient* http() const { return m_http; }
    struct Credentials
    {
        QByteArray authorization; // the Authorization header value, or empty
        QSslConfiguration ssl;
        QString error;
    };
    void withCredentials(QObject* context, std::function<void(const Credentials&)> then);
    // After a 401 elsewhere (PromClient through the service proxy): the next withCredentials() runs the exec
    // plugin again instead of using its cached token, and reads the tokenFile again.
    void invalidateCredentials();
    // Static proxy-url → Qt proxy: http (default port 80), https (443), socks5/socks5h (1080).
    static QNetworkProxy proxyFor(const QUrl& proxyUrl);

signals:
    // The exec credential plugin (command) has started or ended: while it runs, requests wait for it.
    void credentialPluginRunning(const QString& command, bool running);

private:
    KubeCallHandle start(
        const KubeRequest& request, QObject* context, std::function<void()> onOpen, Data onData, Done done);
    static QString bareErrorMessage(const HttpResponse& response);
    // attempt: how many times this request was sent already; credentialsRefreshed: after a 401, once.
    void dispatch(const KubeCallHandle& call, const KubeRequest& request, QObject* context,
        std::function<void()> onOpen, Data onData, Done done, bool credentialsRefreshed, int attempt,
        QDeadlineTimer deadline);

    KubeconfigSelection m_config;
    HttpClient* m_http;
    QSslConfiguration m_baseSsl;
    QString m_setupError;
    ExecCredentialProvider* m_exec = nullptr;
    TokenFile m_tokenFile;
    qint64 m_maxBodyBytes = HttpRequest::defaultMaxBodyBytes;
};

} // namespace meshscope
