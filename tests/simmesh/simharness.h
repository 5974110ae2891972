#pragma once

// Test harness for the end-to-end sim-mesh tests: starts the real meshscope-sim and the real Prometheus on
// loopback (free ports, temporary directories, killed in the destructor), runs the real kubectl, and asks
// Prometheus' HTTP API.

#include "models/net/httpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace meshscope::sim::testing {

inline quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

inline void stopProcess(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

// GET a URL and wait for the answer (a test may wait; production code never does).
inline HttpResponse httpGet(HttpClient& http, const QUrl& url, int timeoutMs = 20000)
{
    HttpResponse result;
    bool done = false;
    HttpRequest request;
    request.url = url;
    request.timeout = std::chrono::milliseconds(timeoutMs);
    QObject context;
    http.send(request, &context, [&](const HttpResponse& response) {
        result = response;
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < timeoutMs + 5000)
        QTest::qWait(20);
    return result;
}

class Simulator
{
public:
    ~Simulator() { stopProcess(m_process); }

    // Starts `meshscope-sim --scenario <scenario>` and waits for endpoints.json.
    bool start(const QStringList& extraArguments = {}, QString* error = nullptr)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(QStringLiteral(MESHSCOPE_SIM_EXE),
            QStringList { QStringLiteral("--state-dir"), m_dir.path() } + extraArguments);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000 && m_process.state() != QProcess::NotRunning) {
            QFile file(m_dir.filePath(QStringLiteral("endpoints.json")));
            if (file.open(QIODevice::ReadOnly)) {
                m_endpoints = QJsonDocument::fromJson(file.readAll()).object();
                if (!m_endpoints.isEmpty())
                    return true;
            }
            QTest::qWait(100);
        }
        if (error)
            *error = QStringLiteral("meshscope-sim did not write endpoints.json");
        return false;
    }

    QUrl url(const char* which) const { return QUrl(m_endpoints.value(QLatin1String(which)).toString()); }
    QString kubeconfig() const { return m_dir.filePath(QStringLiteral("kubeconfig")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Runs the real kubectl against the simulator; returns stdout, with the exit code in *exitCode.
    QByteArray kubectl(const QStringList& arguments, int* exitCode = nullptr, const QByteArray& input = {}) const
    {
        QProcess kubectl;
        kubectl.start(
            QStringLiteral("kubectl"), QStringList { QStringLiteral("--kubeconfig"), kubeconfig() } + arguments);
        if (!input.isEmpty()) {
            kubectl.write(input);
            kubectl.closeWriteChannel();
        }
        if (!kubectl.waitForFinished(60000))
            kubectl.kill();
        if (exitCode)
            *exitCode = kubectl.exitStatus() == QProcess::NormalExit ? kubectl.exitCode() : -1;
        const QByteArray errors = kubectl.readAllStandardError();
        if (!errors.isEmpty())
            qInfo("kubectl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), errors.constData());
        return kubectl.readAllStandardOutput();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QJsonObject m_endpoints;
};

class Prometheus
{
public:
    ~Prometheus() { stopProcess(m_process); }

    static QString executable() { return QStandardPaths::findExecutable(QStringLiteral("prometheus")); }

    // Scrapes `target` (the simulator's metrics URL) every second; `tsdb` is an existing TSDB dir or empty.
    bool start(const QUrl& target, const QString& tsdb = {})
    {
        const QString config
            = QStringLiteral("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                             "scrape_configs:\n  - job_name: meshscope-sim\n    metrics_path: %1\n"
                             "    static_configs:\n      - targets: ['%2:%3']\n")
                  .arg(target.path().isEmpty() ? QStringLiteral("/metrics") : target.path(), target.host())
                  .arg(target.port());
        QFile file(m_dir.filePath(QStringLiteral("prometheus.yml")));
        if (target.isEmpty()) {
            if (!file.open(QIODevice::WriteOnly) || file.write("global:\n  scrape_interval: 1s\n") < 0)
                return false;
        } else if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
            return false;
        }
        file.close();
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort()));
        m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("prometheus.log")));
        m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("prometheus.log")));
        m_process.start(executable(),
            { QStringLiteral("--config.file=") + file.fileName(),
                QStringLiteral("--storage.tsdb.path=")
                    + (tsdb.isEmpty() ? m_dir.filePath(QStringLiteral("data")) : tsdb),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_url.port()),
                QStringLiteral("--storage.tsdb.retention.time=30d") });
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000 && m_process.state() != QProcess::NotRunning) {
            if (httpGet(m_http, m_url.resolved(QUrl(QStringLiteral("/-/ready"))), 5000).ok())
                return true;
            QTest::qWait(250);
        }
        return false;
    }

    QUrl url() const { return m_url; } // http://127.0.0.1:<port>

    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("prometheus.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(3000)) : QString();
    }

    // An instant query; the "result" array (empty on any error).
    QJsonArray query(const QString& promql, const QDateTime& at = {})
    {
        QUrl url = m_url.resolved(QUrl(QStringLiteral("/api/v1/query")));
        QUrlQuery parameters;
        parameters.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(promql)));
        if (at.isValid())
            parameters.addQueryItem(QStringLiteral("time"), QString::number(at.toMSecsSinceEpoch() / 1000.0, 'f', 3));
        url.setQuery(parameters);
        const HttpResponse response = httpGet(m_http, url);
        return QJsonDocument::fromJson(response.body)
            .object()
            .value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("result"))
            .toArray();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    HttpClient m_http;
};

} // namespace meshscope::sim::testing
