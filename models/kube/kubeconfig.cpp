#include "kubeconfig.h"

#include "kubeconfigfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace meshscope {
namespace {

// Texts outside QObject classes; lupdate files them under this context (it does not see through a
// plain tr() wrapper, so a wrapper's strings were catalogued under another context and never translated).
struct KubeconfigText
{
    Q_DECLARE_TR_FUNCTIONS(Kubeconfig)
};

// Field access on a map the loader has type-checked already (KubeconfigFiles).
QString scalar(const YamlNode& node, QAnyStringView key)
{
    const YamlNode* value = node.value(key);
    return value && value->isScalar() ? value->scalar : QString();
}

bool boolean(const YamlNode& node, QAnyStringView key)
{
    const YamlNode* value = node.value(key);
    return value && value->boolean().value_or(false);
}

QString resolvePath(const QString& path, const QString& baseDir)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QDir(baseDir).filePath(path));
}

// Reads a file the kubeconfig points at (CA, client certificate, key, token file).
bool readReferenced(const QString& path, const QString& what, const QString& owner, QByteArray* out, QString* error)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        *error = KubeconfigText::tr("%1 of %2 cannot be read from %3: %4")
                     .arg(what, owner, path,
                         QFileInfo(path).isDir() ? KubeconfigText::tr("is a directory") : file.errorString());
        return false;
    }
    *out = file.read(KubeconfigFiles::maxFileBytes);
    return true;
}

// "<field>-data" (base64) or "<field>" (a path); both set is an error like in kubectl.
bool readDataOrFile(const KubeconfigEntry& entry, const char* fileKey, const char* dataKey, const QString& owner,
    QByteArray* out, QString* error)
{
    const QString path = scalar(*entry.body, QLatin1String(fileKey));
    const QString data = scalar(*entry.body, QLatin1String(dataKey));
    if (!path.isEmpty() && !data.isEmpty()) {
        *error = KubeconfigText::tr("%1: %2 sets both %3 and %4; use only one")
                     .arg(entry.where(), owner, QString::fromLatin1(fileKey), QString::fromLatin1(dataKey));
        return false;
    }
    if (!data.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            data.toLatin1().simplified().replace(' ', QByteArray()), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = KubeconfigText::tr("%1: %2 of %3 is not valid base64")
                         .arg(entry.where(), QString::fromLatin1(dataKey), owner);
            return false;
        }
        *out = *decoded;
        return true;
    }
    if (!path.isEmpty())
        return readReferenced(resolvePath(path, entry.baseDir), QString::fromLatin1(fileKey), owner, out, error);
    return true;
}

bool loadExec(const KubeconfigEntry& entry, const QString& owner, KubeExecConfig* exec, QString* error)
{
    const YamlNode& node = *entry.body->value(u"exec");
    exec->apiVersion = scalar(node, u"apiVersion");
    exec->command = scalar(node, u"command");
    exec->interactiveMode = scalar(node, u"interactiveMode");
    exec->provideClusterInfo = boolean(node, u"provideClusterInfo");
    exec->installHint = scalar(node, u"installHint");
    const QString where = QStringLiteral("%1:%2:%3").arg(entry.file).arg(node.line).arg(node.column);
    if (exec->command.isEmpty()) {
        *error = KubeconfigText::tr("%1: the exec credential plugin of user \"%2\" has no command").arg(where, owner);
        return false;
    }
    if (exec->apiVersion != QLatin1String("client.authentication.k8s.io/v1")
        && exec->apiVersion != QLatin1String("client.authentication.k8s.io/v1beta1")) {
        *error = KubeconfigText::tr("%1: the exec credential plugin of user \"%2\" has apiVersion \"%3\"; only "
                                    "client.authentication.k8s.io/v1 and v1beta1 are supported")
                     .arg(where, owner, exec->apiVersion);
        return false;
    }
    if (exec->interactiveMode.isEmpty()) {
        // kubectl requires the field for v1 and defaults it to IfAvailable for v1beta1.
        if (exec->apiVersion.endsWith(QLatin1String("/v1"))) {
            *error = KubeconfigText::tr("%1: the exec credential plugin of user \"%2\" must set interactiveMode")
                         .arg(where, owner);
            return false;
        }
        exec->interactiveMode = QStringLiteral("IfAvailable");
    }
    if (exec->interactiveMode != QLatin1String("Never") && exec->interactiveMode != QLatin1String("IfAvailable")
        && exec->interactiveMode != QLatin1String("Always")) {
        *error
            = KubeconfigText::tr("%1: the exec credential plugin of user \"%2\" has an invalid interactiveMode \"%3\"")
                  .arg(where, owner, exec->interactiveMode);
        return false;
    }
    if (exec->command.contains(QLatin1Char('/')))
        exec->command = resolvePath(exec->command, entry.baseDir);
    if (const YamlNode* args = node.value(u"args"); args && args->isSequence()) {
        for (const auto& arg : args->items)
            exec->args << arg->scalar;
    }
    if (const YamlNode* env = node.value(u"env"); env && env->isSequence()) {
        for (const auto& variable : env->items)
            exec->env.append({ scalar(*variable, u"name"), scalar(*variable, u"value") });
    }
    return true;
}

bool loadUser(const KubeconfigEntry& entry, KubeUserConfig* user, QString* error)
{
    const QString& name = entry.name;
    const YamlNode& body = *entry.body;
    user->name = name;
    const QString owner = KubeconfigText::tr("user \"%1\"").arg(name);
    user->token = scalar(body, u"token").toUtf8();
    const QString tokenFile = scalar(body, u"tokenFile");
    if (user->token.isEmpty() && !tokenFile.isEmpty()) {
        user->tokenFile = resolvePath(tokenFile, entry.baseDir);
        if (!readReferenced(user->tokenFile, QStringLiteral("tokenFile"), owner, &user->token, error))
            return false;
        user->token = user->token.trimmed();
    }
    if (!readDataOrFile(
            entry, "client-certificate", "client-certificate-data", owner, &user->clientCertificateData, error)
        || !readDataOrFile(entry, "client-key", "client-key-data", owner, &user->clientKeyData, error))
        return false;
    if (user->clientCertificateData.isEmpty() != user->clientKeyData.isEmpty()) {
        *error = KubeconfigText::tr(
            "%1: user \"%2\" has a client certificate without a key, or a key without a certificate")
                     .arg(entry.where(), name);
        return false;
    }
    user->username = scalar(body, u"username");
    user->password = scalar(body, u"password");
    if (!user->username.isEmpty() && !user->token.isEmpty()) {
        *error = KubeconfigText::tr("%1: user \"%2\" sets both a token and a username/password; use only one")
                     .arg(entry.where(), name);
        return false;
    }
    if (const YamlNode* provider = body.value(u"auth-provider"); provider && !provider->isNull()) {
        *error = KubeconfigText::tr(
            "%1: user \"%2\" uses an auth-provider, which kubectl no longer supports; use an exec credential "
            "plugin instead")
                     .arg(entry.where(), name);
        return false;
    }
    if (const YamlNode* exec = body.value(u"exec"); exec && exec->isMap()) {
        KubeExecConfig config;
        if (!loadExec(entry, name, &config, error))
            return false;
        user->exec = config;
    }
    return true;
}

bool loadCluster(const KubeconfigEntry& entry, KubeClusterConfig* cluster, QString* error)
{
    const QString& name = entry.name;
    const YamlNode& body = *entry.body;
    cluster->name = name;
    const QString server = scalar(body, u"server");
    if (server.isEmpty()) {
        *error = KubeconfigText::tr("%1: cluster \"%2\" has no server URL").arg(entry.where(), name);
        return false;
    }
    cluster->server = QUrl(server, QUrl::StrictMode);
    if (!cluster->server.isValid() || cluster->server.host().isEmpty()
        || (cluster->server.scheme() != QLatin1String("https") && cluster->server.scheme() != QLatin1String("http"))) {
        *error = KubeconfigText::tr("%1: cluster \"%2\" has an invalid server URL \"%3\"")
                     .arg(entry.where(), name, cluster->server.toDisplayString(QUrl::RemoveUserInfo));
        return false;
    }
    cluster->insecureSkipTlsVerify = boolean(body, u"insecure-skip-tls-verify");
    cluster->tlsServerName = scalar(body, u"tls-server-name");
    const QString proxy = scalar(body, u"proxy-url");
    if (!proxy.isEmpty()) {
        cluster->proxyUrl = QUrl(proxy, QUrl::StrictMode);
        if (!cluster->proxyUrl.isValid() || cluster->proxyUrl.host().isEmpty()) {
            *error = KubeconfigText::tr("%1: cluster \"%2\" has an invalid proxy-url \"%3\"")
                         .arg(entry.where(), name, cluster->proxyUrl.toDisplayString(QUrl::RemoveUserInfo));
            return false;
        }
    }
    const QString owner = KubeconfigText::tr("cluster \"%1\"").arg(name);
    if (!readDataOrFile(entry, "certificate-authority", "certificate-authority-data", owner,
            &cluster->certificateAuthorityData, error))
        return false;
    if (cluster->insecureSkipTlsVerify && !cluster->certificateAuthorityData.isEmpty()) {
        // kubectl refuses this combination too.
        *error = KubeconfigText::tr("%1: cluster \"%2\" sets insecure-skip-tls-verify together with a certificate "
                                    "authority; use only one")
                     .arg(entry.where(), name);
        return false;
    }
    return true;
}

QString noFileMessage(const KubeconfigFiles& files)
{
    if (files.looked.isEmpty())
        return KubeconfigText::tr("No kubeconfig file was given");
    if (files.files.isEmpty())
        return KubeconfigText::tr("No kubeconfig file found (looked at %1)")
            .arg(files.looked.join(QLatin1String(", ")));
    return KubeconfigText::tr("The kubeconfig %1 is empty: it has no contexts")
        .arg(files.files.join(QLatin1String(", ")));
}

} // namespace

Kubeconfig::Overview Kubeconfig::overview(const QStringList& files, bool explicitFile)
{
    const KubeconfigFiles read = KubeconfigFiles::read(files, explicitFile);
    Overview overview;
    overview.files = read.files;
    overview.error = read.error;
    overview.nothingFound = read.ok() && read.files.isEmpty();
    if (read.ok() && read.empty)
        overview.error = noFileMessage(read);
    if (!overview.error.isEmpty())
        return overview;
    if (read.contextNames.isEmpty()) {
        overview.error
            = KubeconfigText::tr("The kubeconfig %1 has no contexts").arg(read.files.join(QLatin1String(", ")));
        return overview;
    }
    overview.contexts = read.contextNames;
    overview.currentContext = read.currentContext;
    if (!overview.currentContext.isEmpty() && !read.contexts.contains(overview.currentContext))
        overview.warning
            = KubeconfigText::tr("current-context \"%1\" is not one of the contexts").arg(overview.currentContext);
    return overview;
}

Kubeconfig::Result Kubeconfig::load(const QStringList& files, const QString& contextName, bool explicitFile)
{
    return select(KubeconfigFiles::read(files, explicitFile), contextName);
}

Kubeconfig::Result Kubeconfig::select(const KubeconfigFiles& read, const QString& contextName)
{
    Result result;
    if (!read.ok()) {
        result.error = read.error;
        return result;
    }
    if (read.empty) {
        result.error = noFileMessage(read);
        return result;
    }
    const QString where = read.files.join(QLatin1String(", "));
    const QString chosen = contextName.isEmpty() ? read.currentContext : contextName;
    if (chosen.isEmpty()) {
        result.error = read.contexts.isEmpty()
            ? KubeconfigText::tr("The kubeconfig %1 has no contexts").arg(where)
            : KubeconfigText::tr("The kubeconfig %1 has no current-context; choose a context").arg(where);
        return result;
    }
    if (!read.contexts.contains(chosen)) {
        result.error = KubeconfigText::tr("The context \"%1\" does not exist in the kubeconfig %2").arg(chosen, where);
        return result;
    }
    KubeconfigSelection selection;
    selection.context = chosen;
    selection.files = read.files;
    const KubeconfigEntry& context = read.contexts[chosen];
    const QString clusterName = scalar(*context.body, u"cluster");
    const QString userName = scalar(*context.body, u"user");
    const QString ns = scalar(*context.body, u"namespace");
    if (!ns.isEmpty())
        selection.defaultNamespace = ns;
    if (clusterName.isEmpty()) {
        result.error = KubeconfigText::tr("%1: the context \"%2\" names no cluster").arg(context.where(), chosen);
        return result;
    }
    if (!read.clusters.contains(clusterName)) {
        result.error = KubeconfigText::tr(
            "%1: the context \"%2\" refers to cluster \"%3\", which does not exist in the kubeconfig")
                           .arg(context.where(), chosen, clusterName);
        return result;
    }
    if (!loadCluster(read.clusters[clusterName], &selection.cluster, &result.error))
        return result;
    if (!userName.isEmpty()) {
        if (!read.users.contains(userName)) {
            result.error = KubeconfigText::tr(
                "%1: the context \"%2\" refers to user \"%3\", which does not exist in the kubeconfig")
                               .arg(context.where(), chosen, userName);
            return result;
        }
        if (!loadUser(read.users[userName], &selection.user, &result.error))
            return result;
    }
    result.selection = selection;
    return result;
}

} // namespace meshscope
