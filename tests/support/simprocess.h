#pragma once

// The real meshscope-sim as a child process: a bookinfo (or large) cluster on loopback in a private state
// directory, its kubeconfig, API/admin/metrics URLs, fault knobs, the real kubectl against it, and stop, SIGKILL
// and restart as the same cluster (same ports, CA and tokens). See tests/support/README.md.

#include "processes.h"
#include "synchttp.h"

#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class QNetworkReply;

namespace meshscope::testing {

class SimProcess
{
public:
    SimProcess();
    ~SimProcess();
    SimProcess(const SimProcess&) = delete;
    SimProcess& operator=(const SimProcess&) = delete;

    // Starts meshscope-sim with these flags (default --scenario bookinfo) and waits until it serves. False with
    // error() when it does not start within timeoutMs.
    bool start(const QStringList& arguments = {}, int timeoutMs = 60000);
    void stop(); // SIGTERM, then SIGKILL if it does not end
    void kill(); // SIGKILL: a crash, no clean shutdown
    // Starts it again with the same flags as the same cluster: same ports, CA, certificates and tokens (the
    // objects are the scenario's again).
    bool restart(int timeoutMs = 60000);
    bool isRunning() const;

    QString error() const { return m_error; }
    qint64 startupMs() const { return m_startupMs; }
    QProcess& process() { return *m_process; }

    QString stateDir() const { return m_dir.path(); }
    QString kubeconfig() const { return m_dir.filePath(QStringLiteral("kubeconfig")); }
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.crt")); }
    QUrl api() const { return m_api; } // https://127.0.0.1:<port>
    QUrl admin() const { return m_admin; } // http://127.0.0.1:<port>: fault knobs
    QUrl metrics() const { return m_metrics; } // http://127.0.0.1:<port>/metrics
    // TLS that trusts the simulator's CA (and only it).
    QSslConfiguration tls() const;
    // The bearer token of a kubeconfig user: "meshscope-admin" or "meshscope-readonly". Never print it.
    QByteArray token(const QByteArray& user = "meshscope-admin") const;

    // Fault knobs (sim/README.md): {"slowMs":500,"throttlePercent":20,"retryAfterSeconds":1,"errorPercent":5,
    // "dropWatchesAfterMs":10000}; missing fields keep their value. clearApiFaults() sets all to 0.
    bool setApiFaults(const QJsonObject& knobs);
    bool clearApiFaults();
    int dropWatches(); // cuts every open watch now; how many there were (-1 on error)
    QByteArray rotateAdminToken(); // the old token stops working; returns the new one
    // Any admin request (service faults, stale proxies): POST/GET/DELETE path with an optional JSON body.
    HttpResult adminRequest(const QByteArray& method, const QString& pathAndQuery, const QByteArray& json = {});

    // The real kubectl with this kubeconfig, a private HOME and cache; never touches ~/.kube.
    CommandResult kubectl(const QStringList& arguments, const QString& context = {}, const QByteArray& input = {},
        int timeoutMs = 90000) const;
    void setUpKubectl(QProcess& kubectl, const QStringList& arguments, const QString& context = {}) const;

private:
    bool launch(int timeoutMs);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QStringList m_arguments;
    QUrl m_api, m_admin, m_metrics;
    QString m_error;
    qint64 m_startupMs = 0;
    std::unique_ptr<SyncHttp> m_http;
};

// Requests to a SimProcess's API server with a bearer token (raw HTTP, not the client under test).
class ApiClient
{
public:
    explicit ApiClient(const SimProcess& sim)
        : m_sim(sim)
    { }

    HttpResult request(const QByteArray& method, const QString& pathAndQuery, const QByteArray& token,
        const QByteArray& body = {}, const QByteArray& contentType = "application/json",
        const QByteArray& accept = "application/json");
    // A streaming GET (a watch); the caller reads and deletes the reply.
    QNetworkReply* stream(const QString& pathAndQuery, const QByteArray& token);
    // POST to the admin URL.
    HttpResult admin(const QString& path, const QByteArray& body = "{}");

private:
    const SimProcess& m_sim;
    SyncHttp m_http;
};

} // namespace meshscope::testing
