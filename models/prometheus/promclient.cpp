#include "promclient.h"

#include "models/kube/background.h"
#include "models/net/httpclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace meshscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("meshscope::PromClient", text);
}

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
        message = tr("Prometheus at %1 refused the credentials (HTTP %2).");
        break;
    case 404:
        message = tr("No Prometheus API at %1 (HTTP %2): check the URL and its path prefix.");
        break;
    case 502:
    case 503:
    case 504:
        message = tr("Prometheus at %1 is unavailable (HTTP %2).");
        break;
    default:
        message = tr("Prometheus at %1 answered HTTP %2.");
        break;
    }
    message = message.arg(displayUrl(url)).arg(status);
    const QString excerpt = bodyExcerpt(body);
    if (!excerpt.isEmpty())
        message += QLatin1Char(' ') + excerpt;
    return message;
}

PromResult transportFailure(const HttpResponse& response, const QUrl& url, std::chrono::milliseconds timeout)
{
    if (response.timedOut)
        return PromResult::failure(QStringLiteral("timeout"),
            tr("Prometheus at %1 did not answer within %2 s.")
                .arg(displayUrl(url))
                .arg(double(timeout.count()) / 1000.0, 0, 'g', 3));
    return PromResult::failure(QStringLiteral("transport"),
        tr("Prometheus at %1 is unreachable: %2").arg(displayUrl(url), response.errorString));
}

// Runs on the thread pool.
PromResult parseResponse(const QByteArray& body, int status, const QUrl& url)
{
    PromResult result = PromResult::parse(body, status);
    // Prometheus' own errors (400 bad_data, 422 execution, 503 timeout) carry a JSON body that parse() reads;
    // anything else that is not 2xx is a proxy or server problem.
    if (status >= 300 && (result.errorType == QLatin1String("http") || result.errorType == QLatin1String("parse")))
        return PromResult::failure(QStringLiteral("http"), httpErrorMessage(status, url, body));
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
    for (const Running& running : std::as_const(m_running))
        if (running.reply)
            running.reply->abort();
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
    const Running running = m_running.take(supersedeKey);
    if (running.reply)
        running.reply->abort();
}

void PromClient::run(
    const char* endpoint, const Fields& fields, QObject* context, Done done, const QString& supersedeKey)
{
    if (!supersedeKey.isEmpty())
        cancel(supersedeKey);
    if (!m_http) {
        done(PromResult::failure(QStringLiteral("transport"), tr("No HTTP client for Prometheus.")));
        return;
    }
    if (!m_config.url.isValid() || m_config.url.host().isEmpty()) {
        done(PromResult::failure(QStringLiteral("config"), tr("No Prometheus URL is configured.")));
        return;
    }

    HttpRequest request;
    request.url = m_config.url;
    QString path = request.url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    request.url.setPath(path + QLatin1String(endpoint));
    request.url.setQuery(QString());
    const QByteArray form = formEncode(fields);
    if (form.size() > maxGetQueryLength) {
        request.method = "POST";
        request.body = form;
        request.headers.append({ QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") });
    } else {
        request.url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
    }
    request.headers.append({ QByteArray("Accept"), QByteArray("application/json") });
    if (!m_config.bearerToken.isEmpty())
        request.headers.append({ QByteArray("Authorization"), "Bearer " + m_config.bearerToken.toUtf8() });
    else if (!m_config.basicUser.isEmpty())
        request.headers.append({ QByteArray("Authorization"),
            "Basic " + (m_config.basicUser + QLatin1Char(':') + m_config.basicPassword).toUtf8().toBase64() });
    request.headers.append(m_config.headers);
    request.timeout = m_config.timeout;
    request.ssl = m_config.ssl;
    request.peerVerifyName = m_config.peerVerifyName;

    const quint64 generation = m_nextGeneration++;
    const QUrl url = m_config.url;
    const std::chrono::milliseconds timeout = m_config.timeout;
    QPointer<PromClient> self(this);
    // Still the newest query of its key? Unkeyed queries always are.
    auto current = [self, supersedeKey, generation] {
        if (supersedeKey.isEmpty())
            return true;
        return self && self->m_running.value(supersedeKey).generation == generation;
    };
    auto finish = [self, supersedeKey, generation] {
        if (self && !supersedeKey.isEmpty() && self->m_running.value(supersedeKey).generation == generation)
            self->m_running.remove(supersedeKey);
    };

    if (!supersedeKey.isEmpty())
        m_running.insert(supersedeKey, Running { generation, nullptr }); // before send: done may never be early
    QPointer<QNetworkReply> reply = m_http->send(request, context,
        [context, url, timeout, current, finish, done = std::move(done)](const HttpResponse& response) {
            if (response.aborted || !current())
                return;
            if (!response.gotResponse()) {
                finish();
                done(transportFailure(response, url, timeout));
                return;
            }
            const QByteArray body = response.body;
            const int status = response.status;
            runInBackground(
                context, [body, status, url] { return parseResponse(body, status, url); },
                [current, finish, done](PromResult result) {
                    if (!current()) // superseded while parsing
                        return;
                    finish();
                    done(result);
                });
        });
    if (!supersedeKey.isEmpty() && m_running.value(supersedeKey).generation == generation)
        m_running[supersedeKey].reply = reply;
}

} // namespace meshscope
