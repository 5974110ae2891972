// Shared by the simulator tests: start the real meshscope-sim in a temporary state directory, wait for
// endpoints.json, run the real kubectl against the written kubeconfig, and speak HTTPS to the API server.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace simtest {

struct CommandResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class SimProcess
{
public:
    ~SimProcess() { stop(); }

    // Starts the simulator; false (and error()) when it does not become ready within timeoutMs.
    bool start(const QStringList& extraArgs, int timeoutMs = 120000)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start(QStringLiteral(MESHSCOPE_SIM_EXE),
            QStringList { QStringLiteral("--state-dir"), m_stateDir.path() } + extraArgs);
        if (!m_process.waitForStarted(30000)) {
            m_error = m_process.errorString();
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            QFile file(m_stateDir.filePath(QStringLiteral("endpoints.json")));
            if (file.open(QIODevice::ReadOnly)) {
                m_endpoints = QJsonDocument::fromJson(file.readAll()).object();
                m_startupMs = timer.elapsed();
                return !m_endpoints.isEmpty();
            }
            if (m_process.state() != QProcess::Running) {
                m_error = QStringLiteral("meshscope-sim exited with %1").arg(m_process.exitCode());
                return false;
            }
            QTest::qWait(50);
        }
        m_error = QStringLiteral("meshscope-sim did not write endpoints.json in time");
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: the simulator shuts down cleanly
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString error() const { return m_error; }
    qint64 startupMs() const { return m_startupMs; }
    QString stateDir() const { return m_stateDir.path(); }
    QString kubeconfig() const { return m_stateDir.filePath(QStringLiteral("kubeconfig")); }
    QUrl api() const { return QUrl(m_endpoints.value(QStringLiteral("api")).toString()); }
    QUrl admin() const { return QUrl(m_endpoints.value(QStringLiteral("admin")).toString()); }
    QProcess& process() { return m_process; }

    // The bearer token of a kubeconfig user ("meshscope-admin", "meshscope-readonly"); never printed.
    QByteArray token(const QByteArray& user) const
    {
        QFile file(kubeconfig());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 0; i + 2 < lines.size(); ++i) {
            if (lines.at(i).trimmed() == "- name: " + user && lines.at(i + 2).trimmed().startsWith("token: "))
                return lines.at(i + 2).trimmed().mid(7);
        }
        return {};
    }

    QSslConfiguration tls() const
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(m_stateDir.filePath(QStringLiteral("ca.crt"))));
        return config;
    }

    // Prepares a kubectl process that never touches ~/.kube: private HOME, KUBECONFIG and cache dir.
    void setUpKubectl(QProcess& kubectl, const QStringList& args, const QString& context = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), kubeconfig());
        env.insert(QStringLiteral("HOME"), m_stateDir.filePath(QStringLiteral("home")));
        kubectl.setProcessEnvironment(env);
        QStringList all { QStringLiteral("--cache-dir"), m_stateDir.filePath(QStringLiteral("kubectl-cache")),
            QStringLiteral("--request-timeout=60s") };
        if (!context.isEmpty())
            all << QStringLiteral("--context") << context;
        kubectl.setProgram(QStringLiteral("kubectl"));
        kubectl.setArguments(all + args);
    }

    CommandResult kubectl(const QStringList& args, const QString& context = {}, const QByteArray& stdinData = {},
        int timeoutMs = 90000) const
    {
        QProcess process;
        setUpKubectl(process, args, context);
        process.start();
        CommandResult result;
        if (!process.waitForStarted(30000))
            return result;
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private:
    QTemporaryDir m_stateDir;
    QProcess m_process;
    QJsonObject m_endpoints;
    QString m_error;
    qint64 m_startupMs = 0;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply* reply = nullptr; // only for raw header access before deletion
    QByteArray retryAfter;
};

// Synchronous HTTPS requests for tests (QSignalSpy::wait spins the event loop).
class ApiClient
{
public:
    explicit ApiClient(const SimProcess& sim)
        : m_sim(sim)
    { }

    HttpResult request(const QByteArray& method, const QString& pathAndQuery, const QByteArray& token,
        const QByteArray& body = {}, const QByteArray& contentType = "application/json",
        const QByteArray& accept = "application/json")
    {
        QNetworkRequest request(m_sim.api().resolved(QUrl(pathAndQuery)));
        request.setSslConfiguration(m_sim.tls());
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("Accept", accept);
        if (!body.isEmpty() || method != "GET")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setTransferTimeout(60000);
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return result;
    }

    // A streaming GET (a watch); the caller reads and deletes the reply.
    QNetworkReply* stream(const QString& pathAndQuery, const QByteArray& token)
    {
        QNetworkRequest request(m_sim.api().resolved(QUrl(pathAndQuery)));
        request.setSslConfiguration(m_sim.tls());
        request.setRawHeader("Authorization", "Bearer " + token);
        return m_network.get(request);
    }

    HttpResult admin(const QString& path, const QByteArray& body)
    {
        QNetworkRequest request(m_sim.admin().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }

private:
    const SimProcess& m_sim;
    QNetworkAccessManager m_network;
};

} // namespace simtest
