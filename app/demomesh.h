#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace meshscope {

class HttpClient;

// The built-in demo mesh: starts meshscope-sim (bookinfo) and a real Prometheus scraping it, each in
// its own process with a private state directory, and reports when both answer. Stops them when destroyed.
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
    void start();
    const Endpoints& endpoints() const { return m_endpoints; }
    bool isReady() const { return m_ready && !m_failed; }
    QString stateDir() const { return m_stateDir.path(); }

    // Where the simulator binary is: next to meshscope when installed, in the build tree otherwise.
    static QString findSimulator();
    static QString findPrometheus();

signals:
    void progress(const QString& message);
    void ready();
    void failed(const QString& message); // while starting, or later when the simulator dies

private:
    void waitForSimulator();
    bool readEndpoints();
    void startPrometheus();
    void waitForPrometheus();
    void fail(const QString& message);
    void stopProcess(QProcess* process);

    QString m_simulatorPath;
    QStringList m_scenario { QStringLiteral("bookinfo") };
    QTemporaryDir m_stateDir;
    QProcess* m_simulator;
    QProcess* m_prometheus;
    HttpClient* m_http;
    QTimer m_poll;
    int m_pollsLeft = 0;
    bool m_ready = false;
    bool m_failed = false;
    Endpoints m_endpoints;
};

} // namespace meshscope
