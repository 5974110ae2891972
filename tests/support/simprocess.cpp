#include "simprocess.h"

#include "waiting.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>

namespace meshscope::testing {

SimProcess::SimProcess()
    : m_http(std::make_unique<SyncHttp>())
{ }

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QStringList& arguments, int timeoutMs)
{
    stop();
    m_arguments = arguments;
    if (!m_arguments.contains(QStringLiteral("--scenario")))
        m_arguments = QStringList { QStringLiteral("--scenario"), QStringLiteral("bookinfo") } + m_arguments;
    return launch(timeoutMs);
}

bool SimProcess::restart(int timeoutMs)
{
    stop();
    return launch(timeoutMs);
}

bool SimProcess::launch(int timeoutMs)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory for the simulator");
        return false;
    }
    const QString endpoints = m_dir.filePath(QStringLiteral("endpoints.json"));
    QFile::remove(endpoints); // a restart waits for the new one
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    // --keep-identity: a restart in the same state directory is the same cluster to its clients.
    m_process->start(simulatorExecutable(),
        QStringList { QStringLiteral("--state-dir"), m_dir.path(), QStringLiteral("--keep-identity") } + m_arguments);
    if (!m_process->waitForStarted(30000)) {
        m_error = QStringLiteral("meshscope-sim (%1) could not be started: %2")
                      .arg(simulatorExecutable(), m_process->errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    QJsonObject json;
    const bool ready = waitUntil(
        [&] {
            if (m_process->state() != QProcess::Running)
                return true;
            QFile file(endpoints);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            json = QJsonDocument::fromJson(file.readAll()).object();
            return !json.isEmpty();
        },
        timeoutMs);
    m_startupMs = clock.elapsed();
    if (json.isEmpty()) {
        m_error = !ready ? QStringLiteral("meshscope-sim did not write endpoints.json within %1 ms").arg(timeoutMs)
                         : QStringLiteral("meshscope-sim exited with %1").arg(m_process->exitCode());
        return false;
    }
    m_api = QUrl(json.value(QLatin1String("api")).toString());
    m_admin = QUrl(json.value(QLatin1String("admin")).toString());
    m_metrics = QUrl(json.value(QLatin1String("metrics")).toString());
    return m_api.isValid() && m_admin.isValid();
}

void SimProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate(); // SIGTERM: the simulator shuts down cleanly
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void SimProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
}

bool SimProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QSslConfiguration SimProcess::tls() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(caFile()));
    return config;
}

QByteArray SimProcess::token(const QByteArray& user) const
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

HttpResult SimProcess::adminRequest(const QByteArray& method, const QString& pathAndQuery, const QByteArray& json)
{
    const QUrl url = m_admin.resolved(QUrl(pathAndQuery));
    return m_http->request(method, url, json, { { "Content-Type", "application/json" } }, {}, 20000);
}

bool SimProcess::setApiFaults(const QJsonObject& knobs)
{
    return adminRequest("POST", QStringLiteral("/faults/api"), QJsonDocument(knobs).toJson()).status == 200;
}

bool SimProcess::clearApiFaults()
{
    return setApiFaults({ { QStringLiteral("slowMs"), 0 }, { QStringLiteral("throttlePercent"), 0 },
        { QStringLiteral("errorPercent"), 0 }, { QStringLiteral("dropWatchesAfterMs"), 0 } });
}

int SimProcess::dropWatches()
{
    const HttpResult result = adminRequest("POST", QStringLiteral("/faults/api/drop-watches"), "{}");
    return result.status == 200 ? result.json.value(QLatin1String("dropped")).toInt() : -1;
}

QByteArray SimProcess::rotateAdminToken()
{
    const HttpResult result = adminRequest("POST", QStringLiteral("/auth/rotate-admin-token"), "{}");
    return result.json.value(QLatin1String("token")).toString().toLatin1();
}

void SimProcess::setUpKubectl(QProcess& kubectl, const QStringList& arguments, const QString& context) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfig());
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    kubectl.setProcessEnvironment(env);
    QStringList all { QStringLiteral("--cache-dir"), m_dir.filePath(QStringLiteral("kubectl-cache")),
        QStringLiteral("--request-timeout=60s") };
    if (!context.isEmpty())
        all << QStringLiteral("--context") << context;
    kubectl.setProgram(QStringLiteral("kubectl"));
    kubectl.setArguments(all + arguments);
}

CommandResult SimProcess::kubectl(
    const QStringList& arguments, const QString& context, const QByteArray& input, int timeoutMs) const
{
    QProcess prepared;
    setUpKubectl(prepared, arguments, context);
    RunOptions options;
    options.environment = prepared.processEnvironment();
    options.input = input;
    options.timeoutMs = timeoutMs;
    CommandResult result = runProcess(prepared.program(), prepared.arguments(), options);
    if (!result.startError.isEmpty())
        result.startError += QStringLiteral(" (install kubectl: apt-get install kubernetes-client)");
    return result;
}

HttpResult ApiClient::request(const QByteArray& method, const QString& pathAndQuery, const QByteArray& token,
    const QByteArray& body, const QByteArray& contentType, const QByteArray& accept)
{
    HeaderList headers { { "Accept", accept } };
    if (!token.isEmpty())
        headers.append({ "Authorization", "Bearer " + token });
    if (!body.isEmpty() || method != "GET")
        headers.append({ "Content-Type", contentType });
    return m_http.request(method, m_sim.api().resolved(QUrl(pathAndQuery)), body, headers, m_sim.tls());
}

QNetworkReply* ApiClient::stream(const QString& pathAndQuery, const QByteArray& token)
{
    return m_http.stream(
        m_sim.api().resolved(QUrl(pathAndQuery)), { { "Authorization", "Bearer " + token } }, m_sim.tls());
}

HttpResult ApiClient::admin(const QString& path, const QByteArray& body)
{
    return m_http.request(
        "POST", m_sim.admin().resolved(QUrl(path)), body, { { "Content-Type", "application/json" } }, {}, 30000);
}

} // namespace meshscope::testing
