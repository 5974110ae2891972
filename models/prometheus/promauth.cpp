#include "promauth.h"

#include "promclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace meshscope {
namespace {

struct PromAuthText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::PromAuth)
};

// The first line of a secret file that only its owner may read; false (and *error) otherwise.
bool readSecretFile(const QString& path, const QString& what, QString* secret, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isDir()) {
        *error = PromAuthText::tr("The Prometheus %1 file %2 does not exist").arg(what, path);
        return false;
    }
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (info.permissions() & others) {
        *error = PromAuthText::tr("The Prometheus %1 file %2 can be read by other users; make it private first "
                                  "(chmod 600 %2)")
                     .arg(what, path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = PromAuthText::tr("The Prometheus %1 file %2 cannot be read: %3").arg(what, path, file.errorString());
        return false;
    }
    *secret = QString::fromUtf8(file.read(64 * 1024)).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (secret->isEmpty()) {
        *error = PromAuthText::tr("The Prometheus %1 file %2 is empty").arg(what, path);
        return false;
    }
    return true;
}

} // namespace

QString applyPromAuth(PromConfig* config, const PromAuthSources& sources, QString* warning)
{
    QString error;
    if (!config->url.password().isEmpty() && warning)
        *warning = PromAuthText::tr("the password in the Prometheus URL is visible to other users in the process "
                                    "list; use MESHSCOPE_PROMETHEUS_PASSWORD or --prometheus-password-file instead");
    QString user = config->url.userName();
    if (user.isEmpty())
        user = sources.environment.value(QStringLiteral("MESHSCOPE_PROMETHEUS_USER"));
    QString password = sources.environment.value(QStringLiteral("MESHSCOPE_PROMETHEUS_PASSWORD"));
    if (!sources.passwordFile.isEmpty()
        && !readSecretFile(sources.passwordFile, PromAuthText::tr("password"), &password, &error))
        return error;
    QString token = sources.environment.value(QStringLiteral("MESHSCOPE_PROMETHEUS_TOKEN"));
    if (!sources.tokenFile.isEmpty() && !readSecretFile(sources.tokenFile, PromAuthText::tr("token"), &token, &error))
        return error;
    if (!token.isEmpty() && !password.isEmpty())
        return PromAuthText::tr("Give Prometheus either a token or a password, not both");
    if (!password.isEmpty()) {
        if (user.isEmpty())
            return PromAuthText::tr("A Prometheus password needs a user name: http://USER@host or "
                                    "MESHSCOPE_PROMETHEUS_USER");
        config->url.setUserInfo(QString());
        config->basicUser = user;
        config->basicPassword = password;
    } else if (!token.isEmpty()) {
        config->bearerToken = token;
    }
    return {};
}

QString promAuthHelp()
{
    return PromAuthText::tr(
        "Prometheus credentials: basic auth with the user from the URL (http://USER@host) or "
        "MESHSCOPE_PROMETHEUS_USER and the password from MESHSCOPE_PROMETHEUS_PASSWORD or "
        "--prometheus-password-file; a bearer token from MESHSCOPE_PROMETHEUS_TOKEN or --prometheus-token-file. "
        "Files must be readable by their owner only (chmod 600). A password written into the URL works too, but "
        "every user can read it in the process list.");
}

} // namespace meshscope
