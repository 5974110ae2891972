#include "synchttp.h"

#include "waiting.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace meshscope::testing {

QString HttpResult::describe() const
{
    if (status == 0)
        return QStringLiteral("no response: ") + error;
    return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(2000)));
}

SyncHttp::SyncHttp()
{
    // Tests look at redirects themselves.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

namespace {
QNetworkRequest makeRequest(const QUrl& url, const HeaderList& headers, const std::optional<QSslConfiguration>& ssl)
{
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (ssl)
        request.setSslConfiguration(*ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}
} // namespace

HttpResult SyncHttp::request(const QByteArray& method, const QUrl& url, const QByteArray& body,
    const HeaderList& headers, const std::optional<QSslConfiguration>& ssl, int timeoutMs)
{
    QNetworkRequest request = makeRequest(url, headers, ssl);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = body.isEmpty() && (method == "GET" || method == "DELETE")
        ? m_network.sendCustomRequest(request, method)
        : m_network.sendCustomRequest(request, method, body);
    waitUntil([reply] { return reply->isFinished(); }, timeoutMs + 5000);
    HttpResult result;
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (result.status == 0 && result.error.isEmpty())
        result.error = reply->errorString();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

QNetworkReply* SyncHttp::stream(const QUrl& url, const HeaderList& headers, const std::optional<QSslConfiguration>& ssl)
{
    return m_network.get(makeRequest(url, headers, ssl));
}

} // namespace meshscope::testing
