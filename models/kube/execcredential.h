#pragma once

#include "kubeconfig.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>

class QProcess;

namespace meshscope {

// What an exec plugin hands back (ExecCredential.status).
struct ExecCredential
{
    QByteArray token;
    QByteArray clientCertificateData;
    QByteArray clientKeyData;
    QDateTime expiration; // invalid = never expires
    QString error; // user-facing, never contains the credential

    bool ok() const { return error.isEmpty(); }
};

// Parses a plugin's stdout. apiVersion must match the one the kubeconfig asked for. Errors name the plugin
// (its command as the kubeconfig gives it) and never quote the output, which may hold a secret.
ExecCredential parseExecCredential(
    const QByteArray& stdoutBytes, const QString& expectedApiVersion, const QString& plugin = QString());

// Runs a kubeconfig exec credential plugin asynchronously (QProcess, never blocking), caches the credential
// until status.expirationTimestamp, and runs the plugin again after invalidate() (a 401). Concurrent requests
// share one plugin run.
class ExecCredentialProvider : public QObject
{
    Q_OBJECT
public:
    ExecCredentialProvider(const KubeExecConfig& config, const KubeClusterConfig& cluster, QObject* parent = nullptr);
    ~ExecCredentialProvider() override;

    using Callback = std::function<void(const ExecCredential&)>;
    // Calls back (possibly at once) with a cached or fresh credential; dropped when context is gone.
    void credential(QObject* context, Callback callback);
    void invalidate();

    // kubectl waits for a plugin forever; we give up after this and say so (a browser login fits easily).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    QString command() const { return m_config.command; }

signals:
    void running(bool running); // the plugin was started / has ended: something to wait for

private:
    QString startFailure(const QString& processError) const;
    void start();
    void finish(const ExecCredential& credential);
    QByteArray execInfo() const;

    KubeExecConfig m_config;
    KubeClusterConfig m_cluster;
    std::optional<ExecCredential> m_cached;
    QProcess* m_process = nullptr;
    QList<std::pair<QPointer<QObject>, Callback>> m_waiting;
    int m_timeoutMs = 60000;
};

} // namespace meshscope
