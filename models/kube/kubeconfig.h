#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace meshscope {

struct KubeconfigFiles;

// users[].user.exec: a client.authentication.k8s.io credential plugin.
struct KubeExecConfig
{
    QString apiVersion; // client.authentication.k8s.io/v1 or /v1beta1
    QString command; // resolved against the kubeconfig's directory when it contains a '/'
    QStringList args;
    QList<std::pair<QString, QString>> env;
    QString interactiveMode; // Never, IfAvailable, Always
    bool provideClusterInfo = false;
    QString installHint;
};

struct KubeUserConfig
{
    QString name;
    QByteArray token; // from token or tokenFile
    QString tokenFile; // the resolved tokenFile path when the token came from it (re-read when it changes)
    QByteArray clientCertificateData; // PEM, from client-certificate(-data)
    QByteArray clientKeyData; // PEM, from client-key(-data)
    QString username;
    QString password;
    std::optional<KubeExecConfig> exec;
};

struct KubeClusterConfig
{
    QString name;
    QUrl server;
    QByteArray certificateAuthorityData; // PEM; empty means the system CAs
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QUrl proxyUrl;
};

// The one context a connection uses, with every file read and every relative path resolved.
struct KubeconfigSelection
{
    QString context;
    QString defaultNamespace = QStringLiteral("default");
    KubeClusterConfig cluster;
    KubeUserConfig user;
    QStringList files; // the files that were read
};

// Loads kubeconfig files exactly as kubectl does (KubeconfigFiles: every file in order, the first file that defines
// a cluster/user/context name wins, current-context comes from the first file that sets it) and resolves relative
// paths against the directory of the file that holds them. Errors are user-facing, say FILE:LINE:COLUMN and never
// contain a credential.
class Kubeconfig
{
public:
    struct Result
    {
        std::optional<KubeconfigSelection> selection;
        QString error;
        bool ok() const { return selection.has_value(); }
    };

    // files: from KubeconfigContexts::defaultFiles(). explicitFile: true when it came from --kubeconfig (a
    // missing file is then an error; kubectl skips missing files in $KUBECONFIG). context: --context, or empty
    // for current-context.
    static Result load(const QStringList& files, const QString& context = {}, bool explicitFile = false);
    // The same from files already read (KubeconfigFiles::read or add()).
    static Result select(const KubeconfigFiles& files, const QString& context = {});

    // The context names, for the context picker and `meshscope contexts`: the same files, checked by the same
    // rules as load() (so what lists fine also loads, up to the chosen context's own entries). No credential
    // file is read.
    struct Overview
    {
        QStringList contexts; // in the order the files list them
        QString currentContext;
        QStringList files; // the files that were read
        QString error; // empty when the files are a valid kubeconfig with at least one context
        QString warning; // e.g. current-context names no context
        bool nothingFound = false; // none of the files exists: no kubeconfig at all (not configured, no failure)
    };
    static Overview overview(const QStringList& files, bool explicitFile = false);
};

} // namespace meshscope
