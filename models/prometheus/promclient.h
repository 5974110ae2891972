#pragma once

#include "models/core/jobtracker.h"
#include "models/prometheus/promresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

namespace meshscope {

class HttpClient;
struct HttpRequest;

// Credentials fetched right before each query instead of fixed ones in PromConfig: the kubeconfig's, when
// Prometheus is reached through the API server's service proxy, whose exec-plugin token expires. After a 401 the
// client asks again with refresh = true (an exec plugin then runs again) and sends the query once more.
class PromCredentialSource
{
public:
    virtual ~PromCredentialSource() = default;
    struct Credentials
    {
        QByteArray authorization; // the Authorization header value, or empty; never logged
        std::optional<QSslConfiguration> ssl; // replaces PromConfig::ssl when set
        QString error; // user-facing: no credentials to be had
    };
    using Done = std::function<void(const Credentials&)>;
    // done runs on context's thread, not at all if context is gone.
    virtual void credentials(QObject* context, bool refresh, Done done) = 0;
};

// Where and how to reach a Prometheus-compatible HTTP API.
struct PromConfig
{
    QUrl url; // e.g. http://127.0.0.1:9090 (Thanos/Mimir/VictoriaMetrics prefixes allowed: /prometheus)
    QString bearerToken; // never logged
    QString basicUser, basicPassword; // never logged; user:password in url works too
    QList<std::pair<QByteArray, QByteArray>> headers; // e.g. X-Scope-OrgID
    std::chrono::milliseconds timeout { 30000 }; // ours: no answer by then is a timeout
    // A response body past this is not read (a server that never stops sending must not exhaust the memory);
    // the query fails with a message that says so. Kiali's largest graph queries stay far below it.
    qint64 maxBodyBytes = defaultMaxBodyBytes;
    static constexpr qint64 defaultMaxBodyBytes = 512LL * 1024 * 1024;
    // Prometheus' own limit (the timeout= parameter): it stops evaluating and says so. 0: not sent.
    std::chrono::milliseconds queryTimeout { 0 };
    std::optional<QSslConfiguration> ssl;
    QString peerVerifyName; // TLS name to verify when it differs from the host (kubeconfig tls-server-name)
    std::shared_ptr<PromCredentialSource> credentials; // when set, asked before every query (see above)
};

// Instant and range queries against /api/v1/query and /api/v1/query_range. Short queries go as GET, long ones
// (Kiali's graph queries) as POST form bodies. Bodies are parsed on the thread pool; done runs on context's
// thread and is dropped when context is gone. Transport errors, timeouts, HTTP errors and status:"error" all
// arrive as a PromResult whose error is a message for the user; warnings are passed along.
class PromClient : public QObject
{
    Q_OBJECT
public:
    PromClient(HttpClient* http, PromConfig config, QObject* parent = nullptr);
    ~PromClient() override;

    void setConfig(PromConfig config);
    const PromConfig& config() const { return m_config; }

    using Done = std::function<void(const PromResult&)>;
    // time <= 0: now. Long queries go as POST form bodies. Parsing runs off the GUI thread.
    // A non-empty supersedeKey cancels the previous still-running query with the same key (its done is not called).
    void instant(const QString& query, double time, QObject* context, Done done, const QString& supersedeKey = {});
    void range(const QString& query, double start, double end, double stepSeconds, QObject* context, Done done,
        const QString& supersedeKey = {});
    // Cancels the running query of supersedeKey, if any (its done is not called).
    void cancel(const QString& supersedeKey);

    // Queries whose form body is longer than this go as POST (URLs beyond ~8 KB are refused by many proxies).
    static constexpr int maxGetQueryLength = 4096;

private:
    using Fields = QList<std::pair<QString, QString>>;
    // One query on its way: its job (keyed queries only; the key is the lane) and whether credentials were
    // refreshed already.
    struct Attempt
    {
        std::shared_ptr<const HttpRequest> request; // without credentials from a PromCredentialSource
        QPointer<QObject> context;
        Done done;
        JobTracker::Ticket ticket; // invalid for unkeyed queries, which are never superseded
        QUrl url; // for messages: the configured URL
        std::chrono::milliseconds timeout { 0 };
        bool refreshed = false;
    };
    void run(const char* endpoint, const Fields& fields, QObject* context, Done done, const QString& supersedeKey);
    void authorize(Attempt attempt);
    void transmit(const Attempt& attempt, const HttpRequest& request);
    bool isCurrent(const Attempt& attempt) const;
    void finished(const Attempt& attempt);

    QPointer<HttpClient> m_http;
    PromConfig m_config;
    JobTracker m_jobs; // one lane per supersedeKey; cancelling a job aborts its request
};

} // namespace meshscope
