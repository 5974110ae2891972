#include "promclient.h"

#include "models/core/background.h"
#include "models/net/httpclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace meshscope {

namespace {

// Texts outside QObject classes; lupdate files them under this context (it does not see through a
// plain tr() wrapper, so a wrapper's strings were catalogued under another context and never translated).
struct PromClientText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::PromClient)
};

// application/x-www-form-urlencoded, with '+' (PromQL's addition, regex quantifier) escaped as %2B so that
// Prometheus does not read it as a space.
QByteArray formEncode(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray encoded;
    for (const auto& [name, value] : fields) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

// The URL as the user may see it: no user:password.
QString displayUrl(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

// A short excerpt of a non-Prometheus error body (a Kubernetes Status from the service proxy, a reverse proxy's
// text), so "503" comes with its reason.
QString bodyExcerpt(const QByteArray& body)
{
    const QJsonObject status = QJsonDocument::fromJson(body).object();
    QString text = status.value(QLatin1String("message")).toString();
    if (text.isEmpty() && !body.trimmed().startsWith('<'))
        text = QString::fromUtf8(body.left(300)).simplified();
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("…");
    return text;
}

QString httpErrorMessage(int status, const QUrl& url, const QByteArray& body)
{
    QString message;
    switch (status) {
    case 401:
    case 403:
        message = PromClientText::tr("Prometheus at %1 refused the credentials (HTTP %2).");
        break;
    case 404:
        message = PromClientText::tr("No Prometheus API at %1 (HTTP %2): check the URL and its path prefix.");
        break;
    case 502:
    case 503:
    case 504:
        message = PromClientText::tr("Prometheus at %1 is unavailable (HTTP %2).");
        break;
    default:
        message = PromClientText::tr("Prometheus at %1 answered HTTP %2.");
        break;
    }
    message = message.arg(displayUrl(url)).arg(status);
    const QString excerpt = bodyExcerpt(body);
    if (!excerpt.isEmpty())
        message += QLatin1Char(' ') + excerpt;
    return message;
}

// Whole sentences: the HTTP layer's errorString is a fragment ("timed out", "the response broke off: …") that
// reads wrongly after "sent" or "redirected".
PromResult transportFailure(
    const HttpResponse& response, const QUrl& configuredUrl, std::chrono::milliseconds timeout, qint64 maxBodyBytes)
{
    const QString url = displayUrl(configuredUrl);
    if (response.tooLarge)
        return PromResult::failure(QStringLiteral("too-large"),
            PromClientText::tr("Prometheus at %1 sent a response larger than %2 MB; it was not read to its end. Query "
                               "fewer namespaces or a shorter range, or raise the limit (--prometheus-max-body-mb).")
                .arg(url)
                .arg(double(maxBodyBytes) / (1024 * 1024), 0, 'g', 4));
    if (response.tooManyRedirects)
        return PromResult::failure(QStringLiteral("transport"),
            PromClientText::tr("Prometheus at %1 redirected the query more than %2 times (a redirect loop?); check the "
                               "URL and its path prefix.")
                .arg(url)
                .arg(HttpRequest::maxRedirects));
    if (response.timedOut)
        return PromResult::failure(QStringLiteral("timeout"),
            PromClientText::tr("Prometheus at %1 did not answer within %2 s.")
                .arg(url)
                .arg(double(timeout.count()) / 1000.0, 0, 'g', 3));
    if (response.gotResponse())
        return PromResult::failure(QStringLiteral("transport"),
            PromClientText::tr("Prometheus at %1 answered (HTTP %2), but %3")
                .arg(url)
                .arg(response.status)
                .arg(response.errorString));
    return PromResult::failure(QStringLiteral("transport"),
        PromClientText::tr("Prometheus at %1 is unreachable: %2").arg(url, response.errorString));
}

// Runs on the thread pool.
PromResult parseResponse(const QByteArray& body, int status, const QUrl& url, const QByteArray& retryAfter)
{
    PromResult result = PromResult::parse(body, status);
    // Prometheus is not Kubernetes: a 429 (from a rate-limiting proxy in front of it) is an answer, as Grafana and
    // Kiali take it; the next refresh asks again. Say who limited and when it may be asked again.
    if (status == 429) {
        QString reason = bodyExcerpt(body);
        if (!result.error.isEmpty() && result.errorType != QLatin1String("parse")
            && result.errorType != QLatin1String("http"))
            reason = result.error;
        const QString wait = QString::fromLatin1(retryAfter.left(64)).simplified();
        bool seconds = false;
        wait.toLongLong(&seconds);
        QString message = wait.isEmpty()
            ? PromClientText::tr("Prometheus at %1 rate limited the query (HTTP 429).").arg(displayUrl(url))
            : seconds ? PromClientText::tr("Prometheus at %1 rate limited the query (HTTP 429) and asked to wait %2 s "
                                           "before the next one.")
                            .arg(displayUrl(url), wait)
                      : PromClientText::tr("Prometheus at %1 rate limited the query (HTTP 429) and asked to wait until "
                                           "%2.")
                            .arg(displayUrl(url), wait);
        if (!reason.isEmpty())
            message += QLatin1Char(' ') + reason;
        return PromResult::failure(QStringLiteral("http"), message);
    }
    // Prometheus' own errors (400 bad_data, 422 execution, 503 timeout) carry a JSON body that parse() reads;
    // anything else that is not 2xx is a proxy or server problem.
    if (status >= 300 && (result.errorType == QLatin1String("http") || result.errorType == QLatin1String("parse")))
        return PromResult::failure(QStringLiteral("http"), httpErrorMessage(status, url, body));
    if (result.errorType == QLatin1String("timeout")) // "query timed out in expression evaluation" needs context
        result.error = PromClientText::tr("Prometheus at %1 gave up on the query at its time limit (%2).")
                           .arg(displayUrl(url), result.error);
    return result;
}

} // namespace

PromClient::PromClient(HttpClient* http, PromConfig config, QObject* parent)
    : QObject(parent)
    , m_http(http)
{
    setConfig(std::move(config));
}

PromClient::~PromClient()
{
    m_jobs.cancelAll(); // aborts the keyed queries still running
}

void PromClient::setConfig(PromConfig config)
{
    // http://user:password@host/ → basic auth; the URL itself then carries no secret.
    if (!config.url.userName().isEmpty() && config.basicUser.isEmpty()) {
        config.basicUser = config.url.userName();
        config.basicPassword = config.url.password();
    }
    config.url.setUserInfo(QString());
    m_config = std::move(config);
}

void PromClient::instant(const QString& query, double time, QObject* context, Done done, const QString& supersedeKey)
{
    Fields fields { { QStringLiteral("query"), query } };
    if (time > 0)
        fields.append({ QStringLiteral("time"), number(time) });
    run("api/v1/query", fields, context, std::move(done), supersedeKey);
}

void PromClient::range(const QString& query, double start, double end, double stepSeconds, QObject* context, Done done,
    const QString& supersedeKey)
{
    run("api/v1/query_range",
        { { QStringLiteral("query"), query }, { QStringLiteral("start"), number(start) },
            { QStringLiteral("end"), number(end) }, { QStringLiteral("step"), number(stepSeconds) } },
        context, std::move(done), supersedeKey);
}

void PromClient::cancel(const QString& supersedeKey)
{
    m_jobs.cancel(supersedeKey);
}

void PromClient::run(
    const char* endpoint, const Fields& fields, QObject* context, Done done, const QString& supersedeKey)
{
    if (!supersedeKey.isEmpty())
        cancel(supersedeKey); // even when this one fails at once: the older answer is no longer wanted
    if (!m_http) {
        done(PromResult::failure(QStringLiteral("transport"), tr("No HTTP client for Prometheus.")));
        return;
    }
    if (!m_config.url.isValid() || m_config.url.host().isEmpty()) {
        done(PromResult::failure(QStringLiteral("config"), tr("No Prometheus URL is configured.")));
        return;
    }

    auto request = std::make_shared<HttpRequest>();
    request->url = m_config.url;
    QString path = request->url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    request->url.setPath(path + QLatin1String(endpoint));
    request->url.setQuery(QString());
    Fields all = fields;
    if (m_config.queryTimeout.count() > 0)
        all.append({ QStringLiteral("timeout"), number(double(m_config.queryTimeout.count()) / 1000.0) });
    const QByteArray form = formEncode(all);
    if (form.size() > maxGetQueryLength) {
        request->method = "POST";
        request->body = form;
        request->headers.append({ QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") });
    } else {
        request->url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
    }
    request->headers.append({ QByteArray("Accept"), QByteArray("application/json") });
    if (!m_config.bearerToken.isEmpty())
        request->headers.append({ QByteArray("Authorization"), "Bearer " + m_config.bearerToken.toUtf8() });
    else if (!m_config.basicUser.isEmpty())
        request->headers.append({ QByteArray("Authorization"),
            "Basic " + (m_config.basicUser + QLatin1Char(':') + m_config.basicPassword).toUtf8().toBase64() });
    request->headers.append(m_config.headers);
    request->timeout = m_config.timeout;
    request->maxBodyBytes = m_config.maxBodyBytes;
    request->ssl = m_config.ssl;
    request->peerVerifyName = m_config.peerVerifyName;

    Attempt attempt;
    attempt.request = request;
    attempt.context = context;
    attempt.done = std::move(done);
    if (!supersedeKey.isEmpty())
        attempt.ticket = m_jobs.start(supersedeKey);
    attempt.url = m_config.url;
    attempt.timeout = m_config.timeout;
    authorize(std::move(attempt));
}

bool PromClient::isCurrent(const Attempt& attempt) const
{
    // Unkeyed queries are always the newest of their kind.
    return !attempt.ticket.isValid() || m_jobs.isCurrent(attempt.ticket);
}

void PromClient::finished(const Attempt& attempt)
{
    if (attempt.ticket.isValid())
        m_jobs.finish(attempt.ticket);
}

void PromClient::authorize(Attempt attempt)
{
    if (!m_config.credentials) {
        transmit(attempt, *attempt.request);
        return;
    }
    // Fresh credentials for every query (an exec plugin's token expires); the source caches what it can.
    m_config.credentials->credentials(
        this, attempt.refreshed, [this, attempt](const PromCredentialSource::Credentials& credentials) {
            if (!isCurrent(attempt) || !attempt.context)
                return; // superseded or cancelled while waiting
            if (!credentials.error.isEmpty()) {
                finished(attempt);
                attempt.done(PromResult::failure(QStringLiteral("credentials"),
                    tr("No credentials for Prometheus at %1: %2").arg(displayUrl(attempt.url), credentials.error)));
                return;
            }
            HttpRequest request = *attempt.request;
            if (!credentials.authorization.isEmpty())
                request.headers.append({ QByteArray("Authorization"), credentials.authorization });
            if (credentials.ssl)
                request.ssl = credentials.ssl;
            transmit(attempt, request);
        });
}

void PromClient::transmit(const Attempt& attempt, const HttpRequest& request)
{
    if (!m_http) {
        finished(attempt);
        attempt.done(PromResult::failure(QStringLiteral("transport"), tr("No HTTP client for Prometheus.")));
        return;
    }
    QPointer<PromClient> self(this);
    const bool mayRefresh = m_config.credentials && !attempt.refreshed;
    // Still the newest query of its key? A keyed query whose client is gone is not.
    const auto current = [self, attempt] { return !attempt.ticket.isValid() || (self && self->isCurrent(attempt)); };
    QPointer<QNetworkReply> reply
        = m_http->send(request, attempt.context, [self, attempt, mayRefresh, current](const HttpResponse& response) {
              if (response.aborted || !current())
                  return;
              if (response.status == 401 && mayRefresh && self) {
                  // The credentials expired early (a revoked or rotated token): once more with fresh ones.
                  Attempt again = attempt;
                  again.refreshed = true;
                  self->authorize(std::move(again));
                  return;
              }
              if (response.failedInTransit()) {
                  if (self)
                      self->finished(attempt);
                  attempt.done(transportFailure(response, attempt.url, attempt.timeout, attempt.request->maxBodyBytes));
                  return;
              }
              const QByteArray body = response.body;
              const int status = response.status;
              const QUrl url = attempt.url;
              const QByteArray retryAfter = response.header("retry-after");
              runInBackground(
                  attempt.context.data(),
                  [body, status, url, retryAfter] { return parseResponse(body, status, url, retryAfter); },
                  [self, attempt, current](PromResult result) {
                      if (!current()) // superseded while parsing
                          return;
                      if (self)
                          self->finished(attempt);
                      attempt.done(result);
                  });
          });
    if (attempt.ticket.isValid() && isCurrent(attempt))
        m_jobs.onCancel(attempt.ticket, [reply] {
            if (reply)
                reply->abort();
        });
}

} // namespace meshscope
