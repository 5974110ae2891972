#include "execcredential.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace meshscope {
namespace {
// Texts outside QObject classes; lupdate files them under this context (it does not see through a
// plain tr() wrapper, so a wrapper's strings were catalogued under another context and never translated).
struct ExecCredentialText
{
    Q_DECLARE_TR_FUNCTIONS(ExecCredential)
};
} // namespace

ExecCredential parseExecCredential(
    const QByteArray& stdoutBytes, const QString& expectedApiVersion, const QString& plugin)
{
    ExecCredential result;
    const QString name = plugin.isEmpty() ? QStringLiteral("?") : plugin;
    if (stdoutBytes.trimmed().isEmpty()) {
        result.error = ExecCredentialText::tr("The exec credential plugin \"%1\" printed nothing; it must print an "
                                              "ExecCredential JSON object on its standard output")
                           .arg(name);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stdoutBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = ExecCredentialText::tr("The exec credential plugin \"%1\" did not print an ExecCredential: its "
                                              "output is not JSON (%2 at byte %3 of %4)")
                           .arg(name, parseError.errorString())
                           .arg(parseError.offset)
                           .arg(stdoutBytes.size());
        return result;
    }
    if (!document.isObject()) {
        result.error = ExecCredentialText::tr(
            "The exec credential plugin \"%1\" did not print an ExecCredential: its output is a JSON array, not "
            "an object")
                           .arg(name);
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("kind")).toString() != QLatin1String("ExecCredential")) {
        result.error = ExecCredentialText::tr(
            "The exec credential plugin \"%1\" printed an object whose kind is not ExecCredential")
                           .arg(name);
        return result;
    }
    const QString apiVersion = root.value(QLatin1String("apiVersion")).toString();
    if (apiVersion != expectedApiVersion) {
        result.error = ExecCredentialText::tr("The exec credential plugin \"%1\" answered with apiVersion \"%2\" "
                                              "but the kubeconfig asked for \"%3\"")
                           .arg(name, apiVersion, expectedApiVersion);
        return result;
    }
    const QJsonObject status = root.value(QLatin1String("status")).toObject();
    result.token = status.value(QLatin1String("token")).toString().toUtf8();
    result.clientCertificateData = status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    result.clientKeyData = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    const QString expiry = status.value(QLatin1String("expirationTimestamp")).toString();
    if (!expiry.isEmpty()) {
        result.expiration = QDateTime::fromString(expiry, Qt::ISODate);
        if (!result.expiration.isValid()) {
            result.error
                = ExecCredentialText::tr("The exec credential plugin \"%1\" gave an invalid expirationTimestamp \"%2\"")
                      .arg(name, expiry);
            return result;
        }
    }
    if (result.token.isEmpty() && result.clientCertificateData.isEmpty())
        result.error = ExecCredentialText::tr(
            "The exec credential plugin \"%1\" returned neither a token nor a client certificate")
                           .arg(name);
    else if (result.clientCertificateData.isEmpty() != result.clientKeyData.isEmpty())
        result.error = ExecCredentialText::tr(
            "The exec credential plugin \"%1\" returned a client certificate without a key, or a key without a "
            "certificate")
                           .arg(name);
    return result;
}

ExecCredentialProvider::ExecCredentialProvider(
    const KubeExecConfig& config, const KubeClusterConfig& cluster, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_cluster(cluster)
{ }

ExecCredentialProvider::~ExecCredentialProvider()
{
    // A plugin still running is killed and reaped here, not left to QProcess's destructor (which warns).
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
}

void ExecCredentialProvider::credential(QObject* context, Callback callback)
{
    if (m_cached && (!m_cached->expiration.isValid() || m_cached->expiration > QDateTime::currentDateTimeUtc())) {
        callback(*m_cached);
        return;
    }
    m_cached.reset();
    m_waiting.append({ QPointer<QObject>(context), std::move(callback) });
    if (!m_process)
        start();
}

void ExecCredentialProvider::invalidate()
{
    m_cached.reset();
}

QByteArray ExecCredentialProvider::execInfo() const
{
    // KUBERNETES_EXEC_INFO: we never have a terminal to hand to the plugin.
    QJsonObject spec { { QStringLiteral("interactive"), false } };
    if (m_config.provideClusterInfo) {
        QJsonObject cluster { { QStringLiteral("server"), m_cluster.server.toString() },
            { QStringLiteral("insecure-skip-tls-verify"), m_cluster.insecureSkipTlsVerify } };
        if (!m_cluster.tlsServerName.isEmpty())
            cluster.insert(QStringLiteral("tls-server-name"), m_cluster.tlsServerName);
        if (!m_cluster.certificateAuthorityData.isEmpty())
            cluster.insert(QStringLiteral("certificate-authority-data"),
                QString::fromLatin1(m_cluster.certificateAuthorityData.toBase64()));
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info { { QStringLiteral("apiVersion"), m_config.apiVersion },
        { QStringLiteral("kind"), QStringLiteral("ExecCredential") }, { QStringLiteral("spec"), spec } };
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

void ExecCredentialProvider::start()
{
    if (m_config.interactiveMode == QLatin1String("Always")) {
        ExecCredential failed;
        failed.error = tr("The exec credential plugin \"%1\" needs an interactive terminal (interactiveMode: Always), "
                          "which Meshscope does not have; log in with it in a terminal first or set interactiveMode "
                          "to IfAvailable")
                           .arg(m_config.command);
        // Deliver asynchronously, like every other outcome.
        QTimer::singleShot(0, this, [this, failed] { finish(failed); });
        return;
    }
    m_process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : std::as_const(m_config.env))
        environment.insert(name, value);
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo()));
    m_process->setProcessEnvironment(environment);
    m_process->setProgram(m_config.command);
    m_process->setArguments(m_config.args);
    m_process->setStandardInputFile(QProcess::nullDevice());
    auto* timer = new QTimer(m_process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, m_process, [process = m_process] { process->kill(); });
    timer->start(m_timeoutMs);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes and kills also end in finished()
        ExecCredential failed;
        failed.error = tr("The exec credential plugin \"%1\" could not be started: %2")
                           .arg(m_config.command, startFailure(m_process->errorString()));
        if (!m_config.installHint.isEmpty())
            failed.error += QLatin1Char('\n') + m_config.installHint;
        finish(failed);
    });
    connect(m_process, &QProcess::finished, this, [this, timer](int exitCode, QProcess::ExitStatus status) {
        ExecCredential result;
        if (status != QProcess::NormalExit || exitCode != 0) {
            // stderr is the plugin's own message (e.g. "not logged in"); plugins do not print secrets there.
            const QString stderrText = QString::fromUtf8(m_process->readAllStandardError()).trimmed().left(500);
            result.error = !timer->isActive()
                ? tr("The credential plugin \"%1\" has not answered after %2 s; it was stopped")
                      .arg(m_config.command)
                      .arg(m_timeoutMs / 1000)
                : tr("The exec credential plugin \"%1\" failed (exit code %2)%3")
                      .arg(m_config.command)
                      .arg(exitCode)
                      .arg(stderrText.isEmpty() ? QString() : QStringLiteral(": ") + stderrText);
        } else {
            result = parseExecCredential(m_process->readAllStandardOutput(), m_config.apiVersion, m_config.command);
        }
        finish(result);
    });
    m_process->start();
    emit running(true);
}

// Why the plugin did not start, in words that say what to fix rather than QProcess' "execve: …".
QString ExecCredentialProvider::startFailure(const QString& processError) const
{
    const QString& command = m_config.command;
    if (!command.contains(QLatin1Char('/'))) {
        const QString path = m_process->processEnvironment().value(QStringLiteral("PATH"));
        if (QStandardPaths::findExecutable(command, path.split(QLatin1Char(':'), Qt::SkipEmptyParts)).isEmpty())
            return tr("no executable of that name is in PATH");
        return processError;
    }
    const QFileInfo file(command);
    if (!file.exists())
        return tr("the file does not exist");
    if (file.isDir())
        return tr("it is a directory, not a program");
    if (!file.isExecutable())
        return tr("the file is not executable (chmod +x)");
    return processError;
}

void ExecCredentialProvider::finish(const ExecCredential& credential)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
        emit running(false);
    }
    if (credential.ok())
        m_cached = credential;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& [context, callback] : waiting) {
        if (context)
            callback(credential);
    }
}

} // namespace meshscope
