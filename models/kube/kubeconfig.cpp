#include "kubeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <yaml-cpp/yaml.h>

namespace meshscope {
namespace {

// Texts outside QObject classes; lupdate files them under this context (it does not see through a
// plain tr() wrapper, so a wrapper's strings were catalogued under another context and never translated).
struct KubeconfigText
{
    Q_DECLARE_TR_FUNCTIONS(Kubeconfig)
};

// A named entry (cluster, user or context) and the directory its relative paths resolve against.
struct Entry
{
    YAML::Node node;
    QString baseDir;
    QString file;
};

QString scalar(const YAML::Node& node, const char* key)
{
    const YAML::Node value = node[key];
    if (!value || !value.IsScalar())
        return {};
    return QString::fromStdString(value.as<std::string>());
}

bool boolean(const YAML::Node& node, const char* key)
{
    const YAML::Node value = node[key];
    if (!value || !value.IsScalar())
        return false;
    const QString text = QString::fromStdString(value.as<std::string>()).toLower();
    return text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("on");
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
    if (!file.open(QIODevice::ReadOnly)) {
        *error = KubeconfigText::tr("%1 of %2 cannot be read from %3: %4").arg(what, owner, path, file.errorString());
        return false;
    }
    *out = file.readAll();
    return true;
}

// "<field>-data" (base64) or "<field>" (a path); both set is an error like in kubectl.
bool readDataOrFile(
    const Entry& entry, const char* fileKey, const char* dataKey, const QString& owner, QByteArray* out, QString* error)
{
    const QString path = scalar(entry.node, fileKey);
    const QString data = scalar(entry.node, dataKey);
    if (!path.isEmpty() && !data.isEmpty()) {
        *error = KubeconfigText::tr("%1 sets both %2 and %3; use only one")
                     .arg(owner, QString::fromLatin1(fileKey), QString::fromLatin1(dataKey));
        return false;
    }
    if (!data.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = KubeconfigText::tr("%1 of %2 is not valid base64").arg(QString::fromLatin1(dataKey), owner);
            return false;
        }
        *out = *decoded;
        return true;
    }
    if (!path.isEmpty())
        return readReferenced(resolvePath(path, entry.baseDir), QString::fromLatin1(fileKey), owner, out, error);
    return true;
}

// Adds the named entries of one list (clusters/users/contexts) unless an earlier file already defined them.
bool collect(const YAML::Node& root, const char* listKey, const char* bodyKey, const QString& file,
    QHash<QString, Entry>* into, QString* error)
{
    const YAML::Node list = root[listKey];
    if (!list || list.IsNull())
        return true;
    if (!list.IsSequence()) {
        *error = KubeconfigText::tr("%1: \"%2\" must be a list").arg(file, QString::fromLatin1(listKey));
        return false;
    }
    for (const YAML::Node& item : list) {
        const QString name = item.IsMap() ? scalar(item, "name") : QString();
        if (name.isEmpty()) {
            *error = KubeconfigText::tr("%1: an entry of \"%2\" has no name").arg(file, QString::fromLatin1(listKey));
            return false;
        }
        const YAML::Node body = item[bodyKey];
        if (body && !body.IsNull() && !body.IsMap()) {
            *error = KubeconfigText::tr("%1: \"%2\" in %3 must be a map").arg(file, name, QString::fromLatin1(listKey));
            return false;
        }
        if (!into->contains(name))
            into->insert(name, { body ? body : YAML::Node(YAML::NodeType::Map), QFileInfo(file).absolutePath(), file });
    }
    return true;
}

bool loadExec(const Entry& entry, const QString& owner, KubeExecConfig* exec, QString* error)
{
    const YAML::Node node = entry.node["exec"];
    exec->apiVersion = scalar(node, "apiVersion");
    exec->command = scalar(node, "command");
    exec->interactiveMode = scalar(node, "interactiveMode");
    exec->provideClusterInfo = boolean(node, "provideClusterInfo");
    exec->installHint = scalar(node, "installHint");
    if (exec->command.isEmpty()) {
        *error = KubeconfigText::tr("The exec credential plugin of user \"%1\" has no command").arg(owner);
        return false;
    }
    if (exec->apiVersion != QLatin1String("client.authentication.k8s.io/v1")
        && exec->apiVersion != QLatin1String("client.authentication.k8s.io/v1beta1")) {
        *error = KubeconfigText::tr("The exec credential plugin of user \"%1\" has apiVersion \"%2\"; only "
                                    "client.authentication.k8s.io/v1 and v1beta1 are supported")
                     .arg(owner, exec->apiVersion);
        return false;
    }
    if (exec->interactiveMode.isEmpty()) {
        // kubectl requires the field for v1 and defaults it to IfAvailable for v1beta1.
        if (exec->apiVersion.endsWith(QLatin1String("/v1"))) {
            *error
                = KubeconfigText::tr("The exec credential plugin of user \"%1\" must set interactiveMode").arg(owner);
            return false;
        }
        exec->interactiveMode = QStringLiteral("IfAvailable");
    }
    if (exec->interactiveMode != QLatin1String("Never") && exec->interactiveMode != QLatin1String("IfAvailable")
        && exec->interactiveMode != QLatin1String("Always")) {
        *error = KubeconfigText::tr("The exec credential plugin of user \"%1\" has an invalid interactiveMode \"%2\"")
                     .arg(owner, exec->interactiveMode);
        return false;
    }
    if (exec->command.contains(QLatin1Char('/')))
        exec->command = resolvePath(exec->command, entry.baseDir);
    for (const YAML::Node& arg : node["args"])
        exec->args << (arg.IsScalar() ? QString::fromStdString(arg.as<std::string>()) : QString());
    for (const YAML::Node& variable : node["env"]) {
        if (!variable.IsMap() || scalar(variable, "name").isEmpty()) {
            *error = KubeconfigText::tr("The exec credential plugin of user \"%1\" has an env entry without a name")
                         .arg(owner);
            return false;
        }
        exec->env.append({ scalar(variable, "name"), scalar(variable, "value") });
    }
    return true;
}

bool loadUser(const Entry& entry, const QString& name, KubeUserConfig* user, QString* error)
{
    user->name = name;
    const QString owner = KubeconfigText::tr("user \"%1\"").arg(name);
    user->token = scalar(entry.node, "token").toUtf8();
    const QString tokenFile = scalar(entry.node, "tokenFile");
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
        *error
            = KubeconfigText::tr("User \"%1\" has a client certificate without a key, or a key without a certificate")
                  .arg(name);
        return false;
    }
    user->username = scalar(entry.node, "username");
    user->password = scalar(entry.node, "password");
    if (!user->username.isEmpty() && !user->token.isEmpty()) {
        *error = KubeconfigText::tr("User \"%1\" sets both a token and a username/password; use only one").arg(name);
        return false;
    }
    if (entry.node["auth-provider"]) {
        *error = KubeconfigText::tr(
            "User \"%1\" uses an auth-provider, which kubectl no longer supports; use an exec credential "
            "plugin instead")
                     .arg(name);
        return false;
    }
    if (entry.node["exec"] && !entry.node["exec"].IsNull()) {
        if (!entry.node["exec"].IsMap()) {
            *error = KubeconfigText::tr("The exec section of user \"%1\" must be a map").arg(name);
            return false;
        }
        KubeExecConfig exec;
        if (!loadExec(entry, name, &exec, error))
            return false;
        user->exec = exec;
    }
    return true;
}

bool loadCluster(const Entry& entry, const QString& name, KubeClusterConfig* cluster, QString* error)
{
    cluster->name = name;
    const QString server = scalar(entry.node, "server");
    if (server.isEmpty()) {
        *error = KubeconfigText::tr("Cluster \"%1\" has no server URL (in %2)").arg(name, entry.file);
        return false;
    }
    cluster->server = QUrl(server, QUrl::StrictMode);
    if (!cluster->server.isValid() || cluster->server.host().isEmpty()
        || (cluster->server.scheme() != QLatin1String("https") && cluster->server.scheme() != QLatin1String("http"))) {
        *error = KubeconfigText::tr("Cluster \"%1\" has an invalid server URL \"%2\"").arg(name, server);
        return false;
    }
    cluster->insecureSkipTlsVerify = boolean(entry.node, "insecure-skip-tls-verify");
    cluster->tlsServerName = scalar(entry.node, "tls-server-name");
    const QString proxy = scalar(entry.node, "proxy-url");
    if (!proxy.isEmpty()) {
        cluster->proxyUrl = QUrl(proxy, QUrl::StrictMode);
        if (!cluster->proxyUrl.isValid() || cluster->proxyUrl.host().isEmpty()) {
            *error = KubeconfigText::tr("Cluster \"%1\" has an invalid proxy-url \"%2\"").arg(name, proxy);
            return false;
        }
    }
    const QString owner = KubeconfigText::tr("cluster \"%1\"").arg(name);
    if (!readDataOrFile(entry, "certificate-authority", "certificate-authority-data", owner,
            &cluster->certificateAuthorityData, error))
        return false;
    if (cluster->insecureSkipTlsVerify && !cluster->certificateAuthorityData.isEmpty()) {
        // kubectl refuses this combination too.
        *error = KubeconfigText::tr(
            "Cluster \"%1\" sets insecure-skip-tls-verify together with a certificate authority; use only "
            "one")
                     .arg(name);
        return false;
    }
    return true;
}

} // namespace

Kubeconfig::Result Kubeconfig::load(const QStringList& files, const QString& contextName, bool explicitFile)
{
    Result result;
    QHash<QString, Entry> clusters, users, contexts;
    QString currentContext;
    QStringList read;
    for (const QString& file : files) {
        if (!QFileInfo::exists(file)) {
            if (explicitFile) {
                result.error = KubeconfigText::tr("The kubeconfig file %1 does not exist").arg(file);
                return result;
            }
            continue;
        }
        YAML::Node root;
        try {
            root = YAML::LoadFile(file.toStdString());
        } catch (const YAML::Exception& e) {
            // yaml-cpp messages quote positions, not values, so they carry no credential.
            result.error = KubeconfigText::tr("The kubeconfig file %1 is not valid YAML: %2")
                               .arg(file, QString::fromStdString(e.msg));
            return result;
        }
        read << file;
        if (root.IsNull())
            continue; // an empty file is allowed
        if (!root.IsMap()) {
            result.error = KubeconfigText::tr("The kubeconfig file %1 is not a YAML map").arg(file);
            return result;
        }
        try {
            if (currentContext.isEmpty())
                currentContext = scalar(root, "current-context");
            if (!collect(root, "clusters", "cluster", file, &clusters, &result.error)
                || !collect(root, "users", "user", file, &users, &result.error)
                || !collect(root, "contexts", "context", file, &contexts, &result.error))
                return result;
        } catch (const YAML::Exception& e) {
            result.error = KubeconfigText::tr("The kubeconfig file %1 is malformed: %2")
                               .arg(file, QString::fromStdString(e.msg));
            return result;
        }
    }
    if (read.isEmpty()) {
        result.error = files.isEmpty()
            ? KubeconfigText::tr("No kubeconfig file was given")
            : KubeconfigText::tr("No kubeconfig file found (looked at %1)").arg(files.join(QLatin1String(", ")));
        return result;
    }
    const QString chosen = contextName.isEmpty() ? currentContext : contextName;
    if (chosen.isEmpty()) {
        result.error = contexts.isEmpty()
            ? KubeconfigText::tr("The kubeconfig has no contexts")
            : KubeconfigText::tr("The kubeconfig has no current-context; choose a context");
        return result;
    }
    if (!contexts.contains(chosen)) {
        result.error = KubeconfigText::tr("The context \"%1\" does not exist in the kubeconfig").arg(chosen);
        return result;
    }
    KubeconfigSelection selection;
    selection.context = chosen;
    selection.files = read;
    try {
        const Entry& context = contexts[chosen];
        const QString clusterName = scalar(context.node, "cluster");
        const QString userName = scalar(context.node, "user");
        const QString ns = scalar(context.node, "namespace");
        if (!ns.isEmpty())
            selection.defaultNamespace = ns;
        if (clusterName.isEmpty()) {
            result.error = KubeconfigText::tr("The context \"%1\" names no cluster").arg(chosen);
            return result;
        }
        if (!clusters.contains(clusterName)) {
            result.error = KubeconfigText::tr(
                "The context \"%1\" refers to cluster \"%2\", which does not exist in the kubeconfig")
                               .arg(chosen, clusterName);
            return result;
        }
        if (!loadCluster(clusters[clusterName], clusterName, &selection.cluster, &result.error))
            return result;
        if (!userName.isEmpty()) {
            if (!users.contains(userName)) {
                result.error = KubeconfigText::tr(
                    "The context \"%1\" refers to user \"%2\", which does not exist in the kubeconfig")
                                   .arg(chosen, userName);
                return result;
            }
            if (!loadUser(users[userName], userName, &selection.user, &result.error))
                return result;
        }
    } catch (const YAML::Exception& e) {
        result.error = KubeconfigText::tr("The kubeconfig is malformed: %1").arg(QString::fromStdString(e.msg));
        return result;
    }
    result.selection = selection;
    return result;
}

} // namespace meshscope
