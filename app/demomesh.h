#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace meshscope {

class DemoHistory;
class HttpClient;

// The built-in demo mesh: starts meshscope-sim (bookinfo) and a real Prometheus scraping it, each in
// its own process with a private state directory, and reports when both answer. Stops them when destroyed.
// Prometheus starts with the last hours of the simulator's traffic already in it (DemoHistory): the recent
// minutes before it starts, the older hours loaded in the background after.
class DemoMesh : public QObject
{
    Q_OBJECT
public:
    struct Endpoints
    {
        QString kubeconfig; // written by the simulator
        QUrl api;
        QUrl metrics;
        QUrl admin;
        QUrl prometheus; // empty when no Prometheus binary is installed
    };

    explicit DemoMesh(QObject* parent = nullptr);
    ~DemoMesh() override;

    void setSimulatorPath(const QString& path) { m_simulatorPath = path; } // default: findSimulator()
    // The simulator's scenario and its options (default: bookinfo), e.g. {"large", "--namespaces", "10"}.
    void setScenario(const QStringList& scenarioAndOptions) { m_scenario = scenarioAndOptions; }
    // More meshscope-sim options (tests: --service-fault).
    void setExtraSimulatorArguments(const QStringList& arguments) { m_extraArguments = arguments; }
    void start();
    const Endpoints& endpoints() const { return m_endpoints; }
    bool isReady() const { return m_ready && !m_failed; }
    QString stateDir() const { return m_stateDir.path(); }

    // Where the simulator binary is: next to meshscope when installed, in the build tree otherwise.
    static QString findSimulator();
    static QString findPrometheus();
    // The scrape configuration of the demo's Prometheus: the simulator's metrics every scrapeSeconds, without the
    // target's job and instance labels so the scraped series are the backfilled ones, continued.
    static QString prometheusConfig(const QUrl& metrics, int scrapeSeconds = 5);

    static constexpr double historyHours = 6;

signals:
    void progress(const QString& message);
    void ready();
    void historyLoaded(); // all of it, older hours included; also when it failed (then progress says why)
    void failed(const QString& message); // while starting, or later when the simulator dies

private:
    void waitForSimulator();
    bool readEndpoints();
    void startHistory();
    void startPrometheusWhenReady();
    void startPrometheus();
    void waitForPrometheus();
    void loadOlderHistory();
    void fail(const QString& message);
    void stopProcess(QProcess* process);

    QString m_simulatorPath;
    QStringList m_scenario { QStringLiteral("bookinfo") };
    QStringList m_extraArguments;
    QTemporaryDir m_stateDir;
    QProcess* m_simulator;
    QProcess* m_prometheus;
    HttpClient* m_http;
    QTimer m_poll;
    int m_pollsLeft = 0;
    DemoHistory* m_history = nullptr;
    bool m_simulatorUp = false;
    bool m_recentHistoryDone = false;
    bool m_prometheusStarted = false;
    bool m_ready = false;
    bool m_failed = false;
    Endpoints m_endpoints;
};

} // namespace meshscope
