#include "demomesh.h"

#include "demohistory.h"
#include "models/net/httpclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>

namespace meshscope {

namespace {
constexpr int pollIntervalMs = 100;
constexpr int simulatorStartPolls = 600; // 60 s: a sanitizer build writing hours of history on a loaded machine
constexpr int prometheusStartPolls = 300;

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

DemoMesh::DemoMesh(QObject* parent)
    : QObject(parent)
    , m_simulator(new QProcess(this))
    , m_prometheus(new QProcess(this))
    , m_http(new HttpClient(this))
{
    m_poll.setInterval(pollIntervalMs);
    m_simulator->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_prometheus->setStandardOutputFile(m_stateDir.filePath(QStringLiteral("prometheus.log")));
    m_prometheus->setStandardErrorFile(m_stateDir.filePath(QStringLiteral("prometheus.log")));
    connect(m_simulator, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        fail(tr("The demo mesh simulator could not be started: %1").arg(m_simulator->errorString()));
    });
    connect(m_simulator, &QProcess::finished, this,
        [this](int code) { fail(tr("The demo mesh simulator stopped (exit code %1).").arg(code)); });
}

DemoMesh::~DemoMesh()
{
    m_failed = true; // nothing to report any more
    m_simulator->disconnect(this);
    m_prometheus->disconnect(this);
    stopProcess(m_prometheus);
    stopProcess(m_simulator);
}

QString DemoMesh::findSimulator()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates
        = { appDir + QStringLiteral("/meshscope-sim"), appDir + QStringLiteral("/../sim/meshscope-sim") };
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("meshscope-sim"));
}

QString DemoMesh::findPrometheus()
{
    return QStandardPaths::findExecutable(QStringLiteral("prometheus"));
}

void DemoMesh::start()
{
    if (!m_stateDir.isValid())
        return fail(tr("Cannot create a state directory for the demo mesh."));
    const QString simulator = m_simulatorPath.isEmpty() ? findSimulator() : m_simulatorPath;
    if (simulator.isEmpty())
        return fail(tr("The demo mesh simulator (meshscope-sim) is not installed next to meshscope."));
    m_simulatorPath = simulator;
    emit progress(tr("Starting the demo mesh…"));
    startHistory();
    m_simulator->start(simulator,
        QStringList { QStringLiteral("--scenario") } + m_scenario
            + QStringList { QStringLiteral("--state-dir"), m_stateDir.path() }
            + (m_history ? m_history->simulatorArguments() : QStringList()) + m_extraArguments);
    waitForSimulator();
}

void DemoMesh::startHistory()
{
    m_recentHistoryDone = true;
    if (findPrometheus().isEmpty() || DemoHistory::findPromtool().isEmpty())
        return; // no Prometheus, or one without history
    DemoHistory::Plan plan;
    plan.simulator = m_simulatorPath;
    plan.promtool = DemoHistory::findPromtool();
    plan.workDir = m_stateDir.path();
    plan.dataDir = m_stateDir.filePath(QStringLiteral("prometheus-data"));
    plan.end = QDateTime::currentSecsSinceEpoch();
    plan.hours = historyHours;
    m_history = new DemoHistory(plan, this);
    m_recentHistoryDone = false; // loaded once the simulator, which writes it, is up
}

void DemoMesh::waitForSimulator()
{
    m_pollsLeft = simulatorStartPolls;
    m_poll.disconnect(this);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (readEndpoints()) {
            m_poll.stop();
            m_simulatorUp = true;
            if (!m_history)
                return startPrometheusWhenReady();
            emit progress(tr("Loading the demo mesh's recent history…"));
            m_history->loadRecent([this](const QString& error) {
                if (!error.isEmpty())
                    emit progress(tr("The demo mesh starts without history: %1").arg(error));
                m_recentHistoryDone = true;
                startPrometheusWhenReady();
            });
        } else if (--m_pollsLeft <= 0) {
            fail(tr("The demo mesh simulator did not become ready."));
        }
    });
    m_poll.start();
}

bool DemoMesh::readEndpoints()
{
    QFile file(m_stateDir.filePath(QStringLiteral("endpoints.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject endpoints = QJsonDocument::fromJson(file.readAll()).object();
    m_endpoints.api = QUrl(endpoints.value(QStringLiteral("api")).toString());
    m_endpoints.metrics = QUrl(endpoints.value(QStringLiteral("metrics")).toString());
    m_endpoints.admin = QUrl(endpoints.value(QStringLiteral("admin")).toString());
    m_endpoints.kubeconfig = m_stateDir.filePath(QStringLiteral("kubeconfig"));
    return m_endpoints.api.isValid() && !m_endpoints.api.isEmpty() && QFileInfo::exists(m_endpoints.kubeconfig);
}

QString DemoMesh::prometheusConfig(const QUrl& metrics, int scrapeSeconds)
{
    const QString path = metrics.path().isEmpty() ? QStringLiteral("/metrics") : metrics.path();
    return QStringLiteral("global:\n  scrape_interval: %4s\n  evaluation_interval: %4s\n"
                          "scrape_configs:\n  - job_name: meshscope-sim\n    metrics_path: %1\n"
                          "    static_configs:\n      - targets: ['%2:%3']\n"
                          "    metric_relabel_configs:\n      - action: labeldrop\n"
                          "        regex: job|instance\n")
        .arg(path, metrics.host())
        .arg(metrics.port())
        .arg(scrapeSeconds);
}

void DemoMesh::startPrometheusWhenReady()
{
    if (!m_simulatorUp || !m_recentHistoryDone || m_prometheusStarted || m_failed)
        return;
    m_prometheusStarted = true;
    startPrometheus();
}

void DemoMesh::startPrometheus()
{
    const QString prometheus = findPrometheus();
    if (prometheus.isEmpty()) {
        // The cluster side still works; the graph page explains that it has no Prometheus.
        emit progress(tr("Prometheus is not installed; the demo mesh has no metrics."));
        m_ready = true;
        emit ready();
        return;
    }
    const quint16 port = freeLoopbackPort();
    const QString config = prometheusConfig(m_endpoints.metrics);
    QFile configFile(m_stateDir.filePath(QStringLiteral("prometheus.yml")));
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(config.toUtf8()) < 0)
        return fail(tr("Cannot write the Prometheus configuration."));
    configFile.close();
    m_endpoints.prometheus = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    emit progress(tr("Starting Prometheus…"));
    m_prometheus->start(prometheus,
        { QStringLiteral("--config.file=") + configFile.fileName(),
            QStringLiteral("--storage.tsdb.path=") + m_stateDir.filePath(QStringLiteral("prometheus-data")),
            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
            QStringLiteral("--storage.tsdb.retention.time=1d") });
    waitForPrometheus();
}

void DemoMesh::waitForPrometheus()
{
    m_pollsLeft = prometheusStartPolls;
    m_poll.disconnect(this);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (--m_pollsLeft <= 0)
            return fail(tr("Prometheus did not become ready; see %1.")
                            .arg(m_stateDir.filePath(QStringLiteral("prometheus.log"))));
        m_poll.stop(); // one probe at a time; re-armed below when it fails
        HttpRequest probe;
        probe.url = m_endpoints.prometheus.resolved(QUrl(QStringLiteral("/-/ready")));
        probe.timeout = std::chrono::milliseconds(2000);
        m_http->send(probe, this, [this](const HttpResponse& response) {
            if (response.ok()) {
                m_ready = true;
                emit ready();
                loadOlderHistory();
            } else if (!m_failed) {
                m_poll.start();
            }
        });
    });
    m_poll.start();
}

void DemoMesh::loadOlderHistory()
{
    if (!m_history) {
        emit historyLoaded();
        return;
    }
    m_history->loadOlder([this](const QString& error) {
        if (!error.isEmpty())
            emit progress(tr("The demo mesh's older history could not be loaded: %1").arg(error));
        emit historyLoaded();
    });
}

void DemoMesh::fail(const QString& message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_poll.stop();
    emit failed(message);
}

void DemoMesh::stopProcess(QProcess* process)
{
    if (process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    // Bounded: a child that ignores SIGTERM must not keep the app from quitting.
    if (!process->waitForFinished(3000)) {
        process->kill();
        process->waitForFinished(1000);
    }
}

} // namespace meshscope
