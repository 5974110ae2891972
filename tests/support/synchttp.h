#pragma once

// Plain HTTP(S) requests for tests that wait for the answer (the event loop keeps running meanwhile). Production
// code never waits like this; tests use it to talk to the simulator's admin URL, the API server or Prometheus
// outside the client under test.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>
#include <optional>

class QNetworkReply;

namespace meshscope::testing {

struct HttpResult
{
    int status = 0; // 0: no response (see error)
    QByteArray body;
    QJsonObject json; // the body, when it is a JSON object
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString error; // transport error, empty when a response arrived

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    // "HTTP 404: {…}" for QVERIFY2 messages.
    QString describe() const;
};

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

class SyncHttp
{
public:
    SyncHttp();

    HttpResult request(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
        const HeaderList& headers = {}, const std::optional<QSslConfiguration>& ssl = {}, int timeoutMs = 60000);
    HttpResult get(const QUrl& url, int timeoutMs = 60000) { return request("GET", url, {}, {}, {}, timeoutMs); }
    HttpResult postJson(const QUrl& url, const QByteArray& json)
    {
        return request("POST", url, json, { { "Content-Type", "application/json" } });
    }

    // A streaming GET (a watch); the caller reads the reply as it arrives and deletes it.
    QNetworkReply* stream(
        const QUrl& url, const HeaderList& headers = {}, const std::optional<QSslConfiguration>& ssl = {});

    QNetworkAccessManager& manager() { return m_network; }

private:
    QNetworkAccessManager m_network;
};

} // namespace meshscope::testing
