#include "kubeapi.h"

#include "execcredential.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslKey>
#include <QTimer>

namespace meshscope {
namespace {

// Texts outside QObject classes; lupdate files them under this context (it does not see through a
// plain tr() wrapper, so a wrapper's strings were catalogued under another context and never translated).
struct KubeApiText
{
    Q_DECLARE_TR_FUNCTIONS(KubeApi)
};

std::optional<QSslKey> readKey(const QByteArray& pem)
{
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return std::nullopt;
}

// Sets a client certificate on ssl; returns an error text (no key material) on failure.
QString setClientCertificate(QSslConfiguration& ssl, const QByteArray& certPem, const QByteArray& keyPem)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty())
        return KubeApiText::tr("The client certificate is not a PEM certificate");
    const auto key = readKey(keyPem);
    if (!key)
        return KubeApiText::tr("The client key is not a PEM private key (RSA, EC or DSA)");
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(*key);
    return {};
}

} // namespace

void KubeCall::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

KubeApi::KubeApi(const KubeconfigSelection& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_http(new HttpClient(this))
    , m_baseSsl(QSslConfiguration::defaultConfiguration())
{
    const KubeClusterConfig& cluster = m_config.cluster;
    if (!cluster.certificateAuthorityData.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromData(cluster.certificateAuthorityData, QSsl::Pem);
        if (cas.isEmpty())
            m_setupError = tr("The certificate authority of cluster \"%1\" is not a PEM certificate").arg(cluster.name);
        m_baseSsl.setCaCertificates(cas); // like kubectl: only this CA, not the system ones
    }
    if (cluster.insecureSkipTlsVerify)
        m_baseSsl.setPeerVerifyMode(QSslSocket::VerifyNone);
    const KubeUserConfig& user = m_config.user;
    if (!user.clientCertificateData.isEmpty() && m_setupError.isEmpty())
        m_setupError = setClientCertificate(m_baseSsl, user.clientCertificateData, user.clientKeyData);
    if (!cluster.proxyUrl.isEmpty())
        m_http->setProxy(proxyFor(cluster.proxyUrl));
    if (!user.tokenFile.isEmpty())
        m_tokenFile = TokenFile(user.tokenFile, user.token);
    if (user.exec) {
        m_exec = new ExecCredentialProvider(*user.exec, cluster, this);
        connect(m_exec, &ExecCredentialProvider::running, this,
            [this](bool running) { emit credentialPluginRunning(m_exec->command(), running); });
    }
}

KubeApi::~KubeApi() = default;

QNetworkProxy KubeApi::proxyFor(const QUrl& proxyUrl)
{
    // Go's net/http: a proxy URL without a port uses its scheme's default port.
    const QString scheme = proxyUrl.scheme().toLower();
    const bool socks = scheme.startsWith(QLatin1String("socks"));
    const int defaultPort = socks ? 1080 : scheme == QLatin1String("https") ? 443 : 80;
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, proxyUrl.host(),
        quint16(proxyUrl.port(defaultPort)), proxyUrl.userName(), proxyUrl.password());
}

QUrl KubeApi::url(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_config.cluster.server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

void KubeApi::withCredentials(QObject* context, std::function<void(const Credentials&)> then)
{
    Credentials credentials;
    credentials.ssl = m_baseSsl;
    credentials.error = m_setupError;
    const KubeUserConfig& user = m_config.user;
    const QByteArray token = m_tokenFile.isSet() ? m_tokenFile.token() : user.token;
    if (!token.isEmpty())
        credentials.authorization = "Bearer " + token;
    else if (!user.username.isEmpty())
        credentials.authorization = "Basic " + (user.username + QLatin1Char(':') + user.password).toUtf8().toBase64();
    if (!m_exec || !credentials.error.isEmpty()) {
        then(credentials);
        return;
    }
    m_exec->credential(context, [credentials, then](const ExecCredential& exec) mutable {
        if (!exec.ok())
            credentials.error = exec.error;
        else if (!exec.token.isEmpty())
            credentials.authorization = "Bearer " + exec.token;
        if (exec.ok() && !exec.clientCertificateData.isEmpty())
            credentials.error = setClientCertificate(credentials.ssl, exec.clientCertificateData, exec.clientKeyData);
        then(credentials);
    });
}

void KubeApi::invalidateCredentials()
{
    if (m_exec)
        m_exec->invalidate();
    m_tokenFile.invalidate();
}

KubeCallHandle KubeApi::send(const KubeRequest& request, QObject* context, Done done)
{
    return start(request, context, {}, {}, std::move(done));
}

KubeCallHandle KubeApi::stream(
    const KubeRequest& request, QObject* context, std::function<void()> onOpen, Data onData, Done done)
{
    return start(request, context, std::move(onOpen), std::move(onData), std::move(done));
}

KubeCallHandle KubeApi::start(
    const KubeRequest& request, QObject* context, std::function<void()> onOpen, Data onData, Done done)
{
    auto call = std::make_shared<KubeCall>();
    // Every answer that is an error names who gave it.
    Done named = [done = std::move(done), origin = origin()](const HttpResponse& response) {
        if (response.aborted || (!response.failedInTransit() && response.status < 400))
            return done(response);
        HttpResponse withOrigin = response;
        withOrigin.origin = origin;
        done(withOrigin);
    };
    dispatch(call, request, context, std::move(onOpen), std::move(onData), std::move(named), false, 0,
        QDeadlineTimer(request.timeout));
    return call;
}

QString KubeApi::origin() const
{
    return tr("%1, context %2")
        .arg(m_config.cluster.server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), m_config.context);
}

void KubeApi::dispatch(const KubeCallHandle& call, const KubeRequest& request, QObject* context,
    std::function<void()> onOpen, Data onData, Done done, bool credentialsRefreshed, int attempt,
    QDeadlineTimer deadline)
{
    QPointer<QObject> guard(context);
    withCredentials(this, [=, this](const Credentials& credentials) {
        if (!guard)
            return;
        if (call->isCancelled()) {
            HttpResponse aborted;
            aborted.aborted = true;
            aborted.networkError = QNetworkReply::OperationCanceledError;
            aborted.errorString = tr("cancelled");
            done(aborted);
            return;
        }
        if (!credentials.error.isEmpty()) {
            HttpResponse failed;
            failed.networkError = QNetworkReply::AuthenticationRequiredError;
            failed.errorString = credentials.error;
            done(failed);
            return;
        }
        HttpRequest http;
        http.method = request.method;
        http.url = url(request.path, request.query);
        http.body = request.body;
        // Retries share the request's time: the whole exchange stays within its timeout.
        http.timeout
            = onData ? request.timeout : std::chrono::milliseconds(qMax<qint64>(1000, deadline.remainingTime()));
        http.maxBodyBytes = m_maxBodyBytes;
        http.ssl = credentials.ssl;
        http.peerVerifyName = m_config.cluster.tlsServerName;
        http.headers.append(std::pair<QByteArray, QByteArray>("Accept", "application/json"));
        if (!request.contentType.isEmpty())
            http.headers.append(std::pair<QByteArray, QByteArray>(QByteArray("Content-Type"), request.contentType));
        if (!credentials.authorization.isEmpty())
            http.headers.append(
                std::pair<QByteArray, QByteArray>(QByteArray("Authorization"), credentials.authorization));
        http.headers.append(std::pair<QByteArray, QByteArray>("User-Agent", "meshscope"));
        // A 401 with an exec plugin or a tokenFile means the credential expired early: run the plugin or read
        // the file once more.
        auto finished = [=, this](const HttpResponse& response) {
            if (call->isCancelled())
                return done(response);
            if (response.status == 401 && (m_exec || m_tokenFile.isSet()) && !credentialsRefreshed) {
                invalidateCredentials();
                dispatch(call, request, guard, onOpen, onData, done, true, attempt, deadline);
                return;
            }
            // client-go's rule: the server asked to come back later (429, or a 5xx with Retry-After).
            const QByteArray retryAfter = response.header("retry-after");
            const bool askedToRetry = response.status == 429 || (response.status >= 500 && !retryAfter.isEmpty());
            if (!onData && askedToRetry && attempt < request.maxRetries) {
                int waitMs = retryAfterMs(retryAfter, QDateTime::currentDateTimeUtc());
                if (waitMs < 0)
                    waitMs = 1000; // client-go's default when the header is missing or unreadable
                if (waitMs + 1000 < deadline.remainingTime()) {
                    QTimer::singleShot(waitMs, this, [=, this] {
                        if (!guard)
                            return;
                        if (call->isCancelled()) {
                            HttpResponse aborted;
                            aborted.aborted = true;
                            aborted.networkError = QNetworkReply::OperationCanceledError;
                            return done(aborted);
                        }
                        dispatch(
                            call, request, guard, onOpen, onData, done, credentialsRefreshed, attempt + 1, deadline);
                    });
                    return;
                }
            }
            if (attempt > 0 && askedToRetry) {
                HttpResponse gaveUp = response;
                gaveUp.retries = attempt;
                gaveUp.retriedFor = request.timeout - std::chrono::milliseconds(deadline.remainingTime());
                return done(gaveUp);
            }
            done(response);
        };
        if (onData) {
            call->m_reply = m_http->stream(http, guard, onData, finished);
            if (onOpen && call->m_reply) {
                QNetworkReply* reply = call->m_reply;
                connect(reply, &QNetworkReply::metaDataChanged, guard, [reply, onOpen] {
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    if (status >= 200 && status < 300)
                        onOpen();
                });
            }
        } else {
            call->m_reply = m_http->send(http, guard, finished);
        }
    });
}

QString KubeApi::statusReason(const HttpResponse& response)
{
    const QJsonObject status = QJsonDocument::fromJson(response.body).object();
    if (status.value(QLatin1String("kind")).toString() != QLatin1String("Status"))
        return {};
    return status.value(QLatin1String("reason")).toString();
}

int KubeApi::retryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? int(qMin<qint64>(seconds, 24 * 3600) * 1000) : -1;
    // An HTTP date (RFC 9110 IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT"); a date in the past means now.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")))
        date.replace(date.size() - 3, 3, QStringLiteral("+0000"));
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(qBound(qint64(0), now.msecsTo(at), qint64(24 * 3600 * 1000)));
}

QString KubeApi::errorMessage(const HttpResponse& response)
{
    QString message = bareErrorMessage(response);
    if (!response.origin.isEmpty())
        message += QStringLiteral(" (") + response.origin + QLatin1Char(')');
    return message;
}

QString KubeApi::bareErrorMessage(const HttpResponse& response)
{
    if (response.failedInTransit())
        return response.errorString.isEmpty() ? tr("no response") : response.errorString;
    const QJsonObject status = QJsonDocument::fromJson(response.body).object();
    QString message = status.value(QLatin1String("message")).toString();
    // Throttled (or unavailable) on every attempt: say so, and how hard we tried, not only the last reply.
    const QString seconds = QString::number(double(response.retriedFor.count()) / 1000.0, 'f', 1);
    QString what;
    if (response.status == 429 && response.retries > 0)
        what = tr("The API server rate limited the request (HTTP 429) and still did after %n retries over %1 s", "",
            response.retries)
                   .arg(seconds);
    else if (response.status == 429)
        what = tr("The API server rate limited the request (HTTP 429)");
    else if (response.retries > 0)
        what = tr(
            "The API server was unavailable (HTTP %1) and still was after %n retries over %2 s", "", response.retries)
                   .arg(response.status)
                   .arg(seconds);
    if (!what.isEmpty())
        return message.isEmpty() ? what : what + QStringLiteral(": ") + message;
    if (message.isEmpty()) {
        switch (response.status) {
        case 401:
            message = tr("Unauthorized: the cluster did not accept the credentials");
            break;
        case 403:
            message = tr("Forbidden");
            break;
        case 404:
            message = tr("Not found");
            break;
        case 429:
            message = tr("Too many requests");
            break;
        default:
            message = tr("HTTP status %1").arg(response.status);
        }
    }
    return message;
}

} // namespace meshscope
