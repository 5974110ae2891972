// Starts the real meshscope-sim as a child process for a test and stops it in the destructor.
#pragma once

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace meshscope::test {

class SimProcess
{
public:
    ~SimProcess() { stop(); }

    // Waits (event loop running) for endpoints.json; false with a message on failure.
    bool start(const QStringList& extraArguments = {}, int timeoutMs = 60000)
    {
        m_process.setProgram(QStringLiteral(MESHSCOPE_SIM_EXECUTABLE));
        m_process.setArguments(QStringList { QStringLiteral("--scenario"), QStringLiteral("bookinfo"),
                                   QStringLiteral("--state-dir"), m_dir.path() }
            + extraArguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        const QString endpoints = m_dir.filePath(QStringLiteral("endpoints.json"));
        QDeadlineTimer deadline(timeoutMs);
        while (!QFile::exists(endpoints)) {
            if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
                m_error = QStringLiteral("meshscope-sim did not write endpoints.json");
                return false;
            }
            QTest::qWait(50);
        }
        QFile file(endpoints);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        m_api = QUrl(json.value(QLatin1String("api")).toString());
        m_admin = QUrl(json.value(QLatin1String("admin")).toString());
        return m_api.isValid() && m_admin.isValid();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString kubeconfig() const { return m_dir.filePath(QStringLiteral("kubeconfig")); }
    QString stateDir() const { return m_dir.path(); }
    QUrl api() const { return m_api; }
    QUrl admin() const { return m_admin; }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_api;
    QUrl m_admin;
    QString m_error;
};

} // namespace meshscope::test
